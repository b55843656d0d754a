"""The window's View actions: zoom, grid, snapping, the panels shown, the interface language.

`ViewActions` serves a shell through the small interface `ViewShell` names (the canvas shown,
the layout document, the status labels, the status bar).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QStatusBar

from mixframe.ui.actions import make_action

if TYPE_CHECKING:
    from mixframe.ui.canvas import CanvasView
    from mixframe.ui.document import LayoutDocument


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the window's words, wherever they moved


class ViewShell(Protocol):
    """All the view actions use of the window they serve (a QWidget: their shortcuts' host)."""

    canvas: CanvasView | None  # the canvas shown
    document: LayoutDocument  # the layout edited (its grid and snapping)

    def update_status(self) -> None:
        """Show the zoom (and the rest of the status labels) again."""

    def statusBar(self) -> QStatusBar:  # noqa: N802 - Qt's name
        ...


class ViewActions(QObject):
    """Zoom, grid, snapping, the Panels and Language menus, for one shell."""

    def __init__(self, shell: ViewShell):
        super().__init__(shell)
        self.setObjectName("part.view")
        self.shell = shell
        self.actions: dict = {}
        self.language_menu: QMenu | None = None
        for name, text, slot, shortcut, checkable in (
            ("view.zoomFit", tr("Zoom to &fit"), self.zoom_fit, "Ctrl+0", False),
            ("view.zoom100", tr("&Actual size (100 %)"), self.zoom_actual, "Ctrl+1", False),
            ("view.zoomIn", tr("Zoom &in"), self.zoom_in, QKeySequence.StandardKey.ZoomIn, False),
            ("view.zoomOut", tr("Zoom &out"), self.zoom_out, QKeySequence.StandardKey.ZoomOut, False),
            ("view.grid", tr("Show &grid"), self._toggle_grid, "Ctrl+'", True),
            ("view.snap", tr("&Snapping"), self._toggle_snap, "Ctrl+Shift+;", True),
        ):
            self.actions[name] = make_action(self, name, text, slot, shortcut, checkable=checkable, host=shell)

    def fill_view_menu(self, menu: QMenu, docks: list[QDockWidget]) -> None:
        """Zoom, grid and snapping; the Panels menu (a toggle per dock, in `docks` order); the Language menu."""
        for key in ("view.zoomFit", "view.zoom100", "view.zoomIn", "view.zoomOut", None, "view.grid", "view.snap"):
            menu.addSeparator() if key is None else menu.addAction(self.actions[key])
        menu.addSeparator()
        panels = menu.addMenu(tr("Panels"))
        panels.setObjectName("menu.panels")
        for dock in docks:
            toggle = dock.toggleViewAction()
            toggle.setObjectName(f"view.{dock.objectName()}")
            panels.addAction(toggle)
        menu.addSeparator()
        self.language_menu = menu.addMenu(tr("&Language"))
        self.language_menu.setObjectName("menu.view.language")
        self._fill_language_menu()

    def _fill_language_menu(self) -> None:
        """System / English / 简体中文: each language named in itself, so it is found in any."""
        from mixframe.ui.i18n import preferred_language

        group = QActionGroup(self.language_menu)
        current = preferred_language()
        for code, text in (("", tr("System language")), ("en", "English"), ("zh_CN", "简体中文")):
            action = self.language_menu.addAction(text)
            action.setObjectName(f"view.language.{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _on=False, c=code: self.choose_language(c))
            group.addAction(action)

    def choose_language(self, language: str) -> None:
        """Keep the interface language for the next start, and say so."""
        from mixframe.ui.i18n import set_preferred_language

        set_preferred_language(language)
        self.shell.statusBar().showMessage(tr("The new language applies when Mixframe starts again."), 8000)

    def sync(self) -> None:
        """The grid and snapping toggles show the document's (without toggling it back)."""
        document = self.shell.document
        for key, value in (("view.grid", document.grid_visible), ("view.snap", document.snap_enabled)):
            action = self.actions[key]
            action.blockSignals(True)
            action.setChecked(value)
            action.blockSignals(False)

    # --- zoom -------------------------------------------------------------------------------------------
    def zoom_fit(self) -> None:
        self.shell.canvas.zoom_fit()
        self.shell.update_status()

    def zoom_actual(self) -> None:
        self.shell.canvas.zoom_actual()
        self.shell.update_status()

    def zoom_in(self) -> None:
        self.shell.canvas.zoom_in()
        self.shell.update_status()

    def zoom_out(self) -> None:
        self.shell.canvas.zoom_out()
        self.shell.update_status()

    def _toggle_grid(self, on: bool) -> None:
        self.shell.document.set_grid(visible=on)

    def _toggle_snap(self, on: bool) -> None:
        self.shell.document.set_snap(on)
