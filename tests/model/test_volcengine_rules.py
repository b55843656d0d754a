"""The rules between StartRecord/UpdateRecord fields that the seed states in its prose, both sides;
and the sibling calls StopRecord and GetRecordTask."""

from __future__ import annotations

import copy

import pytest

from mixframe.model.problems import RequestInvalid, Severity
from mixframe.model.volcengine import (
    check_get,
    check_start,
    check_stop,
    check_update,
    parse_get,
    parse_start,
    parse_stop,
    parse_update,
)

ERROR, WARNING = Severity.ERROR, Severity.WARNING
REGIONS = "Layout.CustomLayout.Regions"


def at(problems, path, severity=None):
    return [p for p in problems if p.path == path and (severity is None or p.severity is severity)]


def lines(problems):
    return "\n".join(p.line() for p in problems)


def has(problems, path, severity=ERROR):
    assert at(problems, path, severity), f"expected {severity.value} at {path}; got:\n{lines(problems)}"


def lacks(problems, path, severity=None):
    assert not at(problems, path, severity), f"expected nothing at {path}; got:\n{lines(problems)}"


def errors(problems):
    return [p for p in problems if p.severity is ERROR]


def streams(n, start=0, prefix="user", stream_type=0):
    return [{"Index": start + i, "UserId": f"{prefix}{i}", "StreamType": stream_type} for i in range(n)]


def custom(minimal, stream_list, regions, canvas=None):
    body = copy.deepcopy(minimal)
    body["TargetStreams"] = {"StreamList": stream_list}
    custom_layout = {"Regions": regions}
    if canvas is not None:
        custom_layout["Canvas"] = canvas
    body["Layout"] = {"LayoutMode": 2, "CustomLayout": custom_layout}
    return body


def region(index, x=0, y=0, w=10, h=10, **more):
    return {"StreamIndex": index, "LocationX": x, "LocationY": y, "Width": w, "Height": h, **more}


# ---- counts ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["TargetStreams", "ExcludeStreams"])
def test_stream_lists_hold_at_most_17(minimal_body, name):
    body = minimal_body
    body[name] = {"StreamList": streams(17, prefix=name)}
    lacks(check_start(body), f"{name}.StreamList")
    assert check_start(body) == []
    body[name]["StreamList"] = streams(18, prefix=name)
    has(check_start(body), f"{name}.StreamList")


def test_regions_hold_at_most_17(custom_body):
    problems = check_start(custom_body)
    assert len(custom_body["Layout"]["CustomLayout"]["Regions"]) == 17
    assert problems == [], lines(problems)
    custom_body["Layout"]["CustomLayout"]["Regions"].append(region(999, w=2, h=2))
    has(check_start(custom_body), REGIONS)


def test_empty_stream_list_is_allowed(minimal_body):
    # "可以为空。为空时，表示订阅房间内所有流"
    minimal_body["TargetStreams"] = {"StreamList": []}
    minimal_body["ExcludeStreams"] = {"StreamList": []}
    assert check_start(minimal_body) == []


# ---- Index unique per StreamList ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["TargetStreams", "ExcludeStreams"])
def test_index_unique_per_stream_list(minimal_body, name):
    body = minimal_body
    body[name] = {"StreamList": [{"Index": 3, "UserId": "a"}, {"Index": 4, "UserId": "b"}, {"Index": 5, "UserId": "c"}]}
    lacks(check_start(body), f"{name}.StreamList[2].Index")
    body[name]["StreamList"][2]["Index"] = 3
    problems = check_start(body)
    has(problems, f"{name}.StreamList[2].Index")
    lacks(problems, f"{name}.StreamList[0].Index")


def test_absent_index_counts_as_zero(minimal_body):
    # Index defaults to 0, so two streams without Index collide.
    minimal_body["TargetStreams"] = {"StreamList": [{"UserId": "a"}, {"UserId": "b"}]}
    has(check_start(minimal_body), "TargetStreams.StreamList[1].Index")
    minimal_body["TargetStreams"]["StreamList"][1]["Index"] = 1
    assert check_start(minimal_body) == []


