"""What a request composes: its canvas, regions and streams, read from the raw body (no Qt).

One reader for every face that draws: the canvas editor (`LayoutDocument.from_request`), the
automatic-mode previews and `mixframe render`. It refuses, with one sentence naming the API path,
only what cannot be drawn at all (a wrong type, a size beyond any canvas); every other broken rule
is the model's checks' job, so a file that breaks a rule still opens and shows its problems.
"""

from __future__ import annotations

import math
from numbers import Real
from typing import Any, Mapping

from mixframe.model import vendors
from mixframe.model.layout import REGION_FIELDS, Canvas, CanvasLayout, StreamRef
from mixframe.model.problems import DocumentError, has_surrogate, join_path
from mixframe.model.templates import qingcloud_auto_regions, volcengine_auto_regions
from mixframe.model.limits import limits_for
from mixframe.model.volcengine_api import LAYOUT_MODE_CUSTOM

# Placeholder streams drawn for an automatic layout when the request names none.
DEFAULT_PLACEHOLDER_STREAMS = 4

# QingCloud sets the mixed output's resolution per app in its console, not in the request;
# the preview draws it at this common size.
QINGCLOUD_PREVIEW_SIZE = (1280, 720)

CUSTOM_LAYOUT = "Layout.CustomLayout"
STREAM_LIST = "TargetStreams.StreamList"

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


# The editor is lenient where it can be: it takes any number (and clamps it on load, with a
# problem to show) and any text (a lone surrogate is a problem the list names). What no reader can
# hold, a value of the wrong JSON type, is refused by both.
def _any_number(value: Any) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def _any_text(value: Any) -> bool:
    return isinstance(value, str)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def object_at(value: Any, path: str) -> Mapping:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise DocumentError(f"{path} must be a JSON object.")
    return value


def streams_of(request: Mapping, strict: bool = True) -> list[StreamRef]:
    """TargetStreams.StreamList as StreamRefs; `strict` (drawing) also refuses unprintable text."""
    text = _text if strict else _any_text
    target = object_at(request.get("TargetStreams"), "TargetStreams")
    listed = target.get("StreamList") or []
    if not isinstance(listed, list):
        raise DocumentError(f"{STREAM_LIST} must be a list.")
    streams = []
    for i, item in enumerate(listed):
        path = join_path(STREAM_LIST, i)
        data = dict(object_at(item, path))
        if not text(data.get("UserId", "")):
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


def check_drawable(custom: Mapping, strict: bool = True) -> None:
    """Types the compositor needs; the full rules are `mixframe validate`'s job.

    `strict` (rendering) also refuses numbers and sizes it cannot draw and unprintable text; the
    editor (`strict=False`) takes those and clamps them on load."""
    number, text = (_is_number, _text) if strict else (_any_number, _any_text)
    canvas = object_at(custom.get("Canvas"), f"{CUSTOM_LAYOUT}.Canvas")
    if strict:
        _size(canvas, f"{CUSTOM_LAYOUT}.Canvas", ("Width", "Height"))
    else:
        for name in ("Width", "Height"):
            if name in canvas and not _whole(canvas[name]):
                raise DocumentError(f"{CUSTOM_LAYOUT}.Canvas.{name} must be a whole number of pixels.")
    for name in ("Background", "BackgroundImage"):
        if name in canvas and not text(canvas[name]):
            raise DocumentError(f"{CUSTOM_LAYOUT}.Canvas.{name} must be Unicode text.")
    regions = custom.get("Regions") or []
    if not isinstance(regions, list):
        raise DocumentError(f"{CUSTOM_LAYOUT}.Regions must be a list.")
    for i, region in enumerate(regions):
        path = join_path(f"{CUSTOM_LAYOUT}.Regions", i)
        region = object_at(region, path)
        for api in ("StreamIndex", "Width", "Height") if strict else ("StreamIndex",):
            if api not in region:
                raise DocumentError(f"{path}.{api} is required to draw the region.")
        for api in REGION_FIELDS.values():
            if api not in region:
                continue
            value = region[api]
            if api == "SourceCrop":
                crop = object_at(value, f"{path}.SourceCrop")
                for key, v in crop.items():
                    if not number(v):
                        raise DocumentError(f"{path}.SourceCrop.{key} must be a number.")
            elif api == "AlternateImage":
                if not text(value):
                    raise DocumentError(f"{path}.AlternateImage must be Unicode text.")
            elif api == "StreamIndex":
                if isinstance(value, bool) or not isinstance(value, int):
                    raise DocumentError(f"{path}.StreamIndex must be an integer.")
            elif not number(value):
                raise DocumentError(f"{path}.{api} must be a number the preview can draw."
                                    if strict else f"{path}.{api} must be a number.")
        for api in ("Width", "Height") if strict else ():
            if api in region and not 1 <= region[api] <= DRAWABLE_SIZE:
                raise DocumentError(f"{path}.{api} must be from 1 to {DRAWABLE_SIZE} pixels to be drawn.")


