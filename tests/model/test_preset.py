"""The preset document: versions and migrations, vendor detection, editor state, secrets and ids kept out."""

from __future__ import annotations

import copy
import json

import pytest

from mixframe.model import preset
from mixframe.model.preset import (
    FORMAT_VERSION,
    LoadedDocument,
    detect_vendor,
    dumps,
    migrate,
    parse_document,
    parse_text,
    to_preset,
)
from mixframe.model.problems import DocumentError, Severity

VOLC_REQUEST = {
    "RecordMode": 0,
    "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "alice"}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 640, "Height": 360},
                                                 "Regions": [{"StreamIndex": 0, "Width": 640, "Height": 360}]}},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100", "Bucket": "b"}},
}
EDITOR = {"grid": {"size": 20, "visible": False}, "snap": True,
          "regions": [{"stream_index": 0, "locked": True, "hidden": False, "image": "/abs/path.png"}]}


def a_preset(**changes) -> dict:
    doc = {"mixframe": FORMAT_VERSION, "name": "Interview", "vendor": "volcengine",
           "request": copy.deepcopy(VOLC_REQUEST), "editor": copy.deepcopy(EDITOR)}
    doc.update(changes)
    return doc


def at(problems, path, severity=None):
    return [p for p in problems if p.path == path and (severity is None or p.severity is severity)]


def one_sentence(exc: DocumentError) -> str:
    text = str(exc)
    assert text and "\n" not in text and "Traceback" not in text
    return text


# ---- the versioned document -------------------------------------------------------------------------

def test_current_preset_loads():
    doc = parse_document(a_preset(), "interview.json")
    assert (doc.vendor, doc.kind, doc.name) == ("volcengine", "preset", "Interview")
    assert doc.request == VOLC_REQUEST and doc.editor == EDITOR
    assert doc.problems == []
    assert [p for p in doc.check() if p.is_error] == []


def test_loaded_request_is_a_copy():
    data = a_preset()
    doc = parse_document(data)
    doc.request["RecordMode"] = 1
    assert data["request"]["RecordMode"] == 0


def test_migration_applied_on_load(monkeypatch):
    # Pretend version 2 is current and version 1 called the preset's name "title".
    def one_to_two(old: dict) -> dict:
        new = copy.deepcopy(old)
        new["mixframe"] = 2
        new["name"] = new.pop("title")
        return new

    monkeypatch.setattr(preset, "FORMAT_VERSION", 2)
    monkeypatch.setitem(preset.MIGRATIONS, 1, one_to_two)
    old = a_preset(mixframe=1, title="Old name")
    del old["name"]
    doc = parse_document(old, "old.json")
    assert doc.name == "Old name"
    assert at(doc.problems, "title") == []  # migrated away, not an unknown field
    # Written back at the current version.
    assert to_preset(doc)["mixframe"] == 2


def test_migrations_chain(monkeypatch):
    steps = []

    def step(n):
        def run(doc):
            steps.append(n)
            return {**doc, "mixframe": n + 1}
        return run

    monkeypatch.setattr(preset, "FORMAT_VERSION", 3)
    monkeypatch.setitem(preset.MIGRATIONS, 0, step(0))
    monkeypatch.setitem(preset.MIGRATIONS, 1, step(1))
    monkeypatch.setitem(preset.MIGRATIONS, 2, step(2))
    original = a_preset(mixframe=0)
    assert migrate(original)["mixframe"] == 3
    assert steps == [0, 1, 2]
    assert original["mixframe"] == 0  # the input is never changed


def test_missing_migration_is_a_document_error(monkeypatch):
    monkeypatch.setattr(preset, "FORMAT_VERSION", 2)
    monkeypatch.setattr(preset, "MIGRATIONS", {})
    with pytest.raises(DocumentError) as info:
        parse_document(a_preset(mixframe=1), "old.json")
    assert "old.json" in one_sentence(info.value)


