import errno
import json
import os
import subprocess
import sys
import textwrap

import pytest

from mixframe.store import files
from mixframe.store import profiles as pr
from mixframe.store.profiles import Profile, ProfileError, ProfileStore


def test_first_run_has_the_sandbox_as_default(tmp_path):
    store = ProfileStore(tmp_path)
    default = store.default()
    assert default.name == "Sandbox" and default.is_sandbox and "Sandbox" in default.label
    assert default.endpoint == pr.SANDBOX_ENDPOINT
    assert not (tmp_path / "profiles.json").exists()  # nothing written until something changes


def test_config_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "cfg"))
    store = ProfileStore()
    store.save(Profile("Prod", "byteplus", app_id="a1"))
    data = json.loads((tmp_path / "cfg" / "profiles.json").read_text())
    assert data["version"] == 2
    assert [p["name"] for p in data["profiles"]] == ["Sandbox", "Prod"]
    prod = store.get("Prod")
    assert (prod.endpoint, prod.region, prod.service) == ("https://rtc.byteplusapi.com", "ap-singapore-1", "volcengine")


def test_save_rename_delete_default(tmp_path):
    store = ProfileStore(tmp_path)
    store.save(Profile("Prod", "volcengine", app_id="a1"), make_default=True)
    store.save(Profile("Qy", "qingcloud", app_id="q1"))
    assert store.default().name == "Prod"
    store.rename("Prod", "Live")
    assert store.default().name == "Live" and "Prod" not in store.names()
    with pytest.raises(ProfileError, match="already exists"):
        store.rename("Live", "Qy")
    store.delete("Live")
    assert store.default().name == "Sandbox"
    with pytest.raises(ProfileError, match="no profile named 'Live'"):
        store.get("Live")


def test_unknown_vendor_and_fields_of_newer_versions(tmp_path):
    with pytest.raises(ProfileError, match="vendor must be one of"):
        Profile("X", "aws")
    (tmp_path / "profiles.json").write_text(json.dumps(
        {"version": 1, "default": "A", "profiles": [{"name": "A", "vendor": "qingcloud", "colour": "red"}]}))
    store = ProfileStore(tmp_path)
    store.save(Profile("B", "volcengine"))
    kept = json.loads((tmp_path / "profiles.json").read_text())["profiles"][0]
    assert kept["colour"] == "red"


def test_torn_file_is_one_sentence(tmp_path):
    (tmp_path / "profiles.json").write_text("{not json")
    with pytest.raises(ProfileError, match="cannot be read"):
        ProfileStore(tmp_path).profiles()


def test_atomic_write_leaves_old_file_on_failure(tmp_path, monkeypatch):
    store = ProfileStore(tmp_path)
    store.save(Profile("A", "volcengine"))
    before = (tmp_path / "profiles.json").read_text()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(pr.os, "replace", boom)
    with pytest.raises(ProfileError, match="cannot be written: disk full"):
        store.save(Profile("B", "volcengine"))
    assert (tmp_path / "profiles.json").read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profiles.json", "profiles.json.lock"]  # no temp file left


# -- hostile files: every read and write is one sentence, never an exception of Python's own


def _deep(levels: int) -> str:
    return "[" * levels + "]" * levels


