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
import ssl
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator

import httpcore
import httpx
import truststore
# httpx's own reading of the proxy variables (its Client reads them only without a custom transport).
from httpx._utils import URLPattern, get_environment_proxies

from mixframe.api import errors as E
from mixframe.api.errors import ApiError, EndpointError
from mixframe.api.ratelimit import RateLimiter
from mixframe.model.problems import QT_TRANSLATE_NOOP, RequestInvalid, errors_of, sentence
from mixframe.model.values import too_deep

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
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)


def trusted_ssl_context() -> ssl.SSLContext:
    """Certificates checked against the operating system's trust store (a company CA installed
    there included), through `truststore`; SSL_CERT_FILE/SSL_CERT_DIR still add to it."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class _Transport(httpx.HTTPTransport):
    """httpx's transport over a connection pool whose sockets keep the call's deadline, checking
    certificates against the system's trust store; through `proxy` when one is given."""

    def __init__(self, proxy: httpx.Proxy | None = None) -> None:
        # httpx.HTTPTransport.__init__ would build (and here throw away) a certifi context.
        common = dict(ssl_context=trusted_ssl_context(), max_connections=_LIMITS.max_connections,
                      max_keepalive_connections=_LIMITS.max_keepalive_connections,
                      keepalive_expiry=_LIMITS.keepalive_expiry, network_backend=DeadlineBackend())
        if proxy is None:
            self._pool = httpcore.ConnectionPool(socket_options=_SOCKET_OPTIONS, **common)
            return
        proxy_url = httpcore.URL(scheme=proxy.url.raw_scheme, host=proxy.url.raw_host, port=proxy.url.port,
                                 target=proxy.url.raw_path)
        if proxy.url.scheme in ("http", "https"):  # as httpx does, with the system's certificates for both hops
            self._pool = httpcore.HTTPProxy(
                proxy_url=proxy_url, proxy_auth=proxy.raw_auth, proxy_headers=proxy.headers.raw,
                proxy_ssl_context=trusted_ssl_context() if proxy.url.scheme == "https" else None,
                socket_options=_SOCKET_OPTIONS, **common)
        else:  # socks5 / socks5h (needs the optional socksio, checked by new_http_client)
            self._pool = httpcore.SOCKSProxy(proxy_url=proxy_url, proxy_auth=proxy.raw_auth, **common)


PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


def proxy_for(url: httpx.URL) -> httpx.Proxy | None:
    """The proxy the environment names for `url`, read as httpx reads it (HTTPS_PROXY, HTTP_PROXY,
    ALL_PROXY, NO_PROXY, in either case); None for a loopback endpoint (the sandbox), which never
    goes through a proxy, and for a host NO_PROXY names."""
    if is_loopback(url.host):
        return None
    mounts = sorted(((URLPattern(pattern), target) for pattern, target in get_environment_proxies().items()),
                    key=lambda mount: mount[0])
    for pattern, target in mounts:
        if pattern.matches(url):
            if target is None:
                return None
            try:
                proxy = httpx.Proxy(target)
            except Exception:  # an unknown scheme, or not a URL at all
                proxy = None
            if proxy is None or proxy.url.scheme not in PROXY_SCHEMES:
                raise _refused(QT_TRANSLATE_NOOP("ApiErrors", "The proxy {proxy} set in the environment is not one "
                                                              "Mixframe can use: give http://host:port."),
                               proxy=repr(shown_url(target)))
            return proxy
    return None


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # in all, the first one included
    base_delay: float = 0.25
    max_delay: float = 4.0

    def delay(self, attempt: int) -> float:
        """Seconds to wait before attempt `attempt + 1` (attempt counts from 1)."""
        return min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))


NO_RETRY = RetryPolicy(attempts=1)


def new_http_client(timeout: float, url: httpx.URL | None = None) -> httpx.Client:
    """HTTPS with the system's certificates, no redirects, and TCP_NODELAY: headers and body are
    written separately, and Nagle would hold the body back for the peer's delayed ACK. Through
    the proxy the environment names for `url` (never for a loopback one)."""
    proxy = proxy_for(url) if url is not None else None
    if proxy is not None and proxy.url.scheme.startswith("socks"):
        try:
            import socksio  # noqa: F401
        except ImportError:
            raise _refused(QT_TRANSLATE_NOOP("ApiErrors", "The proxy {proxy} set in the environment is a SOCKS "
                                                          "proxy, which needs the Python package socksio: install "
                                                          "it, or give an http:// proxy."),
                           proxy=repr(shown_url(str(proxy.url)))) from None
    return httpx.Client(timeout=timeout, follow_redirects=False, transport=_Transport(proxy), trust_env=False)


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


