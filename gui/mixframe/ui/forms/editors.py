"""One editor per API field, bound to the RequestDocument.

An editor shows the document's value, or the documented default greyed when the field is unset;
it writes a finished edit (Enter, focus out, a choice, a click) as one undo step, and an emptied
field as MISSING, so the body holds only what the producer set. It never writes while it shows
what the document says (undo, redo, another view's edit).
"""

from __future__ import annotations

import html
import re
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QValidator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mixframe.model.draft import MISSING
from mixframe.model.limits import FieldLimits
from mixframe.model.problems import Problem
from mixframe.ui.choices import choice_label, choices_of, limits_for
from mixframe.ui.inspector import TypedSpinBox, field_name

INT_MAX = 2**31 - 1
INTEGER = re.compile(r"[+-]?[0-9]+")


def tr(text: str) -> str:
    return QCoreApplication.translate("RequestForms", text)


def dim(label: QLabel) -> QLabel:
    """A note drawn in the placeholder colour: it describes, it is not a value."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    label.setWordWrap(True)
    return label


def same(a: Any, b: Any) -> bool:
    """Equal and of one type: 1 is not True, 1.0 is not 1."""
    return a is b or (type(a) is type(b) and a == b)


def default_text(limits: FieldLimits, path: str, vendor: str) -> str:
    """The documented default as the editor shows it, or "" when the API documents none."""
    if limits.default is None:
        return ""
    if isinstance(limits.default, list):
        return ", ".join(str(v) for v in limits.default)
    if limits.choices or limits.kind == "bool":
        return choice_label(path, limits.default, vendor)
    return str(limits.default)



# A field in error is tinted, not restyled: a style sheet border would make Qt draw spin boxes
# and choices with style-sheet arrows, unlike every other field. The tint is mixed into the
# palette the system gives (light or dark), so it stays readable in both.
MARK_COLOURS = {"error": (208, 52, 44), "warning": (217, 142, 4)}
MARK_STRENGTH = 0.28


def mark_field(widget: QWidget, severity: str) -> None:
    """Tint `widget`'s input background for "error" or "warning"; "" restores the inherited palette."""
    if not severity:
        widget.setPalette(QPalette())
        return
    inherited = widget.parentWidget().palette() if widget.parentWidget() is not None else QApplication.palette()
    palette = QPalette(inherited)
    r, g, b = MARK_COLOURS[severity]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        base = inherited.color(group, QPalette.ColorRole.Base)
        mixed = QColor(round(base.red() + (r - base.red()) * MARK_STRENGTH),
                       round(base.green() + (g - base.green()) * MARK_STRENGTH),
                       round(base.blue() + (b - base.blue()) * MARK_STRENGTH))
        palette.setColor(group, QPalette.ColorRole.Base, mixed)
        palette.setColor(group, QPalette.ColorRole.Button, mixed)
    widget.setPalette(palette)

