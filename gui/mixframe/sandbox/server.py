"""The sandbox's HTTP server: both services on one loopback port, with faults to inject.

Standard library only. Routes: ``/`` is Volcengine (by ``?Action=``), ``/v1/cloudRecord`` is
QingCloud, ``/_sandbox/faults`` (GET/POST JSON) and ``/_sandbox/requests`` are the controls.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import threading
import time
from dataclasses import asdict, dataclass, fields
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from mixframe.model import sandbox_keys as keys
from mixframe.sandbox.qingcloud import PATH as QINGCLOUD_PATH
from mixframe.sandbox.qingcloud import QingCloudService
from mixframe.sandbox.volcengine import VolcengineService

CONTROL = "/_sandbox/"
MAX_BODY = 1 << 20


@dataclass
class Faults:
    """What goes wrong on purpose. Counters count down one per answered request."""

    latency: float = 0.0  # seconds added before answering
    latency_next: int = -1  # how many answers get the latency; -1 = every one
    server_error_next: int = 0  # answer HTTP 500 with the service's error shape
    broken_next: int = 0  # answer 200 with a torn JSON body
    drop_next: int = 0  # close the connection without answering
    qps_next: int = 0  # answer FlowLimitExceeded.QPSOverLimit, HTTP 429

    def clear(self) -> None:
        for f in fields(self):
            setattr(self, f.name, f.default)


@dataclass(frozen=True)
class Seen:
    method: str
    service: str  # "volcengine" | "qingcloud"
    action: str  # Volcengine Action, or the HTTP method for QingCloud


class Sandbox:
    """A running sandbox. Use as a context manager, or call stop()."""

    def __init__(self, server: "_Server", thread: threading.Thread):
        self._server = server
        self._thread = thread
        self.host, self.port = server.server_address[:2]
        self.url = f"http://{self.host}:{self.port}"

    @property
    def volcengine(self) -> VolcengineService:
        return self._server.volcengine

    @property
    def qingcloud(self) -> QingCloudService:
        return self._server.qingcloud

    @property
    def faults(self) -> Faults:
        return self._server.faults

    @property
    def requests(self) -> list[Seen]:
        with self._server.lock:
            return list(self._server.seen)

    def count(self, action: str | None = None) -> int:
        return sum(1 for s in self.requests if action is None or s.action == action)

    def reset_counts(self) -> None:
        with self._server.lock:
            self._server.seen.clear()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback and ipaddress.ip_address(host).version == 4
    except ValueError:
        return False


def start_sandbox(port: int = 0, host: str = "127.0.0.1") -> Sandbox:
    """Start both emulated services on a loopback port (0 = any free one) in a background thread."""
    if not _is_loopback(host):
        raise ValueError(f"The sandbox listens on loopback addresses only (127.0.0.1), not {host}.")
    if host == "localhost":
        host = "127.0.0.1"
    server = _Server((host, port), _Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"mixframe-sandbox-{server.server_address[1]}", daemon=True)
    thread.start()
    return Sandbox(server, thread)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, handler):
        super().__init__(address, handler)
        self.volcengine = VolcengineService()
        self.qingcloud = QingCloudService()
        self.faults = Faults()
        self.seen: list[Seen] = []
        self.lock = threading.Lock()

    def take_fault(self) -> tuple[str | None, float]:
        """Which fault, if any, this answer gets, and how long to wait first."""
        with self.lock:
            f = self.faults
            delay = 0.0
            if f.latency > 0 and f.latency_next != 0:
                delay = f.latency
                if f.latency_next > 0:
                    f.latency_next -= 1
            for name in ("drop_next", "server_error_next", "qps_next", "broken_next"):
                if getattr(f, name) > 0:
                    setattr(f, name, getattr(f, name) - 1)
                    return name, delay
            return None, delay


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "MixframeSandbox/1"

    def setup(self) -> None:
        super().setup()
        # Headers and body go out as two writes; without this, Nagle plus the peer's delayed
        # ACK adds ~40 ms to every answer on loopback.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args) -> None:  # quiet: tests and the CLI print their own
        pass

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PATCH(self) -> None:
        self._serve("PATCH")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def _serve(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send(413, {"code": "too_large", "message": "The request body is too large."})
            return
        body = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        path = split.path or "/"
        query = parse_qsl(split.query, keep_blank_values=True)
        headers = {k: v for k, v in self.headers.items()}

        if path.startswith(CONTROL):
            self._control(method, path, body)
            return
        if path == QINGCLOUD_PATH:
            service, action, handler = "qingcloud", method, self.server.qingcloud.handle
        elif path == "/":
            service, action, handler = "volcengine", dict(query).get("Action", ""), self.server.volcengine.handle
        else:
            self._send(404, {"code": "not_found", "message": f"Nothing at {path}."})
            return
        with self.server.lock:
            self.server.seen.append(Seen(method, service, action))

        fault, delay = self.server.take_fault()
        if delay:
            time.sleep(delay)
        if fault == "drop_next":
            self.close_connection = True
            return
        if fault == "server_error_next":
            self._send(500, _error_shape(service, action, "InternalError", "The sandbox was told to fail this request."))
            return
        if fault == "qps_next":
            self._send(429, _error_shape(service, action, "FlowLimitExceeded.QPSOverLimit", "Request rate exceeds the limit of this API."),
                       extra={"Retry-After": "0"})
            return
        if fault == "broken_next":
            self._send_raw(200, b'{"ResponseMetadata": {"RequestId": "torn', "application/json")
            return
        try:
            status, answer = handler(method, path, query, headers, body)
        except Exception as exc:  # a sandbox bug must still answer in the service's shape
            status, answer = 500, _error_shape(service, action, "InternalError", f"The sandbox failed: {type(exc).__name__}.")
        self._send(status, answer)

    def _control(self, method: str, path: str, body: bytes) -> None:
        name = path[len(CONTROL):]
        if name == "faults":
            if method == "POST":
                try:
                    changes = json.loads(body or b"{}")
                    valid = {f.name: f.type for f in fields(Faults)}
                    with self.server.lock:
                        if changes.get("clear"):
                            self.server.faults.clear()
                        for key, value in changes.items():
                            if key == "clear":
                                continue
                            if key not in valid or not isinstance(value, (int, float)) or isinstance(value, bool):
                                raise ValueError(key)
                            setattr(self.server.faults, key, value)
                except (ValueError, AttributeError) as exc:
                    self._send(400, {"code": "bad_fault", "message": f"Unknown or non-numeric fault setting: {exc}."})
                    return
            with self.server.lock:
                self._send(200, asdict(self.server.faults))
        elif name == "requests" and method == "GET":
            self._send(200, {"requests": [asdict(s) for s in self.server.seen]})
        elif name == "keys" and method == "GET":
            self._send(200, {"volcengine": {"AccessKey": keys.VOLC_ACCESS_KEY, "SecretKey": keys.VOLC_SECRET_KEY},
                             "qingcloud": {"access_key_id": keys.QINGCLOUD_ACCESS_KEY_ID,
                                           "secret_access_key": keys.QINGCLOUD_SECRET_ACCESS_KEY}})
        else:
            self._send(404, {"code": "not_found", "message": f"No control {name}."})

    def _send(self, status: int, answer: dict, extra: dict | None = None) -> None:
        self._send_raw(status, json.dumps(answer, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8", extra)

    def _send_raw(self, status: int, data: bytes, content_type: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)


def _error_shape(service: str, action: str, code: str, message: str) -> dict:
    if service == "qingcloud":
        return {"code": code, "message": message}
    from mixframe.sandbox.volcengine import _request_id

    return {"ResponseMetadata": {"RequestId": _request_id(), "Action": action, "Version": "2023-11-01",
                                 "Service": "rtc", "Region": keys.VOLC_REGION,
                                 "Error": {"Code": code, "Message": message}}}


DEFAULT_PORT = 47123  # where `mixframe sandbox` listens by default and the Sandbox profile looks first


def find_running(port: int = DEFAULT_PORT, timeout: float = 0.3) -> str | None:
    """The URL of a sandbox already listening on 127.0.0.1:port (e.g. `mixframe sandbox`), if any."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", CONTROL + "keys")
        answer = conn.getresponse()
        if answer.status == 200 and answer.getheader("Server", "").startswith(_Handler.server_version):
            return f"http://127.0.0.1:{port}"
    except (OSError, http.client.HTTPException):
        return None
    finally:
        conn.close()
    return None


def ensure_running(port: int = DEFAULT_PORT) -> tuple[str, Sandbox | None]:
    """A sandbox URL to talk to: a running one on `port`, else a new in-process one (returned, to stop)."""
    url = find_running(port)
    if url:
        return url, None
    try:
        sandbox = start_sandbox(port)
    except OSError:  # the port is taken by something else
        sandbox = start_sandbox(0)
    return sandbox.url, sandbox
