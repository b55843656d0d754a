#!/usr/bin/env bash
# Build the one-folder app with PyInstaller from a clean virtual environment:
#   packaging/build/venv        the venv (mixframe installed non-editable, plus PyInstaller)
#   packaging/dist/mixframe/    the app: run packaging/dist/mixframe/mixframe
# PYTHON picks the interpreter (default python3, must be 3.11+). Linux and macOS; on Windows run
# the same steps by hand (see README, "Building installable apps").
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
PYTHON="${PYTHON:-python3}"
VENV="$HERE/build/venv"

rm -rf "$VENV" "$HERE/build/mixframe" "$HERE/dist/mixframe" "$HERE/dist/Mixframe.app"
"$PYTHON" -m venv "$VENV"
# Non-editable, so the bundle takes mixframe (and mixframe.resources) from site-packages, exactly
# as a user's install has them. Installed from a fresh copy of the sources: setuptools builds in
# the tree it is given, and a stale build/lib there would leak deleted modules into the app.
SRC="$HERE/build/src"
rm -rf "$SRC" && mkdir -p "$SRC"
cp -R "$ROOT/pyproject.toml" "$ROOT/README.md" "$ROOT/LICENSE" "$ROOT/gui" "$ROOT/resources" "$SRC/"
find "$SRC" \( -name __pycache__ -o -name '*.egg-info' \) -prune -exec rm -rf {} +
# Every package of the build, pinned and hash-checked (build-constraints.txt), then Mixframe alone,
# built with the pinned setuptools; `pip check` proves the pins are complete and agree.
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check)
"${PIP[@]}" install -q --require-hashes --no-deps -r "$HERE/build-constraints.txt"
"${PIP[@]}" install -q --no-deps --no-build-isolation "$SRC"
"${PIP[@]}" check

"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$HERE/dist" --workpath "$HERE/build" "$HERE/mixframe.spec"

echo "built: $HERE/dist/mixframe/mixframe ($(du -sh "$HERE/dist/mixframe" | cut -f1))"
