"""The inspector edits Regions and the Canvas through the document, and follows it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox

from mixframe.model.layout import Canvas, region_bounds
from mixframe.model.limits import limits_for
from mixframe.ui.document import LayoutDocument
from mixframe.ui.inspector import MIXED, Inspector


def make_document() -> LayoutDocument:
    return LayoutDocument.from_request(
        {
            "TargetStreams": {"StreamList": [{"UserId": "host", "Index": 0}, {"UserId": "guest", "Index": 1}]},
            "Layout": {
                "LayoutMode": 2,
                "CustomLayout": {
                    "Canvas": {"Width": 1280, "Height": 720},
                    "Regions": [
                        {"StreamIndex": 0, "Width": 640, "Height": 360, "Alpha": 0.5, "RenderMode": 1},
                        {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 360, "RenderMode": 1},
                    ],
                },
            },
        }
    )


@pytest.fixture
def doc_and_inspector(qtbot):
    doc = make_document()
    inspector = Inspector(doc)
    qtbot.addWidget(inspector)
    return doc, inspector


def field(inspector, cls, name):
    widget = inspector.findChild(cls, name)
    assert widget is not None, name
    return widget


def test_every_region_field_has_a_named_editor(doc_and_inspector):
    _doc, inspector = doc_and_inspector
    names = {
        (QSpinBox, "LocationX"), (QSpinBox, "LocationY"), (QSpinBox, "Width"), (QSpinBox, "Height"),
        (QSpinBox, "ZOrder"), (QDoubleSpinBox, "Alpha"), (QComboBox, "RenderMode"),
        (QDoubleSpinBox, "SourceCrop.LocationX"), (QDoubleSpinBox, "SourceCrop.LocationY"),
        (QDoubleSpinBox, "SourceCrop.WidthProportion"), (QDoubleSpinBox, "SourceCrop.HeightProportion"),
        (QDoubleSpinBox, "CornerRadius"), (QComboBox, "MediaType"), (QLineEdit, "AlternateImage"),
        (QComboBox, "AlternateImageFillMode"),
    }
    for cls, name in names:
        field(inspector, cls, f"field.Layout.CustomLayout.Regions[].{name}")
    for cls, name in ((QSpinBox, "Width"), (QSpinBox, "Height"), (QLineEdit, "Background"), (QLineEdit, "BackgroundImage")):
        field(inspector, cls, f"field.Layout.CustomLayout.Canvas.{name}")


def test_limits_are_read_from_the_model(doc_and_inspector):
    """The model's limits bound the arrows (typing takes any number: the problems list judges it)."""
    doc, inspector = doc_and_inspector
    doc.set_selection([0])
    alpha = limits_for("Layout.CustomLayout.Regions[].Alpha")
    alpha_box = field(inspector, QDoubleSpinBox, "field.Layout.CustomLayout.Regions[].Alpha")
    assert alpha_box.allowed_maximum() == alpha.maximum
    assert alpha_box.allowed_minimum() > alpha.minimum  # the open end (0.0, …] is excluded
    z = limits_for("Layout.CustomLayout.Regions[].ZOrder")
    z_box = field(inspector, QSpinBox, "field.Layout.CustomLayout.Regions[].ZOrder")
    assert (z_box.allowed_minimum(), z_box.allowed_maximum()) == (z.minimum, z.maximum)
    render = field(inspector, QComboBox, "field.Layout.CustomLayout.Regions[].RenderMode")
    assert tuple(render.itemData(i) for i in range(render.count())) == limits_for(
        "Layout.CustomLayout.Regions[].RenderMode"
    ).choices
    width = field(inspector, QSpinBox, "field.Layout.CustomLayout.Canvas.Width")
    canvas_w = limits_for("Layout.CustomLayout.Canvas.Width")
    assert canvas_w.even and width.singleStep() == 2 and width.allowed_maximum() == canvas_w.maximum
    # Positions and sizes are bounded by the largest canvas the API allows; the relation to this
    # canvas is a rule the problems list reports, not a range that rewrites what was typed.
    largest = region_bounds(Canvas(int(canvas_w.maximum), int(limits_for("Layout.CustomLayout.Canvas.Height").maximum)))
    assert field(inspector, QSpinBox, "field.Layout.CustomLayout.Regions[].LocationX").allowed_maximum() == largest.x_max
    assert field(inspector, QSpinBox, "field.Layout.CustomLayout.Regions[].Width").allowed_maximum() == largest.w_max
    # The arrows stop at the limits.
    z_box.setValue(int(z.maximum))
    z_box.stepBy(5)
    assert z_box.value() == z.maximum and doc.region(0).z_order == z.maximum
    alpha_box.setValue(alpha.maximum)
    alpha_box.stepBy(3)
    assert alpha_box.value() == alpha.maximum


