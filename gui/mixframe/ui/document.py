"""The layout document: the one truth the canvas, inspector and layer list are views of.

It holds the custom layout (canvas + one Region per stream), the target streams, editor-only
state (lock, hide, local placeholder image, grid, snapping) and the selection. Every edit is a
method that pushes an undo command; the command calls the private ``_replace_*`` setters, which
emit the signals the views follow. Views never change the document any other way.

"Index" in this module always means a stream's ``Index`` (``StreamRef.index``, which is the
``Region.stream_index`` of its region), never a position in a list.

Every value the document accepts is clamped to the documented limits, so the document always
serializes to a valid ``Layout.CustomLayout``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from mixframe.model.layout import (
    Canvas,
    CanvasLayout,
    Crop,
    Region,
    StreamRef,
    clamp_region,
)
from mixframe.model.limits import FieldLimits, limits_for
from mixframe.model.volcengine_api import LAYOUT_MODE_CUSTOM, MAX_STREAMS
from mixframe.model.preset import RegionFlags
from mixframe.model.problems import DocumentError, Problem, join_path, warning
from mixframe.model.scene import CUSTOM_LAYOUT, check_drawable, object_at, streams_of
from mixframe.ui.commands import (
    SetCanvasCommand,
    SetEditorStateCommand,
    SetRegionsCommand,
    SetViewSettingsCommand,
    StructureCommand,
)

REGIONS_PATH = "Layout.CustomLayout.Regions"
STREAMS_PATH = "TargetStreams.StreamList"


def tr(text: str) -> str:
    return QCoreApplication.translate("LayoutDocument", text)


# --- limits ---------------------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def limits(path: str) -> FieldLimits:
    """The documented limits of the field at `path` (the request model is their one home)."""
    return limits_for(path)



# The smallest step the editor takes away from an open end of a float range.
FLOAT_STEP = 0.01


def clamp_number(value: float, lim: FieldLimits, default: float | None = None):
    """`value` moved to the nearest value the documented range `lim` allows, in editor steps."""
    return lim.clamp(value, float_step=FLOAT_STEP, default=default)


def _region_limit(name: str) -> FieldLimits:
    return limits(f"{REGIONS_PATH}[].{name}")


def clamp_crop(crop: Crop) -> Crop:
    """A crop inside the documented ranges that also stays inside the source frame."""
    lx = _region_limit("SourceCrop.LocationX")
    ly = _region_limit("SourceCrop.LocationY")
    lw = _region_limit("SourceCrop.WidthProportion")
    lh = _region_limit("SourceCrop.HeightProportion")
    x = clamp_number(crop.x, lx)
    y = clamp_number(crop.y, ly)
    w = clamp_number(min(crop.w, 1.0 - x), lw)
    h = clamp_number(min(crop.h, 1.0 - y), lh)
    if (x, y, w, h) == (crop.x, crop.y, crop.w, crop.h):
        return crop
    changed = {k for k, a, b in (("x", x, crop.x), ("y", y, crop.y), ("w", w, crop.w), ("h", h, crop.h)) if a != b}
    return replace(crop, x=x, y=y, w=w, h=h, explicit=crop.explicit | changed)


def clamp_region_values(region: Region, canvas: Canvas) -> Region:
    """`region` with every field inside its documented limits, wholly on `canvas`."""
    region = clamp_region(region, canvas)
    changes: dict[str, Any] = {}
    z = clamp_number(region.z_order, _region_limit("ZOrder"))
    if z != region.z_order:
        changes["z_order"] = z
    alpha = clamp_number(region.alpha, _region_limit("Alpha"))
    if alpha != region.alpha:
        changes["alpha"] = alpha
    radius = clamp_number(region.corner_radius, _region_limit("CornerRadius"))
    if radius != region.corner_radius:
        changes["corner_radius"] = radius
    for attr, name, default in (
        ("render_mode", "RenderMode", 0),
        ("media_type", "MediaType", 0),
        ("alternate_image_fill_mode", "AlternateImageFillMode", 0),
    ):
        value = clamp_number(getattr(region, attr), _region_limit(name), default=default)
        if value != getattr(region, attr):
            changes[attr] = value
    crop = clamp_crop(region.crop)
    if crop != region.crop:
        changes["crop"] = crop
    return region.with_values(**changes) if changes else region


# What the editor can draw and edit as written (a file's value outside its documented range but
# inside this envelope is kept exactly, and the problems list names it): sizes up to twice the
# largest canvas (a picture is allocated at its size), positions within ten times it either way,
# proportions and opacities within a million (drawing clips them). Beyond it
# (10**30, 1e300: the canvas would allocate gigabytes or Qt would overflow) the value is moved
# inside its documented range, and the document says it changed.
_DRAWABLE_PIXELS = 2
_DRAWABLE_POSITION = 10
_DRAWABLE_FRACTION = 1e6
_DRAWABLE_INT = 2**31 - 1


def _pixel_span(times: int = _DRAWABLE_PIXELS) -> float:
    lw = limits("Layout.CustomLayout.Canvas.Width").maximum
    lh = limits("Layout.CustomLayout.Canvas.Height").maximum
    return times * max(float(lw or 1920), float(lh or 1920))


def _drawable(value: Any, low: float, high: float) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return low <= float(value) <= high
    except OverflowError:
        return False


def drawable_region(region: Region, canvas: Canvas) -> tuple[Region, bool]:
    """`region` with each value the editor cannot draw moved inside its documented limits (the
    others exactly as written), and whether anything moved."""
    span, far = _pixel_span(), _pixel_span(_DRAWABLE_POSITION)
    pixel, fraction, integer = (-far, far), (-_DRAWABLE_FRACTION, _DRAWABLE_FRACTION), (-_DRAWABLE_INT, _DRAWABLE_INT)
    envelope = {"x": pixel, "y": pixel, "width": (0, span), "height": (0, span), "z_order": integer,
                "alpha": fraction, "corner_radius": fraction, "render_mode": integer, "media_type": integer,
                "alternate_image_fill_mode": integer}
    crop_envelope = ("x", "y", "w", "h")
    bad = [name for name, (low, high) in envelope.items() if not _drawable(getattr(region, name), low, high)]
    bad_crop = [name for name in crop_envelope if not _drawable(getattr(region.crop, name), *fraction)]
    if not bad and not bad_crop:
        return region, False
    clamped = clamp_region_values(region, _drawable_canvas(canvas))
    changes: dict[str, Any] = {name: getattr(clamped, name) for name in bad}
    if bad_crop:
        changes["crop"] = replace(region.crop, **{name: getattr(clamped.crop, name) for name in bad_crop},
                                  explicit=region.crop.explicit | set(bad_crop))
    return region.with_values(**changes), True


def _drawable_canvas(canvas: Canvas) -> Canvas:
    span = _pixel_span()
    if _drawable(canvas.width, 1, span) and _drawable(canvas.height, 1, span):
        return canvas
    return clamp_canvas(canvas)


def clamp_canvas(canvas: Canvas) -> Canvas:
    lw = limits("Layout.CustomLayout.Canvas.Width")
    lh = limits("Layout.CustomLayout.Canvas.Height")
    w = clamp_number(canvas.width, lw)
    h = clamp_number(canvas.height, lh)
    if (w, h) == (canvas.width, canvas.height):
        return canvas
    return replace(canvas, width=w, height=h, explicit=canvas.explicit | {"width", "height"})


# --- editor-only state -----------------------------------------------------------------------



@dataclass(frozen=True)
class Transform:
    """What copy/paste transform carries from one region to others (position, size, crop)."""

    x: int
    y: int
    width: int
    height: int
    crop: Crop = Crop()


@dataclass(frozen=True)
class Snapshot:
    """Streams, layout and editor state at one moment: the undo unit of structural edits."""

    streams: tuple[StreamRef, ...]
    layout: CanvasLayout
    editor: tuple[tuple[int, RegionFlags], ...]


ALIGN_EDGES = ("left", "hcenter", "right", "top", "vcenter", "bottom")
DISTRIBUTE_AXES = ("horizontal", "vertical")
DEFAULT_GRID_SIZE = 20


class LayoutDocument(QObject):
    """The composed layout of one recording, with its undo stack and selection."""

    regionsChanged = Signal(list)  # stream indices whose Region changed
    structureChanged = Signal()  # streams/regions added, removed, renumbered; template applied
    canvasChanged = Signal()
    editorStateChanged = Signal(list)  # stream indices whose lock/hide/image changed; [] = grid/snap
    selectionChanged = Signal()
    changed = Signal()  # any change of the document (not of the selection)

    def __init__(
        self,
        layout: CanvasLayout | None = None,
        streams: Sequence[StreamRef] = (),
        parent: QObject | None = None,
        undo_stack: QUndoStack | None = None,
        custom: bool = True,
    ):
        super().__init__(parent)
        # The request document shares its stack, so form and canvas edits undo in one order.
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        if undo_stack is None:
            self.undo_stack.setObjectName("layoutUndoStack")
        self._merge_series = 0
        self._layout = CanvasLayout()
        self._streams: tuple[StreamRef, ...] = ()
        self._editor: dict[int, RegionFlags] = {}
        self._selection: list[int] = []
        self._grid_size = DEFAULT_GRID_SIZE
        self._grid_visible = False
        self._snap = True
        self.load_problems: list[Problem] = []
        self.load_changed = False
        self._load(layout or CanvasLayout(), streams, custom)

    # --- reading ---------------------------------------------------------------------------

    @property
    def layout(self) -> CanvasLayout:
        return self._layout

    @property
    def canvas(self) -> Canvas:
        return self._layout.canvas

    @property
    def streams(self) -> tuple[StreamRef, ...]:
        return self._streams

    def indices(self) -> list[int]:
        """Stream indices in StreamList order."""
        return [s.index for s in self._streams]

    def stream(self, index: int) -> StreamRef:
        for s in self._streams:
            if s.index == index:
                return s
        raise KeyError(index)

    def region(self, index: int) -> Region:
        found = self._layout.region_for(index)
        if found is None:
            raise KeyError(index)
        return found

    def position_of(self, index: int) -> int:
        """The stream's position in TargetStreams.StreamList."""
        return self.indices().index(index)

    def editor(self, index: int) -> RegionFlags:
        return self._editor.get(index, RegionFlags())

    def is_locked(self, index: int) -> bool:
        return self.editor(index).locked

    def is_hidden(self, index: int) -> bool:
        return self.editor(index).hidden

    def image(self, index: int) -> str | None:
        return self.editor(index).image

    @property
    def grid_size(self) -> int:
        return self._grid_size

    @property
    def grid_visible(self) -> bool:
        return self._grid_visible

    @property
    def snap_enabled(self) -> bool:
        return self._snap

    @property
    def selection(self) -> list[int]:
        return list(self._selection)

    def layer_order(self) -> list[int]:
        """Stream indices from the bottom layer to the top: by ZOrder, ties by Regions order."""
        regions = self._layout.regions
        order = sorted(range(len(regions)), key=lambda i: (regions[i].z_order, i))
        return [regions[i].stream_index for i in order]

    def can_add_stream(self) -> bool:
        return len(self._streams) < MAX_STREAMS

    def is_clean(self) -> bool:
        return self.undo_stack.isClean()

    def copy_transform(self, index: int) -> Transform:
        r = self.region(index)
        return Transform(r.x, r.y, r.width, r.height, r.crop)

    # --- selection (not an edit: no undo step, no `changed`) --------------------------------

    def set_selection(self, indices: Iterable[int]) -> None:
        known = set(self.indices())
        new: list[int] = []
        for i in indices:
            if i in known and i not in new:
                new.append(i)
        if new != self._selection:
            self._selection = new
            self.selectionChanged.emit()

    # --- edits ------------------------------------------------------------------------------

    def set_regions(self, changes: Mapping[int, Region], text: str, merge_key: str | None = None,
                    clamp: bool = True) -> None:
        """Replace the regions of the given streams as one undo step.

        Gestures (drag, nudge, align) are clamped to the limits and the canvas. A typed value
        (`clamp=False`) is kept as typed: if it breaks a rule, the problems list says so.
        Consecutive calls with the same `merge_key` and the same streams merge into one step until
        `end_merge()` is called (a drag calls it on mouse release).
        """
        before: dict[int, Region] = {}
        after: dict[int, Region] = {}
        for index, region in changes.items():
            old = self.region(index)
            if region.stream_index != index:
                region = replace(region, stream_index=index)
            new = clamp_region_values(region, self.canvas) if clamp else region
            before[index] = old
            after[index] = new
        if not after:
            return
        if after == before and merge_key is None:
            return
        if after == before and not self._merge_open(merge_key, set(after)):
            return
        self.undo_stack.push(SetRegionsCommand(self, before, after, text, merge_key))

    def end_merge(self) -> None:
        """Close the current merge series: the next merging edit starts a new undo step."""
        self._merge_series += 1

    def set_canvas(self, canvas: Canvas) -> None:
        """The canvas as typed. Regions stay where they are: one that no longer fits is a problem
        to show, not a region to crush (typing 1920 digit by digit once left a 20 px region)."""
        if canvas == self.canvas and self._layout.has_canvas:
            return
        self.undo_stack.push(SetCanvasCommand(self, self.canvas, canvas, {}, {}, tr("Change canvas")))

    def add_stream(self, stream: StreamRef, region: Region | None = None) -> int:
        """Add a stream and its region (a free grid cell when `region` is None); returns its index."""
        if not self.can_add_stream():
            raise ValueError(
                tr("A recording can target at most {n} streams (TargetStreams.StreamList).").format(n=MAX_STREAMS)
            )
        if stream.index in self.indices():
            raise ValueError(
                tr("Stream index {i} is already used; each stream needs its own Index.").format(i=stream.index)
            )
        if region is None:
            region = self.default_region(stream.index)
        region = clamp_region_values(replace(region, stream_index=stream.index), self.canvas)
        after = Snapshot(
            self._streams + (stream,),
            self._layout.with_regions(self._layout.regions + (region,)),
            self._snapshot().editor,
        )
        self.undo_stack.push(StructureCommand(self, self._snapshot(), after, tr("Add stream {name}").format(name=stream.user_id)))
        return stream.index

    def remove_streams(self, indices: Iterable[int]) -> None:
        gone = set(indices) & set(self.indices())
        if not gone:
            return
        after = Snapshot(
            tuple(s for s in self._streams if s.index not in gone),
            self._layout.with_regions(r for r in self._layout.regions if r.stream_index not in gone),
            tuple((i, e) for i, e in self._snapshot().editor if i not in gone),
        )
        text = tr("Remove stream") if len(gone) == 1 else tr("Remove {n} streams").format(n=len(gone))
        self.undo_stack.push(StructureCommand(self, self._snapshot(), after, text))

    def update_stream(self, index: int, stream: StreamRef) -> None:
        """Change a stream's UserId/StreamType/Index; its region and editor state follow the Index."""
        old = self.stream(index)
        if stream == old and stream.explicit == old.explicit:
            return
        if stream.index != index and stream.index in self.indices():
            raise ValueError(
                tr("Stream index {i} is already used; each stream needs its own Index.").format(i=stream.index)
            )
        streams = tuple(stream if s.index == index else s for s in self._streams)
        regions = tuple(
            r.with_values(stream_index=stream.index) if r.stream_index == index else r for r in self._layout.regions
        )
        editor = tuple((stream.index if i == index else i, e) for i, e in self._snapshot().editor)
        after = Snapshot(streams, self._layout.with_regions(regions), editor)
        self.undo_stack.push(StructureCommand(self, self._snapshot(), after, tr("Change stream")))

    def duplicate(self, indices: Iterable[int]) -> list[int]:
        """Add a copy of each stream (new unique Index, UserId with a suffix), offset a little."""
        indices = [i for i in indices if i in self.indices()]
        if not indices:
            return []
        if len(self._streams) + len(indices) > MAX_STREAMS:
            raise ValueError(
                tr("A recording can target at most {n} streams (TargetStreams.StreamList).").format(n=MAX_STREAMS)
            )
        streams = list(self._streams)
        regions = list(self._layout.regions)
        editor = dict(self._editor)
        used_ids = {s.user_id for s in streams}
        new_indices: list[int] = []
        for index in indices:
            source = self.stream(index)
            new_index = _first_free(s.index for s in streams)
            user_id = _unique_user_id(source.user_id, used_ids)
            used_ids.add(user_id)
            copy = StreamRef(user_id, source.stream_type, new_index, explicit=source.explicit | {"index"})
            streams.append(copy)
            r = self.region(index)
            offset = max(1, self.grid_size)
            regions.append(clamp_region_values(replace(r, stream_index=new_index, x=r.x + offset, y=r.y + offset), self.canvas))
            if self.image(index):
                editor[new_index] = RegionFlags(image=self.image(index))
            new_indices.append(new_index)
        after = Snapshot(tuple(streams), self._layout.with_regions(regions), tuple(sorted(editor.items())))
        self.undo_stack.push(StructureCommand(self, self._snapshot(), after, tr("Duplicate")))
        self.set_selection(new_indices)
        return new_indices

    def apply_template(self, template: str | Callable | Any) -> None:
        """Lay all regions out by a template (an id of `mixframe.model.templates.TEMPLATES`, or a
        function ``(streams, canvas) -> list[Region]``); the result stays editable."""
        function = _template_function(template)
        produced = function(self._streams, self.canvas)
        known = set(self.indices())
        before: dict[int, Region] = {}
        after: dict[int, Region] = {}
        for made in produced:
            if made.stream_index not in known:
                continue
            old = self.region(made.stream_index)
            new = clamp_region_values(old.with_values(**_template_values(made)), self.canvas)
            before[made.stream_index] = old
            after[made.stream_index] = new
        if after == before:
            return
        name = getattr(template, "name", None) or (template if isinstance(template, str) else tr("template"))
        text = tr("Apply template {name}").format(name=name)
        self.undo_stack.push(SetRegionsCommand(self, before, after, text, structural=True))

    def set_locked(self, indices: Iterable[int], locked: bool) -> None:
        self._edit_editor(indices, lambda e: replace(e, locked=locked), tr("Lock") if locked else tr("Unlock"))

    def set_hidden(self, indices: Iterable[int], hidden: bool) -> None:
        self._edit_editor(indices, lambda e: replace(e, hidden=hidden), tr("Hide") if hidden else tr("Show"))

    def set_image(self, index: int, path: str | None) -> None:
        self._edit_editor([index], lambda e: replace(e, image=path or None), tr("Set placeholder image"))

    def set_grid(self, size: int | None = None, visible: bool | None = None) -> None:
        size = self._grid_size if size is None else max(2, int(size))
        visible = self._grid_visible if visible is None else bool(visible)
        self._edit_view((size, visible, self._snap), tr("Change grid"))

    def set_snap(self, enabled: bool) -> None:
        self._edit_view((self._grid_size, self._grid_visible, bool(enabled)), tr("Toggle snapping"))

    # z-order: each op computes a new bottom-to-top order and gives it distinct ZOrder values.

    def raise_(self, indices: Iterable[int]) -> None:
        chosen = set(indices)
        order = self.layer_order()
        for pos in range(len(order) - 2, -1, -1):
            if order[pos] in chosen and order[pos + 1] not in chosen:
                order[pos], order[pos + 1] = order[pos + 1], order[pos]
        self._set_layer_order(order, tr("Raise"))

    def lower(self, indices: Iterable[int]) -> None:
        chosen = set(indices)
        order = self.layer_order()
        for pos in range(1, len(order)):
            if order[pos] in chosen and order[pos - 1] not in chosen:
                order[pos], order[pos - 1] = order[pos - 1], order[pos]
        self._set_layer_order(order, tr("Lower"))

    def to_front(self, indices: Iterable[int]) -> None:
        chosen = set(indices)
        order = self.layer_order()
        self._set_layer_order([i for i in order if i not in chosen] + [i for i in order if i in chosen], tr("Bring to front"))

    def to_back(self, indices: Iterable[int]) -> None:
        chosen = set(indices)
        order = self.layer_order()
        self._set_layer_order([i for i in order if i in chosen] + [i for i in order if i not in chosen], tr("Send to back"))

    def move_layer(self, index: int, new_position: int) -> None:
        """Move a stream's layer to `new_position` in `layer_order()` (0 = bottom)."""
        order = self.layer_order()
        order.remove(index)
        new_position = min(max(0, new_position), len(order))
        order.insert(new_position, index)
        self._set_layer_order(order, tr("Move layer"))

    def align(self, indices: Iterable[int], edge: str) -> None:
        """Align regions to the edge of their common bounding box (one region: to the canvas).

        Locked regions stay where they are.
        """
        if edge not in ALIGN_EDGES:
            raise ValueError(f"unknown edge {edge!r}; expected one of {', '.join(ALIGN_EDGES)}")
        regions = [self.region(i) for i in indices if i in self.indices()]
        if not regions:
            return
        if len(regions) == 1:
            left, top, right, bottom = 0, 0, self.canvas.width, self.canvas.height
        else:
            left = min(r.x for r in regions)
            top = min(r.y for r in regions)
            right = max(r.right for r in regions)
            bottom = max(r.bottom for r in regions)
        changes: dict[int, Region] = {}
        for r in regions:
            if self.is_locked(r.stream_index):
                continue
            x, y = r.x, r.y
            if edge == "left":
                x = left
            elif edge == "right":
                x = right - r.width
            elif edge == "hcenter":
                x = (left + right - r.width) // 2
            elif edge == "top":
                y = top
            elif edge == "bottom":
                y = bottom - r.height
            else:
                y = (top + bottom - r.height) // 2
            changes[r.stream_index] = r.with_values(x=x, y=y) if (x, y) != (r.x, r.y) else r
        self.set_regions(changes, tr("Align"))

    def distribute(self, indices: Iterable[int], axis: str) -> None:
        """Space three or more regions evenly between the outermost two (locked ones stay)."""
        if axis not in DISTRIBUTE_AXES:
            raise ValueError(f"unknown axis {axis!r}; expected one of {', '.join(DISTRIBUTE_AXES)}")
        regions = [self.region(i) for i in indices if i in self.indices()]
        if len(regions) < 3:
            return
        horizontal = axis == "horizontal"
        pos = (lambda r: r.x) if horizontal else (lambda r: r.y)
        size = (lambda r: r.width) if horizontal else (lambda r: r.height)
        regions.sort(key=lambda r: (pos(r), r.stream_index))
        start = pos(regions[0])
        end = pos(regions[-1]) + size(regions[-1])
        gap = (end - start - sum(size(r) for r in regions)) / (len(regions) - 1)
        changes: dict[int, Region] = {}
        cursor = float(start)
        for r in regions:
            target = int(round(cursor))
            cursor += size(r) + gap
            if self.is_locked(r.stream_index) or target == pos(r):
                continue
            changes[r.stream_index] = r.with_values(x=target) if horizontal else r.with_values(y=target)
        if changes:
            self.set_regions(changes, tr("Distribute"))

    def paste_transform(self, indices: Iterable[int], transform: Transform) -> None:
        """Give each region the copied position, size and crop (locked regions stay)."""
        changes = {
            i: self.region(i).with_values(
                x=transform.x, y=transform.y, width=transform.width, height=transform.height, crop=transform.crop
            )
            for i in indices
            if i in self.indices() and not self.is_locked(i)
        }
        if changes:
            self.set_regions(changes, tr("Paste transform"))

    def default_region(self, index: int) -> Region:
        """Where a new stream goes: the first grid cell no region covers, else a cascade."""
        canvas = self.canvas
        taken = [r.rect() for r in self._layout.regions]
        for cols in range(2, 6):
            w, h = canvas.width // cols, canvas.height // cols
            for row in range(cols):
                for col in range(cols):
                    cell = (col * w, row * h, w, h)
                    if not any(_overlaps(cell, t) for t in taken):
                        return Region(index).with_values(x=cell[0], y=cell[1], width=w, height=h)
        step = 32 * (len(self._streams) % 10)
        w, h = canvas.width // 4, canvas.height // 4
        return Region(index).with_values(x=step, y=step, width=w, height=h)

    # --- loading and saving -----------------------------------------------------------------

    @classmethod
    def from_request(cls, request: Mapping[str, Any], editor: Mapping[str, Any] | None = None,
                     parent: QObject | None = None, undo_stack: QUndoStack | None = None) -> "LayoutDocument":
        """A document from a Volcengine request body's streams and CustomLayout (API spelling) and
        a preset's editor section. The rest of the body is the request document's.

        Raises DocumentError with one sentence (naming the API path) when the streams cannot be
        told apart or the layout cannot be drawn at all (the one reader the renderer uses too);
        regions of streams that are not in the StreamList are dropped and listed in `load_problems`.
        """
        raw_streams = object_at(request.get("TargetStreams"), "TargetStreams").get("StreamList") or []
        if isinstance(raw_streams, list):
            for pos, item in enumerate(raw_streams):
                if not isinstance(item, Mapping) or "UserId" not in item:
                    raise DocumentError(f"{join_path(STREAMS_PATH, pos)}: {tr('each stream needs a UserId.')}")
        streams = streams_of(request, strict=False)
        seen: set[int] = set()
        for pos, stream in enumerate(streams):
            if stream.index in seen:
                raise DocumentError(
                    f"{join_path(STREAMS_PATH, pos)}.Index: "
                    + tr("index {i} is used by another stream; each stream needs its own Index.").format(i=stream.index)
                )
            seen.add(stream.index)
        if len(streams) > MAX_STREAMS:
            raise DocumentError(
                f"{STREAMS_PATH}: " + tr("{n} streams given, at most {m} can be recorded.").format(n=len(streams), m=MAX_STREAMS)
            )
        layout_section = object_at(request.get("Layout"), "Layout")
        custom = object_at(layout_section.get("CustomLayout"), CUSTOM_LAYOUT)
        custom, dropped = _regions_to_hold(custom, [s.index for s in streams])
        if custom:
            check_drawable(custom, strict=False)
        layout = CanvasLayout.from_custom_layout(custom)
        is_custom = layout_section.get("LayoutMode", limits_for("Layout.LayoutMode").default)
        is_custom = not isinstance(is_custom, bool) and is_custom == LAYOUT_MODE_CUSTOM
        doc = cls(layout, streams, parent=parent, undo_stack=undo_stack, custom=is_custom)
        if dropped:
            doc.load_problems[:0] = dropped
            doc.load_changed = True
        if editor:
            doc.load_editor_state(editor)
        return doc

    def to_request_fragment(self) -> dict:
        """``{"TargetStreams": {"StreamList": …}, "Layout": {"LayoutMode": 2, "CustomLayout": …}}``."""
        return {"TargetStreams": {"StreamList": [s.to_api() for s in self._streams]},
                "Layout": {"LayoutMode": LAYOUT_MODE_CUSTOM, "CustomLayout": self._layout.to_custom_layout()}}

    def editor_state(self) -> dict:
        """The preset's ``editor`` section: grid, snapping and per-stream lock/hide/image."""
        regions = []
        for s in self._streams:
            e = self.editor(s.index)
            if e.is_default:
                continue
            regions.append(e.to_saved(s.index))
        return {"grid": {"size": self._grid_size, "visible": self._grid_visible}, "snap": self._snap, "regions": regions}

    # --- private: loading ---------------------------------------------------------------------

    def _load(self, layout: CanvasLayout, streams: Sequence[StreamRef], custom: bool = True) -> None:
        """Take the file's layout exactly as written: a value out of its range is a problem the
        list shows (as `validate` does), never moved in silently. Only what the editor cannot hold
        (a region for no stream, a second region for one stream, a stream without a region, a
        value too large to draw: see `drawable_region`) is changed; each change is listed in `load_problems` and `load_changed` says the document no
        longer matches its file. Outside a custom layout (`custom` False) the request holds no
        regions, so the ones made for its streams (for a switch to custom) change nothing in it."""
        indices = [s.index for s in streams]
        if len(set(indices)) != len(indices):
            raise ValueError(tr("Each stream needs its own Index."))
        if layout.has_canvas or layout.canvas != Canvas():
            canvas = _drawable_canvas(layout.canvas)
            if canvas != layout.canvas:
                self.load_problems.append(warning("Layout.CustomLayout.Canvas", tr(
                    "a size too large to draw was moved inside the documented limits.")))
                layout = replace(layout, canvas=canvas)
        kept: list[Region] = []
        placed: set[int] = set()
        known = set(indices)
        for pos, region in enumerate(layout.regions):
            path = join_path(REGIONS_PATH, pos)
            if region.stream_index not in known:
                self.load_problems.append(
                    warning(f"{path}.StreamIndex", tr("no stream in TargetStreams.StreamList has Index {i}; the region was dropped.").format(i=region.stream_index))
                )
                continue
            if region.stream_index in placed:
                self.load_problems.append(
                    warning(f"{path}.StreamIndex", tr("a second region for stream {i} was dropped.").format(i=region.stream_index))
                )
                continue
            region, moved = drawable_region(region, layout.canvas)
            if moved:
                self.load_problems.append(warning(path, tr("a value too large to draw was moved inside the documented limits.")))
            placed.add(region.stream_index)
            kept.append(region)
        self._streams = tuple(streams)
        self._layout = layout.with_regions(kept)
        for pos, s in enumerate(streams):
            if s.index not in placed:
                self._layout = self._layout.with_regions(self._layout.regions + (self.default_region(s.index),))
                if custom:
                    self.load_problems.append(warning(
                        f"{join_path(STREAMS_PATH, pos)}",
                        tr("stream Index {i} had no region in Layout.CustomLayout.Regions; one was added.").format(i=s.index)))
        self.load_changed = bool(self.load_problems)

    def load_editor_state(self, editor: Mapping[str, Any]) -> None:
        """Take a preset's editor section (grid, snapping, lock/hide/image) as the starting state:
        not an edit, so no undo step."""
        # The file's editor section is checked on load (its problems are listed); here each value
        # of the wrong type or out of range is left at its default, never read as something else.
        grid = editor.get("grid") if isinstance(editor.get("grid"), Mapping) else {}
        size = grid.get("size")
        if type(size) is int and _grid_size_allowed(size):
            self._grid_size = size
        if isinstance(grid.get("visible"), bool):
            self._grid_visible = grid["visible"]
        if isinstance(editor.get("snap"), bool):
            self._snap = editor["snap"]
        known = set(self.indices())
        entries = editor.get("regions")
        for entry in entries if isinstance(entries, list) else ():
            index = entry.get("stream_index") if isinstance(entry, Mapping) else None
            if type(index) is not int or index not in known:
                continue
            state = RegionFlags.from_saved(entry)
            if not state.is_default:
                self._editor[index] = state

    # --- private: what the commands call ------------------------------------------------------

    def _snapshot(self) -> Snapshot:
        return Snapshot(self._streams, self._layout, tuple(sorted(self._editor.items())))

    def _restore(self, snap: Snapshot) -> None:
        self._streams = snap.streams
        self._layout = snap.layout
        self._editor = dict(snap.editor)
        self._prune_selection()
        self.structureChanged.emit()
        self.changed.emit()

    def _replace_regions(self, regions: Mapping[int, Region], structural: bool = False) -> None:
        self._layout = self._layout.with_regions(regions.get(r.stream_index, r) for r in self._layout.regions)
        if structural:
            self.structureChanged.emit()
        self.regionsChanged.emit(sorted(regions))
        self.changed.emit()

    def _replace_canvas(self, canvas: Canvas, regions: Mapping[int, Region]) -> None:
        self._layout = self._layout.with_canvas(canvas).with_regions(
            regions.get(r.stream_index, r) for r in self._layout.regions
        )
        self.canvasChanged.emit()
        if regions:
            self.regionsChanged.emit(sorted(regions))
        self.changed.emit()

    def _replace_editor_states(self, states: Mapping[int, RegionFlags]) -> None:
        for index, state in states.items():
            if state.is_default:
                self._editor.pop(index, None)
            else:
                self._editor[index] = state
        self.editorStateChanged.emit(sorted(states))
        self.changed.emit()

    def _replace_view_settings(self, grid_size: int, grid_visible: bool, snap: bool) -> None:
        self._grid_size, self._grid_visible, self._snap = grid_size, grid_visible, snap
        self.editorStateChanged.emit([])
        self.changed.emit()

    # --- private: helpers ----------------------------------------------------------------------

    def _merge_open(self, merge_key: str | None, keys: set[int]) -> bool:
        """Whether the top undo command would absorb an edit with this key and these streams."""
        if merge_key is None or self.undo_stack.count() == 0:
            return False
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        return (
            isinstance(top, SetRegionsCommand)
            and self.undo_stack.index() == self.undo_stack.count()
            and top.merge_key == merge_key
            and top.series == self._merge_series
            and set(top.after) == keys
        )

    def _prune_selection(self) -> None:
        known = set(self.indices())
        kept = [i for i in self._selection if i in known]
        if kept != self._selection:
            self._selection = kept
            self.selectionChanged.emit()

    def _edit_editor(self, indices: Iterable[int], change: Callable[[RegionFlags], RegionFlags], text: str) -> None:
        before: dict[int, RegionFlags] = {}
        after: dict[int, RegionFlags] = {}
        for index in indices:
            if index not in self.indices():
                continue
            old = self.editor(index)
            new = change(old)
            if new != old:
                before[index], after[index] = old, new
        if after:
            self.undo_stack.push(SetEditorStateCommand(self, before, after, text))

    def _edit_view(self, after: tuple, text: str) -> None:
        before = (self._grid_size, self._grid_visible, self._snap)
        if after != before:
            self.undo_stack.push(SetViewSettingsCommand(self, before, after, text))

    def _set_layer_order(self, order: list[int], text: str) -> None:
        """Give the layers of `order` (bottom to top) increasing, distinct ZOrder values.

        The current values are reused when they are already distinct (only the moved layers
        change); otherwise they become 0, 1, 2, … so ties cannot hide the new order.
        """
        current = sorted(self.region(i).z_order for i in order)
        lim = _region_limit("ZOrder")
        top = int(lim.maximum) if lim.maximum is not None else 100
        if len(set(current)) != len(current) or current[-1] > top:
            current = list(range(len(order)))
        changes: dict[int, Region] = {}
        for z, index in zip(current, order):
            r = self.region(index)
            if r.z_order != z:
                changes[index] = r.with_values(z_order=z)
        if changes:
            self.set_regions(changes, text)


