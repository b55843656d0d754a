"""How fast the compositor repaints a full frame, against plain rectangle fills in the same run.

Run with ``python -m pytest tests/benchmarks/test_bench_render.py -s`` to see the figures.
"""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter

from mixframe.model.layout import Canvas, CanvasLayout, StreamRef
from mixframe.model.templates import grid
from mixframe.render import compositor

ROUNDS = 30


def _median_ms(fn, rounds: int = ROUNDS) -> float:
    fn()  # warm
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def test_bench_compose_17_regions_1080p(qapp):
    canvas = Canvas(1920, 1080, "#101820")
    streams = [StreamRef(f"user{i}", stream_type=int(i % 3 == 2), index=i) for i in range(17)]
    regions = grid(streams, canvas, gutter=8, margin=16)
    regions = [r.with_values(alpha=0.85, corner_radius=0.01) if i % 2 else r
               for i, r in enumerate(regions)]
    layout = CanvasLayout(canvas, tuple(regions))
    colors = [QColor.fromHsv(i * 20, 160, 200) for i in range(17)]
    rects = [QRect(*r.rect()) for r in regions]

    target = QImage(1920, 1080, QImage.Format.Format_RGB32)

    def baseline():
        p = QPainter(target)
        for rect, color in zip(rects, colors):
            p.fillRect(rect, color)
        p.end()

    def compose():
        return compositor.compose(layout, streams)

    def repaint_in_place():
        p = QPainter(target)
        compositor.paint_layout(p, layout, streams)
        p.end()

    compositor.clear_caches()
    t0 = time.perf_counter()
    first = compositor.compose(layout, streams)
    cold_ms = (time.perf_counter() - t0) * 1000
    assert (first.width(), first.height()) == (1920, 1080)

    base_ms = _median_ms(baseline)
    compose_ms = _median_ms(compose)
    inplace_ms = _median_ms(repaint_in_place)
    # A resize drag: the largest region changes size every frame, so its picture is prepared
    # again (crop, scale, round) while the other 16 come from the cache.
    sizes = iter(range(1, 10_000))

    def resize_frame():
        step = next(sizes) % 40
        grown = regions[0].with_values(width=regions[0].width - step, height=regions[0].height - step)
        dragged = layout.with_regions([grown, *regions[1:]])
        p = QPainter(target)
        compositor.paint_layout(p, dragged, streams)
        p.end()

    resize_ms = _median_ms(resize_frame)
    ratio = compose_ms / base_ms
    print(
        f"\ncompose 17 regions 1920x1080: cold {cold_ms:.1f} ms, warm median {compose_ms:.2f} ms"
        f" (x{ratio:.1f} of 17 plain fills at {base_ms:.2f} ms);"
        f" paint_layout in place {inplace_ms:.2f} ms (x{inplace_ms / base_ms:.1f});"
        f" resizing one region {resize_ms:.2f} ms (x{resize_ms / base_ms:.1f})"
    )
    assert base_ms > 0 and compose_ms > 0
    stats = compositor.cache_stats()
    assert stats["items"] >= 17 and stats["hits"] > stats["misses"]
