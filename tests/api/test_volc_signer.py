"""The vendor SDK's own test vectors, reproduced exactly."""

import datetime as dt
import hashlib

import pytest

from mixframe.api import volc_signer as vs

WHEN = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
CREDS = vs.VolcCredentials("AKLTtestAK", "testSK==")
BODY = b'{"AppId":"app1","RoomId":"room1","TaskId":"task1"}'
HOST = "rtc.volcengineapi.com"


def _post(creds):
    return vs.sign(
        method="POST",
        host=HOST,
        query={"Action": "StartRecord", "Version": "2023-11-01"},
        body=BODY,
        credentials=creds,
        region="cn-north-1",
        now=WHEN,
        content_type="application/json",
    )


def test_post_vector():
    parts = _post(CREDS)
    assert parts.headers["X-Content-Sha256"] == "534c5b8c38afa98ed91965634c8e9ca5301be86afe5854a3a874a911228c2339"
    assert parts.signed_headers == "content-type;host;x-content-sha256;x-date"
    assert parts.signature == "85ce21ced1a85d85cb86a2dd3ef73fce3364d0477f3660df594fe6ca51b79889"
    assert parts.headers["X-Date"] == "20240102T030405Z"
    assert parts.headers["Authorization"] == (
        "HMAC-SHA256 Credential=AKLTtestAK/20240102/cn-north-1/rtc/request, "
        "SignedHeaders=content-type;host;x-content-sha256;x-date, "
        "Signature=85ce21ced1a85d85cb86a2dd3ef73fce3364d0477f3660df594fe6ca51b79889"
    )


def test_post_vector_with_session_token():
    parts = _post(vs.VolcCredentials("AKLTtestAK", "testSK==", "STS2tok"))
    assert parts.headers["X-Security-Token"] == "STS2tok"
    assert parts.signed_headers == "content-type;host;x-content-sha256;x-date;x-security-token"
    assert parts.signature == "577cf2562ba9efcac8a317e606370bb69f5c8a3e1f45030d08be1c77f461ef84"


def test_get_vector():
    parts = vs.sign(
        method="GET",
        host=HOST,
        query={"Action": "GetRecordTask", "Version": "2023-11-01", "AppId": "app1",
               "RoomId": "room 1/x", "TaskId": "task1"},
        credentials=CREDS,
        region="cn-north-1",
        now=WHEN,
    )
    assert parts.canonical_query == "Action=GetRecordTask&AppId=app1&RoomId=room%201%2Fx&TaskId=task1&Version=2023-11-01"
    assert parts.signed_headers == "host;x-content-sha256;x-date"
    assert parts.headers["X-Content-Sha256"] == hashlib.sha256(b"").hexdigest() == vs.EMPTY_SHA256
    assert "Content-Type" not in parts.headers
    assert parts.signature == "26fcf56195432d48e1013a9ffdab64caf7a6fe504ee6b3e259e99fb1bb324afe"


def test_canonical_request_has_blank_line_before_signed_headers():
    parts = _post(CREDS)
    lines = parts.canonical_request.split("\n")
    assert lines[:3] == ["POST", "/", "Action=StartRecord&Version=2023-11-01"]
    assert lines[7] == ""
    assert lines[8] == parts.signed_headers


@pytest.mark.parametrize(
    "host,port,expected",
    [
        ("rtc.volcengineapi.com", 443, "rtc.volcengineapi.com"),
        ("rtc.volcengineapi.com", 80, "rtc.volcengineapi.com"),
        ("rtc.volcengineapi.com", None, "rtc.volcengineapi.com"),
        ("127.0.0.1", 8443, "127.0.0.1:8443"),
        ("::1", 9000, "[::1]:9000"),
    ],
)
def test_host_port_rule(host, port, expected):
    assert vs.host_header(host, port) == expected


def test_port_changes_signature():
    a = vs.sign(method="GET", host="h:8080", query={}, credentials=CREDS, region="r", now=WHEN)
    b = vs.sign(method="GET", host="h", query={}, credentials=CREDS, region="r", now=WHEN)
    assert a.signature != b.signature


def test_unreserved_characters_only_stay_plain():
    assert vs.canonical_query({"k": "a-_.~ +/*é"}) == "k=a-_.~%20%2B%2F%2A%C3%A9"


def test_verify_round_trip_and_tamper():
    parts = _post(CREDS)
    auth = vs.parse_authorization(parts.headers["Authorization"])
    q = [("Action", "StartRecord"), ("Version", "2023-11-01")]
    ok = vs.verify(method="POST", path="/", query=q, headers=parts.headers, body=BODY, auth=auth, secret_key="testSK==")
    assert ok
    assert not vs.verify(method="POST", path="/", query=q, headers=parts.headers, body=BODY, auth=auth, secret_key="other")
    assert not vs.verify(method="POST", path="/", query=q, headers=parts.headers, body=BODY + b" ", auth=auth, secret_key="testSK==")


def test_credentials_repr_hides_secret():
    r = repr(vs.VolcCredentials("AK", "SUPERSECRET", "TOKENSECRET"))
    assert "SUPERSECRET" not in r and "TOKENSECRET" not in r


def test_repeated_keys_keep_their_order_within_a_name():
    # The vendor's SDK (Go's url.Values.Encode) sorts the names and keeps each name's values in
    # the order they were given: the signed query is the query sent.
    query = [("Version", "2023-11-01"), ("TaskId", "t2"), ("Action", "GetRecordTask"), ("TaskId", "t10"),
             ("TaskId", "a b"), ("AppId", "app1")]
    assert vs.canonical_query(query) == (
        "Action=GetRecordTask&AppId=app1&TaskId=t2&TaskId=t10&TaskId=a%20b&Version=2023-11-01")


def test_repeated_keys_sign_and_verify_in_the_order_sent():
    sent = [("Action", "GetRecordTask"), ("Version", "2023-11-01"), ("TaskId", "z"), ("TaskId", "a")]
    parts = vs.sign(method="GET", host=HOST, query=sent, credentials=CREDS, region="cn-north-1", now=WHEN)
    assert "TaskId=z&TaskId=a" in parts.canonical_request
    auth = vs.parse_authorization(parts.headers["Authorization"])
    assert vs.verify(method="GET", path="/", query=sent, headers=parts.headers, body=b"", auth=auth,
                     secret_key="testSK==")
    swapped = sent[:2] + [("TaskId", "a"), ("TaskId", "z")]
    assert not vs.verify(method="GET", path="/", query=swapped, headers=parts.headers, body=b"", auth=auth,
                         secret_key="testSK==")
