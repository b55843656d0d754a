"""How much a drag on the canvas costs per mouse move, against a bare QGraphicsView.

17 regions on a 1920x1080 canvas; one is dragged across with synthetic mouse moves, the events
processed after each (so the repaint is counted). The baseline is a bare QGraphicsView moving one
plain movable QGraphicsRectItem with the same events, in the same run. For context a second
baseline moves one of 17 plain QGraphicsPixmapItems showing the same pictures: the difference
to it is what the document round trip (undo command, clamping, signals, snapping) costs.
Prints the medians and ratios; asserts only that all ran (timings are not checked: see the
house rules).

Run: ``python -m pytest tests/benchmarks/test_bench_canvas.py -s``
"""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

from mixframe.model.layout import Canvas, CanvasLayout, StreamRef
from mixframe.render.compositor import prepared_region
from mixframe.ui.canvas import CanvasView
from mixframe.ui.document import LayoutDocument

pytestmark = pytest.mark.benchmark

MOVES = 200
VIEW_SIZE = (1100, 660)


def _send(view: QGraphicsView, kind: QEvent.Type, scene_point: QPointF, buttons) -> None:
    pos = QPointF(view.mapFromScene(scene_point))
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def _drag_cost(view: QGraphicsView, start: QPointF) -> list[float]:
    """Seconds per move for MOVES moves of a drag that starts at `start` (scene coordinates)."""
    left = Qt.MouseButton.LeftButton
    _send(view, QEvent.Type.MouseButtonPress, start, left)
    QApplication.processEvents()
    costs = []
    for n in range(1, MOVES + 1):
        # Across the canvas and back down, never hitting an edge-stop the whole time.
        point = QPointF(start.x() + 6 * n, start.y() + 2.5 * n)
        t0 = time.perf_counter()
        _send(view, QEvent.Type.MouseMove, point, left)
        QApplication.processEvents()
        costs.append(time.perf_counter() - t0)
    _send(view, QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)
    QApplication.processEvents()
    return costs


def _show(qtbot, view: QGraphicsView) -> None:
    qtbot.addWidget(view)
    view.resize(*VIEW_SIZE)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()


def test_bench_canvas_drag(qtbot):
    # The bare baseline: one movable rectangle on a plain scene of the same size.
    scene = QGraphicsScene(0, 0, 1920, 1080)
    rect = QGraphicsRectItem(QRectF(0, 0, 384, 216))
    rect.setBrush(Qt.GlobalColor.darkCyan)
    rect.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
    rect.setPos(40, 40)
    scene.addItem(rect)
    bare = QGraphicsView(scene)
    _show(qtbot, bare)
    bare.fitInView(QRectF(0, 0, 1920, 1080), Qt.AspectRatioMode.KeepAspectRatio)

    doc = LayoutDocument(CanvasLayout(Canvas(1920, 1080)), [StreamRef(f"user{i}", index=i) for i in range(17)])
    doc.apply_template("grid")

    # Context: the same 17 pictures as plain movable pixmap items, no document behind them.
    pix_scene = QGraphicsScene(0, 0, 1920, 1080)
    pix_items = []
    for region, stream in zip(doc.layout.regions, doc.streams):
        item = QGraphicsPixmapItem(QPixmap.fromImage(prepared_region(region, None, doc.canvas, stream=stream)))
        item.setPos(region.x, region.y)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        pix_scene.addItem(item)
        pix_items.append(item)
    pix_view = QGraphicsView(pix_scene)
    _show(qtbot, pix_view)
    pix_view.fitInView(QRectF(0, 0, 1920, 1080), Qt.AspectRatioMode.KeepAspectRatio)
    canvas = CanvasView(doc)
    _show(qtbot, canvas)
    r = doc.region(0)
    start = QPointF(r.x + r.width / 2, r.y + r.height / 2)

    # Warm both up (test cards, caches, first paints), then measure.
    _drag_cost(bare, QPointF(100, 100))
    rect.setPos(40, 40)
    _drag_cost(canvas, start)
    doc.undo_stack.undo()
    _drag_cost(pix_view, start)
    pix_items[0].setPos(r.x, r.y)
    QApplication.processEvents()

    bare_costs = _drag_cost(bare, QPointF(100, 100))
    pix_costs = _drag_cost(pix_view, start)
    canvas_costs = _drag_cost(canvas, start)

    bare_ms = statistics.median(bare_costs) * 1000
    canvas_ms = statistics.median(canvas_costs) * 1000
    print(f"\ncanvas drag, 17 regions on 1920x1080, {MOVES} moves: median {canvas_ms:.3f} ms/move")
    print(f"bare QGraphicsView, one QGraphicsRectItem, {MOVES} moves: median {bare_ms:.3f} ms/move")
    pix_ms = statistics.median(pix_costs) * 1000
    print(f"plain QGraphicsView, 17 pixmap items, {MOVES} moves: median {pix_ms:.3f} ms/move")
    print(f"ratio canvas/bare rect: {canvas_ms / bare_ms:.2f}x; canvas/plain pixmaps: {canvas_ms / pix_ms:.2f}x")

    # Sanity only: the drag really moved the region, as one undo step, and the bare item moved.
    assert doc.region(0).x > r.x and doc.undo_stack.count() == 2  # the template, then one drag
    assert rect.pos().x() > 40 and pix_items[0].pos().x() > r.x
    assert len(canvas_costs) == len(bare_costs) == len(pix_costs) == MOVES
