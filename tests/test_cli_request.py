"""`mixframe request`: what validate accepts, request prints (S3 presets, QingCloud files), with
the account's secrets from --profile's keyring or QY_SIGN_KEY, always masked."""

from __future__ import annotations

import json

import pytest

from support import run_cli as run
from support import write_json as write

from mixframe.cli import main
from mixframe.model.preset import parse_document
from mixframe.store import credentials as cr
from mixframe.store.profiles import Profile, ProfileStore

S3_PRESET = {"mixframe": 1, "name": "s3", "vendor": "volcengine", "request": {
    "TargetStreams": {"StreamList": [{"UserId": "alice", "Index": 0}]},
    "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 0, "Bucket": "b"}}}}
QY_PRESET = {"mixframe": 1, "name": "qy", "vendor": "qingcloud",
             "request": {"app_id": "qa", "project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1}}
S3_ACCESS, S3_SECRET, SIGN_KEY = "s3-access-key-id-77", "s3-secret-key-0815", "project-sign-key-42"
AT_START = "is a secret kept in the account's keyring; it is filled in when the recording starts"
S3_WARNINGS = [f"warning: StorageConfig.CustomConfig.AccessKey: {AT_START}",
               f"warning: StorageConfig.CustomConfig.SecretKey: {AT_START}"]
IDS = ["--app-id", "a1", "--room", "r1", "--task", "t1"]




def test_an_s3_preset_validate_accepts_is_printed_with_its_keys_masked(tmp_path):
    path = write(tmp_path, "s3.json", S3_PRESET)
    validated = run("validate", str(path), cwd=tmp_path)
    assert validated.returncode == 0
    result = run("request", str(path), *IDS, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    custom = json.loads(result.stdout)["StorageConfig"]["CustomConfig"]
    assert custom == {"Vendor": 1, "Region": 0, "Bucket": "b", "AccessKey": "******", "SecretKey": "******"}
    assert result.stderr.splitlines() == S3_WARNINGS  # the same words validate says
    assert all(line in validated.stdout.splitlines() for line in S3_WARNINGS)


def test_a_qingcloud_file_takes_its_sign_key_from_qy_sign_key_and_masks_it(tmp_path):
    path = write(tmp_path, "qy.json", QY_PRESET)
    result = run("request", str(path), "--room", "ch1", cwd=tmp_path, QY_SIGN_KEY=SIGN_KEY)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout) == {"app_id": "qa", "project_id": "qp", "channel": "ch1", "sign_key": "******",
                                         "layout_mode": 1, "is_mixing_enabled": 1}
    assert SIGN_KEY not in result.stdout + result.stderr and result.stderr == ""
    # Without it the body is the same, and a warning says where the key comes from.
    result = run("request", str(path), "--room", "ch1", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["sign_key"] == "******"
    assert result.stderr.splitlines() == [f"warning: sign_key: {AT_START}"]


def test_the_window_s_request_panel_gives_the_same_verdict_as_validate():
    from mixframe.model.sending import body_to_send

    problems, body = body_to_send(parse_document(S3_PRESET), "a1", "r1", "t1")
    assert body is not None and not [p for p in problems if p.is_error]
    assert body["StorageConfig"]["CustomConfig"]["SecretKey"] == "******"
    problems, body = body_to_send(parse_document(QY_PRESET), room="c")
    assert body is not None and body["sign_key"] == "******"


@pytest.fixture
def config(tmp_path, monkeypatch, memory_keyring):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MIXFRAME_LOG_DIR", str(tmp_path / "logs"))
    for k in ("VOLC_ACCESSKEY", "VOLC_SECRETKEY", "VOLC_SESSION_TOKEN", "QY_ACCESS_KEY_ID", "QY_SECRET_ACCESS_KEY",
              "QY_SIGN_KEY"):
        monkeypatch.delenv(k, raising=False)
    return tmp_path


def request(capsys, *argv) -> tuple[int, str, str]:
    code = main(["request", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_profile_gives_the_s3_keys_and_app_id_masked(capsys, config):
    ProfileStore().save(Profile("Work", "volcengine", app_id="profile-app"))
    cr.set_secret("Work", cr.S3_ACCESS_KEY, S3_ACCESS)
    cr.set_secret("Work", cr.S3_SECRET_KEY, S3_SECRET)
    path = write(config, "s3.json", S3_PRESET)
    code, out, err = request(capsys, path, "--profile", "Work", "--room", "r1", "--task", "t1")
    assert code == 0, out + err
    body = json.loads(out)
    assert body["AppId"] == "profile-app"
    assert body["StorageConfig"]["CustomConfig"]["AccessKey"] == body["StorageConfig"]["CustomConfig"]["SecretKey"] \
        == "******"
    assert err == ""  # the keys are there: no "filled in at start" warning
    assert S3_SECRET not in out + err and S3_ACCESS not in out + err
    # A key of the profile pasted into a number field is hidden, not quoted.
    pasted = json.loads(json.dumps(S3_PRESET))
    pasted["request"]["Control"] = {"MaxIdleTime": S3_SECRET}
    code, out, err = request(capsys, write(config, "pasted.json", pasted), "--profile", "Work", *IDS)
    assert code == 1 and S3_SECRET not in out + err
    assert "Control.MaxIdleTime: must be a whole number (the value is not shown: it holds a secret)" in out.splitlines()


def test_profile_gives_qingcloud_s_sign_key(capsys, config):
    ProfileStore().save(Profile("Qy", "qingcloud"))
    cr.set_secret("Qy", cr.QY_SIGN_KEY, SIGN_KEY)
    code, out, err = request(capsys, write(config, "qy.json", QY_PRESET), "--profile", "Qy", "--room", "c9")
    assert code == 0, out + err
    assert json.loads(out)["sign_key"] == "******" and err == "" and SIGN_KEY not in out


def test_a_wrong_or_unknown_profile_is_one_sentence(capsys, config):
    ProfileStore().save(Profile("Qy", "qingcloud"))
    path = write(config, "s3.json", S3_PRESET)
    code, out, err = request(capsys, path, "--profile", "Qy", *IDS)
    assert code == 2 and out == ""
    assert err.splitlines() == ["Account 'Qy' is for qingcloud, but the request is for volcengine."]
    code, out, err = request(capsys, path, "--profile", "Nope", *IDS)
    assert code == 2 and out == "" and len(err.splitlines()) == 1 and "Nope" in err


def test_a_profile_without_the_keys_says_what_start_would_say(capsys, config):
    ProfileStore().save(Profile("Bare", "volcengine"))
    code, out, err = request(capsys, write(config, "s3.json", S3_PRESET), "--profile", "Bare", *IDS)
    assert code == 1 and err == ""
    assert out.splitlines() == ["StorageConfig.CustomConfig.AccessKey: is required",
                                "StorageConfig.CustomConfig.SecretKey: is required"]
    ProfileStore().save(Profile("BareQy", "qingcloud"))
    code, out, err = request(capsys, write(config, "qy.json", QY_PRESET), "--profile", "BareQy", "--room", "c")
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert "sign_key" in err and "mixframe account set-key BareQy sign_key" in err
