#!/usr/bin/env bash
# Install the built app (packaging/dist/mixframe, from packaging/build.sh) into a prefix with its
# desktop entry, AppStream metainfo, MIME type and icons:
#   packaging/linux/install.sh [PREFIX]        PREFIX defaults to ~/.local; DESTDIR is honoured
# Lays out PREFIX/lib/mixframe/ (the bundle), PREFIX/bin/mixframe (a link to it) and PREFIX/share/….
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PREFIX="${1:-$HOME/.local}"
TARGET="${DESTDIR:-}$PREFIX"
ID=io.github.mixframe.Mixframe
BUNDLE="$HERE/../dist/mixframe"
[ -x "$BUNDLE/mixframe" ] || { echo "install.sh: no $BUNDLE/mixframe; run packaging/build.sh first" >&2; exit 2; }

rm -rf "$TARGET/lib/mixframe"
mkdir -p "$TARGET/lib" "$TARGET/bin"
cp -R "$BUNDLE" "$TARGET/lib/mixframe"
ln -sfn "$PREFIX/lib/mixframe/mixframe" "$TARGET/bin/mixframe"
install -Dm644 "$HERE/$ID.desktop" "$TARGET/share/applications/$ID.desktop"
install -Dm644 "$HERE/$ID.metainfo.xml" "$TARGET/share/metainfo/$ID.metainfo.xml"
install -Dm644 "$HERE/$ID.xml" "$TARGET/share/mime/packages/$ID.xml"
install -Dm644 "$ROOT/resources/icons/mixframe.svg" "$TARGET/share/icons/hicolor/scalable/apps/$ID.svg"
for size in 16 32 48 64 128 256 512; do
  install -Dm644 "$ROOT/resources/icons/mixframe-$size.png" \
    "$TARGET/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done

# Refresh the desktop's caches when installing for real (not into a staging DESTDIR).
if [ -z "${DESTDIR:-}" ]; then
  command -v update-mime-database >/dev/null && update-mime-database "$PREFIX/share/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$PREFIX/share/icons/hicolor" || true
fi
echo "installed: $TARGET/bin/mixframe"