class FieldEditor(QObject):
    """The editor of one API field: `widget` is what the producer edits and what tests find by
    its objectName, ``field.<API path>``."""

    def __init__(self, document, path: str, label: str, widget: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.path = path
        self.label = label
        self.limits = limits_for(path, document.vendor)
        self.widget = widget
        widget.setObjectName(field_name(path))
        widget.setAccessibleName(label)
        self._shown: Any = _NOTHING_SHOWN
        self._reason: str | None = None
        self._frozen: str | None = None
        self._problems: list[Problem] = []
        self._update_tooltip()

    # -- document → editor
    def value(self) -> Any:
        return self.document.get(self.path)

    def refresh(self) -> None:
        """Show the document's value, unless it is already shown (a half-typed edit survives a
        change elsewhere in the request)."""
        value = self.value()
        if same(value, self._shown):
            return
        blocker = QSignalBlocker(self.widget)  # noqa: F841
        self.show(value)
        self._shown = value

    def show(self, value: Any) -> None:
        raise NotImplementedError

    def reshow(self) -> None:
        """Show the document's value even if it is the one last written (a cleared field shows
        its default, which is not what the producer left in the widget)."""
        self._shown = _NOTHING_SHOWN
        self.refresh()

    # -- editor → document
    def commit(self, value: Any) -> None:
        """Write `value` (MISSING clears the field) as one undo step."""
        if same(value, self.value()):
            return
        self._shown = value
        self.document.set_field(self.path, value, tr("Change {field}").format(field=self.label))

    def finish(self) -> None:
        """The edit is finished: the next one is a new undo step."""
        self.document.end_merge()

    # -- state shown around the value
    def set_reason(self, reason: str | None) -> None:
        """Why the field does not apply in the request's current modes (None: it applies).

        A field that does not apply is disabled, unless it holds a value: then the producer must be
        able to clear it, and the problems list says why it should be.
        """
        self._reason = reason
        self.widget.setEnabled(reason is None or self.value() is not MISSING)
        self._update_tooltip()

    @property
    def reason(self) -> str | None:
        return self._reason

    def set_frozen(self, why: str | None) -> None:
        """Why the field cannot change now (a running recording), shown in its tooltip; the forms
        disable the page that holds it."""
        if why != self._frozen:
            self._frozen = why
            self._update_tooltip()

    def set_problems(self, problems: list[Problem]) -> None:
        self._problems = list(problems)
        w = self.widget
        severity = ("error" if any(p.is_error for p in problems) else "warning") if problems else ""
        w.setProperty("problem", bool(problems))
        w.setProperty("problemSeverity", severity)
        mark_field(w, severity)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        limits = self.limits
        esc = html.escape
        lines = [f"<b>{esc(self.label)}</b> <code>{esc(self.path)}</code>"]
        if limits.range_text():
            lines.append(tr("Allowed: {range}").format(range=limits.range_text(QCoreApplication.translate)))
        if limits.even:
            lines.append(tr("Must be an even number."))
        default = default_text(limits, self.path, self.document.vendor)
        if default:
            lines.append(tr("Default: {value}").format(value=default))
        if limits.doc:
            lines.append(esc(QCoreApplication.translate("FieldDocs", limits.doc)))
        if self._frozen:
            lines.append(f"<b>{esc(self._frozen)}</b>")
        if self._reason:
            lines.append(f"<i>{esc(self._reason)}</i>")
        for problem in self._problems:
            colour = "#c0392b" if problem.is_error else "#b9770e"
            lines.append(f'<span style="color:{colour}">{esc(problem.text(QCoreApplication.translate))}</span>')
        self.widget.setToolTip("<br>".join(lines))


_NOTHING_SHOWN = object()


def _wheel_only_when_focused(widget: QWidget, event, base) -> None:
    # Scrolling the page over a form must not change the settings it passes.
    if widget.hasFocus():
        base(event)
    else:
        event.ignore()


class OptionalSpinBox(TypedSpinBox):
    """A spin box that can be empty, meaning "not set": the default shows greyed as placeholder.

    It takes any integer typed (the problems list says what is wrong with it); the arrows keep to
    the documented range. Its minimum, below every value, stands for "not set"; it is never written.
    An integer larger than a spin box can hold (±2³¹, typed or read from a file) is kept as its
    text, `beyond`, shown while the box stands at that minimum.
    """

    _beyond = ""

    def __init__(self, low: int, high: int, start: int, parent: QWidget | None = None):
        super().__init__(low, high, parent)
        self.low, self.high, self.start = low, high, start
        self.setValue(self.unset_value)

    @property
    def unset_value(self) -> int:
        return self.minimum()

    def is_unset(self) -> bool:
        return self.value() == self.unset_value

    def typed_value(self) -> Any:
        """What the field holds: its integer (a huge one too), or MISSING when empty."""
        if self.is_unset():
            return int(self._beyond) if self._beyond else MISSING
        return self.value()

    def step_start(self) -> int:
        return self.start

    def show_value(self, value: Any) -> None:
        self._beyond = ""
        if isinstance(value, int) and not isinstance(value, bool):
            # A value outside the documented range (read from a file) is shown as it is; the
            # problems list says what is wrong with it.
            if self.minimum() < value <= self.maximum():
                self.setValue(value)
                return
            self._beyond = str(value)
        self.setValue(self.unset_value)
        self.lineEdit().setText(self._beyond)

    def _huge(self, text: str) -> int | None:
        """The integer `text` spells when no spin box can hold it, else None."""
        text = text.strip()
        if not INTEGER.fullmatch(text):
            return None
        value = int(text)
        return value if not self.minimum() < value <= self.maximum() else None

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's name
        return self._beyond if value == self.minimum() else super().textFromValue(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        huge = self._huge(text)
        if not text.strip() or huge is not None:
            self._beyond = "" if huge is None else str(huge)
            return self.minimum()
        self._beyond = ""
        return super().valueFromText(text)

    def validate(self, text: str, pos: int):
        if not text.strip() or self._huge(text) is not None:
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        _wheel_only_when_focused(self, event, super().wheelEvent)


class NumberEditor(FieldEditor):
    def __init__(self, document, path: str, label: str, parent: QObject | None = None):
        limits = limits_for(path, document.vendor)
        step = 2 if limits.even else 1
        low = int(limits.minimum) + (1 if limits.min_exclusive else 0) if limits.minimum is not None else -INT_MAX + 1
        high = int(limits.maximum) - (1 if limits.max_exclusive else 0) if limits.maximum is not None else INT_MAX
        if limits.even:
            low += low % 2
            high -= high % 2
        start = limits.default if isinstance(limits.default, int) else max(low, 0)
        box = OptionalSpinBox(low, high, start)
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box.setSingleStep(step)
        # A typed number commits when editing finishes (Enter, focus out), never per key.
        box.setKeyboardTracking(False)
        box.setAccelerated(True)
        super().__init__(document, path, label, box, parent)
        box.lineEdit().setPlaceholderText(default_text(self.limits, path, document.vendor) or tr("not set"))
        box.valueChanged.connect(self._edited)
        box.editingFinished.connect(self._finished)

    def show(self, value: Any) -> None:
        self.widget.show_value(value)

    def _finished(self) -> None:
        # A huge number typed over another (or over an empty field) leaves the box at its
        # minimum, so no valueChanged came: what the field holds is written here.
        if self.widget.is_unset():
            self.commit(self.widget.typed_value())
        self.finish()

    def _edited(self, _value: int) -> None:
        box = self.widget
        self.commit(box.typed_value())
        if box.is_unset() and not box._beyond:
            blocker = QSignalBlocker(box)  # noqa: F841
            box.show_value(MISSING)


class NarrowComboBox(QComboBox):
    """A combo box that never asks for more width than a short word: long choice words (and the
    greyed default) would widen a narrow dock. Its popup list is as wide as it needs."""

    def _capped(self, hint: QSize) -> QSize:
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("0" * 10) + 40), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._capped(super().minimumSizeHint())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._capped(super().sizeHint())

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        _wheel_only_when_focused(self, event, super().wheelEvent)


class ChoiceEditor(FieldEditor):
    """A documented choice (or yes/no). Unset shows the default greyed; "Use the default" clears."""

    def __init__(self, document, path: str, label: str, parent: QObject | None = None,
                 write: Callable[[Any], None] | None = None):
        combo = NarrowComboBox()
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        super().__init__(document, path, label, combo, parent)
        self._write = write
        for value in choices_of(path, document.vendor):
            combo.addItem(choice_label(path, value, document.vendor), value)
        combo.insertSeparator(combo.count())
        combo.addItem(tr("Use the default"), _DEFAULT)
        self._default_index = combo.count() - 1
        default = default_text(self.limits, path, document.vendor)
        combo.setPlaceholderText(tr("{value} (default)").format(value=default) if default else tr("not set"))
        combo.activated.connect(self._chosen)

    def index_of(self, value: Any) -> int:
        combo = self.widget
        for i in range(combo.count()):
            if i != self._default_index and same(_kept(combo.itemData(i)), value):
                return i
        return -1

    def show(self, value: Any) -> None:
        combo = self.widget
        if value is MISSING:
            combo.setCurrentIndex(-1)
            return
        index = self.index_of(value)
        if index < 0:  # an undocumented value read from a file stays visible
            combo.insertItem(0, str(value), _Kept(value))
            self._default_index += 1
            index = 0
        combo.setCurrentIndex(index)

    def _chosen(self, index: int) -> None:
        value = MISSING if index == self._default_index else _kept(self.widget.itemData(index))
        if value is MISSING:
            self.widget.setCurrentIndex(-1)
        if self._write is not None:
            if not same(value, self.value()):
                self._shown = value
                self._write(value)
        else:
            self.commit(value)
        self.finish()


_DEFAULT = "\x00default"


class _Kept:
    """A value read from a file, held by a combo box item as it is: Qt's own conversion of an item's
    data overflows on an integer beyond 32 bits and changes lists and objects."""

    def __init__(self, value: Any):
        self.value = value


def _kept(data: Any) -> Any:
    return data.value if isinstance(data, _Kept) else data


class TextEditor(FieldEditor):
    def __init__(self, document, path: str, label: str, parent: QObject | None = None, placeholder: str = ""):
        line = QLineEdit()
        super().__init__(document, path, label, line, parent)
        if self.limits.max_length:
            line.setMaxLength(int(self.limits.max_length))
        line.setPlaceholderText(placeholder or default_text(self.limits, path, document.vendor))
        line.setClearButtonEnabled(True)
        for clear in line.findChildren(QToolButton):  # Qt's clear button has no name of its own
            clear.setAccessibleName(tr("Clear {field}").format(field=label.rstrip(":")))
            clear.setToolTip(tr("Clear"))
        line.editingFinished.connect(self._finished)

    def show(self, value: Any) -> None:
        self.widget.setText(value if isinstance(value, str) else "" if value is MISSING else str(value))

    def _finished(self) -> None:
        text = self.widget.text().strip()
        self.commit(text if text else MISSING)
        self.finish()


class StringListEditor(FieldEditor):
    """A list of short texts, one per row (FileNameConfig.Prefix: one folder per row)."""

    def __init__(self, document, path: str, label: str, parent: QObject | None = None):
        box = QWidget()
        items = QListWidget(box)
        super().__init__(document, path, label, items, parent)
        self.list = items
        self.container = box
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 5)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add"), box)
        self.add_button.setObjectName(f"forms.{path}.add")
        self.remove_button = QPushButton(tr("Remove"), box)
        self.remove_button.setObjectName(f"forms.{path}.remove")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.list.itemChanged.connect(lambda _item: self._write_items())
        # A row added and left empty (Escape, or Enter on nothing) is no folder: it goes, unwritten.
        self.list.itemDelegate().closeEditor.connect(lambda *_args: QTimer.singleShot(0, self._drop_unwritten))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_current)

    def items(self) -> list[str]:
        return [self.list.item(i).text().strip() for i in range(self.list.count())]

    def show(self, value: Any) -> None:
        self.list.clear()
        for text in value if isinstance(value, list) else []:
            item = QListWidgetItem(str(text))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.remove_button.setEnabled(self.list.count() > 0)

    def set_reason(self, reason: str | None) -> None:
        super().set_reason(reason)
        self.add_button.setEnabled(self.widget.isEnabled())

    def add(self) -> None:
        """A new empty row, being edited: it is written when a name is typed and confirmed, and
        leaves nothing behind when the edit is cancelled (Escape) or left empty."""
        blocker = QSignalBlocker(self.list)  # noqa: F841 - an empty row is not an edit
        item = QListWidgetItem("")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        del blocker
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def _drop_unwritten(self) -> None:
        if any(not text for text in self.items()):
            self.reshow()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            row = self.list.count() - 1
        items = self.items()
        if 0 <= row < len(items):
            del items[row]
            self._write(items)

    def _write_items(self) -> None:
        self._write(self.items())

    def _write(self, items: list[str]) -> None:
        items = [t for t in items if t]
        self.commit(items if items else MISSING)
        self.finish()
        self.reshow()


