"""Panels that follow the request's edits: recomputed at most once per turn of the event loop.

A burst of edits (a drag, an undo of ten steps, a form filled by a script) costs one refresh,
made when the event loop turns. With `defer`, nothing is computed until `refresh_soon` (the
window calls it after its first paint), so an expensive first check never delays the paint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer


class FollowsEdits:
    """Mixed into a QWidget panel whose `refresh()` recomputes it from `request_doc`."""

    def follow_edits(self: QObject, request_doc, *, defer: bool) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self._deferred = defer
        request_doc.changed.connect(self._schedule)

    def refresh_soon(self) -> None:
        """Recompute once the event loop turns."""
        self._deferred = False
        self._timer.start()

    def is_pending(self) -> bool:
        """A refresh is scheduled and not yet made."""
        return self._timer.isActive()

    def _schedule(self) -> None:
        if not self._deferred:
            self._timer.start()

    def refresh(self) -> None:  # pragma: no cover - each panel has its own
        raise NotImplementedError
