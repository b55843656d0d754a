"""The recordings journal in the window: the start-up offer of a task still running that nobody
follows (Reattach / Stop / Forget) and Recording > Recordings… (history, files, Copy, Stop, Forget),
against a real sandbox over loopback."""

from __future__ import annotations

import subprocess
import sys

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableWidget, QWidget

from mixframe.session import RecordingSession
from mixframe.store.journal import Journal
from mixframe.store.profiles import sandbox_profile
from mixframe.ui import recording as rec
from mixframe.ui.main_window import MainWindow
from test_recording import APP, compose

ROOM = "room-journal"


@pytest.fixture
def journal(tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_DATA_DIR", str(tmp_path / "data"))  # the window's own journal: this test's
    return Journal()


@pytest.fixture
def window(qtbot, tmp_path, sandbox, journal):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, sandbox_url=sandbox.url)
    w.show()
    qtbot.waitExposed(w)
    w.findChild(QLineEdit, "record.roomId").setText(ROOM)
    yield w
    w.force_close()
    w.deleteLater()


def dead_pid() -> int:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    return gone.pid


def left_running(sandbox, journal, request, room=ROOM):
    """A task started as a crashed window or `mixframe start` leaves it: running, nobody following."""
    with RecordingSession(sandbox_profile(), sandbox_url=sandbox.url, journal=journal) as session:
        task = session.start(request, app_id=APP, room_id=room).task
    (entry,) = [e for e in journal.open_entries() if e.task_id == task.task_id]
    journal.follow(entry.id, dead_pid())
    return task, entry


def button(dialog, name) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None, name
    return found


def gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def running(sandbox, task) -> bool:
    kept = sandbox.volcengine.tasks.get((task.app_id, task.room_id, task.task_id))
    return kept is not None and kept.running


def test_nothing_to_offer_shows_nothing(window):
    assert window.recording.offer_running() is None
    assert window.findChild(QWidget, "recordings.offer") is None


def test_the_offer_reattach_then_stop_ends_the_task_in_the_sandbox(qtbot, window, sandbox, journal):
    compose(window)
    task, entry = left_running(sandbox, journal, window.request_doc.to_body())
    assert running(sandbox, task)
    offer = window.recording.offer_running()
    assert offer is not None and offer.isVisible() and offer.windowTitle() == "Recordings still running"
    table = offer.findChild(QTableWidget, "recordings.list")
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(4)] == ["Volcengine", "Sandbox", ROOM, task.task_id]
    assert table.item(0, 5).text() == "running"
    assert button(offer, "recordings.reattach").isEnabled() and button(offer, "recordings.stop").isEnabled()

    button(offer, "recordings.reattach").click()
    control = window.recording
    assert control.state == rec.RECORDING and control.task.task_id == task.task_id
    qtbot.waitUntil(lambda: gone(offer), timeout=3000)  # nothing left to offer
    assert journal.orphans() == [] and journal.get(entry.id).owner_pid is not None
    state = window.findChild(QLabel, "record.state")
    qtbot.waitUntil(lambda: state.text() == "Running", timeout=5000)  # polled as if started here
    assert task.task_id in window.findChild(QLabel, "record.ids").text()
    assert control._updatable  # the open document shows the layout it records: live updates on
    assert window.actions["record.toggle"].text() == "Stop"

    window.actions["record.toggle"].trigger()
    qtbot.waitUntil(lambda: control.state == rec.IDLE, timeout=10000)
    assert sandbox.count("StopRecord") == 1 and not running(sandbox, task)
    assert journal.get(entry.id).state == "stopped"
    assert window.findChild(QWidget, "record.files").isVisible()


def test_a_reattached_task_takes_no_updates_from_another_layout(qtbot, window, sandbox, journal):
    compose(window)
    body = window.request_doc.to_body()
    body["Layout"]["CustomLayout"]["Regions"][1]["LocationX"] = 10  # not what the document shows
    task, _entry = left_running(sandbox, journal, body)
    window.recording.offer_running()
    button(window.recording.offer_dialog, "recordings.reattach").click()
    assert window.recording.state == rec.RECORDING and not window.recording._updatable
    assert "does not show this recording's layout" in window.findChild(QLabel, "record.applied").text()
    doc = window.document
    doc.set_regions({1: doc.region(1).with_values(x=300)}, "move")
    doc.end_merge()
    qtbot.wait(500)
    assert sandbox.count("UpdateRecord") == 0  # another layout never reaches the recording


def test_stop_from_the_offer_ends_the_task_and_shows_its_files(qtbot, window, sandbox, journal):
    compose(window)
    task, entry = left_running(sandbox, journal, window.request_doc.to_body())
    offer = window.recording.offer_running()
    button(offer, "recordings.stop").click()
    qtbot.waitUntil(lambda: not running(sandbox, task), timeout=10000)
    qtbot.waitUntil(lambda: gone(offer), timeout=5000)
    assert journal.get(entry.id).state == "stopped"
    assert window.recording.state == rec.IDLE  # the window was not taken over
    qtbot.waitUntil(lambda: window.findChild(QWidget, "record.files") is not None
                    and window.findChild(QWidget, "record.files").isVisible(), timeout=5000)


def test_forget_from_the_offer_removes_it_from_the_journal_only(qtbot, window, sandbox, journal):
    compose(window)
    task, entry = left_running(sandbox, journal, window.request_doc.to_body())
    offer = window.recording.offer_running()
    button(offer, "recordings.forget").click()
    assert journal.get(entry.id) is None and gone(offer)
    assert running(sandbox, task)  # the service's task is the user's to deal with


