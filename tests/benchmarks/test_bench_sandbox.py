"""The sandbox under load: requests per second and p99 latency from 16 threads, as a ratio to a
bare `http.server.ThreadingHTTPServer` answering a fixed body, both measured in the same run.

Each thread keeps one HTTP/1.1 connection and repeats one request for a fixed time. The sandbox
request is a GetRecordTask of a running task, signed once and replayed (the sandbox accepts a
signature for 15 minutes), so the figure is the sandbox's work: the gateway's checks, signature
verification, the model's rules and the lookup. The sandbox is started with `qps_limit=None`:
with its 60 requests/s per API and account it would mostly measure 429s. Both servers set
TCP_NODELAY, so neither pays Nagle's delay. Figures are printed, never asserted.
"""

import datetime as dt
import http.client
import json
import socket
import statistics
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from mixframe.api.volc_signer import VolcCredentials, sign
from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY, start_sandbox

THREADS = 16
SECONDS = 1.5  # per server
IDS = {"AppId": "app1", "RoomId": "room1", "TaskId": "bench"}
START = {**IDS, "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}}
FIXED = json.dumps({"ResponseMetadata": {"RequestId": "x", "Action": "GetRecordTask"}, "Result": {}}).encode()


class _Fixed(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(FIXED)))
        self.end_headers()
        self.wfile.write(FIXED)

    def log_message(self, *args):
        pass


def _load(port: int, path: str, headers: dict) -> tuple[int, list[float], int]:
    """(requests answered 200, their latencies, other answers) from THREADS threads for SECONDS."""
    latencies: list[list[float]] = [[] for _ in range(THREADS)]
    others = [0] * THREADS
    start = threading.Barrier(THREADS + 1)
    stop_at = [0.0]

    def worker(i: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        start.wait()
        while time.perf_counter() < stop_at[0]:
            t0 = time.perf_counter()
            conn.request("GET", path, headers=headers)
            answer = conn.getresponse()
            answer.read()
            if answer.status == 200:
                latencies[i].append(time.perf_counter() - t0)
            else:
                others[i] += 1
        conn.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    stop_at[0] = time.perf_counter() + SECONDS
    start.wait()
    for t in threads:
        t.join()
    flat = [x for per in latencies for x in per]
    return len(flat), flat, sum(others)


def _p99(latencies: list[float]) -> float:
    return statistics.quantiles(latencies, n=100)[98] if len(latencies) >= 100 else max(latencies)


@pytest.mark.benchmark
def test_bench_sandbox_against_a_bare_http_server():
    bare = ThreadingHTTPServer(("127.0.0.1", 0), _Fixed)
    bare.daemon_threads = True
    threading.Thread(target=bare.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        n_bare, lat_bare, other_bare = _load(bare.server_address[1], "/", {})
    finally:
        bare.shutdown()
        bare.server_close()

    with start_sandbox(qps_limit=None) as sb:
        query = {"Action": "StartRecord", "Version": "2023-11-01"}
        body = json.dumps(START).encode()
        creds = VolcCredentials(VOLC_ACCESS_KEY, VOLC_SECRET_KEY)
        now = dt.datetime.now(dt.timezone.utc)
        parts = sign(method="POST", host=f"127.0.0.1:{sb.port}", query=query, body=body, credentials=creds,
                     region="cn-north-1", now=now, content_type="application/json")
        conn = http.client.HTTPConnection("127.0.0.1", sb.port, timeout=10)
        conn.request("POST", f"/?{parts.canonical_query}", body=body, headers=parts.headers)
        assert json.loads(conn.getresponse().read())["Result"] == "ok"
        conn.close()
        get = sign(method="GET", host=f"127.0.0.1:{sb.port}", query={"Action": "GetRecordTask", "Version": "2023-11-01", **IDS},
                   credentials=creds, region="cn-north-1", now=now)
        n_sb, lat_sb, other_sb = _load(sb.port, f"/?{get.canonical_query}", get.headers)
        assert sb.count("GetRecordTask") == n_sb + other_sb

    assert n_bare and n_sb and other_bare == 0 and other_sb == 0
    rps_bare, rps_sb = n_bare / SECONDS, n_sb / SECONDS
    p99_bare, p99_sb = _p99(lat_bare), _p99(lat_sb)
    print(f"\n{THREADS} threads, {SECONDS:g} s each, kept-alive connections:")
    print(f"  bare ThreadingHTTPServer, fixed body: {rps_bare:8.0f} req/s   p50 {statistics.median(lat_bare) * 1e3:6.2f} ms   p99 {p99_bare * 1e3:6.2f} ms")
    print(f"  sandbox, signed GetRecordTask:        {rps_sb:8.0f} req/s   p50 {statistics.median(lat_sb) * 1e3:6.2f} ms   p99 {p99_sb * 1e3:6.2f} ms")
    print(f"  ratio sandbox/bare: throughput {rps_sb / rps_bare:.2f}, p99 latency {p99_sb / p99_bare:.2f}")
