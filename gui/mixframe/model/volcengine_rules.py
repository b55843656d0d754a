"""The rules between StartRecord/UpdateRecord fields that the seed states, mostly in its prose.

They read the raw body (a dict in API spelling) rather than a parsed model, so that a body with a
broken field still gets every relation checked. A value of the wrong type is simply skipped here:
the field checks already name it, and `check_start` hands the rules every value that failed its
own check as `values.INVALID`, so a rule never measures against it (one mistake, one error).
None of these functions may raise on any input (tests/model/test_hostile_rules.py).

Where the seed is ambiguous we take the reading that protects the user; each such place says so.
"""

from __future__ import annotations

import math
from typing import Any, Iterator
from urllib.parse import urlsplit

from mixframe.model import applies, filenames
from mixframe.model.layout import Canvas, region_bounds
from mixframe.model.limits import limits_for
from mixframe.model.problems import QT_TRANSLATE_NOOP, Problem, error, has_surrogate, join_path, warning
from mixframe.model.volcengine_api import LAYOUT_MODE_CUSTOM, STORAGE_CONFIG_KEYS, StorageType

# ---- reading a raw body safely ---------------------------------------------------------------


def _obj(node: Any, *keys: str) -> dict:
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else {}


def _list(node: Any, key: str) -> list:
    value = node.get(key) if isinstance(node, dict) else None
    return value if isinstance(value, list) else []


def _int(node: Any, key: str, default: int | None = None) -> int | None:
    """The integer at `key`; `default` when absent, None when present but not an integer."""
    if not isinstance(node, dict) or key not in node:
        return default
    value = node[key]
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _num(node: Any, key: str, default: float | None = None) -> float | None:
    """The finite number at `key`; `default` when absent, None when not a number (or too big)."""
    if not isinstance(node, dict) or key not in node:
        return default
    value = node[key]
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except OverflowError:  # a whole number beyond any float
        return None
    return number if math.isfinite(number) else None


def _str(node: Any, key: str) -> str | None:
    value = node.get(key) if isinstance(node, dict) else None
    return value if isinstance(value, str) else None


def _streams(node: Any) -> Iterator[tuple[int, dict]]:
    for i, stream in enumerate(_list(node, "StreamList")):
        if isinstance(stream, dict):
            yield i, stream


def _stream_key(stream: dict) -> tuple[Any, Any]:
    """A stream is a user's camera or screen: (UserId, StreamType); Index is only a label."""
    user = stream.get("UserId")
    return (user if isinstance(user, str) else None, _int(stream, "StreamType", 0))


# ---- the rules ------------------------------------------------------------------------------


def stream_list_rules(body: dict, name: str) -> list[Problem]:
    """Index unique within one StreamList."""
    out = []
    seen: dict[int, int] = {}
    for i, stream in _streams(body.get(name)):
        index = _int(stream, "Index", 0)
        if index is None:
            continue
        if index in seen:
            out.append(error(join_path(name, "StreamList", i, "Index"),
                             QT_TRANSLATE_NOOP("Problems", "Index {index} is already used by {other}; "
                                               "each stream in a list needs its own Index"), "unique-index",
                             index=index, other=join_path(name, "StreamList", seen[index])))
        else:
            seen[index] = i
    return out


def exclude_rules(body: dict) -> list[Problem]:
    out = []
    targets = {_stream_key(s) for _, s in _streams(body.get("TargetStreams"))}
    for i, stream in _streams(body.get("ExcludeStreams")):
        stream_type = _int(stream, "StreamType", 0)
        if stream_type not in (0, None):
            out.append(error(join_path("ExcludeStreams", "StreamList", i, "StreamType"),
                             QT_TRANSLATE_NOOP("Problems", "only normal (camera) streams can be excluded; "
                                               "screen streams cannot"), "exclude-normal-only"))
        if _stream_key(stream)[0] is not None and _stream_key(stream) in targets:
            out.append(error(join_path("ExcludeStreams", "StreamList", i),
                             QT_TRANSLATE_NOOP("Problems", 'the stream of user "{user}" is also in TargetStreams; '
                                               "a stream cannot be both recorded and excluded"),
                             "target-exclude-disjoint", user=stream.get("UserId")))
    return out


