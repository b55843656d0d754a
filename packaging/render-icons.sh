#!/usr/bin/env bash
# Re-render the app icon's PNG sizes from resources/icons/mixframe.svg (needs rsvg-convert:
# `apt-get install librsvg2-bin`). The PNGs are committed; run this only after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" mixframe.svg --output "mixframe-$size.png"
done
