"""The layer list: one row per Region, top layer first, with lock and eye toggles.

Order, lock and visibility are the document's; this list only shows them and asks the document
to change them (drag to reorder → `move_layer`). Lock and hide are editor-only and never reach
the request.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mixframe.model.layout import STREAM_SCREEN
from mixframe.ui.icons import icon

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


def _index(item: QListWidgetItem) -> int:
    """The stream Index a row shows. Kept as text: a file's Index may be any size (one beyond
    64 bits is a problem to list, and Qt's integers would silently wrap it)."""
    return int(item.data(INDEX_ROLE))


def tr(text: str) -> str:
    return QCoreApplication.translate("LayerList", text)


class _LayerListWidget(QListWidget):
    """A list whose drops ask for a move instead of moving items itself."""

    layerDropped = Signal(object, int)  # stream index, new row (0 = top)

    def dropEvent(self, event):  # noqa: N802 - Qt's name
        dragged = self.currentItem()
        if event.source() is not self or dragged is None:
            event.ignore()
            return
        target = self.indexAt(event.position().toPoint())
        where = self.dropIndicatorPosition()
        Indicator = QAbstractItemView.DropIndicatorPosition
        if not target.isValid() or where == Indicator.OnViewport:
            row = self.count()
        else:
            row = target.row() + (1 if where == Indicator.BelowItem else 0)
        from_row = self.row(dragged)
        if row > from_row:
            row -= 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if row != from_row:
            self.layerDropped.emit(_index(dragged), row)


class _LayerRow(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 4, 2)
        self.name = QLabel(self)
        self.detail = QLabel(self)
        self.detail.setStyleSheet("color: palette(mid);")
        self.lock = QToolButton(self)
        self.eye = QToolButton(self)
        for button in (self.lock, self.eye):
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setIconSize(QSize(16, 16))
        row.addWidget(self.name)
        row.addWidget(self.detail, 1)
        row.addWidget(self.lock)
        row.addWidget(self.eye)


class LayerList(QWidget):
    """The document's regions in z-order with lock/hide toggles and z-order buttons."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("layers")
        self.document = document
        self._syncing = False
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)

        self.list = _LayerListWidget(self)
        self.list.setObjectName("layers.list")
        self.list.setAccessibleName(tr("Layers"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.itemSelectionChanged.connect(self._selection_to_document)
        self.list.layerDropped.connect(self._dropped)
        column.addWidget(self.list, 1)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for name, text, tip in (
            ("to_front", tr("Front"), tr("Bring to front")),
            ("raise_", tr("Up"), tr("Bring forward")),
            ("lower", tr("Down"), tr("Send backward")),
            ("to_back", tr("Back"), tr("Send to back")),
        ):
            button = QToolButton(self)
            button.setObjectName(f"layers.{name.rstrip('_')}")
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, n=name: self._z_order(n))
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        column.addLayout(buttons)

        document.structureChanged.connect(self.refresh)
        document.regionsChanged.connect(lambda _i: self.refresh())
        document.editorStateChanged.connect(lambda _i: self.refresh())
        document.selectionChanged.connect(self._selection_from_document)
        self.refresh()

    def rows(self) -> list[int]:
        """Stream indices as listed, top layer first."""
        return [_index(self.list.item(r)) for r in range(self.list.count())]

    def row_widget(self, index: int) -> _LayerRow | None:
        for r in range(self.list.count()):
            item = self.list.item(r)
            if _index(item) == index:
                return self.list.itemWidget(item)
        return None

    def refresh(self) -> None:
        document = self.document
        order = list(reversed(document.layer_order()))
        self._syncing = True
        try:
            if order != self.rows():
                self.list.clear()
                for index in order:
                    item = QListWidgetItem(self.list)
                    item.setData(INDEX_ROLE, str(index))
                    widget = _LayerRow(self.list)
                    widget.lock.setObjectName(f"layers.lock.{index}")
                    widget.eye.setObjectName(f"layers.eye.{index}")
                    widget.lock.toggled.connect(lambda on, i=index: self._lock(i, on))
                    widget.eye.toggled.connect(lambda on, i=index: self._hide(i, not on))
                    item.setSizeHint(widget.sizeHint())
                    self.list.setItemWidget(item, widget)
            for r in range(self.list.count()):
                item = self.list.item(r)
                index = _index(item)
                widget = self.list.itemWidget(item)
                stream = document.stream(index)
                region = document.region(index)
                kind = tr("screen") if stream.stream_type == STREAM_SCREEN else tr("camera")
                widget.name.setText(stream.user_id)
                widget.detail.setText(tr("{kind} · Z {z}").format(kind=kind, z=region.z_order))
                locked, hidden = document.is_locked(index), document.is_hidden(index)
                for button, on, icon_on, icon_off, tip_on, tip_off in (
                    (widget.lock, locked, "lock", "unlock", tr("Locked: click to unlock"), tr("Lock (only in the editor)")),
                    (widget.eye, not hidden, "eye", "eye-off", tr("Visible: click to hide (only in the editor)"), tr("Hidden: click to show")),
                ):
                    button.blockSignals(True)
                    button.setChecked(on)
                    button.setIcon(icon(icon_on if on else icon_off))
                    button.setToolTip(tip_on if on else tip_off)
                    # A screen reader hears which stream the icon-only button is for.
                    button.setAccessibleName(f"{stream.user_id}: {tip_on if on else tip_off}")
                    button.blockSignals(False)
                item.setToolTip(f"{stream.user_id} · Index {index}")
            self._selection_from_document()
        finally:
            self._syncing = False
        self._update_buttons()

    def _selection_from_document(self) -> None:
        was = self._syncing
        self._syncing = True
        try:
            chosen = set(self.document.selection)
            for r in range(self.list.count()):
                item = self.list.item(r)
                item.setSelected(_index(item) in chosen)
        finally:
            self._syncing = was
        self._update_buttons()

    def _selection_to_document(self) -> None:
        if self._syncing:
            return
        self.document.set_selection(_index(item) for item in self.list.selectedItems())

    def _update_buttons(self) -> None:
        has = bool(self.document.selection)
        for button in self.buttons.values():
            button.setEnabled(has)

    def _z_order(self, name: str) -> None:
        getattr(self.document, name)(self.document.selection)

    def _lock(self, index: int, locked: bool) -> None:
        self.document.set_locked([index], locked)

    def _hide(self, index: int, hidden: bool) -> None:
        self.document.set_hidden([index], hidden)

    def _dropped(self, index: int, row: int) -> None:
        count = self.list.count()
        self.document.move_layer(index, count - 1 - row)
