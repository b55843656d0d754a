"""Every action and editable widget in the window has an objectName, for tests and accessibility tools."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QMenu, QToolBar

from mixframe.model.layout import StreamRef
from mixframe.ui.main_window import MainWindow


def test_actions_and_editable_widgets_are_named(qtbot, tmp_path):
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.document.add_stream(StreamRef("host", index=0))
    window.show()
    qtbot.waitExposed(window)
    own_menu_titles = {m.menuAction() for m in window.findChildren(QMenu)}
    panel_toggles = {t.toggleViewAction() for t in window.findChildren(QToolBar)}
    unnamed = [a.text() for a in window.findChildren(QAction)
               if a.text() and not a.isSeparator() and not a.objectName()
               and a not in own_menu_titles and a not in panel_toggles]
    assert unnamed == []

    def internal(widget) -> bool:  # the line edit inside a spin box or combo box belongs to it
        parent = widget.parent()
        return parent is not None and (isinstance(parent, (QAbstractSpinBox, QComboBox)))

    editable = [w for cls in (QLineEdit, QAbstractSpinBox, QComboBox) for w in window.findChildren(cls)]
    assert len(editable) > 20
    assert [type(w).__name__ for w in editable if not w.objectName() and not internal(w)] == []
    assert all(m.objectName() for m in window.findChildren(QMenu) if m.title())
    window.force_close()  # the document was edited: closing normally would ask to save
