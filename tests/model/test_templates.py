"""Templates and automatic-mode previews: always legal regions, one per stream, laid out as named."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mixframe.model.layout import (
    RENDER_FILL,
    RENDER_FIT,
    Canvas,
    CanvasLayout,
    StreamRef,
    region_bounds,
)
from mixframe.model.templates import (
    MAX_STREAMS,
    QC_ADAPTIVE,
    QC_FLOATING,
    QC_VERTICAL,
    TEMPLATES,
    VOLC_ADAPTIVE,
    VOLC_SIDE_BY_SIDE,
    VOLC_VERTICAL,
    Z_MAX,
    Z_MIN,
    adaptive_grid_shape,
    best_grid,
    grid,
    picture_in_picture,
    qingcloud_auto_regions,
    side_by_side,
    speaker_strip,
    volcengine_auto_regions,
)


def streams(n: int, first_index: int = 3) -> list[StreamRef]:
    # Indices that are not 0..n-1, so a test notices a region numbered by position.
    return [StreamRef(f"user{i}", stream_type=i % 2, index=first_index + 2 * i) for i in range(n)]


def overlaps(a, b) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def assert_legal(regions, canvas: Canvas, ss) -> None:
    b = region_bounds(canvas)
    assert [r.stream_index for r in regions] == [s.index for s in ss]
    for r in regions:
        for v in (r.x, r.y, r.width, r.height, r.z_order):
            assert type(v) is int
        assert b.x_min <= r.x <= b.x_max
        assert b.y_min <= r.y <= b.y_max
        assert b.w_min <= r.width <= b.w_max
        assert b.h_min <= r.height <= b.h_max
        assert r.right <= canvas.width and r.bottom <= canvas.height, "wholly inside the canvas"
        assert Z_MIN <= r.z_order <= Z_MAX


def assert_disjoint(regions) -> None:
    for a, b in itertools.combinations(regions, 2):
        assert not overlaps(a, b), (a.rect(), b.rect())


def assert_round_trips(canvas: Canvas, regions) -> None:
    layout = CanvasLayout(canvas, tuple(regions), has_canvas=True, has_regions=True)
    body = layout.to_custom_layout()
    again = CanvasLayout.from_custom_layout(body)
    assert again == layout
    assert again.to_custom_layout() == body


AUTO = [("volcengine", m) for m in (VOLC_ADAPTIVE, VOLC_VERTICAL, VOLC_SIDE_BY_SIDE)] + [
    ("qingcloud", m) for m in (QC_FLOATING, QC_ADAPTIVE, QC_VERTICAL)
]


def auto(vendor: str, mode: int, ss, canvas):
    if vendor == "volcengine":
        return volcengine_auto_regions(mode, ss, canvas)
    return qingcloud_auto_regions(mode, ss, canvas)


CANVASES = [Canvas(1920, 1080), Canvas(640, 480), Canvas(720, 1280)]


@pytest.mark.parametrize("canvas", CANVASES, ids=lambda c: f"{c.width}x{c.height}")
@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_templates_give_one_legal_disjoint_region_per_stream(template_id, canvas):
    template = TEMPLATES[template_id]
    for n in range(1, MAX_STREAMS + 1):
        ss = streams(n)
        regions = template(ss, canvas)
        assert_legal(regions, canvas, ss)
        if template_id == "picture_in_picture":
            assert regions[0].rect() == (0, 0, canvas.width, canvas.height)
            assert_disjoint(regions[1:])
            assert all(r.z_order > regions[0].z_order for r in regions[1:])
        else:
            assert_disjoint(regions)
        assert_round_trips(canvas, regions)


@pytest.mark.parametrize("canvas", CANVASES, ids=lambda c: f"{c.width}x{c.height}")
@pytest.mark.parametrize("vendor,mode", AUTO)
def test_automatic_modes_give_one_legal_region_per_stream(vendor, mode, canvas):
    for n in range(1, MAX_STREAMS + 1):
        ss = streams(n)
        regions = auto(vendor, mode, ss, canvas)
        assert_legal(regions, canvas, ss)
        if (vendor, mode) == ("qingcloud", QC_FLOATING):
            assert regions[0].rect() == (0, 0, canvas.width, canvas.height)
            assert_disjoint(regions[1:])
        else:
            assert_disjoint(regions)
        assert_round_trips(canvas, regions)


def test_templates_registry_has_the_four_named_templates():
    assert set(TEMPLATES) == {"grid", "picture_in_picture", "speaker_strip", "side_by_side"}
    for tid, t in TEMPLATES.items():
        assert t.id == tid and t.name and t.name[0].isupper()
    c = Canvas(1280, 720)
    assert TEMPLATES["grid"](streams(4), c, gutter=8) == grid(streams(4), c, gutter=8)


def test_no_streams_give_no_regions():
    c = Canvas(1280, 720)
    for t in TEMPLATES.values():
        assert t([], c) == []
    for vendor, mode in AUTO:
        assert auto(vendor, mode, [], c) == []


# --- geometry a producer would notice -------------------------------------------------------


def test_grid_of_four_on_16_9_is_two_by_two_and_fills_the_canvas():
    regions = grid(streams(4), Canvas(1920, 1080))
    assert [r.rect() for r in regions] == [
        (0, 0, 960, 540), (960, 0, 960, 540), (0, 540, 960, 540), (960, 540, 960, 540)]
    assert all(r.render_mode == RENDER_FILL for r in regions)


def test_grid_is_aspect_aware():
    assert best_grid(2, 1920, 1080) == (2, 1)  # landscape: side by side
    assert best_grid(2, 1080, 1920) == (1, 2)  # portrait: stacked
    assert best_grid(6, 1920, 1080) == (3, 2)
    # six 16:9 pictures on a portrait canvas are largest stacked in one column (568 vs 540 wide)
    assert best_grid(6, 1080, 1920) == (1, 6)
    assert best_grid(12, 1080, 1920) == (2, 6)
    tall = grid(streams(2), Canvas(1080, 1920))
    assert tall[0].x == tall[1].x == 0 and tall[1].y >= tall[0].bottom


def test_grid_gutter_and_margin_are_even_pixels_between_cells():
    regions = grid(streams(4), Canvas(1920, 1080), gutter=9, margin=21)  # odd: rounded down
    a, b, c, _ = regions
    assert (a.x, a.y) == (20, 20)
    assert b.x - a.right == 8 and c.y - a.bottom == 8
    assert regions[-1].right == 1900 and regions[-1].bottom == 1060


def test_grid_centres_a_short_last_row():
    regions = grid(streams(3), Canvas(1920, 1080))
    last = regions[2]
    assert last.width == 960 and last.x == 480  # centred under the two above


def test_picture_in_picture_insets_sit_in_the_chosen_corner_row():
    c = Canvas(1920, 1080)
    regions = picture_in_picture(streams(3), c, gutter=10, margin=20)
    full, a, b = regions
    assert full.z_order == Z_MIN and a.z_order == b.z_order > Z_MIN
    assert a.right == 1900 and a.bottom == 1060  # bottom-right first
    assert b.right == a.x - 10 and b.y == a.y  # then leftwards in the same row
    assert abs(a.width / a.height - 16 / 9) < 0.02
    top_left = picture_in_picture(streams(2), c, margin=20, corner="top-left")[1]
    assert (top_left.x, top_left.y) == (20, 20)
    with pytest.raises(ValueError):
        picture_in_picture(streams(2), c, corner="middle")


def test_picture_in_picture_shrinks_insets_until_sixteen_fit():
    c = Canvas(640, 360)
    regions = picture_in_picture(streams(17), c)
    insets = regions[1:]
    assert len({r.rect()[2:] for r in insets}) == 1
    assert_disjoint(insets)


def test_speaker_strip_puts_the_speaker_above_a_strip_of_16_9_tiles():
    c = Canvas(1920, 1080)
    speaker, *strip = speaker_strip(streams(4), c)
    assert speaker.rect()[:3] == (0, 0, 1920) and speaker.height > 800
    assert all(t.bottom == 1080 and t.y >= speaker.bottom for t in strip)
    assert all(abs(t.width / t.height - 16 / 9) < 0.02 for t in strip)
    # the strip is centred
    assert strip[0].x == 1920 - strip[-1].right
    right = speaker_strip(streams(4), c, side="right")
    assert all(t.right == 1920 and t.x >= right[0].right for t in right[1:])


def test_side_by_side_splits_the_width_into_equal_16_9_columns():
    regions = side_by_side(streams(2), Canvas(1920, 1080))
    assert [r.rect() for r in regions] == [(0, 270, 960, 540), (960, 270, 960, 540)]


@pytest.mark.parametrize("n,shape", [(1, (1, 1)), (2, (2, 1)), (3, (2, 2)), (4, (2, 2)),
                                     (5, (3, 3)), (9, (3, 3)), (10, (4, 4)), (16, (4, 4)),
                                     (17, (5, 4))])
def test_adaptive_breakpoints(n, shape):
    assert adaptive_grid_shape(n) == shape
    c = Canvas(1920, 1080)
    regions = volcengine_auto_regions(VOLC_ADAPTIVE, streams(n), c)
    cols, rows = shape
    assert {r.width for r in regions} <= {1920 // cols, 1920 // cols + 1}
    assert {r.height for r in regions} <= {1080 // rows, 1080 // rows + 1}
    assert all(r.render_mode == RENDER_FILL for r in regions)
    # row-major in join order from the top-left; empty cells are left at the end
    assert (regions[0].x, regions[0].y) == (0, 0)
    assert qingcloud_auto_regions(QC_ADAPTIVE, streams(n), c) == regions


def test_adaptive_two_streams_are_halves():
    regions = volcengine_auto_regions(VOLC_ADAPTIVE, streams(2), Canvas(1280, 720))
    assert [r.rect() for r in regions] == [(0, 0, 640, 720), (640, 0, 640, 720)]


def test_volcengine_vertical_main_is_large_and_fit_others_small_in_join_order():
    ss = streams(5)
    main = StreamRef(ss[2].user_id, stream_type=ss[2].stream_type)
    c = Canvas(1920, 1080)
    regions = volcengine_auto_regions(VOLC_VERTICAL, ss, c, main=main)
    assert regions[0].stream_index == ss[2].index
    assert regions[0].render_mode == RENDER_FIT
    assert regions[0].rect()[:2] == (0, 0) and regions[0].height == 1080
    smalls = regions[1:]
    assert [r.stream_index for r in smalls] == [ss[i].index for i in (0, 1, 3, 4)]
    assert all(r.render_mode == RENDER_FILL and r.x >= regions[0].right for r in smalls)
    assert [r.y for r in smalls] == sorted(r.y for r in smalls)
    # without a main stream, the first stream is the main one
    assert volcengine_auto_regions(VOLC_VERTICAL, ss, c)[0].stream_index == ss[0].index


def test_volcengine_side_by_side_is_one_row_at_full_height():
    regions = volcengine_auto_regions(VOLC_SIDE_BY_SIDE, streams(3), Canvas(1920, 1080))
    assert [r.rect() for r in regions] == [(0, 0, 640, 1080), (640, 0, 640, 1080),
                                           (1280, 0, 640, 1080)]


def test_qingcloud_floating_rows_go_bottom_to_top_four_per_row():
    c = Canvas(1920, 1080)
    full, *small = qingcloud_auto_regions(QC_FLOATING, streams(17), c)
    assert full.rect() == (0, 0, 1920, 1080)
    assert len(small) == 16
    rows = sorted({r.y for r in small}, reverse=True)
    assert len(rows) == 4
    for k, y in enumerate(rows):  # first four in the bottom row, then upwards
        assert [r.y for r in small[4 * k:4 * k + 4]] == [y] * 4
        xs = [r.x for r in small[4 * k:4 * k + 4]]
        assert xs == sorted(xs)
    assert all(r.z_order > full.z_order for r in small)


def test_qingcloud_vertical_has_two_columns_of_eight_on_the_right():
    c = Canvas(1920, 1080)
    big, *small = qingcloud_auto_regions(QC_VERTICAL, streams(17), c)
    assert big.rect()[:2] == (0, 0) and big.height == 1080
    columns = sorted({r.x for r in small})
    assert len(columns) == 2 and all(x >= big.right for x in columns)
    assert sum(r.x == columns[1] for r in small) == 8
    assert sum(r.x == columns[0] for r in small) == 8
    one_column = qingcloud_auto_regions(QC_VERTICAL, streams(9), c)
    assert len({r.x for r in one_column[1:]}) == 1


def test_at_most_17_pictures():
    ss = streams(20)
    c = Canvas(1920, 1080)
    for vendor, mode in AUTO:
        assert len(auto(vendor, mode, ss, c)) == MAX_STREAMS


def test_custom_layout_mode_is_not_an_automatic_mode():
    with pytest.raises(ValueError):
        volcengine_auto_regions(2, streams(2), Canvas())
    with pytest.raises(ValueError):
        qingcloud_auto_regions(3, streams(2), Canvas())


# --- properties ------------------------------------------------------------------------------

even_size = st.integers(1, 960).map(lambda v: v * 2)


@settings(max_examples=150, deadline=None)
@given(w=even_size, h=even_size, n=st.integers(1, MAX_STREAMS),
       which=st.sampled_from(sorted(TEMPLATES) + [f"{v}:{m}" for v, m in AUTO]))
def test_any_canvas_and_count_gives_legal_round_tripping_regions(w, h, n, which):
    canvas = Canvas(w, h, explicit=frozenset({"width", "height"}))
    ss = streams(n)
    if ":" in which:
        vendor, mode = which.split(":")
        regions = auto(vendor, int(mode), ss, canvas)
    else:
        regions = TEMPLATES[which](ss, canvas)
    assert_legal(regions, canvas, ss)
    assert_round_trips(canvas, regions)
    if w >= 128 and h >= 128:
        floating = which in ("picture_in_picture", "qingcloud:0")
        assert_disjoint(regions[1:] if floating else regions)


@settings(max_examples=100, deadline=None)
@given(w=even_size, h=even_size, n=st.integers(1, MAX_STREAMS),
       gutter=st.integers(0, 64), margin=st.integers(0, 64))
def test_grid_with_any_gutter_stays_legal(w, h, n, gutter, margin):
    canvas = Canvas(w, h)
    ss = streams(n)
    regions = grid(ss, canvas, gutter=gutter, margin=margin)
    assert_legal(regions, canvas, ss)
    if w >= 400 and h >= 400:
        assert_disjoint(regions)


@pytest.mark.parametrize("side", ["bottom", "top", "right", "left"])
def test_speaker_strip_on_every_side_is_legal_and_disjoint(side):
    for canvas in CANVASES:
        for n in range(1, MAX_STREAMS + 1):
            ss = streams(n)
            regions = speaker_strip(ss, canvas, side=side, gutter=6, margin=10)
            assert_legal(regions, canvas, ss)
            assert_disjoint(regions)
            speaker = regions[0]
            assert all(speaker.width * speaker.height > r.width * r.height for r in regions[1:])


@pytest.mark.parametrize("corner", ["bottom-right", "bottom-left", "top-right", "top-left"])
def test_picture_in_picture_in_every_corner_is_legal(corner):
    for canvas in CANVASES:
        for n in range(1, MAX_STREAMS + 1):
            ss = streams(n)
            regions = picture_in_picture(ss, canvas, corner=corner)
            assert_legal(regions, canvas, ss)
            assert_disjoint(regions[1:])
