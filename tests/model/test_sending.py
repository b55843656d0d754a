"""The body that would be sent: one pipeline, and it is exactly what `mixframe request` prints."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys

import pytest

from mixframe.model.preset import LoadedDocument, parse_document
from mixframe.model.sending import apply_ids, body_to_send, masked_request, preview_text
from mixframe.store.presets import read_document, write_preset

ACCESS, SECRET = "AKID-SEND-LEAK-4711", "SK-SEND-LEAK-0815=="
S3_BODY = {
    "AppId": "app1", "RoomId": "room1", "TaskId": "task1",
    "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "alice"}, {"Index": 1, "UserId": "bob"}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Canvas": {"Width": 640, "Height": 360},
        "Regions": [{"StreamIndex": 0, "Width": 640, "Height": 360},
                    {"StreamIndex": 1, "LocationX": 440, "LocationY": 240, "Width": 200, "Height": 120, "ZOrder": 1}],
    }},
    "FileNameConfig": {"Pattern": "直播_{RoomId}"},  # ensure_ascii=False: printed as typed
    "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 3, "Bucket": "bkt",
                                                  "AccessKey": ACCESS, "SecretKey": SECRET}},
}
SIGN_KEY = "QC-SIGN-LEAK-99"


def tos_body() -> dict:
    """S3_BODY stored on TOS: a preset of it keeps everything (no secret to strip)."""
    body = copy.deepcopy(S3_BODY)
    body["StorageConfig"] = {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bkt"}}
    return body


def mixframe_request(path, *ids: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "mixframe", "request", str(path), *ids], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_ids_given_replace_the_file_s_and_none_keeps_them():
    doc = parse_document(copy.deepcopy(S3_BODY))
    request = apply_ids(doc, None, "room9", None)
    assert (request["AppId"], request["RoomId"], request["TaskId"]) == ("app1", "room9", "task1")
    assert doc.request["RoomId"] == "room1"  # the document itself is not changed
    qing = parse_document({"app_id": "a", "project_id": "p", "channel": "c"})
    assert apply_ids(qing, "a2", "c2", "ignored") == {"app_id": "a2", "project_id": "p", "channel": "c2"}


def test_a_valid_request_gives_its_body_masked_and_the_warnings():
    doc = parse_document(copy.deepcopy(S3_BODY))
    problems, body = body_to_send(doc, task="task2")
    assert body is not None and body["TaskId"] == "task2"
    assert body["StorageConfig"]["CustomConfig"]["SecretKey"] == "******"
    assert body["StorageConfig"]["CustomConfig"]["AccessKey"] == "******"
    assert all(not p.is_error for p in problems)
    assert "StorageConfig.CustomConfig.SecretKey" in {p.path for p in problems}  # the file's own warning
    assert SECRET not in preview_text(body) and ACCESS not in preview_text(body)


def test_errors_give_no_body_and_name_the_missing_ids():
    preset = LoadedDocument("volcengine", {"StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "1", "Bucket": "b"}}})
    problems, body = body_to_send(preset)
    assert body is None
    assert {"AppId", "RoomId", "TaskId"} <= {p.path for p in problems if p.is_error}
    assert body_to_send(preset, "a", "r", "t")[1] is not None


def test_the_draft_shown_while_invalid_is_masked_and_as_written():
    body = copy.deepcopy(S3_BODY)
    body["StorageConfig"]["CustomConfig"]["Region"] = "not a number"
    doc = parse_document(body)
    assert body_to_send(doc)[1] is None
    shown = masked_request(doc, app_id="appX")
    assert shown["AppId"] == "appX" and shown["StorageConfig"]["CustomConfig"]["Region"] == "not a number"
    assert SECRET not in preview_text(shown) and ACCESS not in preview_text(shown)


@pytest.mark.parametrize("form", ["preset", "bare body with secrets", "qingcloud"])
def test_the_text_is_exactly_what_mixframe_request_prints(tmp_path, form):
    path = tmp_path / "show.json"
    if form == "preset":
        write_preset(path, parse_document(tos_body()), name="Show")  # a preset never holds the ids
        ids = ("--app-id", "appX", "--room", "roomX", "--task", "taskX")
    elif form == "bare body with secrets":
        path.write_text(json.dumps(S3_BODY, ensure_ascii=False), encoding="utf-8")
        ids = ("--task", "other")
    else:
        path.write_text(json.dumps({"app_id": "a", "project_id": "p", "channel": "c", "sign_key": SIGN_KEY}),
                        encoding="utf-8")
        ids = ("--room", "room9")
    result = mixframe_request(path, *ids)
    assert result.returncode == 0, result.stdout + result.stderr

    values = dict(zip(ids[::2], ids[1::2]))
    problems, body = body_to_send(read_document(path), values.get("--app-id"), values.get("--room"),
                                  values.get("--task"))
    assert body is not None
    assert result.stdout == preview_text(body) + "\n"
    assert result.stderr.splitlines() == [p.line() for p in problems]
    for secret in (ACCESS, SECRET, SIGN_KEY):
        assert secret not in result.stdout + result.stderr
