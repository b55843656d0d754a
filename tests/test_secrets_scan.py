"""A whole recording session from the command line, then a scan: no key in any file or output.

Each command runs as its own process, as a user runs it, with the app's folders (config, data,
logs) under the test's tmp_path and the keys in a keyring served from memory (tests/shared_keyring.py).
The recording goes to a real sandbox over loopback, which must receive the S3 keys (so they
were really used), yet no file the app wrote and nothing it printed may hold any of them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import shared_keyring
from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY, start_sandbox
from support import ROOT

S3_ACCESS = "S3-access-key-Ω-7d1e"
S3_SECRET = "S3-secret-key-Ω-93ab"
PRESET = {"mixframe": 1, "name": "to S3", "vendor": "volcengine", "request": {
    "TargetStreams": {"StreamList": [{"UserId": "host", "Index": 0}, {"UserId": "guest", "Index": 1}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": [
        {"StreamIndex": 0, "Width": 640, "Height": 720},
        {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 720}]}},
    "FileFormatConfig": {"FileFormat": ["MP4"]},
    "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 0, "Bucket": "my-bucket"}}}}


@pytest.fixture(scope="module")
def keyring_server():
    manager, env = shared_keyring.serve()
    yield manager, env
    manager.shutdown()


def test_after_a_whole_session_no_key_is_in_any_file_or_output(tmp_path, keyring_server):
    manager, keyring_env = keyring_server
    manager.items().clear()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MIXFRAME_", "PYTHON_KEYRING", "VOLC_", "QY_"))}
    env.update(keyring_env, MIXFRAME_CONFIG_DIR=str(tmp_path / "config"), MIXFRAME_DATA_DIR=str(tmp_path / "data"),
               MIXFRAME_LOG_DIR=str(tmp_path / "logs"), PYTHONIOENCODING="utf-8",
               PYTHONPATH=os.pathsep.join([str(ROOT / "gui"), str(ROOT / "tests")]))
    preset = tmp_path / "data" / "to-s3.mixframe.json"
    preset.parent.mkdir(parents=True)
    preset.write_text(json.dumps(PRESET), encoding="utf-8")
    said: list[str] = []

    def mixframe(*args: str, stdin: str = "", expect: int = 0) -> str:
        done = subprocess.run([sys.executable, "-m", "mixframe", *args], input=stdin, env=env, capture_output=True,
                              text=True, timeout=60, encoding="utf-8")
        said.append(done.stdout + done.stderr)
        assert done.returncode == expect, (args, done.stdout, done.stderr)
        return done.stdout

    with start_sandbox() as sandbox:
        mixframe("account", "add", "Work", "--vendor", "volcengine", "--endpoint", sandbox.url, "--app-id", "app1")
        for field, value in (("AccessKey", VOLC_ACCESS_KEY), ("SecretKey", VOLC_SECRET_KEY),
                             ("StorageConfig.CustomConfig.AccessKey", S3_ACCESS),
                             ("StorageConfig.CustomConfig.SecretKey", S3_SECRET)):
            mixframe("account", "set-key", "Work", field, stdin=value + "\n")
        mixframe("account", "list")
        mixframe("validate", str(preset))
        # Without an account, `request` shows the S3 keys masked and warns they are filled in at start;
        # with it, the keyring's keys are filled in, and printed masked.
        mixframe("request", str(preset), "--app-id", "app1", "--room", "r1", "--task", "t1")
        assert '"SecretKey": "******"' in mixframe("request", str(preset), "--profile", "Work", "--room", "r1",
                                                   "--task", "t1")
        out = mixframe("start", str(preset), "--profile", "Work", "--room", "r1", "--task", "t1")
        assert out.startswith("TaskId: t1")
        sent = dict(sandbox.volcengine.tasks[("app1", "r1", "t1")].body["StorageConfig"]["CustomConfig"])
        mixframe("update", str(preset), "--profile", "Work", "--room", "r1", "--task", "t1")
        mixframe("status", "--profile", "Work", "--room", "r1", "--task", "t1")
        mixframe("stop", "--profile", "Work", "--room", "r1", "--task", "t1")
        # A failing call: its error and any log are scanned too.
        mixframe("stop", "--profile", "Work", "--room", "r1", "--task", "no-such-task", expect=1)
        mixframe("render", str(preset), "-o", str(tmp_path / "data" / "frame.png"))
    assert (sent["AccessKey"], sent["SecretKey"]) == (S3_ACCESS, S3_SECRET)  # the keys were really used

    secrets = (VOLC_SECRET_KEY, S3_ACCESS, S3_SECRET)
    for text in said:
        for secret in secrets:
            assert secret not in text, f"{secret!r} printed"
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "profiles.json" for p in written)
    # The recordings journal kept the task and the body sent, masked: scanned below like every file.
    from mixframe.store.journal import Journal

    (kept,) = [e for e in Journal(tmp_path / "data" / "recordings.sqlite3").entries() if e.task_id == "t1"]
    assert kept.state == "stopped" and kept.body["StorageConfig"]["CustomConfig"]["Bucket"] == "my-bucket"
    assert kept.body["StorageConfig"]["CustomConfig"]["SecretKey"] != S3_SECRET
    for path in written:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, f"{secret!r} in {path}"
