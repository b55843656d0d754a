"""Arranging actions: align, distribute, z-order, copy/paste transform, duplicate, delete, templates.

Each is a QAction with an objectName and a shortcut, enabled only when it would do something for
the current selection. They call the document's edit methods, so every one is an undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from mixframe.model.templates import TEMPLATES
from mixframe.ui.icons import icon


def tr(text: str) -> str:
    return QCoreApplication.translate("Arrange", text)


def template_name(template_id: str) -> str:
    """The translated display name of a template (the registry's English name otherwise)."""
    words = {
        "grid": tr("Grid"),
        "picture_in_picture": tr("Picture in picture"),
        "speaker_strip": tr("Speaker plus strip"),
        "side_by_side": tr("Side by side"),
    }
    return words.get(template_id) or TEMPLATES[template_id].name


class ArrangeActions(QObject):
    """The arranging QActions of one window, bound to its document."""

    def __init__(self, document, parent: QWidget):
        super().__init__(parent)
        self.window = parent
        self.copied = None  # the Transform from "Copy transform"
        self.actions: dict[str, QAction] = {}
        # A preview of an automatic layout: the server places the pictures, nothing is editable.
        self.read_only = False

        def make(name, text, slot, shortcut=None, tip=None, icon_name=None):
            action = QAction(text, parent)
            action.setObjectName(name)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(tip)
            if icon_name:
                action.setIcon(icon(icon_name))
            action.triggered.connect(slot)
            self.actions[name] = action
            return action

        for edge, text in (
            ("left", tr("Align left")),
            ("hcenter", tr("Align centre")),
            ("right", tr("Align right")),
            ("top", tr("Align top")),
            ("vcenter", tr("Align middle")),
            ("bottom", tr("Align bottom")),
        ):
            make(
                f"arrange.align.{edge}", text, lambda _c=False, e=edge: self.align(e),
                tip=tr("Align the selected regions (one region: to the canvas)"), icon_name=f"align-{edge}",
            )
        make(
            "arrange.distribute.horizontal", tr("Distribute horizontally"),
            lambda: self.distribute("horizontal"), tip=tr("Space three or more regions evenly left to right"),
            icon_name="distribute-horizontal",
        )
        make(
            "arrange.distribute.vertical", tr("Distribute vertically"),
            lambda: self.distribute("vertical"), tip=tr("Space three or more regions evenly top to bottom"),
            icon_name="distribute-vertical",
        )
        make("arrange.front", tr("Bring to front"), lambda: self._z("to_front"), "Ctrl+Shift+]")
        make("arrange.raise", tr("Bring forward"), lambda: self._z("raise_"), "Ctrl+]")
        make("arrange.lower", tr("Send backward"), lambda: self._z("lower"), "Ctrl+[")
        make("arrange.back", tr("Send to back"), lambda: self._z("to_back"), "Ctrl+Shift+[")
        make("edit.copyTransform", tr("Copy transform"), self.copy_transform, "Ctrl+Shift+C",
             tip=tr("Copy the selected region's position, size and crop"))
        make("edit.pasteTransform", tr("Paste transform"), self.paste_transform, "Ctrl+Shift+V",
             tip=tr("Give the selected regions the copied position, size and crop"))
        make("edit.duplicate", tr("Duplicate"), self.duplicate, "Ctrl+D",
             tip=tr("Add a copy of each selected stream and its region"))
        make("edit.delete", tr("Delete"), self.delete, QKeySequence.StandardKey.Delete,
             tip=tr("Remove the selected streams and their regions"))
        make("edit.selectAll", tr("Select all"), self.select_all, QKeySequence.StandardKey.SelectAll)

        self.template_actions: dict[str, QAction] = {}
        for template_id in TEMPLATES:
            action = make(
                f"arrange.template.{template_id}", template_name(template_id),
                lambda _c=False, t=template_id: self.apply_template(t),
                tip=tr("Lay out all streams; the regions stay editable"),
            )
            self.template_actions[template_id] = action

        self.document = None
        self.set_document(document)

    def set_document(self, document) -> None:
        """Act on `document` from now on (the window's New/Open replace its document)."""
        if document is self.document:
            return
        if self.document is not None:
            for signal in (self.document.selectionChanged, self.document.structureChanged, self.document.editorStateChanged):
                try:
                    signal.disconnect(self._changed)
                except (RuntimeError, TypeError):
                    pass
        self.document = document
        document.selectionChanged.connect(self._changed)
        document.structureChanged.connect(self._changed)
        document.editorStateChanged.connect(self._changed)
        self.update_enabled()

    def _changed(self, *_args) -> None:
        self.update_enabled()

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def template_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(tr("Templates"), parent)
        menu.setObjectName("menu.templates")
        for action in self.template_actions.values():
            menu.addAction(action)
        return menu

    # --- state ---------------------------------------------------------------------------------
    def _movable(self) -> list[int]:
        return [i for i in self.document.selection if not self.document.is_locked(i)]

    def update_enabled(self) -> None:
        doc = self.document
        selected = doc.selection
        movable = self._movable()
        count = len(doc.streams)
        for name, action in self.actions.items():
            if self.read_only and name not in ("edit.selectAll", "edit.copyTransform"):
                action.setEnabled(False)
            elif name.startswith("arrange.align."):
                action.setEnabled(bool(movable))
            elif name.startswith("arrange.distribute."):
                action.setEnabled(len(selected) >= 3 and bool(movable))
            elif name in ("arrange.front", "arrange.raise", "arrange.lower", "arrange.back"):
                action.setEnabled(bool(selected) and len(selected) < count)
            elif name == "edit.copyTransform":
                action.setEnabled(len(selected) == 1)
            elif name == "edit.pasteTransform":
                action.setEnabled(self.copied is not None and bool(movable))
            elif name == "edit.duplicate":
                from mixframe.ui.document import MAX_STREAMS

                fits = count + len(selected) <= MAX_STREAMS
                action.setEnabled(bool(selected) and fits)
                action.setToolTip(
                    tr("Add a copy of each selected stream and its region")
                    if fits or not selected
                    else tr("A recording can mix at most {limit} streams.").format(limit=MAX_STREAMS)
                )
            elif name == "edit.delete":
                action.setEnabled(bool(selected))
            elif name == "edit.selectAll":
                action.setEnabled(count > 0)
            elif name.startswith("arrange.template."):
                action.setEnabled(count > 0)

    # --- actions -------------------------------------------------------------------------------
    def align(self, edge: str) -> None:
        self.document.align(self.document.selection, edge)

    def distribute(self, axis: str) -> None:
        self.document.distribute(self.document.selection, axis)

    def _z(self, method: str) -> None:
        getattr(self.document, method)(self.document.selection)

    def copy_transform(self) -> None:
        selected = self.document.selection
        if len(selected) == 1:
            self.copied = self.document.copy_transform(selected[0])
            self.update_enabled()

    def paste_transform(self) -> None:
        if self.copied is not None:
            self.document.paste_transform(self.document.selection, self.copied)

    def duplicate(self) -> None:
        try:
            self.document.duplicate(self.document.selection)
        except ValueError as exc:
            QMessageBox.information(self.window, tr("Duplicate"), str(exc))

    def delete(self) -> None:
        self.document.remove_streams(self.document.selection)

    def select_all(self) -> None:
        self.document.set_selection(self.document.indices())

    def apply_template(self, template_id: str) -> None:
        self.document.apply_template(template_id)
