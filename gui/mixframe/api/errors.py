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
        elapsed: float | None = None,
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
        self.elapsed = elapsed  # seconds the whole call took, retries and waits included
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
        if self.attempts > 1 and self.code != TIMEOUT:  # a timeout's sentence says it already
            took = f" in {self.elapsed:.1f} s" if self.elapsed is not None else ""
            out.append(f"Attempts: {self.attempts}{took}")
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
        text = timeout_sentence(where, timeout)
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


def timeout_sentence(where: str, timeout: float | None, *, deadline: float | None = None, attempts: int = 1,
                     elapsed: float | None = None) -> str:
    """The service did not answer: within which limit, and what it cost (attempts, seconds waited)."""
    where = where or "the service"
    if deadline:
        limit = f" within the {deadline:g}-second deadline"
    elif timeout:
        limit = f" within {timeout:g} seconds"
    else:
        limit = " in time"
    cost = ""
    if elapsed is not None:
        cost = f" ({attempts} attempt{'s' if attempts != 1 else ''}, {elapsed:.1f} s waited in all)"
    return f"{where} did not answer{limit}{cost}; the request may or may not have been carried out."


def gave_up(err: ApiError, *, attempts: int, elapsed: float, timeout: float | None,
            deadline: float | None, deadline_hit: bool) -> ApiError:
    """The final error of a call, carrying how many attempts it made and how long it took."""
    err.attempts = attempts
    err.elapsed = elapsed
    if err.code == TIMEOUT:
        err.sentence = timeout_sentence(err.host, timeout, deadline=deadline if deadline_hit else None,
                                        attempts=attempts, elapsed=elapsed)
        err.message = err.sentence
        err.args = (err.sentence,)
    return err


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


# A secret shorter than this is masked only where a whole value equals it: replacing every "ab"
# inside other text would mangle it and tell a reader where the secret is anyway.
SHORTEST_SUBSTRING_SECRET = 4


def _longest_first(secrets: Iterable[str]) -> list[str]:
    # Longest first, so a secret containing another is masked whole, not as "***" plus its tail.
    return sorted({s for s in secrets if isinstance(s, str) and s}, key=len, reverse=True)


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace any secret value that an echoing server might have put into a message."""
    ordered = _longest_first(secrets)
    if text in ordered:
        return MASK
    for s in ordered:
        if len(s) >= SHORTEST_SUBSTRING_SECRET:
            text = text.replace(s, MASK)
    return text


def redact_data(data: Any, secrets: Iterable[str], secret_keys: Iterable[str] = ()) -> Any:
    """A copy of `data` (parsed JSON) with every known secret value masked in every string, keys
    included, and every value under one of `secret_keys` masked whole."""
    ordered = _longest_first(secrets)
    keys = {k.lower() for k in secret_keys}

    def walk(node: Any) -> Any:
        if isinstance(node, Mapping):
            return {(redact(k, ordered) if isinstance(k, str) else k):
                    (MASK if str(k).lower() in keys and v not in (None, "") else walk(v)) for k, v in node.items()}
        if isinstance(node, (list, tuple)):
            return [walk(v) for v in node]
        if isinstance(node, str):
            return redact(node, ordered)
        return node

    return walk(data)
