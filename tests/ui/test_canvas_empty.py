"""An empty canvas tells a first-time producer what to do, instead of showing bare black."""

from __future__ import annotations

from mixframe.model.layout import Canvas, CanvasLayout, StreamRef
from mixframe.ui.canvas.view import CanvasView
from mixframe.ui.document import LayoutDocument


def _light_pixels_in_centre(view: CanvasView) -> int:
    image = view.viewport().grab().toImage()
    cx, cy = image.width() // 2, image.height() // 2
    return sum(
        1
        for x in range(cx - 150, cx + 150, 2)
        for y in range(cy - 40, cy + 40, 2)
        if image.pixelColor(x, y).lightness() > 160
    )


def test_empty_canvas_shows_a_hint_and_the_hint_goes_with_the_first_stream(qtbot):
    doc = LayoutDocument(CanvasLayout(Canvas(1280, 720, background="#000000")), [])
    view = CanvasView(doc)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    assert _light_pixels_in_centre(view) > 20

    doc.add_stream(StreamRef("host", index=0))
    doc.set_hidden([0], True)  # nothing drawn where the hint was: only the hint could be light
    qtbot.waitUntil(lambda: _light_pixels_in_centre(view) == 0)
