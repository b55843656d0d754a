"""Every known secret masked in everything the clients hand back, whatever a server echoes."""

import pytest

from mixframe.api import errors as E
from mixframe.api.errors import ApiError
from mixframe.api.qingcloud_client import QingCloudClient
from mixframe.api.qingcloud_signer import QingCloudCredentials
from mixframe.api.volc_client import NO_RETRY, VolcClient
from mixframe.api.volc_signer import VolcCredentials
from servers import echo_server

ACCOUNT_SECRET = "acct-secret-1234"
S3_SECRET = "acct-secret-1234-and-more"  # contains the account's secret: still masked whole
S3_ACCESS = "s3-access-key-id"
START = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1",
         "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 0, "Bucket": "b",
                                                       "AccessKey": S3_ACCESS, "SecretKey": S3_SECRET}}}


def test_redact_masks_longest_first():
    assert E.redact("x abcd1234XYZW y", ["abcd1234", "abcd1234XYZW"]) == "x *** y"
    assert E.redact("x abcd1234XYZW y", ["abcd1234XYZW", "abcd1234"]) == "x *** y"


def test_a_short_secret_is_masked_where_it_is_a_whole_value():
    assert E.redact("abc", ["abc"]) == "***"
    assert E.redact("abcdef", ["abc"]) == "abcdef"  # masking inside text would mangle it


def test_redact_data_masks_values_keys_and_named_fields():
    data = {"a": ["ok", "key=abcd1234"], "abcd1234": 1, "n": 5, "deep": {"SecretKey": "whatever"}}
    assert E.redact_data(data, ["abcd1234"], ["secretkey"]) == {
        "a": ["ok", "key=***"], "***": 1, "n": 5, "deep": {"SecretKey": "***"}}


@pytest.mark.parametrize("shape", ["wrapped", "bare"])
def test_a_volcengine_answer_that_echoes_the_request_is_masked(shape):
    def answer(body, path):
        if shape == "bare":
            return 200, body
        return 200, {"ResponseMetadata": {"RequestId": "r1", "Action": "StartRecord", "Version": "2023-11-01"},
                     "Result": {"echo": body, "note": f"signed with {ACCOUNT_SECRET}"}}

    with echo_server(answer) as url:
        c = VolcClient(url, VolcCredentials("AK", ACCOUNT_SECRET), retry=NO_RETRY)
        try:
            shown = repr(c.start_record(START).raw)
        except ApiError as exc:
            shown = " ".join(exc.lines())
    for secret in (ACCOUNT_SECRET, S3_SECRET, S3_ACCESS, "and-more"):
        assert secret not in shown


def test_a_volcengine_error_that_echoes_a_key_is_masked():
    def answer(body, path):
        return 400, {"ResponseMetadata": {"RequestId": "r2", "Error": {
            "Code": "Weird.Thing", "Message": f"bad SecretKey {S3_SECRET} for {ACCOUNT_SECRET}"}}}

    with echo_server(answer) as url:
        c = VolcClient(url, VolcCredentials("AK", ACCOUNT_SECRET), retry=NO_RETRY)
        with pytest.raises(ApiError) as info:
            c.start_record(START)
    text = " ".join(info.value.lines())
    assert ACCOUNT_SECRET not in text and "and-more" not in text and "***" in text


SIGN_KEY = "project-sign-key-42"


@pytest.mark.parametrize("call", ["start", "stop", "query"])
def test_a_qingcloud_error_echoing_sign_key_is_masked_in_its_summary(call):
    def answer(body, path):
        return 400, {"code": "invalid_sign", "message": f"sign_key {SIGN_KEY} does not match",
                     "request": {"query": path, "echo": f"sign_key={SIGN_KEY}&secret=qy-account-secret"},
                     "sign_key": SIGN_KEY}

    with echo_server(answer) as url:
        c = QingCloudClient(url, QingCloudCredentials("QY", "qy-account-secret"), retry=NO_RETRY)
        body = {"app_id": "a1", "project_id": "p1", "channel": "ch1", "sign_key": SIGN_KEY}
        with pytest.raises(ApiError) as info:
            if call == "start":
                c.start(body)
            elif call == "stop":
                c.stop({k: body[k] for k in ("app_id", "project_id", "channel")})
            else:
                c.query({"app_id": "a1", "channel": "ch1"})
    text = " ".join(info.value.lines()) + repr(info.value.answer)
    assert "qy-account-secret" not in text
    if call == "start":
        assert SIGN_KEY not in text
    assert "invalid_sign" in text


def test_secret_values_finds_every_secret_field_at_any_depth_and_case():
    from mixframe.api.errors import secret_values

    body = {"StorageConfig": {"CustomConfig": {"AccessKey": "ak1", "SecretKey": "sk1", "Bucket": "b"}},
            "list": [{"sign_key": "sign1"}, {"secretkey": "sk2", "Other": {"SessionToken": "tok"}}],
            "SecretKey": 5}
    assert sorted(secret_values(body)) == ["ak1", "sign1", "sk1", "sk2", "tok"]
