"""A value quoted in a problem never breaks its one line (found by test_properties in a whole run)."""

from __future__ import annotations

import copy

import pytest

from mixframe.model import volcengine

MINIMAL = {
    "AppId": "app1", "RoomId": "room1", "TaskId": "task1",
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bucket1"}},
}


@pytest.mark.parametrize(("text", "shown"), [("12\n34", "12\\x0a34"), ("1\x1b[2J", "1\\x1b[2J"),
                                           ("5\u2028", "5\\u2028"), ("\r9", "\\x0d9"), ("7\x00", "7\\x00")])
def test_text_with_control_characters_is_quoted_with_visible_escapes(text, shown):
    # Found by test_properties in the whole run: a quoted value broke the one line of a problem.
    body = copy.deepcopy(MINIMAL)
    body["Encode"] = {"VideoFps": text}
    [problem] = [p for p in volcengine.check_start(body) if p.path == "Encode.VideoFps"]
    assert problem.line() == f'Encode.VideoFps: must be a whole number (got the text "{shown}")'
    assert problem.line().isprintable()
    body["Encode"] = {"VideoFps": "twelve"}
    [problem] = [p for p in volcengine.check_start(body) if p.path == "Encode.VideoFps"]
    assert problem.line() == 'Encode.VideoFps: must be a whole number (got the text "twelve")'
