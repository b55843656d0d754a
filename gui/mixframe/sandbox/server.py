"""The sandbox's HTTP server: both services on one loopback port, with faults to inject.

Standard library only. Routes: ``/`` is Volcengine (by ``?Action=``), ``/v1/cloudRecord`` is
QingCloud, ``/_sandbox/faults`` (GET/POST JSON) and ``/_sandbox/requests`` are the controls.

It is a sturdy peer. A request is read whole, in one intake thread, before any worker thread
sees it, so slow or idle clients cost a socket, never a thread (a few hundred slowloris
connections do not delay anyone). Its head is read strictly (http1.parse_head: every leniency of
http.server that RFC 9112 forbids is a 400 and a close, so nothing can smuggle a second request).
Every wait on a client is bounded (IDLE_TIMEOUT, READ_TIMEOUT, HEADER_DEADLINE,
REQUEST_DEADLINE), so are the connections (MAX_CONNECTIONS, MAX_PER_CLIENT), the threads
(MAX_WORKERS) and the requests waiting for one (MAX_WAITING); past a bound the client gets 503 and
a close at once, not a wait. A refusal that leaves a body unread closes the connection, so bytes
the client sent as a body are never read as a request. A client's misbehaviour is answered or the
connection closed, never printed; a sandbox bug answers InternalError and logs one line.
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
import selectors
import socket
import socketserver
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
from mixframe.model import vendors
from mixframe.sandbox import http1
from mixframe.sandbox import volcengine as volc
from mixframe.sandbox.http1 import Head, HeadRefused
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
HEADER_DEADLINE = 5.0  # from a request's first byte to the end of its head (slowloris: closed, at no thread's cost)
REQUEST_DEADLINE = 10.0  # the request line, headers and body must all arrive within this
MAX_HEAD = 64 * 1024  # the request line and header fields; past this, 431
MAX_CONNECTIONS = 1024  # open connections in all; past this a new one gets 503 and a close at once
def _open_files_limit() -> int | None:
    """The process's soft limit on open files (None where there is none to read)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return None if soft == resource.RLIM_INFINITY else soft


OPEN_FILES_LIMIT = _open_files_limit()  # the connections stay under half of it: the app needs files too


