"""The installed Qt binding survives many calls.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every method that returns nothing;
after a few thousand calls the process aborts (none_dealloc). pyproject excludes that build; this
test fails if such a binding is installed anyway.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
app = QGuiApplication([])
image = QImage(8, 8, QImage.Format.Format_ARGB32)
painter = QPainter(image)
color = QColor()
for _ in range(20000):
    color.setRed(1)
    painter.fillRect(0, 0, 1, 1, color)
painter.end()
print("finished")
"""


def test_twenty_thousand_void_qt_calls_finish_cleanly():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-400:]
    assert done.stdout.strip() == "finished"
