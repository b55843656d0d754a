"""Start-up loads only what the first paint needs: the request's rules (pydantic), the HTTP stack
(httpx), the keyring and OpenSSL (hashlib's _hashlib, ssl: 4 MiB resident) load after it, on first use."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("pydantic", "pydantic_core", "httpx", "keyring", "_hashlib", "ssl")

# The same start as `mixframe`: the QApplication, the window, shown; the probe reports once the
# first paint is flushed, which runs before the window's own after-first-paint work.
FIRST_PAINT = """
import sys
import mixframe.cli, mixframe.qtstart  # the way `mixframe` comes in
from mixframe.ui.app import _FirstPaintProbe, create_application
from mixframe.ui.main_window import MainWindow

heavy = {heavy!r}
app = create_application()
after_import = sorted(m for m in heavy if m in sys.modules)
window = MainWindow()
after_construction = sorted(m for m in heavy if m in sys.modules)
seen = {{}}

def done():
    seen["paint"] = sorted(m for m in heavy if m in sys.modules)
    app.exit(0)

probe = _FirstPaintProbe(window, done)
window.show()
app.exec()
window.force_close()
print("import", ",".join(after_import))
print("construction", ",".join(after_construction))
print("paint", ",".join(seen["paint"]))
"""


def _env(tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MIXFRAME_LANG="en", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path), MIXFRAME_CONFIG_DIR=str(tmp_path / "config"),
               MIXFRAME_DATA_DIR=str(tmp_path / "data"), MIXFRAME_LOG_DIR=str(tmp_path / "log"))
    return env


def test_importing_the_main_window_loads_no_pydantic_httpx_keyring_or_openssl(tmp_path):
    code = ("import sys\nimport mixframe.ui.main_window\n"
            f"print(','.join(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", code], env=_env(tmp_path), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"loaded by importing the main window: {done.stdout.strip()}"


def test_the_window_is_built_and_painted_without_them(tmp_path):
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT.format(heavy=HEAVY)], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    stages = dict(line.split(" ", 1) if " " in line else (line, "") for line in done.stdout.splitlines())
    assert stages == {"import": "", "construction": "", "paint": ""}, done.stdout


def test_the_rules_still_load_once_the_window_has_painted(qtbot, tmp_path, monkeypatch):
    """Deferred, not dropped: after the first paint the Problems list holds the request's verdict."""
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    from PySide6.QtCore import QSettings

    from mixframe.ui.main_window import MainWindow
    from mixframe.ui.problems import PATH_ROLE
    from mixframe.ui.verdict import send_verdict

    window = MainWindow(settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.built_forms is not None, timeout=10000)
    window.problems_view.refresh()
    expected = [p.path for p in send_verdict(window.request_doc, window.problems_view._ids).problems]
    shown = [window.problems_view.model.index(row).data(PATH_ROLE) for row in range(window.problems_view.model.rowCount())]
    assert shown == expected
    window.force_close()


def _window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    from PySide6.QtCore import QSettings

    from mixframe.ui.main_window import MainWindow

    window = MainWindow(settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def test_the_request_panel_behind_the_problems_tab_is_built_after_the_first_paint(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QPlainTextEdit

    from mixframe.ui.app import _FirstPaintProbe

    window = _window(qtbot, tmp_path, monkeypatch)
    at_paint = []
    probe = _FirstPaintProbe(window, lambda: at_paint.append(window.findChild(QPlainTextEdit, "request.preview")))
    assert window.findChild(QPlainTextEdit, "request.preview") is None  # not built with the window
    window.show()
    qtbot.waitUntil(lambda: bool(at_paint), timeout=10000)
    assert at_paint == [None]  # nor for its first paint
    qtbot.waitUntil(lambda: window.built_request_preview is not None, timeout=10000)  # right after it
    assert window.request_dock.widget() is window.built_request_preview
    assert window.findChild(QPlainTextEdit, "request.preview") is not None
    del probe
    window.force_close()


def test_a_request_panel_built_late_judges_with_the_toolbars_ids_and_account(qtbot, tmp_path, monkeypatch):
    window = _window(qtbot, tmp_path, monkeypatch)
    window.recording.room_edit.setText("late-room")
    window.recording.room_edit.editingFinished.emit()
    assert window.built_request_preview is None
    preview = window.request_preview  # asking builds it
    assert preview is not None and window.built_request_preview is preview
    assert preview._ids == window.recording.ids() and preview._ids[1] == "late-room"
    assert preview._endpoint_source == window.recording.call_endpoint
    window.force_close()
