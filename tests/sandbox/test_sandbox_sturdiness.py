"""The sandbox stays up, bounded and quiet whatever a client does (issue 10, sturdiness).

Raw sockets throughout: these are the clients no HTTP library would be.
"""

import datetime as dt
import json
import logging
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

import httpx
import pytest

from mixframe.sandbox import find_running, start_sandbox
from mixframe.sandbox import server as sandbox_server
from mixframe.sandbox.volcengine import VolcengineService
from sandbox_calls import IDS, START, call, error_of

WAIT = 10.0  # how long a test waits for an answer that must come; never a measure of speed


def _connect(sb) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", sb.port), timeout=WAIT)
    return s


def _read_until_closed(s: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (fails the test if it never does)."""
    data = b""
    s.settimeout(WAIT)
    while True:
        try:
            chunk = s.recv(65536)
        except ConnectionResetError:
            return data
        except TimeoutError:
            pytest.fail(f"the sandbox kept the connection open; it sent {data[:200]!r}")
        if not chunk:
            return data
        data += chunk


def _reset(s: socket.socket) -> None:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()


def _worker_threads(sb) -> int:
    return sum(1 for t in threading.enumerate() if t.name == f"mixframe-sandbox-worker-{sb.port}")


# -- refusals close the connection ------------------------------------------------------------

def test_a_request_hidden_in_a_refused_body_is_never_run(sandbox):
    hidden = b"GET /v1/cloudRecord HTTP/1.1\r\nHost: x\r\n\r\n"
    s = _connect(sandbox)
    s.sendall(b"POST /v1/cloudRecord HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\n\r\n" + hidden)
    answer = _read_until_closed(s)
    s.close()
    assert answer.startswith(b"HTTP/1.1 413 ") and answer.count(b"HTTP/1.1 ") == 1
    assert b"Connection: close" in answer
    assert sandbox.count() == 0  # neither the refused request nor the hidden one reached a service


@pytest.mark.parametrize("length", [b"abc", b"-5", b"1e3", b"0x10", b" "])
def test_a_bad_content_length_is_a_400_and_a_close(sandbox, length, capfd):
    s = _connect(sandbox)
    s.sendall(b"POST /?Action=StartRecord&Version=2023-11-01 HTTP/1.1\r\nHost: x\r\nContent-Length: " + length + b"\r\n\r\n{}")
    answer = _read_until_closed(s)
    s.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ")
    meta = json.loads(body)["ResponseMetadata"]  # the Volcengine route answers in the service's shape
    assert meta["Action"] == "StartRecord" and meta["Error"]["Code"] == "InvalidContentLength"
    assert "Traceback" not in capfd.readouterr().err


def test_two_different_content_lengths_are_refused(sandbox):
    s = _connect(sandbox)
    s.sendall(b"POST /v1/cloudRecord HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}")
    assert _read_until_closed(s).startswith(b"HTTP/1.1 400 ")
    s.close()


def test_chunked_bodies_are_refused_and_closed(sandbox):
    s = _connect(sandbox)
    s.sendall(b"POST /v1/cloudRecord HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
              b"2a\r\nGET /v1/cloudRecord HTTP/1.1\r\nHost: x\r\n\r\n\r\n0\r\n\r\n")
    answer = _read_until_closed(s)
    s.close()
    assert answer.startswith(b"HTTP/1.1 411 ") and answer.count(b"HTTP/1.1 ") == 1 and sandbox.count() == 0


def test_a_body_shorter_than_declared_times_out(monkeypatch, sandbox):
    monkeypatch.setattr(sandbox_server, "READ_TIMEOUT", 0.2)
    s = _connect(sandbox)
    s.sendall(b"POST /v1/cloudRecord HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{}")
    answer = _read_until_closed(s)
    s.close()
    assert answer.startswith(b"HTTP/1.1 408 ") and sandbox.count() == 0


def test_a_request_trickled_byte_by_byte_meets_a_deadline(monkeypatch, sandbox):
    """Slowloris: each byte comes before the read timeout, but the whole request must come in time."""
    monkeypatch.setattr(sandbox_server, "REQUEST_DEADLINE", 0.5)
    s = _connect(sandbox)
    s.settimeout(0.05)
    closed = False
    for byte in b"GET /v1/cloudRecord HTTP/1.1\r\nX-Slow: " + b"a" * 200:
        try:
            s.send(bytes([byte]))
            if s.recv(1) == b"":
                closed = True
                break
        except TimeoutError:
            continue
        except (BrokenPipeError, ConnectionResetError):
            closed = True
            break
    s.close()
    assert closed and sandbox.count() == 0


# -- bounded waits and threads ----------------------------------------------------------------

def test_an_idle_connection_is_closed(monkeypatch, sandbox):
    monkeypatch.setattr(sandbox_server, "IDLE_TIMEOUT", 0.2)
    s = _connect(sandbox)
    assert _read_until_closed(s) == b""
    s.close()


def test_kept_alive_connections_still_serve_many_requests(sandbox):
    with httpx.Client() as client:
        for _ in range(20):
            assert client.get(sandbox.url + "/_sandbox/faults").status_code == 200
    assert _worker_threads(sandbox) <= 1


def test_threads_and_waiting_requests_are_bounded_and_the_rest_get_503_at_once(monkeypatch, sandbox):
    """Connections that send nothing take no thread; whole requests take one, at most MAX_WORKERS
    with MAX_WAITING more queued, and every further request gets 503 and a close at once."""
    monkeypatch.setattr(sandbox_server, "MAX_WORKERS", 3)
    monkeypatch.setattr(sandbox_server, "MAX_WAITING", 2)
    idle = [_connect(sandbox) for _ in range(10)]
    time.sleep(0.2)
    assert _worker_threads(sandbox) == 0  # open but silent: no thread
    sandbox.faults.latency = 1.0  # each answer takes a second: the workers stay busy
    conns = [_connect(sandbox) for _ in range(10)]
    request = b"GET /v1/cloudRecord HTTP/1.1\r\nHost: x\r\n\r\n"
    started = time.monotonic()
    for s in conns:
        s.sendall(request)
    answers = {}
    while len(answers) < 5 and time.monotonic() - started < WAIT:
        for s in select.select([c for c in conns if c not in answers], [], [], 0.1)[0]:
            answers[s] = _read_until_closed(s)
    assert time.monotonic() - started < 0.9  # refused before any answer could come, not queued
    assert len(answers) == 5 and all(a.startswith(b"HTTP/1.1 503 ") and b"Connection: close" in a for a in answers.values())
    assert _worker_threads(sandbox) == 3
    for s in conns:  # the three served and the two queued are answered, in time
        if s not in answers:
            s.settimeout(WAIT)
            assert s.recv(4096).startswith(b"HTTP/1.1 ")
    for s in conns + idle:
        s.close()


def test_a_burst_of_connects_is_queued_not_dropped():
    """With the accept loop stalled, connects still complete: the listen backlog holds them
    (a backlog of 5 dropped the rest of the SYNs, which the client resent a second later)."""
    sb = start_sandbox()
    pending = []
    try:
        sb._server.shutdown()  # stop accepting; the listening socket stays open
        for _ in range(100):
            s = socket.socket()
            s.setblocking(False)
            s.connect_ex(("127.0.0.1", sb.port))
            pending.append(s)
        connected, waiting = 0, list(pending)
        deadline = time.monotonic() + WAIT
        while waiting and time.monotonic() < deadline:
            for s in select.select([], waiting, [], 0.2)[1]:
                connected += s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0
                waiting.remove(s)
        assert connected == 100
    finally:
        for s in pending:
            s.close()
        sb.stop()


# -- faults control ---------------------------------------------------------------------------

@pytest.mark.parametrize("setting", [
    b'{"latency": Infinity}', b'{"latency": 1e400}', b'{"latency": -1}', b'{"latency": 3600}',
    b'{"latency": NaN}', b'{"drop_next": 1.5}', b'{"drop_next": -1}', b'{"latency": true}',
    b'{"nope": 1}', b'[1]', b'[' * 5000,
], ids=lambda raw: raw[:24].decode())
def test_the_faults_control_refuses_what_it_cannot_do(sandbox, setting):
    r = httpx.post(sandbox.url + "/_sandbox/faults", content=setting)
    assert r.status_code == 400 and r.json()["code"] == "bad_fault"
    assert httpx.get(sandbox.url + "/_sandbox/faults").json()["latency"] == 0.0


def test_the_faults_control_is_all_or_nothing(sandbox):
    r = httpx.post(sandbox.url + "/_sandbox/faults", json={"drop_next": 2, "latency": 1e9})
    assert r.status_code == 400 and sandbox.faults.drop_next == 0
    r = httpx.post(sandbox.url + "/_sandbox/faults", json={"drop_next": 2, "latency": 0.5})
    assert r.status_code == 200 and (sandbox.faults.drop_next, sandbox.faults.latency) == (2, 0.5)


def test_faults_are_checked_from_python_too(sandbox):
    with pytest.raises(ValueError):
        sandbox.faults.latency = float("inf")
    with pytest.raises(ValueError):
        sandbox.faults.server_error_next = -3


# -- bounded memory ---------------------------------------------------------------------------

def test_ended_tasks_are_kept_for_queries_within_a_bound():
    service = VolcengineService(qps_limit=None, max_ended_tasks=5)
    with start_sandbox(volcengine=service) as sb:
        for i in range(12):
            call(sb, "StartRecord", {**START, "TaskId": f"t{i}"})
            call(sb, "StopRecord", {**IDS, "TaskId": f"t{i}"})
        assert call(sb, "StartRecord", {**START, "TaskId": "running"}).json()["Result"] == "ok"
        assert len(sb.volcengine.tasks) == 6
        for i in range(7, 12):  # the newest ended ones answer in full
            task = call(sb, "GetRecordTask", {**IDS, "TaskId": f"t{i}"}).json()["Result"]["RecordTask"]
            assert task["Status"] == 3 and task["RecordFileList"]
        assert error_of(call(sb, "GetRecordTask", {**IDS, "TaskId": "t0"}))["Code"] == "InvalidParameter.ErrorActiveTaskNotFound"
        assert all(t.body == {} for t in sb.volcengine.tasks.values() if not t.running)


def test_ended_tasks_leave_after_72_hours():
    now = [1_700_000_000_000]
    service = VolcengineService(qps_limit=None, now_ms=lambda: now[0])
    with start_sandbox(volcengine=service) as sb:
        at = lambda: dt.datetime.fromtimestamp(now[0] / 1000, dt.timezone.utc)  # noqa: E731  (signed at the service's time)
        call(sb, "StartRecord", START, when=at())
        call(sb, "StopRecord", IDS, when=at())
        now[0] += 72 * 3600 * 1000 - 1000
        assert call(sb, "GetRecordTask", IDS, when=at()).json()["Result"]["RecordTask"]["Status"] == 3
        now[0] += 2000
        assert error_of(call(sb, "GetRecordTask", IDS, when=at()))["Code"] == "InvalidParameter.ErrorActiveTaskNotFound"
        assert sb.volcengine.tasks == {}


def test_the_request_log_keeps_exact_counts_and_the_newest_requests(monkeypatch):
    monkeypatch.setattr(sandbox_server, "MAX_LOGGED_REQUESTS", 10)
    with start_sandbox(qps_limit=None) as sb, httpx.Client() as client:
        for i in range(25):
            client.get(f"{sb.url}/?Action=A{i % 3}&Version=x")
        for i in range(300):  # made-up action names do not grow the counts without bound
            client.get(f"{sb.url}/?Action=made-up-{i}&Version=x")
        assert sb.count() == 325 and sb.count("A0") == 9
        assert len(sb.requests) == 10 and sb.requests[-1].action == "made-up-299"
        assert len(sb._server.seen.counts) <= sandbox_server.MAX_COUNTED_ACTIONS + 1
        assert len(client.get(sb.url + "/_sandbox/requests").json()["requests"]) == 10


def test_stopped_qingcloud_recordings_are_bounded(monkeypatch):
    from mixframe.sandbox import qingcloud

    monkeypatch.setattr(qingcloud, "MAX_STOPPED", 3)
    service = qingcloud.QingCloudService()
    for i in range(10):
        assert service._start({"app_id": "a", "project_id": "p", "channel": f"c{i}"})[0] == 200
        assert service._stop({"app_id": "a", "project_id": "p", "channel": f"c{i}"})[0] == 200
    assert [r.channel for r in service.recordings] == ["c7", "c8", "c9"]


# -- hostile JSON -----------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    b"[" * 100_000 + b"]" * 100_000,
    b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    b'{"AppId": "app1", "RoomId": "room1", "TaskId": "t", "Layout": ' + b"[" * 40 + b"]" * 40 + b"}",
    b'{"AppId": "app1", "RoomId": "room1", "TaskId": "t", "Control": {"MaxIdleTime": 1e999}}',
    b'{"AppId": "app1", "RoomId": "room1", "TaskId": "t", "Control": {"MaxIdleTime": ' + b"9" * 5000 + b"}}",
    b'{"AppId": "\xff\xfe"}',
    b'{"AppId": "\\ud800"}',
], ids=["deep-array", "deep-object", "deep-field", "float-overflow", "huge-int", "not-utf8", "lone-surrogate"])
def test_hostile_json_is_the_clients_fault(sandbox, raw):
    r = call(sandbox, "StartRecord", raw=raw)
    assert r.status_code == 400, r.text
    assert error_of(r)["Code"].startswith("InvalidParameter")


def test_hostile_json_to_qingcloud_is_a_400(sandbox):
    from mixframe.api import qingcloud_signer
    from mixframe.sandbox import QINGCLOUD_ACCESS_KEY_ID, QINGCLOUD_SECRET_ACCESS_KEY
    import datetime as dt

    body = b"[" * 100_000 + b"]" * 100_000
    signed = qingcloud_signer.sign(method="POST", path="/v1/cloudRecord", params={}, body=body,
                                   credentials=qingcloud_signer.QingCloudCredentials(QINGCLOUD_ACCESS_KEY_ID, QINGCLOUD_SECRET_ACCESS_KEY),
                                   now=dt.datetime.now(dt.timezone.utc))
    r = httpx.post(f"{sandbox.url}/v1/cloudRecord?{signed.query_string}", content=body)
    assert r.status_code == 400 and r.json()["code"] == "invalid_body"


# -- quiet about clients, one line about itself -----------------------------------------------

def test_probes_and_rude_clients_print_nothing(sandbox, capfd):
    s = _connect(sandbox)
    s.close()  # a probe: open and close
    _reset(_connect(sandbox))  # a probe that resets
    s = _connect(sandbox)
    s.sendall(b"GET /_sandbox/keys HTTP/1.1\r\nHost: x\r\n\r\n")
    _reset(s)  # gone before the answer is written
    s = _connect(sandbox)
    s.sendall(b"POST /v1/cloudRecord HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{")
    _reset(s)  # gone mid-body
    assert find_running(sandbox.port) == sandbox.url
    assert httpx.get(sandbox.url + "/_sandbox/faults").status_code == 200  # and it still answers
    deadline = time.monotonic() + WAIT
    while _worker_threads(sandbox) and time.monotonic() < deadline:  # every connection done with
        time.sleep(0.02)
    assert _worker_threads(sandbox) == 0
    assert capfd.readouterr().err == ""


def test_a_sandbox_bug_answers_internal_error_and_logs_one_line(sandbox, monkeypatch, caplog, capfd):
    def broken(*args):
        raise KeyError("oops")

    monkeypatch.setattr(sandbox.volcengine, "handle", broken)
    with caplog.at_level(logging.ERROR, logger="mixframe.sandbox"):
        r = call(sandbox, "GetRecordTask", IDS, version="2023-11-01")
    err = error_of(r)
    assert r.status_code == 500 and (err["Code"], err["CodeN"]) == ("InternalError", 100014)
    assert r.json()["ResponseMetadata"]["Action"] == "GetRecordTask"
    records = [rec for rec in caplog.records if rec.name == "mixframe.sandbox"]
    assert len(records) == 1 and "\n" not in records[0].getMessage() and "KeyError" in records[0].getMessage()
    assert records[0].exc_info is None
    assert "Traceback" not in capfd.readouterr().err


def test_mixframe_sandbox_is_silent_when_probed(tmp_path):
    """`mixframe sandbox` in its own terminal: a --profile Sandbox probe leaves no trace there."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "mixframe", "sandbox", "--port", "0"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        assert first.startswith("Mixframe sandbox listening on http://127.0.0.1:"), first + proc.stderr.read()
        port = int(first.split("http://127.0.0.1:")[1].split()[0])
        for _ in range(3):
            s = socket.create_connection(("127.0.0.1", port))
            s.close()
            _reset(socket.create_connection(("127.0.0.1", port)))
            assert find_running(port) == f"http://127.0.0.1:{port}"
        time.sleep(0.5)  # the sandbox's workers finish with the probes (a late traceback would be missed, not invented)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=WAIT)
    assert "Traceback" not in err and "Error" not in err, err
