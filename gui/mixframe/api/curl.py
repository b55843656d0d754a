"""A request as a `curl` command a producer can paste into a ticket or a terminal, masked.

It shows the call as the clients make it (URL, method, headers, the body bytes as sent), but it
carries no key and no signature: those exist only at the moment of sending, so the signed parts
are placeholders and every secret in the body is masked. Each argument is quoted for a POSIX
shell, so a body holding a quote survives a paste.
"""

from __future__ import annotations

import shlex
from typing import Any

from mixframe.api import qingcloud_signer, volc_signer
from mixframe.api.errors import redact, secret_values
from mixframe.api.qingcloud_client import PATH as QINGCLOUD_PATH
from mixframe.api.qingcloud_client import QINGCLOUD_URL
from mixframe.api.transport import encode_body
from mixframe.api.volc_client import API_VERSION, ENDPOINTS, JSON, VOLCENGINE_CN
from mixframe.model.preset import VENDOR_MODELS

SIGNED_WHEN_SENT = "<signed when sent>"
ACCESS_KEY = "<AccessKeyId>"
# In a URL a placeholder has no spaces, so the line still reads as one URL.
QUERY_PLACEHOLDERS = {"access_key_id": "<access_key_id>", "time_stamp": "<time_stamp>", "signature": "<signature>"}

VOLC_METHODS = {"StartRecord": "POST", "UpdateRecord": "POST", "StopRecord": "POST", "GetRecordTask": "GET"}
# QingCloud's three calls share one path; the method tells them apart. Volcengine's action names
# are accepted too, so one "Copy as curl" serves both vendors.
QINGCLOUD_METHODS = {"start": "POST", "stop": "PATCH", "query": "GET"}
QINGCLOUD_CALLS = {"StartRecord": "start", "StopRecord": "stop", "GetRecordTask": "query"}


def curl_command(vendor: str, body: dict, endpoint: Any = None, action: str = "StartRecord") -> str:
    """A multi-line curl command for `action` with `body` (secrets masked, nothing signed).

    `endpoint` is a URL or an endpoint with ``url`` (and ``region`` for Volcengine); by default
    Volcengine (China) or QingCloud's public host. GET calls carry the body as the query.
    """
    masked = VENDOR_MODELS[vendor].mask_secrets(body)
    # A secret's value may stand in another field too (a key pasted into a Prefix): it is masked
    # there as well, in the form it takes there (JSON-escaped in the body, percent-encoded in the
    # URL), before shell quoting, which would be one encoding more.
    # A field that already holds the mask (the window stands it in for the account's key) is no secret.
    secrets = [s for s in secret_values(body) if s != VENDOR_MODELS[vendor].MASK]
    if vendor == "volcengine":
        return _volcengine(masked, endpoint, action, secrets)
    if vendor == "qingcloud":
        return _qingcloud(masked, endpoint, action, secrets)
    raise ValueError(f"unknown vendor {vendor!r}")


def _lines(method: str, url: str, headers: list[tuple[str, str]], body: bytes | None, secrets: list[str]) -> str:
    parts = [f"curl -X {method} {shlex.quote(redact(url, secrets))}"]
    parts += [f"  -H {shlex.quote(redact(f'{name}: {value}', secrets))}" for name, value in headers]
    if body is not None:
        parts.append(f"  --data-raw {shlex.quote(redact(body.decode('utf-8'), secrets))}")
    return " \\\n".join(parts)


def _volcengine(body: dict, endpoint: Any, action: str, secrets: list[str]) -> str:
    if action not in VOLC_METHODS:
        raise ValueError(f"unknown Volcengine action {action!r}")
    method = VOLC_METHODS[action]
    url, region = _volc_endpoint(endpoint)
    query: dict[str, object] = {"Action": action, "Version": API_VERSION}
    headers: list[tuple[str, str]] = []
    data: bytes | None = None
    if method == "GET":
        query.update(body)
    else:
        data = encode_body(body)
        headers.append(("Content-Type", JSON))
    headers += [("X-Date", SIGNED_WHEN_SENT), ("X-Content-Sha256", SIGNED_WHEN_SENT)]
    signed = ["host", "x-content-sha256", "x-date"] + (["content-type"] if data is not None else [])
    scope = f"<YYYYMMDD>/{region}/{volc_signer.SERVICE}/request"
    headers.append(("Authorization", f"{volc_signer.ALGORITHM} Credential={ACCESS_KEY}/{scope}, "
                                     f"SignedHeaders={';'.join(sorted(signed))}, Signature={SIGNED_WHEN_SENT}"))
    full_url = f"{url.rstrip('/')}/?{volc_signer.canonical_query(query)}"
    return _lines(method, full_url, headers, data, secrets)


def _volc_endpoint(endpoint: Any) -> tuple[str, str]:
    if endpoint is None:
        return VOLCENGINE_CN.url, VOLCENGINE_CN.region
    url = getattr(endpoint, "url", endpoint)
    region = getattr(endpoint, "region", None)
    if not region:
        known = [e.region for e in ENDPOINTS.values() if e.url.rstrip("/") == str(url).rstrip("/")]
        region = known[0] if known else "<region>"
    return str(url), region


def _qingcloud(body: dict, endpoint: Any, action: str, secrets: list[str]) -> str:
    call = QINGCLOUD_CALLS.get(action, action)
    if call not in QINGCLOUD_METHODS:
        raise ValueError(f"unknown QingCloud call {action!r}")
    method = QINGCLOUD_METHODS[call]
    base = str(getattr(endpoint, "url", endpoint) or QINGCLOUD_URL).rstrip("/")
    common = {"signature_method": qingcloud_signer.SIGNATURE_METHOD,
              "signature_version": qingcloud_signer.SIGNATURE_VERSION}
    params = dict(body) if method == "GET" else {}
    query = qingcloud_signer.canonical_query({**params, **common})
    # The placeholders stay readable (not percent-encoded); the client sorts the real ones in.
    query += "".join(f"&{key}={value}" for key, value in QUERY_PLACEHOLDERS.items())
    data = None if method == "GET" else encode_body(body)
    headers = [("Content-Type", JSON)] if data is not None else []
    return _lines(method, f"{base}{QINGCLOUD_PATH}?{query}", headers, data, secrets)
