"""The Volcengine client against the sandbox over real loopback HTTP."""

import datetime as dt
import json

import httpx
import pytest

from mixframe.api import errors as E
from mixframe.api.errors import ApiError, EndpointError
from mixframe.api.ratelimit import RateLimiter
from mixframe.api.volc_client import BYTEPLUS, VOLCENGINE_CN, RetryPolicy, VolcClient, check_endpoint, encode_body
from mixframe.api.volc_signer import VolcCredentials
from mixframe.model.problems import RequestInvalid
from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY, VOLC_SESSION_TOKEN

IDS = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1"}
START = {
    **IDS,
    "TargetStreams": {"StreamList": [{"UserId": "alice", "Index": 0}, {"UserId": "bob", "Index": 1}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Canvas": {"Width": 1280, "Height": 720, "Background": "#000000"},
        "Regions": [{"StreamIndex": 0, "LocationX": 0, "LocationY": 0, "Width": 640, "Height": 720},
                    {"StreamIndex": 1, "LocationX": 640, "LocationY": 0, "Width": 640, "Height": 720}]}},
    "FileFormatConfig": {"FileFormat": ["MP4", "HLS"]},
    "FileNameConfig": {"Prefix": ["dir1", "dir2"], "Pattern": "{TaskId}_{roomid}_{StartTime}_{Duration}_{Bogus}"},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bucket1"}},
}
UPDATE = {**IDS, "TargetStreams": START["TargetStreams"], "Layout": {"LayoutMode": 2, "CustomLayout": {
    "Canvas": {"Width": 1280, "Height": 720, "Background": "#FF0000"},
    "Regions": [{"StreamIndex": 0, "LocationX": 640, "LocationY": 0, "Width": 640, "Height": 720},
                {"StreamIndex": 1, "LocationX": 0, "LocationY": 0, "Width": 640, "Height": 720}]}}}


class NoSleep:
    def __init__(self):
        self.waits = []

    def __call__(self, s):
        self.waits.append(s)


def client(sandbox, *, ak=VOLC_ACCESS_KEY, sk=VOLC_SECRET_KEY, token="", attempts=4, timeout=5.0, now=None, sleep=None):
    return VolcClient(sandbox.url, VolcCredentials(ak, sk, token), region="cn-north-1", timeout=timeout,
                      retry=RetryPolicy(attempts=attempts, base_delay=0.01, max_delay=0.05),
                      now=now, sleep=sleep or NoSleep())


def test_full_cycle(sandbox):
    with client(sandbox) as c:
        first = c.start_record(START)
        assert first.result == "ok" and first.request_id
        again = c.start_record(START)
        assert again.result == "The task has been started. Please do not call the startup task interface repeatedly"
        running = c.get_record_task("app1", "room1", "task1").record_task
        assert running.status == 2 and running.end_time == 0 and running.record_file_list == []
        assert c.update_record(UPDATE).result == "ok"
        regions = sandbox.volcengine.tasks[("app1", "room1", "task1")].body["Layout"]["CustomLayout"]["Regions"]
        assert regions[0]["LocationX"] == 640
        assert c.stop_record(IDS).result == "ok"
        task = c.get_record_task(dict(IDS)).record_task
    assert task.status == 3 and task.stop_reason == "StopByAPI" and task.end_time >= task.start_time > 0
    keys = [f.object_key for f in task.record_file_list]
    assert len(keys) == 2
    assert keys[0].startswith(f"dir1/dir2/task1_room1_{task.start_time}_")
    assert keys[0].endswith(".mp4") and keys[1].endswith(".m3u8")
    assert "_{Bogus}_" in keys[0]  # a misspelled variable stays literal
    assert [s.user_id for s in task.record_file_list[0].stream_list] == ["alice", "bob"]
    assert task.record_file_list[0].video_width == 1280


def test_session_token_is_signed_and_accepted(sandbox):
    with client(sandbox, token=VOLC_SESSION_TOKEN) as c:
        assert c.start_record(START).result == "ok"


def test_update_refused_for_non_custom_layout(sandbox):
    body = {**START, "Layout": {"LayoutMode": 0}}
    with client(sandbox) as c:
        c.start_record(body)
        with pytest.raises(ApiError) as info:
            c.update_record({**IDS, "Layout": {"LayoutMode": 2, "CustomLayout": {"Regions": []}}})
    assert info.value.code == "InvalidParameter" and "LayoutMode 2" in info.value.message


