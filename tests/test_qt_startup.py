"""A bare machine: Qt without its system libraries, or a platform plugin that cannot start, is one
sentence and exit 2 naming what to install, never a traceback (exit 3) or Qt's abort (134)
(issue 14, item 27)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mixframe import qtstart

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "seed_startrecord_example.json"
BASE = {k: v for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH", "MIXFRAME_LANG")
        and not k.startswith("LC_")}
BASE["LANG"] = "C.UTF-8"


def _mixframe(argv, env, tmp_path, timeout=60):
    env = {**env, "MIXFRAME_LOG_DIR": str(tmp_path / "logs"), "HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-m", "mixframe", *argv], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=tmp_path)


def _without(tmp_path, error: str) -> dict:
    """An environment whose Python fails to import PySide6's QtGui and QtWidgets as a machine
    without `error`'s library does (a sitecustomize on PYTHONPATH raises that ImportError)."""
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(textwrap.dedent(f"""
        import sys

        class _Missing:
            def find_spec(self, name, path=None, target=None):
                if name in ("PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"):
                    raise {error}
                return None

        sys.meta_path.insert(0, _Missing())
    """), encoding="utf-8")
    return {**BASE, "PYTHONPATH": str(site), "DISPLAY": ":0"}


def _one_sentence(result) -> str:
    err = result.stderr.strip()
    assert "Traceback" not in result.stderr and "\n" not in err, result.stderr
    assert not (Path(result.args[0]).parent / "errors.log").exists()
    return err


LIBRARIES = [("libEGL.so.1", "libegl1"), ("libGL.so.1", "libgl1"), ("libfontconfig.so.1", "libfontconfig1"),
             ("libxkbcommon.so.0", "libxkbcommon0"), ("libdbus-1.so.3", "libdbus-1-3"),
             ("libglib-2.0.so.0", "libglib2.0-0")]


@pytest.mark.parametrize("library, package", LIBRARIES)
def test_a_missing_qt_library_opening_the_window_is_exit_2_naming_the_package(tmp_path, library, package):
    env = _without(tmp_path, f'ImportError("{library}: cannot open shared object file: No such file or directory")')
    result = _mixframe([], env, tmp_path)
    assert result.returncode == 2, result.stderr
    said = _one_sentence(result)
    assert library in said and f"sudo apt-get install {package}" in said
    assert not (tmp_path / "logs").exists()  # not a bug of ours: nothing logged


def test_a_missing_qt_library_in_render_is_exit_2_too(tmp_path):
    env = _without(tmp_path, 'ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")')
    result = _mixframe(["render", str(SEED), "-o", str(tmp_path / "frame.png")], env, tmp_path)
    assert result.returncode == 2, result.stderr
    assert "sudo apt-get install libegl1" in _one_sentence(result)
    assert not (tmp_path / "frame.png").exists()


def test_a_library_no_package_is_known_for_is_still_one_sentence(tmp_path):
    env = _without(tmp_path, 'ImportError("libfoo-bar.so.7: cannot open shared object file: No such file or directory")')
    result = _mixframe([], env, tmp_path)
    assert result.returncode == 2 and "libfoo-bar.so.7" in _one_sentence(result)


def test_no_pyside6_at_all_is_exit_2(tmp_path):
    env = _without(tmp_path, 'ModuleNotFoundError("No module named \'PySide6.QtGui\'", name="PySide6.QtGui")')
    result = _mixframe([], env, tmp_path)
    assert result.returncode == 2 and "PySide6" in _one_sentence(result)


def test_any_other_import_error_is_still_our_bug(tmp_path):
    env = _without(tmp_path, 'ImportError("cannot import name \'Foo\' from \'PySide6.QtGui\'")')
    result = _mixframe([], env, tmp_path)
    assert result.returncode == 3 and "bug" in result.stderr


