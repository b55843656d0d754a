"""The sandbox's HTTP server: both services on one loopback port, with faults to inject.

Standard library only. Routes: ``/`` is Volcengine (by ``?Action=``), ``/v1/cloudRecord`` is
QingCloud, ``/_sandbox/faults`` (GET/POST JSON) and ``/_sandbox/requests`` are the controls.

It is a sturdy peer: every wait on a client is bounded (IDLE_TIMEOUT, READ_TIMEOUT,
REQUEST_DEADLINE), so are the threads (MAX_WORKERS) and the connections waiting for one
(MAX_WAITING), and a refusal that leaves a body unread closes the connection, so bytes the
client sent as a body are never read as a request. A client's misbehaviour is answered or
the connection closed, never printed; a sandbox bug answers InternalError and logs one line.
"""

from __future__ import annotations

import collections
import http.client
import io
import ipaddress
import json
import logging
import math
import os
import socket
import sys
import threading
import time
import traceback
from dataclasses import asdict, dataclass, fields
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Callable
from urllib.parse import parse_qsl, urlsplit

from mixframe.api.ratelimit import DEFAULT_RATE
from mixframe.model import sandbox_keys as keys
from mixframe.sandbox import volcengine as volc
from mixframe.sandbox.qingcloud import PATH as QINGCLOUD_PATH
from mixframe.sandbox.qingcloud import QingCloudService
from mixframe.sandbox.volcengine import VolcengineService
from mixframe.sandbox.wire import BodyUnreadable, parse_json

log = logging.getLogger("mixframe.sandbox")

CONTROL = "/_sandbox/"
MAX_BODY = 1 << 20
# A kept-alive connection may wait this long for its next request: longer than httpx's 5 s
# keep-alive expiry, so a pooled client always lets go first and never races our close.
IDLE_TIMEOUT = 15.0
READ_TIMEOUT = 5.0  # the longest silence while a request is arriving
REQUEST_DEADLINE = 10.0  # the request line, headers and body must all arrive within this (a slow client holds a worker no longer)
MAX_WORKERS = 256  # threads serving connections: enough that a few hundred slow clients do not starve the rest
MAX_WAITING = 512  # accepted connections waiting for a thread; past this one is closed at once
BACKLOG = 128  # the listen queue: a burst of connects is queued, not dropped (5 dropped SYNs, 1 s stalls)
MAX_LATENCY = 60.0  # the longest injectable latency, in seconds
MAX_LOGGED_REQUESTS = 10_000  # the request log keeps the newest; the counts stay exact
MAX_COUNTED_ACTIONS = 256  # distinct action names counted one by one; the rest count as OTHER
OTHER = "(other)"


@dataclass
class Faults:
    """What goes wrong on purpose. Counters count down one per answered request.

    Every setting is checked when set (from Python or from /_sandbox/faults): a latency is a
    finite number of seconds up to MAX_LATENCY, a counter a whole number.
    """

    latency: float = 0.0  # seconds added before answering
    latency_next: int = -1  # how many answers get the latency; -1 = every one
    server_error_next: int = 0  # answer HTTP 500 with the service's error shape
    broken_next: int = 0  # answer 200 with a torn JSON body
    drop_next: int = 0  # close the connection without answering
    qps_next: int = 0  # answer FlowLimitExceeded.QPSOverLimit, HTTP 429

    def __setattr__(self, name: str, value: object) -> None:
        if name not in _FAULT_NAMES:
            raise ValueError(f"{name} is not a fault setting")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{name} must be a number")
        if name == "latency":
            if not (math.isfinite(value) and 0 <= value <= MAX_LATENCY):
                raise ValueError(f"latency must be 0 to {MAX_LATENCY:g} seconds")
            value = float(value)
        else:
            if value != int(value) or value < (-1 if name == "latency_next" else 0):
                raise ValueError(f"{name} must be a whole number, at least {-1 if name == 'latency_next' else 0}")
            value = int(value)
        object.__setattr__(self, name, value)

    def clear(self) -> None:
        for f in fields(self):
            setattr(self, f.name, f.default)


_FAULT_NAMES = frozenset(f.name for f in fields(Faults))


@dataclass(frozen=True)
class Seen:
    method: str
    service: str  # "volcengine" | "qingcloud"
    action: str  # Volcengine Action, or the HTTP method for QingCloud


