"""The picture of a mixed recording as geometry: a `Canvas` and one `Region` per stream.

Vendor-neutral and immutable (edits make new values with `dataclasses.replace`), so the editor's
undo commands can keep before/after states cheaply. It converts losslessly to and from the
Volcengine ``Layout.CustomLayout`` object in the API's spelling: each value remembers whether
the source set it (``explicit``), so a field the user never set stays out of the request and
the server's default applies.

Field limits do not live here: static ranges are declared once on the request model
(`mixframe.model.volcengine`); the rules that depend on the canvas are `region_bounds` below.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Iterable, Mapping

# Python attribute -> API spelling, in the order the API documents them.
CANVAS_FIELDS: dict[str, str] = {
    "width": "Width",
    "height": "Height",
    "background": "Background",
    "background_image": "BackgroundImage",
}
CROP_FIELDS: dict[str, str] = {
    "x": "LocationX",
    "y": "LocationY",
    "w": "WidthProportion",
    "h": "HeightProportion",
}
REGION_FIELDS: dict[str, str] = {
    "stream_index": "StreamIndex",
    "x": "LocationX",
    "y": "LocationY",
    "width": "Width",
    "height": "Height",
    "z_order": "ZOrder",
    "alpha": "Alpha",
    "render_mode": "RenderMode",
    "crop": "SourceCrop",
    "alternate_image": "AlternateImage",
    "corner_radius": "CornerRadius",
    "media_type": "MediaType",
    "alternate_image_fill_mode": "AlternateImageFillMode",
}
# Fields the API requires on every Region: always emitted.
REGION_REQUIRED = frozenset({"stream_index", "width", "height"})

# RenderMode values (seed: 0 and 3 both stretch; 3 is the recommended spelling).
RENDER_STRETCH = 0
RENDER_FILL = 1  # crop to the region's aspect, then scale to fill
RENDER_FIT = 2  # keep the source aspect, centre, pad with the background colour
RENDER_STRETCH_RECOMMENDED = 3

MEDIA_AUDIO_VIDEO = 0
MEDIA_AUDIO_ONLY = 1
MEDIA_VIDEO_ONLY = 2

STREAM_NORMAL = 0
STREAM_SCREEN = 1


def _emit(obj: Any, mapping: Mapping[str, str], defaults: Any, always: Iterable[str] = ()) -> dict:
    out: dict[str, Any] = {}
    always = set(always)
    for attr, api in mapping.items():
        value = getattr(obj, attr)
        if attr in always or attr in obj.explicit or value != getattr(defaults, attr):
            out[api] = value.to_api() if hasattr(value, "to_api") else value
    return out


def _absorb(data: Mapping[str, Any], mapping: Mapping[str, str]) -> tuple[dict[str, Any], frozenset]:
    kwargs: dict[str, Any] = {}
    for attr, api in mapping.items():
        if api in data:
            kwargs[attr] = data[api]
    return kwargs, frozenset(kwargs)


@dataclass(frozen=True)
class Crop:
    """Region.SourceCrop: the part of the source frame that is shown, as proportions."""

    x: float = 0.0
    y: float = 0.0
    w: float = 1.0
    h: float = 1.0
    explicit: frozenset = field(default=frozenset(), compare=False, repr=False)

    @property
    def is_full(self) -> bool:
        return (self.x, self.y, self.w, self.h) == (0.0, 0.0, 1.0, 1.0)

    def to_api(self) -> dict:
        return _emit(self, CROP_FIELDS, _DEFAULT_CROP)

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> "Crop":
        kwargs, explicit = _absorb(data, CROP_FIELDS)
        return cls(**kwargs, explicit=explicit)


_DEFAULT_CROP = Crop()


@dataclass(frozen=True)
class Canvas:
    """Layout.CustomLayout.Canvas: the output picture's size and background."""

    width: int = 640
    height: int = 480
    background: str = "#000000"
    background_image: str = ""
    explicit: frozenset = field(default=frozenset(), compare=False, repr=False)

    def to_api(self) -> dict:
        return _emit(self, CANVAS_FIELDS, _DEFAULT_CANVAS)

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> "Canvas":
        kwargs, explicit = _absorb(data, CANVAS_FIELDS)
        return cls(**kwargs, explicit=explicit)


_DEFAULT_CANVAS = Canvas()


@dataclass(frozen=True)
class Region:
    """One stream's rectangle on the canvas, in integer pixels, with how it is drawn there."""

    stream_index: int
    x: int = 0
    y: int = 0
    width: int = 640
    height: int = 480
    z_order: int = 0
    alpha: float = 1.0
    render_mode: int = RENDER_STRETCH
    crop: Crop = _DEFAULT_CROP
    alternate_image: str = ""
    corner_radius: float = 0.0
    media_type: int = MEDIA_AUDIO_VIDEO
    alternate_image_fill_mode: int = 0
    explicit: frozenset = field(default=frozenset(), compare=False, repr=False)

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def rect(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.width, self.height)

    def with_values(self, **changes: Any) -> "Region":
        """A copy with `changes` applied; the changed fields become explicit."""
        return replace(self, **changes, explicit=self.explicit | frozenset(changes))

    def to_api(self) -> dict:
        out = _emit(self, REGION_FIELDS, _DEFAULT_REGION, always=REGION_REQUIRED)
        if "SourceCrop" in out and not out["SourceCrop"] and "crop" not in self.explicit:
            del out["SourceCrop"]
        return out

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> "Region":
        kwargs, explicit = _absorb(data, REGION_FIELDS)
        if "crop" in kwargs:
            kwargs["crop"] = Crop.from_api(kwargs["crop"] or {})
        return cls(**kwargs, explicit=explicit)