def record_mode_rules(body: dict) -> list[Problem]:
    """The Encode fields the seed leaves out of both modes' lists. Which fields each mode takes
    is declared in `applies` (and reported by `applies.problems_of`)."""
    out = []
    encode = _obj(body, "Encode")
    # The seed lists the Encode fields one may set in each mode, and VideoCodec/VideoGop are in
    # neither list although the table documents them. We warn rather than refuse.
    for key in ("VideoCodec", "VideoGop"):
        if key in encode:
            out.append(warning(f"Encode.{key}", QT_TRANSLATE_NOOP("Problems", "the API documentation does not list "
                                                                  "this field among those you can set; the service "
                                                                  "may ignore it"), "encode-by-mode"))
    return out


def encode_rules(body: dict) -> list[Problem]:
    encode = _obj(body, "Encode")
    if _int(encode, "AudioProfile", 0) == 2 and _int(encode, "AudioChannels", 2) == 1:
        return [error("Encode.AudioChannels", QT_TRANSLATE_NOOP("Problems", "HE-AAC v2 (AudioProfile 2) supports "
                                                                "stereo output only: set AudioChannels to 2"),
                      "he-aac-v2-stereo")]
    return []


def control_rules(body: dict) -> list[Problem]:
    out = []
    control = _obj(body, "Control")
    if _int(control, "MediaType", 0) == 1:
        out.append(error("Control.MediaType", QT_TRANSLATE_NOOP("Problems", "audio-only subscription (1) is not "
                                                                "supported by the service yet"),
                         "control-media-unsupported"))
    if control.get("EnableSyncUpload") is True:
        pattern = _str(_obj(body, "FileNameConfig"), "Pattern") or ""
        if "{duration}" in pattern.lower():
            out.append(warning("FileNameConfig.Pattern", QT_TRANSLATE_NOOP("Problems", "with EnableSyncUpload the "
                                                                           "{variable} variable is always 0"),
                               "sync-upload-duration", variable="{Duration}"))
    return out


def file_format_rules(body: dict) -> list[Problem]:
    out = []
    formats = _list(_obj(body, "FileFormatConfig"), "FileFormat")
    seen = set()
    for i, fmt in enumerate(formats):
        if not isinstance(fmt, str):
            continue
        if fmt in seen:
            out.append(error(join_path("FileFormatConfig", "FileFormat", i),
                             QT_TRANSLATE_NOOP("Problems", "{format} is listed twice"), "format-unique", format=fmt))
        seen.add(fmt)
    return out


# "前缀长度最大值为 128 个字符"
MAX_PREFIX = 128


def prefix_text(prefix: list) -> str:
    return "".join(f"{p}/" for p in prefix if isinstance(p, str))


def file_name_rules(body: dict) -> list[Problem]:
    out = []
    config = _obj(body, "FileNameConfig")
    prefix = _list(config, "Prefix")
    # "前缀长度最大值为 128 个字符": we count the folders as they end up in the name, with their
    # "/" separators, which is the stricter reading.
    joined = prefix_text(prefix)
    if len(joined) > MAX_PREFIX:
        out.append(error("FileNameConfig.Prefix", QT_TRANSLATE_NOOP("Problems", "is {length} characters long with "
                                                                    "its separators; at most {max} are allowed"),
                         "prefix-length", length=len(joined), max=MAX_PREFIX))
    pattern = _str(config, "Pattern")
    if pattern:
        known = " ".join(f"{{{v}}}" for v in filenames.VARIABLES)
        for name in filenames.unknown_variables(pattern):
            out.append(warning("FileNameConfig.Pattern", QT_TRANSLATE_NOOP("Problems", "{variable} is not a known "
                                                                           "variable and will stay as literal text "
                                                                           "(known: {known})"),
                               "pattern-variable", variable=f"{{{name}}}", known=known))
        length = estimated_name_length(body)
        if length > filenames.MAX_NAME:
            out.append(warning("FileNameConfig.Pattern", QT_TRANSLATE_NOOP("Problems", "file names may reach {length} "
                                                                           "characters; the service cuts them at "
                                                                           "{max} and ends them with ~"),
                               "name-length", length=length, max=filenames.MAX_NAME))
    return out


