"""Atomic writes, and the temporaries a crash mid-save leaves behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import time

from mixframe.store.files import STALE_AFTER_SECONDS, atomic_write_text, sweep_temporaries
from mixframe.store.presets import PresetStore


def _age(path, seconds):
    old = time.time() - seconds
    os.utime(path, (old, old))


def _crash_mid_save(target) -> None:
    """A real process killed between writing its temporary and renaming it over `target`."""
    code = textwrap.dedent(f"""
        import os, signal
        from mixframe.store import files
        os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
        files.atomic_write_text({str(target)!r}, "new")
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert done.returncode == -9


def test_a_crash_mid_save_leaves_the_old_file_and_the_next_start_sweeps_the_temporary(tmp_path):
    store = PresetStore(tmp_path)
    target = tmp_path / "Show.mixframe.json"
    target.write_text("old", encoding="utf-8")
    for _ in range(3):
        _crash_mid_save(target)
    left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 3 and target.read_text(encoding="utf-8") == "old"
    for path in left:
        _age(path, STALE_AFTER_SECONDS + 5)
    assert store.sweep_temporaries() == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Show.mixframe.json"]


def test_the_sweep_leaves_fresh_temporaries_and_files_not_of_our_naming(tmp_path):
    ours_fresh = tmp_path / ".a.json.abcd1234.tmp"
    foreign = [tmp_path / ".a.json.tmp", tmp_path / "notes.tmp", tmp_path / ".a.json.ABCDEFGHIJ.tmp",
               tmp_path / "a.json"]
    for path in [ours_fresh, *foreign]:
        path.write_text("x", encoding="utf-8")
    for path in foreign:
        _age(path, 10 * STALE_AFTER_SECONDS)
    assert sweep_temporaries(tmp_path) == 0
    assert all(p.exists() for p in [ours_fresh, *foreign])


def test_saving_a_file_sweeps_its_own_stale_temporaries_only(tmp_path):
    mine, other = tmp_path / ".a.json.k2j3h4g5.tmp", tmp_path / ".b.json.k2j3h4g5.tmp"
    for path in (mine, other):
        path.write_text("x", encoding="utf-8")
        _age(path, STALE_AFTER_SECONDS + 5)
    atomic_write_text(tmp_path / "a.json", "{}")
    assert not mine.exists() and other.exists()


def test_an_unreadable_folder_sweeps_nothing(tmp_path):
    assert sweep_temporaries(tmp_path / "missing") == 0


def test_a_rewrite_keeps_the_file_mode(tmp_path):
    target = tmp_path / "shared.json"
    target.write_text("old", encoding="utf-8")
    for mode in (0o664, 0o644, 0o600, 0o640):
        os.chmod(target, mode)
        atomic_write_text(target, "new")
        assert stat.S_IMODE(os.stat(target).st_mode) == mode and target.read_text(encoding="utf-8") == "new"


def test_a_new_file_gets_what_the_umask_gives(tmp_path):
    previous = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "fresh.json", "{}")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(tmp_path / "fresh.json").st_mode) == 0o644


def test_a_symlink_is_written_through_to_its_target_in_the_targets_folder(tmp_path):
    elsewhere = tmp_path / "dotfiles"
    elsewhere.mkdir()
    real = elsewhere / "profiles.json"
    real.write_text("old", encoding="utf-8")
    os.chmod(real, 0o664)
    config = tmp_path / "config"
    config.mkdir()
    link = config / "profiles.json"
    link.symlink_to(real)
    hop = config / "again.json"
    hop.symlink_to(link)  # a chain of links ends at the same file
    atomic_write_text(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "new" and stat.S_IMODE(os.stat(real).st_mode) == 0o664
    atomic_write_text(hop, "newer")
    assert hop.is_symlink() and link.is_symlink() and real.read_text(encoding="utf-8") == "newer"
    assert sorted(p.name for p in config.iterdir()) == ["again.json", "profiles.json"]  # no temporary left there
    assert sorted(p.name for p in elsewhere.iterdir()) == ["profiles.json"]


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "recent.json"
    link.symlink_to(tmp_path / "kept" / "recent.json")
    atomic_write_text(link, "[]")
    assert link.is_symlink() and (tmp_path / "kept" / "recent.json").read_text(encoding="utf-8") == "[]"
