"""QingCloud RTC request signing: common query parameters plus a base64 HMAC-SHA256 signature.

The string to sign carries the MD5 of the exact body bytes (``null`` when there is no body)
and the path with an extra ``/`` (``/v1/cloudRecord/``), as the vendor's sample code does.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import hmac
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import quote

from mixframe.model.credentials import QingCloudCredentials  # noqa: F401  (re-exported for callers)

SIGNATURE_METHOD = "HmacSHA256"
SIGNATURE_VERSION = "1"
NO_BODY = b"null"
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class SignedQuery:
    params: dict[str, str]  # every query parameter including `signature`
    query_string: str  # what goes after `?` on the wire
    string_to_sign: str
    signature: str


def time_stamp(when: _dt.datetime) -> str:
    when = when.astimezone(_dt.timezone.utc) if when.tzinfo else when
    return when.strftime(TIME_FORMAT)


def parse_time_stamp(value: str) -> _dt.datetime:
    return _dt.datetime.strptime(value, TIME_FORMAT).replace(tzinfo=_dt.timezone.utc)


def body_md5(body: bytes | None) -> str:
    return hashlib.md5(NO_BODY if body is None else body).hexdigest()


def canonical_query(params: Mapping[str, object]) -> str:
    items = sorted((str(k), "" if v is None else str(v)) for k, v in params.items() if k != "signature")
    return "&".join(f"{quote(k)}={quote(v)}" for k, v in items)


def string_to_sign(method: str, path: str, params: Mapping[str, object], body: bytes | None) -> str:
    return "\n".join([method.upper(), path + "/", canonical_query(params), body_md5(body)])


def signature_of(secret_access_key: str, text: str) -> str:
    digest = hmac.new(secret_access_key.encode("utf-8"), text.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def sign(
    *,
    method: str,
    path: str,
    params: Mapping[str, object],
    body: bytes | None,
    credentials: QingCloudCredentials,
    now: _dt.datetime,
) -> SignedQuery:
    """Add the common parameters to `params` and sign. `body` is exactly what will be sent."""
    full = {str(k): str(v) for k, v in params.items()}
    full.update(
        access_key_id=credentials.access_key_id,
        signature_method=SIGNATURE_METHOD,
        signature_version=SIGNATURE_VERSION,
        time_stamp=time_stamp(now),
    )
    text = string_to_sign(method, path, full, body)
    sig = signature_of(credentials.secret_access_key, text)
    query_string = canonical_query(full) + "&signature=" + quote(sig, safe="")
    return SignedQuery({**full, "signature": sig}, query_string, text, sig)


def verify(
    *, method: str, path: str, params: Mapping[str, str], body: bytes | None, secret_access_key: str
) -> bool:
    given = params.get("signature", "")
    expected = signature_of(secret_access_key, string_to_sign(method, path, params, body))
    return hmac.compare_digest(given.encode(), expected.encode())