def _type_into(qtbot, box, text):
    """Select all, type `text` one key at a time, press Enter: as a producer does."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_typing_the_canvas_width_commits_once_and_moves_no_region(qtbot, doc_and_inspector):
    """Typing "1920" once left a 202 px canvas, a region at x 600 crushed to 20 px and two undo
    steps; "1280" gave three "Change canvas" steps."""
    doc, inspector = doc_and_inspector
    doc.set_regions({1: doc.region(1).with_values(x=600)}, "move")
    region = doc.region(1)
    steps = doc.undo_stack.count()
    box = field(inspector, QSpinBox, "field.Layout.CustomLayout.Canvas.Width")
    _type_into(qtbot, box, "1920")
    assert doc.canvas.width == 1920 and doc.region(1) == region
    assert doc.undo_stack.count() == steps + 1
    _type_into(qtbot, box, "1280")
    assert doc.canvas.width == 1280 and doc.undo_stack.count() == steps + 2
    assert doc.undo_stack.undoText() == "Change canvas"


def test_a_typed_region_value_past_the_canvas_is_kept(qtbot, doc_and_inspector):
    doc, inspector = doc_and_inspector
    doc.set_selection([0])
    steps = doc.undo_stack.count()
    box = field(inspector, QSpinBox, "field.Layout.CustomLayout.Regions[].Width")
    _type_into(qtbot, box, "1600")  # wider than the 1280 canvas: kept, and a problem to show
    assert doc.region(0).width == 1600 and box.value() == 1600
    assert doc.undo_stack.count() == steps + 1


def test_document_to_inspector(doc_and_inspector):
    doc, inspector = doc_and_inspector
    doc.set_selection([1])
    x_box = field(inspector, QSpinBox, "field.Layout.CustomLayout.Regions[].LocationX")
    assert x_box.value() == 640
    doc.set_regions({1: doc.region(1).with_values(x=100)}, "move")
    assert x_box.value() == 100
    doc.undo_stack.undo()
    assert x_box.value() == 640


def test_inspector_to_document_is_one_undo_step_per_field_session(doc_and_inspector):
    doc, inspector = doc_and_inspector
    doc.set_selection([0])
    box = field(inspector, QSpinBox, "field.Layout.CustomLayout.Regions[].Width")
    for value in (3, 32, 320):  # stepping with the arrows: each step commits, into one undo step
        box.setValue(value)
    assert doc.region(0).width == 320
    assert doc.undo_stack.count() == 1
    box.editingFinished.emit()
    field(inspector, QSpinBox, "field.Layout.CustomLayout.Regions[].Height").setValue(200)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert (doc.region(0).width, doc.region(0).height) == (640, 360)


def test_several_regions_show_mixed_values_and_edit_together(doc_and_inspector):
    doc, inspector = doc_and_inspector
    doc.set_selection([0, 1])
    alpha = field(inspector, QDoubleSpinBox, "field.Layout.CustomLayout.Regions[].Alpha")
    x_box = field(inspector, QSpinBox, "field.Layout.CustomLayout.Regions[].LocationX")
    width = field(inspector, QSpinBox, "field.Layout.CustomLayout.Regions[].Width")
    render = field(inspector, QComboBox, "field.Layout.CustomLayout.Regions[].RenderMode")
    assert alpha.text() == MIXED and x_box.text() == MIXED
    assert width.value() == 640 and width.text() != MIXED  # the same in both
    assert render.currentData() == 1
    alpha.setValue(0.75)
    assert [doc.region(i).alpha for i in (0, 1)] == [0.75, 0.75]
    assert alpha.text() != MIXED
    assert doc.undo_stack.count() == 1
    media = field(inspector, QComboBox, "field.Layout.CustomLayout.Regions[].MediaType")
    media.setCurrentIndex(media.findData(2))
    media.activated.emit(media.currentIndex())
    assert [doc.region(i).media_type for i in (0, 1)] == [2, 2]


def test_mixed_combo_shows_placeholder(doc_and_inspector):
    doc, inspector = doc_and_inspector
    doc.set_regions({1: doc.region(1).with_values(render_mode=2)}, "mode")
    doc.set_selection([0, 1])
    render = field(inspector, QComboBox, "field.Layout.CustomLayout.Regions[].RenderMode")
    assert render.currentIndex() == -1 and render.placeholderText() == MIXED


def test_nothing_selected_disables_region_fields(doc_and_inspector):
    doc, inspector = doc_and_inspector
    doc.set_selection([])
    assert not field(inspector, QSpinBox, "field.Layout.CustomLayout.Regions[].Width").isEnabled()
    assert field(inspector, QSpinBox, "field.Layout.CustomLayout.Canvas.Width").isEnabled()


def test_canvas_fields_edit_the_canvas(doc_and_inspector, monkeypatch):
    doc, inspector = doc_and_inspector
    background = field(inspector, QLineEdit, "field.Layout.CustomLayout.Canvas.Background")
    background.setText("#112233")
    background.editingFinished.emit()
    assert doc.canvas.background == "#112233"
    background.setText("not a colour")
    background.editingFinished.emit()
    assert doc.canvas.background == "#112233" and background.text() == "#112233"
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#abcdef")))
    inspector.background_button.click()
    assert doc.canvas.background == "#abcdef"
    doc.undo_stack.undo()
    assert background.text() == "#112233"


def test_crop_and_placeholder_url(doc_and_inspector):
    doc, inspector = doc_and_inspector
    doc.set_selection([0])
    crop_w = field(inspector, QDoubleSpinBox, "field.Layout.CustomLayout.Regions[].SourceCrop.WidthProportion")
    crop_w.setValue(0.5)
    assert doc.region(0).crop.w == 0.5
    url = field(inspector, QLineEdit, "field.Layout.CustomLayout.Regions[].AlternateImage")
    assert url.maxLength() == limits_for("Layout.CustomLayout.Regions[].AlternateImage").max_length
    url.setText("https://example.com/away.png")
    url.editingFinished.emit()
    assert doc.region(0).alternate_image == "https://example.com/away.png"
    assert doc.to_request_fragment()["Layout"]["CustomLayout"]["Regions"][0]["AlternateImage"].endswith("away.png")
