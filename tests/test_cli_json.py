"""`--json` (validate, start, status, update, stop) and `start --quiet`: one JSON document, or the TaskId
alone, on stdout; the same exit codes; secrets masked; nothing else on stdout nor on stderr."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys

import pytest

from mixframe.cli import main
from mixframe.cli_json import SCHEMA, document_text
from mixframe.model.problems import _UNPRINTABLE, MASK
from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY

PRESET = {"mixframe": 1, "name": "two up", "vendor": "volcengine", "request": {
    "TargetStreams": {"StreamList": [{"UserId": "alice", "Index": 0}, {"UserId": "bob", "Index": 1}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": [
        {"StreamIndex": 0, "Width": 640, "Height": 720},
        {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 720}]}},
    "FileFormatConfig": {"FileFormat": ["MP4"]},
    "FileNameConfig": {"Prefix": ["rec"], "Pattern": "{TaskId}_{Duration}"},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}}}
S3_SECRET = "SK-JSON-LEAK-0815=="
PROBLEM_KEYS = {"path", "severity", "message", "template", "rule"}
ERROR_KEYS = {"kind", "sentence", "code", "code_n", "message", "request_id", "http_status"}
SERVICE_KEYS = {"mixframe", "command", "ok", "vendor", "task", "request_id", "warnings", "notes", "problems",
                "answer", "error"}


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    for k in ("VOLC_ACCESSKEY", "VOLC_SECRETKEY", "VOLC_SESSION_TOKEN", "QY_ACCESS_KEY_ID", "QY_SECRET_ACCESS_KEY",
              "QY_SIGN_KEY", "MIXFRAME_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return tmp_path


def keys(monkeypatch, secret=VOLC_SECRET_KEY):
    monkeypatch.setenv("VOLC_ACCESSKEY", VOLC_ACCESS_KEY)
    monkeypatch.setenv("VOLC_SECRETKEY", secret)


def write(folder, name, data) -> str:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def document(out: str) -> dict:
    """stdout is one JSON document and nothing else, every character of it printable."""
    assert not _UNPRINTABLE.search(out.replace("\n", "")), out
    data = json.loads(out)
    assert data["mixframe"] == SCHEMA
    return data


def check_problem(problem: dict) -> None:
    assert set(problem) <= PROBLEM_KEYS and {"path", "severity", "message"} <= set(problem)
    assert problem["severity"] in ("error", "warning")


# ---- validate ------------------------------------------------------------------------------------------------


def test_validate_json_valid_invalid_and_unreadable_files_keep_their_exit_codes(capsys, env):
    good = write(env, "good.json", PRESET)
    bad_doc = copy.deepcopy(PRESET)
    bad_doc["request"]["Layout"]["CustomLayout"]["Regions"][1]["Width"] = 5000
    bad = write(env, "bad.json", bad_doc)

    code, out, err = run(capsys, "validate", "--json", good)
    assert (code, err) == (0, "")
    data = document(out)
    assert data["command"] == "validate" and data["valid"] is True
    assert [f["file"] for f in data["files"]] == [good] and data["files"][0]["valid"] is True
    for problem in data["files"][0]["problems"]:  # a draft's missing ids are warnings
        check_problem(problem)
        assert problem["severity"] == "warning"

    code, out, err = run(capsys, "validate", "--json", good, bad)
    assert (code, err) == (1, "")
    data = document(out)
    assert data["valid"] is False and [f["valid"] for f in data["files"]] == [True, False]
    errors = [p for p in data["files"][1]["problems"] if p["severity"] == "error"]
    assert errors and errors[0]["path"] == "Layout.CustomLayout.Regions[1].Width"
    assert errors[0]["template"] and "{" in errors[0]["template"]  # the English template, for scripts
    for problem in data["files"][1]["problems"]:
        check_problem(problem)

    code, out, err = run(capsys, "validate", "--json", bad, str(env / "missing.json"))
    assert (code, err) == (2, "")  # exit 2 wins, as in the text output; the sentence is in the document
    data = document(out)
    missing = data["files"][1]
    assert missing["valid"] is False and missing["problems"] == []
    assert set(missing["error"]) == ERROR_KEYS and missing["error"]["kind"] == "input"
    assert "missing.json does not exist" in missing["error"]["sentence"]


def test_validate_json_masks_secrets_and_escapes_what_a_file_holds(capsys, env):
    body = {"AppId": "app1", "RoomId": "room1", "TaskId": "t1",
            "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "alice"}]},
            "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 3, "Bucket": S3_SECRET,
                                                          "AccessKey": "AK-JSON", "SecretKey": S3_SECRET}},
            "Unknown\u2028\u202eKey\x1b": 1}
    path = write(env, "odd\x1bname.json", body)
    code, out, err = run(capsys, "validate", "--json", path)
    assert code == 1 and err == ""
    assert S3_SECRET not in out
    data = document(out)
    paths = [p["path"] for p in data["files"][0]["problems"]]
    assert any("\u2028" in p for p in paths)  # the same text once parsed: escaped on the way, not lost
    assert "\\x1b" in data["files"][0]["file"]  # a file name is shown as it prints elsewhere


def test_json_text_falls_back_to_ascii_escapes_on_a_terminal_that_cannot_show_it():
    doc = {"mixframe": 1, "message": "直播 \U0001f600", "secret": "k-123456"}
    text = document_text(doc, ["k-123456"], "ascii")
    assert text.isascii() and json.loads(text)["message"] == "直播 \U0001f600"
    assert json.loads(text)["secret"] == MASK
    assert "直播" in document_text(doc, [], "utf-8")


def test_validate_json_on_an_ascii_stdout_in_chinese_is_still_json(env, tmp_path):
    bad_doc = copy.deepcopy(PRESET)
    bad_doc["request"]["Layout"]["CustomLayout"]["Regions"][1]["Width"] = 5000
    path = write(tmp_path, "bad.json", bad_doc)
    environ = {**os.environ, "PYTHONIOENCODING": "ascii", "MIXFRAME_LANG": "zh_CN", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "mixframe", "validate", "--json", path], env=environ,
                            capture_output=True, timeout=120)
    assert result.returncode == 1 and result.stderr == b""
    data = json.loads(result.stdout.decode("ascii"))
    messages = [p["message"] for p in data["files"][0]["problems"]]
    assert any(re.search("[\u4e00-\u9fff]", m) for m in messages)  # the Chinese sentence, escaped, intact


# ---- start / status / stop -----------------------------------------------------------------------------------


def test_start_status_update_stop_json_cycle(capsys, sandbox, env, monkeypatch):
    keys(monkeypatch)
    preset = write(env, "p.json", PRESET)
    where = ["--endpoint", sandbox.url, "--app-id", "app1", "--room", "room1"]
    code, out, err = run(capsys, "start", preset, *where, "--json")
    assert (code, err) == (0, "")
    data = document(out)
    assert set(data) == SERVICE_KEYS and data["command"] == "start" and data["ok"] is True
    assert data["vendor"] == "volcengine" and data["error"] is None
    task = data["task"]["task_id"]
    assert data["task"]["app_id"] == "app1" and data["task"]["room_id"] == "room1"
    assert ("app1", "room1", task) in sandbox.volcengine.tasks
    assert data["request_id"] and data["answer"]["Result"] == "ok"

    code, out, err = run(capsys, "status", *where, "--task", task, "--json")
    assert (code, err) == (0, "")
    data = document(out)
    assert data["command"] == "status" and data["status"]["code"] == 2 and data["status"]["name"] == "Running"
    assert data["status"]["running"] is True and data["status"]["ended"] is False

    code, out, err = run(capsys, "update", preset, *where, "--task", task, "--json")
    assert (code, err) == (0, "")
    data = document(out)
    assert data["command"] == "update" and data["ok"] is True and data["task"]["task_id"] == task
    assert sandbox.volcengine.tasks[("app1", "room1", task)].updates == 1

    code, out, err = run(capsys, "stop", *where, "--task", task, "--json")
    assert (code, err) == (0, "")
    data = document(out)
    assert data["command"] == "stop" and data["ok"] is True and data["task"]["task_id"] == task

    code, out, err = run(capsys, "status", *where, "--task", task, "--json")
    data = document(out)
    assert code == 0 and data["status"]["ended"] is True and data["status"]["stop_reason"] == "StopByAPI"
    files = data["status"]["files"]
    assert files and re.fullmatch(rf"rec/{task}_\d{{6}}_[0-9a-f]{{8}}\.mp4", files[0]["object_key"])
    assert set(files[0]) == {"object_key", "duration_ms", "size_bytes", "vid"}


def test_a_service_refusal_is_the_documents_error_with_code_and_request_id(capsys, sandbox, env, monkeypatch):
    keys(monkeypatch, secret="wrong-secret-4711")
    code, out, err = run(capsys, "stop", "--endpoint", sandbox.url, "--app-id", "a", "--room", "r", "--task", "t",
                         "--json")
    assert (code, err) == (1, "")
    data = document(out)
    assert data["ok"] is False and set(data["error"]) == ERROR_KEYS
    error = data["error"]
    assert error["kind"] == "service" and error["code"] == "SignatureDoesNotMatch" and error["code_n"] == 100010
    assert re.fullmatch(r"\w+", error["request_id"]) and isinstance(error["http_status"], int)
    assert error["sentence"] and error["message"]
    assert "wrong-secret-4711" not in out


def test_an_invalid_file_is_the_documents_problems_and_nothing_is_sent(capsys, sandbox, env, monkeypatch):
    keys(monkeypatch)
    bad_doc = copy.deepcopy(PRESET)
    bad_doc["request"]["Layout"]["CustomLayout"]["Regions"][1]["Width"] = 5000
    path = write(env, "bad.json", bad_doc)
    code, out, err = run(capsys, "start", path, "--endpoint", sandbox.url, "--app-id", "a", "--room", "r", "--json")
    assert (code, err) == (1, "")
    data = document(out)
    assert data["error"]["kind"] == "invalid"
    assert data["error"]["sentence"].startswith("Layout.CustomLayout.Regions[1].Width: ")
    assert any(p["path"] == "Layout.CustomLayout.Regions[1].Width" for p in data["problems"])
    assert sandbox.count() == 0


@pytest.mark.parametrize("argv,expected", [
    (["start", "missing.json", "--endpoint", "http://127.0.0.1:9"], "missing.json"),
    (["stop", "--endpoint", "http://127.0.0.1:9", "--room", "r", "--task", "t"], "needs --app-id"),
    (["status", "--profile", "Nobody", "--app-id", "a", "--room", "r", "--task", "t"], "no profile named 'Nobody'"),
    (["status", "--endpoint", "http://127.0.0.1:9", "--app-id", "a", "--room", "r", "--task", "t"], "VOLC_ACCESSKEY"),
])
def test_bad_input_is_exit_2_with_its_sentence_in_the_document(capsys, env, argv, expected):
    code, out, err = run(capsys, *argv, "--json")
    assert (code, err) == (2, "")
    data = document(out)
    assert data["ok"] is False and data["error"]["kind"] == "input" and expected in data["error"]["sentence"]
    extra = {"status", "statuses"} if argv[0] == "status" else set()
    assert set(data) == SERVICE_KEYS | extra and set(data["error"]) == ERROR_KEYS


def test_warnings_and_notes_go_into_the_document_not_stderr(capsys, env, memory_keyring):
    warned = copy.deepcopy(PRESET)
    warned["request"]["Control"] = {"MaxSilenceSeconds": 60}  # a warning: single-stream recording only
    path = write(env, "warned.json", warned)
    code, out, err = run(capsys, "start", path, "--profile", "Sandbox", "--room", "r1", "--task", "t1", "--json")
    assert (code, err) == (0, "")
    data = document(out)
    assert data["task"]["task_id"] == "t1"
    assert data["notes"] and "sandbox" in data["notes"][0]  # the sandbox this command started
    code, _, text_err = run(capsys, "start", path, "--profile", "Sandbox", "--room", "r1", "--task", "t2")
    said = [line for line in text_err.splitlines() if line.startswith("warning:")]
    assert [f"warning: {w['path']}: {w['message']}" for w in data["warnings"]] == said


def test_json_and_quiet_together_are_a_bad_option(capsys, env):
    code, out, err = run(capsys, "start", "x.json", "--json", "--quiet")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "not allowed" in err


def test_the_document_masks_secrets_the_server_echoes(capsys, env, monkeypatch):
    """An echoing server's answer holds the sign_key and the S3 keys start sent: masked in the JSON."""
    from servers import echo_server

    monkeypatch.setenv("QY_ACCESS_KEY_ID", "QYAK")
    monkeypatch.setenv("QY_SECRET_ACCESS_KEY", "QY-SECRET-4711")
    monkeypatch.setenv("QY_SIGN_KEY", "SIGN-KEY-0815")
    qy = {"mixframe": 1, "name": "qy", "vendor": "qingcloud",
          "request": {"app_id": "qa", "project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1}}
    path = write(env, "qy.json", qy)

    def answer(body, raw):
        return 200, {"code": "success", "task_id": 7, "echo": [body, raw], "sign_key": "SIGN-KEY-0815"}

    with echo_server(answer) as url:
        code, out, err = run(capsys, "start", path, "--endpoint", url, "--room", "c1", "--json")
    assert (code, err) == (0, "")
    assert "SIGN-KEY-0815" not in out and "QY-SECRET-4711" not in out
    data = document(out)
    assert data["task"]["task_id"] == "7" and data["answer"]["echo"] and data["answer"]["sign_key"] == MASK


# ---- start --quiet -------------------------------------------------------------------------------------------


def test_start_quiet_prints_only_the_task_id(capsys, sandbox, env, monkeypatch):
    keys(monkeypatch)
    warned = copy.deepcopy(PRESET)
    warned["request"]["Control"] = {"MaxSilenceSeconds": 60}  # a warning: single-stream recording only
    path = write(env, "p.json", warned)
    code, out, err = run(capsys, "start", path, "--endpoint", sandbox.url, "--app-id", "a", "--room", "r", "-q")
    assert (code, err) == (0, "")
    task = out.removesuffix("\n")
    assert "\n" not in task and ("a", "r", task) in sandbox.volcengine.tasks
    code, out, err = run(capsys, "start", path, "--endpoint", sandbox.url, "--app-id", "a", "--room", "r",
                         "--task", "mine", "--quiet")
    assert (code, out, err) == (0, "mine\n", "")


def test_start_quiet_failures_leave_stdout_empty(capsys, sandbox, env, monkeypatch):
    keys(monkeypatch, secret="wrong-secret")
    path = write(env, "p.json", PRESET)
    code, out, err = run(capsys, "start", path, "--endpoint", sandbox.url, "--app-id", "a", "--room", "r", "-q")
    assert code == 1 and out == "" and "SignatureDoesNotMatch" in err
    keys(monkeypatch)
    bad_doc = copy.deepcopy(PRESET)
    bad_doc["request"]["Layout"]["CustomLayout"]["Regions"][1]["Width"] = 5000
    bad = write(env, "bad.json", bad_doc)
    code, out, err = run(capsys, "start", bad, "--endpoint", sandbox.url, "--app-id", "a", "--room", "r", "-q")
    assert code == 1 and out == "" and "Layout.CustomLayout.Regions[1].Width: " in err


def test_qingcloud_json_cycle_with_every_recording_and_the_sign_key_masked(capsys, sandbox, env, memory_keyring):
    from mixframe.store import credentials as cr
    from mixframe.store.profiles import Profile, ProfileStore

    ProfileStore().save(Profile("Qy", "qingcloud", endpoint=sandbox.url, app_id="qa"))
    for name, value in ((cr.QY_ACCESS_KEY_ID, "QYSANDBOXKEY"), (cr.QY_SECRET_ACCESS_KEY, "qingcloud-sandbox-secret"),
                        (cr.QY_SIGN_KEY, "project-sign-key")):
        cr.set_secret("Qy", name, value)
    qy = {"mixframe": 1, "name": "qy", "vendor": "qingcloud",
          "request": {"app_id": "qa", "project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1}}
    path = write(env, "qy.json", qy)
    code, out, err = run(capsys, "start", path, "--profile", "Qy", "--room", "ch1", "--json")
    assert (code, err) == (0, "") and "project-sign-key" not in out
    data = document(out)
    assert data["vendor"] == "qingcloud" and data["task"] == {"app_id": "qa", "room_id": "ch1", "task_id": "1",
                                                              "project_id": "qp"}
    code, out, err = run(capsys, "status", "--profile", "Qy", "--room", "ch1", "--json")
    data = document(out)
    assert (code, err) == (0, "") and [(s["task_id"], s["code"], s["name"]) for s in data["statuses"]] == [
        ("1", 2, "Recording")]
    assert data["status"]["task_id"] == "1"
    code, out, err = run(capsys, "stop", "--profile", "Qy", "--room", "ch1", "--project", "qp", "--json")
    assert (code, err) == (0, "") and document(out)["ok"] is True
    code, out, err = run(capsys, "start", path, "--profile", "Qy", "--room", "ch1", "--quiet")
    assert (code, out, err) == (0, "2\n", "")


# ---- every JSON the command line prints stays JSON, whatever it holds and wherever it goes --------------------

ODD = "a\x85b\u2028c\x1b 直播\U0001f600"


@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])
def test_account_list_json_stays_json_with_controls_and_on_an_ascii_stdout(tmp_path, encoding):
    from mixframe.store.profiles import Profile, ProfileStore

    config = tmp_path / "config"
    ProfileStore(config).save(Profile(ODD, "volcengine"))
    environ = {**os.environ, "MIXFRAME_CONFIG_DIR": str(config), "PYTHONIOENCODING": encoding,
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run([sys.executable, "-m", "mixframe", "account", "list", "--json"], env=environ,
                            capture_output=True, timeout=120)
    assert result.returncode == 0
    out = result.stdout.decode(encoding)
    assert not _UNPRINTABLE.search(out.replace("\n", ""))
    assert [p["name"] for p in json.loads(out)] == ["Sandbox", ODD]


def test_the_printed_answer_stays_json_on_an_ascii_stdout(env, monkeypatch):
    import io

    from servers import echo_server

    keys(monkeypatch)
    path = write(env, "p.json", PRESET)

    def answer(body, raw):
        return 200, {"ResponseMetadata": {"RequestId": "r1", "Action": "StartRecord", "Version": "2023-11-01"},
                     "Result": "ok", "Extra": ODD}

    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii", errors="strict"))
    with echo_server(answer) as url:
        code = main(["start", path, "--endpoint", url, "--app-id", "a", "--room", "r", "--task", "t"])
    sys.stdout.flush()
    out = raw.getvalue().decode("ascii")
    assert code == 0 and out.startswith("TaskId: t\n")
    assert json.loads(out.split("\n", 1)[1])["Extra"] == ODD
