"""Write packaging/icons/mixframe.ico (Windows) and mixframe.icns (macOS) from the committed PNG sizes
in resources/icons/ (render-icons.sh makes those from the SVG). Pure Python: both formats hold the
PNGs as they are. The results are committed; run `python packaging/make_icons.py` after the PNGs change.
"""

from __future__ import annotations

import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PNGS = ROOT / "resources" / "icons"
OUT = Path(__file__).resolve().parent / "icons"

ICO_SIZES = (16, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can be
# (ICNS type, pixel size of its PNG): 1x and 2x ("@2x" is the next size's pixels).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def png(size: int) -> bytes:
    return (PNGS / f"mixframe-{size}.png").read_bytes()


def ico() -> bytes:
    images = [png(size) for size in ICO_SIZES]
    offset = 6 + 16 * len(images)
    header = struct.pack("<HHH", 0, 1, len(images))
    entries, data = b"", b""
    for size, image in zip(ICO_SIZES, images):
        side = 0 if size == 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset + len(data))
        data += image
    return header + entries + data


def icns() -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(png(size))) + png(size) for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "mixframe.ico").write_bytes(ico())
    (OUT / "mixframe.icns").write_bytes(icns())


if __name__ == "__main__":
    main()
