"""Record from the window: the account, room and task in a toolbar, one button to start and stop,
the running task's state, live layout updates, and the recorded files.

`RecordController` is the window's face of `mixframe.session.RecordingSession`: every call runs on
a worker (`BackgroundOp`), so the window never waits on the network. Layout edits made while a
custom-layout mixed recording runs are pushed with UpdateRecord, debounced and one at a time; the
`record.applied` label says whether what the canvas shows is what the service records.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from mixframe.api.errors import TASK_NOT_FOUND, ApiError, redact
from mixframe.model.problems import RequestInvalid, errors_of
from mixframe.model.vendors import names_task as _names_task
from mixframe.recording import live
from mixframe.recording.errors import explain
from mixframe.recording.operations import (CheckedStart, PollRecording, StartRecording, Stopped, StopRecording,
                                           UpdateRecording)
from mixframe.recording.sandbox import SandboxHost
from mixframe.recording.live import Label, Send, Step, update_snapshot
from mixframe.session import (
    DEFAULT_TIMEOUT,
    CallResult,
    RecordingSession,
    SessionError,
    TaskRef,
    TaskStatus,
    new_task_id,
)
from mixframe.store.profiles import Profile, ProfileError, ProfileStore
from mixframe.ui.actions import make_action
from mixframe.ui.icons import icon
from mixframe.ui.operations import BackgroundOp
from mixframe.ui.window_words import window_problem, window_text

IDLE, STARTING, RECORDING, STOPPING = "idle", "starting", "recording", "stopping"
POLL_INTERVAL_MS = 5000  # GetRecordTask while the task runs
UPDATE_DEBOUNCE_MS = live.UPDATE_DEBOUNCE_MS  # an UpdateRecord goes this long after the last layout edit
ROOM_SETTING = "record/roomId"
DEFAULT_ROOM = "room1"
# What UpdateRecord can change on a running task; everything else is frozen while it runs.
UPDATABLE_PATHS = ("TargetStreams", "Layout.CustomLayout")
CANVAS_SIZE_FIELDS = ("Layout.CustomLayout.Canvas.Width", "Layout.CustomLayout.Canvas.Height")


def tr(text: str) -> str:
    return QCoreApplication.translate("Recording", text)


def frozen_sentence() -> str:
    return tr("A running recording cannot change this: UpdateRecord changes only the streams, the regions and "
              "the canvas background. Stop the recording to edit it.")


def describe(exc: BaseException) -> tuple[str, list[str]] | None:
    """(the plain sentence, the detail lines) of an error the window explains; None for a bug.

    The one mapping both faces use (recording/errors.py), in the window's words: its own controls,
    never a command-line option or variable."""
    said = explain(exc, QCoreApplication.translate, words=window_text, problem=window_problem)
    return None if said is None else (said.sentence, list(said.details))


def elapsed_text(ms: int) -> str:
    seconds = max(0, ms // 1000)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def size_text(size: int) -> str:
    if size >= 1 << 30:
        return f"{size / (1 << 30):.1f} GB"
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    if size >= 1 << 10:
        return f"{size / (1 << 10):.1f} KB"
    return tr("{n} bytes").format(n=size)


class RecordStatus(QWidget):
    """The running task in the status bar: elapsed time, TaskId and RoomId, the service's state and
    whether the layout shown is the one recorded."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("record.status")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 8, 0)
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("record.elapsed")
        self.ids = QLabel(self)
        self.ids.setObjectName("record.ids")
        self.state = QLabel(self)
        self.state.setObjectName("record.state")
        self.applied = QLabel(self)
        self.applied.setObjectName("record.applied")
        for label in (self.elapsed, self.ids, self.state, self.applied):
            row.addWidget(label)
        self.setVisible(False)


UNKNOWN = "—"  # a value the service does not report


