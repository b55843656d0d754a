"""The journal's promise, for real: kill -9 the window while it records, start it again, and the
task is offered; Stop from the offer ends it in the sandbox.

Two real window processes (`python -m mixframe FILE`, xcb platform, first run) on Xvfb, the Sandbox
account pointed at a sandbox this test runs (MIXFRAME_SANDBOX_PORT). Record is clicked with xdotool
on the toolbar's red dot (as in test_xvfb_recording); the first window dies by SIGKILL, so nothing
of ours runs at its end: only the journal file remembers the task.
Needs Xvfb, xdotool and ImageMagick's `import`; skipped without them unless CI is set.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from mixframe.sandbox import start_sandbox
from mixframe.store.journal import Journal
from test_xvfb_recording import PRESET, SCREEN, find_pixels, screenshot
from test_xvfb_window import _wait, display  # noqa: F401 - the Xvfb fixture

pytestmark = pytest.mark.xvfb


def search(xenv, name: str) -> str | None:
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=xenv, capture_output=True,
                         text=True)
    return (out.stdout.split() or [None])[0]


def test_kill_9_while_recording_then_the_restart_offers_it_and_stop_ends_it(display, tmp_path):  # noqa: F811
    preset = tmp_path / "live.mixframe.json"
    preset.write_text(json.dumps(PRESET), encoding="utf-8")
    journal = Journal(tmp_path / "data" / "recordings.sqlite3")
    xenv = dict(os.environ, DISPLAY=display)
    with start_sandbox(0) as sandbox:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", MIXFRAME_LANG=os.environ.get(
                       "MIXFRAME_SHOTS_LANG", "en"),
                   MIXFRAME_SANDBOX_PORT=str(sandbox.port), MIXFRAME_CONFIG_DIR=str(tmp_path / "config"),
                   MIXFRAME_DATA_DIR=str(tmp_path / "data"), MIXFRAME_LOG_DIR=str(tmp_path / "logs"),
                   XDG_CONFIG_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path))

        def launch():
            return subprocess.Popen([sys.executable, "-m", "mixframe", str(preset)], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        first = launch()
        second = None
        try:
            window = _wait(lambda: search(xenv, "live.*Mixframe"))
            assert window, "the Mixframe window never appeared"
            subprocess.run(["xdotool", "windowmove", window, "0", "0", "windowsize", window, *map(str, SCREEN)],
                           env=xenv, check=True)
            time.sleep(1.5)  # the window settles at its new size and paints
            shot = screenshot(xenv, tmp_path / "idle.png")
            dot = find_pixels(shot, (0xD0, 0x34, 0x2C), (0, 0, SCREEN[0], 90), tolerance=20)
            assert dot, "no Record button (its red dot) in the toolbar"
            subprocess.run(["xdotool", "mousemove", "--sync", str((dot[0] + dot[2]) // 2), str((dot[1] + dot[3]) // 2),
                            "click", "1"], env=xenv, check=True)
            assert _wait(lambda: sandbox.count("StartRecord") == 1, timeout=20), "Record sent no StartRecord"
            (key,) = [k for k, task in sandbox.volcengine.tasks.items() if task.running]
            assert _wait(lambda: [e for e in journal.entries() if e.task_id == key[2] and e.state == "running"],
                         timeout=10), "the journal does not hold the running task"

            os.kill(first.pid, signal.SIGKILL)  # a crash: no quit question, no shutdown, nothing
            first.wait(timeout=10)
            assert first.returncode == -signal.SIGKILL
            assert sandbox.volcengine.tasks[key].running  # the cloud recording runs on, billed

            second = launch()
            offer = _wait(lambda: search(xenv, "Recordings still running"), timeout=30)
            assert offer, "the restarted window offered no recording to reattach"
            time.sleep(1.0)  # painted
            if os.environ.get("MIXFRAME_SHOTS"):
                subprocess.run(["import", "-window", "root", "-resize", "1280x800!", os.path.join(
                    os.environ["MIXFRAME_SHOTS"], f"journal_offer_{env['MIXFRAME_LANG']}.png")], env=xenv, check=True)
            assert sandbox.count("StopRecord") == 0
            # The offer's Stop (Alt+S, its mnemonic; the pointer in it gives it the keyboard on a bare X).
            subprocess.run(["xdotool", "mousemove", "--window", offer, "40", "40"], env=xenv, check=True)
            subprocess.run(["xdotool", "windowfocus", "--sync", offer], env=xenv, check=False)
            subprocess.run(["xdotool", "key", "alt+s"], env=xenv, check=True)
            assert _wait(lambda: sandbox.count("StopRecord") == 1, timeout=20), "Stop from the offer sent no StopRecord"
            assert _wait(lambda: not sandbox.volcengine.tasks[key].running, timeout=10), "the task still runs"
            assert _wait(lambda: [e for e in journal.entries() if e.task_id == key[2] and e.state == "stopped"],
                         timeout=10), "the journal does not say the task stopped"
            assert _wait(lambda: search(xenv, "Recorded files"), timeout=20), "no recorded files after Stop"
        finally:
            for app in (first, second):
                if app is not None and app.poll() is None:
                    app.terminate()
                    try:
                        app.wait(timeout=20)
                    except subprocess.TimeoutExpired:
                        app.kill()
                        app.wait()
    assert "Traceback" not in second.stderr.read()
