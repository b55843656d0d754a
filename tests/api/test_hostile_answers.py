"""Hostile answers from a real loopback server (issue 14, items 14, 15 and 19): every answer the
clients cannot read as the service's is one sentence, never a success, never a traceback, and
never read past the answer size limit, on the wire or once decompressed."""

from __future__ import annotations

import functools
import json
import socket
import threading
import tracemalloc
import zlib

import pytest

from mixframe.api import errors as E
from mixframe.api import transport
from mixframe.api.errors import ApiError
from mixframe.api.qingcloud_client import QingCloudClient
from mixframe.api.qingcloud_signer import QingCloudCredentials
from mixframe.api.volc_client import NO_RETRY, RetryPolicy, VolcClient
from mixframe.api.volc_signer import VolcCredentials
from servers import canned, raw_server, read_request

IDS = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1"}
START = {**IDS, "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}}
UPDATE = {**IDS, "TargetStreams": {"StreamList": [{"UserId": "u", "Index": 0}]},
          "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 640, "Height": 480},
                     "Regions": [{"StreamIndex": 0, "Width": 640, "Height": 480}]}}}
VOLC_CALLS = {
    "StartRecord": lambda c: c.start_record(START),
    "UpdateRecord": lambda c: c.update_record(UPDATE),
    "StopRecord": lambda c: c.stop_record(IDS),
    "GetRecordTask": lambda c: c.get_record_task("app1", "room1", "task1"),
}
QING_START = {"app_id": "a1", "project_id": "p1", "channel": "ch1", "sign_key": "sign-key-1"}
QING_CALLS = {
    "start": lambda c: c.start(QING_START),
    "stop": lambda c: c.stop({"app_id": "a1", "project_id": "p1", "channel": "ch1"}),
    "query": lambda c: c.query({"app_id": "a1", "channel": "ch1"}),
}


def volc(url: str, **kw) -> VolcClient:
    return VolcClient(url, VolcCredentials("AK", "volc-secret-1"), retry=kw.pop("retry", NO_RETRY), **kw)


def qing(url: str, **kw) -> QingCloudClient:
    return QingCloudClient(url, QingCloudCredentials("QY", "qy-secret-1"), retry=kw.pop("retry", NO_RETRY), **kw)


def one_sentence(err: ApiError) -> None:
    """What the command line and the window show: printable lines, the first a sentence."""
    lines = err.lines()
    assert lines and lines[0].strip()
    for line in lines:
        line.encode("utf-8")  # nothing a terminal cannot print
        assert "\n" not in line and "Traceback" not in line


def meta(action: str) -> dict:
    return {"RequestId": "r1", "Action": action, "Version": "2023-11-01", "Service": "rtc", "Region": "cn-north-1"}


# -- item 19: a 200 that is not the service's success ------------------------------------------

_GOOD_RESULT = {"GetRecordTask": {"RecordTask": {"Status": 2}}}


def _volc_shapes(action: str) -> dict[str, bytes]:
    other = "StopRecord" if action != "StopRecord" else "StartRecord"
    good = _GOOD_RESULT.get(action, "ok")
    wrong = "ok" if action == "GetRecordTask" else {"RecordTask": {}}
    shapes = {
        "empty object (a proxy's {})": {},
        "metadata without Result": {"ResponseMetadata": meta(action)},
        "empty metadata, no Result": {"ResponseMetadata": {}},
        "Result null": {"ResponseMetadata": meta(action), "Result": None},
        "Result of the wrong shape": {"ResponseMetadata": meta(action), "Result": wrong},
        "Result without metadata": {"Result": good},
        "metadata a string": {"ResponseMetadata": "ok", "Result": good},
        "metadata a list": {"ResponseMetadata": [meta(action)], "Result": good},
        "Error a string": {"ResponseMetadata": {**meta(action), "Error": "boom"}, "Result": good},
        "RequestId a number": {"ResponseMetadata": {**meta(action), "RequestId": 5}, "Result": good},
        "an answer for another call": {"ResponseMetadata": meta(other), "Result": good},
        "a JSON array": [{"ResponseMetadata": meta(action), "Result": good}],
        "a JSON string": "ok",
        "JSON null": None,
        "a number": 200,
    }
    if action == "GetRecordTask":
        shapes["RecordTask a string"] = {"ResponseMetadata": meta(action), "Result": {"RecordTask": "running"}}
        shapes["Status a word"] = {"ResponseMetadata": meta(action), "Result": {"RecordTask": {"Status": "running"}}}
        shapes["RecordFileList an object"] = {"ResponseMetadata": meta(action),
                                              "Result": {"RecordTask": {"RecordFileList": {}}}}
    out = {name: json.dumps(value).encode() for name, value in shapes.items()}
    out["HTML from a proxy"] = b"<html><body><h1>200 OK</h1>Welcome to the captive portal</body></html>"
    out["empty body"] = b""
    out["JSON then junk"] = json.dumps({"ResponseMetadata": meta(action), "Result": good}).encode() + b"<!-- -->"
    return out


