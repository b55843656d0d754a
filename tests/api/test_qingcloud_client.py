import datetime as dt

import pytest

from mixframe.api.errors import ApiError
from mixframe.api.qingcloud_client import QingCloudClient
from mixframe.api.qingcloud_signer import QingCloudCredentials
from mixframe.model.problems import RequestInvalid
from mixframe.sandbox import QINGCLOUD_ACCESS_KEY_ID, QINGCLOUD_SECRET_ACCESS_KEY

START = {"app_id": "a1", "project_id": "p1", "channel": "room 1/中", "sign_key": "SIGN-KEY-SECRET",
         "is_mixing_enabled": 1, "layout_mode": 1}
STOP = {"app_id": "a1", "project_id": "p1", "channel": "room 1/中"}
QUERY = {"app_id": "a1", "channel": "room 1/中"}


def client(sandbox, key=QINGCLOUD_ACCESS_KEY_ID, secret=QINGCLOUD_SECRET_ACCESS_KEY, now=None):
    return QingCloudClient(sandbox.url, QingCloudCredentials(key, secret), now=now)


def test_start_query_stop_query(sandbox):
    with client(sandbox) as c:
        assert c.start(START).answer.task_id == 1
        rec = c.query(QUERY).answer.recinfos
        assert [(r.id, r.status, r.status_name, r.is_mix) for r in rec] == [(1, 2, "Recording", 1)]
        assert c.stop(STOP).raw == {"code": "success", "data": "success"}
        after = c.query(QUERY).answer
        assert after.total_count == 1 and after.recinfos[0].status_name == "Stopped"
        assert c.start(START).answer.task_id == 2  # incrementing


def test_second_start_in_a_running_channel_is_shown_whole(sandbox):
    with client(sandbox) as c:
        c.start(START)
        with pytest.raises(ApiError) as info:
            c.start(START)
    err = info.value
    assert err.code == "recording_exists" and err.http_status == 400
    assert "recording_exists" in str(err) and "already being recorded" in str(err)
    assert "SIGN-KEY-SECRET" not in " ".join(err.lines())


def test_stop_without_recording(sandbox):
    with client(sandbox) as c, pytest.raises(ApiError) as info:
        c.stop(STOP)
    assert info.value.code == "recording_not_found" and info.value.http_status == 404


@pytest.mark.parametrize("key,secret,code", [
    (QINGCLOUD_ACCESS_KEY_ID, "wrong", "signature_not_match"),
    ("NOBODY", QINGCLOUD_SECRET_ACCESS_KEY, "invalid_access_key_id"),
])
def test_authentication(sandbox, key, secret, code):
    with client(sandbox, key, secret) as c, pytest.raises(ApiError) as info:
        c.query(QUERY)
    assert info.value.code == code and info.value.http_status == 401
    assert "wrong" not in " ".join(info.value.lines()).replace("signature_not_match", "")


def test_time_window(sandbox):
    late = lambda: dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=16)  # noqa: E731
    with client(sandbox, now=late) as c, pytest.raises(ApiError) as info:
        c.query(QUERY)
    assert info.value.code == "expired_time_stamp"
    ok = lambda: dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=14)  # noqa: E731
    with client(sandbox, now=ok) as c:
        assert c.query(QUERY).answer.total_count == 0


@pytest.mark.parametrize("call,body", [
    ("start", {**START, "isAudioOnly": 1, "isVideoOnly": 1}),
    ("start", {k: v for k, v in START.items() if k != "sign_key"}),
    ("stop", {"app_id": "a1"}),
    ("query", {**QUERY, "limit": 101}),
])
def test_invalid_is_not_sent(sandbox, call, body):
    with client(sandbox) as c, pytest.raises(RequestInvalid):
        getattr(c, call)(body)
    assert sandbox.count() == 0
