"""Start-up: `mixframe --quit-after-show` against a bare PySide6 window in the same run.

Run with ``python -m pytest tests/benchmarks/test_bench_startup.py -s`` to see the figures. Both
processes quit after their window's first paint; wall time is measured from outside and the peak
resident memory (VmHWM) is the kernel's account of each child (wait4). `mixframe validate FILE`
is measured against the interpreter alone and against ``import pydantic``.

Both sides run from compiled bytecode, as an installed app does (pip compiles every module when it
installs; PyInstaller ships .pyc): the warm-up run writes it into a private cache folder
(PYTHONPYCACHEPREFIX, never the source tree), even where PYTHONDONTWRITEBYTECODE is set, which would
otherwise make every timed run compile Mixframe's ~100 modules from source (150-200 ms here).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

RUNS = 7
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed_startrecord_example.json"

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1400, 900)

class FirstPaint(QObject):
    fired = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, app.quit)
        return False

probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


# The child is forked from this small launcher, not from pytest: the kernel's peak RSS of a
# child counts the memory it had before exec, which for a fork of pytest is pytest's own.
LAUNCHER = """
import os, sys, time
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_pid, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - t0
print(f"{elapsed} {usage.ru_maxrss}", file=sys.stderr)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def _run(args: list[str], env: dict) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MiB and stdout of one child process."""
    done = subprocess.run([sys.executable, "-S", "-I", "-c", LAUNCHER, *args], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    elapsed, peak_kib = done.stderr.strip().splitlines()[-1].split()
    return float(elapsed), int(peak_kib) / 1024, done.stdout  # ru_maxrss is in KiB on Linux


def _medians(args: list[str], env: dict, runs: int = RUNS) -> tuple[float, float, list[str]]:
    walls, peaks, outs = [], [], []
    for _ in range(runs):
        wall, peak, out = _run(args, env)
        walls.append(wall)
        peaks.append(peak)
        outs.append(out)
    return statistics.median(walls) * 1000, statistics.median(peaks), outs


def _environment(tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path), MIXFRAME_LANG="en",
               MIXFRAME_CONFIG_DIR=str(tmp_path / "config"), MIXFRAME_DATA_DIR=str(tmp_path / "data"),
               MIXFRAME_LOG_DIR=str(tmp_path / "log"), PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up writes the bytecode the timed runs read
    return env


def test_bench_startup_against_bare_window(tmp_path):
    env = _environment(tmp_path)
    bare_script = tmp_path / "bare.py"
    bare_script.write_text(BARE)
    bare_args = [sys.executable, str(bare_script)]
    ours_args = [sys.executable, "-m", "mixframe", "--quit-after-show"]
    # Warm the OS file cache for both before timing.
    _run(bare_args, env)
    _run(ours_args, env)

    # Interleaved, so a burst of other work on the machine costs both alike.
    bare_wall, bare_rss, ours_wall, ours_rss, reported = [], [], [], [], []
    for _ in range(RUNS):
        wall, peak, _out = _run(bare_args, env)
        bare_wall.append(wall)
        bare_rss.append(peak)
        wall, peak, out = _run(ours_args, env)
        ours_wall.append(wall)
        ours_rss.append(peak)
        reported.append(float(out.strip().splitlines()[-1]))
    bare_ms = statistics.median(bare_wall) * 1000
    ours_ms = statistics.median(ours_wall) * 1000
    reported_ms = statistics.median(reported) * 1000
    bare_mib, ours_mib = statistics.median(bare_rss), statistics.median(ours_rss)
    print(f"\nstart-up, median of {RUNS} runs ({env['QT_QPA_PLATFORM']}):")
    print(f"  bare PySide6 QMainWindow to first paint: {bare_ms:7.1f} ms wall, peak RSS {bare_mib:6.1f} MiB")
    print(f"  mixframe --quit-after-show:              {ours_ms:7.1f} ms wall, peak RSS {ours_mib:6.1f} MiB"
          f" ({reported_ms:.1f} ms to first paint as reported)")
    print(f"  ratio mixframe / bare:                   {ours_ms / bare_ms:7.2f} time, {ours_mib / bare_mib:5.2f} peak RSS")
    # Sanity only: the window's own report cannot exceed the wall time around it.
    assert all(r <= w + 0.05 for r, w in zip(reported, ours_wall))


def test_bench_validate_against_import_pydantic(tmp_path):
    env = _environment(tmp_path)
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import pydantic'": [sys.executable, "-c", "import pydantic"],
        "mixframe validate SEED": [sys.executable, "-m", "mixframe", "validate", str(SEED)],
    }
    for args in commands.values():
        _run(args, env)  # warm the file cache
    figures = {name: _medians(args, env) for name, args in commands.items()}
    base_ms = figures["python -c 'import pydantic'"][0]
    print(f"\nvalidate one file, median of {RUNS} runs:")
    for name, (ms, mib, _outs) in figures.items():
        print(f"  {name:30} {ms:7.1f} ms, peak RSS {mib:6.1f} MiB, {ms / base_ms:5.2f} x import pydantic")
