"""The toy signature: HMAC-SHA256 of the body with the secret, named by the key."""

from __future__ import annotations

import hashlib
import hmac


def sign(key: str, secret: str, body: bytes) -> dict[str, str]:
    return {"X-Toy-Key": key, "X-Toy-Signature": hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()}


def verify(headers, secrets: dict[str, str], body: bytes) -> bool:
    key = headers.get("X-Toy-Key") or headers.get("x-toy-key") or ""
    given = headers.get("X-Toy-Signature") or headers.get("x-toy-signature") or ""
    secret = secrets.get(key)
    return secret is not None and hmac.compare_digest(sign(key, secret, body)["X-Toy-Signature"], given)
