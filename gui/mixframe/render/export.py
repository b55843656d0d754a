"""``mixframe render``: a request (and its editor section) drawn to a PNG, as the canvas shows it.

The custom layout (Volcengine LayoutMode 2) is drawn from ``Layout.CustomLayout``; the
automatic modes are drawn from the previews in `mixframe.model.templates`. Pictures come from
local files only: the editor's placeholder images, and a BackgroundImage or AlternateImage
that names a local file. Nothing is fetched from the network.
"""

from __future__ import annotations

import math
import os
from numbers import Real
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import unquote, urlparse

from PySide6.QtGui import QGuiApplication, QImage

from mixframe.model.layout import REGION_FIELDS, Canvas, CanvasLayout, StreamRef
from mixframe.model.problems import DocumentError, has_surrogate, join_path
from mixframe.model.templates import (
    VOLC_CUSTOM,
    qingcloud_auto_regions,
    volcengine_auto_regions,
)
from mixframe.model import qingcloud
from mixframe.model.volcengine import limits_for
from mixframe.render.compositor import compose

# Placeholder streams drawn for an automatic layout when the request names none.
DEFAULT_PLACEHOLDER_STREAMS = 4

# QingCloud sets the mixed output's resolution per app in its console, not in the request;
# the preview draws it at this common size.
QINGCLOUD_PREVIEW_SIZE = (1280, 720)

_CUSTOM = "Layout.CustomLayout"

_app: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["mixframe-render"])
    return _app


# What the drawing code can take at all (Qt works in 32-bit ints). Values outside are refused with
# one sentence even if a caller skipped the model's check; `mixframe render` never gets here with
# them, because it draws only files that `validate` accepts.
DRAWABLE_SIZE = 8192
DRAWABLE_OFFSET = 1 << 20


def _is_number(value: Any) -> bool:
    if not isinstance(value, Real) or isinstance(value, bool):
        return False
    try:
        return math.isfinite(value) and abs(value) <= DRAWABLE_OFFSET
    except OverflowError:  # a whole number beyond any float
        return False


def _text(value: Any) -> bool:
    return isinstance(value, str) and not has_surrogate(value)


def _object(value: Any, path: str) -> Mapping:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise DocumentError(f"{path} must be a JSON object.")
    return value


def _streams(request: Mapping) -> list[StreamRef]:
    target = _object(request.get("TargetStreams"), "TargetStreams")
    listed = target.get("StreamList") or []
    if not isinstance(listed, list):
        raise DocumentError("TargetStreams.StreamList must be a list.")
    streams = []
    for i, item in enumerate(listed):
        path = join_path("TargetStreams.StreamList", i)
        data = dict(_object(item, path))
        if not _text(data.get("UserId", "")):
            raise DocumentError(f"{path}.UserId must be Unicode text.")
        for name in ("Index", "StreamType"):  # labels, not geometry: any whole number
            if name in data and (isinstance(data[name], bool) or not isinstance(data[name], int)):
                raise DocumentError(f"{path}.{name} must be an integer.")
        data.setdefault("UserId", f"user{data.get('Index', i)}")
        streams.append(StreamRef.from_api(data))
    return streams


def _placeholders(count: int) -> list[StreamRef]:
    return [StreamRef(f"user{i}", index=i) for i in range(count)]


def _size(section: Mapping, prefix: str, names: tuple[str, str]) -> tuple[int, int]:
    out = []
    for name in names:
        path = f"{prefix}.{name}"
        limits = limits_for(path)
        value = section.get(name, limits.default)
        if not isinstance(value, int) or isinstance(value, bool) or not (
                limits.minimum <= value <= limits.maximum):
            raise DocumentError(
                f"{path} must be an integer from {int(limits.minimum)} to {int(limits.maximum)}.")
        out.append(value)
    return out[0], out[1]


def _check_drawable(custom: Mapping) -> None:
    """Types the compositor needs; the full rules are `mixframe validate`'s job."""
    canvas = _object(custom.get("Canvas"), f"{_CUSTOM}.Canvas")
    _size(canvas, f"{_CUSTOM}.Canvas", ("Width", "Height"))
    for name in ("Background", "BackgroundImage"):
        if name in canvas and not _text(canvas[name]):
            raise DocumentError(f"{_CUSTOM}.Canvas.{name} must be Unicode text.")
    regions = custom.get("Regions") or []
    if not isinstance(regions, list):
        raise DocumentError(f"{_CUSTOM}.Regions must be a list.")
    for i, region in enumerate(regions):
        path = join_path(f"{_CUSTOM}.Regions", i)
        region = _object(region, path)
        for api in ("StreamIndex", "Width", "Height"):
            if api not in region:
                raise DocumentError(f"{path}.{api} is required to draw the region.")
        for api in REGION_FIELDS.values():
            if api not in region:
                continue
            value = region[api]
            if api == "SourceCrop":
                crop = _object(value, f"{path}.SourceCrop")
                for key, v in crop.items():
                    if not _is_number(v):
                        raise DocumentError(f"{path}.SourceCrop.{key} must be a number.")
            elif api == "AlternateImage":
                if not _text(value):
                    raise DocumentError(f"{path}.AlternateImage must be Unicode text.")
            elif api == "StreamIndex":
                if isinstance(value, bool) or not isinstance(value, int):
                    raise DocumentError(f"{path}.StreamIndex must be an integer.")
            elif not _is_number(value):
                raise DocumentError(f"{path}.{api} must be a number the preview can draw.")
        for api in ("Width", "Height"):
            if api in region and not 1 <= region[api] <= DRAWABLE_SIZE:
                raise DocumentError(f"{path}.{api} must be from 1 to {DRAWABLE_SIZE} pixels to be drawn.")


