#!/usr/bin/env bash
# CI: validate the Linux desktop files, build the one-folder app from a clean venv, and run it.
# Self-contained on a fresh Debian machine as root (or with sudo), once Qt's runtime libraries are
# installed (.ci/run does that). Exits non-zero at the first failure.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
ID=io.github.mixframe.Mixframe
LINUX="$HERE/linux"
APP="$HERE/dist/mixframe"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
START=$SECONDS

step() { echo; echo "== $* ($((SECONDS - START)) s)"; }
fail() { echo "ci-smoke: FAIL: $*" >&2; exit 1; }

step "tools"
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # desktop-file-validate, appstreamcli, update-mime-database; Xvfb and xdotool for the real window.
  # strace: which of Qt's own files the bundled app opens.
  PACKAGES=(desktop-file-utils appstream shared-mime-info xvfb xauth xdotool python3-venv strace)
  $SUDO apt-get install -y -q --no-install-recommends "${PACKAGES[@]}" >/dev/null ||
    { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends "${PACKAGES[@]}" >/dev/null; }
fi

step "desktop entry, metainfo, MIME type"
desktop-file-validate "$LINUX/$ID.desktop"
echo "desktop-file-validate: ok"
appstreamcli validate --no-net "$LINUX/$ID.metainfo.xml"
mkdir -p "$SCRATCH/mime/packages"
cp "$LINUX/$ID.xml" "$SCRATCH/mime/packages/"
update-mime-database "$SCRATCH/mime" 2>/dev/null
grep -q 'type="application/x-mixframe-preset"' "$SCRATCH/mime/application/x-mixframe-preset.xml" ||
  fail "update-mime-database did not register application/x-mixframe-preset"
grep -q 'application/x-mixframe-preset:\*\.mixframe\.json' "$SCRATCH/mime/globs2" ||
  fail "no *.mixframe.json glob after update-mime-database"
echo "shared-mime-info: application/x-mixframe-preset registered (*.mixframe.json)"

step "build"
BUILD_START=$SECONDS
bash "$HERE/build.sh"
BUILD_SECONDS=$((SECONDS - BUILD_START))
[ -x "$APP/mixframe" ] || fail "no executable at $APP/mixframe"

step "bundle contents"
QM="$(find "$APP" -path '*/mixframe/resources/translations/mixframe_zh_CN.qm' | head -1)"
[ -n "$QM" ] || fail "mixframe_zh_CN.qm is not in the bundle"
cmp -s "$QM" "$ROOT/resources/translations/mixframe_zh_CN.qm" || fail "bundled $QM differs from resources/"
[ -n "$(find "$APP" -name 'qtbase_zh_CN.qm' | head -1)" ] || fail "Qt's own qtbase_zh_CN.qm is not in the bundle"
[ -n "$(find "$APP" -path '*/mixframe/resources/icons/mixframe.svg' | head -1)" ] || fail "the app icon is not in the bundle"
for plugin in platforms/libqoffscreen.so platforms/libqxcb.so iconengines/libqsvgicon.so imageformats/libqsvg.so; do
  [ -n "$(find "$APP" -path "*/plugins/$plugin" | head -1)" ] || fail "Qt plugin $plugin is not in the bundle"
done
echo "translations, icon and Qt plugins present"
for plugin in platforms/libqvnc.so platforms/libqeglfs.so platformthemes/libqgtk3.so generic/libqevdevmouseplugin.so; do
  [ -z "$(find "$APP" -path "*/plugins/$plugin" | head -1)" ] || fail "unused Qt plugin $plugin is in the bundle"
done
[ -z "$(find "$APP" -name 'libQt6Network.so*')" ] || fail "QtNetwork is in the bundle; nothing uses it"
DANGLING="$(find "$APP" -xtype l)"
[ -z "$DANGLING" ] || fail "links to nothing in the bundle: $DANGLING"
if file "$APP/_internal/libpython"*.so* | grep -q 'not stripped'; then fail "libpython is not stripped"; fi
echo "unused plugins, QtNetwork and debug symbols left out; no dangling links"
LGPL="$(find "$APP" -path '*/licenses/pyside6-essentials/LGPL-3.0.txt' | head -1)"
[ -n "$LGPL" ] && grep -q "GNU LESSER GENERAL PUBLIC LICENSE" "$LGPL" || fail "Qt's LGPL text is not in the bundle"
for dist in httpx pydantic keyring python; do
  [ -n "$(find "$(dirname "$(dirname "$LGPL")")/$dist" -type f | head -1)" ] || fail "no licence text for $dist"
done
echo "licence texts: $(find "$(dirname "$(dirname "$LGPL")")" -type f | wc -l) files, Qt's LGPL first"

# The app runs as a user would start it: from elsewhere, with a bare environment and a new home,
# so nothing from the source tree, the build venv or the machine's settings can help it.
mkdir -p "$SCRATCH/home" "$SCRATCH/run"
cp "$HERE/smoke/"*.json "$SCRATCH/run/"
frozen() {
  (cd "$SCRATCH/run" && env -i PATH=/usr/bin:/bin HOME="$SCRATCH/home" LANG=C.UTF-8 "$@")
}

