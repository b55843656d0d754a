"""UpdateRecord from a start body: only what the running task lets us change, Regions whole."""

from __future__ import annotations

from mixframe.model.volcengine import check_update, update_body_from


def start_body() -> dict:
    return {
        "AppId": "app", "BusinessId": "biz", "RoomId": "room", "TaskId": "task", "RecordMode": 0,
        "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "a"}, {"Index": 1, "UserId": "b"}]},
        "Encode": {"VideoFps": 30},
        "Layout": {"LayoutMode": 2, "CustomLayout": {
            "Canvas": {"Width": 1280, "Height": 720, "Background": "#101010", "BackgroundImage": "https://x/y.png"},
            "Regions": [{"StreamIndex": 0, "Width": 640, "Height": 720},
                        {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 720}]}},
        "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "1", "Bucket": "b"}},
    }


def test_keeps_ids_streams_background_and_every_region():
    body = update_body_from(start_body())
    assert body == {
        "AppId": "app", "BusinessId": "biz", "RoomId": "room", "TaskId": "task",
        "TargetStreams": start_body()["TargetStreams"],
        "Layout": {"LayoutMode": 2, "CustomLayout": {
            "Canvas": {"Background": "#101010", "BackgroundImage": "https://x/y.png"},
            "Regions": start_body()["Layout"]["CustomLayout"]["Regions"]}},
    }
    assert check_update(body) == []


def test_an_automatic_layout_cannot_be_updated():
    body = start_body()
    body["Layout"] = {"LayoutMode": 0}
    problems = check_update(update_body_from(body))
    assert [p.path for p in problems if p.is_error] == ["Layout.LayoutMode"]


def test_regions_are_measured_against_the_task_canvas_when_known():
    body = update_body_from(start_body())
    # The start body's canvas is 1280x720: a region 720 high fits it, though not the 640x480 default.
    assert check_update(body, task_canvas=(1280, 720)) == []
    too_small = check_update(body, task_canvas=(640, 480))
    assert "Layout.CustomLayout.Regions[0].Height" in [p.path for p in too_small if p.is_error]


def test_without_the_task_canvas_regions_must_fit_the_largest_canvas():
    body = update_body_from(start_body())
    body["Layout"]["CustomLayout"]["Regions"][1]["Width"] = 1921
    assert [p.path for p in check_update(body) if p.is_error] == ["Layout.CustomLayout.Regions[1].Width"]


def test_an_odd_canvas_key_in_an_update_is_named_on_one_line():
    """Found by hypothesis: a Canvas key with a line break made a two-line problem."""
    from mixframe.model.volcengine import check_update

    body = {"AppId": "a", "RoomId": "r", "TaskId": "t", "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Canvas": {"Width": 640, "Wid\nth": 1}, "Regions": [{"StreamIndex": 0, "Width": 64, "Height": 64}]}}}
    ignored = [p for p in check_update(body, task_canvas=(640, 480)) if p.rule == "update-ignored"]
    assert [p.path for p in ignored] == ['Layout.CustomLayout.Canvas.Width', 'Layout.CustomLayout.Canvas["Wid\\nth"]']
    assert all("\n" not in p.line() for p in ignored)
