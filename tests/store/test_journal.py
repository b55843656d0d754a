"""store/journal.py: the recordings journal in SQLite (WAL, migrations, two processes, a bad file)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from mixframe.session import RecordedFile
from mixframe.store import journal as jr
from mixframe.store.journal import Journal, JournalError
from support import ROOT


def start(journal: Journal, task_id: str = "t1", **kw) -> int:
    args = dict(vendor="volcengine", account="Work", endpoint="https://rtc.example", app_id="app1",
                room_id="room1", task_id=task_id, body={"AppId": "app1", "TaskId": task_id}, canvas=(1280, 720),
                record_mode=0, layout_mode=2)
    args.update(kw)
    return journal.starting(**args)


def test_a_task_is_kept_from_start_to_stop_with_its_files(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    row = start(journal)
    entry = journal.get(row)
    assert entry.state == "starting" and entry.open and entry.owner_pid == os.getpid()
    assert entry.body == {"AppId": "app1", "TaskId": "t1"} and entry.canvas == (1280, 720) and entry.layout_mode == 2
    journal.started(row)
    assert journal.get(row).state == "running"
    assert journal.observed("volcengine", "app1", "room1", "t1", status="Running", running=True, ended=False,
                            failed=False) == 1
    assert journal.stopped("volcengine", "app1", "room1", "t1") == 1
    journal.observed("volcengine", "app1", "room1", "t1", status="Stopped", running=False, ended=True, failed=False,
                     files=[RecordedFile("a/b.mp4", 61000, 2048)])
    entry = journal.get(row)
    assert entry.state == "stopped" and not entry.open and entry.ended_at is not None and entry.status == "Stopped"
    assert entry.files_text() == "a/b.mp4\t61000\t2048"
    assert journal.open_entries() == []


def test_the_wal_and_the_schema_version(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    start(journal)
    db = sqlite3.connect(tmp_path / "j.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == jr.SCHEMA_VERSION == len(jr.MIGRATIONS)


def test_an_old_journal_is_migrated_step_by_step_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    for statement in jr.MIGRATIONS[0]:  # a journal written by the first version
        db.execute(statement)
    db.execute("INSERT INTO tasks (vendor, app_id, room_id, task_id, started_at, updated_at, state) "
               "VALUES ('volcengine', 'a', 'r', 'old', 1, 1, 'running')")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    journal = Journal(path)
    (entry,) = journal.open_entries()
    assert entry.task_id == "old" and entry.canvas is None and entry.layout_mode is None
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == jr.SCHEMA_VERSION


def test_a_journal_from_a_newer_version_is_one_sentence(tmp_path):
    path = tmp_path / "new.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {jr.SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(JournalError) as info:
        Journal(path).entries()
    assert "newer Mixframe" in str(info.value) and str(path) in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_corrupt_journal_is_one_sentence_and_left_alone(tmp_path, content):
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(content)
    for call in (lambda j: j.entries(), lambda j: start(j)):
        with pytest.raises(JournalError) as info:
            call(Journal(path))
        said = str(info.value)
        assert said.startswith("The recordings journal ") and str(path) in said and "recordings go on" in said
        assert "Traceback" not in said and "\n" not in said
    assert path.read_bytes() == content  # never overwritten: the user decides


def test_a_folder_where_the_journal_goes_is_one_sentence(tmp_path):
    (tmp_path / "dir.sqlite3").mkdir()
    with pytest.raises(JournalError):
        Journal(tmp_path / "dir.sqlite3").entries()


def test_orphans_are_open_tasks_no_live_process_follows(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    mine = start(journal, "mine")
    gone = start(journal, "gone")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    journal.follow(gone, dead.pid)
    over = start(journal, "over")
    journal.set_state(over, "stopped")
    assert [e.task_id for e in journal.open_entries()] == ["gone", "mine"]
    assert [e.id for e in journal.orphans()] == [gone]
    journal.follow(gone)  # a window reattached to it
    assert journal.orphans() == []
    assert journal.forget(gone) and journal.get(gone) is None and not journal.forget(gone)


WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from mixframe.store.journal import Journal
    journal = Journal(sys.argv[2])
    for i in range(int(sys.argv[4])):
        row = journal.starting(vendor="volcengine", account="A", endpoint="", app_id="app", room_id="r",
                               task_id=f"{sys.argv[3]}-{i}", body={"i": i})
        journal.started(row)
        journal.stopped("volcengine", "app", "r", f"{sys.argv[3]}-{i}")
        journal.entries(limit=5)
""")


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.sqlite3"
    n = 60
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(ROOT / "gui"), str(path), name, str(n)],
                                stderr=subprocess.PIPE, text=True) for name in ("window", "cli")]
    for writer in writers:
        assert writer.wait(timeout=120) == 0, writer.stderr.read()
    entries = Journal(path).entries()
    assert len(entries) == 2 * n
    assert {e.task_id for e in entries} == {f"{w}-{i}" for w in ("window", "cli") for i in range(n)}
    assert all(e.state == "stopped" for e in entries)


def test_a_pid_now_used_by_another_process_follows_nothing(tmp_path):
    """After a reboot (or a long time) the crashed window's pid may belong to someone else: its task
    is still offered."""
    journal = Journal(tmp_path / "j.sqlite3")
    row = start(journal)
    assert journal.orphans() == []  # this process follows it
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        journal.follow(row, other.pid)
        assert journal.orphans() == []  # a live follower
        db = sqlite3.connect(tmp_path / "j.sqlite3")
        db.execute("UPDATE tasks SET owner_start = 'another-boot:12345' WHERE id = ?", (row,))
        db.commit()
        db.close()
        assert [e.id for e in journal.orphans()] == [row]  # the same number, another process
    finally:
        other.kill()
        other.wait()
