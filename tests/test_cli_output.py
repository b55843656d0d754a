"""What the command line prints, and where: every line printable whatever a file or a server holds,
every stdout encoding, a closed pipe or a full disk, and every file `render -o` cannot write.

Run as a user runs them: a subprocess, its exit code and its output (the server tests run `main`
in the process, as tests/test_cli_calls.py does, to share its fake servers).
"""

from __future__ import annotations

import errno
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mixframe.cli import main
from servers import echo_server

# Every character that breaks or disguises a line on a terminal: C0 and C1 controls, DEL, the line
# and paragraph separators, the bidi marks, embeddings, overrides and isolates, lone surrogates.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
HOSTILE = "x\x1b[31m\r\x00\t\u2028\u2029\u202e\u2066\x85\x9b\x7fy"

OK_BODY = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1", "Layout": {"LayoutMode": 0},
           "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bkt"}}}


def run(*args, cwd: Path, encoding: str = "utf-8", **environment: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
           "MIXFRAME_LOG_DIR": str(cwd / "logs"), **environment}
    return subprocess.run([sys.executable, "-m", "mixframe", *args], cwd=cwd, env=env, capture_output=True,
                          timeout=120)


def text(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def write(folder: Path, name: str, data) -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def assert_printable_lines(output: str) -> list[str]:
    lines = output.split("\n")
    assert lines[-1] == "", "output ends with a line break"
    for line in lines[:-1]:
        assert not UNPRINTABLE.search(line), repr(line)
    return lines[:-1]


# ---- item 16: one problem is one printable line ---------------------------------------------------------------

def hostile_document() -> dict:
    return {"AppId": "app1", "RoomId": "room1", "TaskId": "task1",
            "Encode": {"VideoFps": HOSTILE, HOSTILE: 1, "VideoCodec": HOSTILE},
            "Layout": {"LayoutMode": HOSTILE},
            "FileNameConfig": {"Pattern": HOSTILE, "Prefix": [HOSTILE]},
            "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": HOSTILE}}}


def test_control_characters_in_a_file_are_escaped_and_each_problem_is_one_line(tmp_path):
    from mixframe.store.presets import read_document

    path = write(tmp_path, "hostile.json", hostile_document())
    result = run("validate", str(path), cwd=tmp_path)
    assert result.returncode == 1
    lines = assert_printable_lines(text(result.stdout))
    assert len(lines) == len(read_document(path).check(draft=True))  # one line per problem, no more
    escaped = "x\\x1b[31m\\x0d\\x00\\x09\\u2028\\u2029\\u202e\\u2066\\x85\\x9b\\x7fy"
    assert f'Encode.VideoFps: must be a whole number (got the text "{escaped}")' in lines
    assert any(line.startswith('Encode["x\\u001b[31m') and "is not a field the API knows" in line for line in lines)


