"""Hostile files through the commands (issue 7, sections 2 and 6): exit 2 (unreadable) or 1 (invalid)
with sentences and no traceback, on a strict UTF-8 stdout, in validate, request, render and start;
and the same verdict in all of them.

Most runs are in-process with stdout and stderr as strict UTF-8 streams (what
``PYTHONIOENCODING=utf-8:strict`` gives); a few are real subprocesses, including the render that
used to die with a segmentation fault.
"""

from __future__ import annotations

import copy
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mixframe import cli

LAYOUT = {
    "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "alice"}, {"Index": 1, "UserId": "bob"}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Canvas": {"Width": 640, "Height": 360},
        "Regions": [{"StreamIndex": 0, "Width": 640, "Height": 360},
                    {"StreamIndex": 1, "LocationX": 440, "LocationY": 240, "Width": 200, "Height": 120, "ZOrder": 1}],
    }},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bkt"}},
}
BODY = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1", **LAYOUT}
REGION_1 = ("Layout", "CustomLayout", "Regions", 1)


def changed(*path, value, body=BODY) -> dict:
    body = copy.deepcopy(body)
    node = body
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return body


def as_text(data) -> str:
    return data if isinstance(data, str) else json.dumps(data)  # ensure_ascii: "\udc80" stays an escape


def nested_field(depth: int) -> str:
    return json.dumps(BODY)[:-1] + ', "Foo": ' + '{"a": ' * depth + "1" + "}" * depth + "}"


# Read-time refusals: exit 2, one sentence.
UNREADABLE = {
    "array-50000-deep": "[" * 50_000 + "]" * 50_000,
    "object-3000-deep-in-a-field": nested_field(3000),
    "object-100-deep-in-a-field": nested_field(100),
    "int-5000-digits": json.dumps(BODY).replace('"ZOrder": 1', '"ZOrder": ' + "9" * 5000),
    "nan": json.dumps(BODY).replace('"ZOrder": 1', '"ZOrder": 1, "Alpha": NaN'),
    "infinity": json.dumps(BODY).replace('"ZOrder": 1', '"ZOrder": Infinity'),
}
# Field errors: exit 1, the problem at its API path.
INVALID = {
    "corner-500-digits": (changed(*REGION_1, "CornerRadius", value=10**500), "Layout.CustomLayout.Regions[1].CornerRadius"),
    "crop-500-digits": (changed(*REGION_1, "SourceCrop", value={"LocationX": 10**500}),
                        "Layout.CustomLayout.Regions[1].SourceCrop.LocationX"),
    "crop-1e300": (changed(*REGION_1, "SourceCrop", value={"HeightProportion": 1e300}),
                   "Layout.CustomLayout.Regions[1].SourceCrop.HeightProportion"),
    "alpha-1e400": (json.dumps(BODY).replace('"ZOrder": 1', '"ZOrder": 1, "Alpha": 1e400'),
                    "Layout.CustomLayout.Regions[1].Alpha"),
    "x-500-digits": (changed(*REGION_1, "LocationX", value=10**500), "Layout.CustomLayout.Regions[1].LocationX"),
    "surrogate-pattern": ({**BODY, "FileNameConfig": {"Pattern": "{TaskId}\udc80"}}, "FileNameConfig.Pattern"),
    "surrogate-background-image": (changed("Layout", "CustomLayout", "Canvas", "BackgroundImage",
                                           value="https://a.example/\udc80.png"),
                                   "Layout.CustomLayout.Canvas.BackgroundImage"),
    "surrogate-user-id": (changed("TargetStreams", "StreamList", 0, "UserId", value="al\udc80ce"),
                          "TargetStreams.StreamList[0].UserId"),
    "surrogate-key": ({**BODY, "Fo\udc80o": 1}, "Fo\\udc80o"),
}


def run(*argv: str) -> tuple[int, str, str]:
    """`mixframe argv…` in-process, its stdout and stderr strict UTF-8 like a terminal's."""
    out, err = io.BytesIO(), io.BytesIO()
    streams = sys.stdout, sys.stderr
    wrappers = [io.TextIOWrapper(b, encoding="utf-8", errors="strict", write_through=True) for b in (out, err)]
    sys.stdout, sys.stderr = wrappers
    try:
        code = cli.main(list(argv))
    finally:
        sys.stdout, sys.stderr = streams
        for wrapper in wrappers:
            wrapper.flush()
            wrapper.detach()  # leave the bytes readable
    return code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")


def file_of(tmp_path: Path, data, name: str = "hostile.json") -> str:
    path = tmp_path / name
    path.write_text(as_text(data), encoding="utf-8")
    return str(path)