HOSTILE = {
    "a folder": lambda path: path.mkdir(),
    "a FIFO": lambda path: os.mkfifo(path),
    "not JSON": lambda path: path.write_text("{not json"),
    "not UTF-8": lambda path: path.write_bytes(b'{"profiles": ["\xff\xfe"]}'),
    "nested 100,000 deep": lambda path: path.write_text(_deep(100_000)),
    "nested 900 deep in a field": lambda path: path.write_text(
        '{"version": 2, "profiles": [{"name": "A", "vendor": "volcengine", "colour": ' + _deep(900) + "}]}"),
    "huge": lambda path: path.write_text('{"version": 2, "profiles": [], "pad": "' + "x" * (pr.MAX_FILE_BYTES + 10) + '"}'),
    "a list": lambda path: path.write_text("[]"),
    "profiles not a list": lambda path: path.write_text('{"profiles": {"A": 1}}'),
    "an entry that is a list": lambda path: path.write_text('{"version": 2, "profiles": [["A", "volcengine"]]}'),
    "a default that is a list": lambda path: path.write_text(
        '{"version": 2, "default": ["A"], "profiles": [{"name": "A", "vendor": "volcengine"}]}'),
    "a version that is text": lambda path: path.write_text('{"version": "two", "profiles": []}'),
    "a number too long to read": lambda path: path.write_text('{"version": ' + "9" * 5000 + "}"),
}

OPERATIONS = {
    "profiles": lambda store: store.profiles(),
    "default": lambda store: store.default(),
    "get": lambda store: store.get("A"),
    "save": lambda store: store.save(Profile("B", "volcengine")),
    "rename": lambda store: store.rename("A", "C"),
    "delete": lambda store: store.delete("A"),
    "set_default": lambda store: store.set_default("A"),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_profiles_file_is_one_sentence_for_every_operation(tmp_path, kind):
    path = tmp_path / "profiles.json"
    HOSTILE[kind](path)
    for name, operation in OPERATIONS.items():
        with pytest.raises(ProfileError) as info:
            operation(ProfileStore(tmp_path))
        said = str(info.value)
        assert str(path) in said and "\n" not in said and len(said) < 400, (kind, name, said)


@pytest.mark.parametrize("fault", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_file_that_cannot_be_written_is_one_sentence(tmp_path, monkeypatch, fault):
    store = ProfileStore(tmp_path)

    def refuse(*args, **kwargs):
        raise OSError(fault, os.strerror(fault))

    monkeypatch.setattr(files.os, "replace", refuse)
    for operation in (lambda: store.save(Profile("B", "volcengine")), lambda: store.set_default("Sandbox")):
        with pytest.raises(ProfileError, match=f"cannot be written: {os.strerror(fault).lower()}"):
            operation()


def test_a_config_folder_that_is_a_file_is_one_sentence(tmp_path):
    (tmp_path / "config").write_text("I am a file")
    store = ProfileStore(tmp_path / "config")
    assert store.names() == ["Sandbox"]  # reading: first run
    with pytest.raises(ProfileError, match="cannot be written"):
        store.save(Profile("B", "volcengine"))


def test_a_file_nested_within_the_limit_is_read_and_kept(tmp_path):
    nested = {"a": [{"b": [1, 2, {"c": "d"}]}]}
    (tmp_path / "profiles.json").write_text(json.dumps(
        {"version": 2, "profiles": [{"name": "A", "vendor": "volcengine", "colour": nested}]}))
    store = ProfileStore(tmp_path)
    store.save(Profile("B", "volcengine"))
    assert json.loads((tmp_path / "profiles.json").read_text())["profiles"][0]["colour"] == nested


def test_a_change_waits_for_another_process_holding_the_lock_and_then_says_so(tmp_path, monkeypatch):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import fcntl, os, sys, time
        fd = os.open({str(tmp_path / "profiles.json.lock")!r}, os.O_RDWR | os.O_CREAT)
        fcntl.flock(fd, fcntl.LOCK_EX)
        print("held", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(files, "LOCK_TIMEOUT_SECONDS", 0.3)
        with pytest.raises(ProfileError, match="cannot be written: another Mixframe is changing it right now"):
            ProfileStore(tmp_path).save(Profile("B", "volcengine"))
        assert not (tmp_path / "profiles.json").exists()
    finally:
        holder.communicate("\n", timeout=30)
    ProfileStore(tmp_path).save(Profile("B", "volcengine"))  # released with its process
    assert ProfileStore(tmp_path).names() == ["Sandbox", "B"]
