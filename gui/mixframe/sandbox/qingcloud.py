"""The QingCloud RTC /v1/cloudRecord service, emulated.

QingCloud documents only the success shapes; the failure codes here are the sandbox's own
(`{"code": "...", "message": "..."}`), which is what the client must show whole anyway.
"""

from __future__ import annotations

import collections
import datetime as _dt
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from mixframe.api import qingcloud_signer
from mixframe.model import qingcloud as model
from mixframe.model import sandbox_keys as keys
from mixframe.sandbox.wire import BodyUnreadable, parse_json

PATH = model.PATH  # "/v1/cloudRecord", as the API names it
NUMBERS = ("from_hour", "to_hour", "offset", "limit")
COMMON = ("access_key_id", "signature_method", "signature_version", "time_stamp", "signature")
MAX_RECORDING = 100  # recordings running at once; QingCloud publishes no number
MAX_STOPPED = 1000  # stopped recordings kept for queries, newest first


@dataclass
class Recording:
    id: int
    app_id: str
    project_id: str
    channel: str
    is_mix: int
    created: float
    updated: float
    status: int = 2  # Recording


class QingCloudService:
    path = PATH  # where the sandbox routes QingCloud's calls

    def __init__(
        self,
        credentials: Mapping[str, str] | None = None,
        *,
        now: Callable[[], float] = time.time,
    ):
        self.credentials = dict(credentials or {keys.QINGCLOUD_ACCESS_KEY_ID: keys.QINGCLOUD_SECRET_ACCESS_KEY})
        self.now = now
        self.recordings: list[Recording] = []
        self._stopped: collections.deque[Recording] = collections.deque()
        self._next_id = 1
        self._lock = threading.Lock()

    def action(self, method: str, query: list[tuple[str, str]]) -> str:
        """What the request log calls this request: QingCloud's calls are told apart by their method."""
        return method

    def handle(self, method: str, path: str, query: list[tuple[str, str]], headers: Mapping[str, str], body: bytes):
        params = dict(query)

        def fail(status: int, code: str, message: str):
            return status, {"code": code, "message": message}

        missing = [k for k in COMMON if not params.get(k)]
        if missing:
            return fail(401, "missing_parameter", f"The query lacks {', '.join(missing)}.")
        secret = self.credentials.get(params["access_key_id"])
        if secret is None:
            return fail(401, "invalid_access_key_id", f"The access_key_id {params['access_key_id']} does not exist.")
        try:
            sent = qingcloud_signer.parse_time_stamp(params["time_stamp"]).timestamp()
        except ValueError:
            return fail(400, "invalid_time_stamp", "time_stamp must be like 2021-10-15T06:44:58Z.")
        if abs(sent - self.now()) > keys.TIME_WINDOW_SECONDS:
            return fail(400, "expired_time_stamp", "time_stamp is more than 15 minutes away from the server time.")
        if params["signature_method"] != qingcloud_signer.SIGNATURE_METHOD or params["signature_version"] != "1":
            return fail(400, "invalid_signature_method", "signature_method must be HmacSHA256 and signature_version 1.")
        signed_body = body if method in ("POST", "PATCH", "PUT") else None
        if not qingcloud_signer.verify(method=method, path=path, params=params, body=signed_body, secret_access_key=secret):
            return fail(401, "signature_not_match", "The signature does not match the request.")

        if method == "GET":
            payload: Any = {k: _number(v) if k in NUMBERS else v for k, v in params.items() if k not in COMMON}
        else:
            try:
                payload = parse_json(body or b"null")
            except BodyUnreadable as exc:
                return fail(400, "invalid_body", f"The request body cannot be read: {exc}.")
        checker = {"POST": model.check_start, "PATCH": model.check_stop, "GET": model.check_query}.get(method)
        if checker is None:
            return fail(405, "method_not_allowed", f"{method} is not offered on {PATH}.")
        for p in checker(payload):
            if p.is_error:
                return fail(400, "invalid_parameter", p.line())
        with self._lock:
            return {"POST": self._start, "PATCH": self._stop, "GET": self._query}[method](payload)

    def _running(self, app_id: str, project_id: str | None, channel: str) -> Recording | None:
        for rec in self.recordings:
            if rec.app_id == app_id and rec.channel == channel and rec.status == 2 and project_id in (None, rec.project_id):
                return rec
        return None

    def _start(self, body: dict):
        if self._running(body["app_id"], body["project_id"], body["channel"]) is not None:
            return 400, {"code": "recording_exists", "message": f"Channel {body['channel']} is already being recorded."}
        if sum(1 for r in self.recordings if r.status == 2) >= MAX_RECORDING:
            return 400, {"code": "too_many_recordings", "message": f"{MAX_RECORDING} recordings already run; stop one first."}
        now = self.now()
        rec = Recording(self._next_id, body["app_id"], body["project_id"], body["channel"],
                        int(body.get("is_mixing_enabled", 0) or 0), now, now)
        self._next_id += 1
        self.recordings.append(rec)
        return 200, {"code": "success", "task_id": rec.id}

    def _stop(self, body: dict):
        rec = self._running(body["app_id"], body["project_id"], body["channel"])
        if rec is None:
            return 404, {"code": "recording_not_found", "message": f"No recording runs in channel {body['channel']}."}
        rec.status = 10  # Stopped
        rec.updated = self.now()
        self._stopped.append(rec)
        while len(self._stopped) > MAX_STOPPED:  # bounded memory: the oldest stopped go first
            self.recordings.remove(self._stopped.popleft())
        return 200, {"code": "success", "data": "success"}

    def _query(self, params: dict):
        app_id, channel = params.get("app_id"), params.get("channel")
        offset = int(params.get("offset", 0) or 0)
        limit = int(params.get("limit", 20) or 20)
        found = [r for r in self.recordings if r.app_id == app_id and r.channel == channel]
        page = found[offset: offset + limit]
        return 200, {"code": "success", "offset": offset, "limit": limit, "total_count": len(found),
                     "recinfos": [self._recinfo(r) for r in page]}

    def _recinfo(self, r: Recording) -> dict:
        stamp = lambda t: _dt.datetime.fromtimestamp(t, _dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")  # noqa: E731
        path = f"{r.app_id}/{r.channel}/{r.id}"
        return {
            "id": r.id, "project_id": r.project_id, "app_id": r.app_id, "channel": r.channel,
            "pid": 10000 + r.id, "host": "sandbox", "status": r.status,
            "size": 0 if r.status == 2 else int((r.updated - r.created) * 1000) * 128 + 1,
            "is_mix": r.is_mix, "url_prefix": "http://127.0.0.1/sandbox-bucket/",
            "files": "" if r.status == 2 else f"{path}/{r.channel}.mp4",
            "acc_key_id": "", "rec_bucket": "sandbox-bucket", "rec_zone": "sandbox",
            "rec_path": path, "created": stamp(r.created), "updated": stamp(r.updated),
        }


def _number(text: str) -> Any:
    try:
        return int(text)
    except ValueError:
        return text  # the model's rules name the field
