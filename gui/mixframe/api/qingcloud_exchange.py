"""One attempt of a QingCloud call: sign, send, read the answer, and say whether a failure may be
repeated. `QingCloudClient` (qingcloud_client.py) says which call to make; the shared retry loop
(`transport.ServiceClient.with_retries`) calls the attempt here, so a call walks client ->
transport -> this exchange -> signer without coming back to a file it left.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from mixframe.api import errors as E
from mixframe.api.errors import ApiError
from mixframe.api.qingcloud_signer import sign
from mixframe.api.transport import AnswerUnreadable, AttemptFailed, _connect_error, _retry_after, exchange, parse_answer
from mixframe.model.problems import QT_TRANSLATE_NOOP, Sentence


@dataclass
class QingCloudAnswer:
    call: str  # "start" | "stop" | "query"
    answer: Any  # StartAnswer | StopAnswer | QueryAnswer
    raw: dict
    http_status: int
    attempts: int = 1


class QingCloudExchange:
    """The attempt half of `QingCloudClient` (mixed in): it uses the client's endpoint, keys,
    clock and httpx client, and its `secret_keys`."""

    secret_keys: tuple[str, ...] = ()

    def _repeatable(self, safe: bool, failure: "_Retry") -> bool:
        return safe or failure.nothing_sent or failure.error.code == E.QPS_OVER_LIMIT

    def _once(self, call, method, params, body, answer_model, secrets, limit) -> QingCloudAnswer:
        signed = sign(method=method, path=self._path, params=params, body=body, credentials=self.credentials, now=self._now())
        url = self.url.copy_with(path=self._path, query=signed.query_string.encode("ascii"))
        headers = {"Content-Type": "application/json"} if body is not None else {}
        try:
            response, content = exchange(self._http, method, url, headers=headers, content=body, timeout=limit)
        except AnswerUnreadable as bad:  # the service may have carried the call out: not repeated
            raise bad.error(self._host, http_status=None, action=call) from None
        except httpx.TimeoutException:
            raise _Retry(E.transport_error(E.TIMEOUT, self._host, timeout=self.timeout, action=call))
        except httpx.ConnectError as exc:
            err = _connect_error(exc, self._host, call, self.proxy)
            if err.code in E.SAME_EVERY_TIME:  # it fails the same way every time: never repeated
                raise err from None
            raise _Retry(err, nothing_sent=True)
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
            raise _Retry(E.transport_error(E.CONNECTION_DROPPED, self._host, action=call))
        except httpx.ProxyError:  # the proxy would not open the way: nothing reached the service
            refused = E.transport_error(E.PROXY_REFUSED, self._host, action=call, detail=self.proxy)
            raise _Retry(refused, nothing_sent=True)
        except httpx.TransportError:
            raise _Retry(E.transport_error(E.UNREACHABLE, self._host, action=call))
        status = response.status_code
        # Every known secret is masked wherever an echoing answer put it, before anything reads it.
        try:
            shown = parse_answer(content, secrets, self.secret_keys)
            if status == 200 and not isinstance(shown.get("code"), str):
                raise AnswerUnreadable(E.BROKEN_ANSWER)  # a proxy's {}: not the service's answer
        except AnswerUnreadable:
            if status >= 500:
                said = E.internal_error_said(status)
                raise _Retry(ApiError("InternalError", said.english, http_status=status, action=call, host=self._host,
                                      said=said))
            raise ApiError(E.BROKEN_ANSWER, "", http_status=status, action=call, host=self._host,
                           said=E.transport_said(E.BROKEN_ANSWER, self._host, http_status=status)) from None
        code = str(shown.get("code", ""))
        if code != "success" or status != 200:
            message = str(shown.get("message") or "")
            err = ApiError(
                code or f"HTTP{status}", message, http_status=status, action=call, host=self._host,
                request_id=str(shown.get("request_id") or ""),
                said=_said(call, code, shown),
                answer=shown,
            )
            if code == E.QPS_OVER_LIMIT or status == 429 or status >= 500:
                raise _Retry(err, retry_after=_retry_after(response))
            raise err
        try:
            parsed = answer_model.model_validate(shown)
        except Exception:
            raise ApiError(E.BROKEN_ANSWER, "", http_status=status, action=call, host=self._host,
                           said=E.transport_said(E.BROKEN_ANSWER, self._host, http_status=status)) from None
        return QingCloudAnswer(call, parsed, shown, status)


class _Retry(AttemptFailed):
    def __init__(self, error: ApiError, *, nothing_sent: bool = False, retry_after: float | None = None):
        super().__init__(error, retry_after=retry_after)
        self.nothing_sent = nothing_sent


def _said(call: str, code: str, shown: dict) -> Sentence:
    known = E.KNOWN_SENTENCES.get(code)
    if known:
        return Sentence(E.API_ERRORS_CONTEXT, known)
    whole = E.shown_json(shown)
    return Sentence(E.API_ERRORS_CONTEXT, QT_TRANSLATE_NOOP("ApiErrors", "QingCloud refused the {call} call: {answer}"),
                    {"call": call, "answer": whole})