def test_newer_version_is_a_clear_error():
    with pytest.raises(DocumentError) as info:
        parse_document(a_preset(mixframe=FORMAT_VERSION + 1), "future.json")
    text = one_sentence(info.value)
    assert "newer" in text and str(FORMAT_VERSION + 1) in text and "future.json" in text


@pytest.mark.parametrize("version", ["1", 1.5, None, True, -1, [1]])
def test_bad_version_is_a_document_error(version):
    with pytest.raises(DocumentError) as info:
        parse_document(a_preset(mixframe=version), "x.json")
    one_sentence(info.value)


@pytest.mark.parametrize("vendor", ["", "aws", None, 1])
def test_bad_vendor_is_a_document_error(vendor):
    with pytest.raises(DocumentError) as info:
        parse_document(a_preset(vendor=vendor))
    assert "vendor" in one_sentence(info.value)


@pytest.mark.parametrize("request_value", [[], "x", 3, None])
def test_request_must_be_an_object(request_value):
    with pytest.raises(DocumentError) as info:
        parse_document(a_preset(request=request_value))
    assert "request" in one_sentence(info.value)


def test_unknown_preset_key_is_an_error_naming_it():
    doc = parse_document(a_preset(colour="red"))
    assert at(doc.problems, "colour", Severity.ERROR)


def test_unknown_request_field_is_an_error_naming_its_path():
    data = a_preset()
    data["request"]["Layout"]["CustomLayout"]["Regions"][0]["Widht"] = 5
    problems = parse_document(data).check()
    assert at(problems, "Layout.CustomLayout.Regions[0].Widht", Severity.ERROR)


# ---- editor state ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("editor", [{}, {"snap": False}, {"grid": {"size": 8}}, EDITOR])
def test_editor_state_accepted(editor):
    assert parse_document(a_preset(editor=editor)).problems == []


@pytest.mark.parametrize("editor, path", [
    ({"grid": {"size": "big"}}, "editor.grid.size"),
    ({"snap": "yes"}, "editor.snap"),
    ({"regions": [{"locked": True}]}, "editor.regions[0].stream_index"),
    ({"ruler": True}, "editor.ruler"),
    ([], "editor"),
])
def test_editor_state_problems_named(editor, path):
    problems = parse_document(a_preset(editor=editor)).problems
    assert at(problems, path, Severity.ERROR), [p.line() for p in problems]


def test_editor_state_never_reaches_the_request():
    doc = parse_document(a_preset())
    assert "locked" not in json.dumps(doc.request) and "/abs/path.png" not in json.dumps(doc.request)


# ---- bare request bodies ------------------------------------------------------------------------------------

def test_bare_volcengine_body_recognised_by_keys(seed_body):
    doc = parse_document(seed_body, "seed.json")
    assert (doc.vendor, doc.kind) == ("volcengine", "request")
    assert doc.request == seed_body
    assert [p for p in doc.check() if p.is_error] == []  # masked ids are warnings in a draft


def test_bare_volcengine_body_without_ids_recognised():
    assert detect_vendor(copy.deepcopy(VOLC_REQUEST)) == "volcengine"


def test_bare_qingcloud_body_recognised_by_keys():
    body = {"app_id": "a", "project_id": "p", "channel": "c", "layout_mode": 1, "is_mixing_enabled": 1}
    doc = parse_document(body)
    assert (doc.vendor, doc.kind) == ("qingcloud", "request")
    assert doc.check() == []
    assert detect_vendor({"project_id": "p", "channel": "c"}) == "qingcloud"


@pytest.mark.parametrize("data", [{}, {"foo": 1}, {"appid": "x"}])
def test_unrecognised_object_is_a_document_error(data):
    with pytest.raises(DocumentError) as info:
        parse_document(data, "what.json")
    assert "what.json" in one_sentence(info.value)


@pytest.mark.parametrize("data", [[], "text", 3, None, True])
def test_not_an_object_is_a_document_error(data):
    with pytest.raises(DocumentError) as info:
        parse_document(data, "x.json")
    one_sentence(info.value)


