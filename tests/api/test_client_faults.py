"""Retry rules and fault sentences, counted at the sandbox."""

import pytest

from mixframe.api import errors as E
from mixframe.api.errors import ApiError
from mixframe.api.qingcloud_client import QingCloudClient
from mixframe.api.qingcloud_signer import QingCloudCredentials
from mixframe.api.volc_client import RetryPolicy, VolcClient
from mixframe.api.volc_signer import VolcCredentials
from mixframe.sandbox import (QINGCLOUD_ACCESS_KEY_ID, QINGCLOUD_SECRET_ACCESS_KEY, VOLC_ACCESS_KEY,
                              VOLC_SECRET_KEY, start_sandbox)

IDS = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1"}
START = {**IDS, "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}}
CUSTOM = {**START, "TargetStreams": {"StreamList": [{"UserId": "u", "Index": 0}]},
          "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 640, "Height": 480},
                     "Regions": [{"StreamIndex": 0, "Width": 640, "Height": 480}]}}}
UPDATE = {k: CUSTOM[k] for k in ("AppId", "RoomId", "TaskId", "TargetStreams", "Layout")}
ATTEMPTS = 3


class Sleeps(list):
    def __call__(self, s):
        self.append(s)


def volc(sandbox, timeout=5.0):
    sleeps = Sleeps()
    c = VolcClient(sandbox.url, VolcCredentials(VOLC_ACCESS_KEY, VOLC_SECRET_KEY), timeout=timeout,
                   retry=RetryPolicy(attempts=ATTEMPTS, base_delay=0.1, max_delay=1.0), sleep=sleeps)
    return c, sleeps


CALLS = {
    "StartRecord": lambda c: c.start_record(START),
    "GetRecordTask": lambda c: c.get_record_task("app1", "room1", "task1"),
    "StopRecord": lambda c: c.stop_record(IDS),
    "UpdateRecord": lambda c: c.update_record(UPDATE),
}


def prepare(sandbox, action):
    """A running custom-layout task, so every call can succeed once the faults are gone."""
    c, _ = volc(sandbox)
    c.start_record(CUSTOM)
    sandbox.reset_counts()


@pytest.mark.parametrize("action", ["StartRecord", "GetRecordTask", "StopRecord"])
def test_5xx_is_retried_with_backoff_where_safe(sandbox, action):
    prepare(sandbox, action)
    sandbox.faults.server_error_next = 2
    c, sleeps = volc(sandbox)
    answer = CALLS[action](c)
    assert answer.attempts == 3
    assert sandbox.count(action) == 3
    assert sleeps == [0.1, 0.2]  # exponential


def test_update_is_not_retried_after_5xx(sandbox):
    prepare(sandbox, "UpdateRecord")
    sandbox.faults.server_error_next = 1
    c, sleeps = volc(sandbox)
    with pytest.raises(ApiError) as info:
        c.update_record(UPDATE)
    assert sandbox.count("UpdateRecord") == 1 and sleeps == []
    assert info.value.code == "InternalError" and info.value.http_status == 500


@pytest.mark.parametrize("action", ["StartRecord", "GetRecordTask", "StopRecord"])
def test_dropped_connection_is_retried_where_safe(sandbox, action):
    prepare(sandbox, action)
    sandbox.faults.drop_next = 1
    c, _ = volc(sandbox)
    assert CALLS[action](c).attempts == 2
    assert sandbox.count(action) == 2


def test_dropped_connection_on_update_is_one_sentence(sandbox):
    prepare(sandbox, "UpdateRecord")
    sandbox.faults.drop_next = 1
    c, _ = volc(sandbox)
    with pytest.raises(ApiError) as info:
        c.update_record(UPDATE)
    assert info.value.code == E.CONNECTION_DROPPED and sandbox.count("UpdateRecord") == 1
    assert str(info.value) == f"127.0.0.1:{sandbox.port} closed the connection before answering; the request may or may not have been carried out."


@pytest.mark.parametrize("action", ["StartRecord", "GetRecordTask", "StopRecord", "UpdateRecord"])
def test_qps_limit_is_retried_for_every_call(sandbox, action):
    prepare(sandbox, action)
    sandbox.faults.qps_next = 1
    c, _ = volc(sandbox)
    assert CALLS[action](c).attempts == 2
    assert sandbox.count(action) == 2


def test_qps_limit_that_persists_says_so(sandbox):
    sandbox.faults.qps_next = 10
    c, sleeps = volc(sandbox)
    with pytest.raises(ApiError) as info:
        c.get_record_task("app1", "room1", "task1")
    assert sandbox.count() == ATTEMPTS and len(sleeps) == ATTEMPTS - 1
    assert info.value.code == E.QPS_OVER_LIMIT and info.value.http_status == 429
    assert str(info.value).startswith("Too many requests per second")


def test_4xx_is_never_retried(sandbox):
    c = VolcClient(sandbox.url, VolcCredentials(VOLC_ACCESS_KEY, "wrong"), sleep=Sleeps())
    for call in CALLS.values():
        with pytest.raises(ApiError):
            call(c)
    assert sandbox.count() == 4


def test_timeout_is_retried_then_reported(sandbox):
    prepare(sandbox, "GetRecordTask")
    sandbox.faults.latency = 0.6
    c, _ = volc(sandbox, timeout=0.2)
    with pytest.raises(ApiError) as info:
        c.get_record_task("app1", "room1", "task1")
    assert info.value.code == E.TIMEOUT and sandbox.count("GetRecordTask") == ATTEMPTS
    assert "did not answer within 0.2 seconds" in str(info.value)