step "mixframe --quit-after-show (offscreen)"
set +e
SHOWN="$(frozen QT_QPA_PLATFORM=offscreen timeout 120 "$APP/mixframe" --quit-after-show 2>"$SCRATCH/show.err")"
status=$?
set -e
cat "$SCRATCH/show.err" >&2
echo "printed: $SHOWN (exit $status)"
[ "$status" -eq 0 ] || fail "--quit-after-show exited $status"
[[ "$SHOWN" =~ ^[0-9]+\.[0-9]+$ ]] || fail "--quit-after-show printed '$SHOWN', not a number of seconds"

step "mixframe validate"
frozen "$APP/mixframe" validate valid.mixframe.json || fail "valid preset: exit $?"
echo "valid.mixframe.json: exit 0"
set +e
OUT="$(frozen "$APP/mixframe" validate invalid.mixframe.json 2>&1)"
status=$?
set -e
echo "$OUT"
[ "$status" -eq 1 ] || fail "invalid preset: exit $status, expected 1"
[[ "$OUT" == *"Layout.CustomLayout.Regions[1].Width"* ]] || fail "invalid preset: the problem's API path is missing"
echo "invalid.mixframe.json: exit 1"

# The command line never loads Qt (PyInstaller's PySide6 hook did, ~150 ms a call); the window does,
# which shows the check can see it.
step "the command line does not load Qt"
qt_loaded() { frozen LD_DEBUG=files "$@" 2>&1 >/dev/null | grep -c 'file=.*libQt6Core' || true; }
[ "$(qt_loaded "$APP/mixframe" --version)" -eq 0 ] || fail "mixframe --version loads Qt"
[ "$(qt_loaded "$APP/mixframe" validate valid.mixframe.json)" -eq 0 ] || fail "mixframe validate loads Qt"
[ "$(qt_loaded env QT_QPA_PLATFORM=offscreen "$APP/mixframe" --quit-after-show)" -gt 0 ] ||
  fail "LD_DEBUG did not show the window loading Qt: the check above proves nothing"
echo "--version and validate: no Qt; the window: Qt"
# Without PyInstaller's hook Qt finds its prefix through the qt.conf PySide6 registers itself: Qt's
# own catalogue (standard buttons) must still be found and opened in Chinese.
frozen MIXFRAME_LANG=zh_CN QT_QPA_PLATFORM=offscreen strace -f -e trace=openat -o "$SCRATCH/open.log" \
  "$APP/mixframe" --quit-after-show >/dev/null 2>&1 || fail "--quit-after-show under strace failed"
OPENED="$(grep -F "$APP/_internal/PySide6/Qt/translations/qtbase_zh_CN.qm" "$SCRATCH/open.log" | grep -v ENOENT || true)"
[ -n "$OPENED" ] || fail "Qt's qtbase_zh_CN.qm was not opened: Qt's translations path is wrong in the bundle"
echo "Qt's own translations found: qtbase_zh_CN.qm opened"

step "size and command-line times: bundle against the pip install of the same sources"
"$HERE/build/venv/bin/python" "$HERE/measure_cli.py" --runs 7 bundle="$APP/mixframe" pip="$HERE/build/venv/bin/mixframe"

# A real X window (the xcb platform plugin), once per language: the title proves that the bundled
# translation is found and loaded, not just shipped.
step "real window under Xvfb (xcb), English and Chinese"
window_title() {
  frozen MIXFRAME_LANG="$1" xvfb-run -a bash -c '
    "$0" & app=$!
    timeout 60 xdotool search --sync --onlyvisible --name " — Mixframe$" getwindowname
    status=$?
    kill "$app" 2>/dev/null; wait "$app" 2>/dev/null
    exit $status' "$APP/mixframe"
}
TITLE_EN="$(window_title en)" || fail "no Mixframe window appeared under Xvfb (en)"
TITLE_ZH="$(window_title zh_CN)" || fail "no Mixframe window appeared under Xvfb (zh_CN)"
echo "en: $TITLE_EN"
echo "zh_CN: $TITLE_ZH"
[ "$TITLE_EN" = "Untitled — Mixframe" ] || fail "English title is '$TITLE_EN'"
[ "$TITLE_ZH" = "未命名 — Mixframe" ] || fail "Chinese title is '$TITLE_ZH': the translation did not load"

step "staged install, appstreamcli validate-tree"
DESTDIR="$SCRATCH/stage" bash "$LINUX/install.sh" /usr
appstreamcli validate-tree --no-net "$SCRATCH/stage"
frozen "$SCRATCH/stage/usr/lib/mixframe/mixframe" --version

step "done"
echo "ci-smoke: OK in $((SECONDS - START)) s (build $BUILD_SECONDS s); bundle $(du -sh "$APP" | cut -f1)"
