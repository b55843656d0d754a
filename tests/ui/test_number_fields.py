"""Every number field in the window takes the number typed, whole, and the Problems list says
what is wrong with it (issue 14 item 2: typing 999 into the frame rate gave 9, 120 gave 12, the
bitrate 12000 gave 1200, silently)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

from mixframe.model.draft import MISSING
from mixframe.model.layout import StreamRef
from mixframe.model.limits import limits_for
from mixframe.ui.forms.editors import NumberEditor
from mixframe.ui.main_window import MainWindow

REGIONS = "Layout.CustomLayout.Regions[]"


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.force_close()
    w.deleteLater()


def type_and_enter(qtbot, box: QAbstractSpinBox, text: str) -> None:
    """Select all, type `text` one key at a time, press Enter: as a producer does."""
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def problem_rows(window) -> list[str]:
    window.problems_view.refresh()
    model = window.problems_view.model
    return [model.index(r).data() for r in range(model.rowCount())]


def beyond(path: str, floats: bool = False):
    """A value outside `path`'s documented range, with more digits than its maximum."""
    limits = limits_for(path)
    if limits.maximum is not None and limits.maximum < 10**8:
        high = limits.maximum
        return round(high * 10 + 1.5, 2) if floats else int(high) * 10 + 9
    return int(limits.minimum) - 7


def test_the_frame_rate_and_bitrate_keep_every_digit_typed(qtbot, window):
    forms = window.forms
    for path, typed in (("Encode.VideoFps", 999), ("Encode.VideoFps", 120), ("Encode.VideoBitrate", 12000)):
        assert forms.focus_field(path)
        box = forms.field_widget(path)
        type_and_enter(qtbot, box, str(typed))
        assert window.request_doc.get(path) == typed, path
        assert box.text() == str(typed)
        assert any(row.startswith(f"{path}:") for row in problem_rows(window)), (path, problem_rows(window))


def test_every_settings_number_field_takes_an_out_of_range_value_and_problems_name_it(qtbot, window):
    forms = window.forms
    editors = [e for e in forms.editors() if isinstance(e, NumberEditor)]
    swept = []
    for editor in editors:
        if not forms.focus_field(editor.path):  # on another storage page, or not applying now
            assert editor.reason or not editor.widget.isVisibleTo(forms), editor.path
            continue
        value = beyond(editor.path)
        type_and_enter(qtbot, editor.widget, str(value))
        assert window.request_doc.get(editor.path) == value, editor.path
        assert editor.widget.text() == str(value), editor.path
        rows = problem_rows(window)
        assert any(row.startswith(f"{editor.path}:") for row in rows), (editor.path, rows)
        swept.append(editor.path)
    assert {"Encode.VideoFps", "Encode.VideoBitrate", "Encode.VideoGop", "Encode.AudioBitrate", "Control.MaxIdleTime",
            "Control.MaxRecordTime", "StorageConfig.TosConfig.Region"} <= set(swept), swept


