"""What checking a hostile body costs is bounded (issue 14, item 24): the typo suggestions compare
only the first unknown keys, and only short ones, and one body lists at most a fixed number of
field problems, then counts the rest. Counted in calls, not seconds."""

from __future__ import annotations

import copy

import pytest

from mixframe.model import pydantic_errors, qingcloud, volcengine
from mixframe.model.problems import Severity
from mixframe.model.values import MAX_FIELD_PROBLEMS

MINIMAL = {
    "AppId": "app1", "RoomId": "room1", "TaskId": "task1",
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bucket1"}},
}
UNKNOWN = 100_000


@pytest.fixture
def calls(monkeypatch):
    counted = {"close": 0, "siblings": 0}
    real_close, real_siblings = pydantic_errors.difflib.get_close_matches, pydantic_errors._siblings

    def close(*a, **k):
        counted["close"] += 1
        return real_close(*a, **k)

    def siblings(*a, **k):
        counted["siblings"] += 1
        return real_siblings(*a, **k)

    monkeypatch.setattr(pydantic_errors.difflib, "get_close_matches", close)
    monkeypatch.setattr(pydantic_errors, "_siblings", siblings)
    return counted


def with_unknown_keys(count: int) -> dict:
    body = copy.deepcopy(MINIMAL)
    body.update({f"UnknownKey{i}": i for i in range(count)})
    return body


def test_100000_unknown_keys_cost_a_bounded_number_of_suggestions(calls):
    problems = volcengine.check_start(with_unknown_keys(UNKNOWN))
    assert calls["close"] <= pydantic_errors.MAX_SUGGESTIONS
    assert calls["siblings"] <= 1  # one parent: its known names are listed once


def test_one_body_lists_a_bounded_number_of_problems_and_counts_the_rest():
    problems = volcengine.check_start(with_unknown_keys(UNKNOWN))
    listed = MAX_FIELD_PROBLEMS
    assert len(problems) == listed + 1
    assert [p.path for p in problems[:3]] == ["UnknownKey0", "UnknownKey1", "UnknownKey2"]
    last = problems[-1]
    assert last.severity is Severity.ERROR and last.path == ""
    assert last.line() == f"and {UNKNOWN - listed} more problems with the fields, not listed (the first {listed} are)"


def test_a_qingcloud_body_is_bounded_the_same_way(calls):
    body = {"app_id": "a", "project_id": "p", "channel": "c", "sign_key": "k",
            **{f"unknown_{i}": i for i in range(5000)}}
    problems = qingcloud.check_start(body)
    assert len(problems) == MAX_FIELD_PROBLEMS + 1
    assert calls["close"] <= pydantic_errors.MAX_SUGGESTIONS


def test_the_first_typos_still_get_their_suggestion():
    body = copy.deepcopy(MINIMAL)
    body["RoomID"] = "room1"
    del body["RoomId"]
    lines = [p.line() for p in volcengine.check_start(body)]
    assert 'RoomID: is not a field the API knows; did you mean "RoomId"? (unknown fields are never dropped ' \
           'silently)' in lines


def test_a_very_long_unknown_key_is_not_compared(calls):
    body = copy.deepcopy(MINIMAL)
    body["AppIdd" * 1000] = "x"
    problems = volcengine.check_start(body)
    assert calls["close"] == 0
    assert [p for p in problems if p.rule == "extra_forbidden"]


def test_values_past_the_listed_problems_are_still_kept_from_the_rules():
    # The rules skip a value that failed its own check, listed or not: 300 bad regions, then
    # a canvas rule that would measure against them, say nothing about the unlisted ones.
    body = copy.deepcopy(MINIMAL)
    body["Layout"] = {"LayoutMode": 2, "CustomLayout": {
        "Canvas": {"Width": 640, "Height": 360},
        "Regions": [{"StreamIndex": i, "Width": "wide", "Height": 10} for i in range(300)]}}
    problems = volcengine.check_start(body)
    assert len([p for p in problems if p.path.endswith(".Width") and p.rule == "int_type"]) <= \
        MAX_FIELD_PROBLEMS
    assert not [p for p in problems if p.rule == "region-in-canvas" and p.path.endswith(".Width")]



def test_a_presets_own_unknown_keys_are_bounded_the_same_way():
    import json

    from mixframe.model.preset import parse_text

    preset = {"mixframe": 1, "vendor": "volcengine", "request": MINIMAL, **{f"extra{i}": i for i in range(UNKNOWN)}}
    doc = parse_text(json.dumps(preset), "wide.json")
    problems = doc.check(draft=True)
    assert len(problems) == MAX_FIELD_PROBLEMS + 1
    assert problems[-1].line() == f"and {UNKNOWN - MAX_FIELD_PROBLEMS} more problems with the fields, not listed " \
                                  f"(the first {MAX_FIELD_PROBLEMS} are)"