_DEFAULT_REGION = Region(stream_index=0)


@dataclass(frozen=True)
class StreamRef:
    """A stream in the room: TargetStreams.StreamList[i] (UserId, StreamType, Index)."""

    user_id: str
    stream_type: int = STREAM_NORMAL
    index: int = 0
    explicit: frozenset = field(default=frozenset(), compare=False, repr=False)

    def to_api(self) -> dict:
        out = {"UserId": self.user_id}
        if "stream_type" in self.explicit or self.stream_type != STREAM_NORMAL:
            out["StreamType"] = self.stream_type
        if "index" in self.explicit or self.index != 0:
            out["Index"] = self.index
        # Keep the API's documented field order: Index, UserId, StreamType.
        return {k: out[k] for k in ("Index", "UserId", "StreamType") if k in out}

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> "StreamRef":
        names = {"user_id": "UserId", "stream_type": "StreamType", "index": "Index"}
        kwargs, explicit = _absorb(data, names)
        return cls(**kwargs, explicit=explicit)


@dataclass(frozen=True)
class CanvasLayout:
    """The whole custom layout: canvas plus regions (list order is the request's order)."""

    canvas: Canvas = _DEFAULT_CANVAS
    regions: tuple[Region, ...] = ()
    has_canvas: bool = False
    has_regions: bool = False

    def to_custom_layout(self) -> dict:
        """The ``Layout.CustomLayout`` object in API spelling."""
        out: dict[str, Any] = {}
        canvas = self.canvas.to_api()
        if canvas or self.has_canvas:
            out["Canvas"] = canvas
        if self.regions or self.has_regions:
            out["Regions"] = [r.to_api() for r in self.regions]
        return out

    @classmethod
    def from_custom_layout(cls, data: Mapping[str, Any] | None) -> "CanvasLayout":
        data = data or {}
        canvas = Canvas.from_api(data["Canvas"]) if data.get("Canvas") is not None else _DEFAULT_CANVAS
        regions = tuple(Region.from_api(r) for r in data.get("Regions") or ())
        return cls(canvas, regions, has_canvas="Canvas" in data, has_regions="Regions" in data)

    def region_for(self, stream_index: int) -> Region | None:
        for r in self.regions:
            if r.stream_index == stream_index:
                return r
        return None

    def with_regions(self, regions: Iterable[Region]) -> "CanvasLayout":
        return replace(self, regions=tuple(regions))

    def with_canvas(self, canvas: Canvas) -> "CanvasLayout":
        return replace(self, canvas=canvas, has_canvas=True)


@dataclass(frozen=True)
class Bounds:
    """Where a region may be on a canvas, as the API documents it (inclusive integer ranges)."""

    x_min: int
    x_max: int
    y_min: int
    y_max: int
    w_min: int
    w_max: int
    h_min: int
    h_max: int


def region_bounds(canvas: Canvas) -> Bounds:
    """The documented position and size limits of a Region on `canvas`.

    LocationX is in [0, Canvas.Width), LocationY in [0, Canvas.Height), Width in
    (0, Canvas.Width] and Height in (0, Canvas.Height]. All are integers, so the open ends
    become W-1 and 1. A region reaching past the right or bottom edge is legal (the service
    clips it) and is only warned about.
    """
    return Bounds(0, canvas.width - 1, 0, canvas.height - 1, 1, canvas.width, 1, canvas.height)


def clamp_region(region: Region, canvas: Canvas, keep_inside: bool = True) -> Region:
    """`region` moved and sized to the nearest legal integer rectangle on `canvas`.

    With `keep_inside`, the region also stays wholly on the canvas (the editor's behaviour: it
    never produces a region that the service would clip).
    """
    b = region_bounds(canvas)
    w = min(max(int(round(region.width)), b.w_min), b.w_max)
    h = min(max(int(round(region.height)), b.h_min), b.h_max)
    x_max = canvas.width - w if keep_inside else b.x_max
    y_max = canvas.height - h if keep_inside else b.y_max
    x = min(max(int(round(region.x)), b.x_min), x_max)
    y = min(max(int(round(region.y)), b.y_min), y_max)
    if (x, y, w, h) == region.rect():
        return region
    return region.with_values(x=x, y=y, width=w, height=h)


def region_fields() -> list[str]:
    """The editable Region attributes, in API order (for inspectors and tests)."""
    return [f.name for f in fields(Region) if f.name != "explicit"]
