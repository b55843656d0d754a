"""The editor's window: the canvas in the middle, inspector, layers and streams in docks.

The window owns one LayoutDocument at a time (New/Open replace it) and the rest of the request
it was loaded with, so saving writes the whole preset back.

`MainWindow` is the shell: it builds the docks, menus, toolbar and status bar, installs a request,
and keeps the window's state. The parts do the rest, each with its own actions registered in the
one `actions` dict (`parts` says which part owns which): `FileActions` (ui/file_actions.py: File
menu, recent files, the request's copy and export), `ViewActions` (ui/view_actions.py: zoom, grid,
snapping, panels, language), `ArrangeActions` (ui/arrange.py), the `RecordController`
(ui/recording.py); `RequestPanels` (ui/request_panels.py) fills the docks, `CanvasArea`
(ui/canvas_area.py) holds the canvas, `StatusLabels` (ui/status_labels.py) the status bar's labels.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from mixframe.model import vendors
from mixframe.store.profiles import config_dir
from mixframe.ui.actions import make_action
from mixframe.ui.arrange import ArrangeActions
from mixframe.ui.canvas_area import PREVIEW_FIELDS, CanvasArea, automatic_layout_name
from mixframe.ui.document import LayoutDocument
from mixframe.ui.file_actions import FileActions
from mixframe.ui.problems import ProblemsList
from mixframe.ui.recording import CANVAS_SIZE_FIELDS, IDLE, RecordController
from mixframe.ui.request_document import RequestDocument
from mixframe.ui.request_panels import RequestPanels
from mixframe.ui.status_labels import StatusLabels
from mixframe.ui.view_actions import ViewActions

if TYPE_CHECKING:
    from mixframe.ui.forms import RequestForms
    from mixframe.ui.request_preview import RequestPreview

DEFAULT_SIZE = QSize(1400, 900)
FIRST_RUN_DOCK_WIDTHS = (270, 330)  # layers, inspector
FIRST_RUN_BOTTOM_HEIGHT = 130  # problems / request
# The canvas is the work: a remembered dock layout that leaves it less than this share of the
# window's width (saved on a larger screen, restored on a smaller one) gives way to the defaults.
CANVAS_MIN_SHARE = 0.4


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


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
        self._force_close = False
        self._painted = False
        self.undo_group = QUndoGroup(self)
        self.document: LayoutDocument | None = None
        self.canvas_holder = CanvasArea(self)
        self.setCentralWidget(self.canvas_holder)

        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.inspector_dock = self._dock("dock.inspector", tr("Inspector"), Qt.DockWidgetArea.RightDockWidgetArea)
        self.layers_dock = self._dock("dock.layers", tr("Layers"), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.streams_dock = self._dock("dock.streams", tr("Streams"), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.splitDockWidget(self.layers_dock, self.streams_dock, Qt.Orientation.Vertical)
        self.settings_dock = self._dock("dock.settings", tr("Settings"), Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.settings_dock)
        self.inspector_dock.raise_()
        self.problems_dock = self._dock("dock.problems", tr("Problems"), Qt.DockWidgetArea.BottomDockWidgetArea)
        self.request_dock = self._dock("dock.request", tr("Request"), Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.problems_dock, self.request_dock)
        # The side columns run the full height; the problems and the request sit under the canvas
        # only, so they cost the canvas height and never the side panels'.
        for corner, area in ((Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea),
                             (Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)):
            self.setCorner(corner, area)
        self.problems_dock.raise_()
        self.panels = RequestPanels(self, {
            "inspector": self.inspector_dock, "layers": self.layers_dock, "streams": self.streams_dock,
            "settings": self.settings_dock, "problems": self.problems_dock, "request": self.request_dock})

        first = RequestDocument.new(parent=self)
        self.document = first.layout
        self.arrange = ArrangeActions(self.document, self)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self.recording = RecordController(self, self.settings, sandbox_url=sandbox_url)
        self._register("recording", self.recording.actions)
        # The record controller says in signals what the window should do; it never reaches in.
        self.recording.idsChanged.connect(self._ids_changed)
        self.recording.frozenChanged.connect(self._frozen_changed)
        self.recording.problemsWanted.connect(self.show_problems)
        self.recording.idleChanged.connect(self._idle_changed)
        self.recording.closeWanted.connect(
            lambda unchanged: QTimer.singleShot(0, self.force_close if unchanged else self.close))
        self.panels.formsBuilt.connect(self.recording.show_frozen)
        self.panels.previewBuilt.connect(self._preview_built)
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

    def _register(self, part: str, actions: dict[str, QAction]) -> None:
        """Put a part's actions in the one `actions` dict (a name is owned by one part only)."""
        for name, action in actions.items():
            owner = next((p for p, own in self.parts.items() if name in own and p != part), None)
            if owner is not None:
                raise ValueError(f"{name} is {owner}'s action already")
            self.parts.setdefault(part, {})[name] = action
            self.actions[name] = action

    def _make_actions(self) -> None:
        SP = QStyle.StandardPixmap
        self.actions: dict[str, QAction] = {}
        self.parts: dict[str, dict[str, QAction]] = {}  # who owns each action: shell, files, view, recording
        self.files = FileActions(self)
        self._register("files", self.files.actions)
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
        problems = make_action(self, "view.problems", tr("Show &problems"), self.show_problems, "Ctrl+Shift+P")
        self._register("shell", {"edit.undo": undo, "edit.redo": redo, "view.problems": problems})
        self.view_actions = ViewActions(self)
        self._register("view", self.view_actions.actions)
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

        self.files.fill_file_menu(menu("menu.file", tr("&File")))

        edit = menu("menu.edit", tr("&Edit"))
        edit.addAction(a["edit.undo"])
        edit.addAction(a["edit.redo"])
        edit.addSeparator()
        for key in ("edit.copyTransform", "edit.pasteTransform", None, "edit.duplicate", "edit.delete", None, "edit.selectAll"):
            edit.addSeparator() if key is None else edit.addAction(r[key])

        self.view_actions.fill_view_menu(menu("menu.view", tr("&View")), [
            self.inspector_dock, self.settings_dock, self.layers_dock, self.streams_dock, self.problems_dock,
            self.request_dock])

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
        self.statusBar().setObjectName("statusBar")
        self.status_labels = labels = StatusLabels(self.statusBar())
        self.cursor_label, self.zoom_label, self.selection_label = labels.cursor, labels.zoom, labels.selection
        self.streams_label, self.mode_label = labels.streams, labels.mode

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

        self.panels.install(request_doc)
        self._show_canvas()
        request_doc.undo_stack.cleanChanged.connect(self._update_title)
        request_doc.layoutModeChanged.connect(self._show_canvas)
        request_doc.fieldsChanged.connect(self._fields_changed)
        document.selectionChanged.connect(self.update_status)
        document.structureChanged.connect(self._structure_changed)
        document.regionsChanged.connect(lambda _i: self.update_status())
        document.editorStateChanged.connect(lambda _i: self.view_actions.sync())
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        self.recording.bind(request_doc)
        self.view_actions.sync()
        self._update_title()
        self.update_status()

    # --- the docks' panels (RequestPanels) -----------------------------------------------------------
    @property
    def problems_view(self) -> ProblemsList | None:
        return self.panels.problems_view

    @property
    def forms(self) -> RequestForms | None:
        return self.panels.forms

    @property
    def built_forms(self) -> RequestForms | None:
        return self.panels.built_forms

    @property
    def request_preview(self) -> RequestPreview | None:
        return self.panels.request_preview

    @property
    def built_request_preview(self) -> RequestPreview | None:
        return self.panels.built_request_preview

    def _preview_built(self, preview: RequestPreview) -> None:
        # The recording's ids and account, as the toolbar gives them to the built panels.
        preview.set_ids(*self.recording.ids())
        preview.set_endpoint_source(self.recording.call_endpoint)

    def show_problems(self) -> None:
        """Bring the problems list forward (Record and Save call this when there are errors)."""
        self.panels.show_problems()

    def field_editor(self, path: str) -> QWidget | None:
        return self.panels.field_editor(path)

    @property
    def preview(self) -> str | None:
        """The translated name of the automatic layout the canvas previews; None for a custom layout."""
        if self.request_doc is None:
            return None
        return automatic_layout_name(self.request_doc.to_body(), self.request_doc.vendor)

    @property
    def vendor(self) -> str:
        return self.request_doc.vendor if self.request_doc is not None else "volcengine"

    @property
    def canvas(self):
        """The canvas shown (the layout, or the preview of an automatic layout)."""
        return self.canvas_holder.canvas

    def _show_canvas(self) -> None:
        """(Re)build the canvas for the current layout mode."""
        if not self.canvas_holder.show_request(self.request_doc):
            return  # it shows that already
        self.canvas.cursorMoved.connect(self.status_labels.show_cursor)
        self.canvas.zoomChanged.connect(lambda _z: self.update_status())
        # The View menu's actions are the window-wide ones; the canvas's own copies of the same
        # shortcuts would make each key ambiguous while the canvas has focus.
        mine = {a.shortcut().toString() for a in self.actions.values() if not a.shortcut().isEmpty()}
        for action in self.canvas.actions():
            if action.shortcut().toString() in mine:
                action.setShortcut(QKeySequence())
        self._apply_preview_mode()

    def _fields_changed(self, paths: list) -> None:
        if self.preview is not None and any(p.startswith(PREVIEW_FIELDS) for p in paths):
            self._show_canvas()

    def _structure_changed(self) -> None:
        if self.preview is not None:
            self._show_canvas()
        self.update_status()

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
        # The streams are the request's in every Volcengine mode; QingCloud records who is there.
        self.panels.set_read_only(read_only, vendors.composes_streams(self.vendor))
        self.status_labels.show_preview(preview)

    def display_name(self) -> str:
        return self.files.display_name()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.display_name()}[*] — Mixframe")
        self.setWindowModified(not self.request_doc.undo_stack.isClean())

    def update_status(self) -> None:
        self.status_labels.show_document(self.document, float(self.canvas.zoom) if self.canvas is not None else None)

    # --- the file shown (FileShell) and the file actions' public face ----------------------------
    REPLACING_DOCUMENT_ACTIONS = FileActions.REPLACING_DOCUMENT_ACTIONS

    def set_file(self, path: Path | None, name: str | None = None, kind: str | None = None) -> None:
        """The request shown is now in `path` (None: in no file); the title follows."""
        self.path = Path(path) if path is not None else None
        self.name = self.name if name is None else name
        self.kind = self.kind if kind is None else kind
        self._update_title()

    def recording_idle(self) -> bool:
        return self.recording.state == IDLE

    @property
    def recent_menu(self) -> QMenu | None:
        return self.files.recent_menu

    def new_document(self, vendor: str = "volcengine") -> None:
        self.files.new_document(vendor)

    def open_path(self, path: str | os.PathLike) -> None:
        self.files.open_path(path)

    def open_recent(self, path: str | os.PathLike) -> None:
        self.files.open_recent(path)

    def loaded_document(self):
        return self.files.loaded_document()

    def preset_data(self) -> dict:
        return self.files.preset_data()

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def write_to(self, path: Path, replace: bool = False) -> bool:
        return self.files.write_to(path, replace)

    def maybe_save(self) -> bool:
        return self.files.maybe_save()

    # --- the record controller's signals (connected in __init__) ---------------------------------
    def _ids_changed(self) -> None:
        """The Problems list and the Request panel (if built) judge with the toolbar's ids and account."""
        for panel in (self.built_request_preview, self.problems_view):
            if panel is not None:
                panel.set_ids(*self.recording.ids())
        if self.built_request_preview is not None:
            self.built_request_preview.set_endpoint_source(self.recording.call_endpoint)

    def _frozen_changed(self, why: str | None) -> None:
        """While recording, the fields UpdateRecord cannot change are disabled, saying `why`."""
        forms = self.built_forms
        if forms is not None and forms.frozen != why:
            forms.set_frozen(why)
        for path in CANVAS_SIZE_FIELDS:
            editor = self.findChild(QWidget, f"field.{path}")
            if editor is None:
                continue
            if editor.property("recordTip") is None:
                editor.setProperty("recordTip", editor.toolTip())
            editor.setEnabled(why is None)
            editor.setToolTip(why if why is not None else editor.property("recordTip"))

    def _idle_changed(self, idle: bool) -> None:
        """While recording, nothing that would replace the running request is enabled."""
        self.files.set_idle(idle)

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
            self._painted = self.panels.painted = True
            # A zero timer runs after the whole paint pass and the backing-store flush.
            QTimer.singleShot(0, self._after_first_paint)
        return super().event(event)

    def _after_first_paint(self) -> None:
        if self._force_close:  # closed as soon as shown (``--quit-after-show``): nothing to check
            return
        self.panels.after_first_paint()
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