class AttemptFailed(Exception):
    """One attempt of a call failed with `error`. Each client says whether it may be repeated
    (`ServiceClient.with_retries`'s `repeatable`); `outcome_unknown`: the service may have carried
    the call out; `retry_after`: the wait the service asked for (seconds)."""

    def __init__(self, error: ApiError, *, outcome_unknown: bool = False, retry_after: float | None = None):
        super().__init__(error.code)
        self.error = error
        self.outcome_unknown = outcome_unknown
        self.retry_after = retry_after


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
        proxy = proxy_for(self.url) if http is None else None
        self.proxy = shown_url(str(proxy.url)) if proxy is not None else ""  # never with its password
        self._http = http or new_http_client(timeout, self.url)

    def budget(self) -> Budget:
        """The time of one call, starting now."""
        return Budget(self.timeout, self.deadline, self._clock)

    def with_retries(self, key: str, once: Callable[[float], Any], repeatable: Callable[[AttemptFailed], bool],
                     giving_up: Callable[[ApiError, bool], None] | None = None) -> Any:
        """One call, tried as the retry policy and the deadline allow: both clients' one loop.

        `once(limit)` makes one attempt within `limit` seconds and returns the answer (its
        `attempts` is set here) or raises AttemptFailed, which is tried again when
        `repeatable(failure)` and another attempt fits (the limiter is asked under `key` before
        each attempt; the wait is the policy's, or the Retry-After the service asked for, capped).
        Giving up, `giving_up(error, an earlier outcome unknown)` may reword the error first; an
        ApiError raised by `once` gives up at once."""
        budget = self.budget()
        outcome_unknown = False
        while True:
            self.limiter.acquire(key)
            try:
                with budget.attempt() as limit:
                    answer = once(limit)
                answer.attempts = budget.attempts
                return answer
            except AttemptFailed as failure:
                err = failure.error
                wait = self.retry.delay(budget.attempts)
                if failure.retry_after is not None:
                    wait = max(wait, min(failure.retry_after, self.retry.max_delay))
                if not repeatable(failure) or budget.attempts >= self.retry.attempts or not budget.may_wait(wait):
                    if giving_up is not None:
                        giving_up(err, outcome_unknown)
                    raise budget.give_up(err) from None
                outcome_unknown = outcome_unknown or failure.outcome_unknown
                self._sleep(wait)
            except ApiError as err:
                raise budget.give_up(err) from None

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


def _certificate_fault(exc: BaseException) -> ssl.SSLError | None:
    """The TLS failure behind `exc`, if a certificate (or the TLS handshake) is what failed."""
    seen = 0
    cause: BaseException | None = exc
    while cause is not None and seen < 8:
        if isinstance(cause, ssl.SSLError):
            return cause
        cause = cause.__cause__ or cause.__context__
        seen += 1
    return None


def _connect_error(exc: httpx.ConnectError, host: str, action: str, proxy: str = "") -> ApiError:
    """What a failed connection means, in one sentence; through a proxy (`proxy`, shown without
    any password) a refused or unreachable connection is the proxy's."""
    fault = _certificate_fault(exc)
    text = str(exc).lower()
    cause = exc.__cause__ or exc.__context__
    for _ in range(8):
        if cause is None:
            break
        text += " " + str(cause).lower() + " " + type(cause).__name__.lower()
        cause = cause.__cause__ or cause.__context__
    if isinstance(fault, ssl.SSLCertVerificationError) or (fault is None and "certificate" in text):
        detail = getattr(fault, "verify_message", "") or ""
        return E.transport_error(E.CERTIFICATE, host, action=action, detail=_one_line(detail))
    if fault is not None:  # the handshake itself failed: not HTTPS there, or no protocol in common
        return E.transport_error(E.TLS_FAILED, host, action=action,
                                 detail=_one_line(getattr(fault, "reason", None) or str(fault)))
    if proxy:
        return E.transport_error(E.PROXY_UNREACHABLE, host, action=action, detail=proxy)
    if "refused" in text:
        return E.transport_error(E.CONNECTION_REFUSED, host, action=action)
    return E.transport_error(E.UNREACHABLE, host, action=action)


def _one_line(text: str) -> str:
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())[:200]


# -- reading an answer: bounded on the wire and once decoded, then parsed ----------------------

# The largest answer read, on the wire and again once decompressed: the services' answers are a
# few kilobytes (a GetRecordTask of many files, a QingCloud page of 100 recordings, stay far
# below), and an endless or a compressed-bomb answer must not fill the memory.
MAX_ANSWER_BYTES = 4 * 1024 * 1024
# The deepest nesting of an answer: theirs are 5 levels deep; deeper stops parsing, masking
# and printing from recursing without end.
MAX_ANSWER_DEPTH = 64
ACCEPT_ENCODING = "gzip, deflate"


