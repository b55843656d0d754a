"""The Volcengine RTC recording service, emulated: the gateway (signature, token, rate limit), the model's rules, task state.

Answers are (HTTP status, JSON dict) in the service's own shape.
"""

from __future__ import annotations

import collections
import copy
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Collection, Mapping

from mixframe.api import volc_signer
from mixframe.api.ratelimit import DEFAULT_RATE
from mixframe.model import filenames
from mixframe.model import sandbox_keys as keys
from mixframe.model import volcengine as model
from mixframe.model.problems import Problem
from mixframe.model.volcengine_api import (API_VERSION, LAYOUT_MODE_CUSTOM, STORAGE_CONFIG_KEYS, RecordMode, StorageType,
                                           storage_config_key)
from mixframe.sandbox.wire import BodyUnreadable, parse_json

SERVICE = "rtc"
ALREADY_STARTED = "The task has been started. Please do not call the startup task interface repeatedly"
ACTIONS = {"StartRecord": "POST", "UpdateRecord": "POST", "StopRecord": "POST", "GetRecordTask": "GET"}

QPS_OVER_LIMIT = "FlowLimitExceeded.QPSOverLimit"
TASK_NUMBER_OVER_LIMIT = "FlowLimitExceeded.TaskNumberOverLimit"
TASK_NOT_FOUND = "InvalidParameter.ErrorActiveTaskNotFound"

# Codes with their documented CodeN and HTTP status. None where the vendor documents no CodeN:
# the sandbox does not invent one.
CODES: dict[str, tuple[int | None, int]] = {
    "MissingParameter": (100002, 400),
    "MissingAuthenticationToken": (100003, 401),
    "MissingRequestInfo": (100004, 400),
    "MissingSignature": (100005, 401),
    "InvalidTimestamp": (100006, 400),
    "ServiceNotFound": (100007, 404),
    "InvalidActionOrVersion": (100008, 404),
    "InvalidAccessKey": (100009, 401),
    "SignatureDoesNotMatch": (100010, 401),
    "LackPolicy": (100012, 403),
    "AccessDenied": (100013, 403),
    "InternalError": (100014, 500),
    "InvalidSecretToken": (None, 401),
    QPS_OVER_LIMIT: (None, 429),
    # The sandbox's choice: a state of the account, not of the request rate, so not 429 (which
    # clients rightly retry); stopping a task is what helps.
    TASK_NUMBER_OVER_LIMIT: (None, 400),
}
INVALID_PARAMETER_CODE_N = 10001  # every InvalidParameter[.Sub] code, as in the spec's response example

ID_FIELDS = ("AppId", "BusinessId", "RoomId", "TaskId")
_ACCOUNT_ID_PATH = re.compile(r"StorageConfig\.(TosConfig|VodConfig)\.(User)?AccountId")

GET_RETENTION_MS = 72 * 3600 * 1000  # GetRecordTask finds tasks started in the last 72 hours
MAX_RUNNING_TASKS = 100  # per account; the vendor's own number is not published
MAX_ENDED_TASKS = 1000  # ended tasks kept for GetRecordTask, newest first, besides the 72 h


def request_id() -> str:
    return time.strftime("%Y%m%d%H%M%S", time.gmtime()) + uuid.uuid4().hex[:18].upper()


def response_meta(query: Mapping[str, str], headers: Mapping[str, str]) -> dict:
    """ResponseMetadata as the gateway fills it: Action and Version echoed, Region from the credential scope."""
    region = keys.VOLC_REGION
    auth_value = next((v for k, v in headers.items() if k.lower() == "authorization"), "")
    auth = volc_signer.parse_authorization(auth_value) if auth_value else None
    if auth is not None:
        region = auth.region
    return {"RequestId": request_id(), "Action": query.get("Action", ""), "Version": query.get("Version", ""),
            "Service": SERVICE, "Region": region}


def error_answer(meta: dict, code: str, message: str) -> tuple[int, dict]:
    if code.startswith("InvalidParameter"):
        code_n, status = INVALID_PARAMETER_CODE_N, 400
    else:
        code_n, status = CODES.get(code, (None, 400))
    error: dict[str, Any] = {"Code": code}
    if code_n is not None:
        error["CodeN"] = code_n
    error["Message"] = message
    return status, {"ResponseMetadata": {**meta, "Error": error}}


