"""Record from a real window on a real X server: click Record, drag a region, click Stop.

The app runs as a user starts it (`python -m mixframe FILE`, xcb platform, first run), its Sandbox
profile pointed at a sandbox this test runs (MIXFRAME_SANDBOX_PORT). The mouse is driven with
xdotool; where to click is found on a screenshot: the Record button's red dot in the toolbar,
and the canvas by its background colour, which no placeholder picture uses.
Needs Xvfb, xdotool and ImageMagick's `import`; skipped without them unless CI is set.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from PySide6.QtGui import QImage

from mixframe.sandbox import start_sandbox
from test_xvfb_window import _wait, display  # noqa: F401 - the Xvfb fixture

pytestmark = pytest.mark.xvfb

SCREEN = (1600, 1000)
BACKGROUND = (0x12, 0x34, 0x56)
CANVAS = (1280, 720)
PRESET = {"mixframe": 1, "name": "live", "vendor": "volcengine", "request": {
    "TargetStreams": {"StreamList": [{"UserId": "host", "Index": 0}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Canvas": {"Width": CANVAS[0], "Height": CANVAS[1], "Background": "#123456"},
        "Regions": [{"StreamIndex": 0, "LocationX": 0, "LocationY": 0, "Width": 320, "Height": 180}]}},
    "FileFormatConfig": {"FileFormat": ["MP4"]},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}}, "editor": {}}


def screenshot(xenv, path) -> QImage:
    subprocess.run(["import", "-window", "root", str(path)], env=xenv, check=True, timeout=30)
    image = QImage(str(path))
    assert not image.isNull()
    return image


def find_pixels(image: QImage, wanted, box, tolerance=12):
    """(min x, min y, max x, max y) of the pixels within `tolerance` of `wanted` inside `box`."""
    x0, y0, x1, y1 = box
    found = None
    for y in range(y0, y1):
        for x in range(x0, x1, 1):
            c = image.pixelColor(x, y)
            if abs(c.red() - wanted[0]) <= tolerance and abs(c.green() - wanted[1]) <= tolerance and \
                    abs(c.blue() - wanted[2]) <= tolerance:
                found = (x, y, x, y) if found is None else (
                    min(found[0], x), min(found[1], y), max(found[2], x), max(found[3], y))
    return found


def test_click_record_drag_a_region_click_stop(display, tmp_path):  # noqa: F811 - the fixture
    preset = tmp_path / "live.mixframe.json"
    preset.write_text(json.dumps(PRESET), encoding="utf-8")
    with start_sandbox(0) as sandbox:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", MIXFRAME_LANG="en",
                   MIXFRAME_SANDBOX_PORT=str(sandbox.port), MIXFRAME_CONFIG_DIR=str(tmp_path / "config"),
                   MIXFRAME_DATA_DIR=str(tmp_path / "data"), MIXFRAME_LOG_DIR=str(tmp_path / "logs"),
                   XDG_CONFIG_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path))
        app = subprocess.Popen([sys.executable, "-m", "mixframe", str(preset)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        xenv = dict(os.environ, DISPLAY=display)
        try:
            def find():
                out = subprocess.run(["xdotool", "search", "--name", "live.*Mixframe"], env=xenv,
                                     capture_output=True, text=True)
                return (out.stdout.split() or [None])[0]

            window = _wait(find)
            assert window, "the Mixframe window never appeared"
            subprocess.run(["xdotool", "windowmove", window, "0", "0", "windowsize", window, *map(str, SCREEN)],
                           env=xenv, check=True)
            time.sleep(1.5)  # the window settles at its new size and paints

            shot = screenshot(xenv, tmp_path / "idle.png")
            dot = find_pixels(shot, (0xD0, 0x34, 0x2C), (0, 0, SCREEN[0], 90), tolerance=20)
            assert dot, "no Record button (its red dot) in the toolbar"
            record = ((dot[0] + dot[2]) // 2, (dot[1] + dot[3]) // 2)
            canvas = find_pixels(shot, BACKGROUND, (0, 90, SCREEN[0], SCREEN[1] - 60), tolerance=2)
            assert canvas, "the canvas (its background colour) is not on the screen"
            scale = (canvas[2] - canvas[0] + 1) / CANVAS[0]

            def click(x, y):
                subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y), "click", "1"], env=xenv, check=True)

            click(*record)
            assert _wait(lambda: sandbox.count("StartRecord") == 1, timeout=20), "Record sent no StartRecord"
            (key,) = [k for k, task in sandbox.volcengine.tasks.items() if task.running]
            assert key[1] == "room1"

            # Drag the region (its middle) right and down by 200 canvas pixels.
            start = (canvas[0] + round(160 * scale), canvas[1] + round(90 * scale))
            end = (start[0] + round(200 * scale), start[1] + round(200 * scale))
            subprocess.run(["xdotool", "mousemove", "--sync", *map(str, start), "mousedown", "1"], env=xenv, check=True)
            for step in range(1, 11):
                x = start[0] + (end[0] - start[0]) * step // 10
                y = start[1] + (end[1] - start[1]) * step // 10
                subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y)], env=xenv, check=True)
                time.sleep(0.03)
            subprocess.run(["xdotool", "mouseup", "1"], env=xenv, check=True)

            def moved():
                task = sandbox.volcengine.tasks.get(key)
                regions = task.body.get("Layout", {}).get("CustomLayout", {}).get("Regions", []) if task else []
                return regions and regions[0].get("LocationX", 0) > 100 and regions[0].get("LocationY", 0) > 100

            assert _wait(moved, timeout=20), "the drag reached the running task through no UpdateRecord"
            assert 1 <= sandbox.count("UpdateRecord") <= 3  # one drag: debounced, not one per mouse move
            time.sleep(0.5)
            screenshot(xenv, tmp_path / "recording.png")

            click(*record)  # the same button, now Stop
            assert _wait(lambda: sandbox.count("StopRecord") == 1, timeout=20), "Stop sent no StopRecord"
            assert _wait(lambda: not sandbox.volcengine.tasks[key].running, timeout=5)

            def files_shown():
                out = subprocess.run(["xdotool", "search", "--name", "Recorded files"], env=xenv,
                                     capture_output=True, text=True)
                return out.stdout.split()

            assert _wait(files_shown, timeout=20), "no recorded-files window after Stop"
            screenshot(xenv, tmp_path / "stopped.png")
            if os.environ.get("MIXFRAME_SHOTS"):
                for name in ("idle", "recording", "stopped"):
                    os.replace(tmp_path / f"{name}.png", os.path.join(os.environ["MIXFRAME_SHOTS"], f"xvfb_{name}.png"))
        finally:
            app.terminate()
            try:
                app.wait(timeout=20)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
    assert "Traceback" not in app.stderr.read()
