"""Work that may be slow (the network, a keyring unlock prompt, starting the sandbox) runs off the
GUI thread, so the window never freezes; the result comes back to the GUI thread by a queued signal.

In the shape of Anki's ``aqt.operations``::

    BackgroundOp(window, lambda: session.start(body), success=show_started) \\
        .failure(show_error).with_progress(tr("Starting the recording…")).run_in_background()

`success` and `failure` run on the GUI thread. Without a `failure`, an exception is shown the way
every unexpected error of the window is (one sentence, details in the log).
"""

from __future__ import annotations

import sys
from typing import Any, Callable, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar, QWidget

T = TypeVar("T")

# Progress appears only for work that takes longer than this: a quick call never flickers.
PROGRESS_DELAY_MS = 500


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the call into the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:  # the worker thread
        try:
            result = self.work()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class BackgroundOp(Generic[T]):
    """One piece of slow work, run on the shared thread pool, reporting back to the GUI thread."""

    _running: set["BackgroundOp"] = set()  # keeps each op alive until it has reported

    def __init__(self, parent: QObject, work: Callable[[], T], success: Callable[[T], None] | None = None):
        self.parent = parent
        self.work = work
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self._progress_label: str | None = None
        self._progress: QProgressBar | None = None
        self._progress_timer: QTimer | None = None
        self.relay = _Relay()

    def failure(self, callback: Callable[[BaseException], None]) -> "BackgroundOp[T]":
        self._failure = callback
        return self

    def with_progress(self, label: str) -> "BackgroundOp[T]":
        """Show a busy indicator with `label` in the window's status bar if the work takes long."""
        self._progress_label = label
        return self

    def run_in_background(self, pool: QThreadPool | None = None) -> None:
        self.relay.succeeded.connect(self._on_success)
        self.relay.failed.connect(self._on_failure)
        BackgroundOp._running.add(self)
        if self._progress_label is not None:
            self._progress_timer = QTimer()
            self._progress_timer.setSingleShot(True)
            self._progress_timer.timeout.connect(self._show_progress)
            self._progress_timer.start(PROGRESS_DELAY_MS)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self.work, self.relay))

    # -- GUI thread
    def _show_progress(self) -> None:
        window = self.parent.window() if isinstance(self.parent, QWidget) else None
        if not isinstance(window, QMainWindow):
            return
        bar = QProgressBar()
        bar.setObjectName("operation.progress")
        bar.setRange(0, 0)  # busy: the services give no percentage
        bar.setMaximumWidth(160)
        bar.setFormat(self._progress_label or "")
        bar.setTextVisible(False)
        bar.setToolTip(self._progress_label or "")
        window.statusBar().addPermanentWidget(bar)
        window.statusBar().showMessage(self._progress_label or "")
        self._progress = bar

    def _finish(self) -> None:
        if self._progress_timer is not None:
            self._progress_timer.stop()
        if self._progress is not None:
            window = self._progress.window()
            self._progress.deleteLater()
            self._progress = None
            if isinstance(window, QMainWindow):
                window.statusBar().clearMessage()
        BackgroundOp._running.discard(self)

    def _on_success(self, result: Any) -> None:
        self._finish()
        if self._success is not None:
            self._success(result)

    def _on_failure(self, exc: BaseException) -> None:
        self._finish()
        if self._failure is not None:
            self._failure(exc)
            return
        # The window's hook (ui/unexpected.py): one sentence, the traceback in the log.
        sys.excepthook(type(exc), exc, exc.__traceback__)

    @classmethod
    def running(cls) -> int:
        return len(cls._running)