def commands(path: str, tmp_path: Path) -> dict[str, tuple[str, ...]]:
    return {
        "validate": ("validate", path),
        "request": ("request", path),
        "render": ("render", path, "-o", str(tmp_path / "frame.png")),
        # Refused before any connection is tried: the port is never reached.
        "start": ("start", path, "--endpoint", "http://127.0.0.1:9"),
    }


@pytest.mark.parametrize("case", list(UNREADABLE))
def test_unreadable_hostile_files_exit_2_with_one_sentence(case, tmp_path, monkeypatch):
    monkeypatch.setenv("VOLC_ACCESSKEY", "ak")
    monkeypatch.setenv("VOLC_SECRETKEY", "sk")
    path = file_of(tmp_path, UNREADABLE[case])
    for name, argv in commands(path, tmp_path).items():
        code, out, err = run(*argv)
        assert code == 2, (name, code, out, err)
        assert out == "" and len(err.strip().splitlines()) == 1, (name, err)
        assert err.startswith("hostile.json ") and "Traceback" not in err
    assert not (tmp_path / "frame.png").exists()


@pytest.mark.parametrize("case", list(INVALID))
def test_invalid_hostile_files_exit_1_naming_the_path(case, tmp_path, monkeypatch):
    monkeypatch.setenv("VOLC_ACCESSKEY", "ak")
    monkeypatch.setenv("VOLC_SECRETKEY", "sk")
    data, where = INVALID[case]
    path = file_of(tmp_path, data)
    outputs = {}
    for name, argv in commands(path, tmp_path).items():
        code, out, err = run(*argv)
        assert code == 1, (name, code, out, err)
        assert "Traceback" not in out + err
        errors = [line for line in out.splitlines() if not line.startswith("warning: ")]
        assert [line.split(": ", 1)[0] for line in errors] == [where], (name, out)
        outputs[name] = errors
    # The same verdict everywhere.
    assert outputs["request"] == outputs["validate"] == outputs["render"] == outputs["start"]
    assert not (tmp_path / "frame.png").exists()


def test_a_file_name_that_is_not_utf8_still_prints(tmp_path):
    name = os.fsdecode(b"bad\xff.json")  # surrogateescape: "bad\udcff.json"
    code, out, err = run("validate", str(tmp_path / name))
    assert code == 2 and "bad\\udcff.json does not exist." in err
    code, out, err = run("validate", str(tmp_path / name), str(tmp_path / "other.json"))
    assert code == 2 and "bad\\udcff.json: " in err


# ---- the same verdict everywhere (section 6) -------------------------------------------------------------------


