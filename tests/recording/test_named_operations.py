"""The recording's named operations on the worker's side, without Qt, against the sandbox over
loopback: start, live update, poll and stop are each one object the window hands to a worker."""

from __future__ import annotations

import copy

import pytest

from mixframe.api.errors import ApiError
from mixframe.recording.operations import PollRecording, Stopped, StopRecording, UpdateRecording
from mixframe.session import RecordingSession
from mixframe.store.profiles import sandbox_profile

from test_session import REQUEST  # the session tests' two-stream request


def test_update_poll_and_stop_are_operations_that_reach_the_service(session, sandbox):
    task = session.start(REQUEST, app_id="app1", room_id="room1").task
    moved = copy.deepcopy(REQUEST)
    moved["Layout"]["CustomLayout"]["Regions"][1]["LocationX"] = 600
    UpdateRecording(session, task, moved)()
    assert sandbox.count("UpdateRecord") == 1
    assert sandbox.volcengine.tasks[("app1", "room1", task.task_id)].updates == 1

    polled = PollRecording(session, task)()
    assert polled.status.running and polled.status.name == "Running"

    done = StopRecording(session, task)()
    assert isinstance(done, Stopped) and done.status_error is None
    assert sandbox.count("StopRecord") == 1
    assert done.status.status.ended and done.status.status.files  # the files are known at once


def test_a_stop_stays_a_success_when_only_the_file_list_cannot_be_read(session, sandbox, monkeypatch):
    task = session.start(REQUEST, app_id="app1", room_id="room1").task
    # The sandbox answers GetRecordTask for a stopped task; a service that cannot yet is a fault
    # the server cannot be made to produce, so this one answer is replaced.
    monkeypatch.setattr(session, "status", lambda _task: (_ for _ in ()).throw(ApiError("InternalError", "busy")))
    done = StopRecording(session, task)()
    assert sandbox.count("StopRecord") == 1
    assert done.status is None and isinstance(done.status_error, ApiError)


def test_a_failed_stop_raises_for_the_face_and_a_journal_stop_closes_its_own_session(sandbox):
    session = RecordingSession(sandbox_profile(), sandbox_url=sandbox.url)
    task = session.start(REQUEST, app_id="app1", room_id="room1").task
    closed = []
    real_close = session.close
    session.close = lambda: (closed.append(True), real_close())
    StopRecording(session, task, close_session=True)()
    assert closed == [True]

    again = RecordingSession(sandbox_profile(), sandbox_url=sandbox.url)
    with pytest.raises(ApiError):  # stopped already: the service says so, the window's face words it
        StopRecording(again, task, close_session=True)()
    assert sandbox.count("StopRecord") == 2
