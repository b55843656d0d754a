"""Writing files so that a crash never leaves a torn one: readers see the old file or the new;
and reading them within bounds (a regular file only, never more than a cap)."""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
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


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    """Replace `path` with `text` atomically (same-folder temp file, fsync, rename, fsync folder)."""
    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    sweep_temporaries(folder, path.name)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
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


def atomic_write_json(path: str | os.PathLike, data: object) -> None:
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


class NotARegularFile(OSError):
    """The path names a FIFO, a device, a socket or a folder: nothing the app reads as a file.
    `kind` says which ("folder", "fifo", "device", "socket", "other")."""

    def __init__(self, kind: str):
        super().__init__(f"not a regular file ({kind})")
        self.kind = kind


class FileTooLarge(OSError):
    """The file holds more than the `cap` bytes the app reads from it."""

    def __init__(self, cap: int):
        super().__init__(f"larger than {cap} bytes")
        self.cap = cap


def file_kind(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def read_regular_file(path: str | os.PathLike, cap: int) -> bytes:
    """The bytes of the regular file at `path`, reading at most `cap` + 1 of them.

    Anything that is not a regular file is refused before it is opened (NotARegularFile), and
    the open itself never waits (O_NONBLOCK), so a FIFO swapped in meanwhile cannot hang it; the
    opened file is checked again. More than `cap` bytes is FileTooLarge. Other failures are the
    system's OSError (FileNotFoundError, PermissionError…).
    """
    kind = file_kind(os.stat(path).st_mode)
    if kind != "file":
        raise NotARegularFile(kind)
    fd = os.open(path, _READ_FLAGS)
    try:
        kind = file_kind(os.fstat(fd).st_mode)
        if kind != "file":
            raise NotARegularFile(kind)
        chunks, left = [], cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    if left <= 0:
        raise FileTooLarge(cap)
    return b"".join(chunks)
