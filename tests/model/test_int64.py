"""Every whole-number field of both vendors is a 64-bit Integer at most (the seed's Integer).

pydantic's int takes a number of any size; a body with 2**63 used to pass `validate` and be sent.
Each field is tried from the models' own table, so a field added later is covered too.
"""

from __future__ import annotations

import re

import pytest

from mixframe.model import qingcloud, volcengine
from mixframe.model.problems import Severity

MINIMAL = {
    "AppId": "app1", "RoomId": "room1", "TaskId": "task1",
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bucket1"}},
}
INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)

_TOKEN = re.compile(r"([A-Za-z_]+)|\[\]")


def put(body: dict, pattern: str, value) -> dict:
    """Set `pattern` (API spelling, ``[]`` for the first list element) in `body`, creating
    objects and one-element lists on the way."""
    steps = [name if name else 0 for name in _TOKEN.findall(pattern)]
    # _TOKEN gives "" for [], turned into index 0 above.
    node = body
    for step, following in zip(steps, steps[1:]):
        if isinstance(step, int):
            while len(node) <= step:
                node.append({})
            node = node[step]
        else:
            empty = [] if isinstance(following, int) else {}
            if not isinstance(node.get(step), type(empty)):
                node[step] = empty
            node = node[step]
    node[steps[-1]] = value
    return body


def _int_paths(table) -> list[str]:
    return sorted(path for path, lim in table.items() if lim.kind == "int")


def _concrete(pattern: str) -> str:
    return pattern.replace("[]", "[0]")


def _range_named(limits, message: str) -> bool:
    if limits.maximum is not None and limits.minimum is not None:
        return limits.range_text() in message
    return str(INT64_MAX) in message or str(INT64_MIN) in message or limits.range_text() in message


VOLC_INTS = _int_paths(volcengine.LIMITS)


def test_the_tables_have_whole_number_fields_without_an_upper_bound():
    # What this file is about: fields whose declaration alone lets any size through.
    unbounded = [p for p in VOLC_INTS if volcengine.LIMITS[p].maximum is None and not volcengine.LIMITS[p].choices]
    assert "TargetStreams.StreamList[].Index" in unbounded and "Control.MaxRecordTime" in unbounded
    assert "StorageConfig.TosConfig.Region" in unbounded
    assert [p for p in _int_paths(qingcloud.LIMITS) if qingcloud.LIMITS[p].maximum is None]


@pytest.mark.parametrize("pattern", VOLC_INTS)
@pytest.mark.parametrize("value", [2**63, INT64_MIN - 1, 10**30])
def test_every_volcengine_integer_beyond_64_bits_is_an_error_naming_path_and_range(pattern, value, custom_layout_factory):
    custom_layout_body = custom_layout_factory
    body = put(custom_layout_body(2), pattern, value)
    path = _concrete(pattern)
    problems = [p for p in volcengine.check_start(body) if p.path == path and p.severity is Severity.ERROR]
    assert problems, f"{path} = {value} passed"
    assert any(_range_named(volcengine.LIMITS[pattern], p.message) for p in problems), \
        [p.line() for p in problems]


@pytest.mark.parametrize("pattern", [p for p in VOLC_INTS if volcengine.LIMITS[p].maximum is None
                                     and not volcengine.LIMITS[p].choices])
def test_the_largest_64_bit_integer_is_not_refused_for_its_size(pattern, custom_layout_factory):
    custom_layout_body = custom_layout_factory
    body = put(custom_layout_body(2), pattern, INT64_MAX)
    problems = [p for p in volcengine.check_start(body) if p.path == _concrete(pattern)]
    assert all(str(INT64_MAX) not in p.message for p in problems), [p.line() for p in problems]


def test_the_message_says_the_declared_lower_bound_and_the_64_bit_upper_bound(custom_layout_factory):
    custom_layout_body = custom_layout_factory
    body = put(custom_layout_body(2), "TargetStreams.StreamList[].Index", 2**63)
    [problem] = [p for p in volcengine.check_start(body) if p.path == "TargetStreams.StreamList[0].Index"]
    assert problem.line().startswith("TargetStreams.StreamList[0].Index: must be in [0, 9223372036854775807]")
    body = put(custom_layout_body(2), "Layout.CustomLayout.Regions[].Width", 2**63)
    messages = [p.message for p in volcengine.check_start(body) if p.path == "Layout.CustomLayout.Regions[0].Width"]
    assert any("(0, 9223372036854775807]" in m for m in messages), messages


def test_storage_region_given_as_text_is_held_to_64_bits_too():
    body = put(dict(MINIMAL, StorageConfig={"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}),
               "StorageConfig.TosConfig.Region", "9" * 25)
    assert [p for p in volcengine.check_start(body)
            if p.path == "StorageConfig.TosConfig.Region" and p.severity is Severity.ERROR]


def test_update_bodies_are_held_to_64_bits(custom_layout_factory):
    custom_layout_body = custom_layout_factory
    start = custom_layout_body(2)
    update = volcengine.update_body_from(start)
    update["Layout"]["CustomLayout"]["Regions"][0]["StreamIndex"] = 2**64
    assert [p for p in volcengine.check_update(update) if p.path == "Layout.CustomLayout.Regions[0].StreamIndex"
            and p.severity is Severity.ERROR]


QUERY = {"app_id": "app1", "channel": "room1"}
START = {"app_id": "app1", "project_id": "proj1", "channel": "room1", "sign_key": "k"}


@pytest.mark.parametrize("key", _int_paths(qingcloud.LIMITS))
@pytest.mark.parametrize("value", [2**63, 10**30])
def test_every_qingcloud_integer_beyond_64_bits_is_an_error_naming_path_and_range(key, value):
    in_query = key in qingcloud.QueryParams.model_fields or key in {
        info.alias for info in qingcloud.QueryParams.model_fields.values()}
    problems = (qingcloud.check_query({**QUERY, key: value}) if in_query
                else qingcloud.check_start({**START, key: value}))
    mine = [p for p in problems if p.path == key and p.severity is Severity.ERROR]
    assert mine, f"{key} = {value} passed"
    limits = qingcloud.LIMITS[key]
    if not limits.choices:
        assert any(_range_named(limits, p.message) for p in mine), [p.line() for p in mine]
