"""Pixel checks on composed frames: what a producer sees is what the service will compose."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter

from mixframe.model.layout import (
    MEDIA_AUDIO_ONLY,
    RENDER_FILL,
    RENDER_FIT,
    RENDER_STRETCH,
    RENDER_STRETCH_RECOMMENDED,
    Canvas,
    CanvasLayout,
    Crop,
    Region,
    StreamRef,
)
from mixframe.render import compositor

RED, GREEN, BLUE, YELLOW = QColor(255, 0, 0), QColor(0, 255, 0), QColor(0, 0, 255), QColor(255, 255, 0)
STRIPES = [QColor(255, 0, 0), QColor(0, 255, 0), QColor(0, 0, 255), QColor(255, 255, 255)]
BG = "#336699"


@pytest.fixture(autouse=True)
def _app(qapp):
    compositor.clear_caches()
    yield


def solid(color: QColor, w: int = 64, h: int = 36) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(color)
    return image


def quadrants(w: int = 200, h: int = 100) -> QImage:
    """Top-left red, top-right green, bottom-left blue, bottom-right yellow."""
    image = QImage(w, h, QImage.Format.Format_RGB32)
    p = QPainter(image)
    p.fillRect(QRect(0, 0, w // 2, h // 2), RED)
    p.fillRect(QRect(w // 2, 0, w - w // 2, h // 2), GREEN)
    p.fillRect(QRect(0, h // 2, w // 2, h - h // 2), BLUE)
    p.fillRect(QRect(w // 2, h // 2, w - w // 2, h - h // 2), YELLOW)
    p.end()
    return image


def stripes(w: int = 200, h: int = 100) -> QImage:
    """Four vertical stripes, a quarter of the width each: red, green, blue, white."""
    image = QImage(w, h, QImage.Format.Format_RGB32)
    p = QPainter(image)
    for i, c in enumerate(STRIPES):
        p.fillRect(QRect(i * w // 4, 0, w // 4, h), c)
    p.end()
    return image


def near(image: QImage, x: int, y: int, color: QColor, tol: int = 6) -> bool:
    got = QColor(image.pixel(x, y))
    return all(abs(a - b) <= tol for a, b in zip(got.getRgb()[:3], color.getRgb()[:3]))


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    return QColor(image.pixel(x, y)).getRgb()[:3]


def frame(regions, canvas=None, images=None, **kw) -> QImage:
    canvas = canvas or Canvas(200, 100, BG)
    layout = CanvasLayout(canvas, tuple(regions))
    streams = [StreamRef(f"u{r.stream_index}", index=r.stream_index) for r in regions]
    return compositor.compose(layout, streams, images or {}, **kw)


def test_background_colour_shows_where_no_region_is():
    img = frame([Region(0, x=50, y=25, width=50, height=50)], images={0: solid(RED)})
    assert (img.width(), img.height()) == (200, 100)
    assert near(img, 10, 10, QColor(BG)) and near(img, 190, 90, QColor(BG))
    assert near(img, 75, 50, RED)


def test_empty_layout_is_only_background():
    img = frame([], canvas=Canvas(64, 32, "#f0a020"))
    assert all(near(img, x, y, QColor("#f0a020")) for x in (0, 63) for y in (0, 31))


@pytest.mark.parametrize("mode", [RENDER_STRETCH, RENDER_STRETCH_RECOMMENDED])
def test_stretch_shows_the_whole_source_squeezed(mode):
    # 2:1 stripes into a square: all four stripes, a quarter of the region each
    img = frame([Region(0, 0, 0, 100, 100, render_mode=mode)], images={0: stripes()})
    for i, c in enumerate(STRIPES):
        assert near(img, i * 25 + 12, 50, c), i


def test_fill_crops_to_the_region_aspect_and_covers_it():
    # the centre square of the 2:1 source: the green and blue stripes only
    img = frame([Region(0, 0, 0, 100, 100, render_mode=RENDER_FILL)], images={0: stripes()})
    assert near(img, 12, 50, STRIPES[1]) and near(img, 37, 50, STRIPES[1])
    assert near(img, 62, 50, STRIPES[2]) and near(img, 87, 50, STRIPES[2])
    assert near(img, 50, 2, STRIPES[1]) or near(img, 50, 2, STRIPES[2])  # no bars


def test_fit_keeps_the_aspect_with_bars_in_the_background_colour():
    canvas = Canvas(200, 100, "#102030")
    img = frame([Region(0, 0, 0, 100, 100, render_mode=RENDER_FIT)], canvas=canvas,
                images={0: stripes()})
    # 2:1 picture in a square: 100x50 in the middle, bars above and below
    assert near(img, 50, 10, QColor("#102030")) and near(img, 50, 90, QColor("#102030"))
    for i, c in enumerate(STRIPES):
        assert near(img, i * 25 + 12, 50, c), i


def test_fit_bars_use_the_colour_even_over_a_background_image():
    canvas = Canvas(200, 100, "#102030", background_image="file:///nowhere.png")
    img = frame([Region(0, 0, 0, 100, 100, render_mode=RENDER_FIT)], canvas=canvas,
                images={0: stripes()}, background_image=solid(YELLOW))
    assert near(img, 150, 50, YELLOW)  # the background image covers the canvas
    assert near(img, 50, 10, QColor("#102030"))  # the bars are the colour


@pytest.mark.parametrize("crop,color", [
    (Crop(0.0, 0.0, 0.5, 0.5), RED), (Crop(0.5, 0.0, 0.5, 0.5), GREEN),
    (Crop(0.0, 0.5, 0.5, 0.5), BLUE), (Crop(0.5, 0.5, 0.5, 0.5), YELLOW)])
def test_source_crop_selects_that_part_of_the_source(crop, color):
    img = frame([Region(0, 20, 10, 160, 80, crop=crop)], images={0: quadrants()})
    for x, y in ((24, 14), (100, 50), (175, 85)):
        assert near(img, x, y, color), (x, y)


def test_crop_is_applied_before_the_render_mode():
    # the left half (red over blue, a square) fit into a wide region: bars left and right
    img = frame([Region(0, 0, 0, 200, 100, render_mode=RENDER_FIT, crop=Crop(0, 0, 0.5, 1))],
                images={0: quadrants()})
    assert near(img, 20, 50, QColor(BG)) and near(img, 180, 50, QColor(BG))
    assert near(img, 100, 25, RED) and near(img, 100, 75, BLUE)


def test_alpha_blends_with_what_is_below():
    canvas = Canvas(100, 100, "#000000")
    img = frame([Region(0, 0, 0, 100, 100, alpha=0.5)], canvas=canvas,
                images={0: solid(QColor(255, 255, 255))})
    r, g, b = rgb(img, 50, 50)
    assert 110 < r < 145 and r == g == b
    opaque = frame([Region(0, 0, 0, 100, 100)], canvas=canvas, images={0: solid(QColor(255, 255, 255))})
    assert rgb(opaque, 50, 50) == (255, 255, 255)


def test_higher_z_order_is_on_top_and_ties_keep_list_order():
    top = Region(0, 0, 0, 120, 100, z_order=5)
    below = Region(1, 80, 0, 120, 100, z_order=1)
    img = frame([top, below], images={0: solid(RED), 1: solid(GREEN)})
    assert near(img, 100, 50, RED)  # overlap: the higher ZOrder wins though listed first
    tie = frame([Region(0, 0, 0, 120, 100), Region(1, 80, 0, 120, 100)],
                images={0: solid(RED), 1: solid(GREEN)})
    assert near(tie, 100, 50, GREEN)  # equal ZOrder: later in the list is on top
    assert compositor.paint_order(CanvasLayout(Canvas(), (top, below))) == [below, top]


def test_rounded_corners_show_the_background_at_the_corner():
    canvas = Canvas(200, 100, BG)
    # radius 0.1 x canvas WIDTH = 20 px, under half of the 60 px height
    img = frame([Region(0, 20, 20, 100, 60, corner_radius=0.1)], canvas=canvas,
                images={0: solid(RED)})
    assert near(img, 20, 20, QColor(BG)) and near(img, 119, 79, QColor(BG))
    assert near(img, 70, 50, RED)
    assert near(img, 20, 50, RED) and near(img, 70, 20, RED)  # the edges stay straight
    assert compositor.corner_radius_px(Region(0, 20, 20, 100, 60, corner_radius=0.1), canvas) == 20


def test_no_rounding_when_the_radius_exceeds_half_the_shorter_side():
    canvas = Canvas(200, 100, BG)
    region = Region(0, 20, 20, 100, 60, corner_radius=0.2)  # 40 px > 30 px
    assert compositor.corner_radius_px(region, canvas) == 0
    img = frame([region], canvas=canvas, images={0: solid(RED)})
    assert near(img, 20, 20, RED) and near(img, 119, 79, RED)


def test_hidden_regions_are_skipped():
    regions = [Region(0, 0, 0, 100, 100), Region(1, 100, 0, 100, 100)]
    img = frame(regions, images={0: solid(RED), 1: solid(GREEN)}, hidden={1})
    assert near(img, 50, 50, RED) and near(img, 150, 50, QColor(BG))


def test_audio_only_region_draws_an_audio_card_not_the_video():
    img = frame([Region(0, 0, 0, 100, 100, media_type=MEDIA_AUDIO_ONLY)], images={0: solid(RED)})
    assert near(img, 3, 3, QColor(30, 34, 38))
    reds = sum(near(img, x, y, RED) for x in range(0, 100, 5) for y in range(0, 100, 5))
    assert reds == 0


def test_alternate_image_stands_in_for_an_unpublished_stream():
    canvas = Canvas(200, 100, BG)
    region = Region(7, 0, 0, 100, 100, render_mode=RENDER_STRETCH)
    layout = CanvasLayout(canvas, (region,))
    alt = stripes()  # 2:1
    shown = compositor.compose(layout, [], alternates={7: alt})
    assert near(shown, 12, 50, STRIPES[0])  # fill mode 0: per RenderMode (stretch)
    keep = CanvasLayout(canvas, (region.with_values(alternate_image_fill_mode=1),))
    kept = compositor.compose(keep, [], alternates={7: alt})
    assert near(kept, 50, 10, QColor(BG)) and near(kept, 12, 50, STRIPES[0])  # keeps 2:1
    # a published stream shows its video, not the alternate image
    published = compositor.compose(layout, [StreamRef("u", index=7)], {7: solid(GREEN)},
                                   alternates={7: alt})
    assert near(published, 12, 50, GREEN)


def test_background_image_is_scaled_to_cover_the_canvas():
    canvas = Canvas(200, 100, BG, background_image="https://example.com/bg.png")
    img = frame([], canvas=canvas, background_image=quadrants(40, 40))
    assert near(img, 10, 10, RED) and near(img, 190, 90, YELLOW)


def test_unloaded_background_image_draws_the_colour_with_a_hint():
    canvas = Canvas(320, 180, "#000000", background_image="https://example.com/bg.png")
    img = frame([], canvas=canvas)
    assert near(img, 160, 90, QColor(0, 0, 0))  # the colour, not a picture
    lit = sum(rgb(img, x, y) != (0, 0, 0) for x in range(320) for y in range(180))
    assert 0 < lit < 320 * 180 * 0.1  # a faint outline and caption, nothing more
    plain = frame([], canvas=Canvas(320, 180, "#000000"))
    assert all(rgb(plain, x, y) == (0, 0, 0) for x in range(0, 320, 7) for y in range(0, 180, 7))


def test_test_cards_are_deterministic_per_user_and_cached():
    a = StreamRef("alice", index=0)
    card = compositor.test_card(a, 1280, 720)
    assert (card.width(), card.height()) == (1280, 720)
    assert compositor.test_card(StreamRef("alice", index=0), 1280, 720).cacheKey() == card.cacheKey()
    assert compositor.user_color("alice") == compositor.user_color("alice")
    assert compositor.user_color("alice") != compositor.user_color("bob")
    bob = compositor.test_card(StreamRef("bob", index=0), 1280, 720)
    assert card.pixel(640, 600) != bob.pixel(640, 600) or card.pixel(20, 400) != bob.pixel(20, 400)
    screen = compositor.test_card(StreamRef("alice", stream_type=1, index=0), 1280, 720)
    assert screen.cacheKey() != card.cacheKey() and screen != card
    assert not compositor.test_card(None, 320, 180).isNull()


def test_regions_without_an_image_show_their_stream_test_card():
    canvas = Canvas(640, 360, BG)
    stream = StreamRef("carol", index=3)
    layout = CanvasLayout(canvas, (Region(3, 0, 0, 640, 360),))
    img = compositor.compose(layout, [stream])
    card = compositor.test_card(stream, 640, 360)
    same = sum(img.pixel(x, y) == card.pixel(x, y) for x in range(0, 640, 37) for y in range(0, 360, 23))
    assert same > 0.9 * (len(range(0, 640, 37)) * len(range(0, 360, 23)))


def test_repainting_hits_the_cache():
    regions = [Region(i, x=i * 20, y=0, width=20, height=20) for i in range(5)]
    frame(regions)
    first = compositor.cache_stats()
    frame(regions)
    second = compositor.cache_stats()
    assert second["misses"] == first["misses"]
    assert second["hits"] - first["hits"] == 5
    moved = [r.with_values(x=r.x + 1) for r in regions]  # a move reuses the prepared picture
    frame(moved)
    assert compositor.cache_stats()["misses"] == first["misses"]


# ---- picture files: bounded reads, header-checked sizes, decoded once (issue 14, items 15 and 26) ----------

import json  # noqa: E402
import os  # noqa: E402
import struct  # noqa: E402
import threading  # noqa: E402
import zlib  # noqa: E402

from mixframe.render import export  # noqa: E402


def png_header_only(path, width: int, height: int) -> None:
    """A PNG whose header claims width×height pixels and which holds no picture data: what a
    reader sees before it decodes anything."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))