class FormatsEditor(FieldEditor):
    """FileFormatConfig.FileFormat: one check box per format. Unset shows the default formats
    checked, with a note; unchecking every format clears the field (the default applies)."""

    def __init__(self, document, path: str, label: str, formats: tuple[str, ...], parent: QObject | None = None):
        box = QWidget()
        super().__init__(document, path, label, box, parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, name in enumerate(formats):
            check = QCheckBox(name, box)
            check.setObjectName(f"forms.FileFormat.{name}")
            check.clicked.connect(lambda _checked: self._toggled())
            grid.addWidget(check, i // 3, i % 3)
            self.boxes[name] = check
        self.note = dim(QLabel(box))
        self.note.setObjectName("forms.FileFormat.note")
        grid.addWidget(self.note, (len(formats) + 2) // 3, 0, 1, 3)
        box.setFocusProxy(next(iter(self.boxes.values())))
        self._format_reasons: dict[str, str] = {}
        self._extra: list[Any] = []

    def checked(self) -> list[str]:
        return [name for name, check in self.boxes.items() if check.isChecked()]

    def show(self, value: Any) -> None:
        written = isinstance(value, list) and bool(value)
        shown = value if written else list(self.limits.default or [])
        self._extra = [v for v in shown if not (isinstance(v, str) and v in self.boxes)] if written else []
        for name, check in self.boxes.items():
            blocker = QSignalBlocker(check)  # noqa: F841
            check.setChecked(any(isinstance(v, str) and v == name for v in shown))
        default = ", ".join(self.limits.default or [])
        self.note.setText("" if written else tr("Not set: the service records {formats}.").format(formats=default))
        self.note.setVisible(not written)
        self._apply_format_reasons()

    def set_format_reasons(self, reasons: dict[str, str]) -> None:
        """Why some formats do not apply now (format → sentence)."""
        self._format_reasons = dict(reasons)
        self._apply_format_reasons()

    def _apply_format_reasons(self) -> None:
        for name, check in self.boxes.items():
            reason = self._format_reasons.get(name)
            check.setEnabled(reason is None or check.isChecked())
            check.setToolTip(reason or "")

    def _toggled(self) -> None:
        formats = self.checked() + self._extra
        self.commit(formats if formats else MISSING)
        self.finish()
        self.reshow()


class StreamListEditor(QObject):
    """A small editable list of streams (UserId, StreamType, Index), one row of editors per stream,
    each named by its own API path (``ExcludeStreams.StreamList[1].UserId``)."""

    def __init__(self, document, path: str, label: str, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.path = path
        self.label = label
        self.limits = limits_for(path, document.vendor)
        self.widget = QWidget()
        self.widget.setObjectName(field_name(path))
        self.widget.setAccessibleName(label)
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        self.rows_box = QWidget(self.widget)
        self.grid = QGridLayout(self.rows_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.rows_box)
        self.empty_note = dim(QLabel(tr("None excluded."), self.widget))
        self.empty_note.setObjectName(f"forms.{path}.empty")
        column.addWidget(self.empty_note)
        self.add_button = QPushButton(tr("Add stream"), self.widget)
        self.add_button.setObjectName(f"forms.{path}.add")
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        column.addLayout(row)
        self.rows: list[list[FieldEditor]] = []
        self._row_widgets: list[list[QWidget]] = []
        self.refresh()

    def streams(self) -> list:
        value = self.document.get(self.path)
        return value if isinstance(value, list) else []

    def editors(self) -> list[FieldEditor]:
        return [e for row in self.rows for e in row]

    def refresh(self) -> None:
        count = len(self.streams())
        if count != len(self.rows):
            self._rebuild(count)
        for editor in self.editors():
            editor.refresh()
        self.empty_note.setVisible(count == 0)
        maximum = self.limits.max_length
        self.add_button.setEnabled(maximum is None or count < maximum)

    def _rebuild(self, count: int) -> None:
        for widgets in self._row_widgets:
            for w in widgets:
                w.deleteLater()
        for editor in self.editors():
            editor.deleteLater()
        self.rows, self._row_widgets = [], []
        for i in range(count):
            base = f"{self.path}[{i}]"
            user = TextEditor(self.document, f"{base}.UserId", tr("User"), self)
            user.widget.setPlaceholderText(tr("UserId"))
            kind = ChoiceEditor(self.document, f"{base}.StreamType", tr("Type"), self)
            index = NumberEditor(self.document, f"{base}.Index", tr("Index"), self)
            remove = QToolButton(self.rows_box)
            remove.setText("✕")
            remove.setObjectName(f"forms.{base}.remove")
            remove.setToolTip(tr("Remove this stream"))
            remove.setAccessibleName(tr("Remove this stream"))
            remove.clicked.connect(lambda _c=False, i=i: self.remove(i))
            index.widget.setMaximumWidth(index.widget.fontMetrics().horizontalAdvance("0" * 4) + 32)
            for column, w in enumerate((user.widget, kind.widget, index.widget, remove)):
                self.grid.addWidget(w, i, column)
                w.show()  # now, not when the layout's queued show arrives: the row may be focused at once
            self.grid.setColumnStretch(0, 2)
            self.grid.setColumnStretch(1, 1)
            self.rows.append([user, kind, index])
            self._row_widgets.append([user.widget, kind.widget, index.widget, remove])

    def add(self) -> None:
        streams = self.streams()
        used = {s.get("Index", 0) for s in streams if isinstance(s, dict)}
        index = next(i for i in range(len(used) + 1) if i not in used)
        self.document.set_field(self.path, streams + [{"Index": index}], tr("Add an excluded stream"))
        self.document.end_merge()
        self.refresh()
        self.rows[-1][0].widget.setFocus()

    def remove(self, row: int) -> None:
        streams = self.streams()
        if 0 <= row < len(streams):
            del streams[row]
            self.document.set_field(self.path, streams if streams else MISSING, tr("Remove an excluded stream"))
            self.document.end_merge()
            self.refresh()
