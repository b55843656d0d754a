"""One bounded reader of a regular file, for every room that reads a file a person names.

It sits in the fs room, below the store and the compositor (neither may import the other, and the
model does no I/O): `store.files` reads presets and settings with it, the compositor
picture files. Each caller words the two refusals its own way.
"""

from __future__ import annotations

import os
import stat

_CHUNK = 1024 * 1024
# Opening never waits (O_NONBLOCK): a FIFO swapped in after the stat cannot hang the reader.
READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


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


def read_regular_file(path: str | os.PathLike, cap: int) -> bytes:
    """The bytes of the regular file at `path`, reading at most `cap` + 1 of them.

    Anything that is not a regular file is refused before it is opened (NotARegularFile), and
    the open itself never waits (O_NONBLOCK), so a FIFO swapped in meanwhile cannot hang it; the
    opened file is checked again. More than `cap` bytes is FileTooLarge, also for a file that
    grows while it is read (the reading stops at `cap` + 1 bytes). Other failures are the
    system's OSError (FileNotFoundError, PermissionError…).
    """
    kind = file_kind(os.stat(path).st_mode)
    if kind != "file":
        raise NotARegularFile(kind)
    fd = os.open(path, READ_FLAGS)
    try:
        kind = file_kind(os.fstat(fd).st_mode)
        if kind != "file":
            raise NotARegularFile(kind)
        chunks, left = [], cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    if left <= 0:
        raise FileTooLarge(cap)
    return b"".join(chunks)