def test_same_index_in_different_lists_is_fine(minimal_body):
    minimal_body["TargetStreams"] = {"StreamList": [{"Index": 0, "UserId": "a"}]}
    minimal_body["ExcludeStreams"] = {"StreamList": [{"Index": 0, "UserId": "b"}]}
    assert check_start(minimal_body) == []


# ---- TargetStreams / ExcludeStreams -------------------------------------------------------------

def test_target_and_exclude_disjoint(minimal_body):
    minimal_body["TargetStreams"] = {"StreamList": [{"Index": 0, "UserId": "alice"}, {"Index": 1, "UserId": "bob"}]}
    minimal_body["ExcludeStreams"] = {"StreamList": [{"Index": 0, "UserId": "carol"}, {"Index": 1, "UserId": "bob"}]}
    problems = check_start(minimal_body)
    has(problems, "ExcludeStreams.StreamList[1]")
    lacks(problems, "ExcludeStreams.StreamList[0]")
    assert "bob" in at(problems, "ExcludeStreams.StreamList[1]")[0].message


def test_disjoint_compares_streams_not_indices(minimal_body):
    # The same Index for different users is no clash; the same user's screen and camera are two streams.
    minimal_body["TargetStreams"] = {"StreamList": [{"Index": 0, "UserId": "alice", "StreamType": 1}]}
    minimal_body["ExcludeStreams"] = {"StreamList": [{"Index": 0, "UserId": "alice", "StreamType": 0}]}
    assert check_start(minimal_body) == []
    minimal_body["TargetStreams"]["StreamList"][0]["StreamType"] = 0
    has(check_start(minimal_body), "ExcludeStreams.StreamList[0]")


def test_exclude_normal_streams_only(minimal_body):
    # "黑名单仅支持配置普通音视频流"
    minimal_body["ExcludeStreams"] = {"StreamList": [{"Index": 0, "UserId": "a", "StreamType": 0},
                                                     {"Index": 1, "UserId": "b", "StreamType": 1}]}
    problems = check_start(minimal_body)
    has(problems, "ExcludeStreams.StreamList[1].StreamType")
    lacks(problems, "ExcludeStreams.StreamList[0].StreamType")


# ---- Regions one-to-one with StreamList indices ------------------------------------------------------

def test_regions_one_to_one(minimal_body):
    body = custom(minimal_body, streams(3, start=5), [region(5), region(6, x=20), region(7, x=40)])
    assert check_start(body) == []


def test_missing_region(minimal_body):
    body = custom(minimal_body, streams(3, start=5), [region(5), region(7)])
    problems = check_start(body)
    has(problems, REGIONS)
    assert "6" in at(problems, REGIONS)[0].message and "user1" in at(problems, REGIONS)[0].message


def test_extra_region(minimal_body):
    body = custom(minimal_body, streams(2, start=5), [region(5), region(6), region(9, x=20)])
    problems = check_start(body)
    has(problems, f"{REGIONS}[2].StreamIndex")
    lacks(problems, f"{REGIONS}[0].StreamIndex")
    lacks(problems, f"{REGIONS}[1].StreamIndex")


def test_duplicate_stream_index(minimal_body):
    body = custom(minimal_body, streams(2), [region(0), region(1, x=20), region(1, x=40)])
    problems = check_start(body)
    has(problems, f"{REGIONS}[2].StreamIndex")
    lacks(problems, f"{REGIONS}[1].StreamIndex")


def test_regions_need_a_stream_list(minimal_body):
    body = custom(minimal_body, [], [region(0)])
    has(check_start(body), "TargetStreams.StreamList")


def test_custom_layout_needs_regions(minimal_body):
    body = custom(minimal_body, streams(1), [])
    del body["Layout"]["CustomLayout"]["Regions"]
    has(check_start(body), REGIONS)


def test_region_indices_follow_stream_index_not_position(custom_body):
    # The fixture's indices are 10, 13, 16…; reversing the Regions changes nothing.
    custom_body["Layout"]["CustomLayout"]["Regions"].reverse()
    assert check_start(custom_body) == []


