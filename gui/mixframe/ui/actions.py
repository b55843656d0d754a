"""One way to make a window action, for every part of the window (shell, files, view, recording)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QWidget


def make_action(parent: QObject, name: str, text: str, slot=None, shortcut=None, icon=None,
                checkable: bool = False, host: QWidget | None = None) -> QAction:
    """A QAction named `name` (its object name: tests and the window look it up by it).

    `shortcut` is a key sequence, a standard key, or a list of them; `icon` a standard pixmap of the
    style; `slot` runs on triggered (on toggled when `checkable`). The action is added to `host`
    (else to `parent` when it is a widget), so its shortcut works wherever the window has focus.
    """
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcut is not None:
        if isinstance(shortcut, (list, tuple)):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        else:
            action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        style = host.style() if host is not None else parent.style() if isinstance(parent, QWidget) else QApplication.style()
        action.setIcon(style.standardIcon(QStyle.StandardPixmap(icon)))
    action.setCheckable(checkable)
    if slot is not None:
        (action.toggled if checkable else action.triggered).connect(slot)
    widget = host if host is not None else parent if isinstance(parent, QWidget) else None
    if widget is not None:
        widget.addAction(action)
    return action
