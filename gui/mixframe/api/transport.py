"""What both services' clients share: the endpoint rules, the transport, retries, the deadline and
the lifecycle.

Plain http:// only to a loopback address: a literal one, or `localhost` when every address it
resolves to is loopback. Everything else is HTTPS with certificate checks, no redirects and
TCP_NODELAY. A URL is never shown with the user name or password it carries.

Each call has one deadline, covering every attempt, the waits between them and a body that
trickles in: the sockets themselves never wait past it (see `DeadlineBackend`).
"""

from __future__ import annotations

import contextvars
import datetime as _dt
import ipaddress
import json
import re
import socket
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator

import httpcore
import httpx

from mixframe.api import errors as E
from mixframe.api.errors import ApiError, EndpointError
from mixframe.api.ratelimit import RateLimiter
from mixframe.model.problems import QT_TRANSLATE_NOOP, RequestInvalid, errors_of, sentence

DEFAULT_TIMEOUT = 10.0
LOCALHOST = "localhost"


def shown_url(url: str) -> str:
    """`url` as it may be printed: whatever precedes an "@" in it (a user name, a password) masked."""
    at = url.rfind("@")
    if at < 0:
        return url
    start = url.find("//")
    start = start + 2 if 0 <= start < at else 0
    return url[:start] + E.MASK + url[at:]


