"""The session's driver for Volcengine (and BytePlus, which speaks the same API)."""

from __future__ import annotations

from typing import Any

from mixframe.drivers import late
from mixframe.model.problems import QT_TRANSLATE_NOOP
from mixframe.model.volcengine_api import LAYOUT_MODE_CUSTOM, RecordMode, is_s3_storage
from mixframe.session import RecordedFile, TaskRef, TaskStatus, said

# The sandbox's stand-in S3 keys: they open nothing, so they are not secrets to mask.
SANDBOX_S3_KEYS = {"AccessKey": "sandbox", "SecretKey": "sandbox"}


def volc_status(task: Any) -> TaskStatus:
    """GetRecordTask's RecordTask (mixframe.model.volcengine.RecordTask) as a TaskStatus."""
    files = tuple(RecordedFile(f.object_key, f.duration, f.size, f.vid) for f in task.record_file_list)
    return TaskStatus(code=task.status, name=task.status_name, running=task.status == 2,
                      ended=task.status in (3, 4), failed=task.status == 4, stop_reason=task.stop_reason,
                      started_ms=task.start_time, ended_ms=task.end_time, files=files)


class VolcengineDriver:
    family = "volcengine"

    def why_not_updatable(self, task: TaskRef):
        """None when UpdateRecord can change the task's layout, else the sentence saying why not."""
        if task.record_mode not in (None, RecordMode.MIXED):
            return said(QT_TRANSLATE_NOOP("Session", "Only a mixed recording (RecordMode 0) takes layout updates; "
                                                     "this one records single streams."))
        if task.layout_mode not in (None, LAYOUT_MODE_CUSTOM):
            return said(QT_TRANSLATE_NOOP("Session", "Only a custom layout (LayoutMode 2) takes layout updates while "
                                                     "recording; this task started with an automatic layout."))
        return None

    def credentials(self, profile, *, env=None, backend=None):
        return late.credentials.volc_credentials(profile, env=env, backend=backend)

    def secrets_of(self, found) -> tuple[str, ...]:
        return found.secret_key, found.session_token

    def client(self, url: str, region: str, found, **timing):
        return late.volc_client.VolcClient(late.volc_client.Endpoint(url, region), found, region=region, **timing)

    def fill_secrets(self, session, out: dict) -> None:
        """The profile's S3 keys into an S3-compatible CustomConfig that lacks them."""
        storage = out.get("StorageConfig")
        if is_s3_storage(storage):
            custom = storage["CustomConfig"]
            if session.profile is not None and not (custom.get("AccessKey") and custom.get("SecretKey")):
                kept = (dict(SANDBOX_S3_KEYS) if session.is_sandbox
                        else late.credentials.storage_secrets(session.profile, backend=session.backend))
                if not session.is_sandbox:
                    session.remember(*kept.values())
                for k, v in kept.items():
                    if not custom.get(k):
                        custom[k] = v

    def lacking(self, session, request: dict):
        """The exception for an account secret a start cannot go without (None: none lacks)."""
        return None

    def planned_task(self, body: dict) -> TaskRef:
        """The task `body` starts, as known before it is sent (the journal's row)."""
        layout = body.get("Layout") if isinstance(body.get("Layout"), dict) else {}
        return TaskRef(self.family, body["AppId"], body["RoomId"], body["TaskId"],
                       canvas=late.volcengine.start_canvas(body),
                       record_mode=body.get("RecordMode", RecordMode.MIXED), layout_mode=layout.get("LayoutMode", 0))

    def start(self, connect, body: dict) -> tuple[TaskRef, str, dict]:
        answer = connect().start_record(body, checked=True)  # the session's prepare_start checked it
        return self.planned_task(body), answer.request_id, answer.raw

    def update(self, connect, body: dict) -> tuple[str, dict]:
        answer = connect().update_record(body)
        return answer.request_id, answer.raw

    def stop(self, connect, task: TaskRef) -> tuple[str, dict]:
        answer = connect().stop_record(task.ids)
        return answer.request_id, answer.raw

    def status(self, connect, task: TaskRef) -> tuple[TaskStatus | None, tuple, str, dict]:
        answer = connect().get_record_task(task.ids)
        found = answer.record_task
        return (volc_status(found) if found is not None else None), (), answer.request_id, answer.raw


DRIVER = VolcengineDriver()
