"""Copy as curl: the call as the clients make it, pasteable into a POSIX shell, with no secret and no signature."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess

import pytest

from mixframe.api.curl import SIGNED_WHEN_SENT, curl_command
from mixframe.api.transport import encode_body
from mixframe.api.volc_client import BYTEPLUS

ACCESS, SECRET = "AKID-CURL-LEAK-4711", "SK-CURL-LEAK-0815=="
SIGN_KEY = "QC-CURL-SIGN-LEAK-99"
VOLC_BODY = {
    "AppId": "app1", "RoomId": "room1", "TaskId": "task1",
    # A quote and shell metacharacters in a value: the paste must keep them as data.
    "FileNameConfig": {"Pattern": "it's $(rm -rf ~) `x` \\n {RoomId} 直播"},
    "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 0, "Region": 0, "Bucket": "b",
                                                  "AccessKey": ACCESS, "SecretKey": SECRET}},
}
QING_BODY = {"app_id": "a", "project_id": "p", "channel": "it's", "sign_key": SIGN_KEY}


def parsed(command: str) -> tuple[str, str, dict[str, str], str | None]:
    """(method, url, headers, body) as a POSIX shell would hand them to curl."""
    # The shell removes a backslash-newline (line continuation) before splitting; shlex does not.
    words = shlex.split(command.replace("\\\n", ""))
    assert words[0] == "curl" and words[1] == "-X"
    method, url, rest = words[2], words[3], words[4:]
    headers, body = {}, None
    while rest:
        flag, value, rest = rest[0], rest[1], rest[2:]
        if flag == "-H":
            name, _, text = value.partition(": ")
            headers[name] = text
        else:
            assert flag == "--data-raw"
            body = value
    return method, url, headers, body


def test_volcengine_start_is_a_signed_shaped_post_with_placeholders():
    command = curl_command("volcengine", VOLC_BODY)
    assert command.count("\n") >= 4 and all(line.endswith(" \\") for line in command.splitlines()[:-1])
    method, url, headers, body = parsed(command)
    assert (method, url) == ("POST", "https://rtc.volcengineapi.com/?Action=StartRecord&Version=2023-11-01")
    assert headers["Content-Type"] == "application/json"
    assert headers["X-Date"] == headers["X-Content-Sha256"] == SIGNED_WHEN_SENT
    auth = headers["Authorization"]
    assert auth.startswith("HMAC-SHA256 Credential=") and "/cn-north-1/rtc/request" in auth
    assert "SignedHeaders=content-type;host;x-content-sha256;x-date" in auth
    assert auth.endswith(f"Signature={SIGNED_WHEN_SENT}")
    assert not re.search(r"[0-9a-f]{64}", command)  # no hash or signature computed from anything


def test_the_body_is_the_masked_bytes_the_client_sends_and_survives_the_shell():
    command = curl_command("volcengine", VOLC_BODY)
    body = parsed(command)[3]
    data = json.loads(body)
    assert data["FileNameConfig"]["Pattern"] == VOLC_BODY["FileNameConfig"]["Pattern"]
    assert data["StorageConfig"]["CustomConfig"]["SecretKey"] == "******"
    assert body.encode("utf-8") == encode_body(data)
    assert SECRET not in command and ACCESS not in command
    assert VOLC_BODY["StorageConfig"]["CustomConfig"]["SecretKey"] == SECRET  # the caller's body is untouched


def test_qingcloud_start_masks_the_sign_key_and_leaves_the_signature_out():
    command = curl_command("qingcloud", QING_BODY)
    method, url, headers, body = parsed(command)
    assert method == "POST"
    assert url.startswith("https://rtc.api.qingcloud.com/v1/cloudRecord?")
    query = dict(pair.split("=", 1) for pair in url.split("?", 1)[1].split("&"))
    assert query["access_key_id"].startswith("<") and query["signature"].startswith("<")
    assert query["signature_method"] == "HmacSHA256" and query["signature_version"] == "1"
    assert headers == {"Content-Type": "application/json"}
    assert json.loads(body) == {**QING_BODY, "sign_key": "******"}
    assert SIGN_KEY not in command


def test_other_calls_and_endpoints():
    stop = parsed(curl_command("qingcloud", {"app_id": "a", "project_id": "p", "channel": "c"}, action="StopRecord"))
    assert stop[0] == "PATCH"
    method, url, headers, body = parsed(curl_command(
        "volcengine", {"AppId": "a", "RoomId": "room 1/x", "TaskId": "t"}, endpoint=BYTEPLUS, action="GetRecordTask"))
    assert (method, body) == ("GET", None) and "Content-Type" not in headers
    assert url == "https://rtc.byteplusapi.com/?Action=GetRecordTask&AppId=a&RoomId=room%201%2Fx&TaskId=t&Version=2023-11-01"
    assert "/ap-singapore-1/rtc/request" in headers["Authorization"]
    assert "SignedHeaders=host;x-content-sha256;x-date," in headers["Authorization"]
    sandbox = parsed(curl_command("volcengine", VOLC_BODY, endpoint="http://127.0.0.1:8123"))[1]
    assert sandbox.startswith("http://127.0.0.1:8123/?Action=StartRecord")
    with pytest.raises(ValueError):
        curl_command("volcengine", VOLC_BODY, action="DeleteEverything")


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_a_real_shell_hands_curl_the_same_arguments():
    command = curl_command("volcengine", VOLC_BODY)
    # `curl` stands in as a shell function that prints its arguments, NUL-separated.
    script = "curl() { printf '%s\\0' \"$@\"; }\n" + command
    done = subprocess.run(["sh", "-c", script], capture_output=True, timeout=30)
    assert done.returncode == 0, done.stderr
    args = done.stdout.decode("utf-8").split("\0")[:-1]
    assert ["curl", *args] == shlex.split(command.replace("\\\n", ""))
    assert json.loads(args[-1])["FileNameConfig"]["Pattern"] == VOLC_BODY["FileNameConfig"]["Pattern"]


# A key whose every encoding differs: JSON escapes the quote and backslash, the URL the rest, and
# the shell would quote the apostrophe (issue 14, item 17).
ODD_SECRET = "it's/a \"key\"\\&+x"


def test_a_secret_pasted_into_another_field_is_masked_in_the_body():
    body = {**VOLC_BODY, "FileNameConfig": {"Prefix": [ODD_SECRET], "Pattern": "p " + ODD_SECRET + " q"},
            "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 0, "Region": 0, "Bucket": "b",
                                                          "AccessKey": ACCESS, "SecretKey": ODD_SECRET}}}
    command = curl_command("volcengine", body)
    sent = parsed(command)[3]
    data = json.loads(sent)
    assert data["FileNameConfig"] == {"Prefix": ["******"], "Pattern": "p ****** q"}
    shell_form = shlex.quote(json.dumps(ODD_SECRET, ensure_ascii=False)[1:-1])
    for form in (ODD_SECRET, json.dumps(ODD_SECRET)[1:-1], shell_form):
        assert form not in command


def test_a_secret_in_the_query_of_a_get_is_masked_in_the_url():
    from urllib.parse import quote

    query = {"app_id": "a", "channel": ODD_SECRET, "sign_key": ODD_SECRET}
    command = curl_command("qingcloud", query, action="query")
    url = parsed(command)[1]
    assert "channel=******" in url
    for form in (ODD_SECRET, quote(ODD_SECRET, safe=""), quote(ODD_SECRET, safe="").lower()):
        assert form not in command
