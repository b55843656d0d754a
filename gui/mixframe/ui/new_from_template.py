"""File > New from template: a layout to start from, at a common output size, that stays editable;
or, for QingCloud (which composes the picture on its server), one of its layout modes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mixframe.model.templates import TEMPLATES
from mixframe.model.volcengine_api import LAYOUT_MODE_CUSTOM, MAX_STREAMS
from mixframe.ui.arrange import template_name
from mixframe.ui.inspector import TypedSpinBox
from mixframe.ui.request_document import RequestDocument


def tr(text: str) -> str:
    return QCoreApplication.translate("NewFromTemplate", text)


@dataclass(frozen=True)
class OutputSize:
    width: int
    height: int
    name: str  # English, marked for translation

    def label(self) -> str:
        return f"{self.width} × {self.height} · {QCoreApplication.translate('NewFromTemplate', self.name)}"


SIZES = (
    OutputSize(1920, 1080, QT_TRANSLATE_NOOP("NewFromTemplate", "Full HD landscape")),
    OutputSize(1280, 720, QT_TRANSLATE_NOOP("NewFromTemplate", "HD landscape")),
    OutputSize(1080, 1920, QT_TRANSLATE_NOOP("NewFromTemplate", "Full HD portrait")),
)
DEFAULT_STREAMS = 4
VENDORS = (
    ("volcengine", QT_TRANSLATE_NOOP("NewFromTemplate", "Volcengine / BytePlus")),
    ("qingcloud", QT_TRANSLATE_NOOP("NewFromTemplate", "QingCloud")),
)
# QingCloud's layouts are its server-side modes, previewed on the canvas (the model's labels).
QINGCLOUD_LAYOUTS = (
    (0, QT_TRANSLATE_NOOP("NewFromTemplate", "Floating")),
    (1, QT_TRANSLATE_NOOP("NewFromTemplate", "Adaptive")),
    (2, QT_TRANSLATE_NOOP("NewFromTemplate", "Vertical")),
)


def request_from_template(template_id: str, size: OutputSize, streams: int) -> RequestDocument:
    """A fresh custom-layout request: `streams` streams laid out by the template on `size`."""
    refs = [{"Index": i, "UserId": f"user{i + 1}"} for i in range(streams)]
    body = {
        "TargetStreams": {"StreamList": refs},
        "Layout": {"LayoutMode": LAYOUT_MODE_CUSTOM,
                   "CustomLayout": {"Canvas": {"Width": size.width, "Height": size.height}}},
    }
    doc = RequestDocument("volcengine", body)
    # The template places every stream: the regions the load made for them are not changes.
    doc.layout.load_problems.clear()
    doc.layout.load_changed = False
    doc.layout.apply_template(template_id)
    doc.undo_stack.clear()  # the starting point, not an edit to undo
    return doc


class NewFromTemplateDialog(QDialog):
    """Pick the vendor, a template (QingCloud: a layout mode), an output size and how many streams."""

    def __init__(self, parent: QWidget | None = None, vendor: str = "volcengine"):
        super().__init__(parent)
        self.setObjectName("dialog.newFromTemplate")
        self.setWindowTitle(tr("New from template"))
        column = QVBoxLayout(self)
        top = QFormLayout()
        self.vendor_box = QComboBox(self)
        self.vendor_box.setObjectName("newFromTemplate.vendor")
        self.vendor_box.setAccessibleName(tr("Vendor"))
        for vendor_id, name in VENDORS:
            self.vendor_box.addItem(tr(name), vendor_id)
        top.addRow(tr("Vendor"), self.vendor_box)
        column.addLayout(top)
        self.templates = QListWidget(self)
        self.templates.setObjectName("newFromTemplate.template")
        self.templates.setAccessibleName(tr("Template"))
        self.templates.itemDoubleClicked.connect(lambda _item: self.accept())
        column.addWidget(QLabel(tr("Template"), self))
        column.addWidget(self.templates)
        form = QFormLayout()
        self.size_box = QComboBox(self)
        self.size_box.setObjectName("newFromTemplate.size")
        for size in SIZES:
            self.size_box.addItem(size.label(), size)
        # Takes any number typed (20 stays 20, not 2); the arrows keep to 1…MAX_STREAMS, and OK says
        # what is wrong with a number outside it.
        self.streams_box = TypedSpinBox(1, MAX_STREAMS, self)
        self.streams_box.setObjectName("newFromTemplate.streams")
        self.streams_box.setKeyboardTracking(False)
        self.streams_box.setValue(DEFAULT_STREAMS)
        form.addRow(tr("Output size"), self.size_box)
        form.addRow(tr("Streams"), self.streams_box)
        for label, box in ((tr("Output size"), self.size_box), (tr("Streams"), self.streams_box)):
            box.setAccessibleName(label)
        column.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("newFromTemplate.message")
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.vendor_box.currentIndexChanged.connect(lambda _i: self._fill_templates())
        self.vendor_box.setCurrentIndex(max(0, self.vendor_box.findData(vendor)))
        self._fill_templates()

    def accept(self) -> None:
        count = self.streams_box.value()
        if self.vendor != "qingcloud" and not 1 <= count <= MAX_STREAMS:
            self.message.setText(tr("A recording mixes 1 to {most} streams; {count} cannot be laid out.").format(
                most=MAX_STREAMS, count=count))
            self.message.show()
            self.streams_box.setFocus(Qt.FocusReason.OtherFocusReason)
            self.streams_box.selectAll()
            return
        super().accept()

    @property
    def vendor(self) -> str:
        return self.vendor_box.currentData() or "volcengine"

    def _fill_templates(self) -> None:
        """Volcengine's templates place the regions; QingCloud's layouts are its server's modes,
        for whoever is in the channel, so the output size and the streams are not ours to give."""
        self.templates.clear()
        qingcloud = self.vendor == "qingcloud"
        choices = ([(mode, tr(name)) for mode, name in QINGCLOUD_LAYOUTS] if qingcloud
                   else [(template_id, template_name(template_id)) for template_id in TEMPLATES])
        for value, text in choices:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.templates.addItem(item)
        self.templates.setCurrentRow(0)
        why = tr("QingCloud composes the picture on its server, from whoever is in the channel.") if qingcloud else ""
        for box in (self.size_box, self.streams_box):
            box.setEnabled(not qingcloud)
            box.setToolTip(why)

    def chosen(self) -> tuple[str, OutputSize, int]:
        item = self.templates.currentItem()
        template_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if self.vendor == "qingcloud" or template_id not in TEMPLATES:
            template_id = next(iter(TEMPLATES))
        return template_id, self.size_box.currentData(), self.streams_box.value()

    def request_document(self) -> RequestDocument:
        if self.vendor == "qingcloud":
            item = self.templates.currentItem()
            mode = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            return RequestDocument.new(vendor="qingcloud", layout_mode=mode if isinstance(mode, int) else None)
        return request_from_template(*self.chosen())
