"""The service commands, end to end against the sandbox over loopback HTTP."""

import json
import os
import re
import signal
import subprocess
import sys

import keyring
import pytest

from mixframe.cli import main
from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY
from mixframe.store import credentials as cr
from mixframe.store.profiles import Profile, ProfileStore

PRESET = {"mixframe": 1, "name": "two up", "vendor": "volcengine", "request": {
    "TargetStreams": {"StreamList": [{"UserId": "alice", "Index": 0}, {"UserId": "bob", "Index": 1}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": [
        {"StreamIndex": 0, "Width": 640, "Height": 720},
        {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 720}]}},
    "FileFormatConfig": {"FileFormat": ["MP4"]},
    "FileNameConfig": {"Prefix": ["rec"], "Pattern": "{TaskId}_{Duration}"},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}}}
QY_PRESET = {"mixframe": 1, "name": "qy", "vendor": "qingcloud",
             "request": {"app_id": "qa", "project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1}}


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    for k in ("VOLC_ACCESSKEY", "VOLC_SECRETKEY", "VOLC_SESSION_TOKEN", "QY_ACCESS_KEY_ID", "QY_SECRET_ACCESS_KEY"):
        monkeypatch.delenv(k, raising=False)
    preset = tmp_path / "two-up.json"
    preset.write_text(json.dumps(PRESET))
    qy = tmp_path / "qy.json"
    qy.write_text(json.dumps(QY_PRESET))
    return preset, qy


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def cycle(capsys, sandbox, preset, where):
    ids = ["--app-id", "app1", "--room", "room1"]
    code, out, err = run(capsys, "start", preset, *where, *ids)
    assert code == 0, err
    task = re.match(r"TaskId: (\S+)\n", out).group(1)
    assert re.fullmatch(r"[a-zA-Z0-9_@\-.]{1,128}", task)
    assert json.loads(out.split("\n", 1)[1])["Result"] == "ok"
    code, out, _ = run(capsys, "status", *where, *ids, "--task", task)
    assert code == 0 and out.startswith("Status: 2 (Running)")
    code, out, err = run(capsys, "update", preset, *where, *ids, "--task", task)
    assert code == 0, err
    assert sandbox.volcengine.tasks[("app1", "room1", task)].updates == 1
    code, out, _ = run(capsys, "stop", *where, *ids, "--task", task)
    assert code == 0 and json.loads(out)["Result"] == "ok"
    code, out, _ = run(capsys, "status", *where, *ids, "--task", task)
    assert code == 0 and out.startswith("Status: 3 (Ended), stopped: StopByAPI")
    assert re.search(rf"File: rec/{task}_\d{{6}}_[0-9a-f]{{8}}\.mp4", out)
    return task


def test_cycle_with_environment_credentials(capsys, sandbox, files, monkeypatch):
    monkeypatch.setenv("VOLC_ACCESSKEY", VOLC_ACCESS_KEY)
    monkeypatch.setenv("VOLC_SECRETKEY", VOLC_SECRET_KEY)
    cycle(capsys, sandbox, files[0], ["--endpoint", sandbox.url])


def test_cycle_with_a_keyring_profile(capsys, sandbox, files, memory_keyring):
    ProfileStore().save(Profile("Local", "volcengine", endpoint=sandbox.url, app_id="app1"))
    cr.set_secret("Local", cr.ACCESS_KEY, VOLC_ACCESS_KEY)
    cr.set_secret("Local", cr.SECRET_KEY, VOLC_SECRET_KEY)
    cycle(capsys, sandbox, files[0], ["--profile", "Local"])
    assert VOLC_SECRET_KEY not in (files[0].parent / "config" / "profiles.json").read_text()


def test_sandbox_profile_works_on_first_run(capsys, files):
    code, out, err = run(capsys, "start", files[0], "--profile", "Sandbox", "--room", "r1", "--task", "t1")
    assert code == 0, err
    assert out.startswith("TaskId: t1\n")


def test_api_error_prints_code_message_request_id(capsys, sandbox, files, monkeypatch):
    monkeypatch.setenv("VOLC_ACCESSKEY", VOLC_ACCESS_KEY)
    monkeypatch.setenv("VOLC_SECRETKEY", "wrong-secret")
    code, out, err = run(capsys, "stop", "--endpoint", sandbox.url, "--app-id", "a", "--room", "r", "--task", "t")
    assert code == 1
    assert "Code: SignatureDoesNotMatch (100010)" in err and re.search(r"RequestId: \w+", err)
    assert "Message: " in err and "wrong-secret" not in out + err and "Traceback" not in err


def test_invalid_file_sends_nothing_and_prints_paths(capsys, sandbox, files, monkeypatch, tmp_path):
    monkeypatch.setenv("VOLC_ACCESSKEY", VOLC_ACCESS_KEY)
    monkeypatch.setenv("VOLC_SECRETKEY", VOLC_SECRET_KEY)
    bad = json.loads(json.dumps(PRESET))
    bad["request"]["Layout"]["CustomLayout"]["Regions"][1]["Width"] = 5000
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    code, out, err = run(capsys, "start", path, "--endpoint", sandbox.url, "--app-id", "a", "--room", "r")
    assert code == 1
    assert out.splitlines()[0].startswith("Layout.CustomLayout.Regions[1].Width: ")
    assert sandbox.count() == 0


def test_invalid_file_is_reported_before_missing_keys(capsys, files, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"AppId": "a", "RoomId": "r"}))
    code, out, err = run(capsys, "start", path)
    assert code == 1 and "StorageConfig: is required" in out