def test_every_inspector_number_field_takes_an_out_of_range_value_and_problems_name_it(qtbot, window):
    document = window.document
    document.add_stream(StreamRef("host"))
    document.set_selection([0])
    inspector = window.findChild(QWidget, "inspector")
    window.inspector_dock.raise_()
    boxes = [b for b in inspector.findChildren(QAbstractSpinBox) if b.objectName().startswith("field.")]
    assert len(boxes) >= 12
    for box in boxes:
        path = box.objectName().removeprefix("field.")
        floats = isinstance(box, QDoubleSpinBox)
        value = beyond(path, floats)
        if path.endswith((".LocationX", ".Width", ".Height", ".LocationY")) and path.startswith(REGIONS):
            value = 9999  # past the largest canvas, not only this one
        text = f"{value:.{box.places}f}" if floats else str(value)
        type_and_enter(qtbot, box, text)
        assert box.text().removesuffix(" px") == text, path
        api = path.replace("[]", "[0]")
        layout = document.layout
        if path.startswith(REGIONS):
            region = document.region(0)
            got = {"LocationX": region.x, "LocationY": region.y, "Width": region.width, "Height": region.height,
                   "ZOrder": region.z_order, "Alpha": region.alpha, "CornerRadius": region.corner_radius,
                   "SourceCrop.LocationX": region.crop.x, "SourceCrop.LocationY": region.crop.y,
                   "SourceCrop.WidthProportion": region.crop.w,
                   "SourceCrop.HeightProportion": region.crop.h}[path.removeprefix(REGIONS + ".")]
        else:
            got = {"Width": layout.canvas.width, "Height": layout.canvas.height}[path.rpartition(".")[2]]
        assert got == value, path
        qtbot.waitUntil(lambda api=api: any(row.startswith(f"{api}:") for row in problem_rows(window)), timeout=3000)
        document.undo_stack.undo()  # one field at a time: a too-wide canvas hides the region's own problem


@pytest.mark.parametrize(("api", "typed"), [("Alpha", "0.555"), ("CornerRadius", "0.1234"),
                                            ("SourceCrop.WidthProportion", "0.33333")])
def test_a_decimal_field_keeps_every_decimal_typed(qtbot, window, api, typed):
    """A third decimal typed into the opacity was dropped (0.555 gave 0.55)."""
    document = window.document
    document.add_stream(StreamRef("host"))
    document.set_selection([0])
    box = window.findChild(QDoubleSpinBox, f"field.{REGIONS}.{api}")
    type_and_enter(qtbot, box, typed)
    region = document.region(0)
    got = {"Alpha": region.alpha, "CornerRadius": region.corner_radius,
           "SourceCrop.WidthProportion": region.crop.w}[api]
    assert got == float(typed) and box.text() == typed
    document.undo_stack.undo()
    assert box.text() == f"{ {'Alpha': 1.0, 'CornerRadius': 0.0}.get(api, 1.0):.{box.places}f}"


def test_the_arrows_keep_to_the_documented_range(qtbot, window):
    forms = window.forms
    assert forms.focus_field("Encode.VideoFps")
    fps = forms.field_widget("Encode.VideoFps")
    type_and_enter(qtbot, fps, "999")
    qtbot.keyClick(fps, Qt.Key.Key_Up)  # no higher
    assert window.request_doc.get("Encode.VideoFps") == 999
    qtbot.keyClick(fps, Qt.Key.Key_Down)  # back into the range
    assert window.request_doc.get("Encode.VideoFps") == 60
    qtbot.keyClick(fps, Qt.Key.Key_Up)
    assert window.request_doc.get("Encode.VideoFps") == 60
    fps.lineEdit().clear()
    qtbot.keyClick(fps, Qt.Key.Key_Return)
    assert window.request_doc.get("Encode.VideoFps") is MISSING
    qtbot.keyClick(fps, Qt.Key.Key_Up)  # from "not set", the first step shows the default
    assert window.request_doc.get("Encode.VideoFps") == limits_for("Encode.VideoFps").default


def test_a_file_value_no_spin_box_can_hold_is_shown_and_can_be_cleared(qtbot):
    from mixframe.ui.forms import RequestForms
    from mixframe.ui.request_document import RequestDocument

    document = RequestDocument("volcengine", {"Encode": {"VideoBitrate": 2**40}})
    forms = RequestForms(document)
    qtbot.addWidget(forms)
    forms.show()
    box = forms.field_widget("Encode.VideoBitrate")
    assert isinstance(box, QSpinBox) and box.text() == str(2**40)
    assert document.get("Encode.VideoBitrate") == 2**40
    box.setFocus()
    box.lineEdit().clear()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert document.get("Encode.VideoBitrate") is MISSING


