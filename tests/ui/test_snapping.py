"""Snapping and drag geometry, without a view: what a producer's drag turns into, in pixels."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from mixframe.model.layout import Crop, Region
from mixframe.ui.canvas.geometry import HANDLES, crop_region, move_delta, resize_rect
from mixframe.ui.canvas.snapping import Guide, snap_move, snap_value, targets_for, threshold_for_zoom

W, H = 1920, 1080


def test_targets_hold_canvas_edges_centres_and_other_regions():
    t = targets_for(W, H, [(100, 200, 300, 100)])
    assert {0, 960, 1920, 100, 250, 400} <= set(t.xs)
    assert {0, 540, 1080, 200, 250, 300} <= set(t.ys)


def test_move_snaps_the_nearest_edge_and_reports_a_guide():
    t = targets_for(W, H, [(500, 500, 200, 200)])
    # Left edge 6 px right of the other region's right edge (700): snaps back to it.
    s = snap_move((706, 100, 100, 100), t, threshold=8)
    assert s.dx == -6 and Guide("x", 700) in s.guides
    # Outside the threshold nothing happens.
    assert snap_move((720, 100, 100, 100), t, threshold=8).dx == 0


def test_centre_snaps_to_the_canvas_centre_line():
    t = targets_for(W, H, [])
    s = snap_move((905, 300, 100, 100), t, threshold=8)  # centre at 955
    assert s.dx == 5 and Guide("x", 960) in s.guides


def test_grid_snaps_without_a_guide():
    t = targets_for(W, H, [], grid=50)
    s = snap_move((147, 303, 20, 20), t, threshold=5)  # edges 147/167, centre 157
    assert (s.dx, s.dy) == (3, -3)
    assert s.guides == ()


def test_threshold_is_screen_pixels():
    assert threshold_for_zoom(0.5) == 16
    assert threshold_for_zoom(2.0) == 4


def test_move_stops_at_the_canvas_edges():
    dx, dy, _ = move_delta([(1800, 1000, 100, 50)], 500, 500, W, H)
    assert (dx, dy) == (20, 30)
    dx, dy, _ = move_delta([(10, 10, 100, 50), (300, 500, 100, 50)], -50, -50, W, H)
    assert (dx, dy) == (-10, -10)  # the group stops as one


def test_move_drops_a_guide_that_the_edge_clamp_moved_away_from():
    t = targets_for(W, H, [(0, 0, 10, 10)])
    dx, dy, guides = move_delta([(100, 100, 50, 50)], 5000, 0, W, H, t, 8)
    assert dx == W - 150
    assert all(g.axis != "x" or g.position == 1920 for g in guides)


def test_resize_corner_and_minimum_size():
    rect, _ = resize_rect((100, 100, 200, 100), "br", 50, 20, W, H)
    assert rect == (100, 100, 250, 120)
    rect, _ = resize_rect((100, 100, 200, 100), "tl", 500, 500, W, H)
    assert rect == (299, 199, 1, 1)  # never flips, never zero


def test_resize_keeps_aspect_with_shift():
    rect, _ = resize_rect((100, 100, 320, 180), "br", 160, 0, W, H, keep_aspect=True)
    assert rect == (100, 100, 480, 270)
    rect, _ = resize_rect((100, 100, 320, 180), "r", 320, 0, W, H, keep_aspect=True)
    assert rect[2:] == (640, 360) and rect[1] == 100 + 90 - 180  # grows about the centre
    # At the canvas edge it shrinks to fit, keeping the aspect.
    rect, _ = resize_rect((1600, 100, 160, 90), "br", 1000, 0, W, H, keep_aspect=True)
    assert rect[0] + rect[2] == W and abs(rect[2] / rect[3] - 16 / 9) < 0.02


def test_resize_snaps_the_moving_edge():
    t = targets_for(W, H, [(500, 0, 100, 100)])
    rect, guides = resize_rect((100, 300, 200, 100), "r", 195, 0, W, H, targets=t, threshold=8)
    assert rect == (100, 300, 400, 100) and Guide("x", 500) in guides


def test_crop_right_edge_hides_source_and_keeps_scale():
    r = Region(0, x=100, y=100, width=640, height=360)
    out, _ = crop_region(r, "r", -320, 0, W, H)
    assert out.rect() == (100, 100, 320, 360)
    assert (out.crop.x, out.crop.w) == (0.0, 0.5)
    # Dragging back out reveals the source again, but never past the source frame.
    back, _ = crop_region(out, "r", 1000, 0, W, H)
    assert back.width == 640 and back.crop.w == 1.0


def test_crop_left_edge_moves_the_window_over_the_source():
    r = Region(0, x=100, y=100, width=400, height=200, crop=Crop(0.0, 0.0, 1.0, 1.0))
    out, _ = crop_region(r, "tl", 100, 50, W, H)
    assert out.rect() == (200, 150, 300, 150)
    assert (out.crop.x, out.crop.y, out.crop.w, out.crop.h) == (0.25, 0.25, 0.75, 0.75)
    undone, _ = crop_region(out, "l", -400, 0, W, H)
    assert undone.x == 100 and undone.crop.x == 0.0  # stops at the source's left edge


@given(
    x=st.integers(0, W - 1), y=st.integers(0, H - 1), w=st.integers(1, W), h=st.integers(1, H),
    dx=st.integers(-3000, 3000), dy=st.integers(-3000, 3000),
    handle=st.sampled_from(HANDLES), aspect=st.booleans(),
)
def test_resize_always_gives_a_legal_rect(x, y, w, h, dx, dy, handle, aspect):
    w, h = min(w, W - x), min(h, H - y)
    rx, ry, rw, rh = resize_rect((x, y, w, h), handle, dx, dy, W, H, keep_aspect=aspect)[0]
    assert 0 <= rx and 0 <= ry and rw >= 1 and rh >= 1
    assert rx + rw <= W and ry + rh <= H


@given(
    x=st.integers(0, W - 2), w=st.integers(2, W), cx=st.floats(0, 0.9), cw=st.floats(0.05, 1.0),
    dx=st.integers(-3000, 3000), handle=st.sampled_from(HANDLES),
)
def test_crop_always_stays_inside_the_source(x, w, cx, cw, dx, handle):
    w = min(w, W - x)
    cw = min(cw, 1.0 - cx)
    r = Region(0, x=x, y=0, width=w, height=100, crop=Crop(cx, 0.0, cw, 1.0))
    out, _ = crop_region(r, handle, dx, dx, W, H)
    assert 0 <= out.x and out.right <= W and out.width >= 1
    assert 0 <= out.crop.x < 1 and 0 < out.crop.w and out.crop.x + out.crop.w <= 1 + 1e-6


def test_snap_value_outside_threshold_is_unchanged():
    t = targets_for(W, H, [])
    assert snap_value("x", 500, t, 8) == (500, None)
    assert snap_value("x", 955, t, 8) == (960, Guide("x", 960))


@pytest.mark.parametrize("handle", HANDLES)
def test_every_handle_moves_only_its_edges(handle):
    rect, _ = resize_rect((500, 500, 200, 200), handle, 10, 10, W, H)
    x, y, w, h = rect
    assert (x != 500) == ("l" in handle)
    assert (y != 500) == ("t" in handle)
    assert (x + w != 700) == ("l" not in handle and "r" in handle)
    assert (y + h != 700) == ("t" not in handle and "b" in handle)
