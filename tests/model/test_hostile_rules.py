"""The model never raises on any body, and a body it accepts always serializes (issue 7, section 2).

Hypothesis feeds the shapes a fuzz run found crashing the rules: nesting far deeper than any
request, whole numbers beyond any float (and beyond Python's 4300-digit text limit), infinities
and NaN, lone surrogates in values and in keys, wrong types, at any place of a real body.
"""

from __future__ import annotations

import copy
import json
import math
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile_docs import LAYOUT_BODY
from support import seed_example
from mixframe.model import qingcloud, volcengine, volcengine_rules
from mixframe.model.preset import parse_document, to_preset, dumps
from mixframe.model.problems import DocumentError, RequestInvalid, errors_of

SURROGATE = st.sampled_from(["\udc80", "\ud800", "\udfff", "x\udc80y", "\ud83d"])
# Built by `map`: hypothesis shows a strategy's elements, and Python cannot show 10**5000.
HUGE_INT = st.integers(min_value=19, max_value=6000).map(lambda digits: 10**digits) | st.sampled_from([-(2**63), 2**31])
ODD_FLOAT = st.sampled_from([math.inf, -math.inf, math.nan, 1e308, -0.0, 5e-324, 1e300])
TEXT = st.text(max_size=20) | SURROGATE


def _deep(depth: int, leaf) -> object:
    value = leaf
    for i in range(depth):
        value = [value] if i % 2 else {"a": value}
    return value


HOSTILE_LEAF = st.one_of(
    HUGE_INT, ODD_FLOAT, TEXT, st.integers(), st.floats(), st.booleans(), st.none(),
    st.integers(min_value=30, max_value=3000).map(lambda d: _deep(d, 1)),
)
HOSTILE = st.recursive(
    HOSTILE_LEAF,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)
KEYS = ["AppId", "RoomId", "TaskId", "BusinessId", "Layout", "LayoutMode", "CustomLayout", "Canvas", "Regions", "Width",
        "Height", "LocationX", "LocationY", "StreamIndex", "CornerRadius", "SourceCrop", "WidthProportion", "Alpha",
        "UserId", "Index", "StreamType", "TargetStreams", "ExcludeStreams", "StreamList", "MainVideoStream",
        "FileNameConfig", "Pattern", "Prefix", "BackgroundImage", "AlternateImage", "Background", "StorageConfig",
        "Type", "Control", "EnableSyncUpload", "FileFormatConfig", "FileFormat", "Encode", "RecordMode",
        "\udc80", "Fo\udc80o"]


def _containers(node, out):
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, (dict, list)) and len(out) < 400:
            out.append(item)
            stack.extend(item.values() if isinstance(item, dict) else item)
    return out


@st.composite
def hostile_bodies(draw, bases):
    body = copy.deepcopy(draw(st.sampled_from(bases)))
    for _ in range(draw(st.integers(1, 4))):
        containers = _containers(body, [])
        target = draw(st.sampled_from(containers))
        value = draw(HOSTILE)
        if isinstance(target, dict):
            key = draw(st.sampled_from(list(target) + KEYS) if target else st.sampled_from(KEYS))
            target[key] = value
        elif target:
            target[draw(st.integers(0, len(target) - 1))] = value
        else:
            target.append(value)
    return body


MINIMAL = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1",
           "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bucket1"}}}


def custom_layout_body(count: int, width: int, height: int) -> dict:
    """A valid custom layout: `count` streams side by side, one Region each."""
    cell = width // count // 2 * 2
    return {**copy.deepcopy(MINIMAL),
            "TargetStreams": {"StreamList": [{"Index": 10 + i, "UserId": f"user{i}"} for i in range(count)]},
            "Layout": {"LayoutMode": 2, "CustomLayout": {
                "Canvas": {"Width": width, "Height": height},
                "Regions": [{"StreamIndex": 10 + i, "LocationX": i * cell, "Width": cell, "Height": height}
                            for i in range(count)]}}}


VOLC_BASES = [MINIMAL, seed_example(), LAYOUT_BODY, custom_layout_body(3, 640, 360)]
QING_BASES = [{"app_id": "a", "project_id": "p", "channel": "c", "sign_key": "k", "is_mixing_enabled": 1,
               "layout_mode": 2}]


def _printable(problems) -> None:
    for p in problems:
        p.line().encode("utf-8")  # a strict UTF-8 stdout takes every line


