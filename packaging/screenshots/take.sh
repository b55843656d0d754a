#!/usr/bin/env bash
# Retake the AppStream screenshots: `mixframe` (pip install -e .; MIXFRAME=path/to/mixframe to pick
# one) under Xvfb with
# showcase.mixframe.json open: in English, in Chinese, and with a region selected (a click on the
# canvas). Each window is captured and reduced to an 8-bit palette PNG.
# Needs xvfb, xdotool, imagemagick and fonts-wqy-microhei (Chinese).
set -euo pipefail
cd "$(dirname "$0")"
MIXFRAME="${MIXFRAME:-mixframe}"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
shoot() {  # shoot LANGUAGE OUTPUT.png [X Y: a click in the window before the capture]
  MIXFRAME_LANG="$1" MIXFRAME_CONFIG_DIR="$SCRATCH/config-$1" MIXFRAME_DATA_DIR="$SCRATCH/data-$1" \
  MIXFRAME_LOG_DIR="$SCRATCH/log-$1" APP="$MIXFRAME" xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
    "$APP" showcase.mixframe.json & app=$!
    window="$(timeout 60 xdotool search --sync --onlyvisible --name " — Mixframe$" | head -1)"
    xdotool windowsize "$window" 1440 900 windowmove "$window" 0 0
    sleep 3
    if [ -n "$1" ]; then xdotool mousemove --window "$window" "$1" "$2" click 1 mousemove 0 0; sleep 1; fi
    import -window "$window" "$0"
    kill "$app"; wait "$app" 2>/dev/null || true' "$SCRATCH/$2" "${3:-}" "${4:-}"
  convert "$SCRATCH/$2" -dither None -colors 256 PNG8:"$2"
}
shoot en main-window.png
shoot zh_CN main-window-zh_CN.png
shoot en region-selected.png 975 280
ls -l ./*.png
