"""An unexpected failure inside the window: one sentence, details in the log, the window lives on."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QMessageBox

from mixframe.ui import unexpected


def test_hook_logs_the_traceback_and_shows_one_sentence(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_LOG_DIR", str(tmp_path))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    hook = unexpected.UnexpectedErrors()
    try:
        raise ValueError("inspector slot broke")
    except ValueError as exc:
        hook(type(exc), exc, exc.__traceback__)
        hook(type(exc), exc, exc.__traceback__)  # a repeat while the box is up adds no second box
    qtbot.waitUntil(lambda: len(shown) == 1)
    title, text = shown[0]
    assert title == "Something went wrong"
    assert "Traceback" not in text and "\n" not in text
    assert str(tmp_path / "errors.log") in text
    log = (tmp_path / "errors.log").read_text(encoding="utf-8")
    assert "ValueError: inspector slot broke" in log and "Traceback" in log


SCRIPT = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from mixframe.ui import unexpected
    app = QApplication([])
    QMessageBox.warning = staticmethod(lambda *a: print("BOX", a[2].split(".")[0]))
    unexpected.install()
    def broken():
        raise RuntimeError("slot failed")
    QTimer.singleShot(0, broken)
    QTimer.singleShot(200, lambda: (print("ALIVE"), app.quit()))
    sys.exit(app.exec())
""")


def test_a_failing_slot_leaves_the_app_running_without_a_traceback(tmp_path):
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "MIXFRAME_LOG_DIR": str(tmp_path)})
    assert done.returncode == 0
    assert "BOX Mixframe hit an unexpected error in the last action" in done.stdout
    assert "ALIVE" in done.stdout
    assert "Traceback" not in done.stderr
    assert "RuntimeError: slot failed" in (tmp_path / "errors.log").read_text(encoding="utf-8")