@pytest.mark.parametrize("text", ["", "{", "{\"a\": }", "[1,", "nul", "{'AppId': 1}"])
def test_bad_json_is_one_sentence(text):
    with pytest.raises(DocumentError) as info:
        parse_text(text, "x.json")
    assert "x.json" in one_sentence(info.value)


# ---- secrets and per-recording ids ---------------------------------------------------------------------------

SECRET_BODY = {
    "AppId": "app1", "RoomId": "room1", "TaskId": "task1", "BusinessId": "biz",
    "StorageConfig": {"Type": 2, "CustomConfig": {"Bucket": "b", "AccessKey": "AKID-LEAK-CHECK",
                                                  "SecretKey": "SK-LEAK-CHECK=="}},
}


def test_secret_in_loaded_file_warns():
    doc = parse_document(copy.deepcopy(SECRET_BODY), "leaky.json")
    for path in ("StorageConfig.CustomConfig.AccessKey", "StorageConfig.CustomConfig.SecretKey"):
        warned = at(doc.problems, path, Severity.WARNING)
        assert warned and warned[0].rule == "secret-in-file"
        assert "AKID-LEAK-CHECK" not in warned[0].message and "SK-LEAK-CHECK" not in warned[0].message


def test_qingcloud_sign_key_in_file_warns():
    doc = parse_document({"app_id": "a", "project_id": "p", "channel": "c", "sign_key": "QC-SIGN-LEAK"})
    assert at(doc.problems, "sign_key", Severity.WARNING)
    assert "QC-SIGN-LEAK" not in dumps(to_preset(doc))


def test_masked_secret_is_not_a_secret():
    body = copy.deepcopy(SECRET_BODY)
    body["StorageConfig"]["CustomConfig"].update(AccessKey="******", SecretKey="******")
    assert parse_document(body).problems == []


def test_preset_never_holds_secrets_or_recording_ids():
    doc = parse_document(copy.deepcopy(SECRET_BODY))
    written = to_preset(doc, "Leaky")
    text = dumps(written)
    assert "AKID-LEAK-CHECK" not in text and "SK-LEAK-CHECK" not in text
    for key in ("AppId", "RoomId", "TaskId"):
        assert key not in written["request"]
    assert written["request"]["BusinessId"] == "biz"  # a business tag is a setting, kept
    assert written["request"]["StorageConfig"]["CustomConfig"] == {"Bucket": "b"}
    assert doc.request == SECRET_BODY  # the document in memory keeps them for sending
    assert written["mixframe"] == FORMAT_VERSION and written["name"] == "Leaky"
    # and the written preset loads back without warnings about secrets
    assert not [p for p in parse_text(text).problems if p.rule == "secret-in-file"]


def test_qingcloud_preset_drops_app_id_and_channel():
    doc = parse_document({"app_id": "a", "project_id": "p", "channel": "c", "layout_mode": 1})
    request = to_preset(doc)["request"]
    assert "app_id" not in request and "channel" not in request and request["project_id"] == "p"


def test_preset_written_then_read_is_the_same_document():
    doc = parse_document(a_preset())
    again = parse_text(dumps(to_preset(doc)))
    assert (again.vendor, again.name, again.request, again.editor) == (doc.vendor, doc.name, doc.request, doc.editor)


def test_dumps_is_readable_utf8_json():
    doc = LoadedDocument("volcengine", {"FileNameConfig": {"Pattern": "录制"}}, {}, "中文")
    text = dumps(to_preset(doc))
    assert "录制" in text and "中文" in text and text.endswith("\n")


def test_secret_inside_a_preset_file_warns_and_is_dropped_on_save():
    data = a_preset()
    data["request"]["StorageConfig"] = copy.deepcopy(SECRET_BODY["StorageConfig"])
    doc = parse_document(data, "preset.json")
    assert at(doc.problems, "StorageConfig.CustomConfig.SecretKey", Severity.WARNING)
    assert not [p for p in doc.check() if p.is_error]
    text = dumps(to_preset(doc))
    assert "AKID-LEAK-CHECK" not in text and "SK-LEAK-CHECK" not in text
