"""The window in parts: the shell (main_window.py) builds the parts, and each part owns its actions.

FileActions serves any shell that has the FileShell interface (proved here against a small test
shell, not the window); no module in ui/ but the shell reaches into the window with getattr; and
the window-side slots the record controller's signals will be connected to do what its getattr
code does today.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from mixframe.ui.file_actions import FileActions, FileShell
from mixframe.ui.main_window import MainWindow
from mixframe.ui.request_document import RequestDocument
from mixframe.ui.view_actions import ViewActions

UI = Path(__file__).resolve().parents[2] / "gui" / "mixframe" / "ui"
SHELL_LINE_BUDGET = 560  # main_window.py was 1073 lines before the split; 554 after it


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MIXFRAME_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    yield w
    w.force_close()


# --- the parts own their actions ---------------------------------------------------------------------

def test_every_action_in_the_window_is_owned_by_exactly_one_part(window):
    owners: dict[str, list[str]] = {}
    for part, actions in window.parts.items():
        for name, action in actions.items():
            owners.setdefault(name, []).append(part)
            assert window.actions[name] is action, name
    assert set(owners) == set(window.actions)
    assert {name: parts for name, parts in owners.items() if len(parts) != 1} == {}
    assert set(window.parts) == {"shell", "files", "view", "recording"}
    # Each part's actions are its own QObjects (the recording's are the window's until the merge).
    for name in window.parts["files"]:
        assert window.actions[name].parent() is window.files, name
    for name in window.parts["view"]:
        assert window.actions[name].parent() is window.view_actions, name
    assert set(window.parts["files"]) >= {"file.new", "file.open", "file.save", "file.saveAs", "file.quit",
                                          "file.import", "file.export", "request.copyCurl", "request.exportJson"}
    assert set(window.parts["view"]) == {"view.zoomFit", "view.zoom100", "view.zoomIn", "view.zoomOut",
                                         "view.grid", "view.snap"}
    assert set(window.parts["recording"]) == {"record.toggle", "accounts.manage", "recordings.show"}
    assert set(window.parts["shell"]) == {"edit.undo", "edit.redo", "view.problems"}


def test_no_two_actions_of_the_parts_claim_a_shortcut_and_a_name_is_registered_once(window):
    seen: dict[str, str] = {}
    for name, action in window.actions.items():
        for key in action.shortcuts():
            assert key.toString() not in seen, f"{key.toString()}: {seen.get(key.toString())} and {name}"
            seen[key.toString()] = name
    assert seen["Ctrl+S"] == "file.save" and seen["Ctrl+0"] == "view.zoomFit" and seen["Ctrl+R"] == "record.toggle"
    with pytest.raises(ValueError, match="file.save"):
        window._register("view", {"file.save": window.actions["file.save"]})


def test_every_action_still_works_from_the_window_by_its_shortcut_host(window):
    """Shortcuts work wherever the window has focus: each part's actions are added to the window."""
    hosted = set(QWidget.actions(window))  # the dict `actions` hides the method
    assert [name for name, action in window.actions.items() if action not in hosted] == []


def _entries(widget) -> list[str]:
    """A menu's or toolbar's items in order: action names, a submenu's object name, --- for a separator."""
    out = []
    for action in QWidget.actions(widget):
        if action.isSeparator():
            out.append("---")
        elif action.menu() is not None:
            out.append(action.menu().objectName())
        else:
            out.append(action.objectName() or "(widget)")
    return out


def test_the_menus_and_the_toolbar_keep_their_order_through_the_split(window):
    """As before the split (compared with main's window item by item, in English and Chinese)."""
    from PySide6.QtWidgets import QMenu, QToolBar

    bar = window.menuBar()
    assert [a.menu().objectName() for a in QWidget.actions(bar)] == [
        "menu.file", "menu.edit", "menu.view", "menu.request", "menu.arrange", "menu.recording"]
    menu = {m.objectName(): m for m in window.findChildren(QMenu)}
    assert _entries(menu["menu.file"]) == [
        "file.new", "file.newQingCloud", "file.newFromTemplate", "file.open", "menu.file.recent", "---",
        "file.save", "file.saveAs", "file.rename", "file.delete", "---", "file.import", "file.export", "---", "file.quit"]
    assert _entries(menu["menu.view"]) == [
        "view.zoomFit", "view.zoom100", "view.zoomIn", "view.zoomOut", "---", "view.grid", "view.snap", "---",
        "menu.panels", "---", "menu.view.language"]
    assert _entries(menu["menu.panels"]) == [
        "view.dock.inspector", "view.dock.settings", "view.dock.layers", "view.dock.streams", "view.dock.problems",
        "view.dock.request"]
    assert _entries(menu["menu.view.language"]) == ["view.language.system", "view.language.en", "view.language.zh_CN"]
    assert _entries(menu["menu.request"]) == ["view.problems", "---", "request.copyCurl", "request.exportJson"]
    assert _entries(window.findChild(QToolBar, "toolbar.main")) == [
        "file.new", "file.open", "file.save", "---", "edit.undo", "edit.redo", "---",
        "arrange.align.left", "arrange.align.hcenter", "arrange.align.right", "arrange.align.top",
        "arrange.align.vcenter", "arrange.align.bottom", "arrange.distribute.horizontal",
        "arrange.distribute.vertical", "---", "(widget)", "---", "view.zoomFit", "view.grid", "view.snap"]


