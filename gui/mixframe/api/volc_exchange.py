"""One attempt of a Volcengine/BytePlus call: sign the exact bytes, send them, read the answer,
and say whether a failure may be repeated. `VolcClient` (volc_client.py) says which call to make;
the shared retry loop (`transport.ServiceClient.with_retries`) calls the attempt here, so a call
walks client -> transport -> this exchange -> signer without coming back to a file it left.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from mixframe.api import errors as E
from mixframe.api import late
from mixframe.api.errors import ApiError
from mixframe.api.transport import AnswerUnreadable, AttemptFailed, _connect_error, _retry_after, exchange, parse_answer
from mixframe.api.volc_signer import sign
from mixframe.model.problems import QT_TRANSLATE_NOOP, Sentence

JSON = "application/json"


# Calls that may be repeated after a lost answer: Start with the same TaskId is a no-op on a
# running task, Get only reads, Stop ends the task at most once. Update is not: a stale layout
# could overwrite a newer one pushed meanwhile.
SAFE_TO_REPEAT = frozenset({"StartRecord", "GetRecordTask", "StopRecord"})


@dataclass
class Answer:
    """A successful answer: the parsed response and what it took to get it."""

    action: str
    response: Any  # mixframe.model.volcengine.ApiResponse
    raw: dict
    http_status: int
    attempts: int = 1

    @property
    def request_id(self) -> str:
        return self.response.response_metadata.request_id

    @property
    def result(self) -> Any:
        return self.response.result

    @property
    def record_task(self) -> Any:
        """GetRecordTask's RecordTask (None for the other calls)."""
        result = self.response.result
        return getattr(result, "record_task", None)


class _Failure(AttemptFailed):
    def __init__(self, error: ApiError, retryable: bool, outcome_unknown: bool = False,
                 retry_after: float | None = None):
        super().__init__(error, outcome_unknown=outcome_unknown, retry_after=retry_after)
        self.retryable = retryable


class VolcExchange:
    """The attempt half of `VolcClient` (mixed in): it uses the client's endpoint, keys, clock
    and httpx client, and its `secret_fields`."""

    secret_fields: tuple[str, ...] = ()

    def _repeatable(self, action: str, failure: _Failure) -> bool:
        return failure.retryable and (failure.error.code == E.QPS_OVER_LIMIT or action in SAFE_TO_REPEAT)

    def _giving_up(self, action: str, err: ApiError, outcome_unknown: bool) -> None:
        if outcome_unknown and action == "StopRecord" and err.code == E.TASK_NOT_FOUND:
            err.say(Sentence(E.API_ERRORS_CONTEXT, QT_TRANSLATE_NOOP(
                "ApiErrors", "No running task was found when the stop was repeated: the earlier attempt, "
                             "whose answer was lost, most likely stopped it.")))

    def _once(self, method: str, action: str, query: dict, body: bytes | None, secrets: list[str], limit: float) -> Answer:
        content = body if body is not None else b""
        signed = sign(
            method=method,
            host=self._host,
            path=self.url.path or "/",
            query=query,
            body=content,
            credentials=self.credentials,
            region=self.region,
            now=self._now(),
            content_type=JSON if body is not None else None,
        )
        url = self.url.copy_with(query=signed.canonical_query.encode("ascii"))
        try:
            response, content = exchange(self._http, method, url, headers=signed.headers,
                                         content=content if body is not None else None, timeout=limit)
        except AnswerUnreadable as bad:  # the service may have carried the call out: not repeated
            raise _Failure(bad.error(self._display_host, http_status=None, action=action), False, True)
        except httpx.TimeoutException:
            raise _Failure(E.transport_error(E.TIMEOUT, self._display_host, timeout=self.timeout, action=action), True, True)
        except httpx.ConnectError as exc:
            err = _connect_error(exc, self._display_host, action, self.proxy)
            # A certificate that fails once fails every time: never repeated.
            raise _Failure(err, err.code not in E.SAME_EVERY_TIME, False)
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
            raise _Failure(E.transport_error(E.CONNECTION_DROPPED, self._display_host, action=action), True, True)
        except httpx.ProxyError:  # the proxy would not open the way: nothing reached the service
            refused = E.transport_error(E.PROXY_REFUSED, self._display_host, action=action, detail=self.proxy)
            raise _Failure(refused, True, False)
        except httpx.TransportError:
            raise _Failure(E.transport_error(E.UNREACHABLE, self._display_host, action=action), True, False)
        return self._interpret(action, response, content, secrets)

    def _interpret(self, action: str, response: httpx.Response, content: bytes, secrets: list[str]) -> Answer:
        status = response.status_code
        server_fault = status >= 500
        retry_after = _retry_after(response)
        try:
            # An answer that echoes the request (or a key) back never carries it further.
            data = parse_answer(content, secrets, self.secret_fields)
            if not isinstance(data.get("ResponseMetadata"), dict):
                raise ValueError  # a proxy's {} or its own error page: not the service's answer
            parsed = late.volcengine.ApiResponse.model_validate(data)
        except Exception:
            if server_fault:
                said = E.internal_error_said(status)
                err = ApiError("InternalError", said.english, http_status=status, action=action,
                               host=self._display_host, said=said)
                raise _Failure(err, True, True, retry_after)
            raise _Failure(self._broken(status, action), False, True)
        meta = parsed.response_metadata
        if meta.error is not None or status != 200:
            code = meta.error.code if meta.error is not None and meta.error.code else f"HTTP{status}"
            message = E.redact(meta.error.message if meta.error is not None else "", secrets)
            err = ApiError(
                code, message,
                code_n=meta.error.code_n if meta.error is not None else None,
                request_id=meta.request_id, http_status=status, action=action, host=self._display_host,
            )
            retryable = code == E.QPS_OVER_LIMIT or server_fault
            raise _Failure(err, retryable, server_fault, retry_after)
        if not _succeeded(action, data):
            raise _Failure(self._broken(status, action), False, True)
        return Answer(action, parsed, data, status)

    def _broken(self, status: int, action: str) -> ApiError:
        return E.transport_error(E.BROKEN_ANSWER, self._display_host, http_status=status, action=action)


def _succeeded(action: str, data: dict) -> bool:
    """Whether a 200 answer without an Error is the service's success for `action`: its
    ResponseMetadata names this action (when it names one), and its Result has the documented
    shape (a string such as "ok" for Start, Update and Stop; an object with a RecordTask object
    for GetRecordTask). A proxy's {} or an answer meant for another call is not a success."""
    named = data["ResponseMetadata"].get("Action")
    if named not in (None, "", action):
        return False
    result = data.get("Result")
    if action == "GetRecordTask":
        return isinstance(result, dict) and isinstance(result.get("RecordTask"), dict)
    return isinstance(result, str) and bool(result)
