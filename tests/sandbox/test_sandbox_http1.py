"""The sandbox reads HTTP/1.1 as RFC 9112 says, and slow clients cost nobody a wait (issue 14, item 25).

Raw sockets throughout: these are requests no HTTP library would send.
"""

import json
import select
import socket
import threading
import time

import httpx
import pytest

from mixframe.sandbox import server as sandbox_server

WAIT = 10.0  # how long a test waits for an answer that must come; never a measure of speed
HIDDEN = b"GET /_sandbox/keys HTTP/1.1\r\nHost: x\r\n\r\n"  # a second request, smuggled in what should be a body


def _connect(sb, source: str = "127.0.0.1") -> socket.socket:
    return socket.create_connection(("127.0.0.1", sb.port), timeout=WAIT, source_address=(source, 0))


def _exchange(sb, raw: bytes) -> bytes:
    """Send `raw`, then read until the sandbox closes (fails if it keeps the connection open)."""
    s = _connect(sb)
    s.sendall(raw)
    data = b""
    while True:
        try:
            chunk = s.recv(65536)
        except ConnectionResetError:
            break
        except TimeoutError:
            pytest.fail(f"the sandbox kept the connection open; it sent {data[:300]!r}")
        if not chunk:
            break
        data += chunk
    s.close()
    return data


def _worker_threads(sb) -> int:
    return sum(1 for t in threading.enumerate() if t.name == f"mixframe-sandbox-worker-{sb.port}")


# -- every leniency RFC 9112 forbids is a 400 and a close -------------------------------------

SMUGGLING = {
    # RFC 9112 §5.1: no whitespace between a field name and its colon. http.server read
    # "Content-Length : 40" as another field, took the body as a second request and ran it.
    "space-before-colon": b"POST /v1/cloudRecord HTTP/1.1\r\nHost: x\r\nContent-Length : 40\r\n\r\n" + HIDDEN,
    "tab-before-colon": b"POST /v1/cloudRecord HTTP/1.1\r\nHost: x\r\nContent-Length\t: 40\r\n\r\n" + HIDDEN,
    # §5.2: obs-fold (a line starting with whitespace continues the previous field)
    "obs-fold": b"POST /v1/cloudRecord HTTP/1.1\r\nHost: x\r\nX-A: a\r\n Content-Length: 40\r\n\r\n" + HIDDEN,
    "whitespace-before-first-field": b"POST /v1/cloudRecord HTTP/1.1\r\n Content-Length: 40\r\nHost: x\r\n\r\n" + HIDDEN,
    # §2.2: lines end with CRLF; a bare CR or LF is read differently by different peers
    "bare-lf": b"POST /v1/cloudRecord HTTP/1.1\r\nHost: x\nContent-Length: 40\r\n\r\n" + HIDDEN,
    "bare-lf-everywhere": b"GET /_sandbox/keys HTTP/1.1\nHost: x\n\n",
    "bare-cr": b"POST /v1/cloudRecord HTTP/1.1\r\nHost: x\rContent-Length: 40\r\n\r\n" + HIDDEN,
    # §3.2: exactly one Host in HTTP/1.1
    "two-hosts": b"GET /_sandbox/keys HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
    "no-host": b"GET /_sandbox/keys HTTP/1.1\r\n\r\n",
    "bad-host": b"GET /_sandbox/keys HTTP/1.1\r\nHost: a b/c\r\n\r\n",
    # §6.1: Transfer-Encoding with Content-Length
    "te-and-cl": b"POST /v1/cloudRecord HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\nTransfer-Encoding: chunked\r\n\r\n" + HIDDEN,
    "cl-list-differs": b"POST /v1/cloudRecord HTTP/1.1\r\nHost: x\r\nContent-Length: 0, 40\r\n\r\n" + HIDDEN,
    # RFC 9110 §5.1, §5.5: field names are tokens; values hold no NUL or other control characters
    "name-with-space": b"GET /_sandbox/keys HTTP/1.1\r\nHost: x\r\nX A: 1\r\n\r\n",
    "name-with-paren": b"GET /_sandbox/keys HTTP/1.1\r\nHost: x\r\nX(A): 1\r\n\r\n",
    "empty-name": b"GET /_sandbox/keys HTTP/1.1\r\nHost: x\r\n: 1\r\n\r\n",
    "non-ascii-name": b"GET /_sandbox/keys HTTP/1.1\r\nHost: x\r\nX-\xc3\xa9: 1\r\n\r\n",
    "no-colon": b"GET /_sandbox/keys HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n",
    "nul-in-value": b"GET /_sandbox/keys HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n",
    "esc-in-value": b"GET /_sandbox/keys HTTP/1.1\r\nHost: x\r\nX-A: a\x1b[2Jb\r\n\r\n",
    "nul-in-name": b"GET /_sandbox/keys HTTP/1.1\r\nHost: x\r\nX-\x00A: 1\r\n\r\n",
    # §3: the request line is METHOD SP TARGET SP VERSION
    "nul-in-target": b"GET /_sandbox/ke\x00ys HTTP/1.1\r\nHost: x\r\n\r\n",
    "tab-in-request-line": b"GET\t/_sandbox/keys HTTP/1.1\r\nHost: x\r\n\r\n",
    "two-spaces": b"GET  /_sandbox/keys HTTP/1.1\r\nHost: x\r\n\r\n",
    "no-version": b"GET /_sandbox/keys\r\nHost: x\r\n\r\n",
    "lowercase-version": b"GET /_sandbox/keys http/1.1\r\nHost: x\r\n\r\n",
}


