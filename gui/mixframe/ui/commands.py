"""Undo commands of the layout editor.

Each command holds the document's values before and after one edit and swaps them in through the
document's private setters; it never touches a view. The canvas, the inspector and the layer list
follow the document's signals, so undo and redo move them like any other change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from PySide6.QtGui import QUndoCommand

from mixframe.model.layout import Canvas, Region

if TYPE_CHECKING:
    from mixframe.model.preset import RegionFlags
    from mixframe.ui.document import LayoutDocument, Snapshot

# QUndoCommand.id() of commands that may merge; Qt only calls mergeWith for equal ids.
MERGE_REGIONS_ID = 0x4D46


class SetRegionsCommand(QUndoCommand):
    """Replace some regions (move, resize, crop, inspector edits, z-order, align, distribute).

    Commands created with the same `merge_key`, for the same set of regions and within one merge
    series of the document (see `LayoutDocument.end_merge`) merge into one step, so a whole drag
    or a run of arrow-key nudges is undone at once.
    """

    def __init__(
        self,
        document: "LayoutDocument",
        before: Mapping[int, Region],
        after: Mapping[int, Region],
        text: str,
        merge_key: str | None = None,
        structural: bool = False,
    ):
        super().__init__(text)
        self.document = document
        self.before = dict(before)
        self.after = dict(after)
        self.merge_key = merge_key
        self.structural = structural
        self.series = document._merge_series

    def id(self) -> int:  # noqa: A003 - Qt's name
        return MERGE_REGIONS_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SetRegionsCommand):
            return False
        if other.merge_key != self.merge_key or other.series != self.series:
            return False
        if set(other.after) != set(self.after):
            return False
        self.after = dict(other.after)
        self.setText(other.text())
        if self.after == self.before:
            # A drag that ended where it began leaves no step behind.
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.document._replace_regions(self.after, structural=self.structural)

    def undo(self) -> None:
        self.document._replace_regions(self.before, structural=self.structural)


class SetCanvasCommand(QUndoCommand):
    """Change the canvas; regions that no longer fit are moved and sized with it."""

    def __init__(
        self,
        document: "LayoutDocument",
        before: Canvas,
        after: Canvas,
        regions_before: Mapping[int, Region],
        regions_after: Mapping[int, Region],
        text: str,
    ):
        super().__init__(text)
        self.document = document
        self.before, self.after = before, after
        self.regions_before = dict(regions_before)
        self.regions_after = dict(regions_after)

    def redo(self) -> None:
        self.document._replace_canvas(self.after, self.regions_after)

    def undo(self) -> None:
        self.document._replace_canvas(self.before, self.regions_before)


class SetEditorStateCommand(QUndoCommand):
    """Lock, hide or give a local placeholder image to some streams (editor-only state)."""

    def __init__(
        self,
        document: "LayoutDocument",
        before: Mapping[int, "RegionFlags"],
        after: Mapping[int, "RegionFlags"],
        text: str,
    ):
        super().__init__(text)
        self.document = document
        self.before = dict(before)
        self.after = dict(after)

    def redo(self) -> None:
        self.document._replace_editor_states(self.after)

    def undo(self) -> None:
        self.document._replace_editor_states(self.before)


class SetViewSettingsCommand(QUndoCommand):
    """Grid size, grid visibility and snapping: kept in the preset, so they mark it modified."""

    def __init__(self, document: "LayoutDocument", before: tuple, after: tuple, text: str):
        super().__init__(text)
        self.document = document
        self.before, self.after = before, after

    def redo(self) -> None:
        self.document._replace_view_settings(*self.after)

    def undo(self) -> None:
        self.document._replace_view_settings(*self.before)


class StructureCommand(QUndoCommand):
    """Add, remove, duplicate or change streams: swaps whole snapshots of streams and regions.

    Streams and regions are immutable values, so a snapshot costs a few tuples, and swapping it
    restores list positions exactly on undo.
    """

    def __init__(self, document: "LayoutDocument", before: "Snapshot", after: "Snapshot", text: str):
        super().__init__(text)
        self.document = document
        self.before, self.after = before, after

    def redo(self) -> None:
        self.document._restore(self.after)

    def undo(self) -> None:
        self.document._restore(self.before)