class RecordedFiles(QDialog):
    """The files a finished recording left (object key, duration, size), with a Copy button."""

    def __init__(self, status: TaskStatus | None, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("record.files")
        self.setWindowTitle(tr("Recorded files"))
        self.status = status
        files = status.files if status is not None else ()
        column = QVBoxLayout(self)
        summary = QLabel(self)
        summary.setObjectName("record.files.summary")
        summary.setWordWrap(True)
        lines = []
        if status is not None:
            lines.append(tr("Status: {name}").format(name=status.name) + (
                tr(", stopped: {reason}").format(reason=status.stop_reason) if status.stop_reason else ""))
        if note:
            lines.append(note)
        if status is not None and not files:
            lines.append(tr("The service lists no files for this task yet."))
        summary.setText("\n".join(lines))
        column.addWidget(summary)
        self.table = QTableWidget(len(files), 3, self)
        self.table.setObjectName("record.files.list")
        self.table.setHorizontalHeaderLabels([tr("Object key"), tr("Duration"), tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, f in enumerate(files):
            cells = (f.object_key, None if f.duration_ms is None else elapsed_text(f.duration_ms),
                     None if f.size_bytes is None else size_text(f.size_bytes))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(UNKNOWN if text is None else text)
                if text is None:  # QingCloud lists file names; a duration it does not report is not 0:00:00
                    item.setToolTip(tr("The service does not report this for its files."))
                self.table.setItem(row, col, item)
        column.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("record.files.copy")
        self.copy_button.setToolTip(tr("Copy the list: object key, duration (ms) and size (bytes), one file a line"))
        self.copy_button.setEnabled(bool(files))
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.close)
        column.addWidget(buttons)
        self.resize(640, 300)

    def text(self) -> str:
        files = self.status.files if self.status is not None else ()
        known = lambda value: "" if value is None else str(value)  # noqa: E731 - not reported: empty
        return "\n".join(f"{f.object_key}\t{known(f.duration_ms)}\t{known(f.size_bytes)}" for f in files)

    def copy(self) -> str:
        text = self.text()
        QGuiApplication.clipboard().setText(text)
        return text


class RecordController(QObject):
    """Record, live-update and stop one recording at a time from the window `window`.

    The window gives its settings (the RoomId is remembered there); `sandbox_url` points the
    Sandbox account at a running emulator (tests give one of their own). Without it,
    `prepare_sandbox` finds a `mixframe sandbox` on its port or starts one in this process.
    """

    stateChanged = Signal(str)
    updateApplied = Signal()  # one UpdateRecord was accepted by the service
    # What the window does for the controller (it connects these; until then the controller also
    # reaches the window's parts itself):
    idsChanged = Signal()  # the ids Record would send changed: the panels judge with ids()
    frozenChanged = Signal(object)  # the sentence the settings forms are frozen with, None: editable
    problemsWanted = Signal()  # show the Problems list (Record found something to fix)
    closeWanted = Signal(bool)  # the recording stopped for quitting: close (True: without asking again)
    idleChanged = Signal(bool)  # no recording runs: actions that replace the document may run

    def __init__(self, window: QMainWindow, settings: QSettings, sandbox_url: str | None = None):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.state = IDLE
        self.timeout = DEFAULT_TIMEOUT  # one deadline per call, retries included
        self.request_doc = None
        self.session: RecordingSession | None = None
        self.task: TaskRef | None = None
        self.profile: Profile | None = None
        self.last_status: TaskStatus | None = None
        self.files_dialog: RecordedFiles | None = None
        self.error_box: QMessageBox | None = None
        # The Sandbox account's sandbox: given, found on its port or started here (and stopped at quit).
        self.sandbox = SandboxHost(sandbox_url)
        self._auto_sandbox = False
        self._closed = False
        self._quit_after_stop = False
        self._quit_clean_index: int | None = None
        self.live = live.LiveUpdates(UPDATE_DEBOUNCE_MS)  # live updates: what goes out when
        self.polls_in_flight = 0
        self._elapsed_before_ms = 0  # a reattached task ran this long before the window followed it
        self.journal_row: int | None = None  # the journal's row of a reattached task
        self.recordings_dialog = None

        self._elapsed = QElapsedTimer()
        self.elapsed_timer = QTimer(self)
        self.elapsed_timer.setInterval(1000)
        self.elapsed_timer.timeout.connect(self._show_elapsed)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(UPDATE_DEBOUNCE_MS)
        self.debounce.timeout.connect(self._push_update)

        self._make_actions()
        self._make_toolbar()
        self._make_menu()
        self.status = RecordStatus(window.statusBar())
        window.statusBar().addPermanentWidget(self.status)
        self.reload_accounts()
        self._show_state()

    # --- building -------------------------------------------------------------------------
    def _make_actions(self) -> None:
        w = self.window  # the actions live on the window, so their shortcuts work wherever it has focus
        self.toggle_action: QAction = make_action(w, "record.toggle", tr("Record"), self.toggle, "Ctrl+R")
        self.manage_action: QAction = make_action(w, "accounts.manage", tr("Accounts…"), self.manage_accounts)
        self.manage_action.setToolTip(tr("Add, edit and remove the accounts recordings are made with"))
        self.recordings_action: QAction = make_action(w, "recordings.show", tr("Recordings…"), self.show_recordings)
        self.recordings_action.setToolTip(tr("Every recording started from this computer, with its files; stop "
                                             "or reattach to one still running"))
        # The window registers these with its other parts' actions.
        self.actions = {"record.toggle": self.toggle_action, "accounts.manage": self.manage_action,
                        "recordings.show": self.recordings_action}

    def _make_toolbar(self) -> None:
        bar = QToolBar(tr("Recording toolbar"), self.window)
        bar.setObjectName("toolbar.record")
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.account_picker = QComboBox(bar)
        self.account_picker.setObjectName("account.picker")
        self.account_picker.setAccessibleName(tr("Account"))
        self.account_picker.setToolTip(tr("The account the recording is made with"))
        self.account_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # names read whole
        self.account_picker.currentIndexChanged.connect(self._account_changed)
        self.room_edit = QLineEdit(bar)
        self.room_edit.setObjectName("record.roomId")
        self.room_edit.setAccessibleName(tr("RoomId"))
        self.room_edit.setPlaceholderText(tr("RoomId"))
        self.room_edit.setToolTip(tr("The room to record (RoomId; QingCloud's channel)"))
        self.room_edit.setMinimumWidth(self.room_edit.fontMetrics().horizontalAdvance("room-0000") + 24)
        self.room_edit.setMaximumWidth(130)
        self.room_edit.setText(str(self.settings.value(ROOM_SETTING, DEFAULT_ROOM) or ""))
        self.room_edit.textChanged.connect(self._room_changed)
        self.task_edit = QLineEdit(bar)
        self.task_edit.setObjectName("record.taskId")
        self.task_edit.setAccessibleName(tr("TaskId"))
        self.task_edit.setToolTip(tr("The recording's TaskId: a fresh one is proposed; you may type your own"))
        self.task_edit.setPlaceholderText(tr("TaskId"))
        fresh_width = self.task_edit.fontMetrics().horizontalAdvance(new_task_id()) + 28
        self.task_edit.setMinimumWidth(fresh_width)  # a proposed TaskId shows whole, the field grows no wider
        self.task_edit.setMaximumWidth(fresh_width)
        self._fresh_task_id = new_task_id()  # what Record sends when the field is emptied
        self.task_edit.setText(new_task_id())
        self.task_edit.textChanged.connect(lambda _text: self._show_ids())
        # Record comes first: on a narrow screen the toolbar hides its last items behind », and the
        # one action the product exists for must never be among them.
        bar.addAction(self.toggle_action)
        bar.addWidget(self.account_picker)
        bar.addWidget(self.room_edit)
        bar.addWidget(self.task_edit)
        button = bar.widgetForAction(self.toggle_action)
        if button is not None:
            button.setObjectName("record.toggle.button")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar = bar

    def _make_menu(self) -> None:
        menu = self.window.menuBar().addMenu(tr("Re&cording"))
        menu.setObjectName("menu.recording")
        menu.addAction(self.toggle_action)
        menu.addAction(self.recordings_action)
        menu.addSeparator()
        menu.addAction(self.manage_action)
        self.menu = menu

    # --- accounts ---------------------------------------------------------------------------
    def reload_accounts(self) -> None:
        """Fill the picker from the profiles file, keeping the chosen account when it is still there."""
        chosen = self.account_picker.currentData()
        picker = self.account_picker
        picker.blockSignals(True)
        picker.clear()
        try:
            store = ProfileStore()
            profiles = store.profiles()
            default = store.default()
        except ProfileError as exc:
            profiles, default = [], None
            picker.setPlaceholderText(tr("Accounts cannot be read"))
            picker.setToolTip(exc.text(QCoreApplication.translate))
        self._profiles = {p.name: p for p in profiles}
        for p in profiles:
            text = tr("{name} (local emulator)").format(name=p.name) if p.is_sandbox else p.name
            picker.addItem(text, p.name)
            picker.setItemData(picker.count() - 1, p.label or p.endpoint, Qt.ItemDataRole.ToolTipRole)
        if not profiles:
            picker.setPlaceholderText(tr("No account: Recording > Accounts…"))
        wanted = chosen if chosen in self._profiles else (default.name if default is not None else None)
        index = picker.findData(wanted) if wanted is not None else -1
        picker.setCurrentIndex(index if index >= 0 else (0 if profiles else -1))
        picker.blockSignals(False)
        self._account_changed()

    def current_profile(self) -> Profile | None:
        name = self.account_picker.currentData()
        return self._profiles.get(name) if name is not None else None

    def manage_accounts(self) -> None:
        try:
            from mixframe.ui.accounts_dialog import manage_accounts
        except ImportError:
            QMessageBox.information(self.window, tr("Accounts"), tr(
                "Managing accounts in the window is not available in this version yet; use "
                "“mixframe account add” on the command line."))
            return
        shown = manage_accounts(self.window)
        finished = getattr(shown, "finished", None)
        if finished is not None:  # a dialog left open: its changes count when it closes
            finished.connect(lambda *_args: self.reload_accounts())
        self.reload_accounts()

    def _account_changed(self, *_args) -> None:
        profile = self.current_profile()
        if profile is not None and profile.is_sandbox and self._auto_sandbox:
            self.prepare_sandbox()
        self._show_ids()

    # --- the sandbox: recording/sandbox.SandboxHost finds or starts it, once --------------------
    def set_sandbox_url(self, url: str | None) -> None:
        """Talk to the sandbox at `url` for the Sandbox account (tests give their own)."""
        self.sandbox.set_url(url)

    @property
    def sandbox_url(self) -> str | None:
        return self.sandbox.url

    @property
    def _sandbox(self):
        """The sandbox this window started (it stops when the app quits), else None."""
        return self.sandbox.started

    def prepare_sandbox(self) -> None:
        """Find or start the sandbox in the background, once the window is up (the app calls this
        after the first paint); the tests never do, unless they want it."""
        self._auto_sandbox = True
        profile = self.current_profile()
        if self.sandbox.url or profile is None or not profile.is_sandbox:
            return
        BackgroundOp(self.window, self.sandbox.url_now, success=self._sandbox_ready).failure(
            self._sandbox_failed).run_in_background()

    def _sandbox_ready(self, url: str) -> None:
        if self._closed:
            return
        where = tr("started in Mixframe") if self._sandbox is not None else tr("already running")
        self.window.statusBar().showMessage(tr("Sandbox {where} at {url}").format(where=where, url=url), 5000)

    def _sandbox_failed(self, exc: BaseException) -> None:
        if not self._closed:
            self.window.statusBar().showMessage(tr("The sandbox could not start: {reason}").format(
                reason=getattr(exc, "strerror", None) or str(exc)), 10000)

    # --- the document -----------------------------------------------------------------------
    def bind(self, request_doc) -> None:
        """Follow the window's (new) request document."""
        self.request_doc = request_doc
        request_doc.changed.connect(self._document_changed)
        self._show_ids()
        self.show_frozen()
        self._show_state()
        if self.state == RECORDING:
            self._document_changed()

    def _room_changed(self, text: str) -> None:
        self.settings.setValue(ROOM_SETTING, text.strip())
        self._show_ids()

    def ids(self) -> tuple[str | None, str | None, str | None]:
        """(AppId, RoomId, TaskId) the next or the running recording has; None where not given."""
        if self.task is not None and self.state != IDLE:
            return self.task.app_id, self.task.room_id, (self.task.task_id if _names_task(self.task.vendor) else None)
        profile = self.current_profile()
        volcengine = self.request_doc is None or _names_task(self.request_doc.vendor)
        # An empty TaskId field: Record makes one up, the one the panels show.
        return ((profile.app_id if profile is not None else "") or None, self.room_edit.text().strip() or None,
                (self.task_edit.text().strip() or self._fresh_task_id) if volcengine else None)

    def call_endpoint(self, vendor: str):
        """Where Record would send a `vendor` request with the chosen account (its URL and region;
        the Sandbox account: the sandbox it talks to), for Copy as curl."""
        from mixframe.api.volc_client import Endpoint
        from mixframe.model import endpoints

        profile = self.current_profile()
        if profile is not None and profile.is_sandbox:
            url = self.sandbox.url
            if not url:
                from mixframe.sandbox.server import sandbox_port  # where the window looks for it

                url = f"http://127.0.0.1:{sandbox_port()}"
            return Endpoint(url, profile.region)
        if profile is not None and profile.service == vendor:
            return Endpoint(profile.endpoint, profile.region)
        default = endpoints.default_for(vendor)  # no account for this vendor: its public host
        return Endpoint(default.url, default.region)

    def _show_ids(self) -> None:
        # The Request panel and the Problems list judge the request as Record would send it.
        # The Request panel only once it is built (asking the window for it would build it).
        self.idsChanged.emit()
        volcengine = self.request_doc is None or _names_task(self.request_doc.vendor)
        if self.state == IDLE:
            self.task_edit.setEnabled(volcengine)
            self.task_edit.setPlaceholderText(tr("TaskId") if volcengine else tr("given by the service"))

    # --- record and stop --------------------------------------------------------------------
    def toggle(self) -> None:
        if self.state == IDLE:
            self.record()
        elif self.state == RECORDING:
            self.stop()

    def record(self) -> None:
        """Check everything, then start the recording in the background."""
        if self.state != IDLE or self.request_doc is None:
            return
        doc = self.request_doc
        profile = self.current_profile()
        if profile is None:
            self.show_error(tr("Cannot record"), SessionError(tr(
                "Choose the account to record with in the toolbar (Recording > Accounts… adds one).")))
            return
        room = self.room_edit.text().strip()
        if not room:
            self.room_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.show_error(tr("Cannot record"), SessionError(tr("Type the RoomId of the room to record in the toolbar.")))
            return
        from mixframe.ui.verdict import send_verdict  # the rules (pydantic) are not needed before

        # The one check of this send: the verdict the Problems list (or the Request panel) made
        # on this request and these ids, else made now; the worker sends its body unchecked.
        verdict = send_verdict(doc, self.ids())
        if not verdict.sendable:
            self.problemsWanted.emit()
            self.window.statusBar().showMessage(tr("Nothing was sent: fix the problems listed first."), 8000)
            return
        vendor = doc.vendor
        if _names_task(vendor):
            self.task_edit.setText(self.task_edit.text().strip() or self._fresh_task_id)
        session = RecordingSession(profile, sandbox=self.sandbox, timeout=self.timeout)
        self.session, self.profile, self.task, self.last_status = session, profile, None, None
        self._started_snapshot = update_snapshot(doc.to_body())
        self._elapsed_before_ms = 0
        self.journal_row = None
        checked = CheckedStart(vendor, verdict.checked, tuple(p for p in verdict.problems if not p.is_error))
        start = StartRecording(session, checked, success=lambda result: self._started(session, result),
                               failure=lambda exc: self._start_failed(session, exc))
        self._set_state(STARTING)
        BackgroundOp(self.window, start, success=start.success).failure(start.failure).with_progress(
            tr("Starting the recording…")).run_in_background()

    def _started(self, session: RecordingSession, result: CallResult) -> None:
        if self._closed or session is not self.session:
            return
        self.task = result.task
        if not _names_task(result.task.vendor) and result.task.task_id:
            self.task_edit.setText(result.task.task_id)
        self._elapsed.start()
        self._set_state(RECORDING)
        self.elapsed_timer.start()
        self.poll_timer.start()
        QTimer.singleShot(0, self.poll)
        said = result.task.why_not_updatable_said()
        why = said.text(QCoreApplication.translate) if said is not None else ""
        self._begin_live(self._started_snapshot, not why)
        self._set_applied(why or tr("Applied"), tooltip=why)
        warnings = [w for w in result.warnings if not w.is_error]
        self.window.statusBar().showMessage(
            tr("Recording {task} in room {room}").format(task=result.task.task_id or "—", room=result.task.room_id)
            + (tr(" ({n} warnings)").format(n=len(warnings)) if warnings else ""), 8000)
        if session.journal_problem is not None:  # the recording runs; only the journal could not keep it
            self.window.statusBar().showMessage(session.journal_problem.text(QCoreApplication.translate), 15000)
        if self._quit_after_stop:
            self.stop()
            return
        if self.live.updatable:
            self._document_changed()  # edits made while it was starting

    def _start_failed(self, session: RecordingSession, exc: BaseException) -> None:
        if self._closed or session is not self.session:
            return
        self._end_session()
        # No task was started: the status bar shows none (not a "Stopped" task that never existed).
        self.status.setVisible(False)
        self._set_state(IDLE)
        from mixframe.ui.verdict import send_verdict

        if isinstance(exc, RequestInvalid) and not send_verdict(self.request_doc, self.ids()).sendable:
            self.problemsWanted.emit()
        self.show_error(tr("The recording did not start"), exc, session)
        if self._quit_after_stop:
            self._quit_now()

    def stop(self) -> None:
        """Stop the running task in the background, then show its status and files."""
        if self.state != RECORDING or self.session is None or self.task is None:
            return
        session, task = self.session, self.task
        self.debounce.stop()
        self.live.hold()
        self.poll_timer.stop()

        stop = StopRecording(session, task, success=lambda done: self._stopped(session, done),
                             failure=lambda exc: self._stop_failed(session, exc))
        self._set_state(STOPPING)
        BackgroundOp(self.window, stop, success=stop.success).failure(stop.failure).with_progress(
            tr("Stopping the recording…")).run_in_background()

    def _stopped(self, session, done: Stopped) -> None:
        if self._closed or session is not self.session:
            return
        note = ""
        if done.status_error is not None:
            note = tr("The file list is not known yet: {reason}").format(
                reason=self._plain(done.status_error.text(QCoreApplication.translate)))
        self._finish(done.status.status if done.status is not None else None, note)

    def _stop_failed(self, session, exc: BaseException) -> None:
        if self._closed or session is not self.session:
            return
        if isinstance(exc, ApiError) and exc.code == TASK_NOT_FOUND:
            # The task was over already (it ended on the service, or was stopped elsewhere).
            self._finish(None, self._plain(exc.text(QCoreApplication.translate)))
            return
        self._set_state(RECORDING)
        self.live.resume()
        self.poll_timer.start()
        self._quit_after_stop = False
        self.show_error(tr("The recording did not stop"), exc, session)

    def _finish(self, status: TaskStatus | None, note: str = "") -> None:
        """The task is over: back to idle, with its files shown."""
        if status is not None:
            self.last_status = status
        self._end_session()
        self._set_state(IDLE)
        self._fresh_task_id = new_task_id()  # what Record sends when the field is emptied
        self.task_edit.setText(new_task_id())
        if self._quit_after_stop:
            self._quit_now()
            return
        self.show_files(status, note)

    def _end_session(self) -> None:
        self.elapsed_timer.stop()
        self.poll_timer.stop()
        self.debounce.stop()
        self.live.end()
        session, self.session = self.session, None
        self._session_done = session
        if session is not None:
            session.close()

    def show_files(self, status: TaskStatus | None, note: str = "") -> RecordedFiles:
        if self.files_dialog is not None:
            self.files_dialog.close()
            self.files_dialog.deleteLater()
        self.files_dialog = RecordedFiles(status, note, self.window)
        self.files_dialog.show()
        return self.files_dialog

    # --- the service's state ----------------------------------------------------------------
    def poll(self) -> None:
        """Ask the service about the running task (GetRecordTask), never twice at once."""
        if self.state != RECORDING or self.polls_in_flight or self.session is None:
            return
        session, task = self.session, self.task
        self.polls_in_flight += 1
        poll = PollRecording(session, task, success=lambda r: self._polled(session, r),
                             failure=lambda exc: self._poll_failed(session, exc))
        BackgroundOp(self.window, poll, success=poll.success).failure(poll.failure).run_in_background()

    def _polled(self, session, result: CallResult) -> None:
        self.polls_in_flight -= 1
        if self._closed or session is not self.session or self.state != RECORDING:
            return
        status = result.status
        self.last_status = status
        if status is None:
            self.status.state.setText(tr("State unknown"))
            return
        self.status.state.setText(status.name)
        self.status.state.setToolTip(status.line())
        if status.ended:
            self.window.statusBar().showMessage(tr("The recording ended on the service: {line}").format(
                line=status.line()), 15000)
            self._finish(status)

    def _poll_failed(self, session, exc: BaseException) -> None:
        self.polls_in_flight -= 1
        if self._closed or session is not self.session or self.state != RECORDING:
            return
        said = describe(exc)
        if isinstance(exc, ApiError) and exc.code == TASK_NOT_FOUND:
            self._finish(None, self._plain(exc.text(QCoreApplication.translate)))
            return
        sentence = self._plain(said[0]) if said else type(exc).__name__
        self.status.state.setText(tr("State unknown"))
        self.status.state.setToolTip(sentence)

    # --- live layout updates: the decisions are recording/live.py's, the timer and worker ours ---
    @property
    def updates_in_flight(self) -> int:
        return self.live.in_flight

    @property
    def _updatable(self) -> bool:
        return self.live.updatable

    def _begin_live(self, snapshot: str, updatable: bool) -> None:
        session, task = self.session, self.task
        self.live.begin(snapshot, updatable, check=lambda body: session.update_body(body, task))

    def _document_changed(self) -> None:
        if self.state != RECORDING or self.request_doc is None or self.task is None:
            return
        same = self.request_doc.vendor == self.task.vendor
        self._apply(self.live.document_changed(update_snapshot(self.request_doc.to_body()) if same else "", same))

    def _push_update(self) -> None:
        if self.state != RECORDING or self.session is None or self.request_doc is None:
            return
        self._apply(self.live.timer_fired(self.request_doc.to_body()))

    def _apply(self, step: Step) -> None:
        """Do what the live-update machine decided: the label, the timer, the one UpdateRecord."""
        if step.applied:
            self.updateApplied.emit()
        if step.label is not None:
            self._show_live(step.label)
        if step.arm:
            self.debounce.start()
        if step.send is not None:
            self._send_update(step.send)

    def _send_update(self, send: Send) -> None:
        session, task = self.session, self.task
        update = UpdateRecording(session, task, send.body,
                                 success=lambda _r: self._update_answered(lambda: self.live.updated(send)),
                                 failure=lambda exc: self._update_answered(lambda: self.live.failed(send, exc)))
        BackgroundOp(self.window, update, success=update.success).failure(update.failure).run_in_background()

    def _update_answered(self, decide) -> None:
        if self._closed:
            return
        self._apply(decide())

    def _show_live(self, label: Label) -> None:
        state, reason = label.state, label.reason
        if state == live.EDITED:
            self._set_applied(tr("Edited…"), tooltip=tr("Layout edits go to the recording a moment after the last one."))
        elif state == live.APPLYING:
            self._set_applied(tr("Applying…"))
        elif state == live.APPLIED:
            self._set_applied(tr("Applied"))
        elif state == live.OTHER_VENDOR:
            self._set_applied(tr("This document is for another service: the recording keeps its layout."))
        elif state == live.NOT_UPDATABLE:
            self._set_applied(reason.text(QCoreApplication.translate))
        elif state == live.REFUSED:
            first = (errors_of(reason.problems) or reason.problems)[0]
            self._set_applied(tr("Not applied: {problem}").format(problem=first.line(QCoreApplication.translate)),
                              error=True, tooltip="\n".join(p.line(QCoreApplication.translate) for p in reason.problems))
        elif state == live.FAILED:
            said = describe(reason)
            if said is None:
                sys.excepthook(type(reason), reason, reason.__traceback__)
                said = (type(reason).__name__, [])
            sentence, details = said
            self._set_applied(tr("Not applied: {reason}").format(reason=self._plain(sentence)), error=True,
                              tooltip=self._plain("\n".join(details)))

    def _set_applied(self, text: str, error: bool = False, tooltip: str = "") -> None:
        label = self.status.applied
        label.setText(text)
        label.setToolTip(tooltip or text)
        label.setStyleSheet("color: #c0392b;" if error else "")

    # --- showing ----------------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        self.state = state
        self._show_state()
        self.show_frozen()
        self.stateChanged.emit(state)

    def _show_state(self) -> None:
        state = self.state
        action = self.toggle_action
        busy = state in (STARTING, STOPPING)
        recording = state in (RECORDING, STOPPING)
        action.setText(tr("Stop") if recording else tr("Record"))
        action.setIcon(icon("stop") if recording else icon("record"))
        action.setToolTip(tr("Stop the recording (Ctrl+R)") if recording else
                          tr("Check the request and start recording it (Ctrl+R)"))
        action.setEnabled(not busy)
        idle = state == IDLE
        self.idleChanged.emit(idle)  # the window disables what would replace the running request
        self.account_picker.setEnabled(idle)
        self.room_edit.setEnabled(idle)
        if not idle:
            self.task_edit.setEnabled(False)
        else:
            self._show_ids()
        if state == STARTING:
            self.status.setVisible(True)
            self.status.elapsed.setText("●  0:00:00")
            self.status.state.setText(tr("Starting…"))
            self.status.applied.setText("")
            self.status.ids.setText(self._ids_text())
        elif state == RECORDING:
            self.status.ids.setText(self._ids_text())
            if not self.status.state.text() or self.status.state.text() == tr("Starting…"):
                self.status.state.setText(tr("Started"))
        elif state == STOPPING:
            self.status.state.setText(tr("Stopping…"))
        elif self.status.isVisible():
            self.status.elapsed.setText(self.status.elapsed.text().replace("●", "■"))
            ended = self.last_status
            self.status.state.setText(ended.name if ended is not None else tr("Stopped"))
            self.status.applied.setText("")

    def _ids_text(self) -> str:
        app, room, task = self.ids()
        if self.task is not None:
            task = self.task.task_id or task
        return tr("Task {task} · Room {room}").format(task=task or "—", room=room or "—")

    def _show_elapsed(self) -> None:
        if self._elapsed.isValid():
            self.status.elapsed.setText("●  " + elapsed_text(self._elapsed_before_ms + self._elapsed.elapsed()))

    def show_frozen(self) -> None:
        """While a recording runs, the fields UpdateRecord cannot change are disabled, saying why
        (the window calls this again when it builds its settings forms)."""
        self.frozenChanged.emit(frozen_sentence() if self.state != IDLE else None)

    def _plain(self, text: str) -> str:
        """`text` with every secret the session knows masked."""
        session = self.session or getattr(self, "_session_done", None)
        return redact(text, session.secrets()) if session is not None else text

    def show_error(self, title: str, exc: BaseException, session: RecordingSession | None = None) -> QMessageBox | None:
        """The error in a message box: the plain sentence, Code/Message/RequestId in the details."""
        said = describe(exc)
        if said is None:  # a bug of ours: one sentence and the log, as every unexpected error
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return None
        secrets = (session or self.session).secrets() if (session or self.session) is not None else []
        sentence, details = redact(said[0], secrets), [redact(line, secrets) for line in said[1]]
        if self.error_box is not None:
            self.error_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, title, sentence, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("record.error")
        if details:
            box.setDetailedText("\n".join(details))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda *_a: self._forget_box(box))
        box.open()
        self.error_box = box
        return box

    def _forget_box(self, box) -> None:
        if self.error_box is box:
            self.error_box = None

    # --- the recordings journal: reattach, stop, forget ----------------------------------------
    def journal(self):
        """The recordings journal (store/journal.py) in the data folder."""
        from mixframe.store.journal import Journal

        return Journal()

    def show_recordings(self):
        """Recording > Recordings…: every task started from this computer (one window, kept)."""
        from mixframe.ui.recordings import RecordingsDialog

        if self.recordings_dialog is None:
            self.recordings_dialog = RecordingsDialog(self)
        else:
            self.recordings_dialog.refresh()
        self.recordings_dialog.show()
        self.recordings_dialog.raise_()
        return self.recordings_dialog

    def offer_running(self):
        """After the first paint: the tasks still running that no Mixframe follows, offered as
        Reattach / Stop / Forget (the app calls this; tests call it when they want it)."""
        from mixframe.ui.recordings import offer_running

        if self._closed:
            return None
        self.offer_dialog = offer_running(self)
        return self.offer_dialog

    def can_reattach(self) -> bool:
        return self.state == IDLE and not self._closed

    def _entry_session(self, entry) -> tuple[RecordingSession, Profile | None]:
        """A session for a journal task: the account it was started with (by name), else its endpoint
        with keys from the environment. Raises SessionError when the account is gone."""
        if not entry.account:
            return RecordingSession(None, endpoint=entry.endpoint or None, vendor=entry.vendor,
                                    timeout=self.timeout), None
        profile = self._profiles.get(entry.account)
        if profile is None:
            raise SessionError(tr("The account {account} this recording was started with is not in Recording > "
                                  "Accounts… any more; add it again to follow or stop the recording.").format(
                account=entry.account))
        return RecordingSession(profile, sandbox=self.sandbox, timeout=self.timeout), profile

    @staticmethod
    def _task_of(entry) -> TaskRef:
        return TaskRef(entry.vendor, entry.app_id, entry.room_id, entry.task_id, entry.project_id,
                       canvas=entry.canvas, record_mode=entry.record_mode, layout_mode=entry.layout_mode)

    def reattach(self, entry) -> str:
        """Follow a journal task as if this window had started it: its state (polled), Stop, and
        live layout updates when the open document shows the layout it records. "" when done,
        else the sentence saying why not."""
        if not self.can_reattach():
            return tr("Stop the recording this window follows first: it follows one at a time.")
        try:
            session, profile = self._entry_session(entry)
        except SessionError as exc:
            return str(exc)
        task = self._task_of(entry)
        self.session, self.profile, self.task, self.last_status = session, profile, task, None
        self.journal_row = entry.id
        if profile is not None:
            index = self.account_picker.findData(profile.name)
            if index >= 0:
                self.account_picker.blockSignals(True)
                self.account_picker.setCurrentIndex(index)
                self.account_picker.blockSignals(False)
        self.room_edit.blockSignals(True)
        self.room_edit.setText(entry.room_id)
        self.room_edit.blockSignals(False)
        self.task_edit.setText(entry.task_id)
        self._elapsed_before_ms = max(0, int((time.time() - entry.started_at) * 1000))
        self._elapsed.start()
        self.status.setVisible(True)
        self._set_state(RECORDING)
        self.elapsed_timer.start()
        self.poll_timer.start()
        self._show_elapsed()
        said = task.why_not_updatable_said()
        why = said.text(QCoreApplication.translate) if said is not None else ""
        matches = not why and self._shows_layout_of(entry, task)
        self._begin_live(update_snapshot(entry.body), matches)
        if why:
            self._set_applied(why)
        elif matches:
            self._set_applied(tr("Applied"))
        else:
            self._set_applied(tr("The open document does not show this recording's layout: its edits are not sent "
                                 "to the recording."))
        try:
            self.journal().follow(entry.id)  # this window follows it now: no longer offered
        except OSError as exc:  # the journal's trouble is one sentence; the recording is followed all the same
            self.window.statusBar().showMessage(exc.text(QCoreApplication.translate) if hasattr(exc, "text")
                                                else str(exc), 15000)
        self.window.statusBar().showMessage(tr("Following the recording {task} in room {room} again").format(
            task=entry.task_id or "—", room=entry.room_id), 8000)
        self.polls_in_flight += 1
        poll = PollRecording(session, task, success=lambda r: self._polled(session, r),
                             failure=lambda exc: self._poll_failed(session, exc))
        BackgroundOp(self.window, poll, success=poll.success).failure(poll.failure).run_in_background()
        return ""

    def _shows_layout_of(self, entry, task: TaskRef) -> bool:
        """Whether the open document's streams and regions are the ones the task records."""
        doc = self.request_doc
        if doc is None or doc.vendor != task.vendor or self.session is None:
            return False
        try:
            mine, _ = self.session.update_body(doc.to_body(), task)
            theirs, _ = self.session.update_body(entry.body, task)
        except (RequestInvalid, SessionError):
            return False
        return update_snapshot(mine) == update_snapshot(theirs)

    def stop_entry(self, entry, done=None) -> None:
        """Stop a journal task on the service (in the background), then show its files;
        `done(problem)` is called with "" or the sentence saying what went wrong."""
        done = done or (lambda _problem="": None)
        if self.task is not None and self.state == RECORDING and (self.task.vendor, self.task.app_id,
                                                                  self.task.room_id, self.task.task_id) == (
                entry.vendor, entry.app_id, entry.room_id, entry.task_id):
            self.stop()  # the one this window follows
            done("")
            return
        try:
            session, profile = self._entry_session(entry)
        except SessionError as exc:
            done(str(exc))
            return
        task = self._task_of(entry)

        stop = StopRecording(session, task, close_session=True)

        def stopped(result: Stopped) -> None:
            if self._closed:
                return
            status = result.status.status if result.status is not None else None
            note = "" if result.status_error is None else tr("The file list is not known yet: {reason}").format(
                reason=redact(result.status_error.text(QCoreApplication.translate), session.secrets()))
            done("")
            self.show_files(status, note)

        def failed(exc: BaseException) -> None:
            if self._closed:
                return
            if isinstance(exc, ApiError) and exc.code in (TASK_NOT_FOUND, "recording_not_found"):
                done("")  # over already: the journal says so now
                self.window.statusBar().showMessage(redact(exc.text(QCoreApplication.translate), session.secrets()),
                                                    15000)
                return
            said = describe(exc)
            if said is None:
                sys.excepthook(type(exc), exc, exc.__traceback__)
                said = (tr("The recording could not be stopped."), [])
            done(redact(said[0], session.secrets()))

        BackgroundOp(self.window, stop, success=stopped).failure(failed).with_progress(
            tr("Stopping the recording…")).run_in_background()

    # --- quitting ---------------------------------------------------------------------------
    def may_close(self) -> bool:
        """Whether the window may close now; while recording, the producer decides."""
        if self.state == IDLE:
            return True
        if self.state == STOPPING or self._quit_after_stop:
            self._quit_after_stop = True
            self.window.statusBar().showMessage(tr("Mixframe quits once the recording has stopped…"))
            return False
        box = QMessageBox(QMessageBox.Icon.Question, tr("A recording is running"), tr(
            "The recording {task} in room {room} is still running. Stop it before quitting?").format(
            task=(self.task.task_id if self.task else "") or "—", room=self.room_edit.text().strip()), parent=self.window)
        box.setObjectName("record.quitQuestion")
        if self.profile is not None and self.profile.is_sandbox and self._sandbox is not None:
            box.setInformativeText(tr("The sandbox runs inside Mixframe: its recordings end when Mixframe quits."))
        stop = box.addButton(tr("Stop the recording and quit"), QMessageBox.ButtonRole.AcceptRole)
        stop.setObjectName("record.quit.stop")
        leave = box.addButton(tr("Leave it running and quit"), QMessageBox.ButtonRole.DestructiveRole)
        leave.setObjectName("record.quit.leave")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("record.quit.cancel")
        box.setDefaultButton(stop)
        box.setEscapeButton(cancel)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        if chosen is leave:
            return True
        if chosen is stop:
            self._quit_after_stop = True
            doc = self.request_doc
            self._quit_clean_index = doc.undo_stack.index() if doc is not None else None
            if self.state == RECORDING:
                self.stop()
            return False  # the window closes once the task has stopped
        return False

    def _quit_now(self) -> None:
        """The recording has stopped for quitting: close the window (asking again about unsaved
        changes only when the document changed since the producer answered)."""
        self._quit_after_stop = False
        doc = self.request_doc
        unchanged = doc is not None and doc.undo_stack.index() == self._quit_clean_index
        self.closeWanted.emit(unchanged)  # unchanged: close without asking again

    def shutdown(self) -> None:
        """The window is closing: no more timers or calls; a sandbox started here stops."""
        if self._closed:
            return
        self._closed = True
        for timer in (self.elapsed_timer, self.poll_timer, self.debounce):
            timer.stop()
        if self.session is not None:
            self.session.close()
        if self.sandbox.started is not None:
            task = self.task
            if task is not None and self.state != IDLE and self.profile is not None and self.profile.is_sandbox:
                try:  # its recording ends with the sandbox inside this window: never offered as running
                    self.journal().stopped(task.vendor, task.app_id, task.room_id, task.task_id, state="ended",
                                           note="its sandbox stopped with the window")
                except OSError:
                    pass  # the journal's trouble was said when the recording started
            self.sandbox.stop()
