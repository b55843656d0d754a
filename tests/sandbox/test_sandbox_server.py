import datetime as dt
import hashlib
import json

import httpx
import pytest

from mixframe.api import qingcloud_signer, volc_signer
from mixframe.sandbox import (QINGCLOUD_ACCESS_KEY_ID, QINGCLOUD_SECRET_ACCESS_KEY, VOLC_ACCESS_KEY, VOLC_SECRET_KEY,
                              start_sandbox)
from mixframe.model.filenames import object_key


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "example.com", "::"])
def test_refuses_non_loopback(host):
    with pytest.raises(ValueError, match="loopback"):
        start_sandbox(host=host)


def test_binds_loopback_and_stops():
    sb = start_sandbox()
    assert sb.host == "127.0.0.1" and sb.url == f"http://127.0.0.1:{sb.port}"
    sb.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(sb.url + "/_sandbox/faults", timeout=1)


def _signed_post(sandbox, body: bytes, *, headers_to_drop=(), sk=VOLC_SECRET_KEY, when=None):
    parts = volc_signer.sign(method="POST", host=f"127.0.0.1:{sandbox.port}", query={"Action": "StopRecord", "Version": "2023-11-01"},
                             body=body, credentials=volc_signer.VolcCredentials(VOLC_ACCESS_KEY, sk), region="cn-north-1",
                             now=when or dt.datetime.now(dt.timezone.utc), content_type="application/json")
    headers = {k: v for k, v in parts.headers.items() if k not in headers_to_drop}
    return httpx.post(f"{sandbox.url}/?{parts.canonical_query}", content=body, headers=headers)


def test_answers_in_volcengine_shape(sandbox):
    r = _signed_post(sandbox, b'{"AppId":"a","RoomId":"r","TaskId":"t"}')
    meta = r.json()["ResponseMetadata"]
    assert r.status_code == 400
    assert set(meta) == {"RequestId", "Action", "Version", "Service", "Region", "Error"}
    assert meta["Action"] == "StopRecord" and meta["Service"] == "rtc"
    assert meta["Error"]["Code"] == "InvalidParameter.ErrorActiveTaskNotFound"


def test_tampered_body_fails_signature(sandbox):
    body = b'{"AppId":"a","RoomId":"r","TaskId":"t"}'
    parts = volc_signer.sign(method="POST", host=f"127.0.0.1:{sandbox.port}", query={"Action": "StopRecord", "Version": "2023-11-01"},
                             body=body, credentials=volc_signer.VolcCredentials(VOLC_ACCESS_KEY, VOLC_SECRET_KEY),
                             region="cn-north-1", now=dt.datetime.now(dt.timezone.utc), content_type="application/json")
    other = b'{"AppId":"a","RoomId":"r","TaskId":"u"}'
    headers = dict(parts.headers, **{"X-Content-Sha256": hashlib.sha256(other).hexdigest()})
    r = httpx.post(f"{sandbox.url}/?{parts.canonical_query}", content=other, headers=headers)
    assert r.json()["ResponseMetadata"]["Error"]["Code"] == "SignatureDoesNotMatch"


def test_empty_and_unparsable_bodies(sandbox):
    assert _signed_post(sandbox, b"").json()["ResponseMetadata"]["Error"]["Code"] == "InvalidParameter.BodyIsEmpty"
    assert _signed_post(sandbox, b"{nope").json()["ResponseMetadata"]["Error"]["Code"] == "InvalidParameter.Unmarshal"


def test_invalid_parameter_names_the_path(sandbox):
    r = _signed_post(sandbox, json.dumps({"AppId": "a", "RoomId": "r", "TaskId": "t t"}).encode())
    err = r.json()["ResponseMetadata"]["Error"]
    assert err["Code"] == "InvalidParameter" and err["Message"].startswith("TaskId: ")


def test_qingcloud_requires_signature_params(sandbox):
    r = httpx.get(sandbox.url + "/v1/cloudRecord?app_id=a&channel=c")
    assert r.status_code == 401 and r.json()["code"] == "missing_parameter"