@pytest.mark.parametrize("argv,expected", [
    (["start", "missing.json", "--endpoint", "http://127.0.0.1:9"], "missing.json"),
    (["stop", "--endpoint", "http://example.com", "--app-id", "a", "--room", "r", "--task", "t"], "Refusing plain http://"),
    (["stop", "--endpoint", "http://127.0.0.1:9", "--room", "r", "--task", "t"], "needs --app-id"),
    (["status", "--profile", "Nobody", "--app-id", "a", "--room", "r", "--task", "t"], "no profile named 'Nobody'"),
    (["status", "--endpoint", "http://127.0.0.1:9", "--app-id", "a", "--room", "r", "--task", "t"], "VOLC_ACCESSKEY"),
])
def test_bad_input_is_one_line_exit_2(capsys, files, argv, expected):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert expected in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_not_json_is_exit_2(capsys, files, tmp_path):
    path = tmp_path / "x.json"
    path.write_text("{nope")
    code, _, err = run(capsys, "start", path, "--endpoint", "http://127.0.0.1:9")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_keyring_unavailable_is_exit_2(capsys, files):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        ProfileStore().save(Profile("Prod", "volcengine"))
        code, _, err = run(capsys, "status", "--profile", "Prod", "--app-id", "a", "--room", "r", "--task", "t")
    finally:
        keyring.set_keyring(previous)
    assert code == 2 and "No usable keyring" in err


def test_qingcloud_start_status_stop(capsys, sandbox, files, monkeypatch, memory_keyring):
    ProfileStore().save(Profile("Qy", "qingcloud", endpoint=sandbox.url, app_id="qa"))
    for field, value in ((cr.QY_ACCESS_KEY_ID, "QYSANDBOXKEY"), (cr.QY_SECRET_ACCESS_KEY, "qingcloud-sandbox-secret"),
                         (cr.QY_SIGN_KEY, "project-sign-key")):
        cr.set_secret("Qy", field, value)
    code, out, err = run(capsys, "start", files[1], "--profile", "Qy", "--room", "ch1")
    assert code == 0, err
    assert out.startswith("TaskId: 1\n") and "project-sign-key" not in out
    code, out, _ = run(capsys, "status", "--profile", "Qy", "--room", "ch1")
    assert code == 0 and out.startswith("Recording 1: status 2 (Recording)")
    code, out, err = run(capsys, "stop", "--profile", "Qy", "--room", "ch1", "--project", "qp")
    assert code == 0, err
    code, out, _ = run(capsys, "status", "--profile", "Qy", "--room", "ch1")
    assert out.startswith("Recording 1: status 10 (Stopped)")


def test_update_for_qingcloud_is_bad_input(capsys, files):
    code, _, err = run(capsys, "update", files[1], "--endpoint", "http://127.0.0.1:9", "--task", "t")
    assert code == 2 and "no update call" in err


