"""Every field rule of the StartRecord table (the vendor's StartRecord field table), both sides.

The numbers here are copied from the seed, not read from `limits_for`: a wrong limit in the
model must fail a test, not move the test along with it. One test then checks that
`limits_for` says the same as the seed, since forms read their limits from there.
"""

from __future__ import annotations

import copy
import re

import pytest

from mixframe.model.problems import Severity
from mixframe.model.limits import limits_for
from mixframe.model.volcengine import check_start

# ---- helpers --------------------------------------------------------------------------------

_TOKEN = re.compile(r"([A-Za-z]+)|\[(\d+)\]")


def _steps(path: str) -> list:
    return [name if name else int(index) for name, index in _TOKEN.findall(path)]


def put(body: dict, path: str, value) -> dict:
    """Set `path` (API spelling, with [i]) in `body`, creating objects on the way."""
    *parents, last = _steps(path)
    node = body
    for step in parents:
        if isinstance(step, int):
            node = node[step]
        else:
            node = node.setdefault(step, {})
    node[last] = value
    return body


def drop(body: dict, path: str) -> dict:
    *parents, last = _steps(path)
    node = body
    for step in parents:
        node = node[step]
    del node[last]
    return body


def at(problems, path: str, severity: Severity | None = None) -> list:
    return [p for p in problems if p.path == path and (severity is None or p.severity is severity)]


def assert_error(body: dict, path: str, **kw) -> None:
    problems = check_start(body, **kw)
    assert at(problems, path, Severity.ERROR), (
        f"expected an error at {path}; got:\n" + "\n".join(p.line() for p in problems))


def assert_warning(body: dict, path: str) -> None:
    problems = check_start(body)
    assert at(problems, path, Severity.WARNING), (
        f"expected a warning at {path}; got:\n" + "\n".join(p.line() for p in problems))
    assert not at(problems, path, Severity.ERROR)


# Fields that the model always warns about when set (the seed lists them in neither mode's
# "you may set" list): their valid side may carry that warning, never an error.
# CornerRadius near 1 is always more than half a region's side (radius = CornerRadius × Canvas.Width).
ALWAYS_WARNED = {"Encode.VideoCodec": "encode-by-mode", "Encode.VideoGop": "encode-by-mode",
                 "Layout.CustomLayout.Regions[0].CornerRadius": "corner-too-large"}


def assert_clean(body: dict, path: str) -> None:
    problems = check_start(body)
    here = at(problems, path)
    if path in ALWAYS_WARNED:
        here = [p for p in here if not (p.severity is Severity.WARNING and p.rule == ALWAYS_WARNED[path])]
    assert not here, f"expected nothing at {path}; got:\n" + "\n".join(p.line() for p in here)


# ---- base bodies per group of fields --------------------------------------------------------

MINIMAL = {
    "AppId": "app1",
    "RoomId": "room1",
    "TaskId": "task1",
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bucket1"}},
}


def vertical_body() -> dict:
    """Mixed recording, vertical layout: the mode where Encode.VideoWidth/Height take effect."""
    body = copy.deepcopy(MINIMAL)
    body.update({
        "RecordMode": 0,
        "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "alice", "StreamType": 0},
                                         {"Index": 1, "UserId": "bob", "StreamType": 0}]},
        "Layout": {"LayoutMode": 1, "MainVideoStream": {"Index": 0, "UserId": "alice", "StreamType": 0}},
    })
    return body


def single_stream_body() -> dict:
    body = copy.deepcopy(MINIMAL)
    body["RecordMode"] = 1
    return body


def custom_body(width: int = 1920, height: int = 1080) -> dict:
    """Two streams with tiny regions that fit even the smallest canvas (2×2)."""
    body = copy.deepcopy(MINIMAL)
    body.update({
        "RecordMode": 0,
        "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "alice"}, {"Index": 1, "UserId": "bob"}]},
        "Layout": {"LayoutMode": 2, "CustomLayout": {
            "Canvas": {"Width": width, "Height": height},
            "Regions": [
                {"StreamIndex": 0, "LocationX": 0, "LocationY": 0, "Width": 2, "Height": 2},
                {"StreamIndex": 1, "LocationX": 1, "LocationY": 1, "Width": 1, "Height": 1, "ZOrder": 1},
            ],
        }},
    })
    return body


