"""The one bounded reader of a regular file (fs/bounded.py), which the store (presets,
settings) and the compositor (picture files) both read with: it refuses what is not a regular
file without waiting on it, and never reads more than its cap + 1 bytes."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from mixframe.fs import bounded
from mixframe.fs.bounded import FileTooLarge, NotARegularFile, read_regular_file


def _in_time(call, seconds: float = 5.0):
    """`call()`'s result or exception, failing the test if it has not returned within `seconds`."""
    done: list = []

    def run():
        try:
            done.append(("ok", call()))
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            done.append(("raised", exc))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert done, "the reader waited"
    kind, value = done[0]
    if kind == "raised":
        raise value
    return value


def test_a_small_regular_file_is_read_whole(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b"x" * 100)
    assert read_regular_file(path, 100) == b"x" * 100
    assert read_regular_file(str(path), 1000) == b"x" * 100


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile) as raised:
        _in_time(lambda: read_regular_file(fifo, 100))
    assert raised.value.kind == "fifo"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_before_a_byte_is_read(monkeypatch):
    read: list[int] = []
    real_read = os.read
    monkeypatch.setattr(bounded.os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    with pytest.raises(NotARegularFile) as raised:
        _in_time(lambda: read_regular_file("/dev/zero", 100))
    assert raised.value.kind == "device" and read == []


def test_a_directory_is_refused(tmp_path):
    with pytest.raises(NotARegularFile) as raised:
        read_regular_file(tmp_path, 100)
    assert raised.value.kind == "folder"


def test_a_file_over_the_cap_is_refused_reading_at_most_cap_plus_one_bytes(tmp_path, monkeypatch):
    path = tmp_path / "big.bin"
    path.write_bytes(b"y" * 5000)
    read: list[int] = []
    real_read = os.read
    monkeypatch.setattr(bounded.os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    with pytest.raises(FileTooLarge) as raised:
        read_regular_file(path, 1000)
    assert raised.value.cap == 1000 and sum(read) <= 1001
    assert read_regular_file(path, 5000) == b"y" * 5000  # exactly the cap is still read


def test_a_file_that_grows_while_read_is_cut_at_the_cap(tmp_path, monkeypatch):
    """A writer appends while the file is read: the reader stops at cap + 1 bytes and refuses it,
    however much the file grows; a file that grows but stays within the cap is read as it was."""
    path = tmp_path / "growing.log"
    path.write_bytes(b"a" * 10)
    monkeypatch.setattr(bounded, "_CHUNK", 16)
    real_read = os.read
    got: list[int] = []

    def read_while_growing(fd, n):
        with path.open("ab") as writer:  # another process writing
            writer.write(b"b" * 64)
        chunk = real_read(fd, n)
        got.append(len(chunk))
        return chunk

    monkeypatch.setattr(bounded.os, "read", read_while_growing)
    with pytest.raises(FileTooLarge):
        _in_time(lambda: read_regular_file(path, 200))
    assert sum(got) == 201 and path.stat().st_size > 201

    small = tmp_path / "small.log"
    small.write_bytes(b"c" * 10)
    calls = []

    def read_growing_once(fd, n):
        if not calls:
            with small.open("ab") as writer:
                writer.write(b"d" * 5)
        calls.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(bounded.os, "read", read_growing_once)
    assert read_regular_file(small, 200) == b"c" * 10 + b"d" * 5


def test_the_store_and_the_compositor_read_with_the_one_reader():
    from mixframe.render import compositor
    from mixframe.store import files

    assert files.read_regular_file is read_regular_file
    assert files.NotARegularFile is NotARegularFile and files.FileTooLarge is FileTooLarge
    assert compositor.read_regular_file is read_regular_file
