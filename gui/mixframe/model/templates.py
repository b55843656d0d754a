"""Layout templates and previews of the services' automatic layout modes, as Regions.

A template turns a list of streams into one `Region` per stream on a `Canvas`; the editor
applies it and the regions stay editable. The automatic modes (Volcengine LayoutMode 0/1/3,
QingCloud layout_mode 0/1/2) are composed by the server; the vendors publish their tile
geometry only as pictures and prose, so the exact tiles here are ours to choose, as close to
the descriptions as possible. Each function's docstring states the geometry it chose.

Every Region produced is legal and wholly on the canvas: integer pixels, LocationX in
[0, W), LocationY in [0, H), Width in (0, W], Height in (0, H], ZOrder in the documented
range, StreamIndex = the stream's Index. On a canvas too small to give every stream its own
pixel the tiles overlap rather than become illegal.

Pure Python, no Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence

from mixframe.model.layout import (
    RENDER_FILL,
    RENDER_FIT,
    Canvas,
    Region,
    StreamRef,
    clamp_region,
)
from mixframe.model.limits import limits_for
from mixframe.model.volcengine_api import (
    LAYOUT_MODE_ADAPTIVE,
    LAYOUT_MODE_SIDE_BY_SIDE,
    LAYOUT_MODE_VERTICAL,
    MAX_STREAMS,
)


TILE_ASPECT = 16 / 9


def _z_order_limits() -> tuple[int, int]:
    """The documented ZOrder range, read from the one place field limits live."""
    limits = limits_for("Layout.CustomLayout.Regions[].ZOrder")
    return int(limits.minimum), int(limits.maximum)


Z_MIN, Z_MAX = _z_order_limits()
Z_BASE = Z_MIN
Z_INSET = min(Z_MIN + 1, Z_MAX)

_GEOMETRY = frozenset({"x", "y", "width", "height", "z_order", "render_mode"})


def _region(stream: StreamRef, canvas: Canvas, x: float, y: float, w: float, h: float,
            z: int = Z_BASE, render_mode: int = RENDER_FILL) -> Region:
    z = min(max(int(z), Z_MIN), Z_MAX)
    # Geometry is written out explicitly: a template's LocationX of 0 is a decision, not a
    # default the user never touched.
    r = Region(stream_index=stream.index, x=int(x), y=int(y), width=max(1, int(w)),
               height=max(1, int(h)), z_order=z, render_mode=render_mode,
               explicit=_GEOMETRY)
    return clamp_region(r, canvas, keep_inside=True)


def _even(value: int) -> int:
    """`value` rounded down to an even, non-negative number of pixels."""
    return max(0, int(value)) // 2 * 2


def _spans(start: int, length: int, count: int, gap: int) -> list[tuple[int, int]]:
    """`count` (position, size) spans filling [start, start+length) with `gap` px between.

    Sizes differ by at most one pixel and the last span ends exactly at start+length. When the
    gaps leave no room the gap is dropped; when even that leaves less than a pixel per span, the
    1-px spans overlap (the only legal answer on a tiny canvas).
    """
    if count <= 0:
        return []
    length = max(1, length)
    if length - gap * (count - 1) < count:
        gap = 0
    if length < count:
        step = (length - 1) / max(1, count - 1)
        return [(start + int(i * step), 1) for i in range(count)]
    total = length + gap
    edges = [start + (i * total) // count for i in range(count + 1)]
    return [(edges[i], edges[i + 1] - edges[i] - gap) for i in range(count)]


def _inner(canvas: Canvas, margin: int) -> tuple[int, int, int, int]:
    """The canvas minus an even margin on every side (the margin shrinks on a small canvas)."""
    m = _even(margin)
    while m and (canvas.width - 2 * m < 2 or canvas.height - 2 * m < 2):
        m = _even(m // 2)
    return m, m, canvas.width - 2 * m, canvas.height - 2 * m


def best_grid(count: int, width: float, height: float, gutter: int = 0,
              aspect: float = TILE_ASPECT) -> tuple[int, int]:
    """(columns, rows) for `count` tiles on a width×height area that best fits `aspect` tiles.

    The score is the size of the largest `aspect` picture that fits in one cell; ties go to
    fewer empty cells, then to more columns (wider rows suit a landscape output).
    """
    if count <= 0:
        return 0, 0
    best: tuple[float, int, int] | None = None
    choice = (1, count)
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        cw = (width - gutter * (cols - 1)) / cols
        ch = (height - gutter * (rows - 1)) / rows
        fit = min(cw, ch * aspect)
        score = (round(fit, 6), -(rows * cols - count), cols)
        if best is None or score > best:
            best, choice = score, (cols, rows)
    return choice


def _grid_cells(count: int, cols: int, rows: int, x0: int, y0: int, w: int, h: int,
                gutter: int, centre_last_row: bool) -> list[tuple[int, int, int, int]]:
    col_spans = _spans(x0, w, cols, gutter)
    row_spans = _spans(y0, h, rows, gutter)
    cells = []
    for i in range(count):
        r, c = divmod(i, cols)
        in_row = min(cols, count - r * cols)
        shift = 0
        if centre_last_row and in_row < cols:
            # Half the width of the empty cells, so the short last row sits in the middle.
            shift = ((cols - in_row) * (w + gutter)) // (2 * cols)
        cx, cw = col_spans[c]
        cy, ch = row_spans[r]
        cells.append((cx + shift, cy, cw, ch))
    return cells


# --- templates -------------------------------------------------------------------------------


def grid(streams: Sequence[StreamRef], canvas: Canvas, *, gutter: int = 0, margin: int = 0,
         render_mode: int = RENDER_FILL, aspect: float = TILE_ASPECT) -> list[Region]:
    """Equal tiles in rows×columns chosen so 16:9 pictures are as large as possible.

    `gutter` and `margin` are even pixel counts (odd values round down). A short last row is
    centred. Tiles crop to fill (RenderMode 1) unless `render_mode` says otherwise.
    """
    n = len(streams)
    if not n:
        return []
    g = _even(gutter)
    x0, y0, w, h = _inner(canvas, margin)
    cols, rows = best_grid(n, w, h, g, aspect)
    cells = _grid_cells(n, cols, rows, x0, y0, w, h, g, centre_last_row=True)
    return [_region(s, canvas, *cell, render_mode=render_mode) for s, cell in zip(streams, cells)]


_CORNERS = ("bottom-right", "bottom-left", "top-right", "top-left")


def picture_in_picture(streams: Sequence[StreamRef], canvas: Canvas, *, inset_width: float = 0.25,
                       gutter: int | None = None, margin: int | None = None,
                       corner: str = "bottom-right", render_mode: int = RENDER_FILL,
                       aspect: float = TILE_ASPECT) -> list[Region]:
    """The first stream fills the canvas; the others are 16:9 insets in rows along a corner.

    Insets are `inset_width` × canvas width wide (shrunk until all of them fit), laid from the
    chosen corner along the bottom (or top) edge, the next row above (or below). They sit one
    ZOrder above the full-canvas picture. Gutter and margin default to about 1.5 % of the
    canvas width, in even pixels.
    """
    n = len(streams)
    if not n:
        return []
    if corner not in _CORNERS:
        raise ValueError(f"corner must be one of {', '.join(_CORNERS)}")
    out = [_region(streams[0], canvas, 0, 0, canvas.width, canvas.height, Z_BASE, render_mode)]
    insets = streams[1:]
    if not insets:
        return out
    auto = _even(round(canvas.width * 0.015))
    g = _even(auto if gutter is None else gutter)
    x0, y0, w, h = _inner(canvas, auto if margin is None else margin)
    k = len(insets)
    iw = max(1, int(w * inset_width))
    while True:
        ih = max(1, int(iw / aspect))
        per_row = max(1, min(k, (w + g) // (iw + g)))
        rows = math.ceil(k / per_row)
        if (rows * (ih + g) - g <= h and per_row * (iw + g) - g <= w) or iw == 1:
            break
        iw -= 1
    right = corner.endswith("right")
    bottom = corner.startswith("bottom")
    for i, stream in enumerate(insets):
        r, c = divmod(i, per_row)
        x = x0 + w - (c + 1) * iw - c * g if right else x0 + c * (iw + g)
        y = y0 + h - (r + 1) * ih - r * g if bottom else y0 + r * (ih + g)
        out.append(_region(stream, canvas, x, y, iw, ih, Z_INSET, render_mode))
    return out


_SIDES = ("bottom", "top", "right", "left")


def speaker_strip(streams: Sequence[StreamRef], canvas: Canvas, *, strip: float = 0.2,
                  side: str = "bottom", gutter: int = 0, margin: int = 0,
                  render_mode: int = RENDER_FILL, aspect: float = TILE_ASPECT) -> list[Region]:
    """The first stream (the speaker) large, the others in one strip along `side`.

    The strip is `strip` × the canvas height (or width, for a side strip) thick; its tiles are
    16:9 at that thickness, shrunk so all of them fit along the edge, and the strip is centred.
    The speaker takes the rest of the canvas. A lone stream fills the canvas.
    """
    n = len(streams)
    if not n:
        return []
    if side not in _SIDES:
        raise ValueError(f"side must be one of {', '.join(_SIDES)}")
    g = _even(gutter)
    x0, y0, w, h = _inner(canvas, margin)
    if n == 1:
        return [_region(streams[0], canvas, x0, y0, w, h, Z_BASE, render_mode)]
    k = n - 1
    horizontal = side in ("bottom", "top")
    along, across = (w, h) if horizontal else (h, w)
    thick = max(1, int(across * strip))
    # Tile length along the strip at that thickness, then shrunk to make all k fit.
    tile_along_16_9 = thick * aspect if horizontal else thick / aspect
    tile_along = max(1, min(int(tile_along_16_9), (along - g * (k - 1)) // k))
    if horizontal:
        thick = max(1, min(thick, int(tile_along / aspect)))
    else:
        thick = max(1, min(thick, int(tile_along * aspect)))
    used = k * tile_along + g * (k - 1)
    start = (along - used) // 2 if used <= along else 0
    spans = _spans(start, min(used, along), k, g)
    speaker_len = max(1, across - thick - g)
    out: list[Region] = []
    if side == "bottom":
        out.append(_region(streams[0], canvas, x0, y0, w, speaker_len, Z_BASE, render_mode))
        out += [_region(s, canvas, x0 + p, y0 + h - thick, size, thick, Z_BASE, render_mode)
                for s, (p, size) in zip(streams[1:], spans)]
    elif side == "top":
        out.append(_region(streams[0], canvas, x0, y0 + h - speaker_len, w, speaker_len, Z_BASE,
                           render_mode))
        out += [_region(s, canvas, x0 + p, y0, size, thick, Z_BASE, render_mode)
                for s, (p, size) in zip(streams[1:], spans)]
    elif side == "right":
        out.append(_region(streams[0], canvas, x0, y0, speaker_len, h, Z_BASE, render_mode))
        out += [_region(s, canvas, x0 + w - thick, y0 + p, thick, size, Z_BASE, render_mode)
                for s, (p, size) in zip(streams[1:], spans)]
    else:
        out.append(_region(streams[0], canvas, x0 + w - speaker_len, y0, speaker_len, h, Z_BASE,
                           render_mode))
        out += [_region(s, canvas, x0, y0 + p, thick, size, Z_BASE, render_mode)
                for s, (p, size) in zip(streams[1:], spans)]
    return out


def side_by_side(streams: Sequence[StreamRef], canvas: Canvas, *, gutter: int = 0,
                 margin: int = 0, aspect: float | None = TILE_ASPECT,
                 render_mode: int = RENDER_FILL) -> list[Region]:
    """All streams in one row of equal columns, vertically centred.

    Each tile is as tall as a 16:9 picture of its width allows (at most the canvas height);
    with ``aspect=None`` every column takes the full height.
    """
    n = len(streams)
    if not n:
        return []
    g = _even(gutter)
    x0, y0, w, h = _inner(canvas, margin)
    cols = _spans(x0, w, n, g)
    out = []
    for s, (x, cw) in zip(streams, cols):
        th = h if aspect is None else max(1, min(h, int(cw / aspect)))
        out.append(_region(s, canvas, x, y0 + (h - th) // 2, cw, th, Z_BASE, render_mode))
    return out


@dataclass(frozen=True)
class Template:
    """A named way to lay out N streams. `name` is English; the UI translates it."""

    id: str
    name: str
    build: Callable[..., list[Region]]

    def __call__(self, streams: Sequence[StreamRef], canvas: Canvas, **options) -> list[Region]:
        return self.build(streams, canvas, **options)


TEMPLATES: dict[str, Template] = {
    t.id: t
    for t in (
        Template("grid", "Grid", grid),
        Template("picture_in_picture", "Picture in picture", picture_in_picture),
        Template("speaker_strip", "Speaker and strip", speaker_strip),
        Template("side_by_side", "Side by side", side_by_side),
    )
}


# --- the services' automatic modes -----------------------------------------------------------

VOLC_ADAPTIVE = LAYOUT_MODE_ADAPTIVE
VOLC_VERTICAL = LAYOUT_MODE_VERTICAL
VOLC_SIDE_BY_SIDE = LAYOUT_MODE_SIDE_BY_SIDE

QC_FLOATING = 0
QC_ADAPTIVE = 1
QC_VERTICAL = 2


def adaptive_grid_shape(count: int) -> tuple[int, int]:
    """(columns, rows) of the adaptive grid for `count` streams, by the documented breakpoints.

    1 → 1×1, 2 → 2×1 (two halves side by side), 3–4 → 2×2, 5–9 → 3×3, 10–16 → 4×4 and
    17 → 5×4 (the one arrangement that is not square: 17 does not fit 4×4).
    """
    if count <= 1:
        return 1, 1
    if count == 2:
        return 2, 1
    if count <= 4:
        return 2, 2
    if count <= 9:
        return 3, 3
    if count <= 16:
        return 4, 4
    return 5, 4


def _adaptive(streams: Sequence[StreamRef], canvas: Canvas) -> list[Region]:
    streams = list(streams)[:MAX_STREAMS]
    if not streams:
        return []
    cols, rows = adaptive_grid_shape(len(streams))
    cells = _grid_cells(len(streams), cols, rows, 0, 0, canvas.width, canvas.height, 0,
                        centre_last_row=False)
    return [_region(s, canvas, *cell, Z_BASE, RENDER_FILL) for s, cell in zip(streams, cells)]


def _small_columns(streams: Sequence[StreamRef], canvas: Canvas, main_render_mode: int,
                   per_column: int = 8) -> list[Region]:
    """The first stream large on the left, the others in up to two columns on the right.

    Small windows are 1/`per_column` of the canvas height and 16:9, but never wider than a
    quarter of the canvas each; they fill the right-most column top to bottom, then the next
    column to its left. The large window takes the remaining width at full height.
    """
    if not streams:
        return []
    main, others = streams[0], list(streams[1:])
    if not others:
        return [_region(main, canvas, 0, 0, canvas.width, canvas.height, Z_BASE, main_render_mode)]
    columns = min(2, math.ceil(len(others) / per_column))
    rows = _spans(0, canvas.height, per_column, 0)
    sh = max(1, canvas.height // per_column)
    sw = max(1, min(int(sh * TILE_ASPECT), canvas.width // 4))
    main_w = max(1, canvas.width - columns * sw)
    out = [_region(main, canvas, 0, 0, main_w, canvas.height, Z_BASE, main_render_mode)]
    for i, stream in enumerate(others[: columns * per_column]):
        col, row = divmod(i, per_column)
        x = canvas.width - (col + 1) * sw
        y, h = rows[row]
        out.append(_region(stream, canvas, x, y, sw, h, Z_BASE, RENDER_FILL))
    return out


def _find_main(streams: Sequence[StreamRef], main: StreamRef | None) -> int:
    if main is None:
        return 0
    for i, s in enumerate(streams):
        if s.user_id == main.user_id and s.stream_type == main.stream_type:
            return i
    return 0


def volcengine_auto_regions(layout_mode: int, streams: Sequence[StreamRef], canvas: Canvas,
                            main: StreamRef | None = None) -> list[Region]:
    """A preview of what Volcengine composes in automatic LayoutMode 0, 1 or 3.

    The canvas is the output size (Encode.VideoWidth/VideoHeight). At most 17 streams appear.

    - 0 adaptive: equal cells in the grid `adaptive_grid_shape` picks for the stream count,
      filled row by row in join order with no gaps; empty cells stay background, audio-only
      streams still take a cell, video is cropped to fill (RenderMode 1).
    - 1 vertical: `main` (Layout.MainVideoStream, matched by UserId and StreamType; the first
      stream when absent or not found) large on the left, scaled to fit (RenderMode 2); the
      others, in join order, as small cropped-to-fill windows in up to two columns of 8 on the
      right (the geometry of `_small_columns`).
    - 3 side by side: every stream in one row of equal columns at the full canvas height,
      cropped to fill. The vendor's docs anchor this mode as "horizontal"; a single row is our
      reading of it.

    LayoutMode 2 (custom) has no preview here: its regions are the CustomLayout itself.
    """
    streams = list(streams)[:MAX_STREAMS]
    if layout_mode == VOLC_ADAPTIVE:
        return _adaptive(streams, canvas)
    if layout_mode == VOLC_VERTICAL:
        if not streams:
            return []
        i = _find_main(streams, main)
        ordered = [streams[i]] + streams[:i] + streams[i + 1:]
        return _small_columns(ordered, canvas, RENDER_FIT)
    if layout_mode == VOLC_SIDE_BY_SIDE:
        return side_by_side(streams, canvas, aspect=None, render_mode=RENDER_FILL)
    raise ValueError(f"LayoutMode {layout_mode} is not an automatic layout mode")


def qingcloud_auto_regions(layout_mode: int, streams: Sequence[StreamRef],
                           canvas: Canvas) -> list[Region]:
    """A preview of what QingCloud composes for layout_mode 0, 1 or 2 (at most 17 pictures).

    - 0 floating: the first stream fills the canvas; the others are 16:9 small windows one
      ZOrder above it, four to a row, rows laid from the bottom up (at most 4 rows of 4). A small
      window is a fifth of the canvas width (capped so four rows fit in the height), with an
      even gutter and margin of about 1 % of the width; rows fill left to right.
    - 1 adaptive: every picture the same size, in the grid `adaptive_grid_shape` picks.
    - 2 vertical: the first stream large on the left, the others small on the right in up to
      two columns of 8 (`_small_columns`), all cropped to fill.

    The output resolution is set per app in QingCloud's console, so the canvas is the caller's
    guess of it.
    """
    streams = list(streams)[:MAX_STREAMS]
    if layout_mode == QC_FLOATING:
        return _floating(streams, canvas)
    if layout_mode == QC_ADAPTIVE:
        return _adaptive(streams, canvas)
    if layout_mode == QC_VERTICAL:
        return _small_columns(streams, canvas, RENDER_FILL)
    raise ValueError(f"layout_mode {layout_mode} is not one of QingCloud's layout modes")


def _floating(streams: Sequence[StreamRef], canvas: Canvas) -> list[Region]:
    if not streams:
        return []
    out = [_region(streams[0], canvas, 0, 0, canvas.width, canvas.height, Z_BASE, RENDER_FILL)]
    others = list(streams[1:17])
    if not others:
        return out
    g = _even(round(canvas.width * 0.01))
    x0, y0, w, h = _inner(canvas, g)
    per_row = 4
    sw = max(1, min(w // 5, int(((h - 3 * g) / 4) * TILE_ASPECT)))
    sh = max(1, min(h // 4, int(sw / TILE_ASPECT)))
    if per_row * sw + (per_row - 1) * g > w or 4 * sh + 3 * g > h:
        g = 0
    for i, stream in enumerate(others):
        r, c = divmod(i, per_row)
        x = x0 + c * (sw + g)
        y = y0 + h - (r + 1) * sh - r * g
        out.append(_region(stream, canvas, x, y, sw, sh, Z_INSET, RENDER_FILL))
    return out
