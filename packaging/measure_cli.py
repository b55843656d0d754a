"""Time `mixframe --version` and `mixframe validate` side by side, interleaved, for several installs:

    python packaging/measure_cli.py [--runs N] LABEL=PATH/TO/mixframe [LABEL=...]

Prints the median and best wall time of each (ms), the median CPU time (user + system, ms: steadier
on a busy machine) and, for a PyInstaller folder, its size (MB).
ci-smoke.sh runs it for the bundle against the pip install of the same sources.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMANDS = {"--version": ["--version"], "validate": ["validate", "valid.mixframe.json"]}


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("installs", nargs="+", metavar="LABEL=PATH")
    args = parser.parse_args()
    installs = {label: os.path.abspath(path) for label, path in (item.split("=", 1) for item in args.installs)}
    work = Path(tempfile.mkdtemp())
    (work / "valid.mixframe.json").write_bytes((HERE / "smoke" / "valid.mixframe.json").read_bytes())
    env = {"PATH": "/usr/bin:/bin", "HOME": str(work), "LANG": "C.UTF-8"}
    times = {(label, name): [] for label in installs for name in COMMANDS}
    cpu = {(label, name): [] for label in installs for name in COMMANDS}
    for label, exe in installs.items():  # warm the page cache first
        subprocess.run([exe, "--version"], cwd=work, env=env, capture_output=True, check=True)
    for _ in range(args.runs):
        for label, exe in installs.items():
            for name, argv in COMMANDS.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run([exe, *argv], cwd=work, env=env, capture_output=True, check=True)
                times[(label, name)].append((time.perf_counter() - start) * 1000)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                cpu[(label, name)].append(used * 1000)
    print(f"{'install':<12} {'size MB':>8} " + " ".join(f"{n + ' ms (median/best/cpu)':>32}" for n in COMMANDS))
    for label, exe in installs.items():
        folder = Path(exe).resolve().parent
        size = f"{folder_size(folder) / 1e6:.1f}" if (folder / "_internal").is_dir() else "-"
        cells = [f"{statistics.median(times[(label, n)]):>14.0f} / {min(times[(label, n)]):>5.0f}"
                 f" / {statistics.median(cpu[(label, n)]):>5.0f}" for n in COMMANDS]
        print(f"{label:<12} {size:>8} " + " ".join(f"{c:>32}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
