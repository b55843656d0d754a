"""Slow work runs off the GUI thread and reports back on it."""

from __future__ import annotations

import sys
import threading

from PySide6.QtWidgets import QMainWindow, QProgressBar

from mixframe.ui import operations
from mixframe.ui.operations import BackgroundOp


def test_work_runs_on_a_worker_and_success_comes_back_on_the_gui_thread(qtbot):
    gui = threading.current_thread()
    seen = {}

    def work():
        seen["work"] = threading.current_thread()
        return 42

    def success(value):
        seen["success"] = (threading.current_thread(), value)

    window = QMainWindow()
    qtbot.addWidget(window)
    BackgroundOp(window, work, success).run_in_background()
    qtbot.waitUntil(lambda: "success" in seen)
    assert seen["work"] is not gui and seen["success"] == (gui, 42)
    assert BackgroundOp.running() == 0


def test_a_failure_reaches_its_callback_on_the_gui_thread(qtbot):
    gui = threading.current_thread()
    failed = []

    def work():
        raise ConnectionError("unreachable")

    window = QMainWindow()
    qtbot.addWidget(window)
    BackgroundOp(window, work, lambda _v: None).failure(
        lambda exc: failed.append((threading.current_thread(), exc))).run_in_background()
    qtbot.waitUntil(lambda: bool(failed))
    assert failed[0][0] is gui and isinstance(failed[0][1], ConnectionError)


def test_without_a_failure_callback_the_window_hook_reports_it(qtbot, monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: reported.append(value))
    window = QMainWindow()
    qtbot.addWidget(window)
    BackgroundOp(window, lambda: 1 / 0).run_in_background()
    qtbot.waitUntil(lambda: bool(reported))
    assert isinstance(reported[0], ZeroDivisionError)


def test_the_event_loop_runs_while_the_work_waits_and_slow_work_shows_progress(qtbot, monkeypatch):
    """The GUI thread keeps handling events while the worker is blocked (no timing: the worker
    waits on an event only the GUI thread sets)."""
    monkeypatch.setattr(operations, "PROGRESS_DELAY_MS", 0)
    release = threading.Event()
    done = []
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    BackgroundOp(window, lambda: release.wait(30), done.append).with_progress("Starting…").run_in_background()
    qtbot.waitUntil(lambda: window.findChild(QProgressBar, "operation.progress") is not None)
    assert window.statusBar().currentMessage() == "Starting…"
    release.set()  # the GUI thread, still responsive, lets the worker finish
    qtbot.waitUntil(lambda: done == [True])
    qtbot.waitUntil(lambda: window.findChild(QProgressBar, "operation.progress") is None)
