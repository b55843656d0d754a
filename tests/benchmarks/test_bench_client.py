"""The client's own overhead per StartRecord, as a ratio to a bare httpx POST of the same bytes.

Both go to the same sandbox in the same run; the bare POST carries the headers the client
signed once, so the difference is validation, serialization, signing, rate limiting and parsing.
"""

import statistics
import time

import httpx

from mixframe.api.ratelimit import RateLimiter
from mixframe.api.volc_client import NO_RETRY, VolcClient, encode_body
from mixframe.api.volc_signer import VolcCredentials
from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY, start_sandbox

ROUNDS = 300
REGIONS = [{"StreamIndex": i, "LocationX": (i % 4) * 320, "LocationY": (i // 4) * 180, "Width": 320, "Height": 180}
           for i in range(16)]
BODY = {
    "AppId": "app1", "RoomId": "room1", "TaskId": "bench",
    "TargetStreams": {"StreamList": [{"UserId": f"user{i}", "Index": i} for i in range(16)]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": REGIONS}},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}},
}


def test_bench_client_start_record_overhead():
    with start_sandbox(qps_limit=None) as sb:  # the sandbox's 60/s per API would answer 429s
        limiter = RateLimiter(limit=1e9, burst=1e6)  # measure the client, not the 60/s limit
        client = VolcClient(sb.url, VolcCredentials(VOLC_ACCESS_KEY, VOLC_SECRET_KEY), retry=NO_RETRY, limiter=limiter)
        bare = httpx.Client()
        client.start_record(BODY)  # the task now runs; every further start answers "already started"
        content = encode_body(BODY)
        # one signed request, replayed by the bare client (the sandbox accepts it for 15 minutes)
        from mixframe.api.volc_signer import sign
        import datetime as dt
        parts = sign(method="POST", host=f"127.0.0.1:{sb.port}", query={"Action": "StartRecord", "Version": "2023-11-01"},
                     body=content, credentials=client.credentials, region=client.region,
                     now=dt.datetime.now(dt.timezone.utc), content_type="application/json")
        url = f"{sb.url}/?{parts.canonical_query}"
        assert bare.post(url, content=content, headers=parts.headers).json()["Result"].startswith("The task has been started")

        ours, base = [], []
        for _ in range(ROUNDS):  # interleaved, so drift hits both alike
            t0 = time.perf_counter()
            answer = client.start_record(BODY)
            t1 = time.perf_counter()
            r = bare.post(url, content=content, headers=parts.headers)
            t2 = time.perf_counter()
            ours.append(t1 - t0)
            base.append(t2 - t1)
        assert answer.result.startswith("The task has been started") and r.status_code == 200
        assert sb.count("StartRecord") == 2 + 2 * ROUNDS
        client.close()
        bare.close()

    m_ours, m_base = statistics.median(ours), statistics.median(base)
    print(f"\nStartRecord, {len(BODY['Layout']['CustomLayout']['Regions'])} regions, {ROUNDS} rounds, medians:")
    print(f"  bare httpx POST of the same bytes: {m_base * 1e3:.3f} ms")
    print(f"  VolcClient.start_record:           {m_ours * 1e3:.3f} ms")
    print(f"  ratio client/bare: {m_ours / m_base:.2f}  (client overhead {(m_ours - m_base) * 1e3:.3f} ms per call)")
    assert m_ours > 0 and m_base > 0