def estimated_name_length(body: dict) -> int:
    """Longest file name (without the extension) the settings can produce."""
    config = _obj(body, "FileNameConfig")
    user_ids = [len(s["UserId"]) for _, s in _streams(body.get("TargetStreams")) if isinstance(s.get("UserId"), str)]
    widths = {
        "TaskId": len(_str(body, "TaskId") or "x" * 128),
        "RoomId": len(_str(body, "RoomId") or "x" * 128),
        "UserId": max(user_ids, default=128),
    }
    prefix = [p for p in _list(config, "Prefix") if isinstance(p, str)]
    return filenames.longest_name(_str(config, "Pattern"), prefix, _int(_obj(body, "StorageConfig"), "Type", 0) or 0,
                                  widths)


_STORAGE_LABELS = {StorageType.TOS: "TOS", StorageType.VOD: "VOD", StorageType.S3: "S3-compatible storage"}
STORAGE_CONFIGS = {int(kind): (key, _STORAGE_LABELS[kind]) for kind, key in STORAGE_CONFIG_KEYS.items()}


def storage_rules(body: dict) -> list[Problem]:
    out = []
    storage = body.get("StorageConfig")
    if not isinstance(storage, dict):
        return out
    storage_type = _int(storage, "Type", 0)
    if storage_type not in STORAGE_CONFIGS:
        return out
    needed, label = STORAGE_CONFIGS[storage_type]
    if needed not in storage:
        out.append(error(f"StorageConfig.{needed}", QT_TRANSLATE_NOOP("Problems", "is required when "
                                                                      "StorageConfig.Type is {type} ({label})"),
                         "storage-config-by-type", type=storage_type, label=label))
    for other_type, (other, other_label) in STORAGE_CONFIGS.items():
        if other != needed and other in storage:
            out.append(warning(f"StorageConfig.{other}", QT_TRANSLATE_NOOP("Problems", "is ignored: "
                                                                            "StorageConfig.Type is {type} ({label}), "
                                                                            "not {other_type} ({other_label})"),
                               "storage-config-unused", type=storage_type, label=label, other_type=other_type,
                               other_label=other_label))
    return out


IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png")


def image_url_problem(path: str, url: Any, max_bytes: int | None = None) -> Problem | None:
    """An image URL the service fetches: http(s), JPG/JPEG/PNG, and within its length."""
    if not isinstance(url, str) or url == "" or has_surrogate(url):
        return None  # text that is not Unicode has its own error
    if max_bytes is not None and len(url) > max_bytes:
        return None  # the field's own length check has said it
    if max_bytes is not None and len(url.encode("utf-8")) > max_bytes:
        return error(path, QT_TRANSLATE_NOOP("Problems", "is {length} bytes long; at most {max} bytes are allowed"),
                     "url-length", length=len(url.encode("utf-8")), max=max_bytes)
    try:
        parts = urlsplit(url)
    except ValueError:
        return error(path, QT_TRANSLATE_NOOP("Problems", "is not a valid URL"), "url-syntax")
    # The service downloads the image itself, so only a web address can work.
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return error(path, QT_TRANSLATE_NOOP("Problems", "must be an http:// or https:// address of an image"),
                     "url-syntax")
    name = parts.path.rsplit("/", 1)[-1].lower()
    if "." in name and not name.endswith(IMAGE_EXTENSIONS):
        return error(path, QT_TRANSLATE_NOOP("Problems", "must point to a JPG, JPEG or PNG image"), "image-format")
    return None