def vod_body() -> dict:
    body = copy.deepcopy(MINIMAL)
    body["StorageConfig"] = {"Type": 1, "VodConfig": {"AccountId": "2100000000", "Space": "space1"}}
    return body


def s3_body() -> dict:
    body = copy.deepcopy(MINIMAL)
    body["StorageConfig"] = {"Type": 2, "CustomConfig": {"Bucket": "b1", "AccessKey": "AK1", "SecretKey": "SK1"}}
    return body


def streams_body() -> dict:
    body = copy.deepcopy(MINIMAL)
    body["TargetStreams"] = {"StreamList": [{"Index": 0, "UserId": "alice", "StreamType": 0}]}
    body["ExcludeStreams"] = {"StreamList": [{"Index": 0, "UserId": "carol", "StreamType": 0}]}
    return body


def base_for(path: str) -> dict:
    if path.startswith(("Encode.", "Layout.MainVideoStream")):
        return vertical_body()
    if path.startswith("Control."):
        return single_stream_body()
    if path.startswith("Layout.CustomLayout") or path == "Layout.LayoutMode":
        return custom_body()
    if path.startswith("StorageConfig.VodConfig"):
        return vod_body()
    if path.startswith("StorageConfig.CustomConfig"):
        return s3_body()
    if path.startswith(("TargetStreams", "ExcludeStreams")):
        return streams_body()
    return copy.deepcopy(MINIMAL)


def with_value(path: str, value) -> dict:
    return put(base_for(path), path, value)


def test_base_bodies_are_clean():
    for make in (vertical_body, single_stream_body, custom_body, vod_body, s3_body, streams_body):
        problems = check_start(make())
        assert problems == [], (make.__name__, [p.line() for p in problems])


# ---- numeric ranges, from the seed ------------------------------------------------------------

R0 = "Layout.CustomLayout.Regions[0]"
# (path, kind, minimum, maximum, min_exclusive, max_exclusive) exactly as the seed writes them.
RANGES = [
    ("Encode.VideoWidth", "int", 2, 1920, False, False),
    ("Encode.VideoHeight", "int", 2, 1920, False, False),
    ("Encode.VideoFps", "int", 1, 60, False, False),
    ("Encode.VideoBitrate", "int", 0, 10000, False, False),
    ("Encode.VideoGop", "int", 1, 5, False, False),
    ("Encode.AudioBitrate", "int", 32, 192, False, False),
    ("Layout.CustomLayout.Canvas.Width", "int", 2, 1920, False, False),
    ("Layout.CustomLayout.Canvas.Height", "int", 2, 1920, False, False),
    (f"{R0}.ZOrder", "int", 0, 100, False, False),
    (f"{R0}.Alpha", "float", 0.0, 1.0, True, False),
    (f"{R0}.SourceCrop.LocationX", "float", 0.0, 1.0, False, True),
    (f"{R0}.SourceCrop.LocationY", "float", 0.0, 1.0, False, True),
    (f"{R0}.SourceCrop.WidthProportion", "float", 0.0, 1.0, True, False),
    (f"{R0}.SourceCrop.HeightProportion", "float", 0.0, 1.0, True, False),
    (f"{R0}.CornerRadius", "float", 0.0, 1.0, False, False),
    ("Control.MaxSilenceSeconds", "int", 60, 3600, False, False),
    ("Control.MaxIdleTime", "int", 10, 86400, False, False),
    ("Control.MaxRecordTime", "int", 0, None, False, False),
]


