"""Talking to QingCloud RTC's /v1/cloudRecord: start (POST), stop (PATCH), query (GET).

The parameters are checked by the model first. Any answer whose `code` is not "success" is a
failure, shown whole (with every known secret masked) since the failure shape is not documented.
"""

from __future__ import annotations

import datetime as _dt
import time
from dataclasses import dataclass
from typing import Any, Callable

import httpx

from mixframe.api import errors as E
from mixframe.api import late
from mixframe.api.errors import ApiError
from mixframe.api.qingcloud_signer import QingCloudCredentials, sign
from mixframe.api.ratelimit import RateLimiter
from mixframe.api.transport import (DEFAULT_TIMEOUT, AnswerUnreadable, AttemptFailed, RetryPolicy, ServiceClient,
                                    _connect_error, _retry_after, encode_body, exchange, parse_answer, refuse_invalid)
from mixframe.model import endpoints, vendors
from mixframe.model.problems import QT_TRANSLATE_NOOP, Sentence

QINGCLOUD_URL = endpoints.QINGCLOUD.url
PATH = "/v1/cloudRecord"
# Fields that hold a secret wherever they appear in an answer (derived from the vendor's declaration).
SECRET_KEYS = vendors.answer_secrets_of("qingcloud")


@dataclass
class QingCloudAnswer:
    call: str  # "start" | "stop" | "query"
    answer: Any  # StartAnswer | StopAnswer | QueryAnswer
    raw: dict
    http_status: int
    attempts: int = 1


class QingCloudClient(ServiceClient):
    def __init__(
        self,
        url: str,
        credentials: QingCloudCredentials,
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
        super().__init__(url or QINGCLOUD_URL, timeout=timeout, deadline=deadline, retry=retry, limiter=limiter,
                         now=now, sleep=sleep, clock=clock, http=http)
        self.credentials = credentials
        self._host = self.url.netloc.decode("ascii")
        self._path = self.url.path.rstrip("/") + PATH

    def start(self, body: dict, *, checked: bool = False) -> QingCloudAnswer:
        """start. `checked`: the caller ran check_start on this very body (the session's
        prepare_start); otherwise it is checked here."""
        if not checked:
            refuse_invalid(late.qingcloud.check_start(body))
        secrets = [body.get("sign_key", "")] if isinstance(body.get("sign_key"), str) else []
        return self._call("start", "POST", {}, encode_body(body), late.qingcloud.StartAnswer, secrets)

    def stop(self, body: dict) -> QingCloudAnswer:
        refuse_invalid(late.qingcloud.check_stop(body))
        return self._call("stop", "PATCH", {}, encode_body(body), late.qingcloud.StopAnswer, [])

    def query(self, params: dict) -> QingCloudAnswer:
        refuse_invalid(late.qingcloud.check_query(params))
        return self._call("query", "GET", params, None, late.qingcloud.QueryAnswer, [])

    def _call(self, call: str, method: str, params: dict, body: bytes | None, answer_model, secrets: list[str]) -> QingCloudAnswer:
        # Only reading is repeated after a lost answer: a repeated start could open a second
        # recording, a repeated stop could stop the one started meanwhile.
        safe = method == "GET"
        secrets = [s for s in secrets if s] + [self.credentials.secret_access_key]

        def repeatable(failure: _Retry) -> bool:
            return safe or failure.nothing_sent or failure.error.code == E.QPS_OVER_LIMIT

        return self.with_retries("qingcloud." + call,
                                 lambda limit: self._once(call, method, params, body, answer_model, secrets, limit),
                                 repeatable)

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
            shown = parse_answer(content, secrets, SECRET_KEYS)
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
