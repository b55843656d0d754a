"""The request document: one request, one truth, one undo stack for form and canvas edits."""

from __future__ import annotations

import copy

import pytest

from mixframe.model.draft import MISSING
from mixframe.model.layout import StreamRef
from mixframe.ui.request_document import RequestDocument

BODY = {
    "RecordMode": 0,
    "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "host"}, {"Index": 1, "UserId": "guest", "StreamType": 1}]},
    "Encode": {"VideoFps": 30, "VideoBitrate": 2000},
    "Layout": {
        "LayoutMode": 2,
        "MainVideoStream": {"UserId": "guest", "Index": 1},
        "CustomLayout": {
            "Canvas": {"Width": 1280, "Height": 720},
            "Regions": [
                {"StreamIndex": 0, "LocationX": 0, "LocationY": 0, "Width": 640, "Height": 720},
                {"StreamIndex": 1, "LocationX": 640, "LocationY": 0, "Width": 640, "Height": 720},
            ],
        },
    },
    "FileNameConfig": {"Prefix": ["shows"], "Pattern": "{RoomId}_{StartTime}"},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bucket1"}},
}


@pytest.fixture
def doc(qapp):
    return RequestDocument("volcengine", copy.deepcopy(BODY))


def test_the_whole_body_round_trips(doc):
    assert doc.to_body() == BODY
    assert doc.get("Layout.MainVideoStream.Index") == 1
    assert doc.get("Layout.CustomLayout.Regions[1].LocationX") == 640
    assert doc.undo_stack.count() == 0


def test_a_form_edit_is_one_undo_step_and_edits_of_one_field_merge(doc):
    seen = []
    doc.fieldsChanged.connect(seen.append)
    doc.set_field("Encode.VideoFps", 25)
    doc.set_field("Encode.VideoFps", 24)
    assert doc.get("Encode.VideoFps") == 24 and doc.undo_stack.count() == 1
    assert seen == [["Encode.VideoFps"], ["Encode.VideoFps"]]
    doc.end_merge()
    doc.set_field("Encode.VideoFps", 60)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.get("Encode.VideoFps") == 30 and doc.to_body() == BODY


def test_undo_walks_form_and_canvas_edits_in_the_order_they_were_made(doc):
    layout = doc.layout
    doc.set_field("Encode.VideoFps", 15)
    layout.set_regions({0: layout.region(0).with_values(x=10)}, "move")
    doc.set_field("StorageConfig.TosConfig.Bucket", "other")
    layout.add_stream(StreamRef("slides", index=2))
    assert doc.undo_stack.count() == 4
    doc.undo_stack.undo()
    assert len(layout.streams) == 2 and doc.get("StorageConfig.TosConfig.Bucket") == "other"
    doc.undo_stack.undo()
    assert doc.get("StorageConfig.TosConfig.Bucket") == "bucket1" and layout.region(0).x == 10
    doc.undo_stack.undo()
    assert layout.region(0).x == 0 and doc.get("Encode.VideoFps") == 15
    doc.undo_stack.undo()
    assert doc.to_body() == BODY


def test_a_value_that_breaks_a_rule_is_kept_and_reported(doc):
    doc.set_field("Encode.VideoFps", 500)
    assert doc.get("Encode.VideoFps") == 500
    assert any(p.path == "Encode.VideoFps" and p.is_error for p in doc.problems())
    doc.undo_stack.undo()
    assert not any(p.path == "Encode.VideoFps" for p in doc.problems())


def test_clearing_a_field_removes_it_and_its_emptied_objects(doc):
    doc.set_field("Encode.VideoFps", MISSING)
    doc.set_field("Encode.VideoBitrate", MISSING)
    assert "Encode" not in doc.to_body()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.to_body() == BODY


def test_switching_to_an_automatic_mode_and_back_keeps_the_regions(doc):
    changes = []
    doc.layoutModeChanged.connect(lambda: changes.append(doc.layout_mode))
    doc.set_layout_mode(0)
    assert not doc.is_custom_layout and "CustomLayout" not in doc.to_body()["Layout"]
    assert doc.to_body()["TargetStreams"] == BODY["TargetStreams"]
    doc.set_layout_mode(2)
    assert doc.to_body() == BODY and changes == [0, 2]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.layout_mode == 2 and doc.to_body() == BODY and changes == [0, 2, 0, 2]


def test_the_layouts_paths_are_edited_through_the_layout(doc):
    with pytest.raises(KeyError):
        doc.set_field("Layout.CustomLayout.Canvas.Width", 640)
    with pytest.raises(KeyError):
        doc.set_field("TargetStreams.StreamList", [])


def test_problems_follow_canvas_edits_too(doc):
    assert not [p for p in doc.problems() if p.is_error]
    layout = doc.layout
    layout.set_regions({1: layout.region(1).with_values(x=1600)}, "typed", clamp=False)
    assert any(p.path.startswith("Layout.CustomLayout.Regions[1]") for p in doc.problems())


def test_a_new_request_is_a_custom_layout(qapp):
    doc = RequestDocument.new()
    assert doc.is_custom_layout and doc.to_body() == {"Layout": {"LayoutMode": 2, "CustomLayout": {}}}


def test_the_window_is_not_told_to_pass_command_line_options_for_the_ids(qapp):
    doc = RequestDocument("volcengine", copy.deepcopy(BODY))
    assert not [p for p in doc.problems() if "--app-id" in p.message or "--room" in p.message]
    assert not [p for p in doc.problems() if p.is_error]