VOLC_SHAPES = [(action, name) for action in VOLC_CALLS for name in _volc_shapes(action)]


@pytest.mark.parametrize("action,shape", VOLC_SHAPES)
def test_a_volcengine_200_that_is_not_the_services_success_is_an_error(action, shape):
    body = _volc_shapes(action)[shape]
    with raw_server(canned(200, body)) as server:
        c = volc(server["url"], retry=RetryPolicy(attempts=3, base_delay=0.01))
        with pytest.raises(ApiError) as info:
            VOLC_CALLS[action](c)
    err = info.value
    assert err.code == E.BROKEN_ANSWER and err.http_status == 200
    assert server["connections"] == 1  # what was carried out is unknown: nothing repeated
    one_sentence(err)


@pytest.mark.parametrize("action", sorted(VOLC_CALLS))
def test_the_services_own_success_still_succeeds(action):
    good = _GOOD_RESULT.get(action, "ok")
    body = json.dumps({"ResponseMetadata": meta(action), "Result": good}).encode()
    with raw_server(canned(200, body)) as server:
        answer = VOLC_CALLS[action](volc(server["url"]))
    assert answer.request_id == "r1"
    # A started-again task's Result is another sentence: still a success.
    body = json.dumps({"ResponseMetadata": {"RequestId": "r2"}, "Result": good}).encode()
    with raw_server(canned(200, body)) as server:
        assert VOLC_CALLS[action](volc(server["url"])).request_id == "r2"


def _qing_shapes(call: str) -> dict[str, bytes]:
    shapes = {
        "empty object (a proxy's {})": {},
        "code a number": {"code": 0},
        "code null": {"code": None},
        "code a list": {"code": ["success"]},
        "a JSON array": [{"code": "success"}],
        "a JSON string": "success",
        "JSON null": None,
    }
    if call == "start":
        shapes["task_id a word"] = {"code": "success", "task_id": "forty"}
    if call == "query":
        shapes["recinfos an object"] = {"code": "success", "recinfos": {"id": 1}}
        shapes["total_count a word"] = {"code": "success", "total_count": "many", "recinfos": []}
    out = {name: json.dumps(value).encode() for name, value in shapes.items()}
    out["HTML from a proxy"] = b"<html><body>Access denied by policy</body></html>"
    out["empty body"] = b""
    return out


QING_SHAPES = [(call, name) for call in QING_CALLS for name in _qing_shapes(call)]


@pytest.mark.parametrize("call,shape", QING_SHAPES)
def test_a_qingcloud_200_that_is_not_the_services_success_is_an_error(call, shape):
    with raw_server(canned(200, _qing_shapes(call)[shape])) as server:
        with pytest.raises(ApiError) as info:
            QING_CALLS[call](qing(server["url"]))
    err = info.value
    assert err.code == E.BROKEN_ANSWER and err.http_status == 200
    one_sentence(err)


# -- item 14: every parse path (depth, size, bad UTF-8) is one sentence --------------------------


def _deep(levels: int, inner: str = '"x"') -> bytes:
    return ('{"code": "bad", "a": ' + "[" * levels + inner + "]" * levels + "}").encode()


PARSE_CASES = {
    "nested 900 deep": _deep(900),
    "nested 100,000 deep": _deep(100_000),
    "objects nested 5,000 deep": ('{"code":"bad","a":' + '{"a":' * 5000 + "1" + "}" * 5000 + "}").encode(),
    "bad UTF-8": b'{"code": "bad", "message": "caf\xe9 \xff\xfe"}',
    "UTF-16": '{"code": "bad"}'.encode("utf-16"),
    "a 10,000-digit number": b'{"code": "bad", "n": ' + b"9" * 10_000 + b"}",
    "truncated": b'{"code": "bad", "message": "cut',
}


@pytest.mark.parametrize("status", [200, 400])
@pytest.mark.parametrize("case", sorted(PARSE_CASES))
@pytest.mark.parametrize("vendor", ["volcengine", "qingcloud"])
def test_an_unreadable_answer_is_one_sentence_on_every_parse_path(vendor, case, status):
    body = PARSE_CASES[case]
    if vendor == "volcengine":
        body = body.replace(b'"code": "bad"', b'"ResponseMetadata": {}').replace(b'"code":"bad"',
                                                                                   b'"ResponseMetadata":{}')
    with raw_server(canned(status, body)) as server:
        client = volc(server["url"]) if vendor == "volcengine" else qing(server["url"])
        with pytest.raises(ApiError) as info:
            if vendor == "volcengine":
                client.get_record_task("app1", "room1", "task1")
            else:
                client.query({"app_id": "a1", "channel": "ch1"})
    assert info.value.code == E.BROKEN_ANSWER and info.value.http_status == status
    one_sentence(info.value)


