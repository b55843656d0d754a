"""The recordings journal in the window: Recording > Recordings… lists every task started (from the
window or the command line) with its files, Copy, Stop for a running one and Forget; and, after the
first paint, the offer of the tasks still running that no Mixframe follows (a crash, "leave it
running", a `mixframe start`): Reattach, Stop or Forget. A running cloud recording is billed, so
the window never loses track of one.

The journal is `mixframe.store.journal`; the calls go through `RecordController`
(`reattach`, `stop_entry`), which runs them on a worker.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

def tr(text: str) -> str:
    return QCoreApplication.translate("Recordings", text)


def vendor_text(vendor: str) -> str:
    """The vendor's name, in the reader's language."""
    return {"volcengine": tr("Volcengine"), "qingcloud": tr("QingCloud")}.get(vendor, vendor)


def state_text(state: str) -> str:
    """The journal's state of a task, in the reader's language."""
    return {
        "starting": tr("starting (no answer yet)"),
        "running": tr("running"),
        "stopped": tr("stopped"),
        "ended": tr("ended"),
        "failed": tr("failed"),
        "not started": tr("not started"),
    }.get(state, state)


def when_text(seconds: float | None) -> str:
    if not seconds:
        return "—"
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(seconds))


def entry_text(entry) -> str:
    """What Copy puts on the clipboard for one task: its ids, times and state, then its files
    (object key, duration in ms, size in bytes, tab-separated, one a line). Never a secret: the
    journal holds none."""
    lines = [f"Vendor: {entry.vendor}", f"Account: {entry.account or entry.endpoint}", f"AppId: {entry.app_id}",
             f"RoomId: {entry.room_id}", f"TaskId: {entry.task_id or '—'}"]
    if entry.project_id:
        lines.append(f"ProjectId: {entry.project_id}")
    lines += [f"Started: {when_text(entry.started_at)}", f"State: {entry.state}"
              + (f" ({entry.status})" if entry.status else "")]
    if entry.ended_at:
        lines.append(f"Ended: {when_text(entry.ended_at)}")
    files = entry.files_text()
    if files:
        lines += ["Files:", files]
    return "\n".join(lines)


class RecordingsDialog(QDialog):
    """A table of journal tasks. `offer=True`: the start-up offer (only the tasks still running that
    nobody follows, with Reattach); else the whole history (Recording > Recordings…)."""

    COLUMNS = ("vendor", "account", "room", "task", "started", "state", "files")

    def __init__(self, controller, offer: bool = False, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else controller.window)
        self.controller = controller
        self.offer = offer
        self.entries: list = []
        self.setObjectName("recordings.offer" if offer else "recordings")
        self.setWindowTitle(tr("Recordings still running") if offer else tr("Recordings"))
        column = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("recordings.summary")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("recordings.list")
        self.table.setHorizontalHeaderLabels([tr("Vendor"), tr("Account"), tr("Room"), tr("Task"), tr("Started"),
                                              tr("State"), tr("Files")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # an object key reads as one line, its middle elided (the tooltip has it whole)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_buttons)
        column.addWidget(self.table, 1)
        self.error = QLabel(self)
        self.error.setObjectName("recordings.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setVisible(False)
        column.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("recordings.close")
        self.reattach_button = self._button(buttons, "recordings.reattach", tr("&Reattach"), tr(
            "Follow this recording in the window again: its state, its layout updates and Stop"), self.reattach)
        self.reattach_button.setVisible(offer)
        self.stop_button = self._button(buttons, "recordings.stop", tr("&Stop"), tr(
            "Stop this recording on the service and show its files"), self.stop)
        self.forget_button = self._button(buttons, "recordings.forget", tr("&Forget"), tr(
            "Remove it from this list; a recording still running on the service goes on (and is billed)"),
            self.forget)
        self.copy_button = self._button(buttons, "recordings.copy", tr("&Copy"), tr(
            "Copy the task's ids, times, state and files"), self.copy)
        buttons.rejected.connect(self.close)
        column.addWidget(buttons)
        self.resize(900, 360)
        self.refresh()

    def _button(self, box: QDialogButtonBox, name: str, text: str, tip: str, slot) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- the list -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the journal again (an unusable journal is one sentence above the empty list)."""
        from mixframe.store.journal import JournalError

        chosen = self.selected()
        try:
            journal = self.controller.journal()
            self.entries = journal.orphans() if self.offer else journal.entries()
        except JournalError as exc:
            self.entries = []
            self.say(exc.text(QCoreApplication.translate))
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            files = "\n".join(f.object_key for f in entry.files)
            cells = (vendor_text(entry.vendor), entry.account or entry.endpoint, entry.room_id,
                     entry.task_id or "—", when_text(entry.started_at), state_text(entry.state)
                     + (f" ({entry.status})" if entry.status else ""), files or "—")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", ", "))
                if col == 6 and files:
                    item.setToolTip(files)
                self.table.setItem(row, col, item)
        if self.offer:
            self.summary.setText(tr(
                "These recordings were still running when Mixframe last stopped following them (a crash, "
                "“leave it running”, or the command line). A running cloud recording is billed: reattach to "
                "follow it here, stop it, or forget it."))
        else:
            self.summary.setText(tr("Every recording started from this computer, the newest first.") if self.entries
                                 else tr("No recording has been started from this computer yet."))
        index = next((i for i, e in enumerate(self.entries) if chosen is not None and e.id == chosen.id), 0)
        if self.entries:
            self.table.selectRow(index)
        self._show_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() is not None else []
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _show_buttons(self) -> None:
        entry = self.selected()
        running = entry is not None and entry.open
        self.stop_button.setEnabled(running)
        self.reattach_button.setEnabled(running and self.controller.can_reattach())
        self.forget_button.setEnabled(entry is not None)
        self.copy_button.setEnabled(entry is not None)

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- the actions ----------------------------------------------------------------------------
    def reattach(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        problem = self.controller.reattach(entry)
        if problem:
            self.say(problem)
            return
        self.refresh()
        if self.offer and not self.entries:
            self.close()

    def stop(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.say("")
        self.stop_button.setEnabled(False)
        self.controller.stop_entry(entry, done=self._stopped)

    def _stopped(self, problem: str = "") -> None:
        import shiboken6

        if not shiboken6.isValid(self):  # closed (and deleted) while the stop was on its way
            return
        if problem:
            self.say(problem)
        self.refresh()
        if self.offer and not self.entries and not problem:
            self.close()

    def forget(self) -> None:
        from mixframe.store.journal import JournalError

        entry = self.selected()
        if entry is None:
            return
        try:
            self.controller.journal().forget(entry.id)
        except JournalError as exc:
            self.say(exc.text(QCoreApplication.translate))
            return
        self.refresh()
        if self.offer and not self.entries:
            self.close()

    def copy(self) -> str:
        entry = self.selected()
        text = entry_text(entry) if entry is not None else ""
        QGuiApplication.clipboard().setText(text)
        return text


def offer_running(controller) -> RecordingsDialog | None:
    """After the first paint: the recordings still running that nobody follows, if any (non-modal)."""
    from mixframe.store.journal import JournalError

    try:
        orphans = controller.journal().orphans()
    except JournalError as exc:
        controller.window.statusBar().showMessage(exc.text(QCoreApplication.translate), 15000)
        return None
    if not orphans:
        return None
    dialog = RecordingsDialog(controller, offer=True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    return dialog