def _free_display() -> str:
    for n in range(93, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return f":{n}"
    pytest.skip("no free X display number")


def test_the_xcb_platform_without_a_display_is_exit_2_not_an_abort(tmp_path):
    """QT_QPA_PLATFORM=xcb with no DISPLAY, and DISPLAY naming no X server: Qt aborted (134)."""
    for extra in ({"QT_QPA_PLATFORM": "xcb"}, {"DISPLAY": _free_display()}):
        result = _mixframe(["--quit-after-show"], {**BASE, **extra}, tmp_path)
        assert result.returncode == 2, (extra, result.returncode, result.stderr)
        said = _one_sentence(result)
        assert "could not connect to the display" in said and "xcb" in said


def test_the_wayland_platform_without_a_compositor_is_exit_2_naming_wayland_display(tmp_path):
    env = {**BASE, "QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "mixframe-test-none", "XDG_RUNTIME_DIR": str(tmp_path)}
    result = _mixframe(["--quit-after-show"], env, tmp_path)
    assert result.returncode == 2, result.stderr
    said = _one_sentence(result)
    assert "could not connect to the display mixframe-test-none" in said and "WAYLAND_DISPLAY" in said


def test_an_unknown_qt_platform_is_exit_2_naming_the_ones_there_are(tmp_path):
    result = _mixframe(["--quit-after-show"], {**BASE, "QT_QPA_PLATFORM": "nonesuch"}, tmp_path)
    assert result.returncode == 2, result.stderr
    said = _one_sentence(result)
    assert "nonesuch" in said and "offscreen" in said and "xcb" in said


def test_the_sentence_is_chinese_in_a_chinese_locale(tmp_path):
    result = _mixframe(["--quit-after-show"], {**BASE, "QT_QPA_PLATFORM": "xcb", "LANG": "zh_CN.UTF-8"}, tmp_path)
    assert result.returncode == 2
    said = _one_sentence(result)
    assert "xcb" in said and "显示" in said


def test_the_window_still_opens_offscreen(tmp_path):
    result = _mixframe(["--quit-after-show"], {**BASE, "QT_QPA_PLATFORM": "offscreen"}, tmp_path)
    assert result.returncode == 0, result.stderr


# -- the diagnosis, piece by piece --------------------------------------------------------------

def test_a_plugin_library_the_loader_cannot_find_is_named_with_its_package():
    said = qtstart.platform_failure(
        ['Could not load the Qt platform plugin "xcb" in "" even though it was found.'], env={"DISPLAY": ":0"},
        load_error=lambda platform: "libxkbcommon-x11.so.0: cannot open shared object file: No such file or directory")
    assert "libxkbcommon-x11.so.0" in said.english and "sudo apt-get install libxkbcommon-x11-0" in said.english


def test_an_unexplained_platform_failure_names_every_package_the_window_needs():
    said = qtstart.platform_failure(["This application failed to start because no Qt platform plugin could be "
                                     "initialized."], env={"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"},
                                    load_error=lambda platform: None)
    assert "wayland" in said.english and "libegl1" in said.english and "libxcb-cursor0" in said.english


def test_every_library_of_readmes_list_maps_to_its_package():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for stem, package in qtstart.LIBRARY_PACKAGES.items():
        assert qtstart.library_sentence(stem + ".so.0").params["package"] == package
    for package in qtstart.WINDOW_PACKAGES.split():
        assert package in readme, package


def test_the_guard_passes_every_other_message_on_and_stops_only_the_fatal_platform_one(capfd):
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    exits = []
    guard = qtstart.PlatformGuard(exit=exits.append)
    guard(QtMsgType.QtWarningMsg, QMessageLogContext(), "qt.qpa: a warning on the way up")
    assert capfd.readouterr().err == ""  # held while Qt starts: a failed start says one sentence only
    guard(QtMsgType.QtFatalMsg, QMessageLogContext(), "This application failed to start because no Qt platform "
                                                       "plugin could be initialized.")
    assert exits == [2] and capfd.readouterr().err.startswith("mixframe: ")

    guard = qtstart.PlatformGuard(exit=exits.append)
    guard(QtMsgType.QtWarningMsg, QMessageLogContext(), "a warning the user should still see")
    guard.release()  # Qt started: the held message goes out, and every later one at once
    guard(QtMsgType.QtWarningMsg, QMessageLogContext(), "and a later one")
    err = capfd.readouterr().err
    assert "a warning the user should still see" in err and "and a later one" in err and exits == [2]