def _edge_cases():
    for path, kind, lo, hi, lo_open, hi_open in RANGES:
        step = 1 if kind == "int" else 0.01
        # Even-pixel fields step by 2 so that "just outside" is not also odd.
        if path.endswith(("Width", "Height")) and kind == "int":
            step = 2
        if lo_open:
            yield pytest.param(path, lo, False, id=f"{path}={lo}(open)")
            yield pytest.param(path, lo + (0.001 if kind == "float" else step), True, id=f"{path}>min")
        else:
            yield pytest.param(path, lo, True, id=f"{path}={lo}")
            yield pytest.param(path, lo - step, False, id=f"{path}<min")
        if hi is None:
            continue
        if hi_open:
            yield pytest.param(path, hi, False, id=f"{path}={hi}(open)")
            yield pytest.param(path, hi - (0.001 if kind == "float" else step), True, id=f"{path}<max")
        else:
            yield pytest.param(path, hi, True, id=f"{path}={hi}")
            yield pytest.param(path, hi + step, False, id=f"{path}>max")


@pytest.mark.parametrize("path, value, valid", list(_edge_cases()))
def test_range_edges(path, value, valid):
    body = with_value(path, value)
    if valid:
        assert_clean(body, path)
    else:
        assert_error(body, path)


@pytest.mark.parametrize("path, kind, lo, hi, lo_open, hi_open", RANGES, ids=[r[0] for r in RANGES])
def test_limits_for_states_the_seed_range(path, kind, lo, hi, lo_open, hi_open):
    limits = limits_for(path)
    assert limits.kind == kind
    assert (limits.minimum, limits.maximum) == (lo, hi)
    assert (limits.min_exclusive, limits.max_exclusive) == (lo_open, hi_open)


def test_range_message_names_the_range():
    problems = at(check_start(with_value(f"{R0}.Alpha", 0.0)), f"{R0}.Alpha")
    assert "(0, 1]" in problems[0].message


# ---- even pixels --------------------------------------------------------------------------------

EVEN_FIELDS = ["Encode.VideoWidth", "Encode.VideoHeight",
               "Layout.CustomLayout.Canvas.Width", "Layout.CustomLayout.Canvas.Height"]


@pytest.mark.parametrize("path", EVEN_FIELDS)
@pytest.mark.parametrize("value, valid", [(640, True), (641, False), (3, False), (1919, False), (1918, True)])
def test_even_pixels(path, value, valid):
    body = with_value(path, value)
    if valid:
        assert_clean(body, path)
    else:
        assert_error(body, path)
        assert any("even" in p.message for p in at(check_start(body), path))


@pytest.mark.parametrize("path", EVEN_FIELDS)
def test_limits_for_marks_even_fields(path):
    assert limits_for(path).even
    assert not limits_for("Encode.VideoFps").even


# ---- enumerations -------------------------------------------------------------------------------

ENUMS = [
    ("RecordMode", [0, 1], [2, -1]),
    ("TargetStreams.StreamList[0].StreamType", [0, 1], [2]),
    ("Layout.MainVideoStream.StreamType", [0, 1], [2]),
    ("Encode.VideoCodec", [0, 1], [2]),
    ("Encode.AudioCodec", [0], [1]),
    ("Encode.AudioProfile", [0, 1, 2], [3]),
    ("Encode.AudioSampleRate", [16000, 32000, 44100, 48000], [22050, 8000, 0]),
    ("Encode.AudioChannels", [1, 2], [0, 3]),
    ("Layout.LayoutMode", [0, 1, 2, 3], [4, -1]),
    (f"{R0}.RenderMode", [0, 1, 2, 3], [4]),
    (f"{R0}.MediaType", [0, 1, 2], [3]),
    (f"{R0}.AlternateImageFillMode", [0, 1], [2]),
    ("Control.MediaType", [0], [2]),  # 1 is in the enumeration but "暂不支持": see the rules tests
    ("Control.FrameInterpolationMode", [0, 1], [2]),
    ("FileFormatConfig.FileFormat[0]", ["MP4", "HLS", "FLV", "MP3", "AAC", "M4A"], ["MKV", "WAV", ""]),
    ("StorageConfig.Type", [0], [3]),  # 1 and 2 need their own config objects: see the rules tests
    ("StorageConfig.VodConfig.StorageClass", [1, 2, 3], [0, 4]),
    ("StorageConfig.CustomConfig.Vendor", [0, 1, 2, 3, 4], [5]),
]


def _enum_cases():
    for path, good, bad in ENUMS:
        for value in good:
            yield pytest.param(path, value, True, id=f"{path}={value!r}")
        for value in bad:
            yield pytest.param(path, value, False, id=f"{path}={value!r}-bad")


