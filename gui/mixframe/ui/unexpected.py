"""What happens when Mixframe itself fails: one plain sentence, the window stays, details to a log.

PySide6 hands an exception raised in a slot or an event handler to ``sys.excepthook``. The default
prints a traceback the producer cannot act on; ours writes it to the log folder and shows one
sentence. The window keeps running: an unexpected error in one action must not lose the work
in the others.
"""

from __future__ import annotations

import datetime as _dt
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def tr(text: str) -> str:
    return QCoreApplication.translate("Unexpected", text)


def log_dir() -> Path:
    import os

    override = os.environ.get("MIXFRAME_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("mixframe", "Mixframe"))


def write_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> Path | None:
    """Append the traceback to the log; None when even that is impossible.

    Only the traceback and the exception's message are written: never local variables, which
    could hold a key.
    """
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "errors.log"
        stamp = _dt.datetime.now().isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp}\n")
            handle.write("".join(traceback.format_exception(kind, value, tb)))
        return path
    except OSError:
        return None


class UnexpectedErrors:
    """The installed hook. One message box at a time: a failure repeating in a paint event must not
    stack up dialogs."""

    def __init__(self) -> None:
        self.previous = sys.excepthook
        self.showing = False
        self.count = 0

    def __call__(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.count += 1
        path = write_report(kind, value, tb)
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        # Shown from the event loop, not from inside the failing handler.
        QTimer.singleShot(0, lambda: self._show(path))

    def _show(self, path: Path | None) -> None:
        try:
            where = tr("The details were written to {path}.").format(path=path) if path else ""
            QMessageBox.warning(
                QApplication.activeWindow(),
                tr("Something went wrong"),
                tr("Mixframe hit an unexpected error in the last action. Your document is still open; "
                   "save it under a new name to be safe.") + (" " + where if where else ""),
            )
        finally:
            self.showing = False


def install() -> UnexpectedErrors:
    hook = UnexpectedErrors()
    sys.excepthook = hook
    return hook
