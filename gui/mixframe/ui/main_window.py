"""The editor's window: the canvas in the middle, inspector, layers and streams in docks.

The window owns one LayoutDocument at a time (New/Open replace it) and the rest of the request
it was loaded with, so saving writes the whole preset back.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedLayout,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from mixframe.model.limits import limits_for
from mixframe.model.problems import DocumentError
from mixframe.model import vendors
from mixframe.model.scene import scene_for
from mixframe.store.profiles import config_dir
from mixframe.ui.arrange import ArrangeActions
from mixframe.model.volcengine_api import LAYOUT_MODE_CUSTOM
from mixframe.ui.document import MAX_STREAMS, LayoutDocument
from mixframe.ui.inspector import Inspector
from mixframe.ui.layers import LayerList
from mixframe.ui.problems import ProblemsList
from mixframe.ui.recording import RecordController
from mixframe.ui.request_document import RequestDocument
from mixframe.ui.streams import StreamsPanel

if TYPE_CHECKING:
    from mixframe.ui.forms import RequestForms
    from mixframe.ui.request_preview import RequestPreview

DEFAULT_SIZE = QSize(1400, 900)
FIRST_RUN_DOCK_WIDTHS = (270, 330)  # layers, inspector
FIRST_RUN_BOTTOM_HEIGHT = 130  # problems / request
# The canvas is the work: a remembered dock layout that leaves it less than this share of the
# window's width (saved on a larger screen, restored on a smaller one) gives way to the defaults.
CANVAS_MIN_SHARE = 0.4
STATUS_NOTES = 3  # notes about an opened file shown in the status bar


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def file_filter() -> str:
    return tr("Mixframe presets and request bodies (*.json);;All files (*)")


def automatic_layout_name(request: dict, vendor: str) -> str | None:
    """The translated name of the request's automatic layout mode; None for a custom layout.

    Only a Volcengine custom layout (LayoutMode 2) has regions to place by hand; the other
    Volcengine modes and every QingCloud mode are composed by the service itself. A mode of
    another JSON type (a list, an object, a string, a bool) is named as written; the problems
    list says what is wrong with it.
    """
    if vendor == "qingcloud":
        mode = request.get("layout_mode", limits_for("layout_mode", "qingcloud").default)
        names = {0: tr("Floating"), 1: tr("Adaptive"), 2: tr("Vertical")}
        return names.get(mode, _as_written(mode)) if type(mode) is int else _as_written(mode)
    layout = request.get("Layout") if isinstance(request.get("Layout"), dict) else {}
    mode = layout.get("LayoutMode", limits_for("Layout.LayoutMode").default)
    # The same test as the request document's (2.0 is custom too, and the problems list says
    # it must be an integer): the canvas edits exactly the regions that are saved.
    if not isinstance(mode, bool) and mode == LAYOUT_MODE_CUSTOM:
        return None
    names = {0: tr("Adaptive"), 1: tr("Vertical"), 3: tr("Side by side")}
    return names.get(mode, _as_written(mode)) if type(mode) is int else _as_written(mode)


def _as_written(value) -> str:
    """A field's value as the file spells it, short enough for one line of the status bar."""
    import json

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    text = "".join(c if c.isprintable() else " " for c in text)
    return text if len(text) <= 24 else text[:23] + "…"


def preview_document(request: dict, vendor: str) -> LayoutDocument:
    """A locked document showing what the service composes for an automatic layout."""
    try:
        layout, streams = scene_for(request, vendor)
    except DocumentError:
        layout, streams = None, []
    document = LayoutDocument(layout, streams)
    document.load_editor_state({"regions": [{"stream_index": s.index, "locked": True} for s in streams]})
    return document


def window_settings() -> QSettings:
    """The window's remembered state, in Mixframe's own config folder beside the profiles (so
    MIXFRAME_CONFIG_DIR moves it too, and a test or a portable install never touches the user's)."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def first_run_size(window: QWidget) -> QSize:
    """DEFAULT_SIZE, made to fit the screen the window opens on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    available = screen.availableGeometry().size()
    return DEFAULT_SIZE.boundedTo(QSize(int(available.width() * 0.95), int(available.height() * 0.95)))


