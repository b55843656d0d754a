"""The recording's named operations, in the shape of Anki's ``aqt.operations``: an operation is
what runs on the worker (calling it) plus what the face does with its result or its failure
(`success`, `failure`, given by the face). The window hands one to `ui.operations.BackgroundOp`;
nothing here knows Qt.

`StartRecording` sends a start checked once: the window's verdict (`ui/verdict.send_verdict`) has
checked its body with the toolbar's ids and the account's secrets stood in by the mask; on the
worker the session puts the account's secrets in (`prepare_checked`, no second check) and sends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class CheckedStart:
    """A start body checked once by its caller: ids in, the account's secrets stood in by the mask."""

    vendor: str
    body: dict
    warnings: tuple = ()


class Operation:
    """One named piece of blocking work and what its face does after it."""

    name = "operation"

    def __init__(self, success: Callable[[Any], None] | None = None,
                 failure: Callable[[BaseException], None] | None = None):
        self.success, self.failure = success, failure

    def __call__(self) -> Any:  # the worker
        raise NotImplementedError


class StartRecording(Operation):
    """Record: the checked body, the account's secrets filled in, sent as it is (StartRecord; QingCloud start)."""

    name = "start"

    def __init__(self, session, checked: CheckedStart, **faces):
        super().__init__(**faces)
        self.session, self.checked = session, checked

    def __call__(self):
        checked = self.checked
        prepared = self.session.prepare_checked(checked.body, checked.vendor, checked.warnings)
        return self.session.start(prepared=prepared)


@dataclass(frozen=True)
class Stopped:
    """What a stop learnt: the stop's own answer, the task's last status (None when the service
    could not say yet) and, then, why not."""

    stopped: Any  # CallResult
    status: Any = None  # CallResult | None
    status_error: BaseException | None = None


class StopRecording(Operation):
    """Stop: StopRecord (QingCloud stop), then one GetRecordTask for the files. A stop that
    succeeded stays a success when only the file list cannot be read yet."""

    name = "stop"

    def __init__(self, session, task, *, close_session: bool = False, **faces):
        super().__init__(**faces)
        self.session, self.task, self.close_session = session, task, close_session

    def __call__(self) -> Stopped:
        from mixframe.api.errors import ApiError

        try:
            stopped = self.session.stop(self.task)
            try:
                return Stopped(stopped, self.session.status(self.task))
            except ApiError as exc:  # stopped; only the file list is not known yet
                return Stopped(stopped, None, exc)
        finally:
            if self.close_session:  # a session made for this stop alone (a journal entry's)
                self.session.close()


class PollRecording(Operation):
    """The running task's state and files (GetRecordTask; QingCloud query)."""

    name = "poll"

    def __init__(self, session, task, **faces):
        super().__init__(**faces)
        self.session, self.task = session, task

    def __call__(self):
        return self.session.status(self.task)


class UpdateRecording(Operation):
    """A live layout change (UpdateRecord): `body` as the live-update machine chose it."""

    name = "update"

    def __init__(self, session, task, body: dict, **faces):
        super().__init__(**faces)
        self.session, self.task, self.body = session, task, body

    def __call__(self):
        return self.session.update(self.body, self.task)
