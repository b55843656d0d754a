"""A drag leaves no trails: every place the selection's handles were is repainted.

Found under a real X server: with a snap (the region jumps), Qt's own dirty rect for the moved
item lagged behind and the handles' old positions stayed on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QRegion
from PySide6.QtTest import QTest

from mixframe.model.layout import Canvas, CanvasLayout, StreamRef
from mixframe.ui.canvas.view import CanvasView
from mixframe.ui.document import LayoutDocument


class PaintedRegion(QObject):
    def __init__(self):
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.region = self.region.united(event.region())
        return False


def test_dragging_across_a_snap_line_repaints_every_old_handle(qtbot):
    doc = LayoutDocument(CanvasLayout(Canvas(1920, 1080)), [StreamRef("a", index=0)])
    doc.set_regions({0: doc.region(0).with_values(x=1100, y=700, width=640, height=360)}, "place")
    view = CanvasView(doc)
    qtbot.addWidget(view)
    view.resize(1000, 650)
    view.show()
    qtbot.waitExposed(view)
    painted = PaintedRegion()
    view.viewport().installEventFilter(painted)
    scene, viewport = view.scene(), view.viewport()
    r = doc.region(0)
    pos = view.mapFromScene(r.x + r.width / 2, r.y + r.height / 2)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    qtbot.wait(20)
    unpainted = []
    snapped = False
    for step in range(10):  # up-left across the vertical centre line, where the region snaps
        old = [view.mapFromScene(h).boundingRect() for h in scene.handle_rects(0).values()]
        painted.region = QRegion()
        pos = pos + QPoint(-12, -6)
        QTest.mouseMove(viewport, pos)
        qtbot.wait(20)
        snapped = snapped or bool(scene.guides)
        unpainted += [(step, rect) for rect in old if not QRegion(rect).subtracted(painted.region).isEmpty()]
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    assert snapped, "the drag should have crossed a snap line"
    assert unpainted == []
