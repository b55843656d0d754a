"""Refresh the sha256 hashes in packaging/build-constraints.txt from the package index.

Every `name==version ; marker` line keeps its pin and marker and gets the hash of every file the
index has for that release (all platforms and Python versions), so the same file builds on Linux,
Windows and macOS. To move a pin, edit its version and run `python packaging/hash_constraints.py`.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from pathlib import Path

FILE = Path(__file__).resolve().parent / "build-constraints.txt"
INDEX = "https://pypi.org/simple/{}/"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def file_release(filename: str) -> tuple[str, str] | None:
    """(project, version) of a wheel or source archive's file name."""
    if filename.endswith(".whl"):
        name, version = filename[:-4].split("-")[:2]
    else:
        stem = re.sub(r"\.(tar\.gz|zip|tar\.bz2)$", "", filename)
        if stem == filename or "-" not in stem:
            return None
        name, version = stem.rsplit("-", 1)
    return normalise(name), version


def release_hashes(name: str, version: str) -> list[str]:
    request = urllib.request.Request(INDEX.format(name), headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(request, timeout=60) as answer:  # noqa: S310 - a fixed https address
        files = json.load(answer)["files"]
    hashes = sorted({f["hashes"]["sha256"] for f in files
                     if file_release(f["filename"]) == (normalise(name), version) and not f.get("yanked")})
    if not hashes:
        raise SystemExit(f"{name}=={version}: no files on the index")
    return hashes


def main() -> None:
    out = []
    for line in FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            out.append(line)
        elif not line.startswith(" "):
            pin = line.rstrip(" \\")
            name, version = re.match(r"([A-Za-z0-9_.-]+)==([^\s;]+)", pin).groups()
            hashes = release_hashes(name, version)
            out.append(pin + " \\")
            out += [f"    --hash=sha256:{h}" + (" \\" if i < len(hashes) - 1 else "") for i, h in enumerate(hashes)]
            print(f"{name}=={version}: {len(hashes)} files", file=sys.stderr)
    FILE.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