def _is_loopback_address(text: str) -> bool:
    try:
        return ipaddress.ip_address(text.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def is_loopback(host: str, *, resolve: Callable | None = None) -> bool:
    """A literal loopback address, or `localhost` when every address it resolves to is loopback.

    No other name counts, not even `*.localhost`: a name goes through DNS, and plain http with
    a signature must not leave the machine.
    """
    host = host.strip("[]").lower()
    if _is_loopback_address(host):
        return True
    if host.rstrip(".") != LOCALHOST:
        return False
    try:
        found = {info[4][0] for info in (resolve or socket.getaddrinfo)(host, None)}
    except (OSError, UnicodeError):
        return False
    return bool(found) and all(_is_loopback_address(str(address)) for address in found)


# A host name in ASCII (IDNA already applied), an IPv4 address, or an IPv6 address without brackets.
_HOST = re.compile(r"[A-Za-z0-9.\-]*|[0-9A-Fa-f:.]+")


def _authority(url: str) -> str:
    rest = url.split("//", 1)[-1]
    for stop in "/?#":
        rest = rest.split(stop, 1)[0]
    return rest


def _refused(template: str, /, **params: str) -> EndpointError:
    return EndpointError.saying(sentence(E.API_ERRORS_CONTEXT, template, **params))


def check_endpoint(url: str) -> httpx.URL:
    """The endpoint as a URL Mixframe may use, or EndpointError with one sentence (which never
    quotes a user name or password from the URL)."""
    if not isinstance(url, str) or not url.strip():
        raise _refused(QT_TRANSLATE_NOOP("ApiErrors", "The endpoint is empty: give https://host, or leave out "
                                                      "--endpoint to use the production endpoint."))
    shown = shown_url(url)
    try:
        parsed = httpx.URL(url)
        host = parsed.host  # decodes an IDNA name, which may fail
        if not isinstance(host, str) or not _HOST.fullmatch(parsed.raw_host.decode("ascii")):
            raise ValueError
    except Exception:
        raise _refused(QT_TRANSLATE_NOOP("ApiErrors", "The endpoint {endpoint} is not a URL Mixframe can use: "
                                                      "give https://host[:port]."), endpoint=repr(shown)) from None
    if parsed.userinfo or "@" in _authority(url):
        raise _refused(QT_TRANSLATE_NOOP("ApiErrors", "The endpoint {endpoint} must not carry a user name or "
                                                      "password; keys come from the profile or the environment."),
                       endpoint=repr(shown))
    if parsed.scheme not in ("http", "https") or not host:
        raise _refused(QT_TRANSLATE_NOOP("ApiErrors", "The endpoint {endpoint} must start with https:// and name "
                                                      "a host."), endpoint=repr(shown))
    if parsed.scheme == "http" and not is_loopback(host):
        raise _refused(QT_TRANSLATE_NOOP("ApiErrors", "Refusing plain http:// to {host}: only a loopback address "
                                                      "(127.0.0.1, ::1, or localhost when it resolves only to "
                                                      "loopback) may be used without HTTPS."), host=host)
    if parsed.query or parsed.fragment:
        raise _refused(QT_TRANSLATE_NOOP("ApiErrors", "The endpoint must not carry a query or fragment; give just "
                                                      "https://host[:port]."))
    return parsed.copy_with(path=parsed.path or "/")


# -- the deadline, down to the socket ----------------------------------------------------------

# When the current call must be over, in time.monotonic() seconds; None outside a call.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("mixframe_api_deadline", default=None)


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout` cut to what is left before the deadline; `error` when nothing is left."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket whose every read and write waits at most until the call's deadline, so a server
    that trickles a byte at a time cannot hold a call beyond it (httpx's own read timeout starts
    again with each byte)."""

    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None, timeout: float | None = None):
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname,
                                                     _clamp(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend | None = None):
        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        stream = self._inner.connect_tcp(host, port, _clamp(timeout, httpcore.ConnectTimeout), local_address,
                                         socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(self, path, timeout=None, socket_options=None):  # pragma: no cover - unused
        return _DeadlineStream(self._inner.connect_unix_socket(path, _clamp(timeout, httpcore.ConnectTimeout),
                                                               socket_options))

    def sleep(self, seconds: float) -> None:  # pragma: no cover - httpcore's retries are off
        self._inner.sleep(seconds)


@contextmanager
def deadline_at(monotonic_deadline: float | None) -> Iterator[None]:
    """Sockets opened or used inside this block wait at most until `monotonic_deadline`."""
    token = _DEADLINE.set(monotonic_deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


_SOCKET_OPTIONS = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]


class _Transport(httpx.HTTPTransport):
    """httpx's transport over a connection pool whose sockets keep the call's deadline."""

    def __init__(self) -> None:
        super().__init__(verify=True, socket_options=_SOCKET_OPTIONS)
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=True),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            socket_options=_SOCKET_OPTIONS,
            network_backend=DeadlineBackend(),
        )


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # in all, the first one included
    base_delay: float = 0.25
    max_delay: float = 4.0

    def delay(self, attempt: int) -> float:
        """Seconds to wait before attempt `attempt + 1` (attempt counts from 1)."""
        return min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))


NO_RETRY = RetryPolicy(attempts=1)


def new_http_client(timeout: float) -> httpx.Client:
    """HTTPS with certificate checks, no redirects, and TCP_NODELAY: headers and body are
    written separately, and Nagle would hold the body back for the peer's delayed ACK."""
    return httpx.Client(timeout=timeout, follow_redirects=False, transport=_Transport())


def encode_body(body: dict) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def refuse_invalid(problems) -> None:
    """Nothing invalid leaves the machine: raise RequestInvalid when `problems` hold an error."""
    if errors_of(problems):
        raise RequestInvalid(problems)


class Budget:
    """One call's time: each attempt waits at most `timeout` seconds, and all of them together,
    with the waits between them, at most `deadline` seconds (None: no overall limit)."""

    def __init__(self, timeout: float, deadline: float | None, clock: Callable[[], float]):
        self.timeout = timeout
        self.deadline = deadline
        self._clock = clock
        self.started = clock()
        self.ends = self.started + deadline if deadline else None
        self.attempts = 0
        self.deadline_hit = False  # the deadline, not the per-attempt timeout, ended the call

    def left(self) -> float | None:
        return None if self.ends is None else self.ends - self._clock()

    @contextmanager
    def attempt(self) -> Iterator[float]:
        """One attempt, its sockets bound by what is left; yields that many seconds."""
        self.attempts += 1
        limit = self.timeout
        left = self.left()
        self.deadline_hit = left is not None and left <= limit
        if self.deadline_hit:
            limit = max(left, 0.0)
        with deadline_at(time.monotonic() + limit):
            yield max(limit, 0.001)

    def may_wait(self, seconds: float) -> bool:
        """Whether another attempt fits after waiting `seconds`."""
        left = self.left()
        if left is not None and seconds >= left:
            self.deadline_hit = True
            return False
        return True

    def elapsed(self) -> float:
        return self._clock() - self.started

    def give_up(self, err: ApiError) -> ApiError:
        return E.gave_up(err, attempts=self.attempts, elapsed=self.elapsed(), timeout=self.timeout,
                         deadline=self.deadline, deadline_hit=self.deadline_hit)


class ServiceClient:
    """The checked endpoint, timeout, deadline, retry policy, per-process limiter, clocks and httpx
    client of one service's client; the client owns (and closes) the httpx client unless one is given.

    `timeout` bounds each attempt, its body included; `deadline` (seconds, None for none) bounds
    each call as a whole: every attempt, the waits between them, and the answer's body."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        deadline: float | None = None,
        retry: RetryPolicy = RetryPolicy(),
        limiter: RateLimiter | None = None,
        now: Callable[[], _dt.datetime] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        http: httpx.Client | None = None,
    ):
        self.url = check_endpoint(url)
        if not timeout > 0 or (deadline is not None and not deadline > 0):
            raise ValueError("timeout and deadline must be positive seconds")
        self.timeout = timeout
        self.deadline = deadline
        self.retry = retry
        self.limiter = limiter if limiter is not None else RateLimiter()
        self._now = now or (lambda: _dt.datetime.now(_dt.timezone.utc))
        self._sleep = sleep
        self._clock = clock
        self._own_http = http is None
        self._http = http or new_http_client(timeout)

    def budget(self) -> Budget:
        """The time of one call, starting now."""
        return Budget(self.timeout, self.deadline, self._clock)

    def close(self) -> None:
        if self._own_http:
            self._http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _connect_error(exc: httpx.ConnectError, host: str, action: str) -> ApiError:
    text = str(exc).lower()
    cause = exc.__cause__ or exc.__context__
    for _ in range(8):
        if cause is None:
            break
        text += " " + str(cause).lower() + " " + type(cause).__name__.lower()
        cause = cause.__cause__ or cause.__context__
    if "certificate" in text or "ssl" in text:
        return E.transport_error(E.CERTIFICATE, host, action=action)
    if "refused" in text:
        return E.transport_error(E.CONNECTION_REFUSED, host, action=action)
    return E.transport_error(E.UNREACHABLE, host, action=action)