def connection_cap() -> int:
    """How many connections may be open at once: MAX_CONNECTIONS, or half the open-files limit when
    that is lower (at the limit itself accept() fails, and the client waits in the backlog unanswered)."""
    if OPEN_FILES_LIMIT is None:
        return MAX_CONNECTIONS
    return max(1, min(MAX_CONNECTIONS, OPEN_FILES_LIMIT // 2))


MAX_PER_CLIENT = 512  # open connections from one address (a local process can pick any 127.x.y.z)
MAX_WORKERS = 64  # threads answering whole requests (only the injected latency makes one slow)
MAX_WAITING = 512  # whole requests waiting for a thread; past this one gets 503 and a close
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
    service: str  # the vendor's family ("volcengine", "qingcloud"…)
    action: str  # what its service calls the request: Volcengine's Action, QingCloud's HTTP method


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

    def service(self, family: str):
        """The emulated service of a registered vendor (KeyError for one the sandbox does not emulate)."""
        return self._server.services[family]

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
    services = {"volcengine": volcengine or VolcengineService(qps_limit=qps_limit, clock=clock),
                "qingcloud": qingcloud or QingCloudService()}
    for vendor in vendors.all_vendors():  # every other registered vendor's emulator, as it comes
        if vendor.family not in services and vendor.sandbox:
            services[vendor.family] = vendor.load_sandbox()()
    server = _Server((host, port), _Handler, services=services)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"mixframe-sandbox-{server.server_address[1]}", daemon=True)
    thread.start()
    return Sandbox(server, thread)


class _Conn:
    """One client connection and the bytes it has sent that no request has taken yet."""

    __slots__ = ("sock", "addr", "buf", "started", "last", "head", "head_len", "continued", "scanned")

    def __init__(self, sock: socket.socket, addr: tuple):
        self.sock, self.addr = sock, addr
        self.buf = bytearray()
        self.started: float | None = None  # when the current request's first byte came
        self.last = time.monotonic()  # the last byte, or when the connection became idle
        self.head: Head | None = None  # the current request's head, once whole (its body may still be coming)
        self.head_len = 0
        self.continued = False  # 100 Continue sent for the current request
        self.scanned = 0  # how much of buf the head checks have seen (a trickled head is scanned once, not per byte)

    def next_request(self) -> None:
        self.started, self.head, self.head_len, self.continued, self.scanned = None, None, 0, False, 0
        self.last = time.monotonic()


@dataclass
class _Job:
    """A request whole in memory (or refused, or cut off by its deadline), for a worker to answer."""

    conn: _Conn
    data: bytes
    refusal: HeadRefused | None = None
    timed_out: bool = False


_BUSY_BODY = json.dumps({"code": "ServiceUnavailable",
                         "message": "The sandbox has too many connections or requests open; try again in a moment."}).encode()
BUSY_ANSWER = (b"HTTP/1.1 503 Service Unavailable\r\nServer: MixframeSandbox/1\r\n"
               b"Content-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(_BUSY_BODY)).encode()
               + b"\r\nRetry-After: 1\r\nConnection: close\r\n\r\n" + _BUSY_BODY)


def _refuse_busy(sock: socket.socket) -> None:
    """503 and close at once, without waiting on the client for anything."""
    try:
        sock.setblocking(False)
        sock.send(BUSY_ANSWER)  # a fresh or idle socket's send buffer takes it whole
        sock.shutdown(socket.SHUT_WR)
        while sock.recv(65536):  # what already arrived, so closing does not reset the answer away
            pass
    except OSError:
        pass
    finally:
        sock.close()


class _Server(HTTPServer):
    """HTTPServer in two stages, so a slow client costs a socket and a buffer, never a thread.

    The intake (one thread, one selector) reads every connection until a whole request is in
    memory, checking its head strictly (http1.parse_head) and its deadlines; only then does a
    worker (at most MAX_WORKERS, at most MAX_WAITING requests queued for them) answer it. Past
    MAX_CONNECTIONS open connections, or MAX_PER_CLIENT from one address, or a full queue, the
    client gets 503 and a close at once rather than a wait.
    """

    allow_reuse_address = True
    request_queue_size = BACKLOG

    def __init__(self, address, handler, *, services: dict):
        super().__init__(address, handler)
        self.services = services  # vendor family -> its emulated service
        self.routes = {service.path: (family, service) for family, service in services.items()}
        self.volcengine: VolcengineService = services["volcengine"]
        self.qingcloud: QingCloudService = services["qingcloud"]
        self.faults = Faults()
        self.seen = RequestLog()
        self.lock = threading.Lock()
        self._pool_lock = threading.Lock()
        self._workers = 0
        self._jobs: collections.deque[_Job] = collections.deque()
        self._active: set[socket.socket] = set()
        self._open: dict[str, int] = collections.Counter()  # connections open per client address
        self._open_total = 0
        self._closing = False
        self._intake = _Intake(self)
        self._intake_thread = threading.Thread(target=self._intake.run, daemon=True,
                                               name=f"mixframe-sandbox-intake-{self.server_address[1]}")
        self._intake_thread.start()

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

    # -- connections ----------------------------------------------------------------------------

    @property
    def workers(self) -> int:
        return self._workers

    @property
    def connections(self) -> int:
        return self._open_total

    def process_request(self, request, client_address) -> None:
        with self._pool_lock:
            full = (self._closing or self._open_total >= connection_cap()
                    or self._open[client_address[0]] >= MAX_PER_CLIENT)
            if not full:
                self._open_total += 1
                self._open[client_address[0]] += 1
        if full:
            _refuse_busy(request)
            return
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        request.setblocking(False)
        self._intake.add(_Conn(request, client_address))

    def close_conn(self, conn: _Conn) -> None:
        try:
            conn.sock.close()
        except OSError:
            pass
        with self._pool_lock:
            self._open_total -= 1
            self._open[conn.addr[0]] -= 1
            if self._open[conn.addr[0]] <= 0:
                del self._open[conn.addr[0]]

    # -- the workers ----------------------------------------------------------------------------

    def submit(self, job: _Job) -> None:
        with self._pool_lock:
            if self._closing:
                start = None
            elif self._workers < MAX_WORKERS:
                self._workers += 1
                start = True
            elif len(self._jobs) < MAX_WAITING:
                self._jobs.append(job)
                return
            else:
                start = None
        if start is None:  # every bound is full: say so and close, rather than queue without end
            self._refuse(job.conn)
            return
        try:
            threading.Thread(target=self._work, args=(job,), daemon=True,
                             name=f"mixframe-sandbox-worker-{self.server_address[1]}").start()
        except RuntimeError:  # the system has no thread to give
            with self._pool_lock:
                self._workers -= 1
            self._refuse(job.conn)

    def _refuse(self, conn: _Conn) -> None:
        try:
            _refuse_busy(conn.sock)
        finally:
            self.close_conn(conn)

    def _work(self, job: _Job | None) -> None:
        while job is not None:
            self._answer(job)
            with self._pool_lock:
                if self._jobs and not self._closing:
                    job = self._jobs.popleft()
                else:
                    self._workers -= 1
                    job = None

    def _answer(self, job: _Job) -> None:
        conn = job.conn
        with self._pool_lock:
            self._active.add(conn.sock)
        keep = False
        try:
            conn.sock.setblocking(True)
            conn.sock.settimeout(READ_TIMEOUT)  # a client that does not read its answer holds a worker no longer
            handler = self.RequestHandlerClass(conn.sock, conn.addr, self, job=job)
            keep = not handler.close_connection and not self._closing
        except Exception:
            self.handle_error(conn.sock, conn.addr)
        finally:
            with self._pool_lock:
                self._active.discard(conn.sock)
        if keep:
            conn.sock.setblocking(False)
            conn.next_request()
            self._intake.add(conn)
        else:
            self.close_conn(conn)

    def handle_error(self, request, client_address) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):  # reset, broken pipe, too slow: the client's doing, nothing to say
            return
        log.error("sandbox: internal error serving %s: %s", client_address[0], _one_line(exc))

    def server_close(self) -> None:
        super().server_close()
        with self._pool_lock:
            self._closing = True
            waiting = list(self._jobs)
            self._jobs.clear()
            active = list(self._active)
        self._intake.stop()
        self._intake_thread.join(timeout=5)
        for job in waiting:
            self.close_conn(job.conn)
        for request in active:  # end kept-alive connections too, so a stopped sandbox answers nothing
            try:
                request.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Intake:
    """Reads every connection that has no whole request yet, in one thread, and hands each whole
    request to the workers. Deadlines: IDLE_TIMEOUT before a request's first byte, READ_TIMEOUT of
    silence within one, HEADER_DEADLINE for the head and REQUEST_DEADLINE for all of it."""

    def __init__(self, server: _Server):
        self.server = server
        self.selector = selectors.DefaultSelector()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self.selector.register(self._wake_r, selectors.EVENT_READ, None)
        self._added: collections.deque[_Conn] = collections.deque()
        self._conns: dict[int, _Conn] = {}
        self._stopping = False
        self._next_expiry = 0.0

    def add(self, conn: _Conn) -> None:
        """Take a connection (new, or kept alive after an answer); any thread may call this."""
        self._added.append(conn)
        self._wake()

    def stop(self) -> None:
        self._stopping = True
        self._wake()

    def _wake(self) -> None:
        try:
            self._wake_w.send(b"\0")
        except OSError:  # full (a wake is pending anyway) or closed
            pass

    def run(self) -> None:
        try:
            while not self._stopping:
                for key, _ in self.selector.select(timeout=0.25):
                    if key.data is None:
                        try:
                            while self._wake_r.recv(4096):
                                pass
                        except OSError:
                            pass
                    elif key.data.sock.fileno() in self._conns:
                        self._read(key.data)
                while self._added:
                    conn = self._added.popleft()
                    self._conns[conn.sock.fileno()] = conn
                    self.selector.register(conn.sock, selectors.EVENT_READ, conn)
                    self._advance(conn)  # a pipelined request may already be whole
                self._expire()
        except Exception as exc:  # pragma: no cover - a bug here would stop the sandbox answering
            log.error("sandbox: the intake stopped: %s", _one_line(exc))
        finally:
            for conn in list(self._conns.values()) + list(self._added):
                self._drop(conn)
            self.selector.close()
            self._wake_r.close()
            self._wake_w.close()

    def _drop(self, conn: _Conn) -> None:
        """Forget a connection and close it, without a word."""
        self._release(conn)
        self.server.close_conn(conn)

    def _release(self, conn: _Conn) -> None:
        if self._conns.pop(conn.sock.fileno(), None) is not None:
            self.selector.unregister(conn.sock)

    def _read(self, conn: _Conn) -> None:
        try:
            data = conn.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # the client closed (or reset): nothing to answer, even mid-request
            self._drop(conn)
            return
        now = time.monotonic()
        if conn.started is None:
            conn.started = now
        conn.last = now
        conn.buf += data
        self._advance(conn)

    def _advance(self, conn: _Conn) -> None:
        buf = conn.buf
        if conn.head is None:
            while buf.startswith(b"\r\n"):  # RFC 9112 §2.2: empty lines before a request line are ignored
                del buf[:2]
                conn.scanned = 0
            if not buf:
                conn.started = None
                return
            if conn.started is None:
                conn.started = time.monotonic()
            end = buf.find(b"\r\n\r\n", max(0, conn.scanned - 3), MAX_HEAD + 4)
            if end < 0:
                if http1.bare_line_end(buf, conn.scanned - 1):
                    self._hand_over(conn, bytes(buf), refusal=_head_refusal(buf, http1.parse_head))
                elif len(buf) > MAX_HEAD:
                    self._hand_over(conn, bytes(buf), refusal=_too_large(buf))
                else:
                    conn.scanned = len(buf)
                return
            try:
                conn.head = http1.parse_head(bytes(buf[:end + 4]))
            except http1.HeadRefused as refusal:
                self._hand_over(conn, bytes(buf), refusal=refusal)
                return
            conn.head_len = end + 4
            if conn.head.content_length > MAX_BODY:
                self._hand_over(conn, bytes(buf), refusal=http1.HeadRefused(
                    413, "RequestEntityTooLarge", f"The request body is larger than {MAX_BODY} bytes.", conn.head.target))
                return
        need = conn.head_len + conn.head.content_length
        if len(buf) >= need:
            data = bytes(buf[:need])
            del buf[:need]
            conn.scanned = 0
            self._hand_over(conn, data)
        elif conn.head.expect_continue and not conn.continued:
            conn.continued = True
            try:
                conn.sock.send(b"HTTP/1.1 100 Continue\r\n\r\n")
            except OSError:
                pass

    def _hand_over(self, conn: _Conn, data: bytes, *, refusal: http1.HeadRefused | None = None, timed_out: bool = False) -> None:
        self._release(conn)
        if refusal is not None:
            conn.buf.clear()
        self.server.submit(_Job(conn, data, refusal, timed_out))

    def _expire(self) -> None:
        now = time.monotonic()
        if now < self._next_expiry:  # a busy loop checks the deadlines ten times a second, not per event
            return
        self._next_expiry = now + 0.1
        for conn in list(self._conns.values()):
            if conn.started is None:
                if now - conn.last > IDLE_TIMEOUT:
                    self._drop(conn)
            elif conn.head is None:  # a head trickled in, or stalled: a slow client costs nobody a wait
                if now - conn.last > READ_TIMEOUT or now - conn.started > min(HEADER_DEADLINE, REQUEST_DEADLINE):
                    self._drop(conn)
            elif now - conn.last > READ_TIMEOUT or now - conn.started > REQUEST_DEADLINE:
                data = bytes(conn.buf)
                conn.buf.clear()
                self._hand_over(conn, data, timed_out=True)  # answered 408: the body did not arrive