@pytest.mark.parametrize("vendor", ["volcengine", "qingcloud"])
def test_a_lone_surrogate_in_an_answer_is_shown_printable(vendor):
    if vendor == "volcengine":
        body = (b'{"ResponseMetadata": {"RequestId": "r\\ud800", "Error": {"Code": "Odd\\udc00", '
                b'"Message": "bad \\ud83d text"}}}')
    else:
        body = b'{"code": "odd\\udc00", "message": "bad \\ud83d text", "k\\ud800": 1}'
    with raw_server(canned(400, body)) as server:
        client = volc(server["url"]) if vendor == "volcengine" else qing(server["url"])
        with pytest.raises(ApiError) as info:
            if vendor == "volcengine":
                client.stop_record(IDS)
            else:
                client.stop({"app_id": "a1", "project_id": "p1", "channel": "ch1"})
    one_sentence(info.value)
    assert "bad \ufffd text" in "\n".join(info.value.lines())


def test_an_answer_at_the_depth_limit_is_still_read():
    inner = {"code": "bad"}
    for _ in range(transport.MAX_ANSWER_DEPTH - 1):
        inner = {"a": inner}
    with raw_server(canned(400, json.dumps(inner).encode())) as server:
        with pytest.raises(ApiError) as info:
            qing(server["url"]).query({"app_id": "a1", "channel": "ch1"})
    assert info.value.code == "HTTP400"  # the service's own (odd) failure, shown whole
    one_sentence(info.value)


# -- item 15: answers too large, on the wire or once decompressed --------------------------------


@pytest.fixture
def bytes_read(monkeypatch):
    """How many bytes the client read from its sockets."""
    count = [0]
    inner = transport._DeadlineStream.read

    def counting(self, max_bytes, timeout=None):
        data = inner(self, max_bytes, timeout)
        count[0] += len(data)
        return data

    monkeypatch.setattr(transport._DeadlineStream, "read", counting)
    return count


SAFETY_STOP = 96 * 1024 * 1024  # the test server never sends more than this, whatever the client does