@pytest.mark.parametrize("path, value, valid", list(_enum_cases()))
def test_enumerations(path, value, valid):
    if path.startswith("FileFormatConfig"):
        body = copy.deepcopy(MINIMAL)
        body["FileFormatConfig"] = {"FileFormat": [value]}
    else:
        body = with_value(path, value)
    if valid:
        assert_clean(body, path)
    else:
        assert_error(body, path)


@pytest.mark.parametrize("path, good, bad", ENUMS, ids=[e[0] for e in ENUMS])
def test_limits_for_lists_the_choices(path, good, bad):
    if path.startswith("FileFormatConfig"):
        return  # a list of choices: its element type carries them, checked above
    choices = limits_for(path).choices
    assert set(good) <= set(choices)
    assert not set(bad) & set(choices)


def test_enumeration_message_lists_the_choices():
    problems = at(check_start(with_value("Encode.AudioSampleRate", 22050)), "Encode.AudioSampleRate")
    assert all(str(rate) in problems[0].message for rate in (16000, 32000, 44100, 48000))


@pytest.mark.parametrize("path", ["Control.EnableSyncUpload", "StorageConfig.VodConfig.AutoSetFileExtension"])
@pytest.mark.parametrize("value, valid", [(True, True), (False, True), (1, False), ("true", False), (None, False)])
def test_booleans_are_strict(path, value, valid):
    body = with_value(path, value)
    if path == "Control.EnableSyncUpload" and value is True:
        body["FileFormatConfig"] = {"FileFormat": ["HLS"]}
    if valid:
        assert_clean(body, path)
    else:
        assert_error(body, path)


# ---- strings: ids, lengths, colours, prefixes -----------------------------------------------------

ID_FIELDS = ["AppId", "BusinessId", "RoomId", "TaskId",
             "TargetStreams.StreamList[0].UserId", "ExcludeStreams.StreamList[0].UserId",
             "Layout.MainVideoStream.UserId"]
ID_VALUES = [
    ("a" * 128, True), ("a" * 129, False), ("a b", False), ("a@b.c-d_e", True), ("A_Z.0-9@x", True),
    ("", False), ("用户", False), ("a/b", False), ("a#b", False), ("a\nb", False), ("x", True),
]


@pytest.mark.parametrize("path", ID_FIELDS)
@pytest.mark.parametrize("value, valid", ID_VALUES, ids=[f"{v[:12]!r}({len(v)})" for v, _ in ID_VALUES])
def test_id_pattern(path, value, valid):
    body = with_value(path, value)
    if path == "Layout.MainVideoStream.UserId":
        body["TargetStreams"]["StreamList"][0]["UserId"] = value if valid else "alice"
    if valid:
        assert_clean(body, path)
    else:
        assert_error(body, path)


def test_id_message_says_the_rule():
    message = at(check_start(with_value("RoomId", "a b")), "RoomId")[0].message
    assert "letters" in message and "128" in message


IMAGE = "https://example.com/"


def url_of_length(chars: int, filler: str = "a") -> str:
    """An https PNG address exactly `chars` characters long."""
    stem = chars - len(IMAGE) - len(".png")
    return IMAGE + filler * stem + ".png"


