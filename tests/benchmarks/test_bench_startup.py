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
import os, sys, time
PHASES = []
def mark(phase):  # as mixframe.ui.app.mark: since the process started (/proc), and CPU used
    stat = open("/proc/self/stat").read()
    start = int(stat[stat.rindex(")") + 2:].split()[19]) / os.sysconf("SC_CLK_TCK")
    PHASES.append((phase, time.clock_gettime(time.CLOCK_BOOTTIME) - start, time.process_time()))
mark("python")
from PySide6.QtCore import QEvent, QObject, QTimer
mark("qtcore")
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
mark("application")
window = QMainWindow()
window.resize(1400, 900)
mark("window-built")

class FirstPaint(QObject):
    fired = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, finish)
        return False

def finish():
    mark("first-paint")
    print("phases: " + " ".join(f"{n}={w * 1000:.1f}/{c * 1000:.1f}" for n, w, c in PHASES), file=sys.stderr)
    app.quit()

probe = FirstPaint()
window.installEventFilter(probe)
window.show()
mark("shown")
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
print(f"{elapsed} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}", file=sys.stderr)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def _run(args: list[str], env: dict) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MiB and stdout of one child process."""
    wall, peak, out, _cpu, _phases = _run_phases(args, env)
    return wall, peak, out


def _run_phases(args: list[str], env: dict) -> tuple[float, float, str, float, dict]:
    """As `_run`, with the child's CPU seconds and the phases it reported on stderr
    ({phase: (ms since process start, ms of CPU)}, in order)."""
    done = subprocess.run([sys.executable, "-S", "-I", "-c", LAUNCHER, *args], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    elapsed, peak_kib, cpu = lines[-1].split()
    phases = {}
    for line in lines:
        if line.startswith("phases: "):
            for item in line.split()[1:]:
                name, _, figures = item.partition("=")
                wall_ms, _, cpu_ms = figures.partition("/")
                phases[name] = (float(wall_ms), float(cpu_ms))
    return float(elapsed), int(peak_kib) / 1024, done.stdout, float(cpu), phases  # ru_maxrss: KiB


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
    env = dict(_environment(tmp_path), MIXFRAME_STARTUP_PHASES="1")
    bare_script = tmp_path / "bare.py"
    bare_script.write_text(BARE)
    bare_args = [sys.executable, str(bare_script)]
    ours_args = [sys.executable, "-m", "mixframe", "--quit-after-show"]
    # Warm the OS file cache for both before timing.
    _run(bare_args, env)
    _run(ours_args, env)

    # Interleaved, so a burst of other work on the machine costs both alike.
    bare_wall, bare_rss, ours_wall, ours_rss, reported = [], [], [], [], []
    bare_runs, ours_runs = [], []
    for _ in range(RUNS):
        wall, peak, _out, cpu, phases = _run_phases(bare_args, env)
        bare_wall.append(wall)
        bare_rss.append(peak)
        bare_runs.append((wall, cpu, phases))
        wall, peak, out, cpu, phases = _run_phases(ours_args, env)
        ours_wall.append(wall)
        ours_rss.append(peak)
        ours_runs.append((wall, cpu, phases))
        reported.append(float(out.strip().splitlines()[-1]))
    bare_ms = statistics.median(bare_wall) * 1000
    ours_ms = statistics.median(ours_wall) * 1000
    reported_ms = statistics.median(reported) * 1000
    bare_mib, ours_mib = statistics.median(bare_rss), statistics.median(ours_rss)
    print(f"\nstart-up, median of {RUNS} runs ({env['QT_QPA_PLATFORM']}):")
    print(f"  bare PySide6 QMainWindow to first paint: {bare_ms:7.1f} ms wall, peak RSS {bare_mib:6.1f} MiB")
    print(f"  mixframe --quit-after-show:              {ours_ms:7.1f} ms wall, peak RSS {ours_mib:6.1f} MiB"
          f" ({reported_ms:.1f} ms to first paint as reported)")
    bare_cpu = statistics.median(cpu for _wall, cpu, _phases in bare_runs)
    ours_cpu = statistics.median(cpu for _wall, cpu, _phases in ours_runs)
    print(f"  ratio mixframe / bare:                   {ours_ms / bare_ms:7.2f} time, {ours_mib / bare_mib:5.2f} peak RSS"
          f" ({ours_cpu / bare_cpu:.2f} CPU time: {ours_cpu * 1000:.0f} / {bare_cpu * 1000:.0f} ms)")
    painted = {who: [phases["first-paint"] for _wall, _cpu, phases in runs if "first-paint" in phases]
               for who, runs in (("bare", bare_runs), ("mixframe", ours_runs))}
    if all(len(times) == RUNS for times in painted.values()):  # both report their phases
        (bare_paint, bare_paint_cpu), (ours_paint, ours_paint_cpu) = (
            (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times))
            for times in painted.values())
        print(f"  to the first paint (process start to flushed paint, exit left out): {ours_paint:.1f} / {bare_paint:.1f} ms"
              f" = {ours_paint / bare_paint:.2f} time, {ours_paint_cpu / bare_paint_cpu:.2f} CPU")
    _print_phases({"bare": bare_runs, "mixframe": ours_runs})
    # Sanity only: the window's own report cannot exceed the wall time around it.
    assert all(r <= w + 0.05 for r, w in zip(reported, ours_wall))


PHASE_NOTES = {
    "python": "interpreter and site", "python+cli": "interpreter, site, mixframe.cli and its model imports",
    "qtcore": "import PySide6.QtCore (shiboken)", "application": "QtGui, QtWidgets, QApplication (+icon, language)",
    "window-modules": "the window's Python modules", "window-built": "the window's construction",
    "shown": "show()", "first-paint": "layout, polish and the first paint, flushed",
    "exit": "quit, teardown, process exit",
}


def _print_phases(runs: dict) -> None:
    """Median milliseconds each phase takes (wall, and CPU, which a busy machine does not inflate),
    the exit being the launcher's wall and CPU time after the first paint."""
    print("  where the time goes, median ms per phase (wall / CPU):")
    for who, samples in runs.items():
        names = list(samples[0][2])
        if not names or any(list(phases) != names for _wall, _cpu, phases in samples):
            print(f"    {who:9} (no phases reported)")  # a build from before the phases were marked
            continue
        for name in names + ["exit"]:
            walls, cpus = [], []
            for wall, cpu, phases in samples:
                if name == "exit":
                    end = phases[names[-1]]
                    walls.append(wall * 1000 - end[0])
                    cpus.append(cpu * 1000 - end[1])
                    continue
                before = phases[names[names.index(name) - 1]] if names.index(name) else (0.0, 0.0)
                walls.append(phases[name][0] - before[0])
                cpus.append(phases[name][1] - before[1])
            print(f"    {who:9} {name:15} {statistics.median(walls):6.1f} / {statistics.median(cpus):6.1f}"
                  f"  {PHASE_NOTES.get(name, '')}")
        total_cpu = statistics.median(cpu * 1000 for _wall, cpu, _phases in samples)
        print(f"    {who:9} {'total CPU':15} {total_cpu:6.1f}")


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
