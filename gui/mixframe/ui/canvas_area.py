"""The canvas in the middle of the window: the layout itself (a custom layout), or a locked preview
of what the service composes (an automatic layout: Volcengine's other modes, every QingCloud mode).

`CanvasArea` is the window's one central widget; the canvas changes inside it, so the docks keep
their widths when it does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QStackedLayout, QWidget

from mixframe.model.limits import limits_for
from mixframe.model.problems import DocumentError
from mixframe.model.scene import scene_for
from mixframe.model.volcengine_api import LAYOUT_MODE_CUSTOM
from mixframe.ui.document import LayoutDocument
from mixframe.ui.request_document import RequestDocument

# What an automatic layout's preview depends on besides the streams.
PREVIEW_FIELDS = ("Layout.", "Encode.VideoWidth", "Encode.VideoHeight", "layout_mode")


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the window's words, wherever they moved


def automatic_layout_name(request: dict, vendor: str) -> str | None:
    """The translated name of the request's automatic layout mode; None for a custom layout.

    Only a Volcengine custom layout (LayoutMode 2) has regions to place by hand; the other
    Volcengine modes and every QingCloud mode are composed by the service itself. A mode of
    another JSON type (a list, an object, a string, a bool) is named as written; the problems
    list says what is wrong with it.
    """
    if vendor == "qingcloud":
        mode = request.get("layout_mode", limits_for("layout_mode", "qingcloud").default)
        names = {0: tr("Floating"), 1: tr("Adaptive"), 2: tr("Vertical")}
        return names.get(mode, _as_written(mode)) if type(mode) is int else _as_written(mode)
    layout = request.get("Layout") if isinstance(request.get("Layout"), dict) else {}
    mode = layout.get("LayoutMode", limits_for("Layout.LayoutMode").default)
    # The same test as the request document's (2.0 is custom too, and the problems list says
    # it must be an integer): the canvas edits exactly the regions that are saved.
    if not isinstance(mode, bool) and mode == LAYOUT_MODE_CUSTOM:
        return None
    names = {0: tr("Adaptive"), 1: tr("Vertical"), 3: tr("Side by side")}
    return names.get(mode, _as_written(mode)) if type(mode) is int else _as_written(mode)


def _as_written(value) -> str:
    """A field's value as the file spells it, short enough for one line of the status bar."""
    import json

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    text = "".join(c if c.isprintable() else " " for c in text)
    return text if len(text) <= 24 else text[:23] + "…"


def preview_document(request: dict, vendor: str) -> LayoutDocument:
    """A locked document showing what the service composes for an automatic layout."""
    try:
        layout, streams = scene_for(request, vendor)
    except DocumentError:
        layout, streams = None, []
    document = LayoutDocument(layout, streams)
    document.load_editor_state({"regions": [{"stream_index": s.index, "locked": True} for s in streams]})
    return document


class CanvasArea(QWidget):
    """Holds the canvas of the request shown; `show_request` (re)builds it when what it shows changes."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("canvasHolder")
        self._layout = QStackedLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = None
        self._preview_source: LayoutDocument | None = None  # the locked document an automatic layout shows

    def show_request(self, request_doc: RequestDocument) -> bool:
        """Show `request_doc`'s layout (custom mode) or a fresh preview of its automatic layout;
        True when a new canvas was made."""
        from mixframe.ui.canvas import CanvasView

        preview = automatic_layout_name(request_doc.to_body(), request_doc.vendor)
        if preview is None:
            shown = request_doc.layout
            self._preview_source = None
        else:
            shown = preview_document(request_doc.to_body(), request_doc.vendor)
            shown.setParent(self)
            old_source, self._preview_source = self._preview_source, shown
            if old_source is not None:
                old_source.deleteLater()
        if self.canvas is not None and self.canvas.document is shown:
            return False
        old_canvas = self.canvas
        self.canvas = CanvasView(shown)
        self.canvas.setObjectName("canvas")
        # The canvas changes inside one central holder that stays: a new central widget would
        # make the window lay its docks out again from their size hints, squeezing the canvas.
        self._layout.addWidget(self.canvas)
        self._layout.setCurrentWidget(self.canvas)
        if old_canvas is not None:
            self._layout.removeWidget(old_canvas)
            old_canvas.deleteLater()
        # Keys go to the canvas first (nudges, window shortcuts), not to whichever field Qt picks.
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