class FlowLimit:
    """The gateway's request rate per API and account: a bucket of `qps` requests that refills at
    `qps` per second, so a steady client gets `qps` a second and an idle one a burst of `qps`.

    Keys are (Action, AccessKey) of authenticated calls only, so there are few of them.
    """

    def __init__(self, qps: float = DEFAULT_RATE, clock: Callable[[], float] = time.monotonic):
        self.qps = qps
        self.clock = clock
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}  # key -> (tokens, stamp)
        self._lock = threading.Lock()

    def admit(self, key: tuple[str, str]) -> bool:
        with self._lock:
            now = self.clock()
            tokens, stamp = self._buckets.get(key, (self.qps, now))
            tokens = min(self.qps, tokens + max(0.0, now - stamp) * self.qps)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                return False
            self._buckets[key] = (tokens - 1.0, now)
            return True


@dataclass
class Task:
    app_id: str
    room_id: str
    task_id: str
    body: dict
    start_time: int
    account: str = ""  # the AccessKey that started it
    status: int = 2
    end_time: int = 0
    stop_reason: str = ""
    files: list[dict] = field(default_factory=list)
    updates: int = 0

    @property
    def running(self) -> bool:
        return self.status == 2


class VolcengineService:
    """One account's view of the service.

    `app_ids`: the AppIds the account owns (None: any well-formed AppId, the sandbox's default);
    `account_id`: its main account, which a TOS/VOD AccountId must name (None: any);
    `qps_limit`: requests per second per API (None: no limit, for load tests); `clock` drives it.
    """

    path = "/"  # where the sandbox routes Volcengine's calls (told apart by ?Action=)

    def __init__(
        self,
        credentials: Mapping[str, str] | None = None,
        *,
        now_ms: Callable[[], int] = lambda: int(time.time() * 1000),
        random: Callable[[], str] = filenames.random_suffix,
        session_tokens: Collection[str] = (keys.VOLC_SESSION_TOKEN,),
        app_ids: Collection[str] | None = None,
        account_id: str | None = None,
        qps_limit: float | None = DEFAULT_RATE,
        clock: Callable[[], float] = time.monotonic,
        max_running_tasks: int = MAX_RUNNING_TASKS,
        max_ended_tasks: int = MAX_ENDED_TASKS,
    ):
        self.credentials = dict(credentials or {keys.VOLC_ACCESS_KEY: keys.VOLC_SECRET_KEY})
        self.now_ms = now_ms
        self.random = random
        self.session_tokens = frozenset(session_tokens)
        self.app_ids = frozenset(app_ids) if app_ids is not None else None
        self.account_id = account_id
        self.flow_limit = FlowLimit(qps_limit, clock) if qps_limit else None
        self.max_running_tasks = max_running_tasks
        self.max_ended_tasks = max_ended_tasks
        self.tasks: dict[tuple[str, str, str], Task] = {}
        self._ended: collections.deque[tuple[str, str, str]] = collections.deque()  # oldest first
        self._running: collections.Counter[str] = collections.Counter()  # per account
        self._lock = threading.Lock()

    # -- the gateway --------------------------------------------------------------------------

    def action(self, method: str, query: list[tuple[str, str]]) -> str:
        """What the request log calls this request: its ?Action=."""
        return dict(query).get("Action", "")[:128]

    def handle(self, method: str, path: str, query: list[tuple[str, str]], headers: Mapping[str, str], body: bytes):
        params = dict(query)
        action = params.get("Action", "")
        meta = response_meta(params, headers)

        def fail(code: str, message: str):
            return error_answer(meta, code, message)

        lower = {k.lower(): v for k, v in headers.items()}
        auth_value = lower.get("authorization", "")
        if not auth_value:
            return fail("MissingAuthenticationToken", "The request carries no Authorization header.")
        auth = volc_signer.parse_authorization(auth_value)
        if auth is None:
            return fail("MissingSignature", "The Authorization header is not HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=….")
        if auth.service != SERVICE:  # the gateway routes by the credential scope's service before it looks at the key
            return fail("ServiceNotFound", f"The service {auth.service[:64]!r} named in the credential scope does not exist; it is {SERVICE!r}.")
        secret = self.credentials.get(auth.access_key)
        if secret is None:
            return fail("InvalidAccessKey", f"The AccessKey {auth.access_key} does not exist.")
        if "x-security-token" in lower and lower["x-security-token"] not in self.session_tokens:
            return fail("InvalidSecretToken", "The X-Security-Token is not valid for this AccessKey, or has expired.")
        x_date = lower.get("x-date", "")
        try:
            sent = volc_signer.parse_x_date(x_date).timestamp()
        except ValueError:
            return fail("MissingRequestInfo", "X-Date is missing or not YYYYMMDDTHHMMSSZ.")
        if abs(sent - self.now_ms() / 1000) > keys.TIME_WINDOW_SECONDS:
            return fail("InvalidTimestamp", f"X-Date {x_date} is more than 15 minutes away from the server time.")
        # The vendor's documented minimum is host;x-date; whatever else the request lists is checked as listed.
        if not {"host", "x-date"} <= set(auth.signed_headers) or auth.date != x_date[:8]:
            return fail("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.")
        if not volc_signer.verify(method=method, path=path, query=query, headers=_as_signed(headers), body=body,
                                  auth=auth, secret_key=secret):
            return fail("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.")
        if not action or not params.get("Version"):
            return fail("MissingParameter", "Action and Version are required query parameters.")
        if action not in ACTIONS or params["Version"] != API_VERSION or ACTIONS[action] != method:
            return fail("InvalidActionOrVersion", f"{method} {action} version {params['Version']} is not offered.")
        if self.flow_limit is not None and not self.flow_limit.admit((action, auth.access_key)):
            return fail(QPS_OVER_LIMIT, f"More than {self.flow_limit.qps:g} {action} requests per second from this account.")

        if method == "GET":
            payload: Any = {k: v for k, v in params.items() if k not in ("Action", "Version")}
        else:
            if not body.strip():
                return fail("InvalidParameter.BodyIsEmpty", "The request body is empty.")
            try:
                payload = parse_json(body)
            except BodyUnreadable as exc:
                return fail("InvalidParameter.Unmarshal", f"The request body cannot be read: {exc}.")
        refusal = self._refusal(action, payload)
        if refusal is not None:
            return fail(*refusal)
        with self._lock:
            outcome = getattr(self, "_" + action)(payload, auth.access_key)
        if isinstance(outcome, tuple):
            return fail(*outcome)
        return 200, {"ResponseMetadata": meta, "Result": outcome}

    def _refusal(self, action: str, payload: Any) -> tuple[str, str] | None:
        """The first rule the request breaks, as (Code, Message), in the order the service meets them:
        the ids, the app, the task an update names, then the rest of the body."""
        checker = {"StartRecord": model.check_start, "UpdateRecord": model.check_update,
                   "StopRecord": model.check_stop, "GetRecordTask": model.check_get}[action]
        problems = [p for p in checker(payload) if p.is_error]
        for p in problems:
            if p.path in ID_FIELDS or not p.path:
                return _coded(p, payload)
        if self.app_ids is not None and payload["AppId"] not in self.app_ids:
            return ("InvalidParameter.NotExistAppId", f"AppId {payload['AppId']} does not exist in this account.")
        if action == "UpdateRecord":
            with self._lock:
                task = self.tasks.get(self._key(payload))
                start_body = task.body if task is not None and task.running else None
            if start_body is None:
                return _not_found(payload)
            # The task's mode comes before its canvas: Regions sent to a task that has none are
            # refused for that, not for not fitting a canvas the task never had.
            if start_body.get("RecordMode", RecordMode.MIXED) != RecordMode.MIXED or (start_body.get("Layout") or {}).get("LayoutMode", 0) != LAYOUT_MODE_CUSTOM:
                return ("InvalidParameter", "Only a task started with RecordMode 0 and Layout.LayoutMode 2 can be updated.")
            problems = [p for p in model.check_update(payload, task_canvas=model.start_canvas(start_body)) if p.is_error]
        if problems:
            return _coded(problems[0], payload)
        if action == "StartRecord" and self.account_id is not None:
            storage = payload.get("StorageConfig") or {}
            key = storage_config_key(storage)
            config = storage.get(key) if key is not None and key != STORAGE_CONFIG_KEYS[StorageType.S3] else None
            if isinstance(config, dict):
                account = config.get("AccountId", config.get("UserAccountId"))
                if str(account) != self.account_id:
                    return ("InvalidParameter.AccountIdMismatch",
                            f"The storage AccountId {account} is not the main account of this AccessKey.")
        return None

    # -- the actions (called under the lock) --------------------------------------------------

    def _key(self, body: dict) -> tuple[str, str, str]:
        return body["AppId"], body["RoomId"], body["TaskId"]

    def _StartRecord(self, body: dict, account: str):
        self._forget_old()
        key = self._key(body)
        task = self.tasks.get(key)
        if task is not None:
            if task.running:  # the spec: starting a running TaskId again does not fail
                return ALREADY_STARTED
            # The TaskId names a task that already ran here: it cannot run twice, and "already
            # started" would hide that its recording has ended. This is where TaskAlreadyExists arises.
            return ("InvalidParameter.TaskAlreadyExists", f"The task {key[2]} already ran in room {key[1]}; use a new TaskId.")
        if self._running[account] >= self.max_running_tasks:
            return (TASK_NUMBER_OVER_LIMIT, f"The account already runs {self.max_running_tasks} recording tasks; stop one first.")
        self.tasks[key] = Task(*key, body=copy.deepcopy(body), start_time=self.now_ms(), account=account)
        self._running[account] += 1
        return "ok"

    def _UpdateRecord(self, body: dict, account: str):
        task = self.tasks.get(self._key(body))
        if task is None or not task.running:
            return _not_found(body)
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

    def _StopRecord(self, body: dict, account: str):
        key = self._key(body)
        task = self.tasks.get(key)
        if task is None or not task.running:
            return _not_found(body)
        task.end_time = max(self.now_ms(), task.start_time + 1)
        task.status = 3
        task.stop_reason = "StopByAPI"
        task.files = self._files(task)
        task.body = {}  # an ended task answers only GetRecordTask, which needs none of it
        self._running[task.account] -= 1
        if self._running[task.account] <= 0:
            del self._running[task.account]
        self._ended.append(key)
        self._forget_old()
        return "ok"

    def _GetRecordTask(self, query: dict, account: str):
        self._forget_old()
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

    def _forget_old(self) -> None:
        """Ended tasks leave after 72 hours (GetRecordTask no longer finds them) or, past
        max_ended_tasks, oldest first: what a user can query stays, memory stays bounded."""
        horizon = self.now_ms() - GET_RETENTION_MS
        while self._ended:
            key = self._ended[0]
            task = self.tasks.get(key)
            if task is not None and len(self._ended) <= self.max_ended_tasks and task.start_time >= horizon:
                break
            self._ended.popleft()
            if task is not None and not task.running:
                del self.tasks[key]

    def _files(self, task: Task) -> list[dict]:
        b = task.body
        formats = (b.get("FileFormatConfig") or {}).get("FileFormat") or ["HLS"]
        name_cfg = b.get("FileNameConfig") or {}
        storage = b.get("StorageConfig") or {}
        encode = b.get("Encode") or {}
        layout = b.get("Layout") or {}
        streams = ((b.get("TargetStreams") or {}).get("StreamList")) or []
        duration_ms = task.end_time - task.start_time
        if layout.get("LayoutMode", 0) == LAYOUT_MODE_CUSTOM:
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
    return (TASK_NOT_FOUND, f"No active task {body.get('TaskId')} in room {body.get('RoomId')} of app {body.get('AppId')}.")


def _coded(problem: Problem, payload: Any) -> tuple[str, str]:
    """The vendor's sub-code for a broken rule, where its table names one."""
    if problem.path == "AppId":
        return "InvalidParameter.IllegalAppId", problem.line()
    if problem.path == "RoomId":
        return "InvalidParameter.IllegalRoomID", problem.line()
    if _ACCOUNT_ID_PATH.fullmatch(problem.path):
        value = _at(payload, problem.path.split("."))
        if value is None or value == "":
            return "InvalidParameter.EmptyAccountId", problem.line()
    return "InvalidParameter", problem.line()


def _at(node: Any, keys: list[str]) -> Any:
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def _as_signed(headers: Mapping[str, str]) -> dict[str, str]:
    """The headers as the client signed them: signing rule 3 drops a :80 or :443 from Host,
    which some clients (the vendor's SDK among them) still send."""
    out = {}
    for name, value in headers.items():
        if name.lower() == "host":
            host, sep, port = value.rpartition(":")
            if sep and port in ("80", "443") and (host.endswith("]") or ":" not in host):
                value = host
        out[name] = value
    return out