def url_of_bytes(size: int) -> str:
    """An https PNG address exactly `size` UTF-8 bytes long, mostly two-byte characters."""
    stem = size - len(IMAGE) - len(".png")
    return IMAGE + "é" * (stem // 2) + "a" * (stem % 2) + ".png"


@pytest.mark.parametrize("chars, valid", [(1024, True), (1025, False), (100, True)])
def test_alternate_image_length(chars, valid):
    path = f"{R0}.AlternateImage"
    url = url_of_length(chars)
    assert len(url) == chars
    body = with_value(path, url)
    if valid:
        assert_clean(body, path)
    else:
        assert_error(body, path)


@pytest.mark.parametrize("size, valid", [(1024, True), (1025, False), (1026, False)])
def test_background_image_length_is_in_bytes(size, valid):
    path = "Layout.CustomLayout.Canvas.BackgroundImage"
    url = url_of_bytes(size)
    assert len(url.encode("utf-8")) == size and len(url) < 1024  # fewer characters than bytes
    body = with_value(path, url)
    if valid:
        assert_clean(body, path)
    else:
        assert_error(body, path)


def test_background_image_length_checked_in_every_layout_mode():
    body = copy.deepcopy(MINIMAL)
    body["Layout"] = {"LayoutMode": 0, "CustomLayout": {"Canvas": {"BackgroundImage": url_of_length(1100)}}}
    assert_error(body, "Layout.CustomLayout.Canvas.BackgroundImage")


@pytest.mark.parametrize("path", ["Layout.CustomLayout.Canvas.BackgroundImage", f"{R0}.AlternateImage"])
@pytest.mark.parametrize("url, valid", [
    ("https://example.com/a.png", True), ("http://example.com/a.JPG", True), ("https://example.com/a.jpeg", True),
    ("https://example.com/a.gif", False), ("file:///tmp/a.png", False), ("a.png", False),
])
def test_image_urls(path, url, valid):
    body = with_value(path, url)
    if valid:
        assert_clean(body, path)
    else:
        assert_error(body, path)


@pytest.mark.parametrize("colour, valid", [
    ("#abcdef", True), ("#ABCDEF", True), ("#000000", True), ("#ffffff", True), ("#AbC012", True),
    ("#fff", False), ("red", False), ("abcdef", False), ("#abcdeg", False), ("#abcdef0", False), ("", False),
])
def test_background_colour(colour, valid):
    path = "Layout.CustomLayout.Canvas.Background"
    body = with_value(path, colour)
    if valid:
        assert_clean(body, path)
    else:
        assert_error(body, path)


@pytest.mark.parametrize("prefix, bad_index", [
    (["directory1", "directory2"], None), (["ABC", "x9"], None),
    (["dir-1"], 0), (["ok", "a/b"], 1), (["ok", "a b"], 1), (["目录"], 0), (["a_b"], 0), ([""], 0),
])
def test_prefix_characters(prefix, bad_index):
    body = copy.deepcopy(MINIMAL)
    body["FileNameConfig"] = {"Prefix": prefix}
    problems = check_start(body)
    for i in range(len(prefix)):
        path = f"FileNameConfig.Prefix[{i}]"
        if i == bad_index:
            assert at(problems, path, Severity.ERROR), [p.line() for p in problems]
        else:
            assert not at(problems, path)


@pytest.mark.parametrize("prefix, valid", [
    (["a" * 100, "b" * 100], False), (["a" * 129], False), (["a" * 60, "b" * 60], True), (["a" * 126], True),
])
def test_prefix_total_length(prefix, valid):
    body = copy.deepcopy(MINIMAL)
    body["FileNameConfig"] = {"Prefix": prefix}
    problems = at(check_start(body), "FileNameConfig.Prefix", Severity.ERROR)
    assert bool(problems) is not valid


# ---- required fields ------------------------------------------------------------------------------

REQUIRED = [
    ("AppId", MINIMAL), ("RoomId", MINIMAL), ("TaskId", MINIMAL), ("StorageConfig", MINIMAL),
    ("StorageConfig.TosConfig.AccountId", MINIMAL), ("StorageConfig.TosConfig.Bucket", MINIMAL),
    ("StorageConfig.VodConfig.AccountId", "vod"), ("StorageConfig.VodConfig.Space", "vod"),
    ("StorageConfig.CustomConfig.Bucket", "s3"), ("StorageConfig.CustomConfig.AccessKey", "s3"),
    ("StorageConfig.CustomConfig.SecretKey", "s3"),
    ("TargetStreams.StreamList[0].UserId", "streams"), ("ExcludeStreams.StreamList[0].UserId", "streams"),
    ("Layout.MainVideoStream.UserId", "vertical"),
    (f"{R0}.StreamIndex", "custom"), (f"{R0}.Width", "custom"), (f"{R0}.Height", "custom"),
]
MAKERS = {"vod": vod_body, "s3": s3_body, "streams": streams_body, "vertical": vertical_body, "custom": custom_body}


@pytest.mark.parametrize("path, base", REQUIRED, ids=[r[0] for r in REQUIRED])
def test_required_fields(path, base):
    body = MAKERS[base]() if isinstance(base, str) else copy.deepcopy(base)
    assert_clean(body, path)
    drop(body, path)
    assert_error(body, path)
    assert any("required" in p.message for p in at(check_start(body), path))


@pytest.mark.parametrize("path", ["AppId", "RoomId", "TaskId", "StorageConfig", "StorageConfig.TosConfig.Bucket",
                                  "Layout.CustomLayout.Regions[].Width", "TargetStreams.StreamList[].UserId"])
def test_limits_for_marks_required(path):
    assert limits_for(path).required


def test_optional_top_level_fields_may_be_absent():
    assert check_start(copy.deepcopy(MINIMAL)) == []
    assert not limits_for("BusinessId").required
    assert not limits_for("Encode").required


def test_main_video_stream_required_in_vertical_layout():
    body = vertical_body()
    assert_clean(body, "Layout.MainVideoStream")
    del body["Layout"]["MainVideoStream"]
    assert_error(body, "Layout.MainVideoStream")
    # Only the vertical layout needs it.
    body["Layout"]["LayoutMode"] = 3
    assert_clean(body, "Layout.MainVideoStream")


@pytest.mark.parametrize("storage_type, needed, make", [
    (0, "TosConfig", lambda: copy.deepcopy(MINIMAL)), (1, "VodConfig", vod_body), (2, "CustomConfig", s3_body),
])
def test_storage_config_by_type(storage_type, needed, make):
    body = make()
    assert body["StorageConfig"]["Type"] == storage_type
    assert_clean(body, f"StorageConfig.{needed}")
    del body["StorageConfig"][needed]
    assert_error(body, f"StorageConfig.{needed}")


def test_type_absent_means_tos():
    body = copy.deepcopy(MINIMAL)
    del body["StorageConfig"]["Type"]
    assert_clean(body, "StorageConfig.TosConfig")
    body["StorageConfig"] = {"VodConfig": {"AccountId": "1", "Space": "s"}}
    assert_error(body, "StorageConfig.TosConfig")


# ---- strict types ---------------------------------------------------------------------------------

@pytest.mark.parametrize("path, value", [
    ("Layout.CustomLayout.Canvas.Width", "640"), ("Layout.CustomLayout.Canvas.Width", True),
    ("Layout.CustomLayout.Canvas.Width", 640.0), ("Encode.VideoFps", "15"), ("Encode.VideoFps", False),
    (f"{R0}.Width", "2"), (f"{R0}.ZOrder", 1.5), (f"{R0}.Alpha", "1.0"), (f"{R0}.Alpha", True),
    ("RecordMode", "0"), ("AppId", 123), ("Layout.CustomLayout.Canvas.Background", 0),
    ("StorageConfig.Type", "0"), ("TargetStreams.StreamList", {"UserId": "a"}), ("Encode", []),
    ("FileFormatConfig.FileFormat", "HLS"), ("StorageConfig.TosConfig.Region", "north"),
    ("StorageConfig.TosConfig.Region", True), ("StorageConfig.TosConfig.Region", -1),
])
def test_types_are_strict(path, value):
    if path == "TargetStreams.StreamList":
        body = streams_body()
    elif path.startswith("FileFormatConfig"):
        body = copy.deepcopy(MINIMAL)
    else:
        body = base_for(path)
    assert_error(put(body, path, value), path)


@pytest.mark.parametrize("path, value", [
    ("RecordMode", True), ("StorageConfig.Type", False), ("Encode.AudioChannels", True),
    ("Layout.LayoutMode", True), (f"{R0}.RenderMode", False), ("TargetStreams.StreamList[0].StreamType", True),
    ("RecordMode", 1.0), ("Encode.AudioSampleRate", 48000.0), (f"{R0}.MediaType", 2.0),
])
def test_enumerated_integers_refuse_booleans_and_floats(path, value):
    assert_error(with_value(path, value), path)


def test_type_message_says_what_was_given():
    message = at(check_start(with_value("Layout.CustomLayout.Canvas.Width", "640")),
                 "Layout.CustomLayout.Canvas.Width")[0].message
    assert "whole number" in message and '"640"' in message


def test_float_fields_take_integers():
    # The seed's own example for Alpha is "1".
    assert_clean(with_value(f"{R0}.Alpha", 1), f"{R0}.Alpha")
    assert_clean(with_value(f"{R0}.CornerRadius", 0), f"{R0}.CornerRadius")


@pytest.mark.parametrize("spelling", ["AccountId", "UserAccountId"])
@pytest.mark.parametrize("region", [0, "0", 7, "7"])
def test_seed_quirks_accepted(spelling, region):
    body = copy.deepcopy(MINIMAL)
    body["StorageConfig"]["TosConfig"] = {spelling: "21****89", "Region": region, "Bucket": "b"}
    assert check_start(body) == []


# ---- unknown fields -------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [
    "Foo", "Encode.VideoWidht", "Layout.CustomLayout.Canvas.Colour", "TargetStreams.StreamList[0].Name",
    f"{R0}.Opacity", "Layout.CustomLayout.Regions[1].Foo", f"{R0}.SourceCrop.Left",
    "StorageConfig.TosConfig.Foo", "StorageConfig.Foo", "Control.Foo", "FileNameConfig.Suffix",
    "Layout.MainVideoStream.Foo", "ExcludeStreams.Foo",
])
def test_unknown_fields_are_errors_named_by_path(path):
    body = put(base_for(path), path, 1)
    assert_error(body, path)
    message = at(check_start(body), path)[0].message
    assert "not a field" in message


