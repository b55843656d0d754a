"""The canvas view: zoom, pan and direct manipulation of the regions.

Every interaction becomes a call on the `LayoutDocument`: a drag is a series of
``set_regions(..., merge_key=...)`` calls closed by ``end_merge()`` on release, so it is one undo
step; the items move because the document says so. Coordinates are integer canvas pixels and
stop at the canvas edge.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsView

from mixframe.model.layout import Region
from mixframe.ui.document import LayoutDocument

from .geometry import crop_region, move_delta, resize_rect
from .scene import CanvasScene
from .snapping import Targets, targets_for, threshold_for_zoom

MIN_ZOOM = 0.05
MAX_ZOOM = 16.0
ZOOM_STEP = 1.25
NUDGE_KEYS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
NUDGE_BIG = 10

_CURSORS = {
    "tl": Qt.CursorShape.SizeFDiagCursor, "br": Qt.CursorShape.SizeFDiagCursor,
    "tr": Qt.CursorShape.SizeBDiagCursor, "bl": Qt.CursorShape.SizeBDiagCursor,
    "l": Qt.CursorShape.SizeHorCursor, "r": Qt.CursorShape.SizeHorCursor,
    "t": Qt.CursorShape.SizeVerCursor, "b": Qt.CursorShape.SizeVerCursor,
}


def tr(text: str) -> str:
    return QCoreApplication.translate("CanvasView", text)


@dataclass
class _Drag:
    """What a drag started from: the regions at mouse press, so each move is absolute."""

    kind: str  # "move", "resize", "crop", "rubber", "pan"
    press: QPointF
    start: dict[int, Region] = field(default_factory=dict)
    handle: str = ""
    targets: Targets | None = None
    base_selection: list[int] = field(default_factory=list)
    last_view: QPointF | None = None
    moved: bool = False


class CanvasView(QGraphicsView):
    """Shows a `LayoutDocument` at its real output resolution and edits it with the mouse and keys."""

    cursorMoved = Signal(int, int)  # canvas pixels under the mouse
    zoomChanged = Signal(float)  # screen pixels per canvas pixel

    def __init__(self, document: LayoutDocument, parent=None):
        self.document = document
        self._scene = CanvasScene(document)
        super().__init__(self._scene, parent)
        self._scene.setParent(self)
        self.setObjectName("canvasView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self._fit = True
        self._drag: _Drag | None = None
        self._space = False
        self._make_actions()
        document.canvasChanged.connect(self._on_canvas)
        document.editorStateChanged.connect(lambda _=None: self.resetCachedContent())
        document.structureChanged.connect(self.viewport().update)

    # --- the empty canvas ------------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt's name
        super().drawForeground(painter, rect)
        if self.document.streams:
            return
        # A first-time producer sees what to do next instead of a bare black rectangle.
        painter.save()
        painter.setWorldMatrixEnabled(False)
        area = QRectF(self.mapFromScene(self.sceneRect()).boundingRect()).intersected(QRectF(self.viewport().rect()))
        painter.setPen(QColor(220, 220, 230))
        font = painter.font()
        font.setPointSizeF(max(9.0, font.pointSizeF() * 1.15))
        painter.setFont(font)
        painter.drawText(area.adjusted(24, 24, -24, -24), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         tr("No streams yet.\nAdd the streams to record in the Streams panel,\n"
                            "then drag their pictures into place or pick a template."))
        painter.restore()

    # --- actions ---------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(name: str, text: str, shortcut, slot) -> QAction:
            a = QAction(text, self)
            a.setObjectName(name)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.zoom_in_action = action("actionZoomIn", tr("Zoom In"), QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self.zoom_out_action = action("actionZoomOut", tr("Zoom Out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        self.zoom_fit_action = action("actionZoomFit", tr("Fit Canvas"), "Ctrl+0", self.zoom_fit)
        self.zoom_100_action = action("actionZoom100", tr("Actual Size (100 %)"), "Ctrl+1", self.zoom_actual)

    # --- zoom --------------------------------------------------------------------------------------

    @property
    def canvas_scene(self) -> CanvasScene:
        return self._scene

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to `zoom` screen pixels per canvas pixel, keeping `anchor` (view coords) in place."""
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._fit = False
        self._set_scrollbars()
        if anchor is not None:
            before = self.mapToScene(anchor.toPoint())
        self.setTransform(QTransform.fromScale(zoom, zoom))
        if anchor is not None:
            after = self.mapToScene(anchor.toPoint())
            shift = after - before
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(shift.x() * zoom))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(shift.y() * zoom))
        self._zoom_changed()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def zoom_actual(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        self._fit = True
        self._apply_fit()

    def _set_scrollbars(self) -> None:
        # Fitted, the whole canvas shows: scroll bars would only offer the margin around it.
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if self._fit else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        if self.horizontalScrollBarPolicy() != policy:
            self.setHorizontalScrollBarPolicy(policy)
            self.setVerticalScrollBarPolicy(policy)

    def _apply_fit(self) -> None:
        self._set_scrollbars()
        rect = self._scene.canvas_rect()
        pad = max(rect.width(), rect.height()) * 0.02
        self.fitInView(rect.adjusted(-pad, -pad, pad, pad), Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom_changed()

    def _zoom_changed(self) -> None:
        self._scene.set_zoom(self.zoom)
        self.resetCachedContent()
        self.zoomChanged.emit(self.zoom)

    def _on_canvas(self) -> None:
        self.resetCachedContent()
        if self._fit:
            self._apply_fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fit:
            self._apply_fit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._fit:
            self._apply_fit()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * ZOOM_STEP ** steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # --- mouse ---------------------------------------------------------------------------------------

    def _canvas_point(self, event) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def _snap_threshold(self, modifiers) -> float:
        if modifiers & Qt.KeyboardModifier.AltModifier or not self.document.snap_enabled:
            return 0.0
        return threshold_for_zoom(self.zoom)

    def _targets(self, moving: set[int]) -> Targets:
        doc = self.document
        others = [doc.region(i).rect() for i in doc.indices() if i not in moving and not doc.is_hidden(i)]
        grid = doc.grid_size if doc.grid_visible else 0
        return targets_for(doc.canvas.width, doc.canvas.height, others, grid)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        doc = self.document
        doc.end_merge()
        button = event.button()
        mods = event.modifiers()
        pos = self._canvas_point(event)
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space):
            self._drag = _Drag("pan", pos, last_view=event.position())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if button != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        toggle = bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        # On a handle, Shift means "keep the aspect"; only Ctrl turns a handle click into a toggle.
        grabbed = None if mods & Qt.KeyboardModifier.ControlModifier else self._scene.handle_at(pos)
        if grabbed is not None:
            index, handle = grabbed
            kind = "crop" if mods & Qt.KeyboardModifier.AltModifier else "resize"
            self._drag = _Drag(kind, pos, {index: doc.region(index)}, handle, self._targets({index}))
            event.accept()
            return
        item = self._scene.region_at(pos)
        if item is None:
            base = doc.selection if toggle else []
            if not toggle:
                doc.set_selection([])
            self._drag = _Drag("rubber", pos, base_selection=base)
            event.accept()
            return
        index = item.stream_index
        selection = doc.selection
        if toggle:
            selection = [i for i in selection if i != index] if index in selection else selection + [index]
        elif index not in selection:
            selection = [index]
        doc.set_selection(selection)
        if index in selection:
            moving = [i for i in selection if not doc.is_locked(i) and not doc.is_hidden(i)]
            if moving and not doc.is_locked(index):
                self._drag = _Drag("move", pos, {i: doc.region(i) for i in moving}, targets=self._targets(set(moving)))
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        pos = self._canvas_point(event)
        self.cursorMoved.emit(int(math.floor(pos.x())), int(math.floor(pos.y())))
        drag = self._drag
        if drag is None:
            self._hover(pos)
            super().mouseMoveEvent(event)
            return
        mods = event.modifiers()
        if drag.kind == "pan":
            delta = event.position() - drag.last_view
            drag.last_view = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            return
        if drag.kind == "rubber":
            self._scene.set_rubber_band(QRectF(drag.press, pos))
            return
        dx = int(round(pos.x() - drag.press.x()))
        dy = int(round(pos.y() - drag.press.y()))
        drag.moved = drag.moved or dx != 0 or dy != 0
        canvas = self.document.canvas
        threshold = self._snap_threshold(mods)
        if drag.kind == "move":
            rects = [r.rect() for r in drag.start.values()]
            sdx, sdy, guides = move_delta(rects, dx, dy, canvas.width, canvas.height, drag.targets, threshold)
            changes = {i: r.with_values(x=r.x + sdx, y=r.y + sdy) for i, r in drag.start.items()}
            self._scene.set_guides(guides)
            self.document.set_regions(changes, tr("Move"), merge_key="move")
        elif drag.kind == "resize":
            (index, start), = drag.start.items()
            keep = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            rect, guides = resize_rect(start.rect(), drag.handle, dx, dy, canvas.width, canvas.height,
                                       keep, drag.targets, threshold)
            self._scene.set_guides(guides)
            x, y, w, h = rect
            self.document.set_regions({index: start.with_values(x=x, y=y, width=w, height=h)}, tr("Resize"),
                                      merge_key="resize")
        elif drag.kind == "crop":
            (index, start), = drag.start.items()
            region, guides = crop_region(start, drag.handle, dx, dy, canvas.width, canvas.height,
                                         drag.targets, threshold)
            self._scene.set_guides(guides)
            self.document.set_regions({index: region}, tr("Crop"), merge_key="crop")

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        drag = self._drag
        self._drag = None
        if drag is None:
            super().mouseReleaseEvent(event)
            return
        if drag.kind == "pan":
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor)
        elif drag.kind == "rubber":
            rect = QRectF(drag.press, self._canvas_point(event)).normalized()
            self._scene.set_rubber_band(None)
            hit = []
            for item in self._scene.region_items():
                r = item.region
                if item.isVisible() and rect.intersects(QRectF(r.x, r.y, r.width, r.height)):
                    hit.append(item.stream_index)
            # Keep the document's order so the selection reads like the layer list.
            order = {i: n for n, i in enumerate(self.document.indices())}
            hit.sort(key=order.__getitem__)
            self.document.set_selection(drag.base_selection + [i for i in hit if i not in drag.base_selection])
        self._scene.set_guides(())
        self.document.end_merge()
        event.accept()

    def _hover(self, pos: QPointF) -> None:
        if self._space:
            return
        grabbed = self._scene.handle_at(pos)
        shape = _CURSORS[grabbed[1]] if grabbed else Qt.CursorShape.ArrowCursor
        if self.viewport().cursor().shape() != shape:
            self.viewport().setCursor(shape)

    # --- keys ------------------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self._drag is not None and self._drag.start:
            # Put the regions back where the drag found them; the merge makes it no step at all.
            drag = self._drag
            self._drag = None
            self.document.set_regions(drag.start, tr("Move"), merge_key=drag.kind)
            self.document.end_merge()
            self._scene.set_guides(())
            event.accept()
            return
        if key in NUDGE_KEYS:
            step = NUDGE_BIG if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            ux, uy = NUDGE_KEYS[key]
            if self.nudge(ux * step, uy * step):
                event.accept()
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._space = False
        self.document.end_merge()
        super().focusOutEvent(event)

    def nudge(self, dx: int, dy: int) -> bool:
        """Move the selected, unlocked regions by (dx, dy) pixels; a run of nudges is one step."""
        doc = self.document
        moving = [i for i in doc.selection if not doc.is_locked(i) and not doc.is_hidden(i)]
        if not moving:
            return False
        start = {i: doc.region(i) for i in moving}
        sdx, sdy, _ = move_delta([r.rect() for r in start.values()], dx, dy, doc.canvas.width, doc.canvas.height)
        changes = {i: r.with_values(x=r.x + sdx, y=r.y + sdy) for i, r in start.items()}
        doc.set_regions(changes, tr("Nudge"), merge_key="nudge")
        return True
