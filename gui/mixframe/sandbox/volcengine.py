"""The Volcengine RTC recording service, emulated: signature checks, the model's rules, task state.

Answers are (HTTP status, JSON dict) in the service's own shape.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from mixframe.api import volc_signer
from mixframe.model import filenames
from mixframe.model import sandbox_keys as keys

API_VERSION = "2023-11-01"
ALREADY_STARTED = "The task has been started. Please do not call the startup task interface repeatedly"
ACTIONS = {"StartRecord": "POST", "UpdateRecord": "POST", "StopRecord": "POST", "GetRecordTask": "GET"}

# Gateway codes with their documented CodeN and HTTP status.
GATEWAY = {
    "MissingParameter": (100002, 400),
    "MissingAuthenticationToken": (100003, 401),
    "MissingRequestInfo": (100004, 400),
    "MissingSignature": (100005, 401),
    "InvalidTimestamp": (100006, 400),
    "ServiceNotFound": (100007, 404),
    "InvalidActionOrVersion": (100008, 404),
    "InvalidAccessKey": (100009, 401),
    "SignatureDoesNotMatch": (100010, 401),
}
INVALID_PARAMETER_CODE_N = 10001  # as in the spec's response example


@dataclass
class Task:
    app_id: str
    room_id: str
    task_id: str
    body: dict
    start_time: int
    status: int = 2
    end_time: int = 0
    stop_reason: str = ""
    files: list[dict] = field(default_factory=list)
    updates: int = 0

    @property
    def running(self) -> bool:
        return self.status == 2


class VolcengineService:
    def __init__(
        self,
        credentials: Mapping[str, str] | None = None,
        *,
        now_ms: Callable[[], int] = lambda: int(time.time() * 1000),
        random: Callable[[], str] = filenames.random_suffix,
    ):
        self.credentials = dict(credentials or {keys.VOLC_ACCESS_KEY: keys.VOLC_SECRET_KEY})
        self.now_ms = now_ms
        self.random = random
        self.tasks: dict[tuple[str, str, str], Task] = {}
        self._lock = threading.Lock()

    # -- the gateway --------------------------------------------------------------------------

    def handle(self, method: str, path: str, query: list[tuple[str, str]], headers: Mapping[str, str], body: bytes):
        params = dict(query)
        action = params.get("Action", "")
        region = keys.VOLC_REGION
        meta = {"RequestId": _request_id(), "Action": action, "Version": params.get("Version", ""),
                "Service": "rtc", "Region": region}

        def fail(code: str, message: str, status: int | None = None, code_n: int | None = None):
            if code in GATEWAY:
                code_n, status = GATEWAY[code]
            elif code.startswith("InvalidParameter"):
                code_n = code_n or INVALID_PARAMETER_CODE_N
            error = {"Code": code, "Message": message}
            if code_n is not None:
                error["CodeN"] = code_n
            return status or 400, {"ResponseMetadata": {**meta, "Error": error}}

        lower = {k.lower(): v for k, v in headers.items()}
        auth_value = lower.get("authorization", "")
        if not auth_value:
            return fail("MissingAuthenticationToken", "The request carries no Authorization header.")
        auth = volc_signer.parse_authorization(auth_value)
        if auth is None:
            return fail("MissingSignature", "The Authorization header is not HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=….")
        meta["Region"] = auth.region
        secret = self.credentials.get(auth.access_key)
        if secret is None:
            return fail("InvalidAccessKey", f"The AccessKey {auth.access_key} does not exist.")
        x_date = lower.get("x-date", "")
        try:
            sent = volc_signer.parse_x_date(x_date).timestamp()
        except ValueError:
            return fail("MissingRequestInfo", "X-Date is missing or not YYYYMMDDTHHMMSSZ.")
        if abs(sent - self.now_ms() / 1000) > keys.TIME_WINDOW_SECONDS:
            return fail("InvalidTimestamp", f"X-Date {x_date} is more than 15 minutes away from the server time.")
        must_sign = {"host", "x-date", "x-content-sha256"} | ({"x-security-token"} if "x-security-token" in lower else set())
        if not must_sign <= set(auth.signed_headers) or auth.date != x_date[:8] or auth.service != "rtc":
            return fail("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.")
        if not volc_signer.verify(method=method, path=path, query=query, headers=headers, body=body,
                                  auth=auth, secret_key=secret):
            return fail("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.")
        if not action or not params.get("Version"):
            return fail("MissingParameter", "Action and Version are required query parameters.")
        if action not in ACTIONS or params["Version"] != API_VERSION or ACTIONS[action] != method:
            return fail("InvalidActionOrVersion", f"{method} {action} version {params['Version']} is not offered.")

        if method == "GET":
            payload: Any = {k: v for k, v in params.items() if k not in ("Action", "Version")}
        else:
            if not body.strip():
                return fail("InvalidParameter.BodyIsEmpty", "The request body is empty.")
            try:
                payload = json.loads(body)
            except ValueError:
                return fail("InvalidParameter.Unmarshal", "The request body is not JSON.")
        problem = _first_error(action, payload, self._task_canvas(action, payload))
        if problem is not None:
            return fail("InvalidParameter", problem)
        with self._lock:
            outcome = getattr(self, "_" + action)(payload)
        if isinstance(outcome, tuple):
            return fail(*outcome)
        return 200, {"ResponseMetadata": meta, "Result": outcome}

    # -- the actions --------------------------------------------------------------------------

    def _key(self, body: dict) -> tuple[str, str, str]:
        return body["AppId"], body["RoomId"], body["TaskId"]

    def _task_canvas(self, action: str, payload: Any) -> tuple[int, int] | None:
        """An update's Regions are checked against the canvas its task was started with."""
        from mixframe.model.volcengine import start_canvas

        if action != "UpdateRecord" or not isinstance(payload, dict):
            return None
        try:
            task = self.tasks.get(self._key(payload))
        except (KeyError, TypeError):
            return None
        return start_canvas(task.body) if task is not None else None

    def _StartRecord(self, body: dict):
        key = self._key(body)
        task = self.tasks.get(key)
        if task is not None:
            if task.running:
                return ALREADY_STARTED
            return ("InvalidParameter.TaskAlreadyExists", f"The task {key[2]} already ran in room {key[1]}; use a new TaskId.")
        self.tasks[key] = Task(*key, body=json.loads(json.dumps(body)), start_time=self.now_ms())
        return "ok"

    def _UpdateRecord(self, body: dict):
        task = self.tasks.get(self._key(body))
        if task is None or not task.running:
            return _not_found(body)
        layout = task.body.get("Layout") or {}
        if task.body.get("RecordMode", 0) != 0 or layout.get("LayoutMode", 0) != 2:
            return ("InvalidParameter", "Only a task started with RecordMode 0 and Layout.LayoutMode 2 can be updated.")
        if "TargetStreams" in body:
            task.body["TargetStreams"] = body["TargetStreams"]
        new_custom = (body.get("Layout") or {}).get("CustomLayout") or {}
        custom = task.body.setdefault("Layout", {}).setdefault("CustomLayout", {})
        canvas = custom.setdefault("Canvas", {})
        for key in ("Background", "BackgroundImage"):
            if key in (new_custom.get("Canvas") or {}):
                canvas[key] = new_custom["Canvas"][key]
        if "Regions" in new_custom:
            custom["Regions"] = new_custom["Regions"]
        task.updates += 1
        return "ok"

    def _StopRecord(self, body: dict):
        task = self.tasks.get(self._key(body))
        if task is None or not task.running:
            return _not_found(body)
        task.end_time = max(self.now_ms(), task.start_time + 1)
        task.status = 3
        task.stop_reason = "StopByAPI"
        task.files = self._files(task)
        return "ok"

    def _GetRecordTask(self, query: dict):
        task = self.tasks.get(self._key(query))
        if task is None:
            return _not_found(query)
        return {"RecordTask": {
            "StartTime": task.start_time,
            "EndTime": task.end_time,
            "Status": task.status,
            "StopReason": task.stop_reason,
            "RecordFileList": task.files,
        }}

    def _files(self, task: Task) -> list[dict]:
        b = task.body
        formats = (b.get("FileFormatConfig") or {}).get("FileFormat") or ["HLS"]
        name_cfg = b.get("FileNameConfig") or {}
        storage = b.get("StorageConfig") or {}
        encode = b.get("Encode") or {}
        layout = b.get("Layout") or {}
        streams = ((b.get("TargetStreams") or {}).get("StreamList")) or []
        duration_ms = task.end_time - task.start_time
        if layout.get("LayoutMode", 0) == 2:
            canvas = (layout.get("CustomLayout") or {}).get("Canvas") or {}
            width, height = canvas.get("Width", 640), canvas.get("Height", 480)
        else:
            width, height = encode.get("VideoWidth", 640), encode.get("VideoHeight", 480)
        groups: list[list[dict]]
        if b.get("RecordMode", 0) == 1:
            groups = [[s] for s in streams] or [[{"UserId": "user1", "Index": 0, "StreamType": 0}]]
        else:
            groups = [streams]
        out = []
        for group in groups:
            single = group[0] if len(group) == 1 and b.get("RecordMode", 0) == 1 else None
            for fmt in formats:
                audio_only = fmt in ("MP3", "AAC", "M4A")
                out.append({
                    "Vid": ("v0" + self.random() + self.random()) if storage.get("Type", 0) == 1 else "",
                    "ObjectKey": filenames.object_key(
                        storage_type=storage.get("Type", 0),
                        prefix=name_cfg.get("Prefix"),
                        pattern=name_cfg.get("Pattern"),
                        task_id=task.task_id, room_id=task.room_id,
                        user_id=single["UserId"] if single else "",
                        screen=bool(single and single.get("StreamType", 0) == 1),
                        start_time_ms=task.start_time, duration_s=duration_ms // 1000,
                        file_format=fmt, random=self.random,
                    ),
                    "Duration": duration_ms,
                    "Size": max(1, duration_ms) * (16 if audio_only else 128),
                    "StartTime": task.start_time,
                    "StreamList": [{"UserId": s.get("UserId", ""), "Index": s.get("Index", 0), "StreamType": s.get("StreamType", 0)} for s in group],
                    "AudioCodec": "aac",
                    "VideoCodec": "" if audio_only else ("bytevc1" if encode.get("VideoCodec", 0) == 1 else "h264"),
                    "VideoWidth": 0 if audio_only else width,
                    "VideoHeight": 0 if audio_only else height,
                })
        return out


def _not_found(body: dict):
    return ("InvalidParameter.ErrorActiveTaskNotFound",
            f"No active task {body.get('TaskId')} in room {body.get('RoomId')} of app {body.get('AppId')}.")


def _first_error(action: str, payload: Any, task_canvas: tuple[int, int] | None = None) -> str | None:
    from mixframe.model import volcengine as model

    checker = {"StartRecord": model.check_start,
               "UpdateRecord": lambda body: model.check_update(body, task_canvas=task_canvas),
               "StopRecord": model.check_stop, "GetRecordTask": model.check_get}[action]
    for p in checker(payload):
        if p.is_error:
            return p.line()
    return None


def _request_id() -> str:
    return time.strftime("%Y%m%d%H%M%S", time.gmtime()) + uuid.uuid4().hex[:18].upper()
