"""`mixframe validate` and `mixframe request`, run as a user runs them: a subprocess, its exit code and output."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import seed_example

SEED_EXAMPLE = seed_example()

ACCESS, SECRET = "AKID-CLI-LEAK-4711", "SK-CLI-LEAK-0815=="
S3_BODY = {
    "AppId": "app1", "RoomId": "room1", "TaskId": "task1",
    "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "alice"}, {"Index": 1, "UserId": "bob"}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Canvas": {"Width": 640, "Height": 360},
        "Regions": [{"StreamIndex": 0, "Width": 640, "Height": 360},
                    {"StreamIndex": 1, "LocationX": 440, "LocationY": 240, "Width": 200, "Height": 120, "ZOrder": 1}],
    }},
    "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 3, "Bucket": "bkt",
                                                  "AccessKey": ACCESS, "SecretKey": SECRET}},
}


def tos_body() -> dict:
    """S3_BODY stored on TOS: no secret inside."""
    body = copy.deepcopy(S3_BODY)
    body["StorageConfig"] = {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bkt"}}
    return body


def run(*args: str, cwd: Path, **environment: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", **environment}
    return subprocess.run([sys.executable, "-m", "mixframe", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def write(folder: Path, name: str, data) -> Path:
    path = folder / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stdout + result.stderr
    assert "Error:" not in result.stderr.split(":", 1)[0]  # no bare exception class names


# ---- validate -------------------------------------------------------------------------------------------------

BROKEN = {"Encode": {"VideoFps": 500}, "Layout": {"LayoutMode": 1}}  # an error and the draft's id warnings


def test_a_chinese_locale_prints_chinese_sentences_with_the_paths_and_exit_code_unchanged(tmp_path):
    path = write(tmp_path, "broken.json", {**tos_body(), **BROKEN})
    english = run("validate", str(path), cwd=tmp_path, LANG="C.UTF-8")
    assert english.returncode == 1
    assert "Encode.VideoFps: must be in [1, 60] (got 500)" in english.stdout.splitlines()
    for variables in ({"LANG": "zh_CN.UTF-8"}, {"LC_ALL": "zh_CN.UTF-8", "LANG": "C.UTF-8"},
                      {"MIXFRAME_LANG": "zh_CN", "LANG": "C.UTF-8"}):
        chinese = run("validate", str(path), cwd=tmp_path, **variables)
        no_traceback(chinese)
        assert chinese.returncode == english.returncode == 1, variables
        lines = chinese.stdout.splitlines()
        assert "Encode.VideoFps: 取值范围为 [1, 60]（实际为 500）" in lines, variables
        assert "Layout.MainVideoStream: 在垂直布局（LayoutMode 为 1）中为必填项：请选择作为大画面显示的流" in lines
        # Each line keeps the path and the warning: prefix scripts read, in the same order.
        assert [line.split(":")[0] for line in lines] == [line.split(":")[0] for line in english.stdout.splitlines()]
    # An English locale beats a Chinese LANG where the C library says it does.
    assert run("validate", str(path), cwd=tmp_path, LANG="zh_CN.UTF-8", LC_ALL="C.UTF-8").stdout == english.stdout


def test_english_validate_loads_no_qt(tmp_path):
    path = write(tmp_path, "broken.json", {**tos_body(), **BROKEN})
    code = ("import sys\nfrom mixframe.cli import main\n"
            f"try:\n    main(['validate', {str(path)!r}])\nexcept SystemExit:\n    pass\n"
            "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', file=sys.stderr)\n")
    env = {**os.environ, "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", env=env)
    assert "must be in [1, 60]" in out.stdout and out.stderr.strip().endswith("NOQT")

def test_seed_example_is_valid_with_only_warnings(tmp_path):
    result = run("validate", str(write(tmp_path, "seed.json", SEED_EXAMPLE)), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("warning: ") for line in lines)
    assert any(line.startswith("warning: AppId: ") for line in lines)  # masked id
    no_traceback(result)


def test_valid_body_is_silent(tmp_path):
    result = run("validate", str(write(tmp_path, "ok.json", tos_body())), cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


BROKEN_PATHS = {
    "Encode.VideoFps", "Layout.CustomLayout.Regions[1].Width", "Layout.CustomLayout.Canvas.Background",
    "TargetStreams.StreamList[0].UserId", "Control.MaxIdleTime", "FileNameConfig.Prefix[0]",
    "StorageConfig.CustomConfig.Bucket", "Foo", "Layout.CustomLayout.Regions[0].Alpha",
}


def broken_body() -> dict:
    body = copy.deepcopy(S3_BODY)
    body["Encode"] = {"VideoFps": 0}
    body["Layout"]["CustomLayout"]["Regions"][1]["Width"] = 700
    body["Layout"]["CustomLayout"]["Regions"][0]["Alpha"] = 0.0
    body["Layout"]["CustomLayout"]["Canvas"]["Background"] = "red"
    body["TargetStreams"]["StreamList"][0]["UserId"] = "a b"
    body["Control"] = {"MaxIdleTime": 5}
    body["FileNameConfig"] = {"Prefix": ["a-b"]}
    del body["StorageConfig"]["CustomConfig"]["Bucket"]
    body["Foo"] = 1
    return body


def test_broken_body_names_every_broken_field(tmp_path):
    result = run("validate", str(write(tmp_path, "broken.json", broken_body())), cwd=tmp_path)
    assert result.returncode == 1
    no_traceback(result)
    errors = [line for line in result.stdout.splitlines() if not line.startswith("warning: ")]
    paths = [line.split(": ", 1)[0] for line in errors]
    assert set(paths) == BROKEN_PATHS, result.stdout
    assert len(paths) == len(BROKEN_PATHS)  # one line per broken field
    for line in errors:
        path, message = line.split(": ", 1)
        assert message.strip() and "Input should" not in message
    assert ACCESS not in result.stdout and SECRET not in result.stdout


def test_warnings_start_with_warning(tmp_path):
    body = tos_body()
    body["FileNameConfig"] = {"Pattern": "{Nonsense}"}
    result = run("validate", str(write(tmp_path, "w.json", body)), cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("warning: FileNameConfig.Pattern: ") and "{Nonsense}" in result.stdout
    assert len(result.stdout.splitlines()) == 1


def test_secret_in_file_is_warned_without_printing_it(tmp_path):
    result = run("validate", str(write(tmp_path, "s.json", S3_BODY)), cwd=tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == ["StorageConfig.CustomConfig.AccessKey",
                                                           "StorageConfig.CustomConfig.SecretKey"]
    assert all(line.startswith("warning: ") for line in lines)
    assert ACCESS not in result.stdout + result.stderr and SECRET not in result.stdout + result.stderr


def test_preset_and_qingcloud_files_validate(tmp_path):
    preset = {"mixframe": 1, "name": "Show", "vendor": "volcengine",
              "request": {k: v for k, v in S3_BODY.items() if k not in ("AppId", "RoomId", "TaskId")},
              "editor": {"snap": False}}
    preset["request"]["StorageConfig"] = {"Type": 0, "TosConfig": {"AccountId": "1", "Bucket": "b"}}
    qing = {"app_id": "a", "project_id": "p", "channel": "c", "is_mixing_enabled": 1, "layout_mode": 2}
    result = run("validate", str(write(tmp_path, "p.json", preset)), str(write(tmp_path, "q.json", qing)), cwd=tmp_path)
    # A preset never holds the recording's ids: each is a warning naming the option that gives it.
    p_json = tmp_path / "p.json"
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        f"{p_json}: warning: AppId: is not set in this file; give it with --app-id when the recording starts",
        f"{p_json}: warning: RoomId: is not set in this file; give it with --room when the recording starts",
        f"{p_json}: warning: TaskId: is not set in this file; give it with --task when the recording starts "
        "(start makes one up otherwise)",
    ]
    result = run("validate", str(write(tmp_path, "q2.json", {**qing, "isAudioOnly": 1, "isVideoOnly": 1})), cwd=tmp_path)
    assert result.returncode == 1 and "isVideoOnly: " in result.stdout


def test_several_files_prefix_their_name_and_exit_with_the_worst(tmp_path):
    good = write(tmp_path, "good.json", tos_body())
    bad = write(tmp_path, "bad.json", broken_body())
    result = run("validate", str(good), str(bad), cwd=tmp_path)
    assert result.returncode == 1
    assert all(line.startswith(f"{bad}: ") for line in result.stdout.splitlines())
    missing = tmp_path / "missing.json"
    result = run("validate", str(good), str(bad), str(missing), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().startswith(f"{missing}: ")


BAD_INPUT = {
    "not-json.json": "{\"AppId\": ",
    "list.json": "[1, 2]",
    "number.json": "42",
    "unknown-object.json": "{\"hello\": 1}",
    "empty.json": "",
    "latin1.json": b"{\"AppId\": \"caf\xe9\"}",
    "newer.json": json.dumps({"mixframe": 999, "vendor": "volcengine", "request": {}}),
}


@pytest.mark.parametrize("command", ["validate", "request"])
@pytest.mark.parametrize("name", [*BAD_INPUT, "missing.json", "a-folder"])
def test_bad_input_exits_2_with_one_line(tmp_path, command, name):
    if name in BAD_INPUT:
        path = write(tmp_path, name, BAD_INPUT[name])
    elif name == "a-folder":
        path = tmp_path / name
        path.mkdir()
    else:
        path = tmp_path / name
    result = run(command, str(path), cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].strip()
    no_traceback(result)


@pytest.mark.parametrize("args", [["validate"], ["request"], ["request", "x.json", "--nope"]])
def test_bad_options_exit_2_with_one_line(tmp_path, args):
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    no_traceback(result)


# ---- request -----------------------------------------------------------------------------------------------------

def test_request_prints_the_exact_body_with_ids_applied_and_secrets_masked(tmp_path):
    preset = {"mixframe": 1, "name": "Show", "vendor": "volcengine",
              "request": {k: v for k, v in S3_BODY.items() if k not in ("AppId", "RoomId", "TaskId")}}
    path = write(tmp_path, "show.json", preset)
    result = run("request", str(path), "--app-id", "appX", "--room", "roomX", "--task", "taskX", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    body = json.loads(result.stdout)
    expected = copy.deepcopy(S3_BODY)
    expected.update(AppId="appX", RoomId="roomX", TaskId="taskX")
    expected["StorageConfig"]["CustomConfig"].update(AccessKey="******", SecretKey="******")
    assert json.dumps(body, sort_keys=True) == json.dumps(expected, sort_keys=True)
    everything = result.stdout + result.stderr
    assert ACCESS not in everything and SECRET not in everything
    no_traceback(result)


def test_request_options_override_the_file(tmp_path):
    path = write(tmp_path, "body.json", S3_BODY)
    result = run("request", str(path), "--task", "other-task", cwd=tmp_path)
    assert result.returncode == 0
    body = json.loads(result.stdout)
    assert (body["AppId"], body["RoomId"], body["TaskId"]) == ("app1", "room1", "other-task")
    assert ACCESS not in result.stdout + result.stderr


def test_request_sends_the_seed_spelling_fixed(tmp_path):
    seed = copy.deepcopy(SEED_EXAMPLE)
    seed["BusinessId"] = "biz1"
    result = run("request", str(write(tmp_path, "seed.json", seed)), "--app-id", "661e0000543cf", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    tos = json.loads(result.stdout)["StorageConfig"]["TosConfig"]
    assert tos == {"AccountId": "21****89", "Region": 0, "Bucket": "tos-vod-c****16fd9e8343"}


def test_request_without_ids_is_invalid(tmp_path):
    preset = {"mixframe": 1, "name": "Show", "vendor": "volcengine",
              "request": {"StorageConfig": {"TosConfig": {"AccountId": "1", "Bucket": "b"}}}}
    result = run("request", str(write(tmp_path, "p.json", preset)), cwd=tmp_path)
    assert result.returncode == 1
    paths = {line.split(": ", 1)[0] for line in result.stdout.splitlines()}
    assert {"AppId", "RoomId", "TaskId"} <= paths


def test_request_on_invalid_body_prints_no_json(tmp_path):
    result = run("request", str(write(tmp_path, "broken.json", broken_body())), cwd=tmp_path)
    assert result.returncode == 1
    assert "{" not in result.stdout and "[\n" not in result.stdout
    with pytest.raises(ValueError):
        json.loads(result.stdout)
    paths = {line.split(": ", 1)[0] for line in result.stdout.splitlines() if not line.startswith("warning: ")}
    assert BROKEN_PATHS <= paths
    assert ACCESS not in result.stdout + result.stderr and SECRET not in result.stdout + result.stderr
    no_traceback(result)


def test_request_qingcloud_masks_the_sign_key(tmp_path):
    body = {"app_id": "a", "project_id": "p", "channel": "c", "sign_key": "QC-SIGN-LEAK-99"}
    result = run("request", str(write(tmp_path, "q.json", body)), "--room", "room9", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    out = json.loads(result.stdout)
    assert out == {"app_id": "a", "project_id": "p", "channel": "room9", "sign_key": "******"}
    assert "QC-SIGN-LEAK-99" not in result.stdout + result.stderr


def test_window_without_a_display_says_so_in_one_line():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "mixframe"], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display found" in lines[0]
    assert "Reinstalling" not in done.stderr and "Traceback" not in done.stderr