def layout_rules(body: dict, *, updating: bool = False, canvas: Canvas | None = None) -> list[Problem]:
    out: list[Problem] = []
    if "Layout" not in body or not isinstance(body.get("Layout"), dict):
        return out
    layout = body["Layout"]
    mode = _int(layout, "LayoutMode", 0)
    streams = list(_streams(body.get("TargetStreams")))
    excluded = {_stream_key(s) for _, s in _streams(body.get("ExcludeStreams"))}

    main = layout.get("MainVideoStream")
    if mode == 1 and not updating and "MainVideoStream" not in layout:
        out.append(error("Layout.MainVideoStream", QT_TRANSLATE_NOOP("Problems", "is required in the vertical "
                                                                     "layout (LayoutMode 1): choose the stream "
                                                                     "shown large"), "main-stream-required"))
    if isinstance(main, dict) and mode == 1:  # in another mode it is unused (see `applies`)
        if _stream_key(main) in excluded:
            out.append(error("Layout.MainVideoStream", QT_TRANSLATE_NOOP("Problems", "is excluded by ExcludeStreams, "
                                                                         "so it cannot be the main picture"),
                             "main-stream-excluded"))
        elif streams and _stream_key(main) not in {_stream_key(s) for _, s in streams}:
            out.append(warning("Layout.MainVideoStream", QT_TRANSLATE_NOOP("Problems", "is not among TargetStreams, "
                                                                           "so it will not be recorded"),
                               "main-stream-not-target"))

    out.extend(image_rules(layout))
    custom = layout.get("CustomLayout")
    if custom is not None and mode is not None and mode != LAYOUT_MODE_CUSTOM:
        out.append(warning("Layout.CustomLayout", QT_TRANSLATE_NOOP("Problems", "is used only by the custom layout "
                                                                    "(LayoutMode 2)"), "custom-unused"))
    if mode == LAYOUT_MODE_CUSTOM:
        # An update that leaves TargetStreams out keeps the task's streams, which we cannot see:
        # its Regions can then only be checked against each other and the canvas.
        known_streams = not updating or "TargetStreams" in body
        out.extend(custom_layout_rules(body, streams, known_streams=known_streams, canvas=canvas))
    return out


def image_rules(layout: dict) -> list[Problem]:
    """The image URLs of a layout are checked in every mode: they are field rules, not mode rules."""
    base = "Layout.CustomLayout"
    custom = _obj(layout, "CustomLayout")
    found = [image_url_problem(f"{base}.Canvas.BackgroundImage", _obj(custom, "Canvas").get("BackgroundImage"),
                               max_bytes=limits_for("Layout.CustomLayout.Canvas.BackgroundImage").max_length)]
    for i, region in enumerate(_list(custom, "Regions")):
        if isinstance(region, dict):
            found.append(image_url_problem(join_path(base, "Regions", i, "AlternateImage"), region.get("AlternateImage")))
    return [p for p in found if p is not None]


def _canvas_of(custom: dict) -> tuple[Canvas, bool, bool]:
    """The canvas the regions are measured against, and whether its width and height are known.

    An absent size is the API's default; a size that is present but broken (it failed its own
    check) is unknown, and no region is measured against it.
    """
    canvas = _obj(custom, "Canvas")
    default = Canvas()
    width, height = _int(canvas, "Width", default.width), _int(canvas, "Height", default.height)
    known_w = width is not None and width > 0
    known_h = height is not None and height > 0
    return (Canvas(width=width if known_w else default.width, height=height if known_h else default.height),
            known_w, known_h)


def _entries_known(node: Any, list_key: str, index_key: str, default: int | None) -> bool:
    """Whether a list of streams or regions can be matched up: no entry (nor the list) is broken."""
    if not isinstance(node, dict):
        return node is None
    if list_key not in node:
        return True
    items = node[list_key]
    return isinstance(items, list) and all(
        isinstance(item, dict) and _int(item, index_key, default) is not None for item in items)


