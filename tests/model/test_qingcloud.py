"""QingCloud /v1/cloudRecord: start, stop and query parameters (seed 002 and the spec page), both sides."""

from __future__ import annotations

import json

import pytest

from mixframe.model import qingcloud
from mixframe.model.limits import limits_for
from mixframe.model.problems import RequestInvalid, Severity
from mixframe.model.qingcloud import (
    MASK,
    RECORDING_STATUS,
    QueryAnswer,
    StartAnswer,
    StopAnswer,
    check_query,
    check_start,
    check_stop,
    mask_secrets,
    parse_start,
    secrets_in,
    strip_secrets,
    to_body,
)

START = {"app_id": "app1", "project_id": "proj1", "channel": "room1", "sign_key": "SIGNKEY-SECRET-123"}
STOP = {"app_id": "app1", "project_id": "proj1", "channel": "room1"}
QUERY = {"app_id": "app1", "channel": "room1"}


def at(problems, path, severity=None):
    return [p for p in problems if p.path == path and (severity is None or p.severity is severity)]


def test_minimal_bodies_are_valid():
    assert check_start(dict(START)) == []
    assert check_stop(dict(STOP)) == []
    assert check_query(dict(QUERY)) == []


ENUMS = [
    ("isAudioOnly", [0, 1], [2, -1]),
    ("isVideoOnly", [0, 1], [2]),
    ("mixed_video_audio", [0, 1, 2], [3]),
    ("layout_mode", [0, 1, 2], [3]),
    ("stream_type", [0, 1], [2]),
    ("is_mixing_enabled", [0, 1], [2]),
]


@pytest.mark.parametrize("key, value, valid", [
    pytest.param(key, v, ok, id=f"{key}={v}") for key, good, bad in ENUMS
    for v, ok in [(g, True) for g in good] + [(b, False) for b in bad]
])
def test_start_enumerations(key, value, valid):
    body = {**START, key: value}
    if key == "layout_mode":
        body["is_mixing_enabled"] = 1  # layouts apply to mixed recording only
    problems = check_start(body)
    if valid:
        assert not at(problems, key), [p.line() for p in problems]
    else:
        assert at(problems, key, Severity.ERROR)


@pytest.mark.parametrize("key, good, bad", ENUMS, ids=[e[0] for e in ENUMS])
def test_limits_for_lists_the_choices(key, good, bad):
    assert set(limits_for(key, "qingcloud").choices) == set(good)


@pytest.mark.parametrize("key, value", [("isAudioOnly", "1"), ("stream_type", None), ("app_id", 5),
                                        ("channel", ["room"])])
def test_start_types_are_strict(key, value):
    assert at(check_start({**START, key: value}), key, Severity.ERROR)


@pytest.mark.parametrize("key, value", [("layout_mode", 1.0), ("isAudioOnly", True), ("is_mixing_enabled", False)])
def test_start_options_refuse_floats_and_booleans(key, value):
    assert at(check_start({**START, key: value, "is_mixing_enabled": 1} if key != "is_mixing_enabled"
                          else {**START, key: value}), key, Severity.ERROR)


@pytest.mark.parametrize("key", ["app_id", "project_id", "channel", "sign_key"])
def test_start_required(key):
    body = dict(START)
    del body[key]
    problems = at(check_start(body), key, Severity.ERROR)
    assert problems and "required" in problems[0].message
    body[key] = ""
    assert at(check_start(body), key, Severity.ERROR)


def test_draft_start_may_lack_the_sign_key():
    body = {k: v for k, v in START.items() if k != "sign_key"}
    assert check_start(body, draft=True) == []
    assert at(check_start(body), "sign_key", Severity.ERROR)


@pytest.mark.parametrize("audio, video, valid", [(1, 1, False), (1, 0, True), (0, 1, True), (0, 0, True)])
def test_audio_only_and_video_only_exclusive(audio, video, valid):
    # "isAudioOnly 和 isVideoOnly 不能同时设置为 1"
    problems = check_start({**START, "isAudioOnly": audio, "isVideoOnly": video})
    errors = [p for p in problems if p.is_error]
    if valid:
        assert errors == []
    else:
        assert errors and errors[0].path in ("isAudioOnly", "isVideoOnly")
        assert "isAudioOnly" in errors[0].message and "isVideoOnly" in errors[0].message


def test_layout_mode_without_mixing_warns():
    problems = check_start({**START, "layout_mode": 2})
    assert at(problems, "layout_mode", Severity.WARNING)
    assert check_start({**START, "layout_mode": 2, "is_mixing_enabled": 1}) == []