def a_png(path, color: QColor = RED, w: int = 64, h: int = 36):
    assert solid(color, w, h).save(str(path), "PNG")
    return path


def custom_request(count: int = 2, **canvas) -> dict:
    regions = [{"StreamIndex": i, "LocationX": (i % 4) * 160, "Width": 160, "Height": 90} for i in range(count)]
    return {"Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 640, "Height": 360, **canvas},
                                                          "Regions": regions}}}


def editor_with(paths) -> dict:
    return {"regions": [{"stream_index": i, "image": str(p)} for i, p in enumerate(paths)]}


def drawn_images(monkeypatch, request, editor):
    """The stand-in pictures render hands to the compositor, and the warnings it gives."""
    seen = {}
    real_compose = export.compose

    def spy(scene, streams, images=None, *rest, **kw):
        seen.update(images or {})
        return real_compose(scene, streams, images, *rest, **kw)

    monkeypatch.setattr(export, "compose", spy)
    noting = getattr(export, "render_image_noting", None)
    notes = noting(request, editor)[1] if noting else (export.render_image(request, editor) and [])
    return seen, notes


def test_one_picture_shown_by_17_regions_is_decoded_once(tmp_path, monkeypatch):
    picture = a_png(tmp_path / "face.png")
    images, notes = drawn_images(monkeypatch, custom_request(17), editor_with([picture] * 17))
    assert len(images) == 17 and notes == []
    assert len({image.cacheKey() for image in images.values()}) == 1
    assert compositor.picture_decodes() == 1
    drawn_images(monkeypatch, custom_request(17), editor_with([picture] * 17))  # a second drawing: still once
    assert compositor.picture_decodes() == 1