def test_the_shell_stays_within_its_line_budget():
    lines = (UI / "main_window.py").read_text(encoding="utf-8").count("\n")
    assert lines <= SHELL_LINE_BUDGET, f"main_window.py has {lines} lines (budget {SHELL_LINE_BUDGET})"


# --- the file actions work through the FileShell interface, against a shell that is not the window --

def _interface(protocol) -> set[str]:
    return set(protocol.__annotations__) | {n for n in vars(protocol) if not n.startswith("_")}


class TinyShell(QMainWindow):
    """The least a FileActions needs; every attribute FileActions asks for is noted."""

    def __init__(self, settings: QSettings):
        super().__init__()
        self.touched: set[str] = set()
        self.settings = settings
        self.request_doc = RequestDocument.new(parent=self)
        self.path, self.name, self.kind = None, "", "preset"
        self.idle = True
        self.opened: list[tuple] = []
        self._preview = None

    def __getattribute__(self, name):
        # (Qt itself looks up the event handlers a Python class may override: not FileActions' doing.)
        if not name.startswith("_") and not name.endswith(("event", "Event")) and name not in ("touched", "idle", "opened"):
            try:
                object.__getattribute__(self, "touched").add(name)
            except AttributeError:
                pass
        return super().__getattribute__(name)

    def set_request(self, request_doc, path=None, name="", kind="preset"):
        self.request_doc, self.path, self.name, self.kind = request_doc, path, name, kind
        self.opened.append((request_doc, path, kind))

    def set_file(self, path, name=None, kind=None):
        self.path = path
        self.name = self.name if name is None else name
        self.kind = self.kind if kind is None else kind

    def recording_idle(self):
        return self.idle

    @property
    def request_preview(self):
        from mixframe.ui.request_preview import RequestPreview

        if self._preview is None:
            self._preview = RequestPreview(self.request_doc)
        return self._preview


def test_file_actions_work_against_a_minimal_shell_through_its_interface_only(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MIXFRAME_DATA_DIR", str(tmp_path / "data"))
    shell = TinyShell(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(shell)
    files = FileActions(shell)
    from PySide6.QtWidgets import QMenu

    files.fill_file_menu(QMenu(shell))

    # Save As writes a preset and tells the shell where the request now is.
    shell.request_doc.undo_stack.resetClean()  # edited, as far as saving goes
    assert not shell.request_doc.undo_stack.isClean()
    target = tmp_path / "Evening.mixframe.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    files.actions["file.saveAs"].trigger()
    assert shell.path == target and shell.kind == "preset" and shell.request_doc.undo_stack.isClean()
    assert json.loads(target.read_text(encoding="utf-8"))["mixframe"] >= 1
    assert "Saved" in shell.statusBar().currentMessage()

    # Open gives the shell the file's request through set_request; the recent list has it.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    files.actions["file.open"].trigger()
    assert shell.opened and shell.opened[-1][1] == target and shell.opened[-1][2] == "preset"
    files.fill_recent_menu()
    assert [a.text() for a in files.recent_menu.actions()] == ["&1 Evening.mixframe.json"]

    # While the shell records, nothing replaces its request: the actions are off, and a call is refused.
    shell.idle = False
    files.set_idle(False)
    assert not any(files.actions[n].isEnabled() for n in FileActions.REPLACING_DOCUMENT_ACTIONS)
    assert not files.recent_menu.isEnabled()
    said = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: said.append(a[2])))
    before = len(shell.opened)
    files.new_document()
    assert len(shell.opened) == before and said and "Stop the recording" in said[0]
    shell.idle = True
    files.set_idle(True)
    assert all(files.actions[n].isEnabled() for n in FileActions.REPLACING_DOCUMENT_ACTIONS)
    files.actions["file.newQingCloud"].trigger()
    assert shell.request_doc.vendor == "qingcloud" and shell.opened[-1][1] is None

    # The request's JSON goes through the shell's Request panel.
    exported = tmp_path / "body.request.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(exported), "")))
    files.actions["request.exportJson"].trigger()
    assert exported.exists()

    # All FileActions asked of its shell is the FileShell interface (and the QWidget it is:
    # a dialog parent, its shortcuts' host, Quit).
    allowed = _interface(FileShell) | {"close", "style", "addAction"}
    assert shell.touched <= allowed, sorted(shell.touched - allowed)
    assert {"set_request", "set_file", "recording_idle", "statusBar", "settings"} <= shell.touched


