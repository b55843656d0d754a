"""The problems list: every broken rule of the request being edited, errors first, as it is typed.

A row names the field by its API path and says what is wrong. Clicking one announces the path
(the window takes the producer to that field) and, for a region's problem, selects the region
on the canvas. The list only reads the request document; it recomputes once per event-loop
turn however many edits arrived in it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QListView, QStyle, QVBoxLayout, QWidget

from mixframe.ui.follow import FollowsEdits
from mixframe.model.problems import Problem, Severity

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2
# The list shows this many problems, then one row saying how many more there are: a file with
# 100,000 stray regions or 20,000 unknown keys must not freeze the window laying out a row each.
MAX_ROWS = 200

# Paths whose problem belongs to one stream: a click selects that stream's region.
_REGION = re.compile(r"Layout\.CustomLayout\.Regions\[(\d+)\]")
_STREAM = re.compile(r"TargetStreams\.StreamList\[(\d+)\]")


def tr(text: str) -> str:
    return QCoreApplication.translate("ProblemsList", text)


def counts_text(problems: list[Problem]) -> str:
    """``"2 errors, 1 warning"``, or ``"No problems"``."""
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    parts = []
    if errors:
        parts.append(tr("1 error") if errors == 1 else tr("{n} errors").format(n=errors))
    if warnings:
        parts.append(tr("1 warning") if warnings == 1 else tr("{n} warnings").format(n=warnings))
    return tr(", ").join(parts) if parts else tr("No problems")


def row_text(problem: Problem) -> str:
    """What a row shows: the API path first, then the sentence in the interface's language."""
    text = problem.text(QCoreApplication.translate)
    return f"{problem.path}: {text}" if problem.path else text


class ProblemsModel(QAbstractListModel):
    """Problems in display order (errors, then warnings; otherwise as the rules found them)."""

    def __init__(self, icons: dict[Severity, QIcon], parent=None):
        super().__init__(parent)
        self._icons = icons
        self._all: list[Problem] = []
        self._problems: list[Problem] = []  # the first MAX_ROWS of them, the ones with a row

    @property
    def problems(self) -> list[Problem]:
        return list(self._all)

    @property
    def hidden(self) -> int:
        """How many problems have no row of their own (the last row counts them)."""
        return len(self._all) - len(self._problems)

    def set_problems(self, problems: list[Problem]) -> bool:
        """Show `problems`; False (and no reset, so the selection stays) when nothing changed."""
        ordered = sorted(problems, key=lambda p: not p.is_error)
        if ordered == self._all:
            return False
        self.beginResetModel()
        self._all = ordered
        self._problems = ordered[:MAX_ROWS]
        self.endResetModel()
        return True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._problems) + (1 if self.hidden else 0)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if index.row() == len(self._problems):  # the "and K more" row
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return tr("…and {n} more, not listed: fix the ones above first.").format(n=self.hidden)
            return None
        problem = self._problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row_text(problem)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[problem.severity]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            kind = tr("Error") if problem.is_error else tr("Warning")
            return tr("{kind}: {problem}").format(kind=kind, problem=row_text(problem))
        if role == PATH_ROLE:
            return problem.path
        if role == SEVERITY_ROLE:
            return problem.severity.value
        return None


class ProblemsList(FollowsEdits, QWidget):
    """The request document's problems, with their counts; a click goes to the field."""

    problemActivated = Signal(str)  # the API path of the clicked problem ("" = the whole request)
    refreshed = Signal()  # the list holds the verdict on the latest edit (the fields' tints follow it)

    def __init__(self, request_doc, parent: QWidget | None = None, *, defer: bool = False):
        """With `defer`, the first check waits for `refresh_soon` (the window calls it after its
        first paint, since checking builds the request models' validators)."""
        super().__init__(parent)
        self.request_doc = request_doc
        self.setObjectName("problems")
        style = self.style()
        icons = {Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        self.model = ProblemsModel(icons, self)

        self.counts = QLabel(self)
        self.counts.setObjectName("problems.counts")
        self.view = QListView(self)
        self.view.setObjectName("problems.list")
        self.view.setAccessibleName(tr("Problems"))
        self.view.setModel(self.model)
        # A sentence is read whole: rows wrap to the list's width instead of scrolling sideways.
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)

        # Mouse clicks and keyboard activation (Enter) both go to the field; a style that
        # activates on single click sends both signals for one click, so the second is dropped.
        self._clicked_row: int | None = None
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._activated)

        self._ids: tuple | None = None  # the recording's ids, once the toolbar gives them
        self.follow_edits(request_doc, defer=defer)
        if not defer:
            self.refresh()

    def set_ids(self, app_id: str | None = None, room: str | None = None, task: str | None = None) -> None:
        """The ids Record would send with (the toolbar's); the list then says what Record would refuse."""
        ids = tuple(value or None for value in (app_id, room, task))
        if ids != self._ids:
            self._ids = ids
            self._schedule()

    def refresh(self) -> None:
        """Recompute now (a pending coalesced refresh is dropped)."""
        from mixframe.ui.verdict import send_verdict  # the rules (pydantic) load after the first paint

        self._timer.stop()
        problems = send_verdict(self.request_doc, self._ids).problems
        self.model.set_problems(problems)
        self.counts.setText(counts_text(problems))
        self.refreshed.emit()

    def activate_row(self, row: int) -> None:
        """Go to the field of row `row`: select its stream's region, then announce the path."""
        if not 0 <= row < self.model.rowCount():
            return
        path = self.model.index(row).data(PATH_ROLE)
        if path is None:  # the "and K more" row goes nowhere
            return
        self.select_stream_of(path)
        self.problemActivated.emit(path)

    def select_stream_of(self, path: str) -> None:
        """Select the stream a path is about (a Region or a StreamList entry, by position); paths
        that no longer point at one (the list moved on since) change nothing."""
        layout_doc = self.request_doc.layout
        region = _REGION.match(path)
        stream = _STREAM.match(path)
        if region:
            regions = layout_doc.layout.regions
            position = int(region.group(1))
            if self.request_doc.is_custom_layout and position < len(regions):
                layout_doc.set_selection([regions[position].stream_index])
        elif stream:
            streams = layout_doc.streams
            position = int(stream.group(1))
            if position < len(streams):
                layout_doc.set_selection([streams[position].index])

    # -- private
    def _clicked(self, index: QModelIndex) -> None:
        self._clicked_row = index.row()
        QTimer.singleShot(0, self._forget_click)
        self.activate_row(index.row())

    def _activated(self, index: QModelIndex) -> None:
        if index.row() != self._clicked_row:
            self.activate_row(index.row())

    def _forget_click(self) -> None:
        self._clicked_row = None
