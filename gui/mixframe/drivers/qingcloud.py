"""The session's driver for QingCloud RTC."""

from __future__ import annotations

from typing import Any

from mixframe.drivers import late
from mixframe.model.problems import QT_TRANSLATE_NOOP
from mixframe.session import RecordedFile, SessionError, TaskRef, TaskStatus, said


def _whole(value: Any, unknown: int | None = None) -> int | None:
    """A whole number the service gave, else `unknown` (None: it did not say)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else unknown


def qingcloud_statuses(recinfos: list) -> tuple[TaskStatus, ...]:
    """QingCloud's query answer as TaskStatuses, one per recording of the channel."""
    FAILED_STATUSES = late.qingcloud.FAILED_STATUSES
    out = []
    for rec in recinfos:
        files = []
        listed = rec.files if isinstance(rec.files, list) else [rec.files] if isinstance(rec.files, str) and rec.files else []
        # QingCloud gives the recording's size, not each file's, and no duration: a lone file has
        # the recording's size; what is not said stays unknown (None), never a made-up 0.
        whole_size = _whole(rec.size) if len(listed) == 1 else None
        for f in listed:
            if isinstance(f, str):
                files.append(RecordedFile(f, None, whole_size))
            elif isinstance(f, dict):
                files.append(RecordedFile(str(f.get("name") or f.get("key") or f.get("path") or ""),
                                          _whole(f.get("duration")), _whole(f.get("size"), whole_size)))
        code = rec.status
        out.append(TaskStatus(code=code, name=rec.status_name, running=code in (1, 2),
                              ended=code in (3, 7, 9, 10) or code in FAILED_STATUSES or code >= 30,
                              failed=code in FAILED_STATUSES, files=tuple(files),
                              task_id="" if rec.id is None else str(rec.id)))
    return tuple(out)


class QingCloudDriver:
    family = "qingcloud"

    def why_not_updatable(self, task: TaskRef):
        return said(QT_TRANSLATE_NOOP("Session", "QingCloud recordings have no update call: their layout is a "
                                                 "fixed server-side mode."))

    def credentials(self, profile, *, env=None, backend=None):
        return late.credentials.qingcloud_credentials(profile, env=env, backend=backend)

    def secrets_of(self, found) -> tuple[str, ...]:
        return (found.secret_access_key,)

    def client(self, url: str, region: str, found, **timing):
        return late.qingcloud_client.QingCloudClient(url, found, **timing)

    def fill_secrets(self, session, out: dict) -> None:
        """The project's sign_key, which a preset never holds: the profile's keyring, else QY_SIGN_KEY."""
        if not out.get("sign_key"):
            key = late.credentials.qingcloud_sign_key(session.profile, env=session.env, backend=session.backend)
            if key:
                out["sign_key"] = key
                if not session.is_sandbox:  # the sandbox's stand-in opens nothing
                    session.remember(key)

    def lacking(self, session, request: dict):
        """The exception for an account secret a start cannot go without (None: none lacks)."""
        return None if request.get("sign_key") else late.credentials.sign_key_missing(session.profile)

    def planned_task(self, body: dict) -> TaskRef:
        """The task `body` starts, as known before it is sent: QingCloud numbers it in its answer."""
        return TaskRef(self.family, body["app_id"], body["channel"], project_id=body.get("project_id", ""),
                       layout_mode=body.get("layout_mode"))

    def start(self, connect, body: dict) -> tuple[TaskRef, str, dict]:
        answer = connect().start(body, checked=True)  # the session's prepare_start checked it
        task_no = answer.answer.task_id
        task = TaskRef(self.family, body["app_id"], body["channel"], "" if task_no is None else str(task_no),
                       project_id=body.get("project_id", ""), layout_mode=body.get("layout_mode"))
        return task, "", answer.raw

    def stop(self, connect, task: TaskRef) -> tuple[str, dict]:
        if not task.project_id:
            raise SessionError.saying(said(QT_TRANSLATE_NOOP("Session", "Stopping a QingCloud recording needs "
                                                                        "its project_id.")))
        answer = connect().stop({**task.ids, "project_id": task.project_id})
        return "", answer.raw

    def status(self, connect, task: TaskRef) -> tuple[TaskStatus | None, tuple, str, dict]:
        answer = connect().query(task.ids)
        every = qingcloud_statuses(answer.answer.recinfos)
        status = next((s for s in every if task.task_id and s.task_id == task.task_id), None) or (
            every[-1] if every else None)
        return status, every, "", answer.raw


DRIVER = QingCloudDriver()