def test_slow_first_answer_then_success(sandbox):
    prepare(sandbox, "StartRecord")
    sandbox.faults.latency, sandbox.faults.latency_next = 0.6, 1
    c, _ = volc(sandbox, timeout=0.2)
    answer = c.start_record(CUSTOM)
    assert answer.attempts == 2
    # the first, timed-out attempt still started the task; the repeat is harmless
    assert answer.result in ("ok", "The task has been started. Please do not call the startup task interface repeatedly")


def test_timeout_is_not_retried_for_update(sandbox):
    prepare(sandbox, "UpdateRecord")
    sandbox.faults.latency = 0.6
    c, _ = volc(sandbox, timeout=0.2)
    with pytest.raises(ApiError) as info:
        c.update_record(UPDATE)
    assert info.value.code == E.TIMEOUT and sandbox.count("UpdateRecord") == 1


def test_broken_body_is_one_sentence_and_not_retried(sandbox):
    sandbox.faults.broken_next = 1
    c, _ = volc(sandbox)
    with pytest.raises(ApiError) as info:
        c.start_record(START)
    assert info.value.code == E.BROKEN_ANSWER and sandbox.count() == 1
    assert str(info.value) == f"127.0.0.1:{sandbox.port} answered with something that is not the service's JSON (HTTP 200)."


def test_connection_refused_is_one_sentence():
    with start_sandbox() as sb:
        url = sb.url
    sleeps = Sleeps()
    c = VolcClient(url, VolcCredentials("AK", "SK"), retry=RetryPolicy(attempts=2, base_delay=0.01), sleep=sleeps)
    with pytest.raises(ApiError) as info:
        c.get_record_task("app1", "room1", "task1")
    assert info.value.code == E.CONNECTION_REFUSED and info.value.attempts == 2
    assert str(info.value).startswith(f"Could not connect to {url[7:]}: nothing is listening there")


def test_stop_repeated_after_a_lost_answer_explains_not_found():
    import httpx
    answers = iter([
        httpx.ReadTimeout("slow"),
        httpx.Response(400, json={"ResponseMetadata": {"RequestId": "r2", "Error": {
            "Code": E.TASK_NOT_FOUND, "CodeN": 10001, "Message": "no active task"}}}),
    ])

    def handler(request):
        a = next(answers)
        if isinstance(a, Exception):
            raise a
        return a

    c = VolcClient("http://127.0.0.1:9", VolcCredentials("AK", "SK"), sleep=Sleeps(),
                   http=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(ApiError) as info:
        c.stop_record(IDS)
    assert info.value.code == E.TASK_NOT_FOUND and info.value.attempts == 2
    assert str(info.value).startswith("No running task was found when the stop was repeated")


def test_every_fault_gives_one_line_without_traceback(sandbox):
    c, _ = volc(sandbox, timeout=0.2)
    seen = []
    for setting in ({"server_error_next": 9}, {"drop_next": 9}, {"broken_next": 1}, {"qps_next": 9}, {"latency": 0.5}):
        sandbox.faults.clear()
        for k, v in setting.items():
            setattr(sandbox.faults, k, v)
        with pytest.raises(ApiError) as info:
            c.get_record_task("app1", "room1", "task1")
        text = str(info.value)
        assert "\n" not in text and "Traceback" not in text and VOLC_SECRET_KEY not in text
        seen.append(info.value.code)
    assert seen == ["InternalError", E.CONNECTION_DROPPED, E.BROKEN_ANSWER, E.QPS_OVER_LIMIT, E.TIMEOUT]


def test_faults_settable_over_the_control_endpoint(sandbox):
    import httpx
    r = httpx.post(sandbox.url + "/_sandbox/faults", json={"server_error_next": 2, "latency": 0.0})
    assert r.status_code == 200 and r.json()["server_error_next"] == 2
    assert sandbox.faults.server_error_next == 2
    assert httpx.post(sandbox.url + "/_sandbox/faults", json={"nonsense": 1}).status_code == 400
    assert httpx.post(sandbox.url + "/_sandbox/faults", json={"clear": True}).json()["server_error_next"] == 0


# -- QingCloud --------------------------------------------------------------------------------

def qing(sandbox, timeout=5.0):
    return QingCloudClient(sandbox.url, QingCloudCredentials(QINGCLOUD_ACCESS_KEY_ID, QINGCLOUD_SECRET_ACCESS_KEY),
                           timeout=timeout, retry=RetryPolicy(attempts=ATTEMPTS, base_delay=0.01), sleep=Sleeps())


Q_START = {"app_id": "a1", "project_id": "p1", "channel": "ch1", "sign_key": "SIGN-KEY-SECRET"}


def test_qingcloud_query_retried_start_not(sandbox):
    c = qing(sandbox)
    sandbox.faults.server_error_next = 1
    assert c.query({"app_id": "a1", "channel": "ch1"}).attempts == 2
    sandbox.reset_counts()
    sandbox.faults.server_error_next = 1
    with pytest.raises(ApiError) as info:
        c.start(Q_START)
    assert sandbox.count() == 1 and "SIGN-KEY-SECRET" not in " ".join(info.value.lines())


def test_qingcloud_qps_retried_for_start(sandbox):
    c = qing(sandbox)
    sandbox.faults.qps_next = 1
    assert c.start(Q_START).answer.task_id == 1
    assert sandbox.count() == 2


def test_qingcloud_broken_and_dropped(sandbox):
    c = qing(sandbox)
    sandbox.faults.broken_next = 1
    with pytest.raises(ApiError) as info:
        c.start(Q_START)
    assert info.value.code == E.BROKEN_ANSWER and "\n" not in str(info.value)
    sandbox.faults.drop_next = 1
    with pytest.raises(ApiError) as info:
        c.stop({"app_id": "a1", "project_id": "p1", "channel": "ch1"})
    assert info.value.code == E.CONNECTION_DROPPED