@pytest.mark.parametrize("raw", SMUGGLING.values(), ids=SMUGGLING.keys())
def test_every_leniency_rfc_9112_forbids_is_a_400_and_a_close(sandbox, raw):
    answer = _exchange(sandbox, raw)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 "), answer[:300]
    assert answer.count(b"Server: MixframeSandbox") == 1 and b"Connection: close" in head  # one answer, nothing smuggled
    assert json.loads(body)["message"]  # one sentence saying which rule
    assert sandbox.count() == 0 and b"AccessKey" not in answer


def test_the_refusal_names_the_rule_and_answers_in_the_services_shape(sandbox):
    answer = _exchange(sandbox, b"POST /?Action=StartRecord&Version=2023-11-01 HTTP/1.1\r\nHost: x\r\n"
                                b"Content-Length : 2\r\n\r\n{}")
    meta = json.loads(answer.partition(b"\r\n\r\n")[2])["ResponseMetadata"]
    assert meta["Action"] == "StartRecord" and meta["Error"]["Code"] == "BadRequest"
    assert "RFC 9112 §5.1" in meta["Error"]["Message"] and "before its colon" in meta["Error"]["Message"]


def test_http_2_and_huge_heads_are_refused(sandbox):
    assert _exchange(sandbox, b"GET / HTTP/2.0\r\nHost: x\r\n\r\n").startswith(b"HTTP/1.1 505 ")
    assert _exchange(sandbox, b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-A: 1\r\n" * 101 + b"\r\n").startswith(b"HTTP/1.1 431 ")
    big = b"GET / HTTP/1.1\r\nHost: x\r\nX-A: " + b"a" * (sandbox_server.MAX_HEAD + 10)
    assert _exchange(sandbox, big).startswith(b"HTTP/1.1 431 ")


def test_what_the_rfc_allows_still_works(sandbox):
    """Leading empty lines, OWS around values, HTTP/1.0 without Host, identical Content-Lengths,
    obs-text in a value, Expect: 100-continue and pipelining are all fine."""
    s = _connect(sandbox)
    s.sendall(b"\r\nGET /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1:1\r\nX-A: \t caf\xc3\xa9 \t\r\n\r\n"
              b"POST /_sandbox/faults HTTP/1.1\r\nHost: x\r\nContent-Length: 2, 2\r\n\r\n{}"
              b"GET /_sandbox/faults HTTP/1.0\r\n\r\n")
    data = b""
    while data.count(b"HTTP/1.1 200 ") < 3:
        chunk = s.recv(65536)
        assert chunk, data
        data += chunk
    s.close()
    s = _connect(sandbox)
    s.sendall(b"POST /_sandbox/faults HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n")
    assert s.recv(4096) == b"HTTP/1.1 100 Continue\r\n\r\n"
    s.sendall(b"{}")
    assert s.recv(4096).startswith(b"HTTP/1.1 200 ")
    s.close()


# -- slow clients cost a socket, never a thread or a wait -------------------------------------

def test_three_hundred_slowloris_connections_delay_no_one(sandbox):
    """300 connections that each sent half a head (and 100 that sent nothing) hold no thread:
    a normal request is answered at once (it waited ~5-10 s behind them)."""
    slow = []
    try:
        for i in range(400):
            s = _connect(sandbox)
            if i < 300:
                s.sendall(b"GET /v1/cloudRecord HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            slow.append(s)
        deadline = time.monotonic() + WAIT
        while sandbox._server.connections < 400 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert sandbox._server.connections == 400
        assert _worker_threads(sandbox) == 0  # nobody's whole request: nobody holds a thread
        started = time.monotonic()
        with httpx.Client() as client:
            for _ in range(5):
                assert client.get(sandbox.url + "/_sandbox/faults", timeout=WAIT).status_code == 200
        assert time.monotonic() - started < 2.0
    finally:
        for s in slow:
            s.close()


def test_a_head_must_arrive_within_the_header_deadline(monkeypatch, sandbox):
    monkeypatch.setattr(sandbox_server, "HEADER_DEADLINE", 0.4)
    s = _connect(sandbox)
    started = time.monotonic()
    closed = False
    while time.monotonic() - started < WAIT:  # a byte every 50 ms: never silent, never done
        try:
            s.sendall(b"a" if time.monotonic() - started > 0.01 else b"GET / HTTP/1.1\r\nX-Slow: ")
        except (BrokenPipeError, ConnectionResetError):
            closed = True
            break
        if select.select([s], [], [], 0.05)[0]:
            try:
                closed = s.recv(1) == b""
            except ConnectionResetError:
                closed = True
            break
    s.close()
    assert closed and time.monotonic() - started < 3.0 and sandbox.count() == 0


def test_past_the_connection_cap_a_newcomer_gets_503_at_once(monkeypatch, sandbox):
    monkeypatch.setattr(sandbox_server, "MAX_CONNECTIONS", 20)
    held = [_connect(sandbox) for _ in range(20)]
    deadline = time.monotonic() + WAIT
    while sandbox._server.connections < 20 and time.monotonic() < deadline:
        time.sleep(0.02)
    s = _connect(sandbox)
    s.sendall(b"GET /_sandbox/faults HTTP/1.1\r\nHost: x\r\n\r\n")
    started = time.monotonic()
    answer = s.recv(4096)
    assert time.monotonic() - started < 2.0
    assert answer.startswith(b"HTTP/1.1 503 ") and b"Retry-After: 1" in answer and b"Connection: close" in answer
    assert json.loads(answer.partition(b"\r\n\r\n")[2])["code"] == "ServiceUnavailable"
    s.close()
    held.pop().close()  # one leaves: the next newcomer is served
    deadline = time.monotonic() + WAIT
    while sandbox._server.connections >= 20 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert httpx.get(sandbox.url + "/_sandbox/faults", timeout=WAIT).status_code == 200
    for s in held:
        s.close()


def test_the_connection_cap_stays_under_the_open_files_limit(monkeypatch, sandbox):
    """With `ulimit -n 40`, 20 connections are the most: past the limit itself accept() would fail
    and a newcomer would wait unanswered in the backlog instead of hearing 503."""
    monkeypatch.setattr(sandbox_server, "OPEN_FILES_LIMIT", 40)
    assert sandbox_server.connection_cap() == 20
    held = [_connect(sandbox) for _ in range(20)]
    deadline = time.monotonic() + WAIT
    while sandbox._server.connections < 20 and time.monotonic() < deadline:
        time.sleep(0.02)
    s = _connect(sandbox)
    assert s.recv(4096).startswith(b"HTTP/1.1 503 ")
    for c in held + [s]:
        c.close()
    monkeypatch.setattr(sandbox_server, "OPEN_FILES_LIMIT", None)
    assert sandbox_server.connection_cap() == sandbox_server.MAX_CONNECTIONS


def test_one_client_address_cannot_take_every_connection(monkeypatch, sandbox):
    monkeypatch.setattr(sandbox_server, "MAX_PER_CLIENT", 5)
    held = [_connect(sandbox, "127.0.0.2") for _ in range(5)]
    extra = _connect(sandbox, "127.0.0.2")
    extra.sendall(b"GET /_sandbox/faults HTTP/1.1\r\nHost: x\r\n\r\n")
    assert extra.recv(4096).startswith(b"HTTP/1.1 503 ")
    extra.close()
    assert httpx.get(sandbox.url + "/_sandbox/faults", timeout=WAIT).status_code == 200  # another address is served
    for s in held:
        s.close()