def custom_layout_rules(body: dict, streams: list[tuple[int, dict]], known_streams: bool = True,
                        canvas: Canvas | None = None) -> list[Problem]:
    """`canvas` overrides the body's own (an update is checked against its task's canvas)."""
    out: list[Problem] = []
    base = "Layout.CustomLayout"
    custom = _obj(body, "Layout", "CustomLayout")
    regions = [(i, r) for i, r in enumerate(_list(custom, "Regions")) if isinstance(r, dict)]
    indices = {}
    for i, stream in streams:
        index = _int(stream, "Index", 0)
        if index is not None and index not in indices:
            indices[index] = stream
    # Streams and Regions are matched only when neither list has a broken entry: a broken Index
    # or StreamIndex is named by its own check, not again as a missing partner.
    streams_known = known_streams and _entries_known(body.get("TargetStreams"), "StreamList", "Index", 0)
    regions_known = _entries_known(_obj(body, "Layout").get("CustomLayout"), "Regions", "StreamIndex", None)

    # One Region per stream, one stream per Region.
    if streams_known and not streams and regions:
        # With no StreamList the service records every stream in the room, which no Region can
        # name; we refuse rather than let the layout fail on the server.
        out.append(error("TargetStreams.StreamList", QT_TRANSLATE_NOOP("Problems", "a custom layout needs the "
                                                                       "streams listed here, one per Region"),
                         "regions-one-to-one"))
    region_indices: dict[int, int] = {}
    for i, region in regions:
        index = _int(region, "StreamIndex")
        if index is None:
            continue
        if index in region_indices:
            out.append(error(join_path(base, "Regions", i, "StreamIndex"),
                             QT_TRANSLATE_NOOP("Problems", "stream {index} already has {other}; "
                                               "each stream gets one Region"), "regions-one-to-one",
                             index=index, other=f"Regions[{region_indices[index]}]"))
            continue
        region_indices[index] = i
        if streams_known and streams and index not in indices:
            out.append(error(join_path(base, "Regions", i, "StreamIndex"),
                             QT_TRANSLATE_NOOP("Problems", "no stream in TargetStreams.StreamList has Index {index}"),
                             "regions-one-to-one", index=index))
    for index, stream in indices.items():
        if streams_known and regions_known and index not in region_indices:
            user = stream.get("UserId")
            if isinstance(user, str):
                out.append(error(join_path(base, "Regions"),
                                 QT_TRANSLATE_NOOP("Problems", 'stream Index {index} (user "{user}") has no Region; '
                                                   "the custom layout needs one Region per stream"),
                                 "regions-one-to-one", index=index, user=user))
            else:
                out.append(error(join_path(base, "Regions"),
                                 QT_TRANSLATE_NOOP("Problems", "stream Index {index} has no Region; "
                                                   "the custom layout needs one Region per stream"),
                                 "regions-one-to-one", index=index))

    if canvas is not None:
        known_w = known_h = True
    else:
        canvas, known_w, known_h = _canvas_of(custom)
    bounds = region_bounds(canvas)
    rects: dict[tuple, int] = {}
    for i, region in regions:
        at = lambda field: join_path(base, "Regions", i, field)  # noqa: E731
        x, y = _int(region, "LocationX", 0), _int(region, "LocationY", 0)
        w, h = _int(region, "Width"), _int(region, "Height")
        if known_w and x is not None and x > bounds.x_max:
            out.append(error(at("LocationX"), QT_TRANSLATE_NOOP("Problems", "must be less than Canvas.Width "
                                                                "({width}), so the region starts on the canvas "
                                                                "(got {value})"), "region-in-canvas",
                             width=canvas.width, value=x))
        if known_h and y is not None and y > bounds.y_max:
            out.append(error(at("LocationY"), QT_TRANSLATE_NOOP("Problems", "must be less than Canvas.Height "
                                                                "({height}), so the region starts on the canvas "
                                                                "(got {value})"), "region-in-canvas",
                             height=canvas.height, value=y))
        if known_w and w is not None and w > bounds.w_max:
            out.append(error(at("Width"), QT_TRANSLATE_NOOP("Problems", "must be at most Canvas.Width ({width}) "
                                                            "(got {value})"), "region-in-canvas",
                             width=canvas.width, value=w))
        if known_h and h is not None and h > bounds.h_max:
            out.append(error(at("Height"), QT_TRANSLATE_NOOP("Problems", "must be at most Canvas.Height ({height}) "
                                                             "(got {value})"), "region-in-canvas",
                             height=canvas.height, value=h))
        if known_w and known_h and None not in (x, y, w, h) and 0 < w <= bounds.w_max and 0 < h <= bounds.h_max:
            if 0 <= x <= bounds.x_max and 0 <= y <= bounds.y_max and (x + w > canvas.width or y + h > canvas.height):
                out.append(warning(join_path(base, "Regions", i),
                                   QT_TRANSLATE_NOOP("Problems", "reaches past the canvas edge ({geometry} on "
                                                     "{canvas}); the part outside is cut off"), "region-past-edge",
                                   geometry=f"{x}+{w} × {y}+{h}", canvas=f"{canvas.width}×{canvas.height}"))
            key = (x, y, w, h)
            if key in rects:
                out.append(warning(join_path(base, "Regions", i),
                                   QT_TRANSLATE_NOOP("Problems", "lies exactly on top of {other}"), "region-on-top",
                                   other=f"Regions[{rects[key]}]"))
            else:
                rects[key] = i
        radius = _num(region, "CornerRadius", 0.0)
        if known_w and radius and w and h and w > 0 and h > 0 and radius * canvas.width > min(w, h) / 2:
            out.append(warning(at("CornerRadius"), QT_TRANSLATE_NOOP("Problems", "a radius of {radius} px "
                                                                     "(CornerRadius × Canvas.Width) is more than "
                                                                     "half the region's smaller side, so the service "
                                                                     "draws no rounding"), "corner-too-large",
                               radius=f"{radius * canvas.width:.0f}"))
        crop = _obj(region, "SourceCrop")
        cx, cw = _num(crop, "LocationX", 0.0), _num(crop, "WidthProportion", 1.0)
        cy, ch = _num(crop, "LocationY", 0.0), _num(crop, "HeightProportion", 1.0)
        if None not in (cx, cw) and cx + cw > 1.0 + 1e-9:
            out.append(warning(at("SourceCrop"), QT_TRANSLATE_NOOP("Problems", "the crop reaches past the right "
                                                                   "edge of the source frame"), "crop-past-edge"))
        if None not in (cy, ch) and cy + ch > 1.0 + 1e-9:
            out.append(warning(at("SourceCrop"), QT_TRANSLATE_NOOP("Problems", "the crop reaches past the bottom "
                                                                   "edge of the source frame"), "crop-past-edge"))
    if not regions and streams and "Regions" not in custom:
        out.append(error(join_path(base, "Regions"), QT_TRANSLATE_NOOP("Problems", "is required in the custom "
                                                                       "layout (LayoutMode 2): give each stream "
                                                                       "its Region"), "regions-required"))
    return out


