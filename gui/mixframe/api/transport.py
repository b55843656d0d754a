"""What both services' clients share: the endpoint rules, the transport, retries and the lifecycle.

Plain http:// only for loopback addresses; everything else is HTTPS with certificate checks, no
redirects, a timeout on every call and TCP_NODELAY.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
import json
import socket
import time
from dataclasses import dataclass
from typing import Callable

import httpx

from mixframe.api import errors as E
from mixframe.api.errors import ApiError, EndpointError
from mixframe.api.ratelimit import RateLimiter
from mixframe.model.problems import RequestInvalid, errors_of

DEFAULT_TIMEOUT = 10.0


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_endpoint(url: str) -> httpx.URL:
    """The endpoint as a URL Mixframe may use, or EndpointError with one sentence."""
    try:
        parsed = httpx.URL(url)
    except Exception:
        raise EndpointError(f"The endpoint {url!r} is not a URL.") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise EndpointError(f"The endpoint {url!r} must start with https:// and name a host.")
    if parsed.scheme == "http" and not is_loopback(parsed.host):
        raise EndpointError(
            f"Refusing plain http:// to {parsed.host}: only a loopback address (127.0.0.1, ::1, localhost) "
            "may be used without HTTPS."
        )
    if parsed.userinfo:
        raise EndpointError("The endpoint must not carry a user name or password.")
    if parsed.query or parsed.fragment:
        raise EndpointError("The endpoint must not carry a query or fragment; give just https://host[:port].")
    return parsed.copy_with(path=parsed.path or "/")


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
    transport = httpx.HTTPTransport(verify=True, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    return httpx.Client(timeout=timeout, follow_redirects=False, transport=transport)


def encode_body(body: dict) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def refuse_invalid(problems) -> None:
    """Nothing invalid leaves the machine: raise RequestInvalid when `problems` hold an error."""
    if errors_of(problems):
        raise RequestInvalid(problems)


class ServiceClient:
    """The checked endpoint, timeout, retry policy, per-process limiter, clock and httpx client of
    one service's client; the client owns (and closes) the httpx client unless one is given."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        retry: RetryPolicy = RetryPolicy(),
        limiter: RateLimiter | None = None,
        now: Callable[[], _dt.datetime] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        http: httpx.Client | None = None,
    ):
        self.url = check_endpoint(url)
        self.timeout = timeout
        self.retry = retry
        self.limiter = limiter if limiter is not None else RateLimiter()
        self._now = now or (lambda: _dt.datetime.now(_dt.timezone.utc))
        self._sleep = sleep
        self._own_http = http is None
        self._http = http or new_http_client(timeout)

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
