"""QingCloud signing against a computation written out by hand, step by step."""

import base64
import datetime as dt
import hashlib
import hmac
import json
from urllib.parse import parse_qsl

from mixframe.api import qingcloud_signer as qs

WHEN = dt.datetime(2021, 10, 15, 6, 44, 58, tzinfo=dt.timezone.utc)
CREDS = qs.QingCloudCredentials("QYACCESSKEYID", "secret/with+chars=")


def _by_hand(method, canonical, body_bytes):
    md5 = hashlib.md5(body_bytes).hexdigest()
    text = method + "\n" + "/v1/cloudRecord/" + "\n" + canonical + "\n" + md5
    mac = hmac.new(b"secret/with+chars=", text.encode(), hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


def test_post_matches_hand_computation():
    body = json.dumps({"app_id": "a1", "channel": "ch 1"}, separators=(",", ":")).encode()
    signed = qs.sign(method="POST", path="/v1/cloudRecord", params={}, body=body, credentials=CREDS, now=WHEN)
    canonical = (
        "access_key_id=QYACCESSKEYID&signature_method=HmacSHA256"
        "&signature_version=1&time_stamp=2021-10-15T06%3A44%3A58Z"
    )
    assert signed.params["time_stamp"] == "2021-10-15T06:44:58Z"
    assert signed.signature == _by_hand("POST", canonical, body)
    assert signed.string_to_sign.split("\n")[1] == "/v1/cloudRecord/"


def test_get_without_body_hashes_null_and_keeps_slash():
    params = {"app_id": "a1", "channel": "room/1 x", "from_hour": 3, "to_hour": 5, "offset": 0, "limit": 20}
    signed = qs.sign(method="GET", path="/v1/cloudRecord", params=params, body=None, credentials=CREDS, now=WHEN)
    canonical = (
        "access_key_id=QYACCESSKEYID&app_id=a1&channel=room/1%20x&from_hour=3&limit=20&offset=0"
        "&signature_method=HmacSHA256&signature_version=1&time_stamp=2021-10-15T06%3A44%3A58Z&to_hour=5"
    )
    assert signed.string_to_sign.endswith("\n" + hashlib.md5(b"null").hexdigest())
    assert signed.signature == _by_hand("GET", canonical, b"null")


def test_query_string_carries_url_encoded_signature_that_verifies():
    signed = qs.sign(method="PATCH", path="/v1/cloudRecord", params={}, body=b"{}", credentials=CREDS, now=WHEN)
    received = dict(parse_qsl(signed.query_string, keep_blank_values=True))
    assert received["signature"] == signed.signature
    assert "+" not in signed.query_string.split("signature=")[1]
    assert qs.verify(method="PATCH", path="/v1/cloudRecord", params=received, body=b"{}", secret_access_key=CREDS.secret_access_key)
    assert not qs.verify(method="PATCH", path="/v1/cloudRecord", params=received, body=b"{ }", secret_access_key=CREDS.secret_access_key)
    assert not qs.verify(method="POST", path="/v1/cloudRecord", params=received, body=b"{}", secret_access_key=CREDS.secret_access_key)