# MIXFRAME_HOSTILE_EXAMPLES=3000 for a soak (a 3000-example soak of each ran clean).
HYPOTHESIS = settings(max_examples=int(os.environ.get("MIXFRAME_HOSTILE_EXAMPLES", "300")), deadline=None,
                      suppress_health_check=[HealthCheck.too_slow])


@HYPOTHESIS
@given(hostile_bodies(VOLC_BASES), st.booleans())
def test_volcengine_checks_never_raise_and_what_they_accept_serializes(body, draft):
    problems = volcengine.check_start(body, draft=draft)
    _printable(problems)
    _printable(volcengine_rules.start_rules(body))
    _printable(volcengine_rules.update_rules(body))
    _printable(volcengine.check_update(body, task_canvas=volcengine.start_canvas(body)))
    _printable(volcengine.check_update(volcengine.update_body_from(body)))
    _printable(volcengine.check_stop(body) + volcengine.check_get(body))
    if not errors_of(problems):
        model = volcengine.parse_start(body, draft=draft)
        json.dumps(volcengine.to_body(model), ensure_ascii=False).encode("utf-8")
    else:
        with pytest.raises(RequestInvalid):
            volcengine.parse_start(body, draft=draft)


@HYPOTHESIS
@given(hostile_bodies(QING_BASES), st.booleans())
def test_qingcloud_checks_never_raise_and_what_they_accept_serializes(body, draft):
    problems = qingcloud.check_start(body, draft=draft)
    _printable(problems)
    _printable(qingcloud.check_query(body) + qingcloud.check_stop(body))
    if not draft and not errors_of(problems):
        json.dumps(qingcloud.to_body(qingcloud.parse_start(body)), ensure_ascii=False).encode("utf-8")


@HYPOTHESIS
@given(hostile_bodies(VOLC_BASES + QING_BASES), st.sampled_from(["volcengine", "qingcloud", None]))
def test_documents_are_read_or_refused_with_one_sentence(body, vendor):
    data = body if vendor is None else {"mixframe": 1, "vendor": vendor, "request": body, "name": body.get("AppId"),
                                        "editor": body.get("Layout", {})}
    try:
        doc = parse_document(data, "f.json")
    except DocumentError as exc:
        str(exc).encode("utf-8")
        return
    _printable(doc.check(draft=True))
    dumps(to_preset(doc)).encode("utf-8")  # Save never meets text it cannot write


# ---- each hostile shape, by name --------------------------------------------------------------------------------


def _at(body: dict, *path, value) -> dict:
    body = copy.deepcopy(body)
    node = body
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return body


LAYOUT = custom_layout_body(2, 640, 360)
REGION = ("Layout", "CustomLayout", "Regions", 1)


@pytest.mark.parametrize("path, value", [
    ((*REGION, "CornerRadius"), 10**500),
    ((*REGION, "SourceCrop"), {"LocationX": 10**500, "WidthProportion": 10**400}),
    ((*REGION, "Alpha"), math.inf),
    ((*REGION, "Alpha"), math.nan),
    ((*REGION, "LocationX"), 10**5000),
    (("TargetStreams", "StreamList", 0, "Index"), -(10**5000)),
], ids=["corner-500-digits", "crop-500-digits", "alpha-inf", "alpha-nan", "x-5000-digits", "index-5000-digits"])
def test_huge_numbers_are_field_errors(path, value):
    problems = volcengine.check_start(_at(LAYOUT, *path, value=value))
    _printable(problems)
    where = volcengine_rules.join_path("", *path)
    assert any(p.is_error and p.path.startswith(where) for p in problems), [p.line() for p in problems]


@pytest.mark.parametrize("path", [
    ("FileNameConfig", "Pattern"),
    ("Layout", "CustomLayout", "Canvas", "BackgroundImage"),
    ("TargetStreams", "StreamList", 0, "UserId"),
    (*REGION, "AlternateImage"),
])
def test_a_lone_surrogate_is_one_error_at_its_path(path):
    body = _at(LAYOUT, *path[:-1], path[-1], value="x\udc80.png") if path[0] != "FileNameConfig" else \
        {**LAYOUT, "FileNameConfig": {"Pattern": "{TaskId}\udc80"}}
    problems = volcengine.check_start(body)
    errors = errors_of(problems)
    where = volcengine_rules.join_path("", *path)
    assert [p.path for p in errors] == [where], [p.line() for p in problems]
    assert errors[0].rule == "text-not-unicode"
    assert errors[0].line().endswith("cannot be sent as UTF-8") and "\\udc80" in errors[0].line()
    with pytest.raises(RequestInvalid):
        volcengine.parse_start(body)