class MainWindow(QMainWindow):
    """The Mixframe editor window."""

    # Once, after the first paint has been flushed: the slow work (checking the request, which
    # builds the models' validators; sweeping leftovers; the sandbox) waits for it.
    firstPainted = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None,
                 sandbox_url: str | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else window_settings()
        self.path: Path | None = None
        self.name = ""
        self.kind = "preset"
        self.request_doc: RequestDocument | None = None
        self._preview_source: LayoutDocument | None = None  # the locked document an automatic layout shows
        self._force_close = False
        self._painted = False
        self.undo_group = QUndoGroup(self)
        self.document: LayoutDocument | None = None
        self.canvas = None
        self.canvas_holder = QWidget(self)
        self.canvas_holder.setObjectName("canvasHolder")
        self._canvas_layout = QStackedLayout(self.canvas_holder)
        self._canvas_layout.setContentsMargins(0, 0, 0, 0)
        self.setCentralWidget(self.canvas_holder)

        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.inspector_dock = self._dock("dock.inspector", tr("Inspector"), Qt.DockWidgetArea.RightDockWidgetArea)
        self.layers_dock = self._dock("dock.layers", tr("Layers"), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.streams_dock = self._dock("dock.streams", tr("Streams"), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.splitDockWidget(self.layers_dock, self.streams_dock, Qt.Orientation.Vertical)
        self.settings_dock = self._dock("dock.settings", tr("Settings"), Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.settings_dock)
        self.inspector_dock.raise_()
        self._forms: RequestForms | None = None  # built on first use, or after the first paint
        self._marks_timer = QTimer(self)
        self._marks_timer.setSingleShot(True)
        self._marks_timer.setInterval(0)
        self._marks_timer.timeout.connect(self._mark_problems)
        self.problems_dock = self._dock("dock.problems", tr("Problems"), Qt.DockWidgetArea.BottomDockWidgetArea)
        self.request_dock = self._dock("dock.request", tr("Request"), Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.problems_dock, self.request_dock)
        # The side columns run the full height; the problems and the request sit under the canvas
        # only, so they cost the canvas height and never the side panels'.
        for corner, area in ((Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea),
                             (Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)):
            self.setCorner(corner, area)
        self.problems_dock.raise_()
        self.problems_view: ProblemsList | None = None
        self._request_preview: RequestPreview | None = None  # built on first use, or after the first paint

        first = RequestDocument.new(parent=self)
        self.document = first.layout
        self.arrange = ArrangeActions(self.document, self)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self.recording = RecordController(self, self.settings, sandbox_url=sandbox_url)
        self._install_request(first)
        self.resize(first_run_size(self))
        # Docks open at their contents' size hints (~600 px), which would starve the canvas; a
        # first run gets sensible widths once the window is laid out (resizeDocks before the
        # first show is ignored). A restored state keeps the user's own widths unless they leave
        # the canvas a sliver (a state saved on a larger screen).
        self._first_run_docks = not self.restore_window_state()
        self._docks_settled = False

    # --- building -------------------------------------------------------------------------------
    def _dock(self, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _action(self, name: str, text: str, slot=None, shortcut=None, icon=None, checkable=False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.setCheckable(checkable)
        if slot is not None:
            (action.toggled if checkable else action.triggered).connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        SP = QStyle.StandardPixmap
        self.actions: dict[str, QAction] = {}
        a = self.actions
        a["file.new"] = self._action("file.new", tr("&New"), lambda: self.new_document(), QKeySequence.StandardKey.New, SP.SP_FileIcon)
        a["file.open"] = self._action("file.open", tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open, SP.SP_DialogOpenButton)
        a["file.save"] = self._action("file.save", tr("&Save"), self.save, QKeySequence.StandardKey.Save, SP.SP_DialogSaveButton)
        a["file.saveAs"] = self._action("file.saveAs", tr("Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        a["file.quit"] = self._action("file.quit", tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        a["file.newQingCloud"] = self._action("file.newQingCloud", tr("New &QingCloud request"),
                                              lambda: self.new_document("qingcloud"))
        a["file.newQingCloud"].setToolTip(tr("A new QingCloud recording: the service composes the picture in one of its layout modes"))
        a["file.newFromTemplate"] = self._action("file.newFromTemplate", tr("New from &template…"),
                                                 self.new_from_template, "Ctrl+Shift+N")
        a["file.rename"] = self._action("file.rename", tr("Re&name preset…"), self.rename_preset, "F2")
        a["file.delete"] = self._action("file.delete", tr("&Delete preset…"), self.delete_preset)
        a["file.import"] = self._action("file.import", tr("&Import preset…"), self.import_preset, "Ctrl+I")
        a["file.export"] = self._action("file.export", tr("&Export preset…"), self.export_preset, "Ctrl+E")

        undo = self.undo_group.createUndoAction(self, tr("&Undo"))
        undo.setObjectName("edit.undo")
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        undo.setIcon(self.style().standardIcon(SP.SP_ArrowBack))
        redo = self.undo_group.createRedoAction(self, tr("&Redo"))
        redo.setObjectName("edit.redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setIcon(self.style().standardIcon(SP.SP_ArrowForward))
        self.addAction(undo)
        self.addAction(redo)
        a["edit.undo"], a["edit.redo"] = undo, redo

        a["request.copyCurl"] = self._action("request.copyCurl", tr("Copy as &curl"), self.copy_curl, "Ctrl+Shift+K")
        a["request.copyCurl"].setToolTip(tr("Copy the request as a curl command (keys and secrets masked)"))
        a["request.exportJson"] = self._action("request.exportJson", tr("&Export request JSON…"), self.export_request_json)
        a["request.exportJson"].setToolTip(tr("Write the request body to a file (secrets masked)"))
        a["view.problems"] = self._action("view.problems", tr("Show &problems"), self.show_problems, "Ctrl+Shift+P")
        a["view.zoomFit"] = self._action("view.zoomFit", tr("Zoom to &fit"), self._zoom_fit, "Ctrl+0")
        a["view.zoom100"] = self._action("view.zoom100", tr("&Actual size (100 %)"), self._zoom_actual, "Ctrl+1")
        a["view.zoomIn"] = self._action("view.zoomIn", tr("Zoom &in"), self._zoom_in, QKeySequence.StandardKey.ZoomIn)
        a["view.zoomOut"] = self._action("view.zoomOut", tr("Zoom &out"), self._zoom_out, QKeySequence.StandardKey.ZoomOut)
        a["view.grid"] = self._action("view.grid", tr("Show &grid"), self._toggle_grid, "Ctrl+'", checkable=True)
        a["view.snap"] = self._action("view.snap", tr("&Snapping"), self._toggle_snap, "Ctrl+Shift+;", checkable=True)
        for action in self.arrange.actions.values():
            self.addAction(action)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        a = self.actions
        r = self.arrange

        def menu(name: str, title: str) -> QMenu:
            m = bar.addMenu(title)
            m.setObjectName(name)
            return m

        file_menu = menu("menu.file", tr("&File"))
        file_menu.addAction(a["file.new"])
        file_menu.addAction(a["file.newQingCloud"])
        file_menu.addAction(a["file.newFromTemplate"])
        file_menu.addAction(a["file.open"])
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.setObjectName("menu.file.recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for key in (None, "file.save", "file.saveAs", "file.rename", "file.delete", None, "file.import",
                    "file.export", None, "file.quit"):
            file_menu.addSeparator() if key is None else file_menu.addAction(a[key])

        edit = menu("menu.edit", tr("&Edit"))
        edit.addAction(a["edit.undo"])
        edit.addAction(a["edit.redo"])
        edit.addSeparator()
        for key in ("edit.copyTransform", "edit.pasteTransform", None, "edit.duplicate", "edit.delete", None, "edit.selectAll"):
            edit.addSeparator() if key is None else edit.addAction(r[key])

        view = menu("menu.view", tr("&View"))
        for key in ("view.zoomFit", "view.zoom100", "view.zoomIn", "view.zoomOut", None, "view.grid", "view.snap"):
            view.addSeparator() if key is None else view.addAction(a[key])
        view.addSeparator()
        panels = view.addMenu(tr("Panels"))
        panels.setObjectName("menu.panels")
        for dock in (self.inspector_dock, self.settings_dock, self.layers_dock, self.streams_dock, self.problems_dock,
                     self.request_dock):
            toggle = dock.toggleViewAction()
            toggle.setObjectName(f"view.{dock.objectName()}")
            panels.addAction(toggle)

        view.addSeparator()
        self.language_menu = view.addMenu(tr("&Language"))
        self.language_menu.setObjectName("menu.view.language")
        self._fill_language_menu()

        request_menu = menu("menu.request", tr("&Request"))
        for key in ("view.problems", None, "request.copyCurl", "request.exportJson"):
            request_menu.addSeparator() if key is None else request_menu.addAction(a[key])

        arrange = menu("menu.arrange", tr("&Arrange"))
        for edge in ("left", "hcenter", "right", "top", "vcenter", "bottom"):
            arrange.addAction(r[f"arrange.align.{edge}"])
        arrange.addSeparator()
        arrange.addAction(r["arrange.distribute.horizontal"])
        arrange.addAction(r["arrange.distribute.vertical"])
        arrange.addSeparator()
        for key in ("arrange.front", "arrange.raise", "arrange.lower", "arrange.back"):
            arrange.addAction(r[key])
        arrange.addSeparator()
        self.template_menu = r.template_menu(self)
        arrange.addMenu(self.template_menu)

    def _fill_language_menu(self) -> None:
        """System / English / 简体中文: each language named in itself, so it is found in any."""
        from PySide6.QtGui import QActionGroup

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
        self.statusBar().showMessage(tr("The new language applies when Mixframe starts again."), 8000)

    def _make_toolbar(self) -> None:
        bar = QToolBar(tr("Main toolbar"), self)
        bar.setObjectName("toolbar.main")
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        for key in ("file.new", "file.open", "file.save"):
            bar.addAction(self.actions[key])
        bar.addSeparator()
        bar.addAction(self.actions["edit.undo"])
        bar.addAction(self.actions["edit.redo"])
        bar.addSeparator()
        for edge in ("left", "hcenter", "right", "top", "vcenter", "bottom"):
            bar.addAction(self.arrange[f"arrange.align.{edge}"])
        bar.addAction(self.arrange["arrange.distribute.horizontal"])
        bar.addAction(self.arrange["arrange.distribute.vertical"])
        bar.addSeparator()
        templates = QToolButton(bar)
        templates.setObjectName("toolbar.templates")
        templates.setText(tr("Templates"))
        templates.setToolTip(tr("Lay out all streams by a template"))
        templates.setMenu(self.template_menu)
        templates.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        templates.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(templates)
        bar.addSeparator()
        for key in ("view.zoomFit", "view.grid", "view.snap"):
            bar.addAction(self.actions[key])
        self.toolbar = bar

    def _make_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.cursor_label = QLabel(status)
        self.cursor_label.setObjectName("status.cursor")
        self.zoom_label = QLabel(status)
        self.zoom_label.setObjectName("status.zoom")
        self.selection_label = QLabel(status)
        self.selection_label.setObjectName("status.selection")
        self.streams_label = QLabel(status)
        self.streams_label.setObjectName("status.streams")
        self.mode_label = QLabel(status)
        self.mode_label.setObjectName("status.preview")
        self.mode_label.setContentsMargins(8, 0, 8, 0)
        self.mode_label.setVisible(False)
        status.addWidget(self.mode_label, 1)
        for label in (self.cursor_label, self.zoom_label, self.selection_label, self.streams_label):
            label.setContentsMargins(8, 0, 8, 0)
            status.addPermanentWidget(label)
        self.cursor_label.setText(tr("x —, y —"))

    # --- the document ---------------------------------------------------------------------------
    def _install_request(self, request_doc: RequestDocument) -> None:
        """Show `request_doc`: its layout in the panels, and on the canvas the layout itself
        (custom mode) or the locked preview of what the service composes (automatic modes)."""
        old = self.request_doc if self.request_doc is not request_doc else None
        self.request_doc = request_doc
        document = request_doc.layout
        self.document = document
        if request_doc.parent() is not self:
            request_doc.setParent(self)
        self.undo_group.addStack(request_doc.undo_stack)
        self.undo_group.setActiveStack(request_doc.undo_stack)
        self.arrange.set_document(document)

        defer = not self._painted
        self.problems_view = ProblemsList(request_doc, defer=defer)
        self.problems_view.refreshed.connect(self._mark_problems)
        self.problems_view.problemActivated.connect(self.focus_field)
        self._request_preview = None
        self._forms = None
        # The request sits behind the problems: built after the first paint (see `request_preview`).
        request_panel = QWidget()
        # The bottom panels may shrink to a line or two: a small window keeps its canvas.
        for panel in (self.problems_view, request_panel):
            panel.setMinimumHeight(56)
        for dock, panel in (
            (self.inspector_dock, Inspector(document)),
            (self.layers_dock, LayerList(document)),
            (self.streams_dock, StreamsPanel(document)),
            # The settings sit behind the inspector: built after the first paint (see `forms`).
            (self.settings_dock, QWidget()),
            (self.problems_dock, self.problems_view),
            (self.request_dock, request_panel),
        ):
            previous = dock.widget()
            dock.setWidget(panel)
            if previous is not None:
                previous.deleteLater()
        self._show_canvas()
        if not defer:
            self._build_forms()
            self._build_request_preview()

        request_doc.undo_stack.cleanChanged.connect(self._update_title)
        request_doc.layoutModeChanged.connect(self._show_canvas)
        request_doc.fieldsChanged.connect(self._fields_changed)
        request_doc.changed.connect(self._marks_timer.start)
        if not defer:
            self._marks_timer.start()
        document.selectionChanged.connect(self._update_status)
        document.structureChanged.connect(self._structure_changed)
        document.regionsChanged.connect(lambda _i: self._update_status())
        document.editorStateChanged.connect(lambda _i: self._sync_view_toggles())
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        self.recording.bind(request_doc)
        self._sync_view_toggles()
        self._update_title()
        self._update_status()

    @property
    def forms(self) -> RequestForms | None:
        """The settings forms of the request shown (None before one is); built when first asked
        for or once the window has painted, whichever comes first."""
        if self._forms is None and self.request_doc is not None:
            self._build_forms()
        return self._forms

    @property
    def built_forms(self) -> RequestForms | None:
        """The settings forms if they are built yet (asking does not build them)."""
        return self._forms

    @property
    def request_preview(self) -> RequestPreview | None:
        """The Request panel of the request shown (None before one is); built when first asked for
        or once the window has painted, whichever comes first (it sits behind the Problems tab)."""
        if self._request_preview is None and self.request_doc is not None:
            self._build_request_preview()
        return self._request_preview

    @property
    def built_request_preview(self) -> RequestPreview | None:
        """The Request panel if it is built yet (asking does not build it)."""
        return self._request_preview

    def _build_request_preview(self) -> None:
        from mixframe.ui.request_preview import RequestPreview  # not needed for the first paint

        preview = RequestPreview(self.request_doc, defer=not self._painted)
        preview.setMinimumHeight(56)
        self._request_preview = preview
        previous = self.request_dock.widget()
        self.request_dock.setWidget(preview)
        if previous is not None:
            previous.deleteLater()
        # The recording's ids and account, as the toolbar gives them to the built panels.
        preview.set_ids(*self.recording.ids())
        preview.set_endpoint_source(self.recording.call_endpoint)

    def _build_forms(self) -> None:
        from mixframe.ui.forms import RequestForms  # not needed for the first paint

        self._forms = RequestForms(self.request_doc)
        previous = self.settings_dock.widget()
        self.settings_dock.setWidget(self._forms)
        if previous is not None:
            previous.deleteLater()
        self.recording.show_frozen()
        if self._painted:
            self._marks_timer.start()

    @property
    def preview(self) -> str | None:
        """The translated name of the automatic layout the canvas previews; None for a custom layout."""
        if self.request_doc is None:
            return None
        return automatic_layout_name(self.request_doc.to_body(), self.request_doc.vendor)

    @property
    def vendor(self) -> str:
        return self.request_doc.vendor if self.request_doc is not None else "volcengine"

    def _show_canvas(self) -> None:
        """(Re)build the canvas for the current layout mode."""
        from mixframe.ui.canvas import CanvasView

        preview = self.preview
        if preview is None:
            shown = self.document
            self._preview_source = None
        else:
            shown = preview_document(self.request_doc.to_body(), self.vendor)
            shown.setParent(self)
            old_source, self._preview_source = self._preview_source, shown
            if old_source is not None:
                old_source.deleteLater()
        if self.canvas is not None and self.canvas.document is shown:
            return
        old_canvas = self.canvas
        self.canvas = CanvasView(shown)
        self.canvas.setObjectName("canvas")
        # The canvas changes inside one central holder that stays: a new central widget would
        # make the window lay its docks out again from their size hints, squeezing the canvas.
        self._canvas_layout.addWidget(self.canvas)
        self._canvas_layout.setCurrentWidget(self.canvas)
        if old_canvas is not None:
            self._canvas_layout.removeWidget(old_canvas)
            old_canvas.deleteLater()
        # Keys go to the canvas first (nudges, window shortcuts), not to whichever field Qt picks.
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        self.canvas.cursorMoved.connect(self._show_cursor)
        self.canvas.zoomChanged.connect(lambda _z: self._update_status())
        # The View menu's actions are the window-wide ones; the canvas's own copies of the same
        # shortcuts would make each key ambiguous while the canvas has focus.
        mine = {a.shortcut().toString() for a in self.actions.values() if not a.shortcut().isEmpty()}
        for action in self.canvas.actions():
            if action.shortcut().toString() in mine:
                action.setShortcut(QKeySequence())
        self._apply_preview_mode()

    # What an automatic layout's preview depends on besides the streams.
    _PREVIEW_FIELDS = ("Layout.", "Encode.VideoWidth", "Encode.VideoHeight", "layout_mode")

    def _fields_changed(self, paths: list) -> None:
        if self.preview is not None and any(p.startswith(self._PREVIEW_FIELDS) for p in paths):
            self._show_canvas()

    def _structure_changed(self) -> None:
        if self.preview is not None:
            self._show_canvas()
        self._update_status()

    # --- the request: problems, fields, preview ---------------------------------------------------
    def show_problems(self) -> None:
        """Bring the problems list forward (Record and Save call this when there are errors)."""
        self.problems_dock.show()
        self.problems_dock.raise_()
        if self.problems_view is not None:
            self.problems_view.refresh()
            self.problems_view.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_problems(self) -> None:
        """The field in error is marked where it is shown (once per turn of the event loop): every
        problem the Problems list shows, the one verdict Record and the Request panel give too."""
        if self._forms is not None and self.problems_view is not None:
            self._forms.mark_problems(self.problems_view.model.problems)

    def field_editor(self, path: str) -> QWidget | None:
        """The editor of an API path (or of the nearest field above it), wherever it is docked."""
        self.forms  # noqa: B018 - its editors are looked for too
        candidate = re.sub(r"\[\d+\]", "[]", path)
        while candidate:
            found = self.findChild(QWidget, f"field.{candidate}")
            if found is not None:
                return found
            candidate = candidate.rpartition(".")[0]
        return None

    def focus_field(self, path: str) -> bool:
        """Show and focus the field `path` names; the problems list calls this on a click."""
        forms = self.forms
        if forms is not None and forms.focus_field(path):
            dock = self._dock_of(forms)
            if dock is not None:
                dock.show()
                dock.raise_()
            return True
        editor = self.field_editor(path)
        if editor is None or not editor.isEnabled():
            return False
        dock = self._dock_of(editor)
        if dock is not None:
            dock.show()
            dock.raise_()
        scroll = editor.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.ensureWidgetVisible(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _dock_of(self, widget: QWidget) -> QDockWidget | None:
        while widget is not None and not isinstance(widget, QDockWidget):
            widget = widget.parentWidget()
        return widget

    def copy_curl(self) -> None:
        if self.request_preview is not None:
            self.request_preview.copy_curl()
            self.statusBar().showMessage(tr("Copied the request as a curl command (secrets masked)."), 5000)

    def export_request_json(self) -> None:
        start = str(Path(self.settings.value("files/lastDir", "") or Path.home()) / f"{self.display_name()}.request.json")
        target, _ = QFileDialog.getSaveFileName(self, tr("Export request JSON"), start, file_filter())
        if not target:
            return
        try:
            self.request_preview.export_json(target)
        except OSError as exc:
            QMessageBox.warning(self, tr("Cannot export"), tr("{name} could not be written: {reason}.").format(
                name=Path(target).name, reason=(exc.strerror or str(exc)).rstrip(".").lower()))
            return
        self.statusBar().showMessage(tr("Exported the request to {path} (secrets masked)").format(path=target), 8000)

    def set_request(self, request_doc: RequestDocument, path: Path | None = None, name: str = "",
                    kind: str = "preset") -> None:
        """Show `request_doc` as a document that has just been opened (nothing to save yet)."""
        self.path = Path(path) if path else None
        self.kind = kind
        self.name = name
        self._install_request(request_doc)
        request_doc.undo_stack.setClean()
        if request_doc.layout.load_changed:
            # What the editor had to change to hold the file (each change is in the problems list)
            # is not in the file yet: the title says so, and closing asks.
            request_doc.undo_stack.resetClean()
        self._update_title()

    def _apply_preview_mode(self) -> None:
        preview = self.preview
        read_only = preview is not None
        self.arrange.read_only = read_only
        self.arrange.update_enabled()
        for dock in (self.inspector_dock, self.layers_dock):
            if dock.widget() is not None:
                dock.widget().setEnabled(not read_only)
        # The streams are the request's in every Volcengine mode; QingCloud records who is there.
        if self.streams_dock.widget() is not None:
            self.streams_dock.widget().setEnabled(vendors.composes_streams(self.vendor))
        if read_only:
            self.mode_label.setText(tr("Preview of the automatic layout “{mode}”: the service places the pictures, "
                                       "so there is nothing to move here.").format(mode=preview))
        self.mode_label.setVisible(read_only)

    def display_name(self) -> str:
        """The file's name when the document has one (the title names the file that Save writes,
        never the preset's inner name); else the preset's name; else Untitled."""
        if self.path is not None:
            from mixframe.store.presets import preset_stem  # the preset store loads with a file, not before

            return preset_stem(self.path)
        if self.name:
            return self.name
        return tr("Untitled")

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.display_name()}[*] — Mixframe")
        self.setWindowModified(not self.request_doc.undo_stack.isClean())

    def _update_status(self) -> None:
        doc = self.document
        selected = [doc.region(i) for i in doc.selection]
        if not selected:
            self.selection_label.setText(tr("No selection"))
        else:
            left = min(r.x for r in selected)
            top = min(r.y for r in selected)
            right = max(r.right for r in selected)
            bottom = max(r.bottom for r in selected)
            self.selection_label.setText(
                tr("{count} selected · {w} × {h} px").format(count=len(selected), w=right - left, h=bottom - top)
            )
        self.streams_label.setText(tr("Streams {count} / {limit}").format(count=len(doc.streams), limit=MAX_STREAMS))
        zoom = self._zoom_value()
        self.zoom_label.setText(tr("Zoom {percent} %").format(percent=round(zoom * 100)) if zoom else "")

    def _show_cursor(self, x: float, y: float) -> None:
        self.cursor_label.setText(tr("x {x}, y {y}").format(x=int(x), y=int(y)))

    def _sync_view_toggles(self) -> None:
        for key, value in (("view.grid", self.document.grid_visible), ("view.snap", self.document.snap_enabled)):
            action = self.actions[key]
            action.blockSignals(True)
            action.setChecked(value)
            action.blockSignals(False)

    # --- view -----------------------------------------------------------------------------------
    def _zoom_value(self) -> float | None:
        return float(self.canvas.zoom) if self.canvas is not None else None

    def _zoom_fit(self) -> None:
        self.canvas.zoom_fit()
        self._update_status()

    def _zoom_actual(self) -> None:
        self.canvas.zoom_actual()
        self._update_status()

    def _zoom_in(self) -> None:
        self.canvas.zoom_in()
        self._update_status()

    def _zoom_out(self) -> None:
        self.canvas.zoom_out()
        self._update_status()

    def _toggle_grid(self, on: bool) -> None:
        self.document.set_grid(visible=on)

    def _toggle_snap(self, on: bool) -> None:
        self.document.set_snap(on)

    # --- files ----------------------------------------------------------------------------------
    # The request a recording runs with stays in the window until it stops: its layout edits
    # are pushed to the running task, so another document must not take its place.
    REPLACING_DOCUMENT_ACTIONS = ("file.new", "file.newQingCloud", "file.newFromTemplate", "file.open", "file.import")

    def may_replace_document(self) -> bool:
        """Whether another document may take this one's place: never while recording; else
        once unsaved changes are saved or discarded."""
        if self.recording.state != "idle":
            QMessageBox.information(self, tr("A recording is running"),
                                    tr("Stop the recording before opening or starting another request: "
                                       "its layout edits go to the running task."))
            return False
        return self.maybe_save()

    def new_document(self, vendor: str = "volcengine") -> None:
        if not self.may_replace_document():
            return
        self.set_request(RequestDocument.new(vendor=vendor))

    def new_from_template(self) -> None:
        from mixframe.ui.new_from_template import NewFromTemplateDialog

        if not self.may_replace_document():
            return
        dialog = NewFromTemplateDialog(self, vendor=self.vendor)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.set_request(dialog.request_document())

    def _preset_on_disk(self) -> Path | None:
        """The preset file this window shows, if it is one (a bare request body is the user's own file)."""
        return self.path if self.path is not None and self.kind == "preset" and self.path.exists() else None

    def rename_preset(self) -> None:
        from mixframe.store.presets import PresetStore

        source = self._preset_on_disk()
        if source is None:
            QMessageBox.information(self, tr("Rename preset"), tr("Save the preset first; then it can be renamed."))
            return
        name, ok = QInputDialog.getText(self, tr("Rename preset"), tr("New name:"), text=self.display_name())
        if not ok or not name.strip() or name.strip() == self.display_name():
            return
        try:
            target = PresetStore().rename_file(source, name.strip())
        except DocumentError as exc:
            QMessageBox.warning(self, tr("Cannot rename"), exc.text(QCoreApplication.translate))
            return
        self.path, self.name = target, name.strip()
        self._update_title()

    def delete_preset(self) -> None:
        from mixframe.store.presets import PresetStore

        path = self._preset_on_disk()
        if path is None:
            QMessageBox.information(self, tr("Delete preset"), tr("This document is not saved as a preset file."))
            return
        answer = QMessageBox.question(
            self, tr("Delete preset"),
            tr("Delete the preset file “{name}”? The layout stays open, unsaved.").format(name=path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            PresetStore().delete_file(path)
        except DocumentError as exc:
            QMessageBox.warning(self, tr("Cannot delete"), exc.text(QCoreApplication.translate))
            return
        # Nothing is lost: the content stays in the window, as an unsaved document.
        self.path = None
        self.request_doc.undo_stack.resetClean()
        self._update_title()

    def import_preset(self) -> None:
        from mixframe.store.presets import PresetStore

        if not self.may_replace_document():
            return
        start = self.settings.value("files/lastDir", "") or str(Path.home())
        source, _ = QFileDialog.getOpenFileName(self, tr("Import preset"), start, file_filter())
        if not source:
            return
        try:
            target, _doc = PresetStore().import_file(source)
            self.open_path(target)
        except DocumentError as exc:
            QMessageBox.warning(self, tr("Cannot import"), exc.text(QCoreApplication.translate))
            return
        self.statusBar().showMessage(tr("Imported into your presets as {name}").format(name=target.name), 8000)

    def export_preset(self) -> None:
        from mixframe.store.presets import SUFFIX, with_preset_suffix, write_preset

        start = str(Path(self.settings.value("files/lastDir", "") or Path.home()) / f"{self.display_name()}{SUFFIX}")
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Export preset"), start, file_filter())
        if not chosen:
            return
        target = with_preset_suffix(chosen)
        if target != Path(chosen) and target.exists() and not self._may_replace(target):
            return
        try:
            write_preset(target, self.loaded_document(), replace_unreadable=True)
        except DocumentError as exc:
            QMessageBox.warning(self, tr("Cannot export"), exc.text(QCoreApplication.translate))
            return
        self.statusBar().showMessage(tr("Exported to {path}").format(path=str(target)), 8000)

    def open_dialog(self) -> None:
        if not self.may_replace_document():
            return
        start = str(self.path.parent) if self.path else self.settings.value("files/lastDir", "")
        path, _ = QFileDialog.getOpenFileName(self, tr("Open preset or request"), start, file_filter())
        if not path:
            return
        try:
            self.open_path(path)
        except DocumentError as exc:
            QMessageBox.warning(self, tr("Cannot open the file"), exc.text(QCoreApplication.translate))

    # --- recent files (the one recent list, kept by the preset store) --------------------------
    def recent_files(self) -> list[Path]:
        from mixframe.store.presets import PresetStore

        return PresetStore().recent()

    def _remember(self, path: str | os.PathLike) -> None:
        from mixframe.store.presets import PresetStore

        PresetStore().touch_recent(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {path.name}" if number <= 10 else path.name)
            action.setObjectName(f"file.recent.{number}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if not files:
            empty = self.recent_menu.addAction(tr("No recent files"))
            empty.setObjectName("file.recent.none")
            empty.setEnabled(False)

    def open_recent(self, path: str | os.PathLike) -> None:
        if not self.may_replace_document():
            return
        try:
            self.open_path(path)
        except DocumentError as exc:
            QMessageBox.warning(self, tr("Cannot open the file"), exc.text(QCoreApplication.translate))

    def open_path(self, path: str | os.PathLike) -> None:
        """Load a preset or a bare request body; raises DocumentError with one plain sentence."""
        from mixframe.store.presets import read_document

        loaded = read_document(path)
        self._remember(path)
        request_doc = RequestDocument.from_loaded(loaded)
        self.settings.setValue("files/lastDir", str(Path(path).resolve().parent))
        self.set_request(request_doc, Path(path), loaded.name or "", loaded.kind)
        found = list(loaded.problems) + list(request_doc.layout.load_problems)
        # A few notes fit the status bar; the problems list has the rest.
        notes = [p.line(QCoreApplication.translate) for p in found[:STATUS_NOTES]]
        if len(found) > STATUS_NOTES:
            notes.append(tr("and {n} more in the problems list").format(n=len(found) - STATUS_NOTES))
        if notes:
            self.statusBar().showMessage("; ".join(notes), 15000)

    def loaded_document(self):
        """The window's content as a LoadedDocument: the whole request and the editor's state."""
        return self.request_doc.loaded_document(self.display_name())

    def preset_data(self) -> dict:
        """The preset that Save writes (no secrets, no per-recording ids)."""
        from mixframe.model.preset import to_preset

        return to_preset(self.loaded_document())

    def save(self) -> bool:
        # A bare request body is the user's own file: saving writes a preset beside it instead.
        if self.path is None or self.kind != "preset":
            return self.save_as()
        return self.write_to(self.path)

    def save_as(self) -> bool:
        from mixframe.store.presets import SUFFIX, with_preset_suffix

        folder = self.path.parent if self.path else Path(self.settings.value("files/lastDir", "") or Path.home())
        start = str(folder / f"{self.display_name()}{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, tr("Save preset"), start, file_filter())
        if not path:
            return False
        # A preset file is NAME.mixframe.json wherever it is made (Save As, Rename, Export, Import).
        target = with_preset_suffix(path)
        # The dialog has already asked whether to replace the file it was given; not this one.
        if target != Path(path) and target.exists() and not self._may_replace(target):
            return False
        return self.write_to(target, replace=True)

    def _may_replace(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self, tr("Replace the file?"),
            tr("{name} already exists. Replace it?").format(name=target.name))
        return answer == QMessageBox.StandardButton.Yes

    def write_to(self, path: Path, replace: bool = False) -> bool:
        from mixframe.store.presets import write_preset

        try:
            write_preset(path, self.loaded_document(), replace_unreadable=replace)
        except DocumentError as exc:
            QMessageBox.warning(self, tr("Cannot save"), exc.text(QCoreApplication.translate))
            return False
        self.path = Path(path)
        self.kind = "preset"
        self._remember(path)
        self.document.undo_stack.setClean()
        self._update_title()
        self.statusBar().showMessage(tr("Saved {path}").format(path=str(path)), 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if self.document.undo_stack.isClean():
            return True
        Button = QMessageBox.StandardButton
        answer = QMessageBox.warning(
            self,
            tr("Unsaved changes"),
            tr("“{name}” has changes that are not saved. Save them first?").format(name=self.display_name()),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    # --- window state ---------------------------------------------------------------------------
    def restore_window_state(self) -> bool:
        """Restore the remembered geometry and docks; False when there was nothing to restore."""
        geometry = self.settings.value("mainWindow/geometry")
        state = self.settings.value("mainWindow/state")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            return bool(self.restoreState(state))
        return False

    def event(self, event: QEvent) -> bool:
        if not self._painted and event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            self._painted = True
            # A zero timer runs after the whole paint pass and the backing-store flush.
            QTimer.singleShot(0, self._after_first_paint)
        return super().event(event)

    def _after_first_paint(self) -> None:
        if self._force_close:  # closed as soon as shown (``--quit-after-show``): nothing to check
            return
        if self.problems_view is not None:
            self.problems_view.refresh_soon()
        if self._request_preview is None and self.request_doc is not None:
            self._build_request_preview()
        if self._request_preview is not None:
            self._request_preview.refresh_soon()
        if self._forms is None and self.request_doc is not None:
            self._build_forms()
        self._marks_timer.start()
        self.firstPainted.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._docks_settled:
            QTimer.singleShot(0, self._settle_docks)

    def _settle_docks(self) -> None:
        """Once, after the first show: default dock widths on a first run, and room for the canvas
        whenever a restored (or first-run) layout would squeeze it."""
        if self._docks_settled:
            return
        self._docks_settled = True
        if self._first_run_docks or not self.canvas_has_room():
            self._first_run_docks = False
            self._apply_first_run_dock_widths()

    def canvas_has_room(self) -> bool:
        return self.canvas is None or (self.canvas.width() >= CANVAS_MIN_SHARE * self.width()
                                       and self.canvas.height() >= CANVAS_MIN_SHARE * self.height())

    def _apply_first_run_dock_widths(self) -> None:
        layers, inspector = FIRST_RUN_DOCK_WIDTHS
        # Wide enough for the inspector's form in the current language, so it never scrolls sideways.
        scroll = self.inspector_dock.findChild(QScrollArea)
        if scroll is not None and scroll.widget() is not None:
            needed = scroll.widget().minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 8
            inspector = max(inspector, needed)
        self.resizeDocks([self.layers_dock, self.inspector_dock], [layers, inspector], Qt.Orientation.Horizontal)
        # The problems and the request under the canvas: a few lines, the canvas keeps the rest.
        self.resizeDocks([self.problems_dock], [max(FIRST_RUN_BOTTOM_HEIGHT, self.height() // 6)], Qt.Orientation.Vertical)

    def save_window_state(self) -> None:
        if not self._docks_settled and self.isVisible():
            self._settle_docks()  # closed before the first layout settled: never save a squeeze
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/state", self.saveState())
        self.settings.sync()

    def force_close(self) -> None:
        """Close without asking (the start-up probe and tests)."""
        self._force_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Unsaved changes first, then a running recording (stopping it closes the window when done).
        if not self._force_close and not (self.maybe_save() and self.recording.may_close()):
            event.ignore()
            return
        self.recording.shutdown()
        self.save_window_state()
        event.accept()