def scene_for(request: Mapping, vendor: str = "volcengine",
              placeholders: int = DEFAULT_PLACEHOLDER_STREAMS) -> tuple[CanvasLayout, list[StreamRef]]:
    """The layout and streams that `request` composes (no Qt needed).

    Volcengine LayoutMode 2 gives its CustomLayout; LayoutMode 0, 1 and 3, and every QingCloud
    layout_mode, give the automatic-mode preview on the output size. Streams are
    TargetStreams.StreamList, else one per region (custom layout), else `placeholders` ones.
    """
    if not isinstance(request, Mapping):
        raise DocumentError("The request must be a JSON object.")
    if vendor not in vendors.families():
        raise DocumentError(f"Unknown vendor {vendor!r}: expected {' or '.join(vendors.families())}.")
    compose = vendors.get(vendor).load_scene()
    if compose is None:
        raise DocumentError(f"A {vendor} request has no picture to draw: its service composes it.")
    return compose(request, placeholders)


def qingcloud_scene(request: Mapping, placeholders: int) -> tuple[CanvasLayout, list[StreamRef]]:
    """Every QingCloud layout_mode: the automatic-mode preview on the output size."""
    limits = limits_for("layout_mode", "qingcloud")
    mode = request.get("layout_mode", limits.default)
    if isinstance(mode, bool) or mode not in (limits.choices or ()):
        named = ", ".join(f"{c} ({(limits.labels or {}).get(c, c)})".lower() for c in limits.choices or ())
        raise DocumentError(f"layout_mode must be one of {named}.")
    canvas = Canvas(*QINGCLOUD_PREVIEW_SIZE)
    streams = _placeholders(placeholders)
    regions = qingcloud_auto_regions(mode, streams, canvas)
    return CanvasLayout(canvas, tuple(regions)), streams


def volcengine_scene(request: Mapping, placeholders: int) -> tuple[CanvasLayout, list[StreamRef]]:
    """LayoutMode 2 gives its CustomLayout; 0, 1 and 3 the automatic-mode preview on Encode's size."""
    layout = object_at(request.get("Layout"), "Layout")
    mode = layout.get("LayoutMode", limits_for("Layout.LayoutMode").default)
    choices = limits_for("Layout.LayoutMode").choices or (0, 1, 2, 3)
    if isinstance(mode, bool) or mode not in choices:
        raise DocumentError(
            f"Layout.LayoutMode must be one of {', '.join(str(c) for c in choices)}.")
    streams = streams_of(request)
    if mode == LAYOUT_MODE_CUSTOM:
        custom = object_at(layout.get("CustomLayout"), CUSTOM_LAYOUT)
        check_drawable(custom)
        scene = CanvasLayout.from_custom_layout(custom)
        if not streams:
            seen: dict[int, StreamRef] = {}
            for r in scene.regions:
                seen.setdefault(r.stream_index, StreamRef(f"user{r.stream_index}", index=r.stream_index))
            streams = list(seen.values())
        return scene, streams
    encode = object_at(request.get("Encode"), "Encode")
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


