"""One request, one truth, one undo stack.

A `RequestDocument` is the whole request the window edits. Its `layout` (a `LayoutDocument`) owns
what the canvas draws: ``TargetStreams.StreamList`` and ``Layout.CustomLayout``. Its `draft` (a
`RequestDraft`) owns every other field, as typed. Both push their undo commands onto the one
`undo_stack`, so Ctrl+Z walks back through form edits and canvas edits in the order they were made.
"""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from mixframe.model.draft import MISSING, RequestDraft, split_path
from mixframe.model.preset import LoadedDocument
from mixframe.model.problems import Problem
from mixframe.model.limits import limits_for
from mixframe.model.volcengine_api import LAYOUT_MODE_CUSTOM, SECRET_AT_START
from mixframe.ui.document import LayoutDocument

# The paths the layout document owns; everything else lives in the draft.
STREAM_LIST = "TargetStreams.StreamList"
CUSTOM_LAYOUT = "Layout.CustomLayout"
LAYOUT_MODE = "Layout.LayoutMode"
# The model's rules for what Record fills in (the recording's ids; the S3 keys from the account).
FILLED_AT_START = ("id-at-start", SECRET_AT_START)
_FIELD_COMMAND_ID = 0x4D46  # "MF": form edits merge only with form edits


def tr(text: str) -> str:
    return QCoreApplication.translate("RequestDocument", text)


def owned_by_layout(path: str) -> bool:
    return path == STREAM_LIST or path.startswith((STREAM_LIST + "[", CUSTOM_LAYOUT))


class SetFieldCommand(QUndoCommand):
    """One field of the draft changed; consecutive edits of the same field merge into one step."""

    def __init__(self, document: "RequestDocument", path: str, old: Any, new: Any, text: str, series: int):
        super().__init__(text)
        self.document, self.path, self.old, self.new, self.series = document, path, old, new, series

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _FIELD_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SetFieldCommand) or other.path != self.path or other.series != self.series:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.document._write(self.path, self.new)

    def undo(self) -> None:
        self.document._write(self.path, self.old)


