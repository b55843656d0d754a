"""The None guard: many Qt calls in one process must not abort the interpreter."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from mixframe.render import pyside_guard

SCRIPT = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    {guard}
    from PySide6.QtGui import QColor
    color = QColor()
    for _ in range(20000):
        color.setRed(1)  # returns nothing: the call the buggy build miscounts
    print("finished")
""")


def run(guard: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT.format(guard=guard)],
                          capture_output=True, text=True, timeout=120)


def test_twenty_thousand_void_qt_calls_finish_cleanly_with_the_compositor_loaded():
    done = run("import mixframe.render.compositor")
    assert done.returncode == 0, done.stderr[-400:]
    assert done.stdout.strip() == "finished"


def test_guard_is_idempotent_and_only_acts_where_none_is_mortal():
    assert pyside_guard.protect_none() == pyside_guard.is_affected()
    assert pyside_guard.protect_none() == pyside_guard.is_affected()
    if pyside_guard.is_affected():
        assert sys.getrefcount(None) > 1 << 50