def test_subprocess_sandbox_and_cycle(tmp_path, files):
    """`python -m mixframe sandbox` in its own process, driven by `python -m mixframe` commands."""
    env = dict(os.environ, MIXFRAME_CONFIG_DIR=str(tmp_path / "cfg"), PYTHONUNBUFFERED="1")
    server = subprocess.Popen([sys.executable, "-m", "mixframe", "sandbox", "--port", "0"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = server.stdout.readline()
        url = re.search(r"listening on (http://127\.0\.0\.1:\d+)", first).group(1)
        keys_line = server.stdout.readline()
        assert "VOLC_ACCESSKEY=AKLTsandbox" in keys_line
        env.update(VOLC_ACCESSKEY=VOLC_ACCESS_KEY, VOLC_SECRETKEY=VOLC_SECRET_KEY)
        common = ["--endpoint", url, "--app-id", "app1", "--room", "room1", "--task", "sub1"]

        def mixframe(*argv):
            return subprocess.run([sys.executable, "-m", "mixframe", *argv], env=env, capture_output=True, text=True, timeout=60)

        started = mixframe("start", str(files[0]), *common)
        assert started.returncode == 0, started.stderr
        assert started.stdout.startswith("TaskId: sub1")
        assert mixframe("update", str(files[0]), *common).returncode == 0
        assert mixframe("stop", *common).returncode == 0
        status = mixframe("status", *common)
        assert status.returncode == 0 and status.stdout.startswith("Status: 3 (Ended)")
        again = mixframe("stop", *common)
        assert again.returncode == 1 and "InvalidParameter.ErrorActiveTaskNotFound" in again.stderr
    finally:
        server.send_signal(signal.SIGINT)
        try:
            rest, _ = server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            raise
    assert server.returncode == 0 and "Sandbox stopped." in rest


def _status_subprocess(sandbox, tmp_path, **language):
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "MIXFRAME_LANG")}
    env.update(VOLC_ACCESSKEY=VOLC_ACCESS_KEY, VOLC_SECRETKEY="wrong-secret", PYTHONIOENCODING="utf-8",
               MIXFRAME_CONFIG_DIR=str(tmp_path / "config"), **language)
    return subprocess.run([sys.executable, "-m", "mixframe", "status", "--endpoint", sandbox.url, "--app-id", "a",
                           "--room", "r", "--task", "t"], env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)


def test_a_chinese_locale_prints_the_refusal_in_chinese_with_code_and_request_id_as_given(sandbox, tmp_path):
    chinese = _status_subprocess(sandbox, tmp_path, LANG="zh_CN.UTF-8")
    assert chinese.returncode == 1 and chinese.stdout == "" and "Traceback" not in chinese.stderr
    lines = chinese.stderr.splitlines()
    assert lines[0].startswith("服务拒绝了请求签名：SecretKey 与此 AccessKey 不匹配")
    assert "错误码：SignatureDoesNotMatch (100010)" in lines
    assert re.fullmatch(r"请求 ID：\w+", lines[-1]) and "wrong-secret" not in chinese.stderr
    english = _status_subprocess(sandbox, tmp_path, LANG="C.UTF-8")
    assert english.returncode == 1
    assert english.stderr.splitlines()[0].startswith("The service rejected the request signature:")
    assert "Code: SignatureDoesNotMatch (100010)" in english.stderr and re.search(r"RequestId: \w+\n$", english.stderr)
    assert len(english.stderr.splitlines()) == len(lines)  # the same lines, the service's values in each
    # The service's own Message line is the same text in both languages.
    assert [line for line in english.stderr.splitlines() if line.startswith("Message: ")][0][len("Message: "):] in chinese.stderr


@pytest.fixture
def counted_checks(monkeypatch):
    """Every check_start this process makes on the client's side (the sandbox's own, answering
    over loopback in this process, is the peer's and not counted)."""
    import traceback

    from mixframe.model import qingcloud as qingcloud_model
    from mixframe.model import volcengine as volcengine_model

    calls = []
    for module in (volcengine_model, qingcloud_model):
        real = module.check_start

        def counting(*args, _real=real, **kwargs):
            if not any("/sandbox/" in frame.filename for frame in traceback.extract_stack()):
                calls.append(kwargs.get("draft", False))
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, "check_start", counting)
    return calls


def test_start_checks_the_request_once(capsys, sandbox, files, monkeypatch, counted_checks):
    """Issue 15: `mixframe start` ran check_start five times (prepare, prepare again inside start,
    a parse after each, the client). It is prepared and checked once, then sent as prepared."""
    preset, _qy = files
    monkeypatch.setenv("VOLC_ACCESSKEY", VOLC_ACCESS_KEY)
    monkeypatch.setenv("VOLC_SECRETKEY", VOLC_SECRET_KEY)
    code, out, err = run(capsys, "start", preset, "--endpoint", sandbox.url, "--app-id", "app1", "--room", "room1")
    assert code == 0, err
    assert counted_checks == [False]
    assert sandbox.count("StartRecord") == 1


def test_a_qingcloud_start_checks_the_request_once(capsys, sandbox, files, monkeypatch, memory_keyring,
                                                    counted_checks):
    _preset, qy = files
    ProfileStore().save(Profile("Qy", "qingcloud", endpoint=sandbox.url, app_id="qa"))
    for field, value in ((cr.QY_ACCESS_KEY_ID, "QYSANDBOXKEY"), (cr.QY_SECRET_ACCESS_KEY, "qingcloud-sandbox-secret"),
                         (cr.QY_SIGN_KEY, "project-sign-key")):
        cr.set_secret("Qy", field, value)
    code, out, err = run(capsys, "start", qy, "--profile", "Qy", "--room", "c1")
    assert code == 0, err
    assert counted_checks == [False]
