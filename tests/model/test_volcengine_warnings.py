"""The warnings the seed's prose implies that no other test names: legal, but probably a mistake."""

from __future__ import annotations

import copy

from mixframe.model.problems import Severity
from mixframe.model.volcengine import check_start

BASE = {
    "AppId": "app", "RoomId": "room", "TaskId": "task",
    "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "a"}, {"Index": 1, "UserId": "b"}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {"Regions": [
        {"StreamIndex": 0, "Width": 320, "Height": 240},
        {"StreamIndex": 1, "LocationX": 320, "Width": 320, "Height": 240}]}},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "1", "Bucket": "b"}},
}


def at(body, path):
    return [p.severity for p in check_start(body) if p.path == path]


def test_base_is_clean():
    assert check_start(BASE) == []


def test_crop_reaching_past_the_source_frame_warns():
    body = copy.deepcopy(BASE)
    crop_path = "Layout.CustomLayout.Regions[0].SourceCrop"
    body["Layout"]["CustomLayout"]["Regions"][0]["SourceCrop"] = {"LocationX": 0.5, "WidthProportion": 0.5}
    assert at(body, crop_path) == []
    body["Layout"]["CustomLayout"]["Regions"][0]["SourceCrop"] = {"LocationX": 0.6, "WidthProportion": 0.5}
    assert at(body, crop_path) == [Severity.WARNING]
    body["Layout"]["CustomLayout"]["Regions"][0]["SourceCrop"] = {"LocationY": 0.75, "HeightProportion": 0.5}
    assert at(body, crop_path) == [Severity.WARNING]


def test_main_video_stream_outside_the_vertical_layout_warns():
    body = copy.deepcopy(BASE)
    body["Layout"]["MainVideoStream"] = {"UserId": "a"}
    assert at(body, "Layout.MainVideoStream") == [Severity.WARNING]


def test_main_video_stream_not_recorded_warns_and_recorded_is_clean():
    body = copy.deepcopy(BASE)
    body["Layout"] = {"LayoutMode": 1, "MainVideoStream": {"UserId": "a"}}
    assert at(body, "Layout.MainVideoStream") == []
    body["Layout"]["MainVideoStream"] = {"UserId": "nobody"}
    assert at(body, "Layout.MainVideoStream") == [Severity.WARNING]


def test_custom_layout_outside_the_custom_mode_warns():
    body = copy.deepcopy(BASE)
    body["Layout"]["LayoutMode"] = 0
    assert at(body, "Layout.CustomLayout") == [Severity.WARNING]
