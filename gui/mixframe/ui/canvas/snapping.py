"""Where a dragged region snaps to: canvas edges, centre lines, other regions and the grid.

Pure geometry in canvas pixels, no Qt, so the rules are testable without a view. The view turns
its threshold from screen pixels into canvas pixels (``SNAP_SCREEN_PX / zoom``) and draws the
guides a snap returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

# How close, in SCREEN pixels, an edge must come to a target to snap.
SNAP_SCREEN_PX = 8.0

Rect = tuple[int, int, int, int]  # x, y, width, height


@dataclass(frozen=True)
class Guide:
    """A line to draw while snapping: vertical (``x``) or horizontal (``y``) at `position`."""

    axis: str  # "x": a vertical line at x = position; "y": a horizontal line at y = position
    position: float


@dataclass(frozen=True)
class Targets:
    """The lines a region may snap to on each axis (the grid is a step, not a list)."""

    xs: tuple[float, ...] = ()
    ys: tuple[float, ...] = ()
    grid: int = 0  # grid spacing in canvas pixels; 0 = no grid

    def nearest(self, axis: str, value: float) -> tuple[float, bool] | None:
        """The nearest target to `value` on `axis` and whether it is a grid line (not a guide)."""
        lines = self.xs if axis == "x" else self.ys
        best: tuple[float, bool] | None = None
        best_d = float("inf")
        for line in lines:
            d = abs(line - value)
            if d < best_d:
                best, best_d = (line, False), d
        if self.grid > 0:
            g = round(value / self.grid) * self.grid
            # Prefer a region/canvas line over an equally near grid line: it shows a guide.
            if abs(g - value) < best_d:
                best = (float(g), True)
        return best


def targets_for(canvas_w: int, canvas_h: int, others: Iterable[Rect], grid: int = 0) -> Targets:
    """Canvas edges and centre lines plus the edges and centres of `others`."""
    xs = {0.0, canvas_w / 2, float(canvas_w)}
    ys = {0.0, canvas_h / 2, float(canvas_h)}
    for x, y, w, h in others:
        xs.update((float(x), x + w / 2, float(x + w)))
        ys.update((float(y), y + h / 2, float(y + h)))
    return Targets(tuple(sorted(xs)), tuple(sorted(ys)), max(0, int(grid)))


@dataclass(frozen=True)
class Snap:
    """The correction to apply on one axis, and the guide that explains it."""

    delta: float = 0.0
    guide: Guide | None = None


@dataclass(frozen=True)
class SnapResult:
    dx: int = 0
    dy: int = 0
    guides: tuple[Guide, ...] = field(default=())


def snap_lines(axis: str, values: Sequence[float], targets: Targets, threshold: float) -> Snap:
    """The smallest correction that puts one of `values` (edges of the moving thing) on a target."""
    best = Snap()
    best_d = float("inf")
    for value in values:
        found = targets.nearest(axis, value)
        if found is None:
            continue
        line, is_grid = found
        d = line - value
        if abs(d) <= threshold and abs(d) < best_d:
            best_d = abs(d)
            best = Snap(d, None if is_grid else Guide(axis, line))
    return best


def snap_move(rect: Rect, targets: Targets, threshold: float) -> SnapResult:
    """How far to shift a moving `rect` so its left/centre/right and top/centre/bottom snap."""
    x, y, w, h = rect
    sx = snap_lines("x", (x, x + w / 2, x + w), targets, threshold)
    sy = snap_lines("y", (y, y + h / 2, y + h), targets, threshold)
    guides = tuple(g for g in (sx.guide, sy.guide) if g is not None)
    return SnapResult(int(round(sx.delta)), int(round(sy.delta)), guides)


def snap_value(axis: str, value: float, targets: Targets, threshold: float) -> tuple[float, Guide | None]:
    """A single moving edge (resize or crop) snapped to the nearest target within `threshold`."""
    s = snap_lines(axis, (value,), targets, threshold)
    return value + s.delta, s.guide


def threshold_for_zoom(zoom: float, screen_px: float = SNAP_SCREEN_PX) -> float:
    """The snap distance in canvas pixels for a view showing `zoom` screen pixels per canvas pixel."""
    return screen_px / max(zoom, 1e-6)
