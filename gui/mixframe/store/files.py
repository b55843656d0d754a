"""Writing files so that a crash never leaves a torn one: readers see the old file or the new;
and reading them within bounds (a regular file only, never more than a cap)."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import string
import threading
import time
from contextlib import contextmanager
from pathlib import Path

# The bounded reader of a regular file lives in the fs room, where the compositor reads pictures with it too.
from mixframe.fs.bounded import FileTooLarge, NotARegularFile, read_regular_file
from mixframe.model.values import too_deep
from mixframe.store import late

# A temporary of ours is ".<target name>.<8 random characters>.tmp" (see atomic_write_text). One
# older than this was left by a crash mid-save (a save takes milliseconds), never by a live writer.
STALE_AFTER_SECONDS = 120.0
_TEMPORARY = re.compile(r"^\.(?P<target>.+)\.[A-Za-z0-9_]{8}\.tmp$")


def sweep_temporaries(folder: str | os.PathLike, target_name: str | None = None,
                      older_than: float = STALE_AFTER_SECONDS) -> int:
    """Remove the temporaries a crash mid-save left in `folder` (only those of our own naming, for
    `target_name` alone when given, and only when older than `older_than` seconds). Returns how
    many went; a folder that cannot be read is left alone."""
    removed = 0
    cutoff = time.time() - older_than
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if not match or (target_name is not None and match["target"] != target_name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _temporary_name(target_name: str) -> str:
    alphabet = string.ascii_letters + string.digits
    return f".{target_name}.{''.join(late.secrets.choice(alphabet) for _ in range(8))}.tmp"


def _open_temporary(folder: Path, target_name: str) -> tuple[int, Path]:
    """A new temporary beside the target, created with mode 0666 less the umask (as any new file)."""
    for _ in range(100):
        tmp = folder / _temporary_name(target_name)
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    """Replace `path` with `text` atomically (same-folder temp file, fsync, rename, fsync folder).

    A symlink stays a symlink: its target is replaced, atomically in the target's folder. The file
    keeps its permission bits (and, where allowed, its owner); a new file gets what the umask gives."""
    path = Path(os.path.realpath(path))  # a symlink (or a chain of them) is written through
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    sweep_temporaries(folder, path.name)
    try:
        before = os.stat(path)
    except FileNotFoundError:
        before = None
    fd, tmp = _open_temporary(folder, path.name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            if before is not None:
                _keep_mode_and_owner(handle.fileno(), before)
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _keep_mode_and_owner(fd: int, before: os.stat_result) -> None:
    if hasattr(os, "fchown") and (before.st_uid, before.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(fd, before.st_uid, before.st_gid)  # only root may give a file away; others keep theirs
        except OSError:
            pass
    if hasattr(os, "fchmod"):
        os.fchmod(fd, stat.S_IMODE(before.st_mode))
    else:  # pragma: no cover - Windows has only the read-only bit
        pass


def atomic_write_json(path: str | os.PathLike, data: object) -> None:
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# -- reading a small settings file ------------------------------------------------------------------

class Unreadable(ValueError):
    """A settings file that cannot be used. `kind` says why (a key of REASONS, whose English text
    is short, lower-case and has no full stop; the faces word it themselves)."""

    REASONS = {
        "folder": "it is a folder",
        "special": "it is not a regular file",
        "huge": "it is larger than {size} MB",
        "not-utf8": "it is not UTF-8 text",
        "not-json": "it is not JSON",
        "deep": "it is nested too deeply",
    }

    def __init__(self, kind: str, size: int = 0):
        self.kind, self.size = kind, size
        self.reason = self.REASONS[kind].format(size=size)
        super().__init__(self.reason)


def read_json_file(path: str | os.PathLike, *, max_bytes: int, max_depth: int) -> object:
    """The JSON value of a small settings file, or Unreadable saying why not: not a regular file
    (a folder, a FIFO, a device), too big, not UTF-8, not JSON, or nested deeper than `max_depth`.
    FileNotFoundError passes through (the caller knows what a missing file means)."""
    try:
        data = read_regular_file(path, max_bytes)
    except NotARegularFile as exc:
        raise Unreadable("folder" if exc.kind == "folder" else "special") from None
    except FileTooLarge:
        raise Unreadable("huge", max_bytes // (1024 * 1024)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Unreadable("not-utf8") from None
    try:
        value = json.loads(text)
    except RecursionError:
        raise Unreadable("deep") from None
    except ValueError:
        raise Unreadable("not-json") from None
    if too_deep(value, max_depth) is not None:
        raise Unreadable("deep")
    return value


# -- one writer at a time ------------------------------------------------------------------------

LOCK_TIMEOUT_SECONDS = 15.0


class Busy(TimeoutError):
    """Another process held the lock for longer than the timeout."""


_held_lock = threading.Lock()
_held: dict[str, list] = {}  # lock path -> [RLock, depth, fd] in this process


@contextmanager
def locked(lock_path: str | os.PathLike, timeout: float | None = None):
    """Hold the cross-process lock `lock_path` (created beside what it guards) for the block.

    POSIX uses fcntl.flock and Windows msvcrt.locking on the lock file, so a process that dies
    (even by SIGKILL) releases it: there is no stale lock to clean up. Re-entrant within a process.
    Raises Busy after `timeout` seconds, or OSError when the lock file cannot be made."""
    key = os.path.abspath(lock_path)
    timeout = LOCK_TIMEOUT_SECONDS if timeout is None else timeout
    with _held_lock:
        entry = _held.setdefault(key, [threading.RLock(), 0, None])
    gate = entry[0]
    if not gate.acquire(timeout=timeout):
        raise Busy(errno.EAGAIN, "another Mixframe is changing it", key)
    try:
        if entry[1] == 0:
            entry[2] = _lock_file(key, timeout)
        entry[1] += 1
        try:
            yield
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                fd, entry[2] = entry[2], None
                _unlock_file(fd)
    finally:
        gate.release()


def _lock_file(path: str, timeout: float) -> int:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                _try_lock(fd)
                return fd
            except (BlockingIOError, PermissionError):
                if time.monotonic() >= deadline:
                    raise Busy(errno.EAGAIN, "another Mixframe is changing it", path) from None
                time.sleep(0.01)
    except BaseException:
        os.close(fd)
        raise


if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            raise BlockingIOError(errno.EAGAIN, str(exc)) from None

    def _unlock_file(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(fd)
else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
