"""Starting Qt: a system library Qt needs that is missing, or a platform plugin that cannot start,
is one sentence and exit 2 (bad input: the machine's, not Mixframe's), never a traceback (exit 3)
or Qt's own abort (exit 134).

Two ways Qt fails on a bare machine:
- importing PySide6.QtGui or QtWidgets raises ImportError("libEGL.so.1: cannot open shared object
  file…"): import_failure() names the library and the Debian package that holds it;
- QApplication cannot start its platform plugin (no display, a library the xcb plugin needs, an
  unknown QT_QPA_PLATFORM): Qt sends a fatal message, then aborts. PlatformGuard, installed as
  Qt's message handler before the QApplication exists, says why in one sentence and exits 2 first.

Qt-free at import (QtCore is imported only inside the functions that need it).
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from pathlib import Path

from mixframe.model.problems import QT_TRANSLATE_NOOP, Sentence

CONTEXT = "Startup"
EXIT_BAD_INPUT = 2

# The shared libraries PySide6's QtCore, QtGui, QtWidgets and its xcb and wayland platform plugins
# load (ldd), by soname without its version, and the Debian 12 package that holds each.
LIBRARY_PACKAGES = {
    "libEGL": "libegl1", "libGL": "libgl1", "libGLX": "libglx0", "libGLdispatch": "libglvnd0",
    "libOpenGL": "libopengl0", "libfontconfig": "libfontconfig1", "libfreetype": "libfreetype6",
    "libxkbcommon": "libxkbcommon0", "libxkbcommon-x11": "libxkbcommon-x11-0", "libdbus-1": "libdbus-1-3",
    "libglib-2.0": "libglib2.0-0", "libgthread-2.0": "libglib2.0-0", "libgobject-2.0": "libglib2.0-0",
    "libX11": "libx11-6", "libX11-xcb": "libx11-xcb1", "libXau": "libxau6", "libXdmcp": "libxdmcp6",
    "libxcb": "libxcb1", "libxcb-cursor": "libxcb-cursor0", "libxcb-icccm": "libxcb-icccm4",
    "libxcb-image": "libxcb-image0", "libxcb-keysyms": "libxcb-keysyms1", "libxcb-randr": "libxcb-randr0",
    "libxcb-render": "libxcb-render0", "libxcb-render-util": "libxcb-render-util0", "libxcb-shape": "libxcb-shape0",
    "libxcb-shm": "libxcb-shm0", "libxcb-sync": "libxcb-sync1", "libxcb-util": "libxcb-util1",
    "libxcb-xfixes": "libxcb-xfixes0", "libxcb-xinerama": "libxcb-xinerama0", "libxcb-xkb": "libxcb-xkb1",
    "libxcb-xinput": "libxcb-xinput0", "libxcb-glx": "libxcb-glx0", "libSM": "libsm6", "libICE": "libice6",
    "libwayland-client": "libwayland-client0", "libwayland-cursor": "libwayland-cursor0",
    "libwayland-egl": "libwayland-egl1", "libpng16": "libpng16-16", "libz": "zlib1g",
    "libexpat": "libexpat1", "libzstd": "libzstd1", "libpcre2-8": "libpcre2-8-0", "libstdc++": "libstdc++6",
}
# What README's fresh-Debian step installs for the window: named when the failing library is unknown.
WINDOW_PACKAGES = ("libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0 "
                   "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 "
                   "libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-wqy-microhei")

_MISSING_LIBRARY = re.compile(r"(lib[\w.+-]*?\.so(?:\.[0-9]+)*): cannot open shared object file")
_UNKNOWN_PLATFORM = re.compile(r'Could not find the Qt platform plugin "([^"]*)"')
_AVAILABLE = re.compile(r"Available platform plugins are: ([^\n]*?)\.?\s*$", re.M)

LIBRARY = QT_TRANSLATE_NOOP(
    "Startup", "mixframe: Qt needs the system library {library}, which is missing here; install it "
               "(on Debian or Ubuntu: sudo apt-get install {package}) and start Mixframe again.")
LIBRARY_UNKNOWN_PACKAGE = QT_TRANSLATE_NOOP(
    "Startup", "mixframe: Qt needs the system library {library}, which is missing here; install the package "
               "that holds it and start Mixframe again.")
NO_PYSIDE = QT_TRANSLATE_NOOP(
    "Startup", "mixframe: Qt for Python (PySide6) is not installed in this Python; install Mixframe with its "
               "dependencies (python -m pip install -e . in its venv) and start it again.")
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Startup", "mixframe: the window cannot open: Qt's {platform} platform could not connect to the display "
               "{display} (start it in a desktop session, or set {variable}); the commands validate, request, render, "
               "start, update, stop, status, sandbox and account work without one.")
UNKNOWN_PLATFORM = QT_TRANSLATE_NOOP(
    "Startup", "mixframe: QT_QPA_PLATFORM names the Qt platform {platform}, which this Qt does not have; "
               "use one of: {available}.")
PLATFORM_FAILED = QT_TRANSLATE_NOOP(
    "Startup", "mixframe: Qt could not start its {platform} platform, so the window cannot open; install the "
               "system libraries the window needs (on Debian or Ubuntu: sudo apt-get install {packages}).")


def _say(template: str, **params: str) -> Sentence:
    return Sentence(CONTEXT, template, params)


def _printable(said: Sentence) -> str:
    """The sentence in the command line's language; English when the catalogue cannot load
    (loading it needs QtCore, whose own libraries may be what is missing)."""
    try:
        from mixframe.cli_language import problem_translate

        translate = problem_translate()
    except Exception:  # noqa: BLE001 - a translation is a courtesy; the sentence must get out
        translate = None
    return said.text(translate)


def library_sentence(library: str) -> Sentence:
    stem = library.split(".so", 1)[0]
    package = LIBRARY_PACKAGES.get(stem)
    if package is None:
        return _say(LIBRARY_UNKNOWN_PACKAGE, library=library)
    return _say(LIBRARY, library=library, package=package)


def import_failure(exc: ImportError) -> str | None:
    """One sentence when `exc` says Qt cannot load here (a missing system library, or no PySide6);
    None when it is something else (a bug of ours)."""
    found = _MISSING_LIBRARY.search(str(exc))
    if found:
        return _printable(library_sentence(found.group(1)))
    if isinstance(exc, ModuleNotFoundError) and (exc.name or "").split(".")[0] in ("PySide6", "shiboken6"):
        return _printable(_say(NO_PYSIDE))
    return None


def plugin_load_error(platform: str) -> str | None:
    """Why the platform plugin's file does not load (the dynamic loader's message), or None."""
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    if not plugin.is_file():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        return str(exc)
    return None


def platform_failure(messages: list[str], env=None, load_error=plugin_load_error) -> Sentence:
    """Why Qt could not start its platform plugin, from the messages it sent before giving up."""
    env = os.environ if env is None else env
    text = "\n".join(messages)
    platform = (env.get("QT_QPA_PLATFORM") or "xcb").split(":", 1)[0]
    unknown = _UNKNOWN_PLATFORM.search(text)
    if unknown:
        available = _AVAILABLE.search(text)
        return _say(UNKNOWN_PLATFORM, platform=unknown.group(1),
                    available=available.group(1) if available else "xcb, wayland, offscreen")
    if "could not connect to display" in text or "Failed to create wl_display" in text:
        variable = "WAYLAND_DISPLAY" if platform.startswith("wayland") else "DISPLAY"
        return _say(NO_DISPLAY, platform=platform, display=env.get(variable) or '""', variable=variable)
    for reason in (load_error(platform), text):
        found = _MISSING_LIBRARY.search(reason or "")
        if found:
            return library_sentence(found.group(1))
    if "xcb-cursor0" in text and platform == "xcb":  # Qt 6.5+ says so, whatever else went wrong
        try:
            ctypes.CDLL("libxcb-cursor.so.0")
        except OSError:
            return library_sentence("libxcb-cursor.so.0")
    return _say(PLATFORM_FAILED, platform=platform, packages=WINDOW_PACKAGES)


class PlatformGuard:
    """Qt's message handler while the window runs. Until release() (the QApplication exists), Qt's
    messages are held: if the fatal "no Qt platform plugin could be initialized" comes, they become
    one sentence and exit 2 instead of Qt's abort; else they go to stderr as Qt's own handler writes
    them, as does every later message."""

    MAX_KEPT = 50

    def __init__(self, exit=os._exit):
        self.messages: list[str] = []
        self._held: list[str] = []
        self._holding = True
        self._exit = exit

    def __call__(self, mode, context, message: str) -> None:
        from PySide6.QtCore import QtMsgType, qFormatLogMessage

        if self._holding and mode == QtMsgType.QtFatalMsg and "platform plugin" in message:
            self.messages.append(message)
            print(_printable(platform_failure(self.messages)), file=sys.stderr)
            sys.stderr.flush()
            self._exit(EXIT_BAD_INPUT)
            return
        line = qFormatLogMessage(mode, context, message)
        if self._holding and mode != QtMsgType.QtFatalMsg:
            if len(self.messages) < self.MAX_KEPT:
                self.messages.append(message)
                self._held.append(line)
            return
        self._write(line)

    def release(self) -> None:
        """Qt started: what it said on the way goes out, and from now on every message at once."""
        self._holding = False
        held, self._held = self._held, []
        for line in held:
            self._write(line)

    @staticmethod
    def _write(line: str) -> None:
        try:
            sys.stderr.write(line + "\n")
        except (OSError, ValueError, UnicodeError):  # no stderr to write to: Qt's handler would stay quiet too
            pass


def open_window(path: str | None, *, quit_after_show: bool = False) -> int:
    """The window, with Qt's start-up failures turned into one sentence and exit 2. An ImportError
    from Qt reaches cli.main, which asks import_failure() for its sentence."""
    from mixframe.ui.app import create_application, mark, run

    mark("python+cli")
    from PySide6.QtCore import qInstallMessageHandler

    mark("qtcore")

    guard = PlatformGuard()
    qInstallMessageHandler(guard)
    create_application()  # the platform plugin starts here; run() takes this application
    guard.release()
    return run(path, quit_after_show=quit_after_show)
