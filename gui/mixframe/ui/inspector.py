"""The inspector: the numbers of the selected Regions and of the Canvas.

Every limit comes from the model: static ranges and choices from
`mixframe.model.limits.limits_for`, position and size from `layout.region_bounds`. Edits go
through the document as undo commands; typing in one field merges into one undo step. With several
regions selected, a field whose values differ shows "—" and editing it sets them all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mixframe.model import layout as lay
from mixframe.model.limits import limits_for
from mixframe.ui.choices import choice_label

MIXED = "—"
LARGEST_CANVAS = lay.Canvas(int(limits_for("Layout.CustomLayout.Canvas.Width").maximum),
                            int(limits_for("Layout.CustomLayout.Canvas.Height").maximum))
REGIONS = "Layout.CustomLayout.Regions[]"
CANVAS = "Layout.CustomLayout.Canvas"


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def field_name(path: str) -> str:
    """The objectName of the editor of an API path (tests and accessibility tools find fields by it)."""
    return f"field.{path}"


@dataclass(frozen=True)
class RegionField:
    """One inspector row: how to read and write a Region value, and its API name."""

    api: str  # path below Regions[], e.g. "Alpha" or "SourceCrop.LocationX"
    get: Callable[[lay.Region], Any]
    set: Callable[[lay.Region, Any], lay.Region]

    @property
    def path(self) -> str:
        return f"{REGIONS}.{self.api}"

    @property
    def name(self) -> str:
        return self.api.replace(".", "_")


def _attr(attr: str) -> RegionField:
    return RegionField(
        lay.REGION_FIELDS[attr],
        lambda r, a=attr: getattr(r, a),
        lambda r, v, a=attr: r.with_values(**{a: v}),
    )


def _crop(attr: str) -> RegionField:
    def set_crop(r: lay.Region, v: Any, a=attr) -> lay.Region:
        crop = replace(r.crop, **{a: v}, explicit=r.crop.explicit | {a})
        return r.with_values(crop=crop)

    return RegionField(f"SourceCrop.{lay.CROP_FIELDS[attr]}", lambda r, a=attr: getattr(r.crop, a), set_crop)


POSITION_FIELDS = [_attr("x"), _attr("y"), _attr("width"), _attr("height")]
LOOK_FIELDS = [_attr("z_order"), _attr("alpha"), _attr("render_mode"), _attr("corner_radius"), _attr("media_type")]
CROP_FIELDS = [_crop("x"), _crop("y"), _crop("w"), _crop("h")]
IMAGE_FIELDS = [_attr("alternate_image"), _attr("alternate_image_fill_mode")]
ALL_REGION_FIELDS = POSITION_FIELDS + LOOK_FIELDS + CROP_FIELDS + IMAGE_FIELDS

def _label(api: str) -> str:
    # The literal strings are listed so lupdate finds them.
    return {
        "LocationX": tr("X"),
        "LocationY": tr("Y"),
        "Width": tr("Width"),
        "Height": tr("Height"),
        "ZOrder": tr("Z order"),
        "Alpha": tr("Opacity"),
        "RenderMode": tr("Render mode"),
        "CornerRadius": tr("Corner radius"),
        "MediaType": tr("Media"),
        "SourceCrop.LocationX": tr("Crop X"),
        "SourceCrop.LocationY": tr("Crop Y"),
        "SourceCrop.WidthProportion": tr("Crop width"),
        "SourceCrop.HeightProportion": tr("Crop height"),
        "AlternateImage": tr("Placeholder URL"),
        "AlternateImageFillMode": tr("Placeholder fit"),
        "Background": tr("Background"),
        "BackgroundImage": tr("Background image URL"),
    }.get(api, api)


_DECIMALS = {"Alpha": 2, "CornerRadius": 3}
_STEPS = {"Alpha": 0.05, "CornerRadius": 0.01}


# What a spin box holds: any number typed stays as typed (the problems list says what is wrong
# with it); only the arrows, the wheel and Page Up/Down keep to the documented range.
INT_FLOOR, INT_CEILING = -(2**31), 2**31 - 1  # a QSpinBox's own limits; the floor is never a value
FLOAT_LIMIT = 1e9
MAX_DECIMALS = 6  # places a decimal field keeps when typed


class _TypedRange:
    """The documented range a spin box steps within, while typing takes any number."""

    def set_allowed(self, low, high) -> None:
        self._allowed = (low, high)

    def allowed_minimum(self):
        return self._allowed[0]

    def allowed_maximum(self):
        return self._allowed[1]

    def _is_placeholder(self) -> bool:
        return self.value() == self.minimum()

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        low, high = self._allowed
        if self._is_placeholder():  # "not set" or "—": the first step shows the start value
            self.setValue(self.step_start())
            return
        self.setValue(min(max(self.value() + steps * self.singleStep(), low), high))
        self.selectAll()

    def step_start(self):
        low, high = self._allowed
        return min(max(0, low), high)

    def stepEnabled(self):  # noqa: N802 - Qt's name
        if self.isReadOnly():
            return QAbstractSpinBox.StepEnabledFlag.StepNone
        if self._is_placeholder():
            return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        low, high = self._allowed
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.value() < high:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.value() > low:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def _capped(self, hint: QSize) -> QSize:
        # Qt sizes a spin box for its widest value (eleven characters for the whole integer
        # range), which would widen a narrow dock; seven digits are enough to read any value here.
        sample = "0" * 7 + self.suffix()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance(sample) + 32), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._capped(super().minimumSizeHint())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._capped(super().sizeHint())


class TypedSpinBox(_TypedRange, QSpinBox):
    """An integer field that takes any integer typed; its minimum (below every typed value) is the
    placeholder "—" of mixed values, or "not set"."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.set_allowed(low, high)
        self.setRange(INT_FLOOR, INT_CEILING)
        self.setValue(min(max(0, low), high))


