"""What a drag does to a region, in integer canvas pixels: move, resize, crop.

Pure functions, no Qt. Each takes the state at mouse press plus the mouse delta, so a drag never
accumulates rounding, and each stops at the canvas edge (or the source frame's edge, for crop)
instead of producing a value the API would refuse.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Sequence

from mixframe.model.layout import Region

from .snapping import Guide, Rect, Targets, snap_move, snap_value

# Resize handles: which edges each one moves (l, t, r, b).
HANDLES = ("tl", "t", "tr", "r", "br", "b", "bl", "l")


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def move_delta(
    rects: Sequence[Rect],
    dx: int,
    dy: int,
    canvas_w: int,
    canvas_h: int,
    targets: Targets | None = None,
    threshold: float = 0.0,
) -> tuple[int, int, tuple[Guide, ...]]:
    """The shift to apply to a group of rectangles moved together by (dx, dy).

    The group snaps as one box and stops at the canvas edges.
    """
    left = min(r[0] for r in rects)
    top = min(r[1] for r in rects)
    right = max(r[0] + r[2] for r in rects)
    bottom = max(r[1] + r[3] for r in rects)
    guides: tuple[Guide, ...] = ()
    if targets is not None and threshold > 0:
        s = snap_move((left + dx, top + dy, right - left, bottom - top), targets, threshold)
        dx, dy, guides = dx + s.dx, dy + s.dy, s.guides
    cdx = int(_clamp(dx, -left, canvas_w - right))
    cdy = int(_clamp(dy, -top, canvas_h - bottom))
    # A guide the clamp moved away from no longer explains the position.
    guides = tuple(g for g in guides if (g.axis == "x" and cdx == dx) or (g.axis == "y" and cdy == dy))
    return cdx, cdy, guides


class _EdgeSnapper:
    """Snaps one dragged edge at a time and keeps the guides it snapped to (nothing when off)."""

    def __init__(self, targets, threshold: float):
        self.targets = targets
        self.on = targets is not None and threshold > 0
        self.threshold = threshold
        self.guides: list[Guide] = []

    def __call__(self, axis: str, value: float) -> float:
        if not self.on:
            return value
        value, guide = snap_value(axis, value, self.targets, self.threshold)
        if guide is not None:
            self.guides.append(guide)
        return value


def _edge_guides(guides: list[Guide], rect: Rect) -> tuple[Guide, ...]:
    x, y, w, h = rect
    xs, ys = {x, x + w}, {y, y + h}
    return tuple(g for g in guides if (g.axis == "x" and g.position in xs) or (g.axis == "y" and g.position in ys))


def resize_rect(
    rect: Rect,
    handle: str,
    dx: int,
    dy: int,
    canvas_w: int,
    canvas_h: int,
    keep_aspect: bool = False,
    targets: Targets | None = None,
    threshold: float = 0.0,
) -> tuple[Rect, tuple[Guide, ...]]:
    """`rect` resized by dragging `handle` by (dx, dy): at least 1 px, wholly on the canvas.

    With `keep_aspect` a corner follows the larger relative change and an edge handle resizes
    the other side about its centre; the result shrinks to fit the canvas keeping the aspect.
    """
    x, y, w, h = rect
    left, top, right, bottom = float(x), float(y), float(x + w), float(y + h)
    snapped = _EdgeSnapper(targets, threshold)
    guides = snapped.guides

    if "l" in handle:
        left = _clamp(snapped("x", left + dx), 0, right - 1)
    if "r" in handle:
        right = _clamp(snapped("x", right + dx), left + 1, canvas_w)
    if "t" in handle:
        top = _clamp(snapped("y", top + dy), 0, bottom - 1)
    if "b" in handle:
        bottom = _clamp(snapped("y", bottom + dy), top + 1, canvas_h)

    if keep_aspect and w > 0 and h > 0:
        aspect = w / h
        horizontal = "l" in handle or "r" in handle
        vertical = "t" in handle or "b" in handle
        nw, nh = right - left, bottom - top
        if horizontal and vertical:
            if abs(nw - w) / w >= abs(nh - h) / h:
                nh = nw / aspect
            else:
                nw = nh * aspect
        elif horizontal:
            nh = nw / aspect
        else:
            nw = nh * aspect
        cx, cy = x + w / 2, y + h / 2
        max_w = right if "l" in handle else (canvas_w - left if "r" in handle else 2 * min(cx, canvas_w - cx))
        max_h = bottom if "t" in handle else (canvas_h - top if "b" in handle else 2 * min(cy, canvas_h - cy))
        scale = min(1.0, max_w / nw if nw else 1.0, max_h / nh if nh else 1.0)
        nw, nh = max(1, int(round(nw * scale))), max(1, int(round(nh * scale)))
        if "l" in handle:
            left = right - nw
        elif "r" in handle:
            right = left + nw
        else:
            left = _clamp(round(cx - nw / 2), 0, canvas_w - nw)
            right = left + nw
        if "t" in handle:
            top = bottom - nh
        elif "b" in handle:
            bottom = top + nh
        else:
            top = _clamp(round(cy - nh / 2), 0, canvas_h - nh)
            bottom = top + nh

    L, T = int(round(left)), int(round(top))
    out = (L, T, max(1, int(round(right)) - L), max(1, int(round(bottom)) - T))
    return out, _edge_guides(guides, out)


def crop_region(
    region: Region,
    handle: str,
    dx: int,
    dy: int,
    canvas_w: int,
    canvas_h: int,
    targets: Targets | None = None,
    threshold: float = 0.0,
) -> tuple[Region, tuple[Guide, ...]]:
    """`region` cropped like OBS's Alt-drag: the dragged edge moves, the picture stays put.

    The source keeps its scale on screen, so moving an edge inwards hides part of the source
    (SourceCrop shrinks) and moving it outwards reveals more, up to the source frame's edge.
    The scale is the stretch mapping (region size / crop proportion); RenderMode 1 and 2 add
    their own fit on top of it.
    """
    x, y, w, h = region.rect()
    c = region.crop
    px_x = w / c.w if c.w > 0 else float(w)  # canvas pixels per unit of source width
    px_y = h / c.h if c.h > 0 else float(h)
    left, top, right, bottom = float(x), float(y), float(x + w), float(y + h)
    cx, cy, cw, ch = c.x, c.y, c.w, c.h
    snapped = _EdgeSnapper(targets, threshold)
    guides = snapped.guides

    if "l" in handle:
        new = _clamp(round(snapped("x", left + dx)), math.ceil(max(0.0, x - c.x * px_x) - 1e-9), right - 1)
        cx = c.x + (new - x) / px_x
        cw = c.w - (new - x) / px_x
        left = new
    if "r" in handle:
        new = _clamp(round(snapped("x", right + dx)), left + 1,
                     math.floor(min(float(canvas_w), right + (1 - c.x - c.w) * px_x) + 1e-9))
        cw = cw + (new - right) / px_x
        right = new
    if "t" in handle:
        new = _clamp(round(snapped("y", top + dy)), math.ceil(max(0.0, y - c.y * px_y) - 1e-9), bottom - 1)
        cy = c.y + (new - y) / px_y
        ch = c.h - (new - y) / px_y
        top = new
    if "b" in handle:
        new = _clamp(round(snapped("y", bottom + dy)), top + 1,
                     math.floor(min(float(canvas_h), bottom + (1 - c.y - c.h) * px_y) + 1e-9))
        ch = ch + (new - bottom) / px_y
        bottom = new

    def tidy(v: float) -> float:
        return round(min(1.0, max(0.0, v)), 6)

    crop = replace(c, x=tidy(cx), y=tidy(cy), w=tidy(cw), h=tidy(ch),
                   explicit=c.explicit | {"x", "y", "w", "h"})
    L, T = int(left), int(top)
    rect = (L, T, int(right) - L, int(bottom) - T)
    out = region.with_values(x=rect[0], y=rect[1], width=rect[2], height=rect[3], crop=crop)
    return out, _edge_guides(guides, rect)
