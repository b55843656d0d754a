"""The request preview: the exact body that would be sent, secrets masked, as the producer types.

The text is what `mixframe request` prints for the same request (one pipeline,
`model.sending`), with the secrets the chosen account gives at start masked. Whether it is
sendable is the window's one verdict (`ui.verdict`), which the Problems list and Record read too.
While the request has errors nothing would be sent, so the panel says so and shows the request as
written instead. Copy as curl and Export JSON take what the panel shows.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from mixframe.ui.follow import FollowsEdits
from mixframe.model.problems import Problem, errors_of
from mixframe.store.files import atomic_write_text


def tr(text: str) -> str:
    return QCoreApplication.translate("RequestPreview", text)


class RequestPreview(FollowsEdits, QWidget):
    """A status line and a read-only monospace view (``request.preview``) of the body to send."""

    def __init__(self, request_doc, parent: QWidget | None = None, *, defer: bool = False):
        """With `defer`, the first check waits for `refresh_soon` or for the first read."""
        super().__init__(parent)
        self.request_doc = request_doc
        self.setObjectName("request.previewPanel")
        self._ids: tuple[str | None, str | None, str | None] = (None, None, None)
        self._problems: list[Problem] = []
        self._body: dict | None = None
        self._shown: dict = {}
        self._endpoint_source = None  # vendor -> where the chosen account sends (the toolbar's)

        self.status = QLabel(self)
        self.status.setObjectName("request.preview.status")
        self.status.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("request.preview")
        self.text.setAccessibleName(tr("Request body"))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.text, 1)

        self.follow_edits(request_doc, defer=defer)
        self._stale = True
        if not defer:
            self.refresh()

    # -- the recording's ids (given when recording starts; None = what the request holds)
    def set_ids(self, app_id: str | None = None, room: str | None = None, task: str | None = None) -> None:
        """An empty id counts as not given, as an empty field in the window means."""
        ids = tuple(value or None for value in (app_id, room, task))
        if ids != self._ids:
            self._ids = ids  # type: ignore[assignment]
            self._schedule()

    def set_app_id(self, value: str | None) -> None:
        self.set_ids(value, self._ids[1], self._ids[2])

    def set_room(self, value: str | None) -> None:
        self.set_ids(self._ids[0], value, self._ids[2])

    def set_task(self, value: str | None) -> None:
        self.set_ids(self._ids[0], self._ids[1], value)

    def set_endpoint_source(self, source) -> None:
        """`source(vendor)` gives the endpoint (url, region) of the account chosen to record with;
        Copy as curl addresses it. Without one, the vendor's public host."""
        self._endpoint_source = source

    # -- reading
    @property
    def sendable(self) -> bool:
        self._catch_up()
        return self._body is not None

    @property
    def problems(self) -> list[Problem]:
        """The problems that decide whether it is sendable (the ids must be there now)."""
        self._catch_up()
        return list(self._problems)

    @property
    def body(self) -> dict | None:
        """The masked body that would be sent, or None while there are errors."""
        self._catch_up()
        return self._body

    def shown_body(self) -> dict:
        """What the panel shows: the body to send, or the request as written while it has errors."""
        self._catch_up()
        return self._shown

    # -- updating
    def refresh(self) -> None:
        """Recompute now (a pending coalesced refresh is dropped), keeping the scroll position."""
        from mixframe.model.sending import preview_text  # the rules (pydantic) load after the first paint
        from mixframe.ui.verdict import send_verdict

        self._timer.stop()
        self._stale = False
        verdict = send_verdict(self.request_doc, self._ids)
        self._problems, self._body, self._shown = verdict.problems, verdict.body, verdict.shown
        self.status.setText(self._status_text())
        text = preview_text(self._shown)
        if text != self.text.toPlainText():
            vertical, horizontal = self.text.verticalScrollBar(), self.text.horizontalScrollBar()
            at = vertical.value(), horizontal.value()
            self.text.setPlainText(text)
            vertical.setValue(at[0])
            horizontal.setValue(at[1])

    # -- actions (the window attaches them to its QActions)
    def copy_curl(self) -> str:
        """Put the shown request on the clipboard as a curl command (masked); returns the text."""
        from mixframe.api.curl import curl_command  # the HTTP stack loads on first use, not at start-up

        vendor = self.request_doc.vendor
        endpoint = self._endpoint_source(vendor) if self._endpoint_source is not None else None
        command = curl_command(vendor, self.shown_body(), endpoint)
        QGuiApplication.clipboard().setText(command)
        return command

    def export_json(self, path: str | os.PathLike) -> None:
        """Write the shown body, secrets masked, exactly as previewed (atomically)."""
        from mixframe.model.sending import preview_text

        atomic_write_text(path, preview_text(self.shown_body()) + "\n")

    # -- private
    def _catch_up(self) -> None:
        if self._stale or self._timer.isActive():
            self.refresh()

    def _status_text(self) -> str:
        errors = errors_of(self._problems)
        if not errors:
            return tr("The body that would be sent. Secrets are masked.")
        first = errors[0].line(QCoreApplication.translate).rstrip(".")
        if len(errors) == 1:
            return tr("Not sendable yet: {problem}. Showing the request as written, secrets masked.").format(problem=first)
        return tr("Not sendable yet: {problem} (and {n} more). Showing the request as written, secrets masked.").format(
            problem=first, n=len(errors) - 1)
