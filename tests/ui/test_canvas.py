"""The canvas with a real mouse: drags, handles, Alt-crop, snapping, nudges, and sync both ways.

The view is shown at 100 % so one view pixel is one canvas pixel and positions are exact.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from mixframe.model.layout import Canvas, CanvasLayout, Region, StreamRef
from mixframe.ui.canvas import CanvasView
from mixframe.ui.canvas.snapping import Guide
from mixframe.ui.document import LayoutDocument

NO = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def make_document() -> LayoutDocument:
    streams = [StreamRef(f"user{i}", index=i) for i in range(3)]
    regions = (
        Region(0, x=20, y=20, width=160, height=90),
        Region(1, x=300, y=40, width=160, height=90),
        Region(2, x=100, y=200, width=200, height=100),
    )
    return LayoutDocument(CanvasLayout(Canvas(640, 360), regions), streams)


@pytest.fixture
def canvas(qtbot):
    doc = make_document()
    view = CanvasView(doc)
    qtbot.addWidget(view)
    view.resize(820, 520)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_actual()
    view.centerOn(320, 180)
    QApplication.processEvents()
    return view, doc


def vp(view, x, y) -> QPointF:
    return QPointF(view.mapFromScene(QPointF(x, y)))


def mouse(view, kind, x, y, mods=NO, button=LEFT):
    types = {"press": QEvent.Type.MouseButtonPress, "move": QEvent.Type.MouseMove,
             "release": QEvent.Type.MouseButtonRelease}
    pos = vp(view, x, y)
    buttons = Qt.MouseButton.NoButton if kind == "release" else button
    ev = QMouseEvent(types[kind], pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())),
                     button if kind != "move" else Qt.MouseButton.NoButton, buttons, mods)
    QApplication.sendEvent(view.viewport(), ev)


def drag(view, start, path, mods=NO, release=True):
    mouse(view, "press", *start, mods)
    for x, y in path:
        mouse(view, "move", x, y, mods)
    if release:
        mouse(view, "release", *path[-1], mods)


def key(view, k, mods=NO):
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, k, mods))
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyRelease, k, mods))


def test_scene_is_the_output_resolution(canvas):
    view, doc = canvas
    assert view.zoom == 1.0
    assert view.canvas_scene.canvas_rect().size().toSize().width() == 640
    item = view.canvas_scene.item_for(1)
    assert (item.pos().x(), item.pos().y()) == (300, 40)


def test_drag_moves_the_region_and_is_one_undo_step(canvas):
    view, doc = canvas
    drag(view, (60, 60), [(61, 62), (80, 70), (100, 75), (140, 81)], ALT)  # Alt: no snapping
    assert doc.region(0).rect()[:2] == (100, 41)
    assert doc.selection == [0]
    assert doc.undo_stack.count() == 1
    item = view.canvas_scene.item_for(0)
    assert (item.pos().x(), item.pos().y()) == (100, 41)
    doc.undo_stack.undo()
    assert doc.region(0).rect()[:2] == (20, 20)
    assert (item.pos().x(), item.pos().y()) == (20, 20)


def test_two_drags_are_two_steps(canvas):
    view, doc = canvas
    drag(view, (60, 60), [(70, 60), (90, 60)], ALT)
    drag(view, (100, 60), [(110, 60), (120, 60)], ALT)
    assert doc.undo_stack.count() == 2
    assert doc.region(0).x == 70


def test_document_change_moves_the_item(canvas):
    view, doc = canvas
    doc.set_regions({2: doc.region(2).with_values(x=400, y=250, width=100, height=50)}, "inspector")
    item = view.canvas_scene.item_for(2)
    assert (item.pos().x(), item.pos().y()) == (400, 250)
    assert item.boundingRect().width() >= 100
    assert view.canvas_scene.region_at(QPointF(450, 270)) is item


def test_structure_changes_add_and_remove_items(canvas):
    view, doc = canvas
    doc.add_stream(StreamRef("late", index=9))
    assert view.canvas_scene.item_for(9) is not None
    doc.remove_streams([0])
    assert view.canvas_scene.item_for(0) is None
    doc.undo_stack.undo()
    assert view.canvas_scene.item_for(0) is not None


def test_drag_stops_at_the_canvas_edge(canvas):
    view, doc = canvas
    drag(view, (350, 80), [(500, 80), (700, 300), (790, 420)], ALT)
    r = doc.region(1)
    assert (r.right, r.bottom) == (640, 360)
    drag(view, (600, 340), [(100, -100), (-200, -150)], ALT)
    assert doc.region(1).rect()[:2] == (0, 0)


def test_snap_to_another_region_edge_with_guide_and_alt_disables_it(canvas):
    view, doc = canvas
    # Region 0's right edge (180) starts 120 px left of region 1's left edge (300).
    drag(view, (60, 60), [(100, 60), (176, 60)], release=False)  # right edge at 296: 4 px away
    assert doc.region(0).right == 300
    assert Guide("x", 300) in view.canvas_scene.guides
    mouse(view, "release", 176, 60)
    assert view.canvas_scene.guides == ()
    doc.undo_stack.undo()
    drag(view, (60, 60), [(100, 60), (176, 60)], ALT)
    assert doc.region(0).right == 296


def test_snap_toggle_off_in_the_document(canvas):
    view, doc = canvas
    doc.set_snap(False)
    drag(view, (60, 60), [(100, 60), (176, 60)])
    assert doc.region(0).right == 296


def test_resize_with_a_handle_and_shift_keeps_aspect(canvas):
    view, doc = canvas
    doc.set_snap(False)  # Alt on a handle would crop instead
    doc.undo_stack.clear()
    drag(view, (60, 60), [(60, 60)])  # select region 0
    drag(view, (180, 110), [(200, 120), (260, 130)])  # bottom-right handle
    assert doc.region(0).rect() == (20, 20, 240, 110)
    assert doc.undo_stack.count() == 1  # selecting click made no step
    doc.undo_stack.undo()
    drag(view, (180, 110), [(200, 112), (340, 115)], SHIFT)
    r = doc.region(0)
    assert r.width == 320 and r.height == 180  # 16:9 kept


def test_alt_drag_on_an_edge_crops(canvas):
    view, doc = canvas
    drag(view, (60, 60), [(60, 60)], ALT)
    drag(view, (180, 65), [(150, 65), (100, 65)], ALT)  # right handle, 80 px in
    r = doc.region(0)
    assert r.rect() == (20, 20, 80, 90)
    assert (r.crop.x, r.crop.w) == (0.0, 0.5)
    assert doc.undo_stack.count() == 1
    out = doc.to_request_fragment()["Layout"]["CustomLayout"]["Regions"][0]
    assert out["SourceCrop"]["WidthProportion"] == 0.5


def test_nudges_merge_into_one_step(canvas):
    view, doc = canvas
    doc.set_selection([2])
    key(view, Qt.Key.Key_Right)
    key(view, Qt.Key.Key_Right)
    key(view, Qt.Key.Key_Down, SHIFT)
    assert doc.region(2).rect()[:2] == (102, 210)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.region(2).rect()[:2] == (100, 200)


def test_nudge_stops_at_the_edge(canvas):
    view, doc = canvas
    doc.set_selection([0])
    for _ in range(5):
        key(view, Qt.Key.Key_Left, SHIFT)
    assert doc.region(0).x == 0


def test_ctrl_click_multiselect_and_drag_moves_all(canvas):
    view, doc = canvas
    drag(view, (60, 60), [(60, 60)])
    drag(view, (350, 80), [(350, 80)], CTRL)
    assert doc.selection == [0, 1]
    drag(view, (60, 60), [(70, 70), (90, 100)], ALT)
    assert doc.region(0).rect()[:2] == (50, 60)
    assert doc.region(1).rect()[:2] == (330, 80)
    assert doc.region(2).rect()[:2] == (100, 200)
    assert doc.undo_stack.count() == 1
    drag(view, (350, 80), [(350, 80)], CTRL)  # toggles region 1 off
    assert doc.selection == [0]


def test_rubber_band_selects(canvas):
    view, doc = canvas
    drag(view, (5, 5), [(200, 150), (330, 250)])
    assert doc.selection == [0, 1, 2]
    drag(view, (600, 340), [(610, 350)])  # empty click clears
    assert doc.selection == []
    assert doc.undo_stack.count() == 0


def test_locked_region_selects_but_does_not_move(canvas):
    view, doc = canvas
    doc.set_locked([0], True)
    drag(view, (60, 60), [(100, 100), (150, 150)], ALT)
    assert doc.selection == [0]
    assert doc.region(0).rect()[:2] == (20, 20)
    assert view.canvas_scene.handle_at(QPointF(180, 110)) is None


def test_hidden_region_is_not_shown_or_hit(canvas):
    view, doc = canvas
    doc.set_hidden([0], True)
    assert not view.canvas_scene.item_for(0).isVisible()
    drag(view, (60, 60), [(60, 60)])
    assert doc.selection == []


def test_escape_puts_a_drag_back(canvas):
    view, doc = canvas
    drag(view, (60, 60), [(100, 100), (150, 150)], ALT, release=False)
    key(view, Qt.Key.Key_Escape)
    mouse(view, "release", 150, 150)
    assert doc.region(0).rect()[:2] == (20, 20)
    assert doc.undo_stack.count() == 0


def test_cursor_position_in_canvas_pixels(canvas, qtbot):
    view, doc = canvas
    seen = []
    view.cursorMoved.connect(lambda x, y: seen.append((x, y)))
    mouse(view, "move", 123, 45, button=Qt.MouseButton.NoButton)
    assert seen[-1] == (123, 45)


def test_ctrl_wheel_zooms_around_the_cursor(canvas):
    view, doc = canvas
    anchor = vp(view, 300, 100)
    ev = QWheelEvent(anchor, QPointF(view.viewport().mapToGlobal(anchor.toPoint())), QPoint(0, 0), QPoint(0, 120),
                     Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), ev)
    assert view.zoom == pytest.approx(1.25)
    under = view.mapToScene(anchor.toPoint())
    assert abs(under.x() - 300) <= 2 and abs(under.y() - 100) <= 2
    view.zoom_fit()
    assert view.zoom < 1.25
    for name in ("actionZoomIn", "actionZoomOut", "actionZoomFit", "actionZoom100"):
        assert any(a.objectName() == name for a in view.actions())


def test_undo_of_a_template_moves_every_item(canvas):
    view, doc = canvas
    doc.apply_template("grid")
    rects = {i: (view.canvas_scene.item_for(i).pos().x(), view.canvas_scene.item_for(i).pos().y()) for i in range(3)}
    assert rects == {i: (doc.region(i).x, doc.region(i).y) for i in range(3)}
    doc.undo_stack.undo()
    assert view.canvas_scene.item_for(1).pos().x() == 300


def test_middle_drag_pans_when_zoomed_in(canvas):
    view, doc = canvas
    view.set_zoom(4.0)
    QApplication.processEvents()
    before = view.mapToScene(view.viewport().rect().center())
    mid = Qt.MouseButton.MiddleButton
    mouse(view, "press", 300, 100, button=mid)
    start = vp(view, 300, 100)
    for step in range(1, 5):
        pos = start + QPointF(20 * step, 0)
        ev = QMouseEvent(QEvent.Type.MouseMove, pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())),
                         Qt.MouseButton.NoButton, mid, NO)
        QApplication.sendEvent(view.viewport(), ev)
    after = view.mapToScene(view.viewport().rect().center())
    assert after.x() == pytest.approx(before.x() - 80 / 4.0, abs=1)
    assert doc.undo_stack.count() == 0 and doc.region(1).x == 300


def test_local_image_is_the_regions_picture(canvas, tmp_path):
    from PySide6.QtGui import QColor, QImage

    view, doc = canvas
    path = tmp_path / "face.png"
    image = QImage(64, 36, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 200, 30))
    image.save(str(path))
    doc.set_image(1, str(path))
    picture = view.canvas_scene.item_for(1).source_image()
    assert picture.size().width() == 64 and picture.pixelColor(5, 5) == QColor(10, 200, 30)
    doc.undo_stack.undo()
    assert view.canvas_scene.item_for(1).source_image().width() != 64


def test_grid_snap_when_the_grid_shows(canvas):
    view, doc = canvas
    doc.set_grid(size=50, visible=True)
    # Region 2 at x=100 dragged 47 px: its left edge lands on 147 and snaps to the 150 grid line.
    drag(view, (150, 250), [(170, 250), (197, 251)])
    assert doc.region(2).x == 150


def test_composed_pixels_follow_the_document(canvas):
    view, doc = canvas
    doc.set_canvas(Canvas(640, 360, "#ff0000"))
    QApplication.processEvents()
    shot = view.grab().toImage()
    empty = view.mapFromScene(QPointF(600, 340))
    assert shot.pixelColor(empty).red() > 200 and shot.pixelColor(empty).green() < 60
    doc.set_regions({2: doc.region(2).with_values(x=440, y=200)}, "move")
    QApplication.processEvents()
    shot = view.grab().toImage()
    covered = view.mapFromScene(QPointF(600, 290))
    assert shot.pixelColor(covered) != shot.pixelColor(view.mapFromScene(QPointF(600, 340)))
