"""`mixframe recordings list|forget`: the journal that `mixframe start/stop/status` write, read from
the command line (in-process, against the sandbox over loopback)."""

from __future__ import annotations

import json
import re

import pytest

from mixframe.cli import main
from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY
from mixframe.store.journal import Journal
from test_cli_service import PRESET


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_DATA_DIR", str(tmp_path / "data"))
    preset = tmp_path / "two-up.json"
    preset.write_text(json.dumps(PRESET))
    return preset


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_start_status_stop_from_the_command_line_are_in_the_journal(capsys, sandbox, data, monkeypatch):
    monkeypatch.setenv("VOLC_ACCESSKEY", VOLC_ACCESS_KEY)
    monkeypatch.setenv("VOLC_SECRETKEY", VOLC_SECRET_KEY)
    where = ["--endpoint", sandbox.url, "--app-id", "app1", "--room", "room1"]
    code, out, err = run(capsys, "start", data, *where)
    assert code == 0, err
    task = re.match(r"TaskId: (\S+)\n", out).group(1)

    code, out, err = run(capsys, "recordings", "list")
    assert code == 0 and err == ""
    header, row = out.splitlines()
    assert header.split() == ["ID", "VENDOR", "ACCOUNT", "ROOM", "TASK", "STARTED", "STATE", "FILES"]
    assert f"volcengine  {sandbox.url}" in row and "room1" in row and task in row and "running" in row
    code, out, _ = run(capsys, "recordings", "list", "--open", "--json")
    (shown,) = json.loads(out)
    assert (shown["task_id"], shown["state"]) == (task, "running")
    assert shown["body"]["Layout"]["CustomLayout"]["Regions"][1]["LocationX"] == 640

    assert run(capsys, "status", "--task", task, *where)[0] == 0
    assert run(capsys, "stop", "--task", task, *where)[0] == 0
    code, out, _ = run(capsys, "recordings", "list", "--json")
    (shown,) = json.loads(out)
    assert shown["state"] == "stopped" and shown["status"] == "Running"
    assert json.loads(run(capsys, "recordings", "list", "--open", "--json")[1]) == []

    code, out, err = run(capsys, "recordings", "forget", shown["id"])
    assert code == 0 and "untouched" in out
    assert Journal().entries() == []


@pytest.mark.parametrize("word", ["42", "x"])
def test_forget_an_unknown_id_is_one_sentence_and_exit_2(capsys, data, word):
    code, out, err = run(capsys, "recordings", "forget", word)
    assert code == 2 and out == ""
    assert err == f"mixframe recordings: no task with ID '{word}' in the journal (mixframe recordings list shows the IDs).\n"


def test_an_unusable_journal_is_one_sentence_and_exit_2(capsys, data, tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "recordings.sqlite3").write_bytes(b"garbage" * 500)
    code, out, err = run(capsys, "recordings", "list")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith("mixframe recordings: The recordings journal ") and "Traceback" not in err


def test_a_start_with_an_unusable_journal_still_records_and_warns(capsys, sandbox, data, tmp_path, monkeypatch):
    monkeypatch.setenv("VOLC_ACCESSKEY", VOLC_ACCESS_KEY)
    monkeypatch.setenv("VOLC_SECRETKEY", VOLC_SECRET_KEY)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "recordings.sqlite3").write_bytes(b"garbage" * 500)
    code, out, err = run(capsys, "start", data, "--endpoint", sandbox.url, "--app-id", "app1", "--room", "room1")
    assert code == 0 and sandbox.count("StartRecord") == 1
    assert err.startswith("warning: The recordings journal ") and err.count("\n") == 1


def test_recordings_is_a_command_with_help(capsys):
    with pytest.raises(SystemExit) as done:
        main(["recordings", "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0 and "list" in out and "forget" in out
