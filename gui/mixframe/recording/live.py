"""Live layout updates of a running recording, as a plain state machine (no Qt, no threads).

What goes in: the document changed (its update snapshot), the debounce deadline passed (the
document's body), an UpdateRecord answered or failed. What comes out: a `Step` saying which label
to show, whether to (re)arm the debounce timer, and the one body to send (`Send`), if any.

The rules it keeps: one UpdateRecord in flight at a time; while one flies, only the newest edit
waits; an edit back to the layout the task already has sends nothing; a reply from an earlier
recording (an older generation) changes nothing. The caller owns the timer and the worker.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

UPDATE_DEBOUNCE_MS = 300  # an UpdateRecord goes this long after the last layout edit

# The label's states ("record.applied" in the window).
EDITED = "edited"  # Edited…: an edit waits for the debounce or for the update in flight
APPLYING = "applying"  # Applying…: an UpdateRecord is in flight
APPLIED = "applied"  # the task records what the canvas shows
REFUSED = "refused"  # Not applied: the rules refuse the layout (`reason` the RequestInvalid); nothing sent
FAILED = "failed"  # Not applied: the service refused or never answered (`reason` the exception)
NOT_UPDATABLE = "not-updatable"  # the task takes no updates (`reason` the SessionError): updates stop
OTHER_VENDOR = "other-vendor"  # the document is for another service: the recording keeps its layout


def update_snapshot(body: dict) -> str:
    """What an UpdateRecord would carry of `body` (the streams and the custom layout), comparable."""
    layout = body.get("Layout") if isinstance(body.get("Layout"), dict) else {}
    part = {"TargetStreams": body.get("TargetStreams"), "CustomLayout": layout.get("CustomLayout")}
    return json.dumps(part, sort_keys=True, default=str)


@dataclass(frozen=True)
class Label:
    state: str
    reason: BaseException | None = None

    @property
    def error(self) -> bool:
        return self.state in (REFUSED, FAILED)


@dataclass(frozen=True)
class Send:
    """Send this UpdateRecord body now; answer with `updated`/`failed` and this generation."""

    body: dict
    snapshot: str
    generation: int


@dataclass(frozen=True)
class Step:
    """A decision: the label to show (None: keep it), arm the debounce timer, send a body."""

    label: Label | None = None
    arm: bool = False
    send: Send | None = None
    applied: bool = False  # an UpdateRecord was accepted (the window's updateApplied)


NOTHING = Step()


class LiveUpdates:
    """The live-update state of the one recording a window follows.

    `begin(snapshot, updatable, check)` when a task starts (or is reattached): `snapshot` is what it
    records, `check(body)` raises `RequestInvalid`/`SessionError` when the rules refuse an update
    body (the session's `update_body`). `hold()` while it stops, `resume()` if the stop failed,
    `end()` once it is over.
    """

    def __init__(self, debounce_ms: int = UPDATE_DEBOUNCE_MS):
        self.debounce_ms = debounce_ms
        self.generation = 0
        self.active = False  # a task runs that takes updates from this document
        self.updatable = False
        self.seen = ""  # the newest layout the document showed
        self.applied = ""  # the layout the running task has
        self.pending: dict | None = None  # only the newest body waits while one is in flight
        self.in_flight = 0
        self.armed = False  # the debounce deadline is set and has not passed
        self.deadline: float | None = None
        self._check: Callable[[dict], object] = lambda body: None

    # -- the task's life -----------------------------------------------------------------------
    def begin(self, snapshot: str, updatable: bool, check: Callable[[dict], object] | None = None) -> None:
        self.generation += 1
        self.active, self.updatable = True, updatable
        self.seen = self.applied = snapshot
        self.pending, self.in_flight, self.armed, self.deadline = None, 0, False, None
        self._check = check or (lambda body: None)

    def hold(self) -> None:
        """The task is stopping: nothing more goes out; what waits is dropped."""
        self.active, self.pending, self.armed, self.deadline = False, None, False, None

    def resume(self) -> None:
        """The stop failed: the task runs on and takes updates again."""
        self.active = True

    def end(self) -> None:
        """The task is over: replies still flying belong to an older generation."""
        self.generation += 1
        self.hold()
        self.updatable, self.in_flight = False, 0

    # -- the inputs ----------------------------------------------------------------------------
    def document_changed(self, snapshot: str, same_vendor: bool = True, now: float | None = None) -> Step:
        """The document shows `snapshot` now: (re)arm the debounce when it is new."""
        if not (self.active and self.updatable):
            return NOTHING
        if not same_vendor:
            return Step(Label(OTHER_VENDOR))
        if snapshot == self.seen and not self.armed:
            return NOTHING
        self.seen = snapshot
        self.armed = True
        self.deadline = None if now is None else now + self.debounce_ms / 1000
        return Step(Label(EDITED), arm=True)

    def due(self, now: float) -> bool:
        """Whether the debounce deadline has passed at `now` (for a caller without a timer)."""
        return self.armed and self.deadline is not None and now >= self.deadline

    def timer_fired(self, body: dict) -> Step:
        """The debounce deadline passed; `body` is the document's body now."""
        self.armed, self.deadline = False, None
        if not (self.active and self.updatable):
            return NOTHING
        from mixframe.model.problems import RequestInvalid
        from mixframe.session import SessionError

        snapshot = update_snapshot(body)
        if snapshot == self.applied and not self.in_flight:
            self.pending = None
            return Step(Label(APPLIED))
        try:
            self._check(body)  # the rules, before anything is sent
        except RequestInvalid as exc:
            self.pending = None
            return Step(Label(REFUSED, exc))
        except SessionError as exc:
            self.updatable = False
            return Step(Label(NOT_UPDATABLE, exc))
        if self.in_flight:
            self.pending = body  # only the newest waits; it goes when the one in flight is done
            return NOTHING
        return self._send(body)

    def updated(self, send: Send) -> Step:
        """The UpdateRecord of `send` was accepted."""
        if send.generation != self.generation:
            return NOTHING  # an earlier recording's answer
        self.in_flight -= 1
        if not self.active:
            return NOTHING
        self.applied = send.snapshot
        after = self._send_pending()
        if after is not None:
            return Step(after.label, send=after.send, applied=True)
        done = EDITED if self.armed or send.snapshot != self.seen else APPLIED
        return Step(Label(done), applied=True)

    def failed(self, send: Send, exc: BaseException) -> Step:
        """The UpdateRecord of `send` failed (the service said no, or never answered)."""
        if send.generation != self.generation:
            return NOTHING
        self.in_flight -= 1
        if not self.active:
            return NOTHING
        return self._send_pending() or Step(Label(FAILED, exc))

    # -- private
    def _send(self, body: dict) -> Step:
        self.in_flight += 1
        return Step(Label(APPLYING), send=Send(body, update_snapshot(body), self.generation))

    def _send_pending(self) -> Step | None:
        body, self.pending = self.pending, None
        return None if body is None else self._send(body)
