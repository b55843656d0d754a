"""The request preview: exactly what `mixframe request` prints for the same file, masked, as the producer types."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QGuiApplication

import mixframe.ui.request_preview as request_preview
from mixframe.store.presets import read_document, write_preset
from mixframe.ui.request_document import RequestDocument
from mixframe.ui.request_preview import RequestPreview

ACCESS, SECRET = "AKID-PREVIEW-LEAK-4711", "SK-PREVIEW-LEAK-0815=="
S3_BODY = {
    "AppId": "app1", "RoomId": "room1", "TaskId": "task1",
    "TargetStreams": {"StreamList": [{"Index": 3, "UserId": "host"}, {"Index": 7, "UserId": "guest"}]},
    "Encode": {"VideoFps": 30},
    "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Canvas": {"Width": 1280, "Height": 720},
        "Regions": [{"StreamIndex": 7, "LocationX": 640, "LocationY": 0, "Width": 640, "Height": 720},
                    {"StreamIndex": 3, "LocationX": 0, "LocationY": 0, "Width": 640, "Height": 720}]}},
    "FileNameConfig": {"Prefix": ["shows"], "Pattern": "节目_{RoomId}_{StartTime}"},
    "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 3, "Bucket": "bkt",
                                                  "AccessKey": ACCESS, "SecretKey": SECRET}},
}


def tos_preset_body() -> dict:
    body = {k: v for k, v in copy.deepcopy(S3_BODY).items() if k not in ("AppId", "RoomId", "TaskId")}
    body["StorageConfig"] = {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bkt"}}
    return body


def mixframe_request(path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "mixframe", "request", str(path), *args], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def make_preview(qtbot, doc: RequestDocument) -> RequestPreview:
    widget = RequestPreview(doc)
    qtbot.addWidget(widget)
    widget.resize(420, 300)
    return widget


def settle(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: not widget.is_pending(), timeout=2000)


def no_secret_in(*texts: str) -> None:
    for text in texts:
        assert ACCESS not in text and SECRET not in text


def test_the_preview_of_a_saved_preset_is_what_mixframe_request_prints(qtbot, tmp_path):
    doc = RequestDocument("volcengine", tos_preset_body())
    preview = make_preview(qtbot, doc)
    path = tmp_path / "show.json"
    write_preset(path, doc.loaded_document(), name="Show")
    preview.set_ids("appX", "roomX", "taskX")
    settle(qtbot, preview)
    result = mixframe_request(path, "--app-id", "appX", "--room", "roomX", "--task", "taskX")
    assert result.returncode == 0, result.stdout + result.stderr
    assert preview.sendable
    assert preview.text.toPlainText() + "\n" == result.stdout
    assert preview.findChild(type(preview.text), "request.preview") is preview.text


def test_a_bare_body_with_secrets_previews_as_the_cli_prints_it_and_nothing_leaks(qtbot, tmp_path):
    path = tmp_path / "body.json"
    path.write_text(json.dumps(S3_BODY, ensure_ascii=False), encoding="utf-8")
    doc = RequestDocument.from_loaded(read_document(path))
    preview = make_preview(qtbot, doc)
    result = mixframe_request(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert preview.text.toPlainText() + "\n" == result.stdout

    curl = preview.copy_curl()
    assert QGuiApplication.clipboard().text() == curl and "--data-raw" in curl
    exported = tmp_path / "out" / "request.json"
    preview.export_json(exported)
    assert json.loads(exported.read_text(encoding="utf-8"))["StorageConfig"]["CustomConfig"]["SecretKey"] == "******"
    assert exported.read_text(encoding="utf-8") == result.stdout
    no_secret_in(preview.text.toPlainText(), preview.status.text(), curl, exported.read_text(encoding="utf-8"))


def test_with_errors_it_says_not_sendable_and_shows_the_request_as_written_masked(qtbot):
    doc = RequestDocument("volcengine", copy.deepcopy(S3_BODY))
    preview = make_preview(qtbot, doc)
    assert preview.sendable and "would be sent" in preview.status.text()
    doc.set_field("Encode.VideoFps", 999)
    settle(qtbot, preview)
    assert not preview.sendable and preview.body is None
    assert preview.status.text().startswith("Not sendable yet: Encode.VideoFps")
    shown = json.loads(preview.text.toPlainText())
    assert shown["Encode"]["VideoFps"] == 999  # as typed, not clamped
    no_secret_in(preview.text.toPlainText(), preview.copy_curl())
    doc.undo_stack.undo()
    settle(qtbot, preview)
    assert preview.sendable


def test_ids_fill_a_preset_in_and_an_empty_id_is_not_given(qtbot):
    doc = RequestDocument("volcengine", tos_preset_body())
    preview = make_preview(qtbot, doc)
    assert not preview.sendable and "AppId" in preview.status.text()
    preview.set_app_id("appX")
    preview.set_room("roomX")
    preview.set_task("taskX")
    assert preview.sendable and preview.body["TaskId"] == "taskX"
    preview.set_task("")
    assert not preview.sendable and "TaskId" in preview.status.text()


def test_edits_in_one_turn_are_one_recompute_and_the_scroll_position_stays(qtbot, monkeypatch):
    doc = RequestDocument("volcengine", copy.deepcopy(S3_BODY))
    preview = make_preview(qtbot, doc)
    preview.show()
    qtbot.waitExposed(preview)
    bar = preview.text.verticalScrollBar()
    assert bar.maximum() > 20
    bar.setValue(bar.maximum() // 2)
    at = bar.value()

    calls = []
    from mixframe.ui import verdict  # the preview imports it when it recomputes (after the first paint)

    original = verdict.send_verdict
    monkeypatch.setattr(verdict, "send_verdict", lambda *a: calls.append(1) or original(*a))
    for fps in (10, 20, 25):
        doc.set_field("Encode.VideoFps", fps)
    settle(qtbot, preview)
    assert len(calls) == 1
    assert json.loads(preview.text.toPlainText())["Encode"]["VideoFps"] == 25
    assert bar.value() == at


@pytest.mark.parametrize("sign_key", ["QC-PREVIEW-SIGN-LEAK"])
def test_qingcloud_previews_and_copies_without_the_sign_key(qtbot, sign_key):
    doc = RequestDocument("qingcloud", {"app_id": "a", "project_id": "p", "channel": "c", "sign_key": sign_key})
    preview = make_preview(qtbot, doc)
    assert preview.sendable
    curl = preview.copy_curl()
    assert "cloudRecord" in curl
    assert sign_key not in preview.text.toPlainText() + curl
