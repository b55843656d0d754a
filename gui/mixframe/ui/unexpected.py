"""What happens when Mixframe itself fails: one plain sentence, the window stays, details to a log.

PySide6 hands an exception raised in a slot or an event handler to ``sys.excepthook``. The default
prints a traceback the producer cannot act on; ours writes it to the log folder and shows one
sentence. The window keeps running: an unexpected error in one action must not lose the work
in the others.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mixframe.errorlog import log_dir, write_report  # noqa: F401 - shared with the command line


def tr(text: str) -> str:
    return QCoreApplication.translate("Unexpected", text)


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
