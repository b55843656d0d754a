"""The window's Open with hostile files (issue 7, section 2): one sentence, or the file opened and
painted without an error; never a traceback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from mixframe.model.preset import dumps
from mixframe.model.problems import DocumentError
from mixframe.ui.main_window import MainWindow
from test_hostile_documents import INVALID, UNREADABLE, as_text


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.force_close()
    w.deleteLater()


@pytest.mark.parametrize("case", list(UNREADABLE))
def test_unreadable_files_are_refused_with_one_sentence(case, window, tmp_path):
    path = tmp_path / "hostile.json"
    path.write_text(as_text(UNREADABLE[case]), encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        window.open_path(path)  # Open and Open Recent show this sentence in a message box
    assert str(info.value).startswith("hostile.json ") and "\n" not in str(info.value)


@pytest.mark.parametrize("case", list(INVALID))
def test_invalid_files_open_and_paint_without_an_error(case, window, tmp_path, qtbot, capfd):
    path = tmp_path / "hostile.json"
    path.write_text(as_text(INVALID[case][0]), encoding="utf-8")
    window.open_path(path)
    window.grab()  # paints every item: an exception inside a paint override only prints
    qtbot.wait(10)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Error calling Python override" not in err, err
    dumps(window.preset_data()).encode("utf-8")  # and Save can write what was opened


STREAM = {"TargetStreams": {"StreamList": [{"UserId": "a"}]}}
WRONG_TYPES = {
    "Layout.CustomLayout.Canvas.Width": {**STREAM, "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Canvas": {"Width": "640", "Height": 480}, "Regions": [{"StreamIndex": 0, "Width": 100, "Height": 100}]}}},
    "Layout.CustomLayout.Regions[0].LocationX": {**STREAM, "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Regions": [{"StreamIndex": 0, "LocationX": "5", "Width": 100, "Height": 100}]}}},
    "Layout.CustomLayout.Regions[0].Alpha": {**STREAM, "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Regions": [{"StreamIndex": 0, "Alpha": "x", "Width": 10, "Height": 10}]}}},
    "Layout.CustomLayout.Canvas.Background": {**STREAM, "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Canvas": {"Background": 5}}}},
    "Layout": {**STREAM, "Layout": [1, 2]},
    "TargetStreams.StreamList[0].Index": {"TargetStreams": {"StreamList": [{"UserId": "a", "Index": "x"}]}},
    "TargetStreams.StreamList[0].UserId": {"TargetStreams": {"StreamList": [{"UserId": 5}]}},
}


@pytest.mark.parametrize("path", list(WRONG_TYPES))
def test_a_wrong_type_the_canvas_cannot_draw_is_one_sentence_naming_its_path(path, window, tmp_path):
    """The canvas and `mixframe render` read the layout with one reader (model/scene.py); a value
    of the wrong type once raised TypeError from deep in the canvas."""
    source = tmp_path / "typed.json"
    source.write_text(as_text(WRONG_TYPES[path]), encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        window.open_path(source)
    text = str(info.value)
    assert text.startswith(path) and "\n" not in text and "Traceback" not in text
