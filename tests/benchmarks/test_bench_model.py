"""Benchmark: validating and serializing a full 17-region StartRecord request.

Prints the median time of check_start + parse_start + to_body, and its ratio against a baseline
measured in the same run (a JSON round trip of the same body). Asserts only sanity, never speed.
Run with ``python -m pytest tests/benchmarks/test_bench_model.py -s``.
"""

from __future__ import annotations

import copy
import json
import statistics
import time

import pytest

from mixframe.model.volcengine import check_start, parse_start, to_body

pytestmark = pytest.mark.benchmark

RUNS = 300


def full_17_region_body() -> dict:
    width, height, columns = 1920, 1080, 5
    cell_w, cell_h = width // columns, height // 4
    streams, regions = [], []
    for i in range(17):
        streams.append({"Index": i, "UserId": f"user_{i}", "StreamType": i % 2})
        regions.append({
            "StreamIndex": i, "LocationX": (i % columns) * cell_w, "LocationY": (i // columns) * cell_h,
            "Width": cell_w, "Height": cell_h, "ZOrder": i, "Alpha": 0.9, "RenderMode": 1,
            "SourceCrop": {"LocationX": 0.1, "LocationY": 0.1, "WidthProportion": 0.8, "HeightProportion": 0.8},
            "AlternateImage": f"https://example.com/alt{i}.png", "CornerRadius": 0.01, "MediaType": 0,
            "AlternateImageFillMode": 1,
        })
    return {
        "AppId": "app1", "BusinessId": "biz", "RoomId": "room1", "TaskId": "task1", "RecordMode": 0,
        "TargetStreams": {"StreamList": streams},
        "ExcludeStreams": {"StreamList": [{"Index": 0, "UserId": "guest", "StreamType": 0}]},
        "Encode": {"VideoFps": 30, "VideoBitrate": 4000, "AudioProfile": 0, "AudioBitrate": 128,
                   "AudioSampleRate": 48000, "AudioChannels": 2},
        "Layout": {"LayoutMode": 2, "CustomLayout": {
            "Canvas": {"Width": width, "Height": height, "Background": "#202020",
                       "BackgroundImage": "https://example.com/bg.jpg"},
            "Regions": regions}},
        "Control": {"FrameInterpolationMode": 1, "MaxIdleTime": 600, "MaxRecordTime": 7200},
        "FileFormatConfig": {"FileFormat": ["HLS", "MP4"]},
        "FileNameConfig": {"Prefix": ["rec", "daily"], "Pattern": "{TaskId}_{StartTime}_{Random}"},
        "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 0, "Region": 1, "Bucket": "b",
                                                      "AccessKey": "AK", "SecretKey": "SK"}},
    }


def median_ms(fn, runs: int = RUNS) -> float:
    for _ in range(20):  # warm-up
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def test_bench_validate_and_serialize_17_regions():
    body = full_17_region_body()
    snapshot = copy.deepcopy(body)
    assert [p.line() for p in check_start(body) if p.is_error] == []

    def model_path():
        problems = check_start(body)
        out = to_body(parse_start(body))
        return problems, out

    def baseline():
        return json.loads(json.dumps(body))

    out = model_path()[1]
    assert json.dumps(out, sort_keys=True) == json.dumps(body, sort_keys=True)

    base = median_ms(baseline)
    check_only = median_ms(lambda: check_start(body))
    full = median_ms(model_path)
    print(f"\nbaseline json.loads(json.dumps(body)), 17 regions: {base:.3f} ms (median of {RUNS})")
    print(f"check_start alone: {check_only:.3f} ms ({check_only / base:.1f}x baseline)")
    print(f"check_start + parse_start + to_body: {full:.3f} ms ({full / base:.1f}x baseline; aim < 2 ms)")
    assert base > 0 and full > 0 and check_only > 0
    assert body == snapshot  # checking and parsing never change the caller's body