# ---- Region position and size within the canvas -------------------------------------------------------

CANVAS = {"Width": 640, "Height": 360}


@pytest.mark.parametrize("field, value, valid", [
    ("LocationX", 639, True), ("LocationX", 640, False), ("LocationX", 0, True), ("LocationX", -1, False),
    ("LocationY", 359, True), ("LocationY", 360, False), ("LocationY", 0, True), ("LocationY", -1, False),
])
def test_region_location_within_canvas(minimal_body, field, value, valid):
    r = region(0, w=1, h=1)
    r[field] = value
    problems = check_start(custom(minimal_body, streams(1), [r], canvas=dict(CANVAS)))
    path = f"{REGIONS}[0].{field}"
    if valid:
        lacks(problems, path)
    else:
        has(problems, path)


@pytest.mark.parametrize("field, value, valid", [
    ("Width", 640, True), ("Width", 641, False), ("Width", 1, True), ("Width", 0, False), ("Width", -2, False),
    ("Height", 360, True), ("Height", 361, False), ("Height", 1, True), ("Height", 0, False),
])
def test_region_size_within_canvas(minimal_body, field, value, valid):
    r = region(0)
    r[field] = value
    problems = check_start(custom(minimal_body, streams(1), [r], canvas=dict(CANVAS)))
    path = f"{REGIONS}[0].{field}"
    if valid:
        lacks(problems, path)
    else:
        has(problems, path)


@pytest.mark.parametrize("canvas", [None, {}, {"Background": "#000000"}])
@pytest.mark.parametrize("field, value, valid", [
    ("LocationX", 639, True), ("LocationX", 640, False), ("LocationY", 479, True), ("LocationY", 480, False),
    ("Width", 640, True), ("Width", 641, False), ("Height", 480, True), ("Height", 481, False),
])
def test_default_canvas_is_640_by_480(minimal_body, canvas, field, value, valid):
    r = region(0, w=1, h=1)
    r[field] = value
    if field in ("Width", "Height"):
        r.update(LocationX=0, LocationY=0)
    problems = check_start(custom(minimal_body, streams(1), [r], canvas=canvas))
    path = f"{REGIONS}[0].{field}"
    if valid:
        lacks(problems, path, ERROR)
    else:
        has(problems, path)


def test_canvas_half_given_keeps_the_other_default(minimal_body):
    body = custom(minimal_body, streams(1), [region(0, w=1920, h=480)], canvas={"Width": 1920})
    problems = check_start(body)
    lacks(problems, f"{REGIONS}[0].Width")
    lacks(problems, f"{REGIONS}[0].Height")
    body["Layout"]["CustomLayout"]["Regions"][0]["Height"] = 482
    has(check_start(body), f"{REGIONS}[0].Height")


def test_bounds_message_names_the_canvas(minimal_body):
    problems = check_start(custom(minimal_body, streams(1), [region(0, w=641)], canvas=dict(CANVAS)))
    message = at(problems, f"{REGIONS}[0].Width")[0].message
    assert "Canvas.Width" in message and "640" in message


# ---- warnings on the layout -----------------------------------------------------------------------------

def test_region_past_canvas_edge_warns(minimal_body):
    body = custom(minimal_body, streams(2), [region(0, x=600, w=100, h=100), region(1, x=540, w=100, h=100)],
                  canvas=dict(CANVAS))
    problems = check_start(body)
    has(problems, f"{REGIONS}[0]", WARNING)
    lacks(problems, f"{REGIONS}[1]")  # exactly touching the edge is fine
    assert not errors(problems), lines(problems)


def test_regions_exactly_on_top_warn(minimal_body):
    body = custom(minimal_body, streams(3), [region(0, 10, 10, 100, 100), region(1, 10, 10, 100, 100),
                                              region(2, 11, 10, 100, 100)])
    problems = check_start(body)
    has(problems, f"{REGIONS}[1]", WARNING)
    lacks(problems, f"{REGIONS}[0]")
    lacks(problems, f"{REGIONS}[2]")
    assert not errors(problems)