def test_a_picture_whose_header_is_too_large_is_refused_before_decoding(tmp_path, monkeypatch):
    huge = tmp_path / "huge.png"
    png_header_only(huge, 8000, 8000)
    decoded = []
    monkeypatch.setattr(compositor.QImageReader, "read", lambda self: decoded.append(1) or QImage())
    images, notes = drawn_images(monkeypatch, custom_request(1), editor_with([huge]))
    assert images == {} and decoded == []
    assert [(n.path, n.is_error) for n in notes] == [("editor.regions[0].image", False)]
    assert notes[0].message == ("names huge.png, a picture of 8000×8000 pixels, more than the 33.2 million pixels "
                                "a picture may have; it was not drawn")


def test_the_pictures_of_one_document_share_a_pixel_budget_counting_a_reused_picture_once(tmp_path, monkeypatch):
    monkeypatch.setattr(compositor, "MAX_TOTAL_IMAGE_PIXELS", 2_000_000)
    a, b, c = (a_png(tmp_path / f"{n}.png", color, 1000, 1000) for n, color in (("a", RED), ("b", GREEN), ("c", BLUE)))
    images, notes = drawn_images(monkeypatch, custom_request(4), editor_with([a, a, b, c]))
    assert sorted(images) == [0, 1, 2]
    assert [n.path for n in notes] == ["editor.regions[3].image"]
    assert notes[0].message == ("names c.png, whose 1000×1000 pixels would take this document's pictures past 2 "
                                "million pixels together; it was not drawn")