def start_rules(body: dict) -> list[Problem]:
    if not isinstance(body, dict):
        return []
    out: list[Problem] = []
    out += stream_list_rules(body, "TargetStreams")
    out += stream_list_rules(body, "ExcludeStreams")
    out += exclude_rules(body)
    out += applies.problems_of(body, "volcengine")
    out += record_mode_rules(body)
    out += encode_rules(body)
    out += control_rules(body)
    out += file_format_rules(body)
    out += file_name_rules(body)
    out += storage_rules(body)
    out += layout_rules(body)
    return out


# What UpdateRecord really changes, from the spec: TargetStreams, the canvas background and the
# Regions. Anything else in its Layout is accepted by the API's shape but has no effect.
_UPDATE_EFFECTIVE_CANVAS = ("Background", "BackgroundImage")


def largest_canvas() -> Canvas:
    """The biggest canvas the API allows: what an update's regions must fit when the task's is unknown."""
    return Canvas(width=int(limits_for("Layout.CustomLayout.Canvas.Width").maximum),
                  height=int(limits_for("Layout.CustomLayout.Canvas.Height").maximum))


def update_rules(body: dict, task_canvas: Canvas | None = None) -> list[Problem]:
    """UpdateRecord's rules. Its Regions are measured against `task_canvas`, the running task's
    canvas, when the caller knows it; otherwise only against the largest canvas the API allows."""
    if not isinstance(body, dict):
        return []
    out: list[Problem] = []
    out += stream_list_rules(body, "TargetStreams")
    layout = _obj(body, "Layout")
    if layout:
        mode = _int(layout, "LayoutMode", 2)
        if mode is not None and mode != LAYOUT_MODE_CUSTOM:
            out.append(error("Layout.LayoutMode", QT_TRANSLATE_NOOP("Problems", "only custom-layout tasks "
                                                                     "(LayoutMode 2) can be updated"),
                             "update-custom-only"))
            return out
        canvas = _obj(layout, "CustomLayout", "Canvas")
        for key in canvas:
            if key not in _UPDATE_EFFECTIVE_CANVAS:
                out.append(warning(join_path("Layout.CustomLayout.Canvas", str(key)),
                                   QT_TRANSLATE_NOOP("Problems", "cannot be changed while recording; "
                                                     "UpdateRecord ignores it"), "update-ignored"))
        custom = _obj(layout, "CustomLayout")
        if custom and "Regions" not in custom:
            out.append(error("Layout.CustomLayout.Regions", QT_TRANSLATE_NOOP("Problems", "UpdateRecord replaces the "
                                                                              "whole layout: send every Region"),
                             "update-whole-regions"))
        as_custom = {**body, "Layout": {**layout, "LayoutMode": 2}}
        out += applies.problems_of(as_custom, "volcengine")
        out += layout_rules(as_custom, updating=True, canvas=task_canvas or largest_canvas())
    return out
