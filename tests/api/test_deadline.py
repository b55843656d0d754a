"""One call, one deadline: every attempt, the waits between them and a trickling body together."""

import time

import pytest

from mixframe.api import errors as E
from mixframe.api.errors import ApiError
from mixframe.api.qingcloud_client import QingCloudClient
from mixframe.api.qingcloud_signer import QingCloudCredentials
from mixframe.api.volc_client import RetryPolicy, VolcClient
from mixframe.api.volc_signer import VolcCredentials
from servers import elapsed, raw_server, silent, trickle

IDS = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1"}
START = {**IDS, "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}}
MARGIN = 3.0  # a correctness bound for a loaded machine, not a benchmark


class FakeTime:
    """A clock that only the client's sleeps move."""

    def __init__(self):
        self.now = 0.0
        self.sleeps = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


def volc(url, **kw):
    return VolcClient(url, VolcCredentials("AK", "SK-secret"), **kw)


def test_a_silent_server_costs_one_deadline_not_one_per_attempt():
    with raw_server(silent) as server:
        c = volc(server["url"], timeout=0.5, deadline=0.5, retry=RetryPolicy(attempts=4, base_delay=0.01))
        began = time.monotonic()
        with pytest.raises(ApiError) as info:
            c.get_record_task(IDS)
        took = elapsed(began)
    err = info.value
    assert err.code == E.TIMEOUT and err.attempts == 1 and server["connections"] == 1
    assert "within the 0.5-second deadline (1 attempt, 0.5 s waited in all)" in str(err)
    assert 0.45 <= err.elapsed and took < 0.5 + MARGIN


@pytest.mark.parametrize("deadline", [0.6, None])
def test_a_trickling_body_cannot_hold_a_call_past_its_limit(deadline):
    """httpx's read timeout starts again with each byte; the call's own limit does not."""
    with raw_server(trickle(every=0.1, total=60)) as server:
        c = volc(server["url"], timeout=0.6, deadline=deadline, retry=RetryPolicy(attempts=1))
        began = time.monotonic()
        with pytest.raises(ApiError) as info:
            c.start_record(START)
        took = elapsed(began)
    assert info.value.code == E.TIMEOUT
    assert took < 0.6 + MARGIN  # the server would trickle for 6 s


def test_retries_stop_when_the_next_wait_would_pass_the_deadline():
    """Nothing listens: each attempt fails at once, and back-off waits 0.25, 0.5, 1.0 …"""
    with raw_server(silent) as server:
        url = server["url"]
    t = FakeTime()
    c = volc(url, timeout=5, deadline=1.0, retry=RetryPolicy(attempts=10, base_delay=0.25, max_delay=4),
             sleep=t.sleep, clock=t.clock)
    with pytest.raises(ApiError) as info:
        c.get_record_task(IDS)
    err = info.value
    assert err.code == E.CONNECTION_REFUSED
    assert t.sleeps == [0.25, 0.5] and err.attempts == 3  # a third wait (1.0) would end past 1.0 s
    assert "Attempts: 3 in 0.8 s" in err.lines()


def test_without_a_deadline_the_retry_policy_alone_decides():
    with raw_server(silent) as server:
        url = server["url"]
    t = FakeTime()
    c = volc(url, timeout=5, retry=RetryPolicy(attempts=4, base_delay=0.25), sleep=t.sleep, clock=t.clock)
    with pytest.raises(ApiError) as info:
        c.get_record_task(IDS)
    assert info.value.attempts == 4 and t.sleeps == [0.25, 0.5, 1.0]


def test_qingcloud_query_keeps_the_deadline_too():
    with raw_server(silent) as server:
        c = QingCloudClient(server["url"], QingCloudCredentials("QY", "qy-secret"), timeout=0.5, deadline=0.5,
                            retry=RetryPolicy(attempts=4, base_delay=0.01))
        began = time.monotonic()
        with pytest.raises(ApiError) as info:
            c.query({"app_id": "a1", "channel": "ch1"})
        took = elapsed(began)
    assert info.value.code == E.TIMEOUT and info.value.attempts == 1
    assert "0.5-second deadline" in str(info.value) and took < 0.5 + MARGIN


@pytest.mark.parametrize("kw", [{"timeout": 0}, {"timeout": -1}, {"deadline": 0}, {"timeout": float("nan")}])
def test_a_limit_must_be_positive(kw):
    with pytest.raises(ValueError):
        volc("https://rtc.volcengineapi.com", **kw)
