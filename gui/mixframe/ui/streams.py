"""The streams panel: TargetStreams.StreamList, the streams the recording mixes.

Adds, removes and edits streams (UserId, StreamType, Index) through the document, shows the
count against the service's limit and lets each stream show a local placeholder image on the
canvas (editor-only, never sent).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QRegularExpression, QSignalBlocker
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mixframe.model.layout import STREAM_SCREEN, StreamRef
from mixframe.model.limits import limits_for
from mixframe.ui.inspector import INT_CEILING, TypedSpinBox

STREAMS = "TargetStreams.StreamList"


def tr(text: str) -> str:
    return QCoreApplication.translate("StreamsPanel", text)


def stream_type_word(stream_type: int) -> str:
    return tr("Screen") if stream_type == STREAM_SCREEN else tr("Camera")


def max_streams() -> int:
    return int(limits_for(STREAMS).max_length)


def next_free_index(streams) -> int:
    used = {s.index for s in streams}
    index = 0
    while index in used:
        index += 1
    return index


def next_user_id(streams) -> str:
    used = {s.user_id for s in streams}
    n = len(streams) + 1
    while f"user{n}" in used:
        n += 1
    return f"user{n}"


class StreamsPanel(QWidget):
    """A table of the document's streams with an edit form for the current one."""

    COLUMNS = ("Index", "UserId", "Type", "Image")

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("streams")
        self.document = document
        column = QVBoxLayout(self)

        head = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("streams.count")
        head.addWidget(self.count_label, 1)
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setObjectName("streams.add")
        self.add_button.clicked.connect(self.add_stream)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.setObjectName("streams.remove")
        self.remove_button.setToolTip(tr("Remove the selected stream and its region"))
        self.remove_button.clicked.connect(self.remove_current)
        head.addWidget(self.add_button)
        head.addWidget(self.remove_button)
        column.addLayout(head)

        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("streams.table")
        self.table.setAccessibleName(tr("Streams"))
        self.table.setHorizontalHeaderLabels([tr("Index"), tr("UserId"), tr("Type"), tr("Image")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._row_changed)
        column.addWidget(self.table, 1)

        form_box = QWidget(self)
        form = QFormLayout(form_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.user_id_edit = QLineEdit(form_box)
        self.user_id_edit.setObjectName("streams.UserId")
        pattern = limits_for(f"{STREAMS}[].UserId").pattern
        self.user_id_edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self.user_id_edit))
        self.user_id_edit.setToolTip(tr("Letters, digits and _ @ - . only"))
        self.user_id_edit.editingFinished.connect(self._commit_form)
        form.addRow(tr("UserId"), self.user_id_edit)
        self.type_combo = QComboBox(form_box)
        self.type_combo.setObjectName("streams.StreamType")
        for value in limits_for(f"{STREAMS}[].StreamType").choices:
            self.type_combo.addItem(stream_type_word(value), value)
        self.type_combo.activated.connect(lambda _i: self._commit_form())
        form.addRow(tr("Type"), self.type_combo)
        # The Index typed stays as typed, a minus sign too (the Problems list says what is wrong with
        # it); the arrows keep to the documented range.
        index_limits = limits_for(f"{STREAMS}[].Index")
        self.index_spin = TypedSpinBox(int(index_limits.minimum or 0), int(index_limits.maximum or INT_CEILING), form_box)
        self.index_spin.setObjectName("streams.Index")
        self.index_spin.setKeyboardTracking(False)
        self.index_spin.valueChanged.connect(lambda _v: self._commit_form())
        form.addRow(tr("Index"), self.index_spin)
        image_row = QHBoxLayout()
        self.image_button = QPushButton(tr("Choose image…"), form_box)
        self.image_button.setObjectName("streams.image.choose")
        self.image_button.setToolTip(tr("Show a local picture in this stream's region (only in the editor)"))
        self.image_button.clicked.connect(self.choose_image)
        self.clear_image_button = QPushButton(tr("Clear"), form_box)
        self.clear_image_button.setObjectName("streams.image.clear")
        self.clear_image_button.clicked.connect(lambda: self.set_image(""))
        image_row.addWidget(self.image_button, 1)
        image_row.addWidget(self.clear_image_button)
        form.addRow(tr("Placeholder"), image_row)
        self.message = QLabel(form_box)
        self.message.setObjectName("streams.message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        form.addRow(self.message)
        self.form_box = form_box
        column.addWidget(form_box)

        document.structureChanged.connect(self.refresh)
        document.editorStateChanged.connect(lambda _i: self.refresh())
        document.selectionChanged.connect(self._follow_selection)
        self.refresh()

    # --- model → view ---------------------------------------------------------------------
    def streams(self) -> list[StreamRef]:
        return list(self.document.streams)

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def refresh(self) -> None:
        streams = self.streams()
        limit = max_streams()
        keep = self.current_row()
        blocker = QSignalBlocker(self.table)  # noqa: F841
        self.table.setRowCount(len(streams))
        for row, stream in enumerate(streams):
            image = self.document.image(stream.index) or ""
            cells = (str(stream.index), stream.user_id, stream_type_word(stream.stream_type), os.path.basename(image or ""))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3 and image:
                    item.setToolTip(image)
                self.table.setItem(row, col, item)
        if streams:
            self.table.selectRow(min(max(keep, 0), len(streams) - 1))
        del blocker
        self.count_label.setText(tr("Streams: {count} / {limit}").format(count=len(streams), limit=limit))
        can_add = self.document.can_add_stream()
        self.add_button.setEnabled(can_add)
        self.add_button.setToolTip(
            tr("Add a stream to record")
            if can_add
            else tr("A recording can mix at most {limit} streams; remove one to add another.").format(limit=limit)
        )
        self._row_changed()

    def _row_changed(self) -> None:
        row = self.current_row()
        streams = self.streams()
        has = 0 <= row < len(streams)
        self.form_box.setEnabled(has)
        self.remove_button.setEnabled(has)
        for w in (self.user_id_edit, self.type_combo, self.index_spin):
            w.blockSignals(True)
        if has:
            s = streams[row]
            self.user_id_edit.setText(s.user_id)
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(s.stream_type)))
            # An Index beyond what the box holds (a file's, listed as a problem) shows at its end.
            self.index_spin.setValue(min(max(s.index, self.index_spin.minimum() + 1), self.index_spin.maximum()))
        else:
            self.user_id_edit.clear()
        for w in (self.user_id_edit, self.type_combo, self.index_spin):
            w.blockSignals(False)
        self.message.clear()

    def _follow_selection(self) -> None:
        selection = list(self.document.selection)
        if len(selection) != 1:
            return
        for row, s in enumerate(self.streams()):
            if s.index == selection[0] and row != self.current_row():
                self.table.selectRow(row)

    # --- view → model ---------------------------------------------------------------------
    def add_stream(self) -> None:
        if not self.document.can_add_stream():
            return
        streams = self.streams()
        stream = StreamRef(next_user_id(streams), 0, next_free_index(streams), explicit=frozenset({"index"}))
        self.document.add_stream(stream)
        for row, s in enumerate(self.streams()):
            if s.index == stream.index:
                self.table.selectRow(row)
        self.user_id_edit.setFocus()
        self.user_id_edit.selectAll()

    def remove_current(self) -> None:
        row = self.current_row()
        streams = self.streams()
        if 0 <= row < len(streams):
            self.document.remove_streams([streams[row].index])

    def _commit_form(self) -> None:
        row = self.current_row()
        streams = self.streams()
        if not 0 <= row < len(streams):
            return
        old = streams[row]
        user_id = self.user_id_edit.text().strip()
        index = self.index_spin.value()
        stream_type = self.type_combo.currentData()
        if not self.user_id_edit.hasAcceptableInput():
            self.message.setText(tr("A UserId may use only letters, digits and _ @ - . and is 1 to 128 characters long."))
            return
        if any(s.index == index for i, s in enumerate(streams) if i != row):
            self.message.setText(tr("Another stream already uses Index {index}.").format(index=index))
            return
        if any((s.user_id, s.stream_type) == (user_id, stream_type) for i, s in enumerate(streams) if i != row):
            self.message.setText(tr("This user's {type} stream is already in the list.").format(type=stream_type_word(stream_type)))
            return
        self.message.clear()
        if (user_id, stream_type, index) == (old.user_id, old.stream_type, old.index):
            return
        explicit = old.explicit | {"user_id"}
        if stream_type != old.stream_type:
            explicit |= {"stream_type"}
        if index != old.index:
            explicit |= {"index"}
        new = StreamRef(user_id, stream_type, index, explicit=explicit)
        self.document.update_stream(old.index, new)

    def choose_image(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Placeholder image"), "", tr("Images (*.png *.jpg *.jpeg *.bmp *.webp)")
        )
        if path:
            self.set_image(path)

    def set_image(self, path: str) -> None:
        row = self.current_row()
        streams = self.streams()
        if 0 <= row < len(streams):
            self.document.set_image(streams[row].index, path or None)
