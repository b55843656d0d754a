"""The canvas scene: one scene unit is one output pixel, and it follows the document's signals.

The background is the canvas as the server composes it (colour or image); regions are
`RegionItem`s; the foreground carries what only the editor shows: the grid, the canvas border,
selection outlines with their handles, snap guides and the rubber band.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from mixframe.render.compositor import paint_background
from mixframe.ui.document import LayoutDocument

from .geometry import HANDLES
from .items import RegionItem
from .snapping import Guide

HANDLE_SCREEN_PX = 9.0  # handle squares, in screen pixels
OUTSIDE = QColor(48, 48, 52)
BORDER = QColor(140, 140, 150)
SELECTION = QColor(255, 64, 64)
LOCKED_SELECTION = QColor(255, 190, 60)
GUIDE = QColor(0, 200, 255)
GRID = QColor(255, 255, 255, 40)
RUBBER = QColor(80, 160, 255)


class CanvasScene(QGraphicsScene):
    """The picture of a `LayoutDocument`; rebuilds and moves its items when the document says so."""

    def __init__(self, document: LayoutDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.setObjectName("canvasScene")
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # few items that move a lot
        self._items: dict[int, RegionItem] = {}
        self._images: dict = {}
        self._zoom = 1.0
        self._guides: tuple[Guide, ...] = ()
        self._rubber: QRectF | None = None
        document.structureChanged.connect(self.rebuild)
        document.regionsChanged.connect(self._on_regions)
        document.canvasChanged.connect(self._on_canvas)
        document.editorStateChanged.connect(self._on_editor)
        document.selectionChanged.connect(self._on_selection)
        self._on_canvas()
        self.rebuild()

    # --- reading -------------------------------------------------------------------------------

    def canvas_rect(self) -> QRectF:
        c = self.document.canvas
        return QRectF(0, 0, c.width, c.height)

    def item_for(self, stream_index: int) -> RegionItem | None:
        return self._items.get(stream_index)

    def region_items(self) -> list[RegionItem]:
        return list(self._items.values())

    @property
    def guides(self) -> tuple[Guide, ...]:
        return self._guides

    @property
    def handle_size(self) -> float:
        return HANDLE_SCREEN_PX / self._zoom

    def region_at(self, pos: QPointF) -> RegionItem | None:
        """The top visible region under `pos`."""
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder):
            if isinstance(item, RegionItem) and item.isVisible():
                return item
        return None

    def handle_rects(self, stream_index: int) -> dict[str, QRectF]:
        r = self.document.region(stream_index)
        s = self.handle_size
        xs = {"l": r.x, "c": r.x + r.width / 2, "r": r.right}
        ys = {"t": r.y, "c": r.y + r.height / 2, "b": r.bottom}
        out = {}
        for h in HANDLES:
            hx = xs["l"] if "l" in h else xs["r"] if "r" in h else xs["c"]
            hy = ys["t"] if "t" in h else ys["b"] if "b" in h else ys["c"]
            out[h] = QRectF(hx - s / 2, hy - s / 2, s, s)
        return out

    def handle_at(self, pos: QPointF) -> tuple[int, str] | None:
        """The handle of a selected, visible, unlocked region under `pos` (top region first)."""
        doc = self.document
        chosen = [i for i in doc.selection if not doc.is_hidden(i) and not doc.is_locked(i)]
        chosen.sort(key=lambda i: self._items[i].zValue(), reverse=True)
        grow = self.handle_size * 0.3  # a little slack: handles are small
        for index in chosen:
            for name, rect in self.handle_rects(index).items():
                if rect.adjusted(-grow, -grow, grow, grow).contains(pos):
                    return index, name
        return None

    # --- what the view sets ----------------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        self._zoom = max(zoom, 1e-6)
        margin = self.handle_size
        for item in self._items.values():
            item.set_margin(margin)
        self.update()

    def set_guides(self, guides: tuple[Guide, ...]) -> None:
        if guides == self._guides:
            return
        for g in set(self._guides) ^ set(guides):
            self.update(self._guide_rect(g))
        self._guides = tuple(guides)

    def set_rubber_band(self, rect: QRectF | None) -> None:
        pad = 2 / self._zoom
        if self._rubber is not None:
            self.update(self._rubber.adjusted(-pad, -pad, pad, pad))
        self._rubber = rect.normalized() if rect is not None else None
        if self._rubber is not None:
            self.update(self._rubber.adjusted(-pad, -pad, pad, pad))

    # --- following the document --------------------------------------------------------------------

    def rebuild(self) -> None:
        wanted = set(self.document.indices())
        for index in list(self._items):
            if index not in wanted:
                self.removeItem(self._items.pop(index))
        for index in wanted:
            item = self._items.get(index)
            if item is None:
                item = RegionItem(self.document, index, self._images)
                item.set_margin(self.handle_size)
                self._items[index] = item
                self.addItem(item)
            else:
                item.sync()
                item.update()
        self.update()

    def _on_regions(self, indices: list) -> None:
        for index in indices:
            item = self._items.get(index)
            if item is not None:
                before = item.sceneBoundingRect()
                item.sync()
                # The outline and handles are foreground drawing around the item: repaint where
                # they were and where they are. Qt's own dirty rect for a moved item is the one it
                # last painted, which a snapped jump can outrun, leaving trails on screen.
                self.update(before)
                self.update(item.sceneBoundingRect())

    def _on_canvas(self) -> None:
        rect = self.canvas_rect()
        pad = max(rect.width(), rect.height()) * 0.08
        self.setSceneRect(rect.adjusted(-pad, -pad, pad, pad))
        for item in self._items.values():
            item.sync()
            item.update()  # corner radius depends on the canvas width
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.AllLayers)

    def _on_editor(self, indices: list) -> None:
        for index in indices or list(self._items):
            item = self._items.get(index)
            if item is not None:
                item.sync()
                item.update()
        self.update()

    def _on_selection(self) -> None:
        self.update()

    # --- drawing -------------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt's name
        painter.fillRect(rect, OUTSIDE)
        canvas = self.canvas_rect()
        if rect.intersects(canvas):
            painter.save()
            painter.setClipRect(canvas)
            paint_background(painter, self.document.canvas)
            painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt's name
        canvas = self.canvas_rect()
        px = 1 / self._zoom  # one screen pixel in scene units
        if self.document.grid_visible:
            self._draw_grid(painter, rect & canvas)
        painter.setPen(QPen(BORDER, px))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(canvas)
        doc = self.document
        for index in doc.selection:
            if doc.is_hidden(index) or index not in self._items:
                continue
            r = doc.region(index)
            outline = QRectF(r.x, r.y, r.width, r.height)
            reach = self.handle_size
            if not rect.intersects(outline.adjusted(-reach, -reach, reach, reach)):
                continue
            locked = doc.is_locked(index)
            color = LOCKED_SELECTION if locked else SELECTION
            painter.setPen(QPen(color, 2 * px))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(outline)
            if locked:
                continue
            painter.setPen(QPen(QColor(0, 0, 0), px))
            painter.setBrush(QBrush(color))
            for handle in self.handle_rects(index).values():
                painter.drawRect(handle)
        if self._guides:
            painter.setPen(QPen(GUIDE, 1.5 * px, Qt.PenStyle.DashLine))
            for g in self._guides:
                if g.axis == "x":
                    painter.drawLine(QPointF(g.position, canvas.top()), QPointF(g.position, canvas.bottom()))
                else:
                    painter.drawLine(QPointF(canvas.left(), g.position), QPointF(canvas.right(), g.position))
        if self._rubber is not None:
            painter.setPen(QPen(RUBBER, px))
            fill = QColor(RUBBER)
            fill.setAlpha(40)
            painter.setBrush(fill)
            painter.drawRect(self._rubber)

    def _draw_grid(self, painter: QPainter, rect: QRectF) -> None:
        size = self.document.grid_size
        if size * self._zoom < 4 or rect.isEmpty():  # too dense to be useful
            return
        painter.setPen(QPen(GRID, 1 / self._zoom))
        x = (int(rect.left()) // size) * size
        while x <= rect.right():
            if x >= rect.left():
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            x += size
        y = (int(rect.top()) // size) * size
        while y <= rect.bottom():
            if y >= rect.top():
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += size

    def _guide_rect(self, g: Guide) -> QRectF:
        canvas = self.canvas_rect()
        pad = 2 / self._zoom
        if g.axis == "x":
            return QRectF(g.position - pad, canvas.top() - pad, 2 * pad, canvas.height() + 2 * pad)
        return QRectF(canvas.left() - pad, g.position - pad, canvas.width() + 2 * pad, 2 * pad)
