"""The one error type of the api room: what the service (or the road to it) said, in one sentence.

`ApiError` carries the service's own Code/CodeN/Message/RequestId and the HTTP status, plus a
sentence a producer understands. Transport faults (refused, timeout, dropped, broken body) are
ApiErrors too, with codes of our own, so callers handle one type. Nothing here quotes a secret.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping

# Codes we give to faults on the way to the service (not from the service itself).
CONNECTION_REFUSED = "ConnectionRefused"
TIMEOUT = "Timeout"
CONNECTION_DROPPED = "ConnectionDropped"
BROKEN_ANSWER = "BrokenAnswer"
CERTIFICATE = "CertificateError"
UNREACHABLE = "Unreachable"
TRANSPORT_CODES = frozenset({CONNECTION_REFUSED, TIMEOUT, CONNECTION_DROPPED, BROKEN_ANSWER, CERTIFICATE, UNREACHABLE})

QPS_OVER_LIMIT = "FlowLimitExceeded.QPSOverLimit"
TASK_NOT_FOUND = "InvalidParameter.ErrorActiveTaskNotFound"

_SENTENCES: dict[str, str] = {
    "SignatureDoesNotMatch": "The service rejected the request signature: the SecretKey does not belong to this AccessKey, or the region does not match the endpoint.",
    "InvalidAccessKey": "The service does not know this AccessKey: check the key, and that it belongs to this endpoint (Volcengine China and BytePlus keys are separate).",
    "InvalidTimestamp": "The request's time is more than 15 minutes away from the service's clock: set this computer's clock right.",
    "MissingAuthenticationToken": "The request carried no credentials: set the keys for this profile or in the environment.",
    "MissingSignature": "The request carried no signature: set the keys for this profile or in the environment.",
    "MissingParameter": "The request lacks a parameter the service requires.",
    "MissingRequestInfo": "The request lacks information the service requires (Action, Version or the signing headers).",
    "ServiceNotFound": "The endpoint does not offer the RTC service: check the endpoint address.",
    "InvalidActionOrVersion": "The endpoint does not know this Action or Version: check the endpoint address.",
    "LackPolicy": "This key has no permission for the RTC recording API: grant it the policy in the console.",
    "AccessDenied": "This key is not allowed to call the RTC recording API: grant it the policy in the console.",
    QPS_OVER_LIMIT: "Too many requests per second to this API: the service kept refusing after Mixframe waited and retried; try again in a moment.",
    "FlowLimitExceeded.TaskNumberOverLimit": "The account already runs as many recording tasks as it may: stop one first.",
    TASK_NOT_FOUND: "No running recording task has this AppId, RoomId and TaskId: it may have ended already, or an id is misspelt.",
    "InvalidParameter.TaskAlreadyExists": "A task with this TaskId already exists in this room: pick a new TaskId.",
    "InvalidParameter.IllegalRoomID": "The RoomId is not allowed: use letters, digits and _ @ - . (at most 128).",
    "InvalidParameter.BodyIsEmpty": "The service received an empty request body.",
    "InvalidParameter.Unmarshal": "The service could not read the request body as JSON.",
    "InvalidParameter.EmptyAccountId": "The storage AccountId is empty.",
    "InvalidParameter.NotExistAppId": "The service knows no app with this AppId.",
    "InvalidParameter.IllegalAppId": "The AppId is not allowed: use letters, digits and _ @ - . (at most 128).",
    "InvalidParameter.AccountIdMismatch": "The storage AccountId is not the main account of this key.",
    "InvalidParameter": "The service found a parameter it does not accept.",
}


class ApiError(Exception):
    """A failed call: the service answered with an error, or the answer never came."""

    def __init__(
        self,
        code: str,
        message: str = "",
        *,
        code_n: int | None = None,
        request_id: str = "",
        http_status: int | None = None,
        action: str = "",
        host: str = "",
        sentence: str = "",
        answer: Any = None,
        attempts: int = 1,
    ):
        self.code = code
        self.code_n = code_n
        self.message = message
        self.request_id = request_id
        self.http_status = http_status
        self.action = action
        self.host = host
        self.answer = answer  # the parsed answer, already masked, when there was one
        self.attempts = attempts
        self.sentence = sentence or sentence_for(code, message, http_status)
        super().__init__(self.sentence)

    @property
    def is_transport(self) -> bool:
        return self.code in TRANSPORT_CODES

    def lines(self) -> list[str]:
        """What the command line and the window show: the sentence, then Code, Message, RequestId."""
        out = [self.sentence]
        code = self.code + (f" ({self.code_n})" if self.code_n is not None else "")
        out.append(f"Code: {code}")
        if self.message and self.message != self.sentence:
            out.append(f"Message: {self.message}")
        if self.http_status is not None:
            out.append(f"HTTP status: {self.http_status}")
        if self.request_id:
            out.append(f"RequestId: {self.request_id}")
        if self.answer is not None and not isinstance(self.answer, str) and self.code not in _SENTENCES:
            out.append("Answer: " + json.dumps(self.answer, ensure_ascii=False, sort_keys=True))
        return out

    def __repr__(self) -> str:
        return f"ApiError(code={self.code!r}, http_status={self.http_status!r}, request_id={self.request_id!r})"


def sentence_for(code: str, message: str = "", http_status: int | None = None) -> str:
    known = _SENTENCES.get(code)
    if known is None and "." in code:
        known = _SENTENCES.get(code.split(".", 1)[0])
    if known:
        return known
    if message:
        return f"The service refused the request ({code}): {message}"
    if http_status:
        return f"The service refused the request with {code} (HTTP {http_status})."
    return f"The service refused the request ({code})."


def transport_error(kind: str, host: str, *, timeout: float | None = None, http_status: int | None = None,
                    action: str = "", attempts: int = 1) -> ApiError:
    """One plain sentence per way the road to the service can break."""
    where = host or "the service"
    if kind == CONNECTION_REFUSED:
        text = f"Could not connect to {where}: nothing is listening there (is the endpoint right, and the sandbox running?)."
    elif kind == TIMEOUT:
        secs = f" within {timeout:g} seconds" if timeout else " in time"
        text = f"{where} did not answer{secs}; the request may or may not have been carried out."
    elif kind == CONNECTION_DROPPED:
        text = f"{where} closed the connection before answering; the request may or may not have been carried out."
    elif kind == BROKEN_ANSWER:
        status = f" (HTTP {http_status})" if http_status is not None else ""
        text = f"{where} answered with something that is not the service's JSON{status}."
    elif kind == CERTIFICATE:
        text = f"The secure connection to {where} failed: its certificate could not be verified."
    else:
        text = f"Could not reach {where}: check the endpoint address and the network."
    return ApiError(kind, text, http_status=http_status, action=action, host=host, sentence=text, attempts=attempts)


class EndpointError(ValueError):
    """An endpoint Mixframe will not talk to (plain http to a non-loopback host, bad URL)."""


MASK = "***"


def mask_values(data: Any, secret_keys: Iterable[str]) -> Any:
    """A copy of `data` with every value under one of `secret_keys` (at any depth) masked."""
    keys = {k.lower() for k in secret_keys}
    if isinstance(data, Mapping):
        return {k: (MASK if str(k).lower() in keys and v not in (None, "") else mask_values(v, keys)) for k, v in data.items()}
    if isinstance(data, list):
        return [mask_values(v, keys) for v in data]
    return data


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace any secret value that an echoing server might have put into a message."""
    for s in secrets:
        if s and len(s) >= 4:
            text = text.replace(s, MASK)
    return text
