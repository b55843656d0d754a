"""`-` as FILE: validate, request, render, start and update read the document from standard input,
under the rules a file is read by (the 8 MiB cap and its sentence, UTF-8, not empty)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from mixframe.cli import main
from mixframe.model.values import MAX_DOCUMENT_BYTES
from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY, start_sandbox

PRESET = {"mixframe": 1, "name": "two up", "vendor": "volcengine", "request": {
    "TargetStreams": {"StreamList": [{"UserId": "alice", "Index": 0}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 640, "Height": 360}, "Regions": [
        {"StreamIndex": 0, "Width": 640, "Height": 360}]}},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}}}
BAD = {**PRESET, "request": {**PRESET["request"], "Encode": {"VideoFps": 500}}}


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    for k in ("VOLC_ACCESSKEY", "VOLC_SECRETKEY", "VOLC_SESSION_TOKEN", "QY_SIGN_KEY", "MIXFRAME_LANG", "LC_ALL",
              "LC_MESSAGES"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return tmp_path


def feed(monkeypatch, data: bytes | str | None) -> None:
    if data is None:
        monkeypatch.setattr(sys, "stdin", None)
        return
    raw = data.encode("utf-8") if isinstance(data, str) else data
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_reads_standard_input(capsys, env, monkeypatch):
    feed(monkeypatch, json.dumps(PRESET))
    code, out, err = run(capsys, "validate", "-")
    assert code == 0 and "error" not in out
    feed(monkeypatch, json.dumps(BAD))
    code, out, err = run(capsys, "validate", "-")
    assert code == 1 and "\nEncode.VideoFps: must be in [1, 60] (got 500)\n" in out


def test_validate_json_names_standard_input(capsys, env, monkeypatch):
    feed(monkeypatch, json.dumps(BAD))
    code, out, err = run(capsys, "validate", "--json", "-")
    data = json.loads(out)
    assert code == 1 and err == "" and data["files"][0]["file"] == "-" and data["files"][0]["valid"] is False


def test_request_and_render_read_standard_input(capsys, env, monkeypatch, tmp_path):
    feed(monkeypatch, json.dumps(PRESET))
    code, out, err = run(capsys, "request", "-", "--app-id", "a", "--room", "r", "--task", "t")
    assert code == 0, err
    assert json.loads(out)["TaskId"] == "t"
    pytest.importorskip("PySide6.QtGui")
    feed(monkeypatch, json.dumps(PRESET))
    png = tmp_path / "frame.png"
    code, out, err = run(capsys, "render", "-", "-o", png)
    assert code == 0, err
    assert png.read_bytes().startswith(b"\x89PNG")


def test_start_and_update_read_standard_input(capsys, env, monkeypatch):
    monkeypatch.setenv("VOLC_ACCESSKEY", VOLC_ACCESS_KEY)
    monkeypatch.setenv("VOLC_SECRETKEY", VOLC_SECRET_KEY)
    with start_sandbox() as sandbox:
        where = ["--endpoint", sandbox.url, "--app-id", "a", "--room", "r", "--task", "t1"]
        feed(monkeypatch, json.dumps(PRESET))
        code, out, err = run(capsys, "start", "-", *where, "--quiet")
        assert (code, out) == (0, "t1\n"), err
        feed(monkeypatch, json.dumps(PRESET))
        code, out, err = run(capsys, "update", "-", *where)
        assert code == 0, err
        assert sandbox.volcengine.tasks[("a", "r", "t1")].updates == 1


def test_standard_input_is_capped_as_a_file_is_with_the_same_sentence(capsys, env, monkeypatch, tmp_path):
    big = b" " * MAX_DOCUMENT_BYTES + b"{}"
    (tmp_path / "big.json").write_bytes(big)
    code, _, file_err = run(capsys, "validate", tmp_path / "big.json")
    assert code == 2
    feed(monkeypatch, big)
    code, out, err = run(capsys, "validate", "-")
    assert code == 2 and out == ""
    assert err == file_err.replace("big.json", "Standard input")


@pytest.mark.parametrize("data,expected", [
    (b"", "Standard input is empty."),
    (b"\xff\xfe{}", "Standard input is not a text file (it is not UTF-8)."),
    (b"{nope", "Standard input is not valid JSON"),
    (None, "Standard input cannot be read: bad file descriptor."),
])
def test_unreadable_standard_input_is_one_sentence_exit_2(capsys, env, monkeypatch, data, expected):
    for command in (["validate", "-"], ["start", "-", "--endpoint", "http://127.0.0.1:9"]):
        feed(monkeypatch, data)
        code, out, err = run(capsys, *command)
        assert code == 2 and out == "" and err.startswith(expected) and len(err.splitlines()) == 1, err


def test_standard_input_given_twice_is_bad_input_before_reading(capsys, env, monkeypatch):
    feed(monkeypatch, json.dumps(PRESET))
    code, out, err = run(capsys, "validate", "-", "-")
    assert code == 2 and out == "" and "given only once" in err and len(err.splitlines()) == 1
    assert sys.stdin.read() == json.dumps(PRESET)  # nothing was read


def test_a_real_pipe_into_validate(env, tmp_path):
    result = subprocess.run([sys.executable, "-m", "mixframe", "validate", "-"], input=json.dumps(BAD).encode(),
                            capture_output=True, timeout=120, env={**__import__("os").environ, "LANG": "C.UTF-8"})
    assert result.returncode == 1 and b"\nEncode.VideoFps: must be in [1, 60] (got 500)\n" in result.stdout


def test_help_says_dash_reads_standard_input(capsys):
    for command in ("validate", "request", "render", "start", "update"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = capsys.readouterr().out
        assert "- reads it from standard input" in " ".join(out.split()), command


def test_the_stdin_sentences_are_chinese_in_a_chinese_environment(env):
    environ = {**__import__("os").environ, "MIXFRAME_LANG": "zh_CN", "QT_QPA_PLATFORM": "offscreen"}
    for argv, data, expected in ((["validate", "-"], b"", "标准输入"), (["validate", "-", "-"], b"{}", "只能给出一次")):
        result = subprocess.run([sys.executable, "-m", "mixframe", *argv], input=data, capture_output=True,
                                timeout=120, env=environ)
        assert result.returncode == 2 and expected in result.stderr.decode("utf-8")
