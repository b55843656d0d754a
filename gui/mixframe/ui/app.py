"""Starting the window: the QApplication, its language, the first document and the start-up probe.

Qt is imported only inside `run`, so ``mixframe --version`` and the headless commands never load it.
"""

from __future__ import annotations

import os
import sys
import time

# Fallback clock when /proc is unavailable: as early as this module can see.
_IMPORTED_AT = time.perf_counter()
START_TIME = _IMPORTED_AT


def seconds_since_process_start() -> float:
    """Seconds since this process was started by the OS (so interpreter start-up counts too)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            stat = f.read()
        # Fields after "(comm)": index 19 is field 22, starttime in clock ticks since boot.
        start_ticks = int(stat[stat.rindex(")") + 2 :].split()[19])
        now = time.clock_gettime(time.CLOCK_BOOTTIME)
        return max(0.0, now - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        import mixframe

        started = getattr(mixframe, "_start_time", None)
        if isinstance(started, float):
            return time.perf_counter() - started
        return time.perf_counter() - START_TIME


# Where start-up's time goes: (phase, seconds since the process started, CPU seconds the process
# has used) at the end of each phase. ``MIXFRAME_STARTUP_PHASES=1 mixframe --quit-after-show``
# writes them to stderr as one line (the start-up benchmark reads it); marking costs a /proc read
# per phase, never Qt. The CPU time is what a busy machine does not inflate.
PHASES: list[tuple[str, float, float]] = []


def mark(phase: str) -> None:
    PHASES.append((phase, seconds_since_process_start(), time.process_time()))


def phases_line() -> str:
    """``phases: python+cli=41.2/35.0 qtcore=…``: milliseconds since the process started / of CPU."""
    return "phases: " + " ".join(f"{name}={wall * 1000:.1f}/{cpu * 1000:.1f}" for name, wall, cpu in PHASES)


def _open_path(window, path: str, quiet: bool) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from mixframe.model.problems import DocumentError

    try:
        window.open_path(path)
    except DocumentError as exc:
        if quiet:
            print(exc.text(QCoreApplication.translate), file=sys.stderr)
        else:
            QMessageBox.warning(
                window, QCoreApplication.translate("app", "Cannot open the file"), exc.text(QCoreApplication.translate)
            )


def create_application(argv: list[str] | None = None):
    """The QApplication with Mixframe's names (for QSettings) and the chosen language."""
    from PySide6.QtWidgets import QApplication

    from mixframe import __version__
    from mixframe.ui.i18n import install_translator

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName("Mixframe")
    app.setOrganizationName("Mixframe")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    # Wayland and GNOME match the window to its desktop entry by this id (packaging/linux/).
    app.setDesktopFileName("io.github.mixframe.Mixframe")
    if not getattr(app, "_mixframe_translators", None):
        app._mixframe_translators = install_translator(app)
    return app


def application_icon():
    """The app icon from the PNG sizes shipped in mixframe.resources (no SVG plugin needed)."""
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = files("mixframe.resources") / "icons"
    for size in (16, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(folder / f"mixframe-{size}.png"))
    return icon


class _FirstPaintProbe:
    """Calls `done` once, after the window's first paint has been flushed."""

    def __init__(self, window, done):
        from PySide6.QtCore import QEvent, QObject, QTimer

        class Filter(QObject):
            def eventFilter(inner, obj, event):  # noqa: N805
                if event.type() in (QEvent.Type.Paint, QEvent.Type.Expose) and not inner.fired:
                    inner.fired = True
                    # A zero timer runs after the whole paint pass and the backing-store flush.
                    QTimer.singleShot(0, done)
                return False

        self.filter = Filter()
        self.filter.fired = False
        window.installEventFilter(self.filter)


def run(path: str | None = None, quit_after_show: bool = False) -> int:
    """Open the main window (with `path` loaded if given) and run until it closes."""
    app = create_application()
    mark("application")
    from PySide6.QtCore import Qt

    from mixframe.ui import unexpected
    from mixframe.ui.main_window import MainWindow

    hook = unexpected.install()  # noqa: F841 - a failing action shows a sentence, never a traceback
    mark("window-modules")
    window = MainWindow()
    mark("window-built")
    if quit_after_show:

        def finish():
            mark("first-paint")
            print(f"{PHASES[-1][1]:.3f}", flush=True)
            if os.environ.get("MIXFRAME_STARTUP_PHASES"):
                print(phases_line(), file=sys.stderr, flush=True)
            window.setWindowModified(False)
            window.force_close()
            app.exit(0)

        probe = _FirstPaintProbe(window, finish)  # noqa: F841 (kept alive until exit)
    window.show()
    mark("shown")
    if path:
        _open_path(window, path, quiet=quit_after_show)
    # After the first paint: the window comes first (queued, so each runs in a later turn).
    queued = Qt.ConnectionType.QueuedConnection
    window.firstPainted.connect(sweep_crash_leftovers, queued)
    if not quit_after_show:
        # The Sandbox account's emulator: found or started in the background once the window is up.
        window.firstPainted.connect(window.recording.prepare_sandbox, queued)
        # Recordings still running that no Mixframe follows (a crash, "leave it running"): offered.
        window.firstPainted.connect(window.recording.offer_running, queued)
    app.aboutToQuit.connect(window.recording.shutdown)  # a sandbox started in here stops with the app
    return app.exec()


def sweep_crash_leftovers() -> None:
    """Temporaries that saves cut short by a crash left in our folders (never the user's own files)."""
    from mixframe.store.files import sweep_temporaries
    from mixframe.store.presets import PresetStore
    from mixframe.store.profiles import config_dir

    PresetStore().sweep_temporaries()
    sweep_temporaries(config_dir())


def main() -> int:  # ``python -m mixframe.ui.app [FILE] [--quit-after-show]``
    args = [a for a in sys.argv[1:] if a != "--quit-after-show"]
    return run(args[0] if args else None, "--quit-after-show" in sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