# Regions the editor drops on load (no stream, or a second one for a stream) are each named up to
# this many times; the rest are counted in one more note. A file with 100,000 of them once made a
# Region, a check and a note for each while the window froze.
LISTED_DROPS = 20


def _regions_to_hold(custom: Mapping, indices: list[int]) -> tuple[Mapping, list[Problem]]:
    """`custom` with only the regions the editor holds (the first for each stream of the list),
    and a note for the dropped ones, at their place in the file. Only the kept regions are
    read further (checked, made into Regions, drawn): at most one per stream."""
    raw = custom.get("Regions") if isinstance(custom, Mapping) else None
    if not isinstance(raw, list):
        return custom, []
    known, placed, kept, notes, more = set(indices), set(), [], [], 0
    for pos, entry in enumerate(raw):
        index = entry.get("StreamIndex") if isinstance(entry, Mapping) else None
        if not isinstance(entry, Mapping) or "StreamIndex" not in entry or (
                type(index) is int and index not in placed and index in known):
            kept.append(entry)  # held, or left to the drawing check to name what is wrong
            if type(index) is int:
                placed.add(index)
            continue
        if type(index) is not int:
            kept.append(entry)
            continue
        if len(notes) >= LISTED_DROPS:
            more += 1
            continue
        path = f"{join_path(REGIONS_PATH, pos)}.StreamIndex"
        if index not in known:
            notes.append(warning(path, tr("no stream in TargetStreams.StreamList has Index {i}; the region was dropped.").format(i=index)))
        else:
            notes.append(warning(path, tr("a second region for stream {i} was dropped.").format(i=index)))
    if more:
        notes.append(warning(REGIONS_PATH, tr("{n} more regions were dropped for the same reasons.").format(n=more)))
    if len(kept) == len(raw):
        return custom, []
    return {**custom, "Regions": kept}, notes