def test_a_picture_file_larger_than_the_cap_is_refused_reading_at_most_cap_plus_one_bytes(tmp_path, monkeypatch):
    big = a_png(tmp_path / "big.png", RED, 300, 300)
    monkeypatch.setattr(compositor, "MAX_IMAGE_BYTES", 100)
    read = []
    real_read = os.read
    monkeypatch.setattr(compositor.os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    images, notes = drawn_images(monkeypatch, custom_request(1), editor_with([big]))
    assert images == {} and sum(read) <= 101
    assert [n.message for n in notes] == ["names big.png, which is larger than 100 bytes; it was not drawn"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_or_a_device_named_as_a_picture_is_refused_without_waiting(tmp_path, monkeypatch):
    fifo = tmp_path / "camera.png"
    os.mkfifo(fifo)
    request = custom_request(1, BackgroundImage="file:///dev/zero")
    done: list = []
    thread = threading.Thread(target=lambda: done.append(drawn_images(monkeypatch, request, editor_with([fifo]))),
                              daemon=True)
    thread.start()
    thread.join(10)
    if thread.is_alive():  # let a reader stuck in open() go before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert done, "reading a FIFO as a picture hung"
    images, notes = done[0]
    assert images == {}
    assert [(n.path, n.message) for n in notes] == [
        ("editor.regions[0].image", "names camera.png, which is not a regular file; it was not drawn"),
        ("Layout.CustomLayout.Canvas.BackgroundImage", "names zero, which is not a regular file; it was not drawn"),
    ]


def test_a_file_that_is_not_a_picture_is_a_warning_not_a_crash(tmp_path, monkeypatch):
    junk = tmp_path / "notes.png"
    junk.write_bytes(b"this is not a picture")
    images, notes = drawn_images(monkeypatch, custom_request(1), editor_with([junk]))
    assert images == {}
    assert [n.message for n in notes] == ["names notes.png, which is not a picture Mixframe can read; it was not drawn"]


def test_render_prints_a_picture_not_drawn_as_a_warning_and_still_draws(tmp_path, capsys):
    from mixframe import cli

    huge = tmp_path / "huge.png"
    png_header_only(huge, 9000, 9000)
    body = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1", **custom_request(1),
            "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "alice"}]},
            "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}}
    preset = tmp_path / "show.mixframe.json"
    preset.write_text(json.dumps({"mixframe": 1, "name": "show", "vendor": "volcengine", "request": body,
                                  "editor": editor_with([huge])}))
    out = tmp_path / "frame.png"
    assert cli.main(["render", str(preset), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{out}\n"
    assert ("warning: editor.regions[0].image: names huge.png, a picture of 9000×9000 pixels, more than the "
            "33.2 million pixels a picture may have; it was not drawn") in captured.err.splitlines()
    assert QImage(str(out)).size().width() == 640


def test_load_picture_refuses_by_header_and_shares_one_decoded_image(tmp_path):
    huge = tmp_path / "huge.png"
    png_header_only(huge, 8000, 8000)
    with pytest.raises(compositor.PictureRefused):
        compositor.load_picture(huge)
    small = a_png(tmp_path / "small.png")
    assert compositor.load_picture(small).cacheKey() == compositor.load_picture(small).cacheKey()
    assert compositor.picture_decodes() == 1


def test_the_canvas_reads_its_pictures_through_the_same_checks_and_one_budget(qtbot, tmp_path, monkeypatch):
    from mixframe.ui.canvas import CanvasView
    from mixframe.ui.document import LayoutDocument

    streams = [StreamRef(f"user{i}", index=i) for i in range(4)]
    regions = tuple(Region(i, x=160 * i, y=0, width=160, height=90) for i in range(4))
    doc = LayoutDocument(CanvasLayout(Canvas(640, 360), regions), streams)
    view = CanvasView(doc)
    qtbot.addWidget(view)
    huge = tmp_path / "huge.png"
    png_header_only(huge, 8000, 8000)
    face = a_png(tmp_path / "face.png", GREEN, 1000, 1000)
    other = a_png(tmp_path / "other.png", BLUE, 1000, 1000)
    monkeypatch.setattr(compositor, "MAX_TOTAL_IMAGE_PIXELS", 1_500_000)
    doc.set_image(0, str(huge))
    doc.set_image(1, str(face))
    doc.set_image(2, str(face))
    doc.set_image(3, str(other))
    pictures = [view.canvas_scene.item_for(i).source_image() for i in range(4)]
    assert pictures[0].width() != 8000  # refused by its header: the test card stands in
    assert pictures[1].cacheKey() == pictures[2].cacheKey() and pictures[1].width() == 1000
    assert pictures[3].width() != 1000  # past the scene's budget: the test card stands in
    assert compositor.picture_decodes() == 1


@pytest.mark.parametrize("path", ["a\x00b.png", "\ud800.png"])
def test_a_path_no_file_can_have_is_a_missing_file_not_a_crash(path):
    with pytest.raises(FileNotFoundError):
        compositor.load_picture(path)
