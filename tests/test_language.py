"""The command line's language lives outside ui/ (issue 15, item 2): a Chinese `mixframe validate`
loads the catalogue with QtCore alone and imports nothing of the window."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from mixframe.cli_language import problem_translate
translate = problem_translate()
assert translate is not None and translate("Problems", "is required") != "is required"
print(sorted(m for m in sys.modules if m.startswith("mixframe.ui") or m.startswith("PySide6.QtWidgets")))
"""


def test_the_command_line_speaks_chinese_without_importing_the_window():
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    done = subprocess.run([sys.executable, "-c", PROBE], env={**env, "MIXFRAME_LANG": "zh_CN"},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