class RequestLog:
    """What the sandbox was asked: exact counts per action, and the newest requests themselves."""

    def __init__(self, keep: int | None = None):
        self.recent: collections.deque[Seen] = collections.deque(maxlen=keep or MAX_LOGGED_REQUESTS)
        self.counts: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()

    def add(self, seen: Seen) -> None:
        with self.lock:
            self.recent.append(seen)
            key = seen.action if seen.action in self.counts or len(self.counts) < MAX_COUNTED_ACTIONS else OTHER
            self.counts[key] += 1

    def count(self, action: str | None = None) -> int:
        with self.lock:
            return sum(self.counts.values()) if action is None else self.counts.get(action, 0)

    def list(self) -> list[Seen]:
        with self.lock:
            return list(self.recent)

    def clear(self) -> None:
        with self.lock:
            self.recent.clear()
            self.counts.clear()


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
        """The newest requests (at most MAX_LOGGED_REQUESTS), oldest first."""
        return self._server.seen.list()

    def count(self, action: str | None = None) -> int:
        return self._server.seen.count(action)

    def reset_counts(self) -> None:
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


def start_sandbox(
    port: int = 0,
    host: str = "127.0.0.1",
    *,
    qps_limit: float | None = DEFAULT_RATE,
    clock: Callable[[], float] = time.monotonic,
    volcengine: VolcengineService | None = None,
    qingcloud: QingCloudService | None = None,
) -> Sandbox:
    """Start both emulated services on a loopback port (0 = any free one) in a background thread.

    `qps_limit` is Volcengine's requests per second per API and AccessKey (None: no limit, for
    load tests); `clock` drives it (a fake one lets a test step time). A `volcengine` service
    given whole brings its own limit.
    """
    if not _is_loopback(host):
        raise ValueError(f"The sandbox listens on loopback addresses only (127.0.0.1), not {host}.")
    if host == "localhost":
        host = "127.0.0.1"
    server = _Server((host, port), _Handler,
                     volcengine=volcengine or VolcengineService(qps_limit=qps_limit, clock=clock),
                     qingcloud=qingcloud or QingCloudService())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"mixframe-sandbox-{server.server_address[1]}", daemon=True)
    thread.start()
    return Sandbox(server, thread)