def _grid_size_allowed(size: int) -> bool:
    """Whether a preset's grid size is one the editor state's model allows (its one home)."""
    from mixframe.model.preset_editor import GridState  # noqa: PLC0415 - only when a preset gives one

    field = GridState.model_fields["size"]
    low = next((m.ge for m in field.metadata if getattr(m, "ge", None) is not None), 2)
    high = next((m.le for m in field.metadata if getattr(m, "le", None) is not None), None)
    return size >= low and (high is None or size <= high)


def _first_free(used: Iterable[int]) -> int:
    used = set(used)
    n = 0
    while n in used:
        n += 1
    return n


def _unique_user_id(base: str, used: set[str]) -> str:
    candidate = f"{base}_copy"
    n = 2
    while candidate in used:
        candidate = f"{base}_copy{n}"
        n += 1
    return candidate


def _overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


_TEMPLATE_GEOMETRY = ("x", "y", "width", "height")


def _template_values(made: Region) -> dict[str, Any]:
    """The fields a template decides: its geometry plus whatever else it set."""
    default = Region(made.stream_index)
    values = {k: getattr(made, k) for k in _TEMPLATE_GEOMETRY}
    for name in ("z_order", "alpha", "render_mode", "crop", "corner_radius"):
        if name in made.explicit or getattr(made, name) != getattr(default, name):
            values[name] = getattr(made, name)
    return values


def _template_function(template: Any) -> Callable:
    if isinstance(template, str):
        from mixframe.model.templates import TEMPLATES  # noqa: PLC0415 - lands beside this module

        if template not in TEMPLATES:
            raise ValueError(f"unknown template {template!r}")
        template = TEMPLATES[template]
    for name in ("function", "build", "layout", "regions", "apply", "make"):
        inner = getattr(template, name, None)
        if callable(inner):
            return inner
    if callable(template):
        return template
    raise TypeError(f"{template!r} is not a layout template")


__all__ = [
    "ALIGN_EDGES",
    "DISTRIBUTE_AXES",
    "RegionFlags",
    "LayoutDocument",
    "MAX_STREAMS",
    "Snapshot",
    "Transform",
    "clamp_region_values",
    "limits",
]
