"""Every control a producer can reach has a name a screen reader can say, and the keyboard reaches them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView,
                               QLineEdit, QPlainTextEdit, QScrollBar, QTabBar, QTextEdit, QWidget)

from mixframe.ui.main_window import MainWindow

CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit,
            QTabBar)
VOLCENGINE = {"mixframe": 1, "name": "a11y", "vendor": "volcengine", "request": {
    "TargetStreams": {"StreamList": [{"UserId": "host", "Index": 0}, {"UserId": "guest", "Index": 1}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": [
        {"StreamIndex": 0, "Width": 640, "Height": 720},
        {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 720}]}},
    "ExcludeStreams": {"StreamList": [{"UserId": "noisy", "Index": 0}]},
    "FileNameConfig": {"Prefix": ["a", "b"], "Pattern": "{TaskId}"},
    "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 0, "Bucket": "b"}}}}
QINGCLOUD = {"mixframe": 1, "name": "qy", "vendor": "qingcloud",
             "request": {"project_id": "p", "layout_mode": 1, "is_mixing_enabled": 1}}


def _inside_a_popup(widget: QWidget) -> bool:
    while widget is not None:
        if widget.metaObject().className() == "QComboBoxPrivateContainer":
            return True
        widget = widget.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    out = []
    for control in root.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or isinstance(control, (QScrollBar, QHeaderView)):
            continue
        if control.objectName().startswith("qt_") or _inside_a_popup(control):
            continue  # Qt's own parts (a table's corner button, a combo box's popup list)
        if isinstance(control, QLineEdit) and isinstance(control.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box or an editable combo box is named by its owner
        iface = QAccessible.queryAccessibleInterface(control)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            out.append(f"{control.metaObject().className()} {control.objectName()!r} in "
                       f"{control.parentWidget().objectName() if control.parentWidget() else ''!r}")
    return out


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.force_close()
    w.deleteLater()


@pytest.mark.parametrize("preset", [VOLCENGINE, QINGCLOUD], ids=["volcengine", "qingcloud"])
def test_every_control_has_an_accessible_name(window, tmp_path, preset, qtbot):
    path = tmp_path / "p.mixframe.json"
    path.write_text(json.dumps(preset), encoding="utf-8")
    window.open_path(path)
    qtbot.wait(10)  # widgets of the replaced document are deleted on the next turn
    missing = unnamed_controls(window)
    assert missing == [], "controls without an accessible name:\n" + "\n".join(missing)


def test_tab_reaches_the_settings_fields_from_the_keyboard(window, qtbot):
    window.settings_dock.show()
    window.settings_dock.raise_()
    first = window.field_editor("RecordMode")
    assert first is not None and first.focusPolicy() & Qt.FocusPolicy.TabFocus
    first.setFocus()
    seen = []
    for _ in range(8):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget().objectName() if window.focusWidget() else "")
    fields = [name for name in seen if name.startswith("field.")]
    assert len(set(fields)) >= 3, seen  # Tab walks from field to field in the form