def test_unknown_field_suggests_the_close_name():
    message = at(check_start(with_value("Encode.VideoWidht", 640)), "Encode.VideoWidht")[0].message
    assert '"VideoWidth"' in message


def test_snake_case_names_are_unknown():
    body = copy.deepcopy(MINIMAL)
    body["room_id"] = body.pop("RoomId")
    problems = check_start(body)
    assert at(problems, "room_id", Severity.ERROR) and at(problems, "RoomId", Severity.ERROR)


# ---- messages a producer understands --------------------------------------------------------------

BROKEN = [
    ("Encode.VideoFps", 0), ("Control.MaxRecordTime", -1), ("Control.MaxIdleTime", 5), (f"{R0}.Alpha", 2),
    ("Encode.AudioSampleRate", 1), ("AppId", "a b"), ("Layout.CustomLayout.Canvas.Width", "x"),
    ("Layout.CustomLayout.Canvas.Background", "red"), (f"{R0}.StreamIndex", -1), (f"{R0}.Width", 0),
    ("StorageConfig.Type", 9), ("Encode.Bogus", 1), ("TargetStreams.StreamList", [{"UserId": "u"}] * 18),
]


@pytest.mark.parametrize("path, value", BROKEN, ids=[b[0] for b in BROKEN])
def test_messages_are_plain_sentences(path, value):
    problems = at(check_start(with_value(path, value)), path, Severity.ERROR)
    assert problems
    for p in problems:
        text = p.line()
        assert text.startswith(f"{path}: ")
        assert "\n" not in text
        for jargon in ("Input should", "pydantic", "[type=", "errors.pydantic.dev", "literal_error", "ctx"):
            assert jargon not in text


@pytest.mark.parametrize("path, value", [("Control.MaxRecordTime", -1), (f"{R0}.StreamIndex", -1)])
def test_one_sided_range_message_is_grammatical(path, value):
    message = at(check_start(with_value(path, value)), path, Severity.ERROR)[0].message
    assert not re.search(r"\bin (at least|at most|greater than|less than)\b", message), message


def test_secret_values_never_quoted():
    body = s3_body()
    body["StorageConfig"]["CustomConfig"]["SecretKey"] = 987654321
    body["StorageConfig"]["CustomConfig"]["AccessKey"] = ["AKSECRETLIST"]
    problems = check_start(body)
    assert at(problems, "StorageConfig.CustomConfig.SecretKey", Severity.ERROR)
    for p in problems:
        assert "987654321" not in p.line() and "AKSECRETLIST" not in p.line()