@pytest.mark.parametrize("radius, warned", [(0.05, False), (50 / 640, False), (51 / 640, True), (0.5, True),
                                            (0.0, False)])
def test_corner_radius_too_large_warns(minimal_body, radius, warned):
    # "圆角半径的像素位不能超过 Region 宽高最小值的一半": radius px = CornerRadius × Canvas.Width.
    body = custom(minimal_body, streams(1), [region(0, w=200, h=100, CornerRadius=radius)], canvas=dict(CANVAS))
    problems = check_start(body)
    path = f"{REGIONS}[0].CornerRadius"
    if warned:
        has(problems, path, WARNING)
    else:
        lacks(problems, path)
    assert not errors(problems)


# ---- record mode, encode, control ---------------------------------------------------------------------

def test_layout_only_in_mixed_mode(minimal_body):
    minimal_body["Layout"] = {"LayoutMode": 0}
    lacks(check_start(minimal_body), "Layout")
    minimal_body["RecordMode"] = 1
    has(check_start(minimal_body), "Layout")
    del minimal_body["Layout"]
    assert check_start(minimal_body) == []


@pytest.mark.parametrize("field", ["VideoWidth", "VideoHeight"])
def test_encode_size_not_in_single_stream_mode(minimal_body, field):
    minimal_body["RecordMode"] = 1
    minimal_body["Encode"] = {field: 640}
    has(check_start(minimal_body), f"Encode.{field}")
    minimal_body["RecordMode"] = 0
    minimal_body["Layout"] = {"LayoutMode": 3}
    lacks(check_start(minimal_body), f"Encode.{field}")


@pytest.mark.parametrize("field, value", [
    ("VideoFps", 30), ("VideoBitrate", 500), ("AudioCodec", 0), ("AudioProfile", 1), ("AudioBitrate", 64),
    ("AudioSampleRate", 44100), ("AudioChannels", 1),
])
@pytest.mark.parametrize("record_mode", [0, 1])
def test_encode_fields_settable_in_both_modes(minimal_body, field, value, record_mode):
    # "单流录制时，你仅可以设置 VideoFps、VideoBitrate和所有音频相关参数"; mixed adds VideoWidth/Height.
    minimal_body["RecordMode"] = record_mode
    minimal_body["Encode"] = {field: value}
    assert check_start(minimal_body) == []


@pytest.mark.parametrize("field, value", [("VideoCodec", 1), ("VideoGop", 2)])
def test_encode_fields_in_neither_list_warn(minimal_body, field, value):
    minimal_body["Encode"] = {field: value}
    has(check_start(minimal_body), f"Encode.{field}", WARNING)


@pytest.mark.parametrize("mode, warned", [(0, True), (1, False), (2, True), (3, False)])
def test_encode_size_effect_by_layout_mode(minimal_body, mode, warned):
    # "该参数在垂直布局和并排布局下生效，自定义布局下请使用 canvas.Width"
    minimal_body["Encode"] = {"VideoWidth": 1280}
    minimal_body["Layout"] = {"LayoutMode": mode}
    if mode == 1:
        minimal_body["Layout"]["MainVideoStream"] = {"UserId": "alice"}
    problems = check_start(minimal_body)
    lacks(problems, "Encode.VideoWidth", ERROR)
    assert bool(at(problems, "Encode.VideoWidth", WARNING)) is warned


@pytest.mark.parametrize("profile, channels, valid", [
    (2, 1, False), (2, 2, True), (2, None, True), (1, 1, True), (0, 1, True), (None, 1, True),
])
def test_he_aac_v2_needs_stereo(minimal_body, profile, channels, valid):
    encode = {}
    if profile is not None:
        encode["AudioProfile"] = profile
    if channels is not None:
        encode["AudioChannels"] = channels
    minimal_body["Encode"] = encode
    problems = check_start(minimal_body)
    if valid:
        assert problems == [], lines(problems)
    else:
        has(problems, "Encode.AudioChannels")