class _Server(HTTPServer):
    """HTTPServer with a bounded pool: at most MAX_WORKERS threads, each serving one connection
    after another, and at most MAX_WAITING accepted connections queued for them."""

    allow_reuse_address = True
    request_queue_size = BACKLOG

    def __init__(self, address, handler, *, volcengine: VolcengineService, qingcloud: QingCloudService):
        super().__init__(address, handler)
        self.volcengine = volcengine
        self.qingcloud = qingcloud
        self.faults = Faults()
        self.seen = RequestLog()
        self.lock = threading.Lock()
        self._pool_lock = threading.Lock()
        self._workers = 0
        self._waiting: collections.deque[tuple[socket.socket, tuple]] = collections.deque()
        self._active: set[socket.socket] = set()
        self._closing = False

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

    # -- the pool -----------------------------------------------------------------------------

    @property
    def workers(self) -> int:
        return self._workers

    def process_request(self, request, client_address) -> None:
        with self._pool_lock:
            if self._closing:
                start = None
            elif self._workers < MAX_WORKERS:
                self._workers += 1
                start = True
            elif len(self._waiting) < MAX_WAITING:
                self._waiting.append((request, client_address))
                return
            else:
                start = None
        if start is None:  # every bound is full: the client sees a closed connection, and may retry
            self.shutdown_request(request)
            return
        try:
            threading.Thread(target=self._work, args=(request, client_address), daemon=True,
                             name=f"mixframe-sandbox-worker-{self.server_address[1]}").start()
        except RuntimeError:  # the system has no thread to give
            with self._pool_lock:
                self._workers -= 1
            self.shutdown_request(request)

    def _work(self, request: socket.socket, client_address) -> None:
        while request is not None:
            with self._pool_lock:
                self._active.add(request)
            try:
                self.finish_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
            finally:
                with self._pool_lock:
                    self._active.discard(request)
                self.shutdown_request(request)
            with self._pool_lock:
                if self._waiting and not self._closing:
                    request, client_address = self._waiting.popleft()
                else:
                    self._workers -= 1
                    request = None

    def handle_error(self, request, client_address) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):  # reset, broken pipe, too slow: the client's doing, nothing to say
            return
        log.error("sandbox: internal error serving %s: %s", client_address[0], _one_line(exc))

    def server_close(self) -> None:
        super().server_close()
        with self._pool_lock:
            self._closing = True
            waiting = [r for r, _ in self._waiting]
            self._waiting.clear()
            active = list(self._active)
        for request in waiting:
            self.shutdown_request(request)
        for request in active:  # end kept-alive connections too, so a stopped sandbox answers nothing
            try:
                request.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def _one_line(exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    at = f" (at {where[0].filename.rsplit('/', 1)[-1]}:{where[0].lineno})" if where else ""
    text = str(exc).replace("\n", " ")[:200]
    return f"{type(exc).__name__}: {text}{at}"


class _DeadlineReader(io.RawIOBase):
    """The connection as the request parser reads it: each wait is bounded, and so is a whole request."""

    def __init__(self, sock: socket.socket):
        self._sock = sock
        self.wait = IDLE_TIMEOUT
        self.deadline: float | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        wait = self.wait
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the request took too long to arrive")
            wait = min(wait, left)
        self._sock.settimeout(wait)
        return self._sock.recv_into(buffer)


class _Refused(Exception):
    """A request refused before its body was read: answered, then the connection is closed."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "MixframeSandbox/1"

    def setup(self) -> None:
        super().setup()
        # Headers and body go out as two writes; without this, Nagle plus the peer's delayed
        # ACK adds ~40 ms to every answer on loopback.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._reader = _DeadlineReader(self.connection)
        self.rfile = io.BufferedReader(self._reader)
        self._linger = False

    def handle_one_request(self) -> None:
        self._reader.wait, self._reader.deadline = IDLE_TIMEOUT, None
        try:
            if not self.rfile.peek(1):  # the client closed (a probe, or done)
                self.close_connection = True
                return
        except OSError:  # idle too long, or reset: nothing to answer
            self.close_connection = True
            return
        self._reader.wait, self._reader.deadline = READ_TIMEOUT, time.monotonic() + REQUEST_DEADLINE
        super().handle_one_request()

    def finish(self) -> None:
        try:
            super().finish()
            if self._linger:
                self._drain()
        except OSError:
            pass

    def _drain(self) -> None:
        """After a refusal that left bytes unread: say we are done, then read (and drop) what is
        still coming for a moment, so closing does not reset the connection before the client
        has read the refusal."""
        self.connection.shutdown(socket.SHUT_WR)
        self.connection.settimeout(0.2)
        budget = MAX_BODY
        while budget > 0:
            chunk = self.connection.recv(65536)
            if not chunk:
                return
            budget -= len(chunk)

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
        split = urlsplit(self.path)
        path = split.path or "/"
        query = parse_qsl(split.query, keep_blank_values=True)
        headers = {k: v for k, v in self.headers.items()}
        try:
            body = self._read_body()
        except _Refused as refusal:
            self.close_connection = self._linger = True
            self._send(*_transport_error(path, query, headers, refusal), extra={"Connection": "close"})
            return
        if body is None:  # the client closed mid-body
            self.close_connection = True
            return
        try:
            self._route(method, path, query, headers, body)
        except OSError:
            raise  # the client went away while we answered: handle_error stays quiet
        except Exception as exc:  # a sandbox bug still answers in the service's shape, and is logged once
            log.error("sandbox: internal error answering %s %s: %s", method, path, _one_line(exc))
            status, answer = _service_error(path, query, headers, "InternalError", f"The sandbox failed: {type(exc).__name__}.")
            self.close_connection = True
            self._send(status, answer, extra={"Connection": "close"})

    def _read_body(self) -> bytes | None:
        if self.headers.get("Transfer-Encoding"):
            raise _Refused(411, "LengthRequired", "Send the body with a Content-Length, not Transfer-Encoding.")
        declared = self.headers.get_all("Content-Length") or []
        if len(set(v.strip() for v in declared)) > 1:
            raise _Refused(400, "InvalidContentLength", "The request has more than one Content-Length.")
        text = declared[0].strip() if declared else "0"
        if not text.isdigit() or not text.isascii():
            raise _Refused(400, "InvalidContentLength", f"Content-Length must be a whole number of bytes, not {text[:40]!r}.")
        length = int(text)
        if length > MAX_BODY:
            raise _Refused(413, "RequestEntityTooLarge", f"The request body is larger than {MAX_BODY} bytes.")
        if not length:
            return b""
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            raise _Refused(408, "RequestTimeout", f"The body did not arrive: Content-Length said {length} bytes.") from None
        return body if len(body) == length else None

    def _route(self, method: str, path: str, query: list[tuple[str, str]], headers: dict[str, str], body: bytes) -> None:
        if path.startswith(CONTROL):
            self._control(method, path, body)
            return
        if path == QINGCLOUD_PATH:
            service, action, handler = "qingcloud", method, self.server.qingcloud.handle
        elif path == "/":
            service, action, handler = "volcengine", dict(query).get("Action", "")[:128], self.server.volcengine.handle
        else:
            self._send(404, {"code": "not_found", "message": f"Nothing at {path[:200]}."})
            return
        self.server.seen.add(Seen(method, service, action))

        fault, delay = self.server.take_fault()
        if delay:
            time.sleep(delay)
        if fault == "drop_next":
            self.close_connection = True
            return
        if fault == "server_error_next":
            self._send(*_service_error(path, query, headers, "InternalError", "The sandbox was told to fail this request."))
            return
        if fault == "qps_next":
            self._send(*_service_error(path, query, headers, volc.QPS_OVER_LIMIT, "Request rate exceeds the limit of this API."),
                       extra={"Retry-After": "0"})
            return
        if fault == "broken_next":
            self._send_raw(200, b'{"ResponseMetadata": {"RequestId": "torn', "application/json")
            return
        status, answer = handler(method, path, query, headers, body)
        self._send(status, answer)

    def _control(self, method: str, path: str, body: bytes) -> None:
        name = path[len(CONTROL):]
        if name == "faults":
            if method == "POST":
                try:
                    changes = parse_json(body or b"{}")
                    if not isinstance(changes, dict):
                        raise ValueError("send a JSON object")
                    with self.server.lock:
                        trial = Faults(**asdict(self.server.faults))
                        if changes.get("clear"):
                            trial.clear()
                        for key, value in changes.items():
                            if key != "clear":
                                setattr(trial, key, value)
                        for key, value in asdict(trial).items():  # all or nothing
                            setattr(self.server.faults, key, value)
                except (ValueError, BodyUnreadable) as exc:
                    self._send(400, {"code": "bad_fault", "message": f"Fault settings refused: {exc}."})
                    return
            with self.server.lock:
                self._send(200, asdict(self.server.faults))
        elif name == "requests" and method == "GET":
            self._send(200, {"requests": [asdict(s) for s in self.server.seen.list()]})
        elif name == "keys" and method == "GET":
            self._send(200, {"volcengine": {"AccessKey": keys.VOLC_ACCESS_KEY, "SecretKey": keys.VOLC_SECRET_KEY,
                                            "SessionToken": keys.VOLC_SESSION_TOKEN},
                             "qingcloud": {"access_key_id": keys.QINGCLOUD_ACCESS_KEY_ID,
                                           "secret_access_key": keys.QINGCLOUD_SECRET_ACCESS_KEY}})
        else:
            self._send(404, {"code": "not_found", "message": f"No control {name[:200]}."})

    def _send(self, status: int, answer: dict, extra: dict | None = None) -> None:
        self._send_raw(status, json.dumps(answer, ensure_ascii=False).encode("utf-8", "replace"), "application/json; charset=utf-8", extra)

    def _send_raw(self, status: int, data: bytes, content_type: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)


def _service_error(path: str, query: list[tuple[str, str]], headers: dict[str, str], code: str, message: str) -> tuple[int, dict]:
    """An error in the shape of the service at `path`, its status from the service's table."""
    if path == "/":
        return volc.error_answer(volc.response_meta(dict(query), headers), code, message)
    status = volc.CODES.get(code, (None, 400))[1]
    return status, {"code": code, "message": message}


def _transport_error(path, query, headers, refusal: _Refused) -> tuple[int, dict]:
    return refusal.status, _service_error(path, query, headers, refusal.code, refusal.message)[1]


DEFAULT_PORT = 47123  # where `mixframe sandbox` listens by default and the Sandbox profile looks first


PORT_ENV = "MIXFRAME_SANDBOX_PORT"


def sandbox_port() -> int:
    """Where `mixframe sandbox` listens and the Sandbox profile looks: MIXFRAME_SANDBOX_PORT when it
    names a port (1-65535), else DEFAULT_PORT."""
    text = os.environ.get(PORT_ENV, "").strip()
    if text.isdigit() and 1 <= int(text) <= 65535:
        return int(text)
    return DEFAULT_PORT


def find_running(port: int | None = None, timeout: float = 0.3) -> str | None:
    """The URL of a sandbox already listening on 127.0.0.1:port (e.g. `mixframe sandbox`), if any."""
    port = sandbox_port() if port is None else port
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


def ensure_running(port: int | None = None) -> tuple[str, Sandbox | None]:
    """A sandbox URL to talk to: a running one on `port`, else a new in-process one (returned, to stop)."""
    port = sandbox_port() if port is None else port
    url = find_running(port)
    if url:
        return url, None
    try:
        sandbox = start_sandbox(port)
    except OSError:  # the port is taken by something else
        sandbox = start_sandbox(0)
    return sandbox.url, sandbox