class AnswerUnreadable(Exception):
    """The answer's body is not one Mixframe reads: `kind` is E.BROKEN_ANSWER or E.ANSWER_TOO_LARGE."""

    def __init__(self, kind: str, limit: int | None = None):
        super().__init__(kind)
        self.kind = kind
        self.limit = limit

    def error(self, host: str, *, http_status: int | None, action: str) -> ApiError:
        return E.transport_error(self.kind, host, http_status=http_status, action=action, limit=self.limit)


class _Decoder:
    """Content-Encoding undone a piece at a time, never producing more than it is asked for."""

    def __init__(self, encoding: str):
        encoding = encoding.strip().lower()
        self._deflate = encoding == "deflate"
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self._deflate:
            self._z = zlib.decompressobj()
        else:  # another encoding, or several stacked: not what Mixframe asked for
            raise AnswerUnreadable(E.BROKEN_ANSWER)
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes:
        """`data` decoded; more than `room` bytes only when the answer would exceed it."""
        if self._z is None:
            return data
        try:
            out = self._z.decompress(data, room + 1)
        except zlib.error:
            if not (self._deflate and not self._started):
                raise AnswerUnreadable(E.BROKEN_ANSWER) from None
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)  # "deflate" sent raw, as some servers do
            self._deflate = False
            return self.feed(data, room)
        self._started = True
        return out

    def finish(self) -> None:
        if self._z is not None and not self._z.eof:
            raise AnswerUnreadable(E.BROKEN_ANSWER)  # a compressed stream cut short


def read_bounded(response: httpx.Response, limit: int = MAX_ANSWER_BYTES) -> bytes:
    """The body of a streamed `response`, decoded, reading no more than `limit` bytes from the
    wire and producing no more than `limit` once decompressed; AnswerUnreadable otherwise."""
    too_large = AnswerUnreadable(E.ANSWER_TOO_LARGE, limit)
    length = response.headers.get("Content-Length", "")
    if length.strip().isdigit() and int(length) > limit:
        raise too_large
    decoder = _Decoder(response.headers.get("Content-Encoding", ""))
    received = 0
    parts: list[bytes] = []
    size = 0
    try:
        pieces = response.iter_raw()
        for piece in pieces:
            received += len(piece)
            if received > limit:
                raise too_large
            out = decoder.feed(piece, limit - size)
            size += len(out)
            if size > limit:
                raise too_large
            parts.append(out)
    except httpx.StreamConsumed:  # a canned answer (a test's transport): already in memory, decoded
        body = response.content
        if len(body) > limit:
            raise too_large from None
        return body
    decoder.finish()
    return b"".join(parts)


def exchange(http: httpx.Client, method: str, url: httpx.URL, *, headers: dict, content: bytes | None,
             timeout: float, limit: int = MAX_ANSWER_BYTES) -> tuple[httpx.Response, bytes]:
    """Send one request and read its answer within `limit` (see `read_bounded`). httpx's
    exceptions pass through; an answer past the limit or badly encoded is AnswerUnreadable."""
    request = http.build_request(method, url, headers={**headers, "Accept-Encoding": ACCEPT_ENCODING},
                                 content=content, timeout=timeout)
    response = http.send(request, stream=True)
    try:
        return response, read_bounded(response, limit)
    finally:
        response.close()



def _well_formed(node: object) -> object:
    """`node` with every string (keys too) made text that can be written out: a lone surrogate
    from a \\uD800 escape, which no terminal or file can encode, becomes U+FFFD."""
    if isinstance(node, str):
        try:
            node.encode("utf-8")
            return node
        except UnicodeEncodeError:
            return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in node)
    if isinstance(node, dict):
        return {_well_formed(k): _well_formed(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_well_formed(v) for v in node]
    return node


def parse_answer(body: bytes, secrets: list[str], secret_keys: tuple[str, ...] = ()) -> dict:
    """The answer as a JSON object, every known secret masked wherever it stands (keys included,
    in any encoding) before anything reads it; AnswerUnreadable(BROKEN_ANSWER) for anything else:
    not UTF-8, not JSON, not an object, nested deeper than MAX_ANSWER_DEPTH."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        raise AnswerUnreadable(E.BROKEN_ANSWER) from None
    if not isinstance(data, dict) or too_deep(data, MAX_ANSWER_DEPTH) is not None:
        raise AnswerUnreadable(E.BROKEN_ANSWER)
    return E.redact_data(_well_formed(data), secrets, secret_keys)