@pytest.mark.parametrize("formats, valid", [
    (None, True), (["HLS"], True), (["MP4", "HLS"], True), (["MP4"], False), (["FLV", "MP4"], False),
])
def test_sync_upload_needs_hls(minimal_body, formats, valid):
    minimal_body["RecordMode"] = 1
    minimal_body["Control"] = {"EnableSyncUpload": True}
    if formats is not None:
        minimal_body["FileFormatConfig"] = {"FileFormat": formats}
    problems = check_start(minimal_body)
    if valid:
        lacks(problems, "Control.EnableSyncUpload")
    else:
        has(problems, "Control.EnableSyncUpload")
    minimal_body["Control"]["EnableSyncUpload"] = False
    lacks(check_start(minimal_body), "Control.EnableSyncUpload")


def test_sync_upload_with_duration_variable_warns(minimal_body):
    # "若 HLS 格式文件名中包含Duration填充变量，开通该功能Duration的值始终为 0"
    minimal_body["Control"] = {"EnableSyncUpload": True}
    minimal_body["FileNameConfig"] = {"Pattern": "{TaskId}_{Duration}"}
    has(check_start(minimal_body), "FileNameConfig.Pattern", WARNING)
    minimal_body["Control"]["EnableSyncUpload"] = False
    lacks(check_start(minimal_body), "FileNameConfig.Pattern")


def test_control_media_type_audio_only_unsupported(minimal_body):
    # "1：纯音频（暂不支持）"
    minimal_body["Control"] = {"MediaType": 1}
    problems = check_start(minimal_body)
    has(problems, "Control.MediaType")
    assert "not supported" in at(problems, "Control.MediaType")[0].message
    minimal_body["Control"]["MediaType"] = 0
    assert check_start(minimal_body) == []


def test_max_silence_applies_to_single_stream_only(minimal_body):
    minimal_body["Control"] = {"MaxSilenceSeconds": 600}
    has(check_start(minimal_body), "Control.MaxSilenceSeconds", WARNING)
    minimal_body["RecordMode"] = 1
    assert check_start(minimal_body) == []


def test_frame_interpolation_has_no_effect_in_automatic_layouts(minimal_body):
    # "自动布局模式下，该参数不生效"
    minimal_body["Control"] = {"FrameInterpolationMode": 1}
    has(check_start(minimal_body), "Control.FrameInterpolationMode", WARNING)


def test_audio_only_formats_warn_unless_audio_is_all_that_is_encoded(minimal_body):
    # "MP3、AAC和M4A仅在编码纯音频时有效"
    minimal_body["FileFormatConfig"] = {"FileFormat": ["MP4", "MP3"]}
    has(check_start(minimal_body), "FileFormatConfig.FileFormat", WARNING)
    body = custom(minimal_body, streams(1), [region(0, MediaType=1)])
    lacks(check_start(body), "FileFormatConfig.FileFormat", WARNING)


def test_file_format_listed_twice(minimal_body):
    minimal_body["FileFormatConfig"] = {"FileFormat": ["HLS", "MP4", "HLS"]}
    has(check_start(minimal_body), "FileFormatConfig.FileFormat[2]")


def test_file_format_needs_at_least_one(minimal_body):
    minimal_body["FileFormatConfig"] = {"FileFormat": []}
    has(check_start(minimal_body), "FileFormatConfig.FileFormat")


# ---- file names -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern, warned", [
    ("{TaskId}_{RoomId}_{StartTime}_{Duration}", False), ("{taskid}{ROOMID}{UserId}{Type}{Random}", False),
    ("{Foo}", True), ("{TaskID}_{Tasks}", True), ("plain", False), ("", False),
])
def test_unknown_pattern_variable_warns(minimal_body, pattern, warned):
    # Variable names are case-insensitive; a misspelled one stays as literal text.
    minimal_body["FileNameConfig"] = {"Pattern": pattern}
    problems = check_start(minimal_body)
    variable_warnings = [p for p in at(problems, "FileNameConfig.Pattern", WARNING) if p.rule == "pattern-variable"]
    assert bool(variable_warnings) is warned, lines(problems)
    lacks(problems, "FileNameConfig.Pattern", ERROR)


