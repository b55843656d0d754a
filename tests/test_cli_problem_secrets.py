"""A problem never quotes a value that equals or contains a secret the command knows: the file's own
keys (S3 AccessKey/SecretKey, sign_key), the environment's (VOLC_SECRETKEY, QY_SIGN_KEY…) or the
profile's. The line says the value is hidden instead. Run as a user runs them: a subprocess."""

from __future__ import annotations

import copy

import pytest

from support import run_cli as run
from support import write_json as write

S3_ACCESS, S3_SECRET = "AKID-PROBLEM-LEAK-4711", "SK-PROBLEM-LEAK-0815=="
ENV_SECRET, SIGN_KEY = "volc-env-secret-31337", "qy-sign-key-2718"
HIDDEN = "(the value is not shown: it holds a secret)"
S3_BODY = {
    "AppId": "app1", "RoomId": "room1", "TaskId": "task1",
    "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "alice"}]},
    "Layout": {"LayoutMode": 0},
    "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 3, "Bucket": "bkt",
                                                  "AccessKey": S3_ACCESS, "SecretKey": S3_SECRET}},
}
TOS = {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bkt"}}




@pytest.mark.parametrize("pasted", [S3_SECRET, S3_ACCESS, f"x{S3_SECRET}"])
def test_a_file_s_s3_key_pasted_into_a_number_field_is_not_quoted(tmp_path, pasted):
    body = copy.deepcopy(S3_BODY)
    body["Control"] = {"MaxIdleTime": pasted}
    body["Encode"] = {"VideoFps": pasted, S3_SECRET: 1}  # and a key named after it
    path = write(tmp_path, "s3.json", body)
    for command in (["validate", str(path)], ["request", str(path)], ["render", str(path), "-o", "f.png"]):
        result = run(*command, cwd=tmp_path)
        printed = result.stdout + result.stderr
        assert result.returncode == 1, (command, printed)
        assert S3_SECRET not in printed and S3_ACCESS not in printed, command
        lines = result.stdout.splitlines()
        assert f"Control.MaxIdleTime: must be a whole number {HIDDEN}" in lines, lines
        assert f"Encode.VideoFps: must be in [1, 60] {HIDDEN}" in lines or \
            f"Encode.VideoFps: must be a whole number {HIDDEN}" in lines, lines
        assert any(line.startswith("Encode.******: is not a field the API knows") for line in lines), lines


def test_the_environment_s_secrets_are_not_quoted_either(tmp_path):
    volc = write(tmp_path, "volc.json", {**S3_BODY, "StorageConfig": TOS, "Control": {"MaxIdleTime": ENV_SECRET}})
    result = run("validate", str(volc), cwd=tmp_path, VOLC_SECRETKEY=ENV_SECRET)
    assert result.returncode == 1
    assert ENV_SECRET not in result.stdout + result.stderr
    assert f"Control.MaxIdleTime: must be a whole number {HIDDEN}" in result.stdout.splitlines()
    # Without the variable the same value is an ordinary text and is quoted, as before.
    plain = run("validate", str(volc), cwd=tmp_path)
    assert f'Control.MaxIdleTime: must be a whole number (got the text "{ENV_SECRET}")' in plain.stdout.splitlines()

    qingcloud = write(tmp_path, "qy.json", {"app_id": "a", "project_id": "p", "channel": "c",
                                             "is_mixing_enabled": 1, "layout_mode": SIGN_KEY})
    for command in (["validate", str(qingcloud)], ["request", str(qingcloud)],
                    ["start", str(qingcloud), "--endpoint", "http://127.0.0.1:9"]):
        result = run(*command, cwd=tmp_path, QY_SIGN_KEY=SIGN_KEY, QY_ACCESS_KEY_ID="k",
                     QY_SECRET_ACCESS_KEY="qy-secret-access")
        assert result.returncode == 1, (command, result.stdout + result.stderr)
        assert SIGN_KEY not in result.stdout + result.stderr, command
        assert any(line.startswith("layout_mode: ") and line.endswith(HIDDEN) for line in result.stdout.splitlines())


def test_a_chinese_line_hides_it_too_and_says_so_in_chinese(tmp_path):
    body = copy.deepcopy(S3_BODY)
    body["Control"] = {"MaxIdleTime": S3_SECRET}
    result = run("validate", str(write(tmp_path, "s3.json", body)), cwd=tmp_path, LANG="zh_CN.UTF-8")
    assert result.returncode == 1 and S3_SECRET not in result.stdout
    line = next(line for line in result.stdout.splitlines() if line.startswith("Control.MaxIdleTime: "))
    assert "必须是整数" in line and "密钥" in line and "the value" not in line


def test_hide_secrets_leaves_other_problems_alone_and_short_secrets_only_whole():
    from mixframe.model.problems import SECRET_HIDDEN, error, hide_secrets, warning

    quoted = error("Control.MaxIdleTime", 'must be a whole number (got the text "{value}")', value="abc")
    assert hide_secrets(quoted, ["zzzz"]) is quoted
    assert hide_secrets(quoted, ["ab"]) is quoted  # a short secret is hidden only where it is the whole value
    hidden = hide_secrets(quoted, ["abc"])
    assert hidden.message == "must be a whole number" + SECRET_HIDDEN and hidden.msgid == "must be a whole number"
    assert hidden.line() == "Control.MaxIdleTime: must be a whole number" + SECRET_HIDDEN
    other = warning("FileNameConfig.Pattern", "{variable} is not a known variable", variable="{secret-value}")
    assert hide_secrets(other, ["secret-value"]).line() == \
        "warning: FileNameConfig.Pattern: {******} is not a known variable" + SECRET_HIDDEN