def _local_file(url: str) -> str | None:
    """The local path a BackgroundImage/AlternateImage names, if it is a readable local file."""
    if not url:
        return None
    parsed = urlparse(url)
    if parsed.scheme == "file":
        path = unquote(parsed.path)
    elif parsed.scheme and len(parsed.scheme) > 1:
        return None  # http(s) and the like: the preview never fetches
    else:
        path = url
    return path if os.path.isfile(path) else None


def _load(path: str | None) -> QImage | None:
    if not path:
        return None
    image = QImage(path)
    return None if image.isNull() else image


def scene_for(request: Mapping, vendor: str = "volcengine",
              placeholders: int = DEFAULT_PLACEHOLDER_STREAMS) -> tuple[CanvasLayout, list[StreamRef]]:
    """The layout and streams that `request` composes (no Qt needed).

    Volcengine LayoutMode 2 gives its CustomLayout; LayoutMode 0, 1 and 3, and every QingCloud
    layout_mode, give the automatic-mode preview on the output size. Streams are
    TargetStreams.StreamList, else one per region (custom layout), else `placeholders` ones.
    """
    if not isinstance(request, Mapping):
        raise DocumentError("The request must be a JSON object.")
    if vendor == "qingcloud":
        limits = qingcloud.limits_for("layout_mode")
        mode = request.get("layout_mode", limits.default)
        if isinstance(mode, bool) or mode not in (limits.choices or ()):
            named = ", ".join(f"{c} ({(limits.labels or {}).get(c, c)})".lower() for c in limits.choices or ())
            raise DocumentError(f"layout_mode must be one of {named}.")
        canvas = Canvas(*QINGCLOUD_PREVIEW_SIZE)
        streams = _placeholders(placeholders)
        regions = qingcloud_auto_regions(mode, streams, canvas)
        return CanvasLayout(canvas, tuple(regions)), streams
    if vendor != "volcengine":
        raise DocumentError(f"Unknown vendor {vendor!r}: expected volcengine or qingcloud.")
    layout = _object(request.get("Layout"), "Layout")
    mode = layout.get("LayoutMode", limits_for("Layout.LayoutMode").default)
    choices = limits_for("Layout.LayoutMode").choices or (0, 1, 2, 3)
    if isinstance(mode, bool) or mode not in choices:
        raise DocumentError(
            f"Layout.LayoutMode must be one of {', '.join(str(c) for c in choices)}.")
    streams = _streams(request)
    if mode == VOLC_CUSTOM:
        custom = _object(layout.get("CustomLayout"), _CUSTOM)
        _check_drawable(custom)
        scene = CanvasLayout.from_custom_layout(custom)
        if not streams:
            seen: dict[int, StreamRef] = {}
            for r in scene.regions:
                seen.setdefault(r.stream_index, StreamRef(f"user{r.stream_index}", index=r.stream_index))
            streams = list(seen.values())
        return scene, streams
    encode = _object(request.get("Encode"), "Encode")
    width, height = _size(encode, "Encode", ("VideoWidth", "VideoHeight"))
    canvas = Canvas(width, height)
    if not streams:
        streams = _placeholders(placeholders)
    main = None
    main_data = layout.get("MainVideoStream")
    if isinstance(main_data, Mapping) and _text(main_data.get("UserId")) and all(
            isinstance(main_data.get(k, 0), int) and not isinstance(main_data.get(k, 0), bool)
            for k in ("Index", "StreamType")):
        main = StreamRef.from_api(main_data)
    regions = volcengine_auto_regions(mode, streams, canvas, main)
    return CanvasLayout(canvas, tuple(regions)), streams


def _editor_images(editor: Mapping | None) -> tuple[dict[int, QImage], set[int]]:
    images: dict[int, QImage] = {}
    hidden: set[int] = set()
    if not isinstance(editor, Mapping):
        return images, hidden
    for entry in editor.get("regions") or []:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("stream_index"), int):
            continue
        index = entry["stream_index"]
        if entry.get("hidden") is True:
            hidden.add(index)
        path = entry.get("image")
        if isinstance(path, str) and os.path.isfile(path):
            image = _load(path)
            if image is not None:
                images[index] = image
    return images, hidden


def render_image(request: Mapping, editor: Mapping | None = None, vendor: str = "volcengine",
                 placeholders: int = DEFAULT_PLACEHOLDER_STREAMS) -> QImage:
    """The composed frame of `request` as a QImage at the output size."""
    ensure_gui_application()
    scene, streams = scene_for(request, vendor, placeholders)
    images, hidden = _editor_images(editor)
    background = _load(_local_file(scene.canvas.background_image))
    alternates = {}
    for r in scene.regions:
        alt = _load(_local_file(r.alternate_image))
        if alt is not None:
            alternates[r.stream_index] = alt
    return compose(scene, streams, images, hidden, background, alternates)


def render_to_png(request: dict, editor: dict | None, out_path: str,
                  vendor: str = "volcengine", *,
                  placeholders: int = DEFAULT_PLACEHOLDER_STREAMS) -> None:
    """Compose `request` and write it to `out_path` as a PNG of the output size.

    Raises DocumentError with one sentence when the layout cannot be drawn or the file cannot
    be written. Regions the editor hides are left out, as on the canvas. `placeholders` is
    how many streams an automatic layout shows when the request names none.
    """
    target = Path(out_path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise DocumentError(f"Cannot write {out_path}: the folder {folder} does not exist.")
    if target.is_dir():
        raise DocumentError(f"Cannot write {out_path}: it is a folder.")
    image = render_image(request, editor, vendor, placeholders)
    if not os.access(folder, os.W_OK) or not image.save(str(target), "PNG"):
        raise DocumentError(f"Cannot write the PNG file {out_path}.")