def test_stop_unknown_task_is_task_not_found(sandbox):
    with client(sandbox) as c, pytest.raises(ApiError) as info:
        c.stop_record(IDS)
    assert info.value.code == E.TASK_NOT_FOUND and info.value.http_status == 400
    assert str(info.value).startswith("No running recording task")
    assert sandbox.count("StopRecord") == 1  # a 4xx answer is never repeated


def test_restarting_an_ended_task_is_refused(sandbox):
    with client(sandbox) as c:
        c.start_record(START)
        c.stop_record(IDS)
        with pytest.raises(ApiError) as info:
            c.start_record(START)
    assert info.value.code == "InvalidParameter.TaskAlreadyExists"


# -- authentication ---------------------------------------------------------------------------

def test_wrong_secret_is_signature_mismatch(sandbox):
    with client(sandbox, sk="not-the-secret") as c, pytest.raises(ApiError) as info:
        c.start_record(START)
    err = info.value
    assert (err.code, err.code_n, err.http_status) == ("SignatureDoesNotMatch", 100010, 401)
    assert err.request_id and "not-the-secret" not in " ".join(err.lines())


def test_unknown_access_key(sandbox):
    with client(sandbox, ak="AKLTnobody") as c, pytest.raises(ApiError) as info:
        c.get_record_task("app1", "room1", "task1")
    assert (info.value.code, info.value.http_status) == ("InvalidAccessKey", 401)


def test_clock_skew_is_invalid_timestamp(sandbox):
    skewed = lambda: dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=16)  # noqa: E731
    with client(sandbox, now=skewed) as c, pytest.raises(ApiError) as info:
        c.start_record(START)
    assert (info.value.code, info.value.http_status) == ("InvalidTimestamp", 400)
    assert "clock" in str(info.value)
    fine = lambda: dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=14)  # noqa: E731
    with client(sandbox, now=fine) as c:
        assert c.start_record(START).result == "ok"


def test_missing_authorization(sandbox):
    r = httpx.post(sandbox.url + "/?Action=StartRecord&Version=2023-11-01", content=encode_body(START))
    data = r.json()
    assert r.status_code == 401
    assert data["ResponseMetadata"]["Error"]["Code"] == "MissingAuthenticationToken"
    assert data["ResponseMetadata"]["Error"]["CodeN"] == 100003


def test_sandbox_checks_the_model_rules_too(sandbox):
    """Bypass the client's own check to see the sandbox's InvalidParameter with the path."""
    bad = json.loads(json.dumps(START))
    bad["Layout"]["CustomLayout"]["Regions"][1]["Width"] = 1281
    with client(sandbox) as c:
        from mixframe.api import volc_client
        with pytest.raises(ApiError) as info:
            c._call("POST", "StartRecord", {}, volc_client.encode_body(bad), [])
    assert info.value.code == "InvalidParameter"
    assert info.value.message.startswith("Layout.CustomLayout.Regions[1].Width")


# -- nothing invalid is sent ------------------------------------------------------------------

@pytest.mark.parametrize("call,body", [
    ("start_record", {**START, "TaskId": "bad id!"}),
    ("update_record", {"AppId": "app1", "RoomId": "room1"}),
    ("stop_record", {"AppId": "app1", "RoomId": "room1", "TaskId": ""}),
])
def test_invalid_body_is_not_sent(sandbox, call, body):
    with client(sandbox) as c, pytest.raises(RequestInvalid) as info:
        getattr(c, call)(body)
    assert info.value.problems
    assert sandbox.count() == 0


def test_invalid_get_is_not_sent(sandbox):
    with client(sandbox) as c, pytest.raises(RequestInvalid):
        c.get_record_task("app1", "room 1", "task1")
    assert sandbox.count() == 0