def _head_refusal(buf: bytearray, parse) -> http1.HeadRefused:
    try:
        parse(bytes(buf) + b"\r\n\r\n")
    except http1.HeadRefused as refusal:
        return refusal
    return http1.HeadRefused(400, "BadRequest", "The request head is malformed.")  # pragma: no cover


def _too_large(buf: bytearray) -> http1.HeadRefused:
    return http1.HeadRefused(431, "RequestHeaderFieldsTooLarge", f"The request head is larger than {MAX_HEAD} bytes.")


def _one_line(exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    at = f" (at {where[0].filename.rsplit('/', 1)[-1]}:{where[0].lineno})" if where else ""
    text = str(exc).replace("\n", " ")[:200]
    return f"{type(exc).__name__}: {text}{at}"


class _Refused(Exception):
    """A request refused before its body was read: answered, then the connection is closed."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class _Handler(BaseHTTPRequestHandler):
    """Answers one request that the intake has read whole (or refused); the connection goes back
    to the intake afterwards unless it is to close."""

    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "MixframeSandbox/1"

    def __init__(self, request, client_address, server, *, job: _Job):
        self._job = job
        self.close_connection = True
        super().__init__(request, client_address, server)

    def setup(self) -> None:
        self.connection = self.request
        self.rfile = io.BytesIO(self._job.data)
        self.wfile = socketserver._SocketWriter(self.connection)
        self._linger = False

    def handle(self) -> None:
        refusal = self._job.refusal
        if refusal is None:
            self.handle_one_request()
            return
        # Refused by the intake: answer in the shape of the service the target names, then close.
        self.command, self.request_version = "", "HTTP/1.1"
        self.requestline = ""
        self.close_connection = self._linger = True
        split = urlsplit(refusal.target or "")
        path = split.path or "/"
        query = parse_qsl(split.query, keep_blank_values=True) if refusal.target else []
        if refusal.target is None:
            answer: tuple[int, dict] = (refusal.status, {"code": refusal.code, "message": refusal.message})
        else:
            answer = _transport_error(path, query, {}, _Refused(refusal.status, refusal.code, refusal.message))
        self._send(*answer, extra={"Connection": "close"})

    def handle_expect_100(self) -> bool:  # the intake sent 100 Continue before it read the body
        return True

    def finish(self) -> None:
        try:
            self.wfile.flush()
            if self._linger:
                self._drain()
        except OSError:
            pass

    def _drain(self) -> None:
        """After a refusal that left bytes unread: say we are done, then read (and drop) what is
        still coming for a moment, so closing does not reset the connection before the client
        has read the refusal. Bounded in bytes and in time, so a trickle cannot hold the worker."""
        self.connection.shutdown(socket.SHUT_WR)
        self.connection.settimeout(0.2)
        budget, until = MAX_BODY, time.monotonic() + 1.0
        while budget > 0 and time.monotonic() < until:
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
        try:
            self._route(method, path, query, headers, body)
        except OSError:
            raise  # the client went away while we answered: handle_error stays quiet
        except Exception as exc:  # a sandbox bug still answers in the service's shape, and is logged once
            log.error("sandbox: internal error answering %s %s: %s", method, path, _one_line(exc))
            status, answer = _service_error(path, query, headers, "InternalError", f"The sandbox failed: {type(exc).__name__}.")
            self.close_connection = True
            self._send(status, answer, extra={"Connection": "close"})

    def _read_body(self) -> bytes:
        """The body the intake read whole (its head already checked: one Content-Length, no
        Transfer-Encoding), or 408 when it stopped arriving."""
        length = int((self.headers.get("Content-Length") or "0").split(",")[0].strip() or 0)
        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            raise _Refused(408, "RequestTimeout", f"The body did not arrive: Content-Length said {length} bytes.")
        return body

    def _route(self, method: str, path: str, query: list[tuple[str, str]], headers: dict[str, str], body: bytes) -> None:
        if path.startswith(CONTROL):
            self._control(method, path, body)
            return
        route = self.server.routes.get(path)
        if route is None:
            self._send(404, {"code": "not_found", "message": f"Nothing at {path[:200]}."})
            return
        family, service = route
        handler = service.handle
        self.server.seen.add(Seen(method, family, service.action(method, query)))

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