def test_an_account_that_is_gone_is_one_sentence(qtbot, window, sandbox, journal):
    row = journal.starting(vendor="volcengine", account="Gone", endpoint="https://rtc.example", app_id="a",
                           room_id="r", task_id="t")
    journal.follow(row, dead_pid())
    offer = window.recording.offer_running()
    button(offer, "recordings.reattach").click()
    error = offer.findChild(QLabel, "recordings.error")
    assert error.isVisible() and "Gone" in error.text() and "Recording > Accounts" in error.text()
    assert window.recording.state == rec.IDLE
    button(offer, "recordings.stop").click()
    qtbot.waitUntil(lambda: "Gone" in error.text(), timeout=3000)


def test_the_recordings_window_lists_history_with_files_copy_and_stop(qtbot, window, sandbox, journal):
    compose(window)
    window.actions["record.toggle"].trigger()
    qtbot.waitUntil(lambda: window.recording.state == rec.RECORDING, timeout=10000)
    first = window.recording.task
    window.actions["record.toggle"].trigger()
    qtbot.waitUntil(lambda: window.recording.state == rec.IDLE, timeout=10000)
    other, _entry = left_running(sandbox, journal, window.request_doc.to_body(), room="room-other")

    assert window.actions["recordings.show"] in window.findChild(QWidget, "menu.recording").actions()
    window.actions["recordings.show"].trigger()
    shown = window.findChild(QWidget, "recordings")
    assert shown is not None and shown.isVisible() and shown.windowTitle() == "Recordings"
    table = shown.findChild(QTableWidget, "recordings.list")
    assert table.rowCount() == 2
    assert [table.item(r, 3).text() for r in range(2)] == [other.task_id, first.task_id]  # newest first
    assert table.item(1, 5).text().startswith("stopped") and table.item(1, 6).text() != "—"
    assert not button(shown, "recordings.reattach").isVisible()

    table.selectRow(1)
    assert not button(shown, "recordings.stop").isEnabled()  # over already
    copied = button(shown, "recordings.copy")
    copied.click()
    text = QGuiApplication.clipboard().text()
    assert f"TaskId: {first.task_id}" in text and f"RoomId: {ROOM}" in text and "Files:" in text

    table.selectRow(0)
    assert button(shown, "recordings.stop").isEnabled()
    button(shown, "recordings.stop").click()
    qtbot.waitUntil(lambda: not running(sandbox, other), timeout=10000)
    qtbot.waitUntil(lambda: table.item(0, 5).text().startswith("stopped"), timeout=5000)
    table.selectRow(1)
    button(shown, "recordings.forget").click()
    assert table.rowCount() == 1 and table.item(0, 3).text() == other.task_id


def test_an_unusable_journal_is_one_sentence_in_the_window(qtbot, window, journal):
    journal.path.parent.mkdir(parents=True, exist_ok=True)
    journal.path.write_bytes(b"not a database" * 100)
    assert window.recording.offer_running() is None
    assert "recordings journal" in window.statusBar().currentMessage()
    shown = window.recording.show_recordings()
    error = shown.findChild(QLabel, "recordings.error")
    assert error.isVisible() and "recordings journal" in error.text()


def test_the_offer_and_the_recordings_window_speak_chinese(qtbot, window, sandbox, journal, chinese):
    compose(window)
    left_running(sandbox, journal, window.request_doc.to_body())
    offer = window.recording.offer_running()
    assert offer.windowTitle() == "仍在运行的录制" and "计费" in offer.findChild(QLabel, "recordings.summary").text()
    assert button(offer, "recordings.stop").text() == "停止(&S)"
    assert button(offer, "recordings.reattach").text() == "重新接管(&R)"
    table = offer.findChild(QTableWidget, "recordings.list")
    assert table.horizontalHeaderItem(0).text() == "服务商" and table.item(0, 5).text() == "运行中"
    assert table.item(0, 0).text() == "火山引擎"
    assert window.recording.show_recordings().windowTitle() == "录制记录"


def test_a_recording_in_the_windows_own_sandbox_ends_with_it_in_the_journal(qtbot, window, journal, monkeypatch):
    import socket

    with socket.socket() as probe:  # a port nobody listens on: the window starts its own sandbox
        probe.bind(("127.0.0.1", 0))
        monkeypatch.setenv("MIXFRAME_SANDBOX_PORT", str(probe.getsockname()[1]))
    window.recording.set_sandbox_url(None)
    compose(window)
    window.actions["record.toggle"].trigger()
    qtbot.waitUntil(lambda: window.recording.state == rec.RECORDING, timeout=10000)
    assert window.recording._sandbox is not None  # started inside this window
    (entry,) = journal.open_entries()
    window.recording.shutdown()  # "leave it running and quit": the sandbox, and its recording, end
    assert journal.get(entry.id).state == "ended" and journal.orphans() == []


def test_record_with_an_unusable_journal_records_and_says_so_once(qtbot, window, sandbox, journal):
    journal.path.parent.mkdir(parents=True, exist_ok=True)
    journal.path.write_bytes(b"not a database" * 100)
    compose(window)
    window.actions["record.toggle"].trigger()
    qtbot.waitUntil(lambda: window.recording.state == rec.RECORDING, timeout=10000)
    assert sandbox.count("StartRecord") == 1  # the recording runs all the same
    assert window.statusBar().currentMessage().startswith("The recordings journal ")
    window.actions["record.toggle"].trigger()
    qtbot.waitUntil(lambda: window.recording.state == rec.IDLE, timeout=10000)
    assert sandbox.count("StopRecord") == 1