def test_a_qingcloud_preset_saved_by_mixframe_validates(tmp_path):
    from mixframe.model.preset import LoadedDocument
    from mixframe.store.presets import write_preset

    doc = LoadedDocument("qingcloud", {"app_id": "a", "project_id": "p", "channel": "c", "sign_key": "secret",
                                       "is_mixing_enabled": 1, "layout_mode": 2})
    path = tmp_path / "q.mixframe.json"
    write_preset(path, doc, name="Q")
    code, out, err = run("validate", str(path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "warning: app_id: is not set in this file; give it with --app-id when the recording starts",
        "warning: channel: is not set in this file; give it with --room when the recording starts",
    ]
    # The secret comes from the account at start: request shows it masked and says so, as validate's verdict is.
    code, out, err = run("request", str(path), "--app-id", "a", "--room", "c")
    assert code == 0 and json.loads(out)["sign_key"] == "******" and "secret" not in out
    assert err.splitlines() == ["warning: sign_key: is a secret kept in the account's keyring; it is filled in when "
                                "the recording starts"]


def test_a_bare_body_without_ids_warns_in_validate_and_request_names_the_options(tmp_path):
    path = file_of(tmp_path, LAYOUT)
    code, out, err = run("validate", path)
    assert (code, err) == (0, "")
    assert [line.split(": ")[1] for line in out.splitlines()] == ["AppId", "RoomId", "TaskId"]
    assert all(line.startswith("warning: ") for line in out.splitlines())
    for option in ("--app-id", "--room", "--task"):
        assert option in out
    code, out, err = run("request", path)
    assert code == 1
    assert out.splitlines()[0] == "AppId: is required: give it with --app-id"
    code, out, err = run("request", path, "--app-id", "a", "--room", "r", "--task", "t")
    assert code == 0 and json.loads(out)["AppId"] == "a"


def test_render_refuses_an_invalid_body_with_validates_problems(tmp_path):
    typo = copy.deepcopy(BODY)
    region = typo["Layout"]["CustomLayout"]["Regions"][1]
    region["LocationXX"] = region.pop("LocationX")
    path = file_of(tmp_path, typo)
    validated = run("validate", path)
    code, out, err = run("render", path, "-o", str(tmp_path / "frame.png"))
    assert code == 1 and out == validated[1] and out.startswith("Layout.CustomLayout.Regions[1].LocationXX: ")
    assert "Nothing was drawn" in err
    assert not (tmp_path / "frame.png").exists()


def test_a_string_canvas_width_is_one_error_everywhere(tmp_path):
    body = changed("Layout", "CustomLayout", "Canvas", "Width", value="1280")
    body["Layout"]["CustomLayout"]["Regions"][0]["Width"] = 1280  # fits the width the user meant
    path = file_of(tmp_path, body)
    for argv in (("validate", path), ("request", path), ("render", path, "-o", str(tmp_path / "f.png"))):
        code, out, err = run(*argv)
        assert code == 1
        assert out.splitlines() == ['Layout.CustomLayout.Canvas.Width: must be a whole number (got the text "1280")']


# ---- real processes ----------------------------------------------------------------------------------------------


def subprocess_run(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8:strict"}
    return subprocess.run([sys.executable, "-m", "mixframe", *argv], cwd=cwd, env=env, capture_output=True,
                          timeout=120)


def test_render_of_a_huge_corner_radius_no_longer_crashes_the_process(tmp_path):
    # It used to die with a segmentation fault (exit -11): an exception inside an active painter.
    path = file_of(tmp_path, INVALID["corner-500-digits"][0])
    result = subprocess_run("render", path, "-o", str(tmp_path / "frame.png"), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.decode().startswith("Layout.CustomLayout.Regions[1].CornerRadius: must be in [0, 1]")
    assert b"Traceback" not in result.stderr


def test_a_surrogate_problem_prints_on_a_strict_utf8_stdout(tmp_path):
    path = file_of(tmp_path, INVALID["surrogate-pattern"][0])
    result = subprocess_run("validate", path, cwd=tmp_path)
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    assert result.stdout.decode("utf-8") == ("FileNameConfig.Pattern: holds a lone surrogate (\\udc80), which is not "
                                             "Unicode text and cannot be sent as UTF-8\n")


def test_a_valid_file_still_renders(tmp_path):
    path = file_of(tmp_path, BODY)
    result = subprocess_run("render", path, "-o", str(tmp_path / "frame.png"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "frame.png").stat().st_size > 0


def test_a_saved_s3_preset_validates_because_its_keys_come_from_the_keyring(tmp_path):
    """A preset never holds the S3 keys, so validate must not call the saved file invalid for it;
    sending without them still refuses (they are filled from the account at start)."""
    from mixframe.model import volcengine

    body = {"TargetStreams": {"StreamList": [{"UserId": "a"}]},
            "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 0, "Region": 0, "Bucket": "b"}}}
    draft = volcengine.check_start(body, draft=True)
    assert not [p for p in draft if p.is_error]
    assert {p.path for p in draft if p.rule == volcengine.SECRET_AT_START} == {
        "StorageConfig.CustomConfig.AccessKey", "StorageConfig.CustomConfig.SecretKey"}
    sending = volcengine.check_start({**body, "AppId": "a", "RoomId": "r", "TaskId": "t"})
    assert {p.path for p in sending if p.is_error} >= {"StorageConfig.CustomConfig.AccessKey"}


# Not a regular file, or too large: every command refuses before reading (issue 14, items 15 and 26).
def _special_files(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """name -> (path, the sentence every command prints)."""
    found = {}
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.json"
        os.mkfifo(fifo)
        found["fifo"] = (str(fifo), "pipe.json is a named pipe (FIFO), not a file, so it was not read.")
    if os.path.exists("/dev/null"):
        found["device"] = ("/dev/null", "null is a device, not a file, so it was not read.")
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(9 * 1024 * 1024)  # sparse: no disk spent
    found["too-large"] = (str(big), "big.json is larger than 8 MiB, far more than any preset or request file, "
                                    "so it was not read.")
    return found


def test_fifos_devices_and_huge_files_are_one_sentence_in_every_command(tmp_path, monkeypatch):
    import threading

    monkeypatch.setenv("VOLC_ACCESSKEY", "ak")
    monkeypatch.setenv("VOLC_SECRETKEY", "sk")
    for kind, (path, sentence) in _special_files(tmp_path).items():
        for name, argv in commands(path, tmp_path).items():
            result: list = []
            thread = threading.Thread(target=lambda: result.append(run(*argv)), daemon=True)
            thread.start()
            thread.join(20)
            if thread.is_alive() and kind == "fifo":  # let a reader stuck in open() go before failing
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
                thread.join(5)
            assert result, f"{name} {kind}: hung"
            assert result[0] == (2, "", sentence + "\n"), (name, kind, result[0])
    assert not (tmp_path / "frame.png").exists()
