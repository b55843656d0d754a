"""Volcengine/BytePlus OpenAPI request signing ("SignerV4", HMAC-SHA256).

Written from the published algorithm; no vendor SDK. The caller hashes and sends the
same body bytes: `sign()` returns the headers to add, and nothing else touches the body.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import quote

from mixframe.model.credentials import VolcCredentials  # noqa: F401  (re-exported for callers)

SERVICE = "rtc"
ALGORITHM = "HMAC-SHA256"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


@dataclass(frozen=True)
class SignedParts:
    """What the signer produced; `headers` go on the wire, the rest is for tests and debugging."""

    headers: dict[str, str]
    canonical_query: str
    canonical_request: str
    signed_headers: str
    string_to_sign: str
    signature: str


def x_date(when: _dt.datetime) -> str:
    when = when.astimezone(_dt.timezone.utc) if when.tzinfo else when
    return when.strftime("%Y%m%dT%H%M%SZ")


def parse_x_date(value: str) -> _dt.datetime:
    return _dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=_dt.timezone.utc)


def _encode(text: str) -> str:
    # RFC 3986 unreserved only: space is %20, '/' is %2F.
    return quote(str(text), safe="-_.~")


def canonical_query(query: Mapping[str, object] | list[tuple[str, object]]) -> str:
    """Keys sorted by code point (once encoded); the values of a key given more than once keep
    the order they were given in, as the vendor's SDK does (Go's url.Values.Encode): sorting them
    too would sign a different request than the one sent, and the service would refuse it."""
    pairs = list(query.items()) if isinstance(query, Mapping) else list(query)
    encoded = sorted(((_encode(k), _encode("" if v is None else v)) for k, v in pairs), key=lambda kv: kv[0])
    return "&".join(f"{k}={v}" for k, v in encoded)


def host_header(host: str, port: int | None, scheme: str = "https") -> str:
    """Host as signed: the default :80/:443 is dropped, any other port is kept."""
    h = host
    if ":" in h and not h.startswith("["):  # bare IPv6 literal
        h = f"[{h}]"
    if port is None or port in (80, 443):
        return h
    return f"{h}:{port}"


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def signing_key(secret_key: str, date: str, region: str, service: str = SERVICE) -> bytes:
    k_date = _hmac(secret_key.encode("utf-8"), date)
    k_region = _hmac(k_date, region)
    k_service = _hmac(k_region, service)
    return _hmac(k_service, "request")


def sign(
    *,
    method: str,
    host: str,
    path: str = "/",
    query: Mapping[str, object] | list[tuple[str, object]],
    body: bytes = b"",
    credentials: VolcCredentials,
    region: str,
    now: _dt.datetime,
    content_type: str | None = None,
    content_md5: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    service: str = SERVICE,
) -> SignedParts:
    """Sign one request. `host` is the Host header value as sent (use `host_header`)."""
    date_time = x_date(now)
    date = date_time[:8]
    body_hash = hashlib.sha256(body).hexdigest()

    headers: dict[str, str] = {"Host": host}
    if content_type:
        headers["Content-Type"] = content_type
    if content_md5:
        headers["Content-Md5"] = content_md5
    headers["X-Date"] = date_time
    headers["X-Content-Sha256"] = body_hash
    if credentials.session_token:
        headers["X-Security-Token"] = credentials.session_token
    for name, value in (extra_headers or {}).items():
        headers[name] = value

    signed = {
        name.lower(): value.strip()
        for name, value in headers.items()
        if name.lower() in ("host", "content-type", "content-md5") or name.lower().startswith("x-")
    }
    names = sorted(signed)
    signed_headers = ";".join(names)
    cq = canonical_query(query)
    canonical_request = "\n".join(
        [
            method.upper(),
            path or "/",
            cq,
            "".join(f"{n}:{signed[n]}\n" for n in names),
            signed_headers,
            body_hash,
        ]
    )
    scope = f"{date}/{region}/{service}/request"
    string_to_sign = "\n".join(
        [ALGORITHM, date_time, scope, hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()]
    )
    signature = hmac.new(
        signing_key(credentials.secret_key, date, region, service),
        string_to_sign.encode("utf-8"),
        hashlib.sha256,
    ).hexdigest()
    headers["Authorization"] = (
        f"{ALGORITHM} Credential={credentials.access_key}/{scope}, "
        f"SignedHeaders={signed_headers}, Signature={signature}"
    )
    return SignedParts(headers, cq, canonical_request, signed_headers, string_to_sign, signature)


@dataclass(frozen=True)
class ParsedAuthorization:
    access_key: str
    date: str
    region: str
    service: str
    signed_headers: list[str]
    signature: str


def parse_authorization(value: str) -> ParsedAuthorization | None:
    """Read an Authorization header back (the sandbox verifies with this). None if malformed."""
    if not value.startswith(ALGORITHM + " "):
        return None
    fields: dict[str, str] = {}
    for part in value[len(ALGORITHM) + 1 :].split(","):
        key, sep, val = part.strip().partition("=")
        if not sep:
            return None
        fields[key] = val
    try:
        ak, date, region, service, terminal = fields["Credential"].split("/")
        signed = fields["SignedHeaders"].split(";")
        sig = fields["Signature"]
    except (KeyError, ValueError):
        return None
    if terminal != "request":
        return None
    return ParsedAuthorization(ak, date, region, service, signed, sig)


def verify(
    *,
    method: str,
    path: str,
    query: list[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
    auth: ParsedAuthorization,
    secret_key: str,
) -> bool:
    """Recompute the signature of a received request over the headers it says it signed."""
    lower = {k.lower(): v for k, v in headers.items()}
    if any(name not in lower for name in auth.signed_headers):
        return False
    date_time = lower.get("x-date", "")
    body_hash = hashlib.sha256(body).hexdigest()
    if lower.get("x-content-sha256", body_hash) != body_hash:
        return False
    canonical_request = "\n".join(
        [
            method.upper(),
            path or "/",
            canonical_query(query),
            "".join(f"{n}:{lower[n].strip()}\n" for n in auth.signed_headers),
            ";".join(auth.signed_headers),
            body_hash,
        ]
    )
    scope = f"{auth.date}/{auth.region}/{auth.service}/request"
    string_to_sign = "\n".join(
        [ALGORITHM, date_time, scope, hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()]
    )
    expected = hmac.new(
        signing_key(secret_key, auth.date, auth.region, auth.service),
        string_to_sign.encode("utf-8"),
        hashlib.sha256,
    ).hexdigest()
    return hmac.compare_digest(expected, auth.signature)
