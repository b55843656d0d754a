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
from functools import partial
from typing import Any, Callable

import httpx

from mixframe.api import late
from mixframe.api.errors import secret_values
from mixframe.api.ratelimit import RateLimiter
from mixframe.api.transport import (  # noqa: F401  (re-exported: the endpoint rules live in transport)
    DEFAULT_TIMEOUT, NO_RETRY, RetryPolicy, ServiceClient, check_endpoint, encode_body, is_loopback, new_http_client,
    refuse_invalid)
from mixframe.api.volc_exchange import JSON, Answer, VolcExchange  # noqa: F401  (JSON re-exported)
from mixframe.api.volc_signer import VolcCredentials, host_header
from mixframe.model import endpoints, vendors
from mixframe.model.volcengine_api import API_VERSION



@dataclass(frozen=True)
class Endpoint:
    url: str
    region: str
    name: str = ""


VOLCENGINE_CN = Endpoint(endpoints.VOLCENGINE.url, endpoints.VOLCENGINE.region, endpoints.VOLCENGINE.label)
BYTEPLUS = Endpoint(endpoints.BYTEPLUS.url, endpoints.BYTEPLUS.region, endpoints.BYTEPLUS.label)
ENDPOINTS = {"volcengine": VOLCENGINE_CN, "byteplus": BYTEPLUS}


# Fields that hold a secret wherever they appear in an answer.
SECRET_FIELDS = vendors.answer_secrets_of("volcengine")  # derived from the vendor's declaration


class VolcClient(VolcExchange, ServiceClient):
    secret_fields = SECRET_FIELDS  # what an answer never carries further

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

        # One attempt, and what its failure means, are the exchange's (volc_exchange.py): the
        # shared loop calls them there, never back into this file.
        return self.with_retries(action, partial(self._once, method, action, query, body, secrets),
                                 partial(self._repeatable, action), partial(self._giving_up, action))