def test_qingcloud_tampered_query(sandbox):
    signed = qingcloud_signer.sign(method="GET", path="/v1/cloudRecord", params={"app_id": "a", "channel": "c"}, body=None,
                                   credentials=qingcloud_signer.QingCloudCredentials(QINGCLOUD_ACCESS_KEY_ID, QINGCLOUD_SECRET_ACCESS_KEY),
                                   now=dt.datetime.now(dt.timezone.utc))
    ok = httpx.get(f"{sandbox.url}/v1/cloudRecord?{signed.query_string}")
    assert ok.json()["code"] == "success"
    bad = httpx.get(f"{sandbox.url}/v1/cloudRecord?{signed.query_string.replace('channel=c', 'channel=d')}")
    assert bad.json()["code"] == "signature_not_match"


def test_request_log_counts_per_action(sandbox):
    _signed_post(sandbox, b"")
    httpx.get(sandbox.url + "/v1/cloudRecord")
    assert sandbox.count("StopRecord") == 1 and sandbox.count("GET") == 1 and sandbox.count() == 2
    assert httpx.get(sandbox.url + "/_sandbox/requests").json()["requests"][0]["action"] == "StopRecord"


# -- file names ------------------------------------------------------------------------------

def _key(**kw):
    args = dict(storage_type=0, prefix=["directory1", "directory2"], pattern="{TaskId}_{RoomId}_{StartTime}_{Duration}",
                task_id="mytask123456789", room_id="myroom99991234", start_time_ms=1645769481126, duration_s=30,
                file_format="MP4", random=lambda: "c4694fa1")
    args.update(kw)
    return object_key(**args)


def test_the_seed_example():
    assert _key() == "directory1/directory2/mytask123456789_myroom99991234_1645769481126_000030_c4694fa1.mp4"


def test_vod_ignores_prefix_and_formats_pick_extension():
    assert _key(storage_type=1, file_format="HLS") == "mytask123456789_myroom99991234_1645769481126_000030_c4694fa1.m3u8"


def test_variables_case_insensitive_misspelt_literal_and_type():
    assert _key(prefix=None, pattern="{TASKID}-{userid}-{Type}-{Tpye}-{random}", user_id="u1", screen=True) == \
        "mytask123456789-u1-S-{Tpye}-c4694fa1_c4694fa1.mp4"


def test_long_names_are_cut_with_tilde():
    key = _key(prefix=None, pattern="x" * 200)
    name, ext = key.rsplit(".", 1)
    assert len(name) == 128 and name.endswith("~") and ext == "mp4"


def test_the_sandbox_port_can_be_moved_by_the_environment(monkeypatch):
    from mixframe.sandbox import DEFAULT_PORT, ensure_running, sandbox_port, start_sandbox

    monkeypatch.delenv("MIXFRAME_SANDBOX_PORT", raising=False)
    assert sandbox_port() == DEFAULT_PORT
    for wrong in ("", "abc", "0", "70000", "-5"):
        monkeypatch.setenv("MIXFRAME_SANDBOX_PORT", wrong)
        assert sandbox_port() == DEFAULT_PORT
    with start_sandbox(0) as sb:
        monkeypatch.setenv("MIXFRAME_SANDBOX_PORT", str(sb.port))
        assert sandbox_port() == sb.port
        url, started = ensure_running()
        assert (url, started) == (sb.url, None)  # found the one on that port, started none


@pytest.mark.parametrize("service", ["iam", "RTC", "rtc2", ""])
def test_an_unknown_service_in_the_credential_scope_is_service_not_found(sandbox, service):
    """The gateway routes by the scope's service: one it does not know is ServiceNotFound (100007, 404),
    even when the signature is right for that scope."""
    body = b'{"AppId":"a","RoomId":"r","TaskId":"t"}'
    parts = volc_signer.sign(method="POST", host=f"127.0.0.1:{sandbox.port}", query={"Action": "StopRecord", "Version": "2023-11-01"},
                             body=body, credentials=volc_signer.VolcCredentials(VOLC_ACCESS_KEY, VOLC_SECRET_KEY),
                             region="cn-north-1", now=dt.datetime.now(dt.timezone.utc), content_type="application/json",
                             service=service)
    r = httpx.post(f"{sandbox.url}/?{parts.canonical_query}", content=body, headers=parts.headers)
    error = r.json()["ResponseMetadata"]["Error"]
    assert (r.status_code, error["Code"], error["CodeN"]) == (404, "ServiceNotFound", 100007)
    assert repr(service) in error["Message"]