def endless_chunked(sent: list[int]) -> callable:
    """200 with a chunked JSON-looking body that never ends (until the client hangs up)."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        piece = b"       " * 9362 + b" "  # 65,535 bytes of JSON whitespace
        chunk = b"%x\r\n" % len(piece) + piece + b"\r\n"
        conn.sendall(b'1\r\n{\r\n')
        while sent[0] < SAFETY_STOP and not stop.is_set():
            conn.sendall(chunk)
            sent[0] += len(chunk)
        conn.sendall(b"0\r\n\r\n")

    return handle


@functools.lru_cache(maxsize=None)
def gzip_bomb(decoded: int = 128 * 1024 * 1024) -> bytes:
    """`decoded` bytes of JSON whitespace, gzipped to about a thousandth of that."""
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * (1024 * 1024)
    parts = [z.compress(b"{")]
    for _ in range(decoded // len(block)):
        parts.append(z.compress(block))
    parts.append(z.compress(b'"ResponseMetadata": {}, "Result": "ok"}') + z.flush())
    return b"".join(parts)


def _measured(call):
    tracemalloc.start()
    try:
        with pytest.raises(ApiError) as info:
            call()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return info.value, peak


@pytest.mark.parametrize("vendor", ["volcengine", "qingcloud"])
def test_an_endless_chunked_answer_stops_at_the_limit(vendor, bytes_read):
    sent = [0]
    with raw_server(endless_chunked(sent)) as server:
        client = volc(server["url"], timeout=30) if vendor == "volcengine" else qing(server["url"], timeout=30)
        call = (lambda: client.get_record_task("app1", "room1", "task1")) if vendor == "volcengine" else (
            lambda: client.query({"app_id": "a1", "channel": "ch1"}))
        err, peak = _measured(call)
    limit = transport.MAX_ANSWER_BYTES
    assert err.code == E.ANSWER_TOO_LARGE
    assert "too large" in err.sentence and "MB" in err.sentence
    one_sentence(err)
    assert bytes_read[0] <= limit + 2 * 65536  # the limit, plus at most the read in flight
    assert peak < 4 * limit
    assert server["connections"] == 1  # not repeated (the GET would be, for a lost answer)


@pytest.mark.parametrize("vendor", ["volcengine", "qingcloud"])
def test_a_gzip_bomb_stops_at_the_limit_once_decompressed(vendor, bytes_read):
    bomb = gzip_bomb()
    with raw_server(canned(200, bomb, headers=(("Content-Encoding", "gzip"),))) as server:
        client = volc(server["url"]) if vendor == "volcengine" else qing(server["url"])
        call = (lambda: client.get_record_task("app1", "room1", "task1")) if vendor == "volcengine" else (
            lambda: client.query({"app_id": "a1", "channel": "ch1"}))
        err, peak = _measured(call)
    limit = transport.MAX_ANSWER_BYTES
    assert len(bomb) < limit < 128 * 1024 * 1024  # small on the wire, huge once decoded
    assert err.code == E.ANSWER_TOO_LARGE
    one_sentence(err)
    assert bytes_read[0] <= len(bomb) + 4096
    assert peak < 4 * limit


def test_a_declared_length_past_the_limit_is_refused_before_reading(bytes_read):
    def handle(conn, stop):
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 999999999999\r\n\r\n{")
        stop.wait(5)

    with raw_server(handle) as server:
        with pytest.raises(ApiError) as info:
            volc(server["url"]).get_record_task("app1", "room1", "task1")
    assert info.value.code == E.ANSWER_TOO_LARGE
    assert bytes_read[0] < 4096


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate", "identity"])
def test_a_compressed_answer_within_the_limit_is_read(encoding):
    body = json.dumps({"ResponseMetadata": meta("GetRecordTask"), "Result": {"RecordTask": {"Status": 3}}}).encode()
    if encoding == "gzip":
        z = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    elif encoding == "raw-deflate":
        z = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    else:
        z = zlib.compressobj()
    data = body if encoding == "identity" else z.compress(body) + z.flush()
    header = "deflate" if encoding == "raw-deflate" else encoding
    with raw_server(canned(200, data, headers=(("Content-Encoding", header),))) as server:
        answer = volc(server["url"]).get_record_task("app1", "room1", "task1")
    assert answer.record_task.status == 3


@pytest.mark.parametrize("header,data", [
    ("br", b"\x0b\x02\x80{}\x03"),  # an encoding Mixframe did not ask for
    ("gzip, gzip", zlib.compress(b"{}")),  # stacked encodings: a bomb inside a bomb
    ("gzip", b"\x1f\x8b\x08\x00not really gzip"),
    ("gzip", gzip_bomb.__wrapped__(1024 * 1024)[:200]),  # cut short
])
def test_an_answer_in_an_unreadable_encoding_is_one_sentence(header, data):
    with raw_server(canned(200, data, headers=(("Content-Encoding", header),))) as server:
        with pytest.raises(ApiError) as info:
            volc(server["url"]).get_record_task("app1", "room1", "task1")
    assert info.value.code == E.BROKEN_ANSWER
    one_sentence(info.value)


# -- a huge text from the service stays a readable line -----------------------------------------

HUGE = "x" * 900_000  # four of them still fit within the answer size limit


@pytest.mark.parametrize("vendor", ["volcengine", "qingcloud"])
def test_a_huge_message_code_or_answer_is_shown_cut_to_a_readable_line(vendor):
    if vendor == "volcengine":
        body = {"ResponseMetadata": {"RequestId": HUGE, "Error": {"Code": "C" + HUGE, "Message": HUGE}}}
    else:
        body = {"code": "C" + HUGE, "message": HUGE, "request_id": HUGE, "detail": {"k": HUGE}}
    with raw_server(canned(400, json.dumps(body).encode())) as server:
        client = volc(server["url"]) if vendor == "volcengine" else qing(server["url"])
        with pytest.raises(ApiError) as info:
            if vendor == "volcengine":
                client.stop_record(IDS)
            else:
                client.stop({"app_id": "a1", "project_id": "p1", "channel": "ch1"})
    err = info.value
    one_sentence(err)
    lines = err.lines()
    assert len(lines) >= 3
    for line in lines + [err.sentence, str(err)]:
        assert len(line) <= 2 * E.SHOWN_CHARS + 200
    assert any(line.endswith("…") or "…" in line for line in lines)


def test_a_repeated_start_whose_result_says_so_is_still_a_success():
    said = "The task has been started. Please do not call the startup task interface repeatedly"
    body = json.dumps({"ResponseMetadata": meta("StartRecord"), "Result": said}).encode()
    with raw_server(canned(200, body)) as server:
        answer = volc(server["url"]).start_record(START)
    assert answer.result == said and answer.request_id == "r1"
