"""The service commands against misbehaving servers: one deadline per command, secrets never
printed, and QingCloud's sign_key from QY_SIGN_KEY or the profile's keyring."""

import json
import time

import pytest

from mixframe.cli import main
from mixframe.store import credentials as cr
from mixframe.store.profiles import Profile, ProfileStore
from servers import echo_server, elapsed, raw_server, silent, trickle

MARGIN = 3.0  # a correctness bound for a loaded machine, not a benchmark
VOLC_PRESET = {"mixframe": 1, "name": "s3", "vendor": "volcengine", "request": {
    "TargetStreams": {"StreamList": [{"UserId": "alice", "Index": 0}]},
    "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 0, "Bucket": "b"}}}}
QY_PRESET = {"mixframe": 1, "name": "qy", "vendor": "qingcloud",
             "request": {"app_id": "qa", "project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1}}
ACCOUNT_SECRET = "acct-secret-1234"
S3_SECRET = ACCOUNT_SECRET + "-s3"  # contains the account's secret: masked whole all the same
S3_ACCESS = "s3-access-key-id"
SIGN_KEY = "project-sign-key-42"


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MIXFRAME_LOG_DIR", str(tmp_path / "logs"))
    for k in ("VOLC_ACCESSKEY", "VOLC_SECRETKEY", "VOLC_SESSION_TOKEN", "QY_ACCESS_KEY_ID", "QY_SECRET_ACCESS_KEY",
              "QY_SIGN_KEY"):
        monkeypatch.delenv(k, raising=False)
    volc = tmp_path / "s3.json"
    volc.write_text(json.dumps(VOLC_PRESET))
    qy = tmp_path / "qy.json"
    qy.write_text(json.dumps(QY_PRESET))
    return volc, qy


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def volc_env(monkeypatch):
    monkeypatch.setenv("VOLC_ACCESSKEY", "AK")
    monkeypatch.setenv("VOLC_SECRETKEY", ACCOUNT_SECRET)


IDS = ["--app-id", "a", "--room", "r", "--task", "t"]


# -- one deadline -----------------------------------------------------------------------------


def test_a_silent_server_costs_one_timeout_and_says_so(capsys, files, volc_env):
    with raw_server(silent) as server:
        began = time.monotonic()
        code, out, err = run(capsys, "status", "--endpoint", server["url"], "--timeout", "0.5", *IDS)
        took = elapsed(began)
        connections = server["connections"]
    assert code == 1 and "Traceback" not in err
    assert "did not answer within the 0.5-second deadline (1 attempt, 0.5 s waited in all)" in err
    assert connections == 1 and took < 0.5 + MARGIN


def test_a_trickling_server_cannot_hold_start(capsys, files, volc_env, memory_keyring):
    with raw_server(trickle(every=0.1, total=60)) as server:
        ProfileStore().save(Profile("Slow", "volcengine", endpoint=server["url"]))
        for field, value in ((cr.ACCESS_KEY, "AK"), (cr.SECRET_KEY, ACCOUNT_SECRET), (cr.S3_ACCESS_KEY, S3_ACCESS),
                             (cr.S3_SECRET_KEY, S3_SECRET)):
            cr.set_secret("Slow", field, value)
        began = time.monotonic()
        code, out, err = run(capsys, "start", files[0], "--profile", "Slow", "--timeout", "0.5", *IDS)
        took = elapsed(began)
    assert code == 1 and "0.5-second deadline" in err
    assert took < 0.5 + MARGIN  # the server trickles for 6 s per attempt


# -- secrets never printed --------------------------------------------------------------------


@pytest.mark.parametrize("shape", ["wrapped", "bare", "error"])
def test_an_echoing_server_never_gets_a_secret_printed(capsys, files, memory_keyring, shape):
    def answer(body, path):
        if shape == "bare":
            return 200, body
        if shape == "error":
            return 400, {"ResponseMetadata": {"RequestId": "r9", "Error": {
                "Code": "InvalidParameter.Echo", "Message": f"got {json.dumps(body)}"}}}
        # StartRecord's Result is a string ("ok"): the echo rides in a field of its own.
        return 200, {"ResponseMetadata": {"RequestId": "r1", "Action": "StartRecord", "Version": "2023-11-01"},
                     "Result": "ok", "Echo": {"echo": body, "signed": f"key {ACCOUNT_SECRET}"}}

    with echo_server(answer) as url:
        ProfileStore().save(Profile("Echo", "volcengine", endpoint=url))
        for field, value in ((cr.ACCESS_KEY, "AK"), (cr.SECRET_KEY, ACCOUNT_SECRET), (cr.S3_ACCESS_KEY, S3_ACCESS),
                             (cr.S3_SECRET_KEY, S3_SECRET)):
            cr.set_secret("Echo", field, value)
        code, out, err = run(capsys, "start", files[0], "--profile", "Echo", *IDS)
    printed = out + err
    assert code in (0, 1) and "Traceback" not in printed
    for secret in (ACCOUNT_SECRET, S3_SECRET, S3_ACCESS, "-s3"):
        assert secret not in printed, secret
    if shape == "wrapped":
        assert code == 0 and "******" in out
    else:  # an error, or a bare echo without ResponseMetadata, which is not the service's success
        assert code == 1


def test_a_qingcloud_error_echoing_sign_key_is_masked(capsys, files, monkeypatch):
    monkeypatch.setenv("QY_ACCESS_KEY_ID", "QYKEY")
    monkeypatch.setenv("QY_SECRET_ACCESS_KEY", "qy-account-secret")
    monkeypatch.setenv("QY_SIGN_KEY", SIGN_KEY)

    def answer(body, path):
        return 400, {"code": "invalid_sign", "message": f"sign_key {SIGN_KEY} is wrong",
                     "echo": body, "query": path}

    with echo_server(answer) as url:
        code, out, err = run(capsys, "start", files[1], "--endpoint", url, "--room", "ch1")
    assert code == 1 and "invalid_sign" in err
    assert SIGN_KEY not in out + err and "qy-account-secret" not in out + err


# -- QingCloud's sign_key ---------------------------------------------------------------------


def qingcloud_echo(seen):
    def answer(body, path):
        seen.append(body)
        return 200, {"code": "success", "task_id": 7}
    return answer


def test_sign_key_from_the_environment_starts_a_qingcloud_preset(capsys, files, monkeypatch):
    monkeypatch.setenv("QY_ACCESS_KEY_ID", "QYKEY")
    monkeypatch.setenv("QY_SECRET_ACCESS_KEY", "qy-account-secret")
    monkeypatch.setenv("QY_SIGN_KEY", SIGN_KEY)
    seen = []
    with echo_server(qingcloud_echo(seen)) as url:
        code, out, err = run(capsys, "start", files[1], "--endpoint", url, "--room", "ch1")
    assert code == 0, err
    assert out.startswith("TaskId: 7\n") and seen[0]["sign_key"] == SIGN_KEY and SIGN_KEY not in out + err


def test_sign_key_from_the_profiles_keyring(capsys, files, memory_keyring):
    seen = []
    with echo_server(qingcloud_echo(seen)) as url:
        ProfileStore().save(Profile("Qy", "qingcloud", endpoint=url, app_id="qa"))
        for field, value in ((cr.QY_ACCESS_KEY_ID, "QYKEY"), (cr.QY_SECRET_ACCESS_KEY, "qy-secret"),
                             (cr.QY_SIGN_KEY, SIGN_KEY)):
            cr.set_secret("Qy", field, value)
        code, out, err = run(capsys, "start", files[1], "--profile", "Qy", "--room", "ch1")
    assert code == 0, err
    assert seen[0]["sign_key"] == SIGN_KEY


def test_a_missing_sign_key_says_where_to_set_it(capsys, files, monkeypatch, memory_keyring):
    monkeypatch.setenv("QY_ACCESS_KEY_ID", "QYKEY")
    monkeypatch.setenv("QY_SECRET_ACCESS_KEY", "qy-account-secret")
    code, out, err = run(capsys, "start", files[1], "--endpoint", "http://127.0.0.1:9", "--room", "ch1")
    assert code == 2 and "QY_SIGN_KEY" in err and len(err.strip().splitlines()) == 1
    ProfileStore().save(Profile("Qy", "qingcloud", endpoint="http://127.0.0.1:9", app_id="qa"))
    code, out, err = run(capsys, "start", files[1], "--profile", "Qy", "--room", "ch1")
    assert code == 2 and "'Qy/sign_key'" in err and "keyring" in err


def test_an_invalid_qingcloud_file_is_reported_before_a_missing_sign_key(capsys, files, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**QY_PRESET, "request": {**QY_PRESET["request"], "layout_mode": 99}}))
    code, out, err = run(capsys, "start", bad, "--endpoint", "http://127.0.0.1:9", "--room", "ch1")
    assert code == 1 and out.startswith("layout_mode: ")


def test_sign_key_lookup_order(memory_keyring):
    env = {"QY_SIGN_KEY": "from-env"}
    assert cr.qingcloud_sign_key(None, env=env) == "from-env"
    assert cr.qingcloud_sign_key(None, env={}) is None
    profile = Profile("Qy", "qingcloud")
    assert cr.qingcloud_sign_key(profile, env=env) is None  # a profile's keys come from its keyring only
    cr.set_secret("Qy", cr.QY_SIGN_KEY, "from-keyring")
    assert cr.qingcloud_sign_key(profile, env=env) == "from-keyring"
    assert cr.qingcloud_sign_key(Profile("S", "sandbox")) == cr.SANDBOX_SIGN_KEY


# -- endpoints --------------------------------------------------------------------------------


def test_an_empty_endpoint_never_falls_back_to_production(capsys, files, volc_env, monkeypatch):
    import httpx

    def no_network(*a, **k):
        raise AssertionError("sent a request")

    monkeypatch.setattr(httpx.Client, "request", no_network)
    code, out, err = run(capsys, "status", "--endpoint", "", *IDS)
    assert code == 2 and "empty" in err and "Traceback" not in err