def test_vod_ignores_prefix(minimal_body):
    minimal_body["FileNameConfig"] = {"Prefix": ["dir1"]}
    lacks(check_start(minimal_body), "FileNameConfig.Prefix")
    minimal_body["StorageConfig"] = {"Type": 1, "VodConfig": {"AccountId": "1", "Space": "s"}}
    has(check_start(minimal_body), "FileNameConfig.Prefix", WARNING)


def test_storage_config_of_another_type_warns(minimal_body):
    minimal_body["StorageConfig"]["VodConfig"] = {"AccountId": "1", "Space": "s"}
    problems = check_start(minimal_body)
    has(problems, "StorageConfig.VodConfig", WARNING)
    assert not errors(problems)


# ---- main video stream ------------------------------------------------------------------------------------

def test_main_stream_cannot_be_excluded(minimal_body):
    minimal_body["Layout"] = {"LayoutMode": 1, "MainVideoStream": {"UserId": "carol"}}
    minimal_body["ExcludeStreams"] = {"StreamList": [{"UserId": "carol"}]}
    has(check_start(minimal_body), "Layout.MainVideoStream")


# ---- draft mode, parse, odd input ------------------------------------------------------------------------

def test_draft_allows_missing_and_masked_ids(minimal_body, seed_body):
    for key in ("AppId", "RoomId", "TaskId"):
        del minimal_body[key]
    drafted = check_start(minimal_body, draft=True)
    assert not errors(drafted), lines(drafted)
    # Each missing id is a warning naming the option that gives it at start.
    assert [(p.path, p.rule) for p in drafted] == [("AppId", "id-at-start"), ("RoomId", "id-at-start"),
                                                   ("TaskId", "id-at-start")]
    for key, option in (("AppId", "--app-id"), ("RoomId", "--room"), ("TaskId", "--task")):
        assert option in next(p.message for p in drafted if p.path == key)
        has(check_start(minimal_body), key)
        assert option in next(p.message for p in check_start(minimal_body) if p.path == key)
    problems = check_start(seed_body, draft=True)
    assert not errors(problems), lines(problems)
    has(problems, "AppId", WARNING)
    has(check_start(seed_body), "AppId")  # a masked id is not sendable


def test_parse_start_raises_with_the_problems(minimal_body):
    minimal_body["Encode"] = {"VideoFps": 0, "AudioChannels": 3}
    with pytest.raises(RequestInvalid) as info:
        parse_start(minimal_body)
    paths = {p.path for p in info.value.problems}
    assert {"Encode.VideoFps", "Encode.AudioChannels"} <= paths
    assert str(info.value).startswith("Encode.") and "1 more" in str(info.value)


def test_parse_start_allows_warnings(minimal_body):
    minimal_body["FileNameConfig"] = {"Pattern": "{Foo}"}
    assert parse_start(minimal_body).file_name_config.pattern == "{Foo}"


@pytest.mark.parametrize("junk", [None, [], "text", 3, [{"AppId": "a"}]])
def test_not_an_object(junk):
    for check in (check_start, check_update, check_stop, check_get):
        problems = check(junk)
        assert len(problems) == 1 and problems[0].path == "" and problems[0].is_error


# ---- UpdateRecord ------------------------------------------------------------------------------------------

def update_body(regions=None, stream_list=None, **layout):
    return {
        "AppId": "app1", "RoomId": "room1", "TaskId": "task1",
        "TargetStreams": {"StreamList": stream_list if stream_list is not None else streams(2)},
        "Layout": {"LayoutMode": 2, "CustomLayout": {
            "Canvas": {"Background": "#101010"},
            "Regions": regions if regions is not None else [region(0), region(1, x=20)],
        }, **layout},
    }


def test_update_valid():
    assert check_update(update_body()) == []
    assert check_update({"AppId": "a", "RoomId": "r", "TaskId": "t"}) == []
    assert parse_update(update_body()).layout.layout_mode == 2