def test_exact_hashed_bytes_are_sent():
    seen = {}

    def handler(request: httpx.Request):
        seen["body"] = request.content
        seen["headers"] = request.headers
        seen["url"] = str(request.url)
        return httpx.Response(200, json={"ResponseMetadata": {"RequestId": "r"}, "Result": "ok"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    c = VolcClient("http://127.0.0.1:9", VolcCredentials("AK", "SK"), http=http)
    body = {**START, "FileNameConfig": {"Pattern": "录制_{TaskId}"}}
    c.start_record(body)
    import hashlib
    assert seen["body"] == encode_body(body) and "录制".encode() in seen["body"]
    assert b", " not in seen["body"] and b": " not in seen["body"]  # compact JSON
    assert seen["headers"]["x-content-sha256"] == hashlib.sha256(seen["body"]).hexdigest()
    assert seen["url"] == "http://127.0.0.1:9/?Action=StartRecord&Version=2023-11-01"
    assert seen["headers"]["host"] == "127.0.0.1:9"


# -- endpoints --------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["http://rtc.volcengineapi.com", "http://10.0.0.5:8000", "http://example.com",
                                 "ftp://127.0.0.1", "not a url"])
def test_plain_http_only_for_loopback(url):
    with pytest.raises(EndpointError) as info:
        VolcClient(url, VolcCredentials("AK", "SK"))
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://127.8.9.10", "http://[::1]:80", "http://localhost:1",
                                 "https://rtc.byteplusapi.com"])
def test_loopback_and_https_allowed(url):
    assert check_endpoint(url)


def test_known_endpoints():
    assert (VOLCENGINE_CN.url, VOLCENGINE_CN.region) == ("https://rtc.volcengineapi.com", "cn-north-1")
    assert (BYTEPLUS.url, BYTEPLUS.region) == ("https://rtc.byteplusapi.com", "ap-singapore-1")
    c = VolcClient(BYTEPLUS, VolcCredentials("AK", "SK"))
    assert c.region == "ap-singapore-1" and c._http._transport._pool._ssl_context.verify_mode.name == "CERT_REQUIRED"


def test_rate_limiter_is_consulted_per_action(sandbox):
    calls = []

    class Spy(RateLimiter):
        def acquire(self, key):
            calls.append(key)
            return 0.0

    c = VolcClient(sandbox.url, VolcCredentials(VOLC_ACCESS_KEY, VOLC_SECRET_KEY), limiter=Spy())
    c.start_record(START)
    c.get_record_task("app1", "room1", "task1")
    assert calls == ["StartRecord", "GetRecordTask"]


def test_update_regions_fit_the_task_canvas_not_the_default(sandbox):
    """An update carries no canvas size: the sandbox measures its Regions against the task's."""
    from mixframe.model.volcengine import start_canvas, update_body_from

    start = {
        "AppId": "app1", "RoomId": "room1", "TaskId": "wide",
        "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "u0"}]},
        "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1920, "Height": 1080},
                                                     "Regions": [{"StreamIndex": 0, "Width": 1920, "Height": 1080}]}},
        "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "1", "Bucket": "b"}},
    }
    with client(sandbox) as c:
        c.start_record(start)
        assert start_canvas(start) == (1920, 1080)
        assert c.update_record(update_body_from(start)).result == "ok"
        too_big = update_body_from(start)
        too_big["Layout"]["CustomLayout"]["Regions"][0]["LocationX"] = 1920
        with pytest.raises(RequestInvalid):
            c.update_record(too_big)  # refused before sending: past even the largest canvas


def test_sandbox_refuses_update_regions_beyond_the_task_canvas(sandbox):
    start = {
        "AppId": "app1", "RoomId": "room1", "TaskId": "small",
        "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "u0"}]},
        "Layout": {"LayoutMode": 2, "CustomLayout": {"Regions": [{"StreamIndex": 0, "Width": 640, "Height": 480}]}},
        "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "1", "Bucket": "b"}},
    }
    update = {"AppId": "app1", "RoomId": "room1", "TaskId": "small",
              "Layout": {"LayoutMode": 2, "CustomLayout": {"Regions": [{"StreamIndex": 0, "Width": 1000, "Height": 480}]}}}
    with client(sandbox) as c:
        c.start_record(start)
        with pytest.raises(ApiError) as caught:
            c.update_record(update)  # fits the largest canvas, so only the task's 640x480 can refuse it
    assert caught.value.code == "InvalidParameter"
    assert "Regions[0].Width" in caught.value.message
