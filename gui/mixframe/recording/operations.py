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
