"""How long after one form edit the problems list and the request preview are up to date.

17 streams with one Region each, plus encode, control, file and S3 storage settings. One edit is
``set_field("Encode.VideoFps", …)`` with alternating values; the time runs until both widgets
have refreshed (their coalescing timers fired, the events processed, so repaints count). The
baseline is a bare ``check_start`` of the same body in the same run: the rules alone. Prints the
medians and the ratio; asserts only that the widgets followed (timings are not checked: see the
house rules). One frame at 60 Hz is 16.7 ms.

Run: ``python -m pytest tests/benchmarks/test_bench_request_window.py -s``
"""

from __future__ import annotations

import json
import statistics
import time

import pytest
from PySide6.QtWidgets import QApplication

from mixframe.model.volcengine import check_start
from mixframe.ui.problems import ProblemsList
from mixframe.ui.request_document import RequestDocument
from mixframe.ui.request_preview import RequestPreview

pytestmark = pytest.mark.benchmark

REPEATS = 150
FRAME_MS = 1000 / 60


def request_with_17_regions() -> dict:
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
        "Encode": {"VideoFps": 30, "VideoBitrate": 4000, "AudioProfile": 0, "AudioBitrate": 128,
                   "AudioSampleRate": 48000, "AudioChannels": 2},
        "Layout": {"LayoutMode": 2, "CustomLayout": {
            "Canvas": {"Width": width, "Height": height, "Background": "#202020"},
            "Regions": regions}},
        "Control": {"MaxIdleTime": 600, "MaxRecordTime": 7200},
        "FileFormatConfig": {"FileFormat": ["HLS", "MP4"]},
        "FileNameConfig": {"Prefix": ["rec", "daily"], "Pattern": "{TaskId}_{StartTime}_{Random}"},
        "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 0, "Region": 1, "Bucket": "b",
                                                      "AccessKey": "AK", "SecretKey": "SK"}},
    }


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def test_bench_one_edit_to_problems_and_preview(qtbot):
    doc = RequestDocument("volcengine", request_with_17_regions())
    problems, preview = ProblemsList(doc), RequestPreview(doc)
    for widget in (problems, preview):
        qtbot.addWidget(widget)
        widget.resize(480, 420)
        widget.show()
        qtbot.waitExposed(widget)
    assert preview.sendable and problems.model.rowCount() == 0
    body = doc.to_body()

    def baseline() -> float:
        t0 = time.perf_counter()
        check_start(body)
        return time.perf_counter() - t0

    def one_edit(fps: int) -> float:
        t0 = time.perf_counter()
        doc.set_field("Encode.VideoFps", fps)
        while problems.is_pending() or preview.is_pending():
            QApplication.processEvents()
        return time.perf_counter() - t0

    values = (24, 25)
    for n in range(20):  # warm-up
        baseline()
        one_edit(values[n % 2])
    rules, edits = [], []
    for n in range(REPEATS):
        rules.append(baseline())
        edits.append(one_edit(values[n % 2]))

    assert json.loads(preview.text.toPlainText())["Encode"]["VideoFps"] == values[(REPEATS - 1) % 2]
    doc.set_field("Encode.VideoFps", 999)
    QApplication.processEvents()
    assert problems.model.index(0).data().startswith("Encode.VideoFps") and not preview.sendable

    edit_ms, rules_ms = median_ms(edits), median_ms(rules)
    print(f"\n17 regions: one edit to problems list + preview up to date: median {edit_ms:.2f} ms "
          f"(p90 {statistics.quantiles(edits, n=10)[-1] * 1000:.2f} ms; one frame {FRAME_MS:.1f} ms)")
    print(f"baseline, bare check_start of the same body: median {rules_ms:.3f} ms")
    print(f"ratio: {edit_ms / rules_ms:.1f}x the bare rules")