class RequestDocument(QObject):
    """The request being edited in the window, for one vendor."""

    fieldsChanged = Signal(list)  # API paths of the draft whose value changed
    layoutModeChanged = Signal()
    changed = Signal()  # anything in the request: a field, a stream, a region, the canvas

    def __init__(self, vendor: str = "volcengine", body: Mapping[str, Any] | None = None,
                 editor: Mapping[str, Any] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.vendor = vendor
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("requestUndoStack")
        body = dict(body or {})
        if vendor == "volcengine":
            self.layout = LayoutDocument.from_request(body, editor or {}, parent=self, undo_stack=self.undo_stack)
        else:  # QingCloud composes on the server: no streams or regions of ours
            self.layout = LayoutDocument(parent=self, undo_stack=self.undo_stack)
        self.draft = RequestDraft(vendor, body)
        for path in (STREAM_LIST, CUSTOM_LAYOUT):
            self.draft.set(path, MISSING)
        self._series = 0
        self._problems: list[Problem] | None = None
        self.layout.changed.connect(self._layout_changed)

    @classmethod
    def new(cls, parent: QObject | None = None, vendor: str = "volcengine",
            layout_mode: int | None = None) -> "RequestDocument":
        """What File > New starts from: an empty custom-layout Volcengine request, or a mixed
        QingCloud recording in one of its server-side layout modes (the API's default unless given)."""
        if vendor == "qingcloud":
            mode = limits_for("layout_mode", "qingcloud").default if layout_mode is None else layout_mode
            return cls("qingcloud", {"is_mixing_enabled": 1, "layout_mode": mode}, parent=parent)
        return cls("volcengine", {"Layout": {"LayoutMode": LAYOUT_MODE_CUSTOM}}, parent=parent)

    @classmethod
    def from_loaded(cls, loaded: LoadedDocument, parent: QObject | None = None) -> "RequestDocument":
        return cls(loaded.vendor, loaded.request, loaded.editor or {}, parent=parent)

    # -- reading
    def get(self, path: str, default: Any = MISSING) -> Any:
        """The value at `path` in the whole body (the layout's part included), as written."""
        if owned_by_layout(path):
            return _dig(self.to_body(), path, default)
        return self.draft.get(path, default)

    @property
    def layout_mode(self) -> Any:
        """The LayoutMode as written (the API's default when it is not)."""
        if self.vendor != "volcengine":
            return self.draft.get("layout_mode", None)
        return self.draft.get(LAYOUT_MODE, limits_for(LAYOUT_MODE).default)

    @property
    def is_custom_layout(self) -> bool:
        mode = self.layout_mode
        return self.vendor == "volcengine" and not isinstance(mode, bool) and mode == LAYOUT_MODE_CUSTOM

    def to_body(self) -> dict:
        """The whole request body in API spelling, as the producer wrote it (nothing clamped)."""
        body = self.draft.to_body()
        if self.vendor != "volcengine":
            return body
        if self.layout.streams or isinstance(body.get("TargetStreams"), dict):
            target = body.get("TargetStreams") if isinstance(body.get("TargetStreams"), dict) else {}
            body["TargetStreams"] = {"StreamList": [s.to_api() for s in self.layout.streams], **target}
        if self.is_custom_layout:
            layout = body.get("Layout") if isinstance(body.get("Layout"), dict) else {}
            body["Layout"] = {**layout, "CustomLayout": self.layout.layout.to_custom_layout()}
        return body

    def loaded_document(self, name: str = "") -> LoadedDocument:
        return LoadedDocument(self.vendor, self.to_body(), self.layout.editor_state(), name)

    def problems(self) -> list[Problem]:
        """Every error and warning of the whole request, as a draft (per-recording ids may be missing)."""
        if self._problems is None:
            # The window fills the recording's ids itself when Record is pressed (account, room,
            # a fresh TaskId), so the draft's "give it with --app-id" notes are not the producer's.
            found = self.loaded_document().check(draft=True)
            self._problems = list(self.layout.load_problems) + [p for p in found if p.rule not in FILLED_AT_START]
        return list(self._problems)

    # -- editing
    def set_field(self, path: str, value: Any, text: str | None = None) -> None:
        """Write one field of the draft as one undo step (MISSING clears it). Consecutive edits of
        the same field merge until `end_merge`."""
        if owned_by_layout(path):
            raise KeyError(f"{path} is edited through the layout document")
        split_path(path)  # a malformed path is our bug: fail before anything is pushed
        old = self.draft.get(path)
        if old == value and type(old) is type(value):
            return
        label = text or tr("Change {field}").format(field=path.rsplit(".", 1)[-1])
        self.undo_stack.push(SetFieldCommand(self, path, old, value, label, self._series))

    def set_layout_mode(self, mode: int) -> None:
        self.set_field(LAYOUT_MODE, mode, tr("Change layout mode"))
        self.end_merge()

    def end_merge(self) -> None:
        """The next edit of the same field starts a new undo step."""
        self._series += 1
        self.layout.end_merge()

    # -- private
    def _write(self, path: str, value: Any) -> None:
        mode_before = self.layout_mode
        self.draft.set(path, value)
        self._problems = None
        self.fieldsChanged.emit([path])
        if self.layout_mode != mode_before:
            self.layoutModeChanged.emit()
        self.changed.emit()

    def _layout_changed(self) -> None:
        self._problems = None
        self.changed.emit()


def _dig(body: Any, path: str, default: Any) -> Any:
    node = body
    for step in split_path(path):
        if isinstance(step, int):
            if not isinstance(node, list) or step >= len(node):
                return default
        elif not isinstance(node, dict) or step not in node:
            return default
        node = node[step]
    return node
