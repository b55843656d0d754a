"""Talking to QingCloud RTC's /v1/cloudRecord: start (POST), stop (PATCH), query (GET).

The parameters are checked by the model first. Any answer whose `code` is not "success" is a
failure, shown whole (with every known secret masked) since the failure shape is not documented.
"""

from __future__ import annotations

import datetime as _dt
import time
from functools import partial
from typing import Callable

import httpx

from mixframe.api import late
from mixframe.api.qingcloud_exchange import QingCloudAnswer, QingCloudExchange
from mixframe.api.qingcloud_signer import QingCloudCredentials
from mixframe.api.ratelimit import RateLimiter
from mixframe.api.transport import DEFAULT_TIMEOUT, RetryPolicy, ServiceClient, encode_body, refuse_invalid
from mixframe.model import endpoints, vendors

QINGCLOUD_URL = endpoints.QINGCLOUD.url
PATH = "/v1/cloudRecord"
SECRET_KEYS = vendors.answer_secrets_of("qingcloud")  # derived from the vendor's declaration


class QingCloudClient(QingCloudExchange, ServiceClient):
    secret_keys = SECRET_KEYS  # what an answer never carries further

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

        # One attempt, and whether its failure may be repeated, are the exchange's
        # (qingcloud_exchange.py): the shared loop calls them there, never back into this file.
        return self.with_retries("qingcloud." + call, partial(self._once, call, method, params, body, answer_model, secrets),
                                 partial(self._repeatable, safe))

