"""Writing files so that a crash never leaves a torn one: readers see the old file or the new."""

from __future__ import annotations

import errno
import json
import os
import re
import secrets
import stat
import string
import time
from pathlib import Path

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
    return f".{target_name}.{''.join(secrets.choice(alphabet) for _ in range(8))}.tmp"


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