def test_view_actions_work_against_a_minimal_shell(qtbot):
    from mixframe.ui.canvas import CanvasView
    from mixframe.ui.document import LayoutDocument

    class Shell(QMainWindow):
        def __init__(self):
            super().__init__()
            self.document = LayoutDocument()
            self.canvas = CanvasView(self.document)
            self.updates = 0

        def update_status(self):
            self.updates += 1

    shell = Shell()
    qtbot.addWidget(shell)
    view = ViewActions(shell)
    view.actions["view.grid"].setChecked(not shell.document.grid_visible)
    assert view.actions["view.grid"].isChecked() == shell.document.grid_visible
    zoom = shell.canvas.zoom
    view.actions["view.zoomIn"].trigger()
    assert shell.canvas.zoom > zoom and shell.updates == 1
    shell.document.set_snap(not shell.document.snap_enabled)
    view.sync()
    assert view.actions["view.snap"].isChecked() == shell.document.snap_enabled


# --- nobody but the shell reaches into the window ----------------------------------------------------------

WINDOW_NAMES = {"window", "w", "shell", "main_window"}


def _reaches_into_the_window(path: Path) -> list[str]:
    """getattr/hasattr calls on the window (`window`, `self.window`, `w`, `self.shell`…) with a literal name."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("getattr", "hasattr") and len(node.args) >= 2):
            continue
        target = node.args[0]
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
        if name in WINDOW_NAMES and isinstance(node.args[1], ast.Constant):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_scan_finds_a_reach_into_the_window(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('x = getattr(self.window, "recent_menu", None)\ny = getattr(region, "x")\n', encoding="utf-8")
    assert _reaches_into_the_window(sample) == ['sample.py:1: getattr(self.window, \'recent_menu\', None)']


def test_no_module_in_ui_but_the_shell_reaches_into_the_window_with_getattr():
    modules = [p for p in UI.rglob("*.py") if p.name not in ("main_window.py", "recording.py")]
    assert len(modules) > 20
    assert [hit for p in modules for hit in _reaches_into_the_window(p)] == []


def test_the_record_controller_no_longer_reaches_into_the_window():
    assert _reaches_into_the_window(UI / "recording.py") == []


# --- the window-side slots for the record controller's signals ---------------------------------------

class ControllerSignals(QObject):
    """The four signals the record controller gains (another engineer's), connected as the lead will."""

    idsChanged = Signal()
    frozenChanged = Signal(object)
    problemsWanted = Signal()
    idleChanged = Signal(bool)


def test_the_window_slots_do_what_the_controllers_getattr_code_does(qtbot, window):
    signals = ControllerSignals()
    signals.idsChanged.connect(window._ids_changed)
    signals.frozenChanged.connect(window._frozen_changed)
    signals.problemsWanted.connect(window.show_problems)
    signals.idleChanged.connect(window._idle_changed)

    signals.idleChanged.emit(False)
    assert [n for n in window.REPLACING_DOCUMENT_ACTIONS if window.actions[n].isEnabled()] == []
    assert not window.recent_menu.isEnabled()
    assert window.actions["file.save"].isEnabled()  # saving does not replace the request
    signals.idleChanged.emit(True)
    assert all(window.actions[n].isEnabled() for n in window.REPLACING_DOCUMENT_ACTIONS)
    assert window.recent_menu.isEnabled()

    forms = window.forms  # built, so the frozen sentence reaches it
    width = window.findChild(QWidget, "field.Layout.CustomLayout.Canvas.Width")
    assert width is not None and width.isEnabled()
    tip = width.toolTip()
    signals.frozenChanged.emit("Stop the recording to change this.")
    assert forms.frozen == "Stop the recording to change this."
    assert not width.isEnabled() and width.toolTip() == "Stop the recording to change this."
    signals.frozenChanged.emit(None)
    assert forms.frozen is None and width.isEnabled() and width.toolTip() == tip

    preview = window.request_preview
    window.problems_view.set_ids(None, None, None)
    preview.set_ids(None, None, None)
    preview.set_endpoint_source(None)
    window.recording.room_edit.blockSignals(True)  # only the slot may hand the new room on
    window.recording.room_edit.setText("room-from-the-toolbar")
    window.recording.room_edit.blockSignals(False)
    signals.idsChanged.emit()
    assert window.problems_view._ids[1] == "room-from-the-toolbar"
    assert preview._ids[1] == "room-from-the-toolbar"
    assert preview._endpoint_source == window.recording.call_endpoint

    window.show()
    qtbot.waitExposed(window)
    window.request_dock.raise_()
    signals.problemsWanted.emit()
    assert not window.problems_dock.visibleRegion().isEmpty()
