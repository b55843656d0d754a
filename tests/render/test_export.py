"""`render_to_png`: the request drawn to a PNG file of the output size."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter

from mixframe.model.problems import DocumentError
from mixframe.model.templates import volcengine_auto_regions
from mixframe.model.layout import Canvas, StreamRef
from mixframe.render import compositor
from mixframe.render.export import render_to_png, scene_for


@pytest.fixture(autouse=True)
def _app(qapp):
    compositor.clear_caches()


def custom_request(regions, canvas=None, streams=None) -> dict:
    body = {
        "AppId": "app", "RoomId": "room", "TaskId": "task",
        "Layout": {"LayoutMode": 2, "CustomLayout": {
            "Canvas": canvas or {"Width": 320, "Height": 180, "Background": "#203040"},
            "Regions": regions}},
    }
    if streams is not None:
        body["TargetStreams"] = {"StreamList": streams}
    return body


def read(path) -> QImage:
    image = QImage(str(path))
    assert not image.isNull()
    return image


def near(image: QImage, x: int, y: int, color: QColor, tol: int = 6) -> bool:
    got = QColor(image.pixel(x, y))
    return all(abs(a - b) <= tol for a, b in zip(got.getRgb()[:3], color.getRgb()[:3]))


def test_writes_a_png_of_canvas_size(tmp_path):
    out = tmp_path / "frame.png"
    body = custom_request([{"StreamIndex": 0, "Width": 160, "Height": 90}],
                          streams=[{"Index": 0, "UserId": "alice"}])
    render_to_png(body, {}, str(out))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = read(out)
    assert (image.width(), image.height()) == (320, 180)
    assert near(image, 300, 170, QColor("#203040"))  # outside the region
    assert not near(image, 80, 45, QColor("#203040"))  # the test card inside it


def test_editor_image_stands_in_for_the_stream_and_hidden_is_left_out(tmp_path):
    picture = tmp_path / "host.png"
    img = QImage(64, 36, QImage.Format.Format_RGB32)
    img.fill(QColor(250, 10, 10))
    assert img.save(str(picture))
    body = custom_request(
        [{"StreamIndex": 0, "LocationX": 0, "LocationY": 0, "Width": 160, "Height": 180},
         {"StreamIndex": 1, "LocationX": 160, "LocationY": 0, "Width": 160, "Height": 180}],
        streams=[{"Index": 0, "UserId": "a"}, {"Index": 1, "UserId": "b"}])
    editor = {"regions": [{"stream_index": 0, "image": str(picture)},
                          {"stream_index": 1, "hidden": True},
                          {"stream_index": 5, "image": str(tmp_path / "missing.png")}]}
    out = tmp_path / "f.png"
    render_to_png(body, editor, str(out))
    image = read(out)
    assert near(image, 80, 90, QColor(250, 10, 10))
    assert near(image, 240, 90, QColor("#203040"))


def test_streams_default_to_one_per_region():
    body = custom_request([{"StreamIndex": 4, "Width": 10, "Height": 10},
                           {"StreamIndex": 9, "Width": 10, "Height": 10}])
    layout, streams = scene_for(body)
    assert [s.index for s in streams] == [4, 9]
    assert [r.stream_index for r in layout.regions] == [4, 9]


@pytest.mark.parametrize("mode", [0, 1, 3])
def test_automatic_modes_draw_the_preview_at_the_encode_size(tmp_path, mode):
    streams = [{"Index": i, "UserId": f"user{i}"} for i in range(5)]
    body = {"AppId": "a", "RoomId": "r", "TaskId": "t",
            "Encode": {"VideoWidth": 640, "VideoHeight": 360},
            "Layout": {"LayoutMode": mode, "MainVideoStream": {"UserId": "user3"}},
            "TargetStreams": {"StreamList": streams}}
    layout, refs = scene_for(body)
    canvas = Canvas(640, 360)
    main = StreamRef("user3") if mode == 1 else None
    assert list(layout.regions) == volcengine_auto_regions(mode, refs, canvas, main)
    out = tmp_path / f"auto{mode}.png"
    render_to_png(body, None, str(out))
    assert (read(out).width(), read(out).height()) == (640, 360)


def test_automatic_mode_without_streams_uses_placeholders_at_the_default_size():
    layout, streams = scene_for({"AppId": "a", "RoomId": "r", "TaskId": "t"})
    assert (layout.canvas.width, layout.canvas.height) == (640, 480)  # Encode's defaults
    assert len(streams) == len(layout.regions) == 4


@pytest.mark.parametrize("mode", [0, 1, 2])
def test_qingcloud_layout_modes(tmp_path, mode):
    body = {"app_id": "a", "project_id": "p", "channel": "c", "layout_mode": mode}
    out = tmp_path / "qc.png"
    render_to_png(body, {}, str(out), vendor="qingcloud")
    image = read(out)
    assert (image.width(), image.height()) == (1280, 720)


def test_missing_folder_is_one_sentence(tmp_path):
    body = custom_request([{"StreamIndex": 0, "Width": 10, "Height": 10}])
    with pytest.raises(DocumentError) as caught:
        render_to_png(body, {}, str(tmp_path / "no" / "such" / "frame.png"))
    message = str(caught.value)
    assert "does not exist" in message and "\n" not in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_output_is_one_sentence(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(DocumentError, match="Cannot write"):
            render_to_png(custom_request([{"StreamIndex": 0, "Width": 10, "Height": 10}]), {},
                          str(locked / "frame.png"))
    finally:
        locked.chmod(0o700)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_output_the_system_refuses_is_one_sentence():
    # /proc takes no new files, even from root
    with pytest.raises(DocumentError) as caught:
        render_to_png(custom_request([{"StreamIndex": 0, "Width": 10, "Height": 10}]), {},
                      "/proc/mixframe-frame.png")
    assert str(caught.value) == "Cannot write /proc/mixframe-frame.png: No such file or directory."


def test_output_that_is_a_folder_is_refused(tmp_path):
    with pytest.raises(DocumentError, match="is a folder"):
        render_to_png(custom_request([{"StreamIndex": 0, "Width": 10, "Height": 10}]), {},
                      str(tmp_path))


@pytest.mark.parametrize("body,path", [
    (custom_request([], canvas={"Width": "wide", "Height": 180}),
     "Layout.CustomLayout.Canvas.Width"),
    (custom_request([], canvas={"Width": 320, "Height": 5000}),
     "Layout.CustomLayout.Canvas.Height"),
    (custom_request([{"StreamIndex": 0, "Width": 10, "Height": 10, "Alpha": "half"}]),
     "Layout.CustomLayout.Regions[0].Alpha"),
    (custom_request([{"StreamIndex": 0, "Width": 10, "Height": 10,
                      "SourceCrop": {"LocationX": None}}]),
     "Layout.CustomLayout.Regions[0].SourceCrop.LocationX"),
    ({"Layout": {"LayoutMode": 7}}, "Layout.LayoutMode"),
    ({"Layout": {"LayoutMode": 0}, "Encode": {"VideoWidth": 0}}, "Encode.VideoWidth"),
    ({"Layout": [1]}, "Layout"),
])
def test_undrawable_requests_name_the_field(tmp_path, body, path):
    with pytest.raises(DocumentError) as caught:
        render_to_png(body, {}, str(tmp_path / "x.png"))
    assert str(caught.value).startswith(path + " ")
    assert not (tmp_path / "x.png").exists()


def test_bad_qingcloud_layout_mode(tmp_path):
    with pytest.raises(DocumentError, match="layout_mode"):
        render_to_png({"layout_mode": 5}, {}, str(tmp_path / "x.png"), vendor="qingcloud")


def test_local_background_image_file_is_drawn(tmp_path):
    picture = tmp_path / "bg.png"
    img = QImage(20, 20, QImage.Format.Format_RGB32)
    p = QPainter(img)
    p.fillRect(QRect(0, 0, 20, 20), QColor(10, 200, 10))
    p.end()
    assert img.save(str(picture))
    body = custom_request([], canvas={"Width": 320, "Height": 180, "BackgroundImage": picture.as_uri()})
    out = tmp_path / "bg-frame.png"
    render_to_png(body, {}, str(out))
    assert near(read(out), 160, 90, QColor(10, 200, 10))