@pytest.mark.parametrize("mode, valid", [(2, True), (0, False), (1, False), (3, False)])
def test_update_only_custom_layout(mode, valid):
    body = update_body()
    body["Layout"]["LayoutMode"] = mode
    problems = check_update(body)
    if valid:
        lacks(problems, "Layout.LayoutMode")
    else:
        has(problems, "Layout.LayoutMode")


def test_update_sends_the_whole_regions_list():
    body = update_body()
    del body["Layout"]["CustomLayout"]["Regions"]
    has(check_update(body), REGIONS)
    # Only one of the two streams' regions: the update would drop the other.
    has(check_update(update_body(regions=[region(0)])), REGIONS)


def test_update_checks_regions_like_start():
    problems = check_update(update_body(regions=[region(0), region(1, Alpha=0.0), region(7)]))
    has(problems, f"{REGIONS}[1].Alpha")
    has(problems, f"{REGIONS}[2].StreamIndex")


@pytest.mark.parametrize("key", ["Width", "Height"])
def test_update_canvas_size_is_ignored(key):
    body = update_body()
    body["Layout"]["CustomLayout"]["Canvas"][key] = 640
    problems = check_update(body)
    has(problems, f"Layout.CustomLayout.Canvas.{key}", WARNING)
    lacks(problems, "Layout.CustomLayout.Canvas.Background")


@pytest.mark.parametrize("key", ["AppId", "RoomId", "TaskId"])
def test_update_requires_ids(key):
    body = update_body()
    del body[key]
    has(check_update(body), key)


@pytest.mark.parametrize("key", ["RecordMode", "StorageConfig", "Encode", "Control"])
def test_update_takes_only_its_own_fields(key):
    body = update_body()
    body[key] = {} if key != "RecordMode" else 0
    has(check_update(body), key)


def test_update_unknown_field_message_makes_sense():
    body = update_body()
    body["RecordMode"] = 0
    message = at(check_update(body), "RecordMode")[0].message
    assert '"RecordMode"' not in message


# ---- StopRecord and GetRecordTask -------------------------------------------------------------------------

IDS = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1"}


def test_stop_and_get_valid():
    assert check_stop(dict(IDS)) == []
    assert check_stop({**IDS, "BusinessId": "biz"}) == []
    assert check_get(dict(IDS)) == []
    assert parse_stop(dict(IDS)).task_id == "task1"
    assert parse_get(dict(IDS)).room_id == "room1"


@pytest.mark.parametrize("check", [check_stop, check_get])
@pytest.mark.parametrize("key", ["AppId", "RoomId", "TaskId"])
def test_stop_and_get_require_ids(check, key):
    body = dict(IDS)
    del body[key]
    has(check(body), key)
    body[key] = "a b"
    has(check(body), key)
    body[key] = "x" * 129
    has(check(body), key)
    body[key] = "ok@x.y-z_1"
    assert check(body) == []


@pytest.mark.parametrize("check, key", [(check_stop, "Layout"), (check_get, "BusinessId"), (check_get, "Foo"),
                                        (check_stop, "RecordMode")])
def test_stop_and_get_refuse_other_fields(check, key):
    has(check({**IDS, key: 0}), key)


def test_parse_stop_raises():
    with pytest.raises(RequestInvalid):
        parse_stop({"AppId": "a"})
    with pytest.raises(RequestInvalid):
        parse_get({"AppId": "a", "RoomId": "r", "TaskId": "t t"})


def test_long_file_names_warn(minimal_body):
    # "The whole name is at most 128 characters. A longer name is cut and its last character becomes ~"
    minimal_body["FileNameConfig"] = {"Pattern": "{TaskId}", "Prefix": ["d"]}
    lacks(check_start(minimal_body), "FileNameConfig.Pattern")
    minimal_body["TaskId"] = "t" * 128
    has(check_start(minimal_body), "FileNameConfig.Pattern", WARNING)


def test_too_many_excluded_streams_message_speaks_of_excluding(minimal_body):
    minimal_body["ExcludeStreams"] = {"StreamList": streams(18)}
    message = at(check_start(minimal_body), "ExcludeStreams.StreamList", ERROR)[0].message
    assert "recorded" not in message and "17" in message
