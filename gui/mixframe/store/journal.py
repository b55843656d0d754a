"""The recordings journal: every task started, kept in a local SQLite file, so that a running
cloud recording (billed while it runs) is never lost track of, whatever happens to the process.

One row per task: vendor, account, endpoint, ids, when it started, the body sent (masked: the
journal never holds a secret), its state, the service's status name and the recorded files.
`mixframe.session.RecordingSession` writes it (one place, for the window and the command line):
a row is written *before* StartRecord goes out ("starting"), so a crash or a lost answer still
leaves a task to ask about; "running" once the service said yes; "stopped", "ended", "failed" or
"not started" when it is over. The window offers the tasks still open at start-up.

The file lives in the app's data folder (``recordings.sqlite3``; ``MIXFRAME_DATA_DIR`` moves it).
WAL mode, a busy timeout and one IMMEDIATE transaction per write make it safe for the window and
a command line writing at once. The schema's version is SQLite's ``user_version``; `MIGRATIONS`
is the list of steps from one version to the next, run in order inside one transaction.
A journal that cannot be opened or read raises `JournalError`, one sentence; the session turns it
into a note and the recording goes on.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from mixframe.model.problems import QT_TRANSLATE_NOOP, Explained, sentence
from mixframe.store import late

FILE_NAME = "recordings.sqlite3"
BUSY_TIMEOUT_MS = 5000
CONTEXT = "Journal"

# The states of a task in the journal. OPEN ones may still be running on the service: billed.
STARTING, RUNNING = "starting", "running"
STOPPED, ENDED, FAILED, NOT_STARTED = "stopped", "ended", "failed", "not started"
OPEN_STATES = (STARTING, RUNNING)
STATES = (STARTING, RUNNING, STOPPED, ENDED, FAILED, NOT_STARTED)

# Each step takes the schema from version i to i + 1 (a list of statements). Append, never edit.
MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE tasks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            vendor TEXT NOT NULL,
            account TEXT NOT NULL DEFAULT '',
            endpoint TEXT NOT NULL DEFAULT '',
            app_id TEXT NOT NULL DEFAULT '',
            room_id TEXT NOT NULL DEFAULT '',
            task_id TEXT NOT NULL DEFAULT '',
            project_id TEXT NOT NULL DEFAULT '',
            started_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            ended_at REAL,
            state TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '{}',
            files TEXT NOT NULL DEFAULT '[]',
            owner_pid INTEGER,
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX tasks_ids ON tasks (vendor, app_id, room_id, task_id)",
        "CREATE INDEX tasks_state ON tasks (state)",
    ],
    [
        # What a Volcengine task started with, for a reattached window: updates are measured
        # against its canvas, and only a mixed custom-layout task takes them.
        "ALTER TABLE tasks ADD COLUMN canvas TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE tasks ADD COLUMN record_mode INTEGER",
        "ALTER TABLE tasks ADD COLUMN layout_mode INTEGER",
    ],
    [
        # Which process follows the task, beyond its pid (a pid is reused, after a reboot above all):
        # the boot and the process's start time, where the system tells them.
        "ALTER TABLE tasks ADD COLUMN owner_start TEXT NOT NULL DEFAULT ''",
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)


class JournalError(Explained, OSError):
    """The journal cannot be opened, read or written (one sentence); recordings go on without it."""


def journal_path() -> Path:
    return late.presets.data_dir() / FILE_NAME


def _unreadable(path: Path, exc: BaseException) -> JournalError:
    reason = str(exc).rstrip(".") or type(exc).__name__
    return JournalError.saying(sentence(CONTEXT, QT_TRANSLATE_NOOP(
        "Journal", "The recordings journal {path} cannot be used ({reason}); recordings go on, but are not kept "
                   "in it. Move the file away to start a new journal."), path=str(path), reason=reason))


def journal_bug(log: object) -> JournalError:
    """The sentence for a bug of ours met while writing the journal (its traceback is in `log`)."""
    return JournalError.saying(sentence(CONTEXT, QT_TRANSLATE_NOOP(
        "Journal", "A bug in Mixframe kept this recording out of the recordings journal (the details are in {log}); "
                   "the recording goes on."), log=str(log)))


@dataclass(frozen=True)
class JournalFile:
    object_key: str
    duration_ms: int | None = None
    size_bytes: int | None = None


@dataclass(frozen=True)
class Entry:
    """One task in the journal."""

    id: int
    vendor: str
    account: str
    endpoint: str
    app_id: str
    room_id: str
    task_id: str
    project_id: str
    started_at: float
    updated_at: float
    ended_at: float | None
    state: str
    status: str
    body: dict
    files: tuple[JournalFile, ...] = ()
    owner_pid: int | None = None
    note: str = ""
    canvas: tuple[int, int] | None = None
    record_mode: int | None = None
    layout_mode: int | None = None
    owner_start: str = ""

    @property
    def open(self) -> bool:
        """The task may still be running on the service (and billed)."""
        return self.state in OPEN_STATES

    def owner_alive(self) -> bool:
        """A live process of ours is following this task (the window or a command that started it)."""
        return self.owner_pid is not None and _alive(self.owner_pid, self.owner_start)

    def files_text(self) -> str:
        """The files, one a line: object key, duration (ms) and size (bytes), tab-separated."""
        known = lambda value: "" if value is None else str(value)  # noqa: E731
        return "\n".join(f"{f.object_key}\t{known(f.duration_ms)}\t{known(f.size_bytes)}" for f in self.files)


def process_start(pid: int | None = None) -> str:
    """Who process `pid` (this one by default) is, beyond its number: the boot's id and the process's
    start time since boot (Linux /proc); "" where the system does not tell."""
    pid = os.getpid() if pid is None else pid
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            boot = handle.read().strip()
        with open(f"/proc/{pid}/stat", "rb") as handle:
            started = handle.read().rsplit(b")", 1)[-1].split()[19].decode("ascii")
    except (OSError, IndexError, UnicodeDecodeError):
        return ""
    return f"{boot}:{started}"


def _alive(pid: int, start: str = "") -> bool:
    if pid == os.getpid():
        return not start or start == process_start()
    if start:
        now = process_start(pid)
        if now and now != start:  # the number now belongs to another process (or another boot)
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    if os.name == "posix":  # a zombie (killed, not yet reaped) follows nothing
        try:
            with open(f"/proc/{pid}/stat", "rb") as handle:
                return handle.read().split(b")")[-1].split()[0] != b"Z"
        except (OSError, IndexError):
            return True
    return True


_COLUMNS = ("id", "vendor", "account", "endpoint", "app_id", "room_id", "task_id", "project_id", "started_at",
            "updated_at", "ended_at", "state", "status", "body", "files", "owner_pid", "note", "canvas",
            "record_mode", "layout_mode", "owner_start")


def _entry(row: tuple) -> Entry:
    data = dict(zip(_COLUMNS, row))
    try:
        body = json.loads(data["body"] or "{}")
    except ValueError:
        body = {}
    try:
        files = tuple(JournalFile(str(f[0]), f[1], f[2]) for f in json.loads(data["files"] or "[]"))
    except (ValueError, TypeError, IndexError):
        files = ()
    canvas = None
    if data["canvas"]:
        try:
            width, height = (int(v) for v in str(data["canvas"]).split("x"))
            canvas = (width, height)
        except ValueError:
            canvas = None
    data.update(body=body if isinstance(body, dict) else {}, files=files, canvas=canvas)
    return Entry(**data)


class Journal:
    """The journal file at `path` (default: the data folder's ``recordings.sqlite3``).

    Each method opens, works and closes its own connection, so a Journal is cheap, may be used from
    any thread, and two processes never hold the file longer than one statement.
    Raises JournalError (one sentence) when the file cannot be used.
    """

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path is not None else journal_path()
        self._ready = False

    # -- the file ----------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise _unreadable(self.path, exc) from None
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not self._ready:
                mode = _wal(db)
                if mode is None:
                    raise sqlite3.DatabaseError("no journal mode")
                self._migrate(db)
                self._ready = True
        except sqlite3.Error as exc:
            db.close()
            raise _unreadable(self.path, exc) from None
        return db

    @staticmethod
    def _migrate(db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"it was written by a newer Mixframe (schema {version}, this one knows "
                                        f"{SCHEMA_VERSION})")
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]  # another process may have migrated
            for step in MIGRATIONS[version:]:
                for statement in step:
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _write(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Run one writing statement in its own IMMEDIATE transaction; the row id it made or touched."""
        db = self._connect()
        try:
            db.execute("BEGIN IMMEDIATE")
            cursor = db.execute(sql, tuple(params))
            db.execute("COMMIT")
            return cursor.lastrowid if sql.lstrip().upper().startswith("INSERT") else cursor.rowcount
        except sqlite3.Error as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise _unreadable(self.path, exc) from None
        finally:
            db.close()

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[Entry]:
        db = self._connect()
        try:
            return [_entry(row) for row in db.execute(sql, tuple(params)).fetchall()]
        except sqlite3.Error as exc:
            raise _unreadable(self.path, exc) from None
        finally:
            db.close()

    # -- writing ---------------------------------------------------------------------------
    def starting(self, *, vendor: str, account: str, endpoint: str, app_id: str, room_id: str, task_id: str = "",
                 project_id: str = "", body: dict | None = None, canvas: tuple[int, int] | None = None,
                 record_mode: int | None = None, layout_mode: int | None = None) -> int:
        """A task about to be started (written before the request goes out); its row id.
        `body` must be the masked body: the journal holds no secret."""
        now = time.time()
        if task_id:  # the same task started again (an idempotent retry): its own row, not a second one
            again = self.find(vendor, app_id, room_id, task_id)
            if again and again[0].task_id == task_id and again[0].account == account:
                self._write("UPDATE tasks SET updated_at = ?, owner_pid = ?, owner_start = ? WHERE id = ?",
                            (now, os.getpid(), process_start(), again[0].id))
                return again[0].id
        return self._write(
            "INSERT INTO tasks (vendor, account, endpoint, app_id, room_id, task_id, project_id, started_at, "
            "updated_at, state, body, owner_pid, canvas, record_mode, layout_mode, owner_start) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (vendor, account, endpoint, app_id, room_id, task_id, project_id, now, now, STARTING,
             json.dumps(body or {}, ensure_ascii=False, sort_keys=True), os.getpid(),
             f"{canvas[0]}x{canvas[1]}" if canvas else "", record_mode, layout_mode, process_start()))

    def started(self, row: int, *, task_id: str | None = None) -> None:
        """The service accepted the start (QingCloud gives its task id only now)."""
        if task_id:
            self._write("UPDATE tasks SET state = ?, task_id = ?, updated_at = ? WHERE id = ?",
                        (RUNNING, task_id, time.time(), row))
        else:
            self._write("UPDATE tasks SET state = ?, updated_at = ? WHERE id = ?", (RUNNING, time.time(), row))

    def set_state(self, row: int, state: str, *, status: str | None = None, files: Iterable | None = None,
                  note: str | None = None) -> None:
        """The task's new state (and the service's status name, files, a note) by row id."""
        assert state in STATES, state
        sets, params = ["state = ?", "updated_at = ?"], [state, time.time()]
        if state not in OPEN_STATES:
            sets.append("ended_at = COALESCE(ended_at, ?)")
            params.append(time.time())
        if status is not None:
            sets.append("status = ?")
            params.append(status)
        if files is not None:
            sets.append("files = ?")
            params.append(json.dumps([[f.object_key, f.duration_ms, f.size_bytes] for f in files], ensure_ascii=False))
        if note is not None:
            sets.append("note = ?")
            params.append(note)
        self._write(f"UPDATE tasks SET {', '.join(sets)} WHERE id = ?", (*params, row))

    def follow(self, row: int, pid: int | None = None) -> None:
        """This process (or `pid`) now follows the task (a window reattached to it)."""
        pid = os.getpid() if pid is None else pid
        self._write("UPDATE tasks SET owner_pid = ?, owner_start = ?, updated_at = ? WHERE id = ?",
                    (pid, process_start(pid), time.time(), row))

    def forget(self, row: int) -> bool:
        """Remove the task from the journal (it stays whatever it is on the service)."""
        return self._write("DELETE FROM tasks WHERE id = ?", (row,)) > 0

    # -- reading -----------------------------------------------------------------------------
    def entries(self, limit: int | None = None) -> list[Entry]:
        """Every task, the newest first."""
        sql = f"SELECT {', '.join(_COLUMNS)} FROM tasks ORDER BY started_at DESC, id DESC"
        return self._read(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ())

    def get(self, row: int) -> Entry | None:
        found = self._read(f"SELECT {', '.join(_COLUMNS)} FROM tasks WHERE id = ?", (row,))
        return found[0] if found else None

    def find(self, vendor: str, app_id: str, room_id: str, task_id: str = "") -> list[Entry]:
        """The open tasks with these ids, newest first (QingCloud: every open one of the channel
        when no task id is given)."""
        sql = (f"SELECT {', '.join(_COLUMNS)} FROM tasks WHERE vendor = ? AND app_id = ? AND room_id = ? "
               f"AND state IN ({', '.join('?' * len(OPEN_STATES))})")
        params: list[Any] = [vendor, app_id, room_id, *OPEN_STATES]
        if task_id:
            sql += " AND (task_id = ? OR task_id = '')"
            params.append(task_id)
        return self._read(sql + " ORDER BY started_at DESC, id DESC", params)

    def open_entries(self) -> list[Entry]:
        """Tasks that may still be running, newest first."""
        return self._read(f"SELECT {', '.join(_COLUMNS)} FROM tasks WHERE state IN "
                          f"({', '.join('?' * len(OPEN_STATES))}) ORDER BY started_at DESC, id DESC", OPEN_STATES)

    def orphans(self) -> list[Entry]:
        """Open tasks no live process follows: left by a crash, a "leave it running" or a command."""
        return [e for e in self.open_entries() if not e.owner_alive()]

    # -- what the session learns about a task (by its ids) ----------------------------------
    def _ids_clause(self, task_id: str) -> tuple[str, list[Any]]:
        if task_id:
            return "vendor = ? AND app_id = ? AND room_id = ? AND (task_id = ? OR task_id = '')", [task_id]
        return "vendor = ? AND app_id = ? AND room_id = ?", []

    def stopped(self, vendor: str, app_id: str, room_id: str, task_id: str = "", *, state: str = STOPPED,
                note: str = "") -> int:
        """Every open task with these ids is over (`state`: stopped, or ended when the service no
        longer knows it); how many rows changed."""
        clause, extra = self._ids_clause(task_id)
        now = time.time()
        return self._write(
            f"UPDATE tasks SET state = ?, updated_at = ?, ended_at = COALESCE(ended_at, ?), "
            f"note = CASE WHEN ? = '' THEN note ELSE ? END WHERE {clause} AND state IN "
            f"({', '.join('?' * len(OPEN_STATES))})",
            (state, now, now, note, note, vendor, app_id, room_id, *extra, *OPEN_STATES))

    def observed(self, vendor: str, app_id: str, room_id: str, task_id: str = "", *, status: str,
                 running: bool, ended: bool, failed: bool, files: Iterable = ()) -> int:
        """The service's status of the task: its name and files on the newest row with these ids;
        an open row becomes running, ended or failed as the service says."""
        clause, extra = self._ids_clause(task_id)
        files = list(files)
        now = time.time()
        new_state = FAILED if failed else ENDED if ended else RUNNING if running else None
        sets = ["status = ?", "updated_at = ?"]
        params: list[Any] = [status, now]
        if files:
            sets.append("files = ?")
            params.append(json.dumps([[f.object_key, f.duration_ms, f.size_bytes] for f in files], ensure_ascii=False))
        if new_state is not None:
            open_list = ", ".join(f"'{s}'" for s in OPEN_STATES)
            sets.append(f"state = CASE WHEN state IN ({open_list}) THEN ? ELSE state END")
            params.append(new_state)
            if new_state != RUNNING:
                sets.append(f"ended_at = CASE WHEN state IN ({open_list}) THEN COALESCE(ended_at, ?) ELSE ended_at END")
                params.append(now)
        return self._write(
            f"UPDATE tasks SET {', '.join(sets)} WHERE id = (SELECT id FROM tasks WHERE {clause} "
            f"ORDER BY started_at DESC, id DESC LIMIT 1)", (*params, vendor, app_id, room_id, *extra))


def _wal(db: sqlite3.Connection):
    """Switch `db` to WAL. SQLite answers "locked" at once (its busy timeout does not wait here)
    while another process creates or switches the same file: wait for it, as long as for a write."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return db.execute("PRAGMA journal_mode = WAL").fetchone()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)