def test_a_lone_surrogate_in_a_key_is_named_and_the_rest_still_checked():
    body = {**LAYOUT, "Fo\udc80o": 1, "Encode": {"VideoFps": 0}}
    lines = [p.line() for p in errors_of(volcengine.check_start(body))]
    assert lines[0].startswith("Fo\\udc80o: this key holds a lone surrogate")
    assert any(line.startswith("Encode.VideoFps: ") for line in lines)


def test_deep_nesting_inside_a_field_is_an_error_not_a_crash():
    body = {**MINIMAL, "Layout": _deep(100_000, 1), "Foo": _deep(3000, "x")}
    paths = {p.path for p in errors_of(volcengine.check_start(body))}
    assert paths == {"Layout", "Foo"}


# ---- one mistake, one error (issue 7, section 6) ----------------------------------------------------------------


def test_a_broken_canvas_width_is_one_error():
    body = custom_layout_body(2, 1280, 720)
    body["Layout"]["CustomLayout"]["Canvas"]["Width"] = "1280"
    errors = errors_of(volcengine.check_start(body))
    assert [p.path for p in errors] == ["Layout.CustomLayout.Canvas.Width"], [p.line() for p in errors]


@pytest.mark.parametrize("field, value", [("Width", 1), ("Width", 641), ("Width", 3000), ("Height", -2), ("Height", 7.5)])
def test_a_canvas_size_that_fails_its_own_check_measures_nothing(field, value):
    body = custom_layout_body(4, 1280, 720)
    body["Layout"]["CustomLayout"]["Canvas"][field] = value
    errors = errors_of(volcengine.check_start(body))
    assert [p.path for p in errors] == [f"Layout.CustomLayout.Canvas.{field}"], [p.line() for p in errors]


@pytest.mark.parametrize("path, value", [
    (("TargetStreams", "StreamList", 0, "Index"), "10"),      # no "no Region" / "no stream" errors
    (("Layout", "CustomLayout", "Regions", 0, "StreamIndex"), -1),
    (("Layout", "LayoutMode"), "2"),                          # no "used only by ..." warnings
    (("FileFormatConfig", "FileFormat"), ["hls"]),            # no "add HLS" for sync upload
    (("Layout", "CustomLayout", "Regions", 0, "Width"), 0),
])
def test_rules_that_depend_on_a_broken_field_are_skipped(path, value):
    body = custom_layout_body(2, 640, 360)
    body["Layout"]["MainVideoStream"] = {"UserId": body["TargetStreams"]["StreamList"][0]["UserId"]}
    body["Control"] = {"EnableSyncUpload": True, "FrameInterpolationMode": 1}
    body["FileFormatConfig"] = {"FileFormat": ["HLS"]}
    clean = {(p.path, p.rule) for p in volcengine.check_start(body)}
    problems = volcengine.check_start(_at(body, *path, value=value))
    where = volcengine_rules.join_path("", *path)
    errors = errors_of(problems)
    assert len(errors) == 1 and errors[0].path.startswith(where), [p.line() for p in problems]
    new_warnings = {(p.path, p.rule) for p in problems if not p.is_error} - clean
    assert not new_warnings, new_warnings


def test_qingcloud_relation_is_skipped_when_its_field_is_broken():
    body = {**QING_BASES[0], "is_mixing_enabled": 0.0}
    problems = qingcloud.check_start(body)
    assert [p.path for p in problems] == ["is_mixing_enabled"], [p.line() for p in problems]


# ---- drafts: missing recording ids are warnings naming their option ----------------------------------------------


def test_qingcloud_draft_warns_for_each_missing_id_with_its_option():
    body = {"project_id": "p", "is_mixing_enabled": 1, "layout_mode": 2}
    problems = qingcloud.check_start(body, draft=True)
    assert not errors_of(problems)
    assert [(p.path, p.rule) for p in problems] == [("app_id", "id-at-start"), ("channel", "id-at-start")]
    assert "--app-id" in problems[0].message and "--room" in problems[1].message
    sent = qingcloud.check_start({**body, "sign_key": "k"})
    assert {p.path for p in errors_of(sent)} == {"app_id", "channel"}
    assert all("give it with --" in p.message for p in errors_of(sent))
