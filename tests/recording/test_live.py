"""The live-update state machine on its own: no Qt, no network, no timer; only its decisions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mixframe.model.problems import Problem, RequestInvalid, Severity
from mixframe.recording import live
from mixframe.recording.live import LiveUpdates, update_snapshot
from mixframe.session import SessionError


def body(x: int, streams=("alice", "bob")) -> dict:
    return {"TargetStreams": {"StreamList": [{"UserId": s} for s in streams]},
            "Layout": {"LayoutMode": 2, "CustomLayout": {"Regions": [{"LocationX": 0}, {"LocationX": x}]}},
            "Encode": {"VideoFps": 15}}


def running(x: int = 0, check=None) -> LiveUpdates:
    machine = LiveUpdates()
    machine.begin(update_snapshot(body(x)), True, check)
    return machine


def edit(machine: LiveUpdates, x: int) -> live.Step:
    """The document shows x, then the debounce passes."""
    step = machine.document_changed(update_snapshot(body(x)))
    assert step.arm and step.label.state == live.EDITED
    return machine.timer_fired(body(x))


def sent_x(send: live.Send) -> int:
    return send.body["Layout"]["CustomLayout"]["Regions"][1]["LocationX"]


def test_importing_the_recording_package_loads_no_qt():
    """Every module of the package, imported in a fresh interpreter: not one Qt module loads."""
    import mixframe.recording as package

    names = sorted(p.stem for p in Path(package.__file__).parent.glob("*.py") if p.stem != "__init__")
    assert "live" in names
    code = ("import importlib, sys\n"
            f"for name in ['mixframe.recording'] + ['mixframe.recording.' + n for n in {names!r}]:\n"
            "    importlib.import_module(name)\n"
            "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_an_edit_arms_the_debounce_and_its_end_sends_one_update():
    machine = running()
    step = machine.document_changed(update_snapshot(body(200)), now=10.0)
    assert step.arm and step.send is None and machine.deadline == pytest.approx(10.3)
    assert not machine.due(10.2) and machine.due(10.3)
    step = machine.timer_fired(body(200))
    assert step.label.state == live.APPLYING and sent_x(step.send) == 200 and machine.in_flight == 1
    done = machine.updated(step.send)
    assert done.applied and done.label.state == live.APPLIED and done.send is None and machine.in_flight == 0


def test_the_same_layout_again_arms_nothing():
    machine = running()
    assert machine.document_changed(update_snapshot(body(0))) == live.NOTHING  # a change the update does not carry
    snapshot = update_snapshot({**body(0), "Encode": {"VideoFps": 30}})
    assert machine.document_changed(snapshot) == live.NOTHING


def test_edits_during_a_flight_keep_only_the_newest():
    machine = running()
    first = edit(machine, 100).send
    for x in (110, 120, 130):
        assert edit(machine, x) == live.NOTHING  # waits: one in flight
    assert machine.in_flight == 1 and sent_x_body(machine.pending) == 130
    after = machine.updated(first)
    assert after.applied and after.label.state == live.APPLYING and sent_x(after.send) == 130
    assert machine.pending is None and machine.in_flight == 1
    last = machine.updated(after.send)
    assert last.label.state == live.APPLIED and last.send is None and machine.applied == update_snapshot(body(130))


def sent_x_body(b: dict) -> int:
    return b["Layout"]["CustomLayout"]["Regions"][1]["LocationX"]


def test_an_edit_back_to_the_applied_layout_sends_nothing():
    machine = running(0)
    machine.document_changed(update_snapshot(body(50)))
    step = machine.document_changed(update_snapshot(body(0)))  # back before the debounce ended
    assert step.arm
    step = machine.timer_fired(body(0))
    assert step.send is None and step.label.state == live.APPLIED and machine.in_flight == 0


def test_a_failure_then_a_pending_sends_the_pending():
    machine = running()
    first = edit(machine, 100).send
    edit(machine, 140)
    step = machine.failed(first, RuntimeError("503"))
    assert step.send is not None and sent_x(step.send) == 140 and step.label.state == live.APPLYING
    assert machine.applied == update_snapshot(body(0))  # the failed one never counted as applied


def test_a_failure_alone_is_said_and_the_next_edit_tries_again():
    machine = running()
    first = edit(machine, 100).send
    refused = RuntimeError("503")
    step = machine.failed(first, refused)
    assert step.send is None and step.label == live.Label(live.FAILED, refused) and step.label.error
    assert machine.document_changed(update_snapshot(body(100))) == live.NOTHING  # nothing new shown
    again = edit(machine, 160)  # the next edit goes
    assert sent_x(again.send) == 160


def test_a_stale_reply_from_an_older_recording_is_ignored():
    machine = running()
    old = edit(machine, 100).send
    machine.end()
    machine.begin(update_snapshot(body(0)), True)
    new = edit(machine, 300).send
    assert machine.updated(old) == live.NOTHING and machine.failed(old, RuntimeError()) == live.NOTHING
    assert machine.in_flight == 1 and machine.applied == update_snapshot(body(0))
    assert machine.updated(new).label.state == live.APPLIED


def test_a_reply_while_stopping_changes_nothing_and_a_failed_stop_resumes():
    machine = running()
    flying = edit(machine, 100).send
    machine.document_changed(update_snapshot(body(120)))
    machine.hold()  # Stop clicked
    assert machine.updated(flying) == live.NOTHING and machine.in_flight == 0 and not machine.armed
    assert machine.timer_fired(body(120)) == live.NOTHING
    machine.resume()  # the stop failed: the task runs on
    assert sent_x(edit(machine, 150).send) == 150


def test_rules_that_refuse_an_update_say_so_and_send_nothing():
    problem = Problem("Layout.CustomLayout.Regions[1]", "outside the canvas", Severity.ERROR)

    def check(b):
        if sent_x_body(b) > 600:
            raise RequestInvalid([problem])

    machine = running(check=check)
    step = edit(machine, 900)
    assert step.send is None and step.label.state == live.REFUSED and step.label.reason.problems == [problem]
    assert machine.updatable and sent_x(edit(machine, 10).send) == 10


def test_a_task_that_takes_no_updates_says_why_once_and_stops_trying():
    def check(b):
        raise SessionError("no updates")

    machine = running(check=check)
    step = edit(machine, 100)
    assert step.label.state == live.NOT_UPDATABLE and not machine.updatable
    assert machine.document_changed(update_snapshot(body(200))) == live.NOTHING


def test_a_document_of_another_service_keeps_the_recordings_layout():
    machine = running()
    assert machine.document_changed("", same_vendor=False).label.state == live.OTHER_VENDOR
    assert not machine.armed


def test_a_task_begun_not_updatable_ignores_edits():
    machine = LiveUpdates()
    machine.begin(update_snapshot(body(0)), False)
    assert machine.document_changed(update_snapshot(body(5))) == live.NOTHING
    assert machine.timer_fired(body(5)) == live.NOTHING


def test_an_edit_while_the_update_flies_then_its_answer_says_edited():
    machine = running()
    first = edit(machine, 100).send
    machine.document_changed(update_snapshot(body(130)))  # debounce armed, not yet fired
    step = machine.updated(first)
    assert step.applied and step.label.state == live.EDITED and step.send is None