@pytest.mark.parametrize("typed", ["99999999999", "-99999999999", "9223372036854775808"])
def test_a_number_too_large_for_a_spin_box_is_kept_whole_and_named_by_problems(qtbot, window, typed):
    """Past ±2³¹ a spin box dropped the digit typed; the field keeps the whole number and the
    Problems list says it is out of range (nothing invalid is sent: Record refuses it)."""
    forms = window.forms
    assert forms.focus_field("Encode.VideoBitrate")
    box = forms.field_widget("Encode.VideoBitrate")
    type_and_enter(qtbot, box, "300")
    type_and_enter(qtbot, box, typed)
    assert window.request_doc.get("Encode.VideoBitrate") == int(typed)
    assert box.text() == typed
    assert any(row.startswith("Encode.VideoBitrate:") for row in problem_rows(window))
    type_and_enter(qtbot, box, "250")  # and back to an ordinary number
    assert window.request_doc.get("Encode.VideoBitrate") == 250 and box.text() == "250"
    window.request_doc.undo_stack.undo()
    assert window.request_doc.get("Encode.VideoBitrate") == int(typed) and box.text() == typed


def test_a_field_is_tinted_by_the_problems_the_list_shows_the_one_verdict(window, qtbot, monkeypatch):
    """The tints followed the draft's own check while the Problems list, the Request panel and
    Record follow send_verdict (which adds what Record would refuse): a field the list names was
    left untinted. Now the fields follow the list."""
    from mixframe.model.problems import error
    from mixframe.ui import verdict
    from mixframe.ui.verdict import send_verdict as real_verdict

    def verdict_with_one_more(request_doc, ids=None):
        verdict = real_verdict(request_doc, ids)
        verdict.problems.append(error("Encode.VideoBitrate", "is refused at start"))
        return verdict

    monkeypatch.setattr(verdict, "send_verdict", verdict_with_one_more)
    bitrate = window.forms.findChild(QWidget, "field.Encode.VideoBitrate")
    window.request_doc.set_field("Encode.VideoFps", 999)
    qtbot.waitUntil(lambda: bitrate.property("problem") is True)
    assert "is refused at start" in bitrate.toolTip()
    assert window.forms.findChild(QWidget, "field.Encode.VideoFps").property("problem") is True


def test_new_from_template_takes_the_stream_count_typed_and_says_what_is_wrong(qtbot):
    """Typing 20 into the stream count gave 2 (a QSpinBox drops the digit past its maximum). The
    number typed stays; OK then says the range and keeps the dialog open; a count in range is taken."""
    from mixframe.model.volcengine_api import MAX_STREAMS
    from mixframe.ui.new_from_template import NewFromTemplateDialog

    dialog = NewFromTemplateDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.findChild(QWidget, "newFromTemplate.streams")
    type_and_enter(qtbot, box, "20")
    assert box.value() == 20
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    message = dialog.findChild(QWidget, "newFromTemplate.message")
    assert message.isVisible() and f"1 to {MAX_STREAMS}" in message.text() and "20" in message.text()
    box.stepBy(-100)  # the arrows keep to the range
    assert box.value() == 1
    type_and_enter(qtbot, box, "9")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen()[2] == 9


def test_the_streams_index_takes_a_minus_sign_and_problems_name_it(qtbot, window):
    """The Streams panel's Index refused a minus sign: -3 typed gave 3 (left over from issue 14)."""
    window.document.add_stream(StreamRef("host"))
    panel = window.findChild(QWidget, "streams")
    box = panel.findChild(QAbstractSpinBox, "streams.Index")
    panel.table.selectRow(0)
    type_and_enter(qtbot, box, "-3")
    assert [s.index for s in panel.streams()] == [-3]
    assert box.text() == "-3"
    rows = problem_rows(window)
    assert any(row.startswith("TargetStreams.StreamList[0].Index:") for row in rows), rows
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)  # the arrows step back into the documented range
    assert box.value() == limits_for("TargetStreams.StreamList[].Index").minimum