@pytest.mark.parametrize("key", ["foo", "AppId", "sign-key", "isaudioonly"])
def test_unknown_start_fields_named(key):
    assert at(check_start({**START, key: 1}), key, Severity.ERROR)


@pytest.mark.parametrize("key", ["app_id", "project_id", "channel"])
def test_stop_required(key):
    body = dict(STOP)
    del body[key]
    assert at(check_stop(body), key, Severity.ERROR)


def test_stop_takes_no_sign_key_or_options():
    assert at(check_stop({**STOP, "sign_key": "x"}), "sign_key", Severity.ERROR)


@pytest.mark.parametrize("key", ["app_id", "channel"])
def test_query_required(key):
    body = dict(QUERY)
    del body[key]
    assert at(check_query(body), key, Severity.ERROR)


@pytest.mark.parametrize("limit, valid", [(1, True), (20, True), (100, True), (101, False), (0, False),
                                          (-1, False), ("20", False)])
def test_query_limit_at_most_100(limit, valid):
    problems = check_query({**QUERY, "limit": limit})
    if valid:
        assert problems == []
    else:
        assert at(problems, "limit", Severity.ERROR)


@pytest.mark.parametrize("start, end, valid", [(0, 24, True), (3, 5, True), (0, 25, False), (30, 5, False),
                                               (48, 24, True)])
def test_query_window_at_most_24_hours(start, end, valid):
    problems = check_query({**QUERY, "from_hour": start, "to_hour": end})
    if valid:
        assert problems == []
    else:
        assert at(problems, "to_hour", Severity.ERROR)


@pytest.mark.parametrize("key", ["offset", "from_hour", "to_hour"])
def test_query_numbers_not_negative(key):
    assert at(check_query({**QUERY, key: -1}), key, Severity.ERROR)


def test_query_defaults_documented():
    assert limits_for("from_hour", "qingcloud").default == 3
    assert limits_for("to_hour", "qingcloud").default == 5
    assert limits_for("offset", "qingcloud").default == 0
    assert limits_for("limit", "qingcloud").default == 20
    assert limits_for("mixed_video_audio", "qingcloud").default == 2


def test_parse_and_round_trip():
    body = {**START, "isAudioOnly": 0, "isVideoOnly": 1, "mixed_video_audio": 1, "layout_mode": 2,
            "stream_type": 1, "is_mixing_enabled": 1}
    assert json.dumps(to_body(parse_start(body)), sort_keys=True) == json.dumps(body, sort_keys=True)
    assert to_body(parse_start(dict(START))) == START  # unset options stay unset
    with pytest.raises(RequestInvalid) as info:
        parse_start({**START, "isAudioOnly": 1, "isVideoOnly": 1})
    assert "SIGNKEY-SECRET-123" not in str(info.value)


def test_sign_key_is_a_secret():
    assert qingcloud.SECRET_PATHS == ("sign_key",)
    masked = mask_secrets(dict(START))
    assert masked["sign_key"] == MASK and START["sign_key"] == "SIGNKEY-SECRET-123"
    assert secrets_in(dict(START)) == ["sign_key"] and secrets_in(masked) == []
    assert "sign_key" not in strip_secrets(dict(START))


def test_sign_key_never_quoted_in_problems():
    problems = check_start({**START, "sign_key": 123456789})
    assert at(problems, "sign_key", Severity.ERROR)
    assert all("123456789" not in p.line() for p in problems)


def test_answers():
    start = StartAnswer.model_validate({"code": "success", "task_id": 40})
    assert start.ok and start.task_id == 40
    assert not StartAnswer.model_validate({"code": "failed", "message": "no users"}).ok
    assert StopAnswer.model_validate({"code": "success", "data": "success"}).ok
    answer = QueryAnswer.model_validate({"code": "success", "offset": 0, "limit": 20, "total_count": 1, "recinfos": [
        {"id": 1, "app_id": "a", "channel": "c", "status": 9, "files": ["x.mp4"], "new_field": True}]})
    assert answer.ok and answer.total_count == 1
    assert answer.recinfos[0].status_name == "PushedToQingstor"


def test_recording_status_names_from_the_spec():
    assert RECORDING_STATUS[0] == "None" and RECORDING_STATUS[10] == "Stopped"
    assert RECORDING_STATUS[53] == "StopRecordProcessFailed"
    assert set(RECORDING_STATUS) == set(range(12)) | {30, 31, 32} | {50, 51, 52, 53}