class TypedDoubleSpinBox(_TypedRange, QDoubleSpinBox):
    """A decimal field that takes any number typed (within ±10⁹), with up to MAX_DECIMALS places:
    it shows `decimals` places, more when the value has them (0.555 stays 0.555, not 0.55)."""

    def __init__(self, low: float, high: float, decimals: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.places = decimals
        self.setDecimals(MAX_DECIMALS)
        self.set_allowed(low, high)
        self.setRange(-FLOAT_LIMIT - 1, FLOAT_LIMIT)
        self.setValue(min(max(0.0, low), high))

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        places = self.places
        while places < MAX_DECIMALS and round(value, places) != round(value, MAX_DECIMALS):
            places += 1
        locale = self.locale()
        return locale.toString(float(value), "f", places).replace(locale.groupSeparator(), "")


class _Editor:
    """A widget for one field plus how to show a value, "mixed", and read what the user chose."""

    def __init__(self, widget: QWidget, kind: str):
        self.widget = widget
        self.kind = kind

    def show(self, value: Any, mixed: bool) -> None:
        w = self.widget
        blocker = QSignalBlocker(w)  # noqa: F841
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            if mixed:
                w.setSpecialValueText(MIXED)
                w.setValue(w.minimum())
            else:
                w.setSpecialValueText("")
                w.setValue(value)
        elif isinstance(w, QComboBox):
            idx = -1 if mixed else w.findData(value)
            if not mixed and idx < 0:
                w.addItem(str(value), value)  # an undocumented value read from a file stays visible
                idx = w.count() - 1
            w.setCurrentIndex(idx)
        elif isinstance(w, QLineEdit):
            w.setText("" if mixed else str(value or ""))
            w.setPlaceholderText(MIXED if mixed else "")

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            return w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        return w.text().strip()

    def is_mixed_marker(self) -> bool:
        w = self.widget
        return isinstance(w, (QSpinBox, QDoubleSpinBox)) and w.value() == w.minimum()


def _spin_for(path: str, decimals: int | None = None, step: float | None = None) -> QAbstractSpinBox:
    """A spin box that steps within the model's limits for `path` and takes any number typed."""
    limits = limits_for(path)
    if limits.kind == "float":
        places = decimals if decimals is not None else 3
        unit = 10 ** -places
    else:
        unit = 1
    low = limits.minimum if limits.minimum is not None else -(2**31 - 1)
    if limits.min_exclusive:
        low += unit
    if limits.even and low % 2:
        low += 1
    high = limits.maximum if limits.maximum is not None else 2**31 - 1
    if limits.max_exclusive:
        high -= unit
    if limits.even and high % 2:
        high -= 1
    if limits.kind == "float":
        box: QAbstractSpinBox = TypedDoubleSpinBox(low, high, places)
        box.setSingleStep(step if step is not None else 0.01)
    else:
        box = TypedSpinBox(int(low), int(high))
        box.setSingleStep(2 if limits.even else 1)
    # A typed number commits when editing finishes (Enter, focus out, a step), never per key.
    box.setKeyboardTracking(False)
    box.setAccelerated(True)
    box.setToolTip(
        QCoreApplication.translate("Inspector", "{path}, allowed {range}").format(
            path=path.replace("[]", ""), range=limits.range_text(QCoreApplication.translate)
        )
    )
    return box


class Inspector(QWidget):
    """Edits the selected Regions and the Canvas of a LayoutDocument."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.document = document
        self.editors: dict[str, _Editor] = {}
        self._canvas_editors: dict[str, _Editor] = {}

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        column = QVBoxLayout(body)

        self.selection_label = QLabel(body)
        self.selection_label.setObjectName("inspector.selection")
        self.selection_label.setWordWrap(True)
        column.addWidget(self.selection_label)

        self.region_box = QWidget(body)
        region_column = QVBoxLayout(self.region_box)
        region_column.setContentsMargins(0, 0, 0, 0)
        for title, group in (
            (tr("Position and size"), POSITION_FIELDS),
            (tr("Appearance"), LOOK_FIELDS),
            (tr("Source crop"), CROP_FIELDS),
            (tr("Placeholder image"), IMAGE_FIELDS),
        ):
            box = QGroupBox(title, self.region_box)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for f in group:
                editor = self._make_region_editor(f)
                form.addRow(_label(f.api), editor.widget)
            region_column.addWidget(box)
        column.addWidget(self.region_box)

        canvas_box = QGroupBox(tr("Canvas"), body)
        form = QFormLayout(canvas_box)
        for name in ("Width", "Height"):
            box = _spin_for(f"{CANVAS}.{name}")
            box.setObjectName(field_name(f"{CANVAS}.{name}"))
            box.setSuffix(" px")
            editor = _Editor(box, "spin")
            box.valueChanged.connect(lambda _v, n=name: self._canvas_edited(n))
            box.editingFinished.connect(self._end_merge)
            self._canvas_editors[name] = editor
            form.addRow(_label(name), box)
        colour_row = QWidget(canvas_box)
        row = QHBoxLayout(colour_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.background_edit = QLineEdit(colour_row)
        self.background_edit.setObjectName(field_name(f"{CANVAS}.Background"))
        self.background_edit.setPlaceholderText("#000000")
        self.background_edit.setAccessibleName(tr("Background"))
        self.background_edit.editingFinished.connect(lambda: self._canvas_edited("Background"))
        self.background_button = QPushButton(tr("Choose…"), colour_row)
        self.background_button.setObjectName("inspector.Canvas.Background.pick")
        self.background_button.setToolTip(tr("Pick the background colour"))
        self.background_button.clicked.connect(self.pick_background)
        row.addWidget(self.background_edit, 1)
        row.addWidget(self.background_button)
        form.addRow(_label("Background"), colour_row)
        self._canvas_editors["Background"] = _Editor(self.background_edit, "text")
        self.background_image_edit = QLineEdit(canvas_box)
        self.background_image_edit.setObjectName(field_name(f"{CANVAS}.BackgroundImage"))
        self.background_image_edit.setPlaceholderText("https://…/background.png")
        limits = limits_for(f"{CANVAS}.BackgroundImage")
        if limits.max_length:
            self.background_image_edit.setMaxLength(int(limits.max_length))
        self.background_image_edit.editingFinished.connect(lambda: self._canvas_edited("BackgroundImage"))
        self._canvas_editors["BackgroundImage"] = _Editor(self.background_image_edit, "text")
        form.addRow(_label("BackgroundImage"), self.background_image_edit)
        column.addWidget(canvas_box)
        column.addStretch(1)

        document.regionsChanged.connect(lambda _indices: self.refresh())
        document.structureChanged.connect(self.refresh)
        document.canvasChanged.connect(self.refresh)
        document.selectionChanged.connect(self.refresh)
        self.refresh()

    # --- building -------------------------------------------------------------------------
    def _make_region_editor(self, f: RegionField) -> _Editor:
        limits = limits_for(f.path)
        if limits.choices:
            combo = QComboBox()
            for value in limits.choices:
                combo.addItem(choice_label(f.path, value), value)
            combo.setPlaceholderText(MIXED)
            combo.activated.connect(lambda _i, f=f: self._region_edited(f))
            editor = _Editor(combo, "choice")
        elif limits.kind in ("int", "float"):
            box = _spin_for(f.path, _DECIMALS.get(f.api), _STEPS.get(f.api))
            if f.api in ("LocationX", "LocationY", "Width", "Height"):
                box.setSuffix(" px")
            box.valueChanged.connect(lambda _v, f=f: self._region_edited(f))
            box.editingFinished.connect(self._end_merge)
            editor = _Editor(box, "spin")
        else:
            line = QLineEdit()
            if limits.max_length:
                line.setMaxLength(int(limits.max_length))
            line.setPlaceholderText("https://…/placeholder.png")
            line.editingFinished.connect(lambda f=f: self._region_edited(f))
            editor = _Editor(line, "text")
        editor.widget.setObjectName(field_name(f.path))
        self.editors[f.api] = editor
        return editor

    # --- model → view ---------------------------------------------------------------------
    def selected_regions(self) -> list[lay.Region]:
        layout = self.document.layout
        out = []
        for index in self.document.selection:
            region = layout.region_for(index)
            if region is not None:
                out.append(region)
        return out

    def refresh(self) -> None:
        layout = self.document.layout
        regions = self.selected_regions()
        # Typed positions and sizes are bounded by the largest canvas, not this one: a region
        # that no longer fits a smaller canvas keeps its numbers and shows as a problem.
        bounds = lay.region_bounds(LARGEST_CANVAS)
        maxima = {"LocationX": bounds.x_max, "LocationY": bounds.y_max, "Width": bounds.w_max, "Height": bounds.h_max}
        minima = {"LocationX": bounds.x_min, "LocationY": bounds.y_min, "Width": bounds.w_min, "Height": bounds.h_min}
        for api, high in maxima.items():
            self.editors[api].widget.set_allowed(minima[api], high)
        self.region_box.setEnabled(bool(regions))
        if not regions:
            self.selection_label.setText(tr("No region selected. Select a region on the canvas or in the layer list."))
        elif len(regions) == 1:
            self.selection_label.setText(tr("Region of stream {index}").format(index=regions[0].stream_index))
        else:
            self.selection_label.setText(tr("{count} regions selected; fields that differ show “—”").format(count=len(regions)))
        for f in ALL_REGION_FIELDS:
            editor = self.editors[f.api]
            if not regions:
                editor.show(f.get(lay.Region(stream_index=0)), False)
                continue
            values = [f.get(r) for r in regions]
            mixed = any(v != values[0] for v in values[1:])
            editor.show(values[0], mixed)
        canvas = layout.canvas
        for name, value in (
            ("Width", canvas.width),
            ("Height", canvas.height),
            ("Background", canvas.background),
            ("BackgroundImage", canvas.background_image),
        ):
            self._canvas_editors[name].show(value, False)
        self.background_button.setStyleSheet(
            f"QPushButton {{ border-left: 14px solid {canvas.background}; padding-left: 6px; }}"
            if QColor(canvas.background).isValid()
            else ""
        )

    # --- view → model ---------------------------------------------------------------------
    def _region_edited(self, f: RegionField) -> None:
        editor = self.editors[f.api]
        if editor.is_mixed_marker():
            return
        value = editor.value()
        if value is None:
            return
        regions = self.selected_regions()
        changed = {r.stream_index: f.set(r, value) for r in regions if f.get(r) != value}
        if not changed:
            return
        text = QCoreApplication.translate("Inspector", "Change {field}").format(field=_label(f.api))
        merge = f"inspector.{f.api}" if editor.kind == "spin" else None
        self.document.set_regions(changed, text, merge_key=merge, clamp=False)

    def _canvas_edited(self, name: str) -> None:
        canvas = self.document.layout.canvas
        editor = self._canvas_editors[name]
        value = editor.value()
        attr = {"Width": "width", "Height": "height", "Background": "background", "BackgroundImage": "background_image"}[name]
        if name == "Background" and not QColor(value).isValid():
            self.refresh()
            return
        if getattr(canvas, attr) == value:
            return
        new = replace(canvas, **{attr: value}, explicit=canvas.explicit | {attr})
        self.document.set_canvas(new)

    def _end_merge(self) -> None:
        self.document.end_merge()

    def pick_background(self) -> None:
        current = QColor(self.document.layout.canvas.background)
        colour = QColorDialog.getColor(current, self, tr("Background colour"))
        if colour.isValid():
            self.background_edit.setText(colour.name())
            self._canvas_edited("Background")
