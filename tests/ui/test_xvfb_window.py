"""One real window on a real X server: keys typed with xdotool change the document and reach the file.

Needs Xvfb, xdotool and ImageMagick's `import`; skipped without them unless CI is set.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.xvfb

TOOLS = ("Xvfb", "xdotool", "import")


def _need_tools():
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs {', '.join(missing)} for the real-window test")
        pytest.skip(f"{', '.join(missing)} not installed")


@pytest.fixture
def display(tmp_path):
    _need_tools()
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        number = f.readline().strip()
    assert number, "Xvfb did not report its display"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def _wait(predicate, timeout=30.0, step=0.1):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return None


def test_keys_in_a_real_window_duplicate_and_save(display, tmp_path):
    preset = tmp_path / "show.json"
    preset.write_text(json.dumps({
        "mixframe": 1, "name": "show", "vendor": "volcengine",
        "request": {
            "TargetStreams": {"StreamList": [{"UserId": "host", "Index": 0}, {"UserId": "guest", "Index": 1}]},
            "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": [
                {"StreamIndex": 0, "Width": 640, "Height": 720},
                {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 720},
            ]}},
        },
        "editor": {},
    }))
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", MIXFRAME_LANG="en",
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    app = subprocess.Popen([sys.executable, "-m", "mixframe", str(preset)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        xenv = dict(os.environ, DISPLAY=display)

        def find():
            out = subprocess.run(["xdotool", "search", "--name", "show.*Mixframe"], env=xenv,
                                 capture_output=True, text=True)
            ids = out.stdout.split()
            return ids[0] if ids else None

        window = _wait(find)
        assert window, "the Mixframe window never appeared"

        def title():
            return subprocess.run(["xdotool", "getwindowname", window], env=xenv, capture_output=True, text=True).stdout.strip()

        assert title() == "show — Mixframe"
        time.sleep(0.5)  # let the first paint finish before typing
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=xenv, check=True)
        subprocess.run(["xdotool", "key", "--window", window, "--clearmodifiers", "ctrl+a"], env=xenv, check=True)
        subprocess.run(["xdotool", "key", "--window", window, "--clearmodifiers", "ctrl+d"], env=xenv, check=True)
        assert _wait(lambda: title() == "show* — Mixframe", timeout=10), f"title stayed {title()!r}"

        shot = tmp_path / "window.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=xenv, check=True, timeout=30)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
        if os.environ.get("MIXFRAME_SHOTS"):
            shutil.copy(shot, os.path.join(os.environ["MIXFRAME_SHOTS"], "xvfb_test.png"))

        subprocess.run(["xdotool", "key", "--window", window, "--clearmodifiers", "ctrl+s"], env=xenv, check=True)
        assert _wait(lambda: title() == "show — Mixframe", timeout=10), f"title stayed {title()!r}"
        saved = json.loads(preset.read_text())
        assert [s["UserId"] for s in saved["request"]["TargetStreams"]["StreamList"]] == [
            "host", "guest", "host_copy", "guest_copy"]

        # The window is gone before the key is released, so xdotool's own exit status is not the signal.
        subprocess.run(["xdotool", "key", "--window", window, "--clearmodifiers", "ctrl+q"], env=xenv,
                       capture_output=True)
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert "Traceback" not in app.stderr.read()
