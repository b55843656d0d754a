"""Talking to Volcengine/BytePlus RTC: StartRecord, UpdateRecord, StopRecord, GetRecordTask.

Every body is checked by the model's rules first and nothing invalid leaves the machine. The
body is serialized once; those exact bytes are hashed, signed and sent. Retries happen only
where repeating a call cannot do harm, and a per-API rate limiter keeps the process under the
vendor's 60 requests per second.
"""

from __future__ import annotations

import datetime as _dt
import time
from dataclasses import dataclass
from typing import Any, Callable

import httpx

from mixframe.api import errors as E
from mixframe.api import late
from mixframe.api.errors import ApiError, secret_values
from mixframe.api.ratelimit import RateLimiter
from mixframe.api.transport import (  # noqa: F401  (re-exported: the endpoint rules live in transport)
    DEFAULT_TIMEOUT, NO_RETRY, AnswerUnreadable, AttemptFailed, RetryPolicy, ServiceClient, _connect_error, _retry_after,
    check_endpoint, encode_body, exchange, is_loopback, new_http_client, parse_answer, refuse_invalid)
from mixframe.api.volc_signer import VolcCredentials, host_header, sign
from mixframe.model import endpoints, vendors
from mixframe.model.problems import QT_TRANSLATE_NOOP, Sentence
from mixframe.model.volcengine_api import API_VERSION

JSON = "application/json"


@dataclass(frozen=True)
class Endpoint:
    url: str
    region: str
    name: str = ""


VOLCENGINE_CN = Endpoint(endpoints.VOLCENGINE.url, endpoints.VOLCENGINE.region, endpoints.VOLCENGINE.label)
BYTEPLUS = Endpoint(endpoints.BYTEPLUS.url, endpoints.BYTEPLUS.region, endpoints.BYTEPLUS.label)
ENDPOINTS = {"volcengine": VOLCENGINE_CN, "byteplus": BYTEPLUS}


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


# Fields that hold a secret wherever they appear in an answer (derived from the vendor's declaration).
SECRET_FIELDS = vendors.answer_secrets_of("volcengine")


class VolcClient(ServiceClient):
    def __init__(
        self,
        endpoint: Endpoint | str,
        credentials: VolcCredentials,
        *,
        region: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        deadline: float | None = None,
        retry: RetryPolicy = RetryPolicy(),
        limiter: RateLimiter | None = None,
        now: Callable[[], _dt.datetime] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        http: httpx.Client | None = None,
    ):
        if isinstance(endpoint, str):
            endpoint = Endpoint(endpoint, region or VOLCENGINE_CN.region)
        super().__init__(endpoint.url, timeout=timeout, deadline=deadline, retry=retry, limiter=limiter, now=now,
                         sleep=sleep, clock=clock, http=http)
        self.region = region or endpoint.region
        self.credentials = credentials
        self._host = host_header(self.url.host, self.url.port, self.url.scheme)
        self._display_host = self._host
        self._secrets = [credentials.secret_key, credentials.session_token]

    # -- the four calls ---------------------------------------------------------------------

    def start_record(self, body: dict, *, checked: bool = False) -> Answer:
        """StartRecord. `checked`: the caller ran check_start on this very body (the session's
        prepare_start), so it is not checked twice; otherwise it is checked here."""
        return self._post("StartRecord", body, (lambda _body: []) if checked else late.volcengine.check_start)

    def update_record(self, body: dict) -> Answer:
        return self._post("UpdateRecord", body, late.volcengine.check_update)

    def stop_record(self, body: dict) -> Answer:
        return self._post("StopRecord", body, late.volcengine.check_stop)

    def get_record_task(self, app_id: str | dict, room_id: str = "", task_id: str = "") -> Answer:
        query = dict(app_id) if isinstance(app_id, dict) else {"AppId": app_id, "RoomId": room_id, "TaskId": task_id}
        refuse_invalid(late.volcengine.check_get(query))
        return self._call("GET", "GetRecordTask", query, None, [])

    # -- plumbing ---------------------------------------------------------------------------

    def _post(self, action: str, body: dict, checker: Callable[[Any], list]) -> Answer:
        refuse_invalid(checker(body))
        return self._call("POST", action, {}, encode_body(body), secret_values(body))

    def _call(self, method: str, action: str, params: dict, body: bytes | None, body_secrets: list[str]) -> Answer:
        query = {"Action": action, "Version": API_VERSION, **params}
        secrets = self._secrets + body_secrets

        def repeatable(failure: _Failure) -> bool:
            return failure.retryable and (failure.error.code == E.QPS_OVER_LIMIT or action in SAFE_TO_REPEAT)

        def giving_up(err: ApiError, outcome_unknown: bool) -> None:
            if outcome_unknown and action == "StopRecord" and err.code == E.TASK_NOT_FOUND:
                err.say(Sentence(E.API_ERRORS_CONTEXT, QT_TRANSLATE_NOOP(
                    "ApiErrors", "No running task was found when the stop was repeated: the earlier attempt, "
                                 "whose answer was lost, most likely stopped it.")))

        return self.with_retries(action, lambda limit: self._once(method, action, query, body, secrets, limit),
                                 repeatable, giving_up)

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
            data = parse_answer(content, secrets, SECRET_FIELDS)
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