def test_control_characters_in_a_file_name_are_escaped(tmp_path):
    name = "bad\x1b[2J\r\u2028\u202ename.json"
    (tmp_path / name).write_text("{", encoding="utf-8")
    for command in (["validate", name], ["request", name], ["render", name, "-o", "x.png"],
                    ["validate", name, "missing\x07.json"]):
        result = run(*command, cwd=tmp_path)
        assert result.returncode == 2, command
        lines = assert_printable_lines(text(result.stderr))
        assert "bad\\x1b[2J\\x0d\\u2028\\u202ename.json is not valid JSON" in lines[0]
        assert len(lines) == len(command) - 1 - (2 if command[0] == "render" else 0)
    write(tmp_path, "ok.json", OK_BODY)
    result = run("render", "ok.json", "-o", "out\x1b]0;title\x07.png", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert assert_printable_lines(text(result.stdout)) == ["out\\x1b]0;title\\x07.png"]


def test_the_request_body_stays_the_same_json_with_every_line_printable(tmp_path):
    image = "https://example.com/a\u2028b\u202ec\x85d\x1b[2Je\x7f.png"  # a URL field takes any text
    body = {**OK_BODY, "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "alice"}]},
            "Layout": {"LayoutMode": 2, "CustomLayout": {
                "Canvas": {"Width": 640, "Height": 360, "BackgroundImage": image},
                "Regions": [{"StreamIndex": 0, "Width": 640, "Height": 360, "AlternateImage": image}]}}}
    path = write(tmp_path, "body.json", body)
    result = run("request", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = assert_printable_lines(text(result.stdout))
    printed = json.loads("\n".join(lines))  # still the same JSON
    assert printed["Layout"]["CustomLayout"]["Canvas"]["BackgroundImage"] == image
    assert printed["Layout"]["CustomLayout"]["Regions"][0]["AlternateImage"] == image
    assert '"BackgroundImage": "https://example.com/a\\u2028b\\u202ec\\u0085d\\u001b[2Je\\u007f.png"' in text(result.stdout)


def test_an_argument_with_control_characters_is_escaped_in_the_error(tmp_path):
    for argument in ("--vendor=volc\x1b[31m\u2028", "--bogus\x1b[31m\u2028"):
        result = run("stop", argument, cwd=tmp_path)
        assert result.returncode == 2
        lines = assert_printable_lines(text(result.stderr))
        assert len(lines) == 1 and "\\x1b[31m\\u2028" in lines[0], lines


@pytest.fixture
def volc_env(tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MIXFRAME_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("VOLC_ACCESSKEY", "AK")
    monkeypatch.setenv("VOLC_SECRETKEY", "volc-secret-key-1")


IDS = ["--app-id", "a", "--room", "r", "--task", "t"]


def test_a_server_s_code_message_and_object_key_print_as_printable_lines(capsys, volc_env):
    def answer(body, path):
        return 200, {"ResponseMetadata": {"RequestId": "r1\x1b[2K", "Action": "GetRecordTask", "Version": "2023-11-01"},
                     "Result": {"RecordTask": {"Status": 3, "StopReason": "over\rwritten\u2028",
                                               "RecordFileList": [{"ObjectKey": f"key{HOSTILE}.mp4", "Size": 1}]}}}

    with echo_server(answer) as url:
        code = main(["status", "--endpoint", url, *IDS])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = assert_printable_lines(out)
    assert "File: keyx\\x1b[31m\\x0d\\x00\\x09\\u2028\\u2029\\u202e\\u2066\\x85\\x9b\\x7fy.mp4 (0 ms, 1 bytes)" in lines
    assert any(line.startswith("Status: 3") and "over\\x0dwritten\\u2028" in line for line in lines)
    assert_printable_lines(err) if err else None

    def refuse(body, path):
        return 400, {"ResponseMetadata": {"RequestId": "r2\u2028", "Error": {
            "Code": "Invalid\x1b[31mParameter", "Message": f"bad\r\n{HOSTILE}\x00"}}}

    with echo_server(refuse) as url:
        code = main(["status", "--endpoint", url, *IDS])
    out, err = capsys.readouterr()
    assert code == 1
    lines = assert_printable_lines(err)
    assert any("Invalid\\x1b[31mParameter" in line for line in lines)
    assert any("bad\\x0d\\x0ax\\x1b" in line for line in lines)  # the Message is one line


# ---- item 14: every stdout/stderr encoding, every command ------------------------------------------------------

@pytest.mark.parametrize("encoding", ["ascii:strict", "latin-1:strict", "cp1252:strict"])
def test_an_output_that_cannot_take_the_text_gets_escapes_not_a_crash(tmp_path, encoding):
    invalid = write(tmp_path, "直播.json", {**OK_BODY, "AppId": "直播", "Encode": {"VideoFps": 500}})
    valid = write(tmp_path, "有效.json", {**OK_BODY, "FileNameConfig": {"Pattern": "直播_{TaskId}"}})
    commands = [
        (["validate", str(invalid)], 1),
        (["validate", str(valid), str(tmp_path / "缺少.json")], 2),
        (["request", str(valid)], 0),
        (["render", str(valid), "-o", str(tmp_path / "画面.png")], 0),
        (["render", str(invalid), "-o", str(tmp_path / "画面.png")], 1),
        (["stop", "--vendor", "直播"], 2),
        (["validate", "--help"], 0),
    ]
    for language in ("zh_CN.UTF-8", "C.UTF-8"):
        for command, expected in commands:
            result = run(*command, cwd=tmp_path, PYTHONIOENCODING=encoding, LANG=language, LC_ALL="")
            printed = result.stdout + result.stderr
            assert result.returncode == expected, (command, language, printed)
            assert b"Traceback" not in printed and b"unexpected error" not in printed
            printed.decode(encoding.split(":")[0])  # nothing the output could not take
    result = run("validate", str(invalid), cwd=tmp_path, PYTHONIOENCODING="ascii:strict", LANG="zh_CN.UTF-8",
                 LC_ALL="")
    assert "Encode.VideoFps: \\u53d6\\u503c" in result.stdout.decode("ascii")  # 取值…, escaped


# ---- item 20: a closed pipe is not success -----------------------------------------------------------------------

def run_into_closed_pipe(*args, cwd: Path) -> subprocess.CompletedProcess:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line (`| head -0`)
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MIXFRAME_LOG_DIR": str(cwd / "logs")}
        return subprocess.run([sys.executable, "-m", "mixframe", *args], cwd=cwd, env=env, stdout=write_end,
                              stderr=subprocess.PIPE, timeout=120)
    finally:
        os.close(write_end)


def test_a_closed_pipe_is_exit_2_without_a_traceback_for_every_command(tmp_path):
    invalid = write(tmp_path, "bad.json", {**OK_BODY, "Encode": {"VideoFps": 500}})
    valid = write(tmp_path, "ok.json", OK_BODY)
    for command in (["validate", str(invalid)], ["request", str(valid)],
                    ["render", str(valid), "-o", str(tmp_path / "f.png")], ["--help"], ["validate", "--help"],
                    ["--version"]):
        result = run_into_closed_pipe(*command, cwd=tmp_path)
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr == b"", command  # no traceback, no "Exception ignored", no bug report
    assert not (tmp_path / "logs").exists()
    # Nothing to print, nothing lost: a valid file is still exit 0.
    assert run_into_closed_pipe("validate", str(valid), cwd=tmp_path).returncode == 0


def test_a_full_disk_under_stdout_is_one_sentence_and_exit_2(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    valid = write(tmp_path, "ok.json", OK_BODY)
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "mixframe", "request", str(valid)], cwd=tmp_path,
                                env={**os.environ, "MIXFRAME_LOG_DIR": str(tmp_path / "logs")}, stdout=full,
                                stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == ["mixframe: cannot write the output: No space left on device."]


# ---- items 14 and 21: the file render -o writes ------------------------------------------------------------------

def test_render_output_names_the_system_refuses_are_one_sentence(tmp_path):
    valid = write(tmp_path, "ok.json", OK_BODY)
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "folder.png").mkdir()
    cases = {
        "a" * 300 + ".png": "the name is too long for the file system.",
        "folder.png": "it is a folder.",
        "no-such-folder/f.png": "the folder no-such-folder does not exist.",
        "a-file/f.png": "a part of its folder a-file is a file, not a folder.",
    }
    for output, reason in cases.items():
        result = run("render", str(valid), "-o", output, cwd=tmp_path)
        assert result.returncode == 2, (output, result.stderr)
        assert text(result.stderr).splitlines() == [f"Cannot write {output}: {reason}"]
        assert result.stdout == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "folder.png", "ok.json"]


def test_render_writes_a_non_utf8_name_as_the_very_bytes_given(tmp_path):
    valid = write(tmp_path, "ok.json", OK_BODY)
    name = b"frame-\xff\xfe.png"
    result = subprocess.run([sys.executable, "-m", "mixframe", "render", str(valid).encode(), b"-o", name],
                            cwd=tmp_path, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                               "PYTHONIOENCODING": "utf-8"}, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert sorted(os.listdir(bytes(tmp_path))) == sorted([b"ok.json", name])  # no other file
    assert (bytes(tmp_path) + b"/" + name).startswith(bytes(tmp_path))
    with open(bytes(tmp_path) + b"/" + name, "rb") as png:
        assert png.read(8) == b"\x89PNG\r\n\x1a\n"
    assert result.stdout == b"frame-\\udcff\\udcfe.png\n"  # said escaped, on one line


@pytest.mark.parametrize("code, reason", [
    (errno.EACCES, "permission denied."), (errno.EPERM, "permission denied."),
    (errno.EROFS, "the file system is read-only."), (errno.ENOSPC, "the disk is full."),
    (errno.EDQUOT, "the disk is full."), (errno.EIO, "Input/output error."),
])
def test_every_write_failure_is_one_sentence_and_leaves_no_half_file(tmp_path, monkeypatch, code, reason):
    from mixframe.model.problems import DocumentError
    from mixframe.render import export

    target = tmp_path / "out.png"

    class Failing:
        def __init__(self, *args):
            target.write_bytes(b"half")

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def write(self, data):
            raise OSError(code, os.strerror(code))

    monkeypatch.setattr(export, "open", Failing, raising=False)
    with pytest.raises(DocumentError) as caught:
        export.write_file(str(target), b"data")
    assert str(caught.value) == f"Cannot write {target}: {reason}"
    assert not target.exists()


def test_a_closed_stdout_or_stderr_is_exit_2_not_a_bug(tmp_path):
    invalid = write(tmp_path, "bad.json", {**OK_BODY, "Encode": {"VideoFps": 500}})
    env = {**os.environ, "MIXFRAME_LOG_DIR": str(tmp_path / "logs")}
    result = subprocess.run([sys.executable, "-m", "mixframe", "validate", str(invalid)], cwd=tmp_path, env=env,
                            stdout=None, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1), timeout=120)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == ["mixframe: cannot write the output: Bad file descriptor."]
    result = subprocess.run([sys.executable, "-m", "mixframe", "validate", str(tmp_path / "missing.json")],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=None, preexec_fn=lambda: os.close(2),
                            timeout=120)
    assert result.returncode == 2 and result.stdout == b""
    assert not (tmp_path / "logs").exists()  # not reported as a bug


def test_a_name_the_system_cannot_take_is_one_sentence(tmp_path):
    from mixframe.model.problems import DocumentError
    from mixframe.render import export

    for name in ("frame-\ud800.png", "frame-\x00.png"):  # not a surrogateescape'd byte; a NUL
        with pytest.raises(DocumentError) as caught:
            export.write_file(str(tmp_path / name), b"data")
        assert str(caught.value).endswith(": the system cannot take this file name.")
        assert "\n" not in str(caught.value) and "\x00" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []
