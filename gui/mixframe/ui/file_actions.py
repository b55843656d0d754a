"""The window's file and preset actions: New, Open, Open Recent, Save, Save As, Rename, Delete,
Import and Export a preset, and the request's Copy as curl and Export request JSON.

`FileActions` serves a shell through the small interface `FileShell` names (the request shown,
the file it is in, `set_request`, the status bar); it never reaches into the window otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox, QStatusBar, QStyle

from mixframe.model.problems import DocumentError
from mixframe.ui.actions import make_action
from mixframe.ui.request_document import RequestDocument

if TYPE_CHECKING:
    from mixframe.ui.request_preview import RequestPreview

STATUS_NOTES = 3  # notes about an opened file shown in the status bar


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the window's words, wherever they moved


def file_filter() -> str:
    return tr("Mixframe presets and request bodies (*.json);;All files (*)")


def display_name(path: Path | None, name: str) -> str:
    """The file's name when the document has one (the title names the file that Save writes,
    never the preset's inner name); else the preset's name; else Untitled."""
    if path is not None:
        from mixframe.store.presets import preset_stem  # the preset store loads with a file, not before

        return preset_stem(path)
    return name or tr("Untitled")


class FileShell(Protocol):
    """All the file actions use of the window they serve (a QWidget: their dialogs' parent and
    their shortcuts' host)."""

    settings: QSettings  # "files/lastDir": where the file dialogs open
    request_doc: RequestDocument  # the request shown
    path: Path | None  # the file it was opened from or saved to
    name: str  # the preset's own name
    kind: str  # "preset", or "request" for a bare request body (the user's own file)

    def set_request(self, request_doc: RequestDocument, path: Path | None = None, name: str = "",
                    kind: str = "preset") -> None:
        """Show `request_doc` as just opened from `path`."""

    def set_file(self, path: Path | None, name: str | None = None, kind: str | None = None) -> None:
        """The request shown is now in `path` (None: in no file); the title follows."""

    def recording_idle(self) -> bool:
        """Whether no recording runs (the request a recording runs with stays shown)."""

    @property
    def request_preview(self) -> RequestPreview | None:
        """The Request panel (built when asked for)."""

    def statusBar(self) -> QStatusBar:  # noqa: N802 - Qt's name
        ...


class FileActions(QObject):
    """The File menu, the recent files and the request's copy/export, for one shell."""

    # The request a recording runs with stays in the window until it stops: its layout edits
    # are pushed to the running task, so another document must not take its place.
    REPLACING_DOCUMENT_ACTIONS = ("file.new", "file.newQingCloud", "file.newFromTemplate", "file.open", "file.import")

    def __init__(self, shell: FileShell):
        super().__init__(shell)
        self.setObjectName("part.files")
        self.shell = shell
        self.recent_menu: QMenu | None = None
        SP = QStyle.StandardPixmap

        def action(name, text, slot, shortcut=None, icon=None):
            self.actions[name] = make_action(self, name, text, slot, shortcut, icon, host=shell)
            return self.actions[name]

        self.actions: dict = {}
        action("file.new", tr("&New"), lambda: self.new_document(), QKeySequence.StandardKey.New, SP.SP_FileIcon)
        action("file.open", tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open, SP.SP_DialogOpenButton)
        action("file.save", tr("&Save"), self.save, QKeySequence.StandardKey.Save, SP.SP_DialogSaveButton)
        action("file.saveAs", tr("Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        action("file.quit", tr("&Quit"), shell.close, QKeySequence.StandardKey.Quit)
        action("file.newQingCloud", tr("New &QingCloud request"), lambda: self.new_document("qingcloud")).setToolTip(
            tr("A new QingCloud recording: the service composes the picture in one of its layout modes"))
        action("file.newFromTemplate", tr("New from &template…"), self.new_from_template, "Ctrl+Shift+N")
        action("file.rename", tr("Re&name preset…"), self.rename_preset, "F2")
        action("file.delete", tr("&Delete preset…"), self.delete_preset)
        action("file.import", tr("&Import preset…"), self.import_preset, "Ctrl+I")
        action("file.export", tr("&Export preset…"), self.export_preset, "Ctrl+E")
        action("request.copyCurl", tr("Copy as &curl"), self.copy_curl, "Ctrl+Shift+K").setToolTip(
            tr("Copy the request as a curl command (keys and secrets masked)"))
        action("request.exportJson", tr("&Export request JSON…"), self.export_request_json).setToolTip(
            tr("Write the request body to a file (secrets masked)"))

    def fill_file_menu(self, menu: QMenu) -> None:
        """The File menu, Open Recent among its items."""
        for key in ("file.new", "file.newQingCloud", "file.newFromTemplate", "file.open"):
            menu.addAction(self.actions[key])
        self.recent_menu = menu.addMenu(tr("Open &Recent"))
        self.recent_menu.setObjectName("menu.file.recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        for key in (None, "file.save", "file.saveAs", "file.rename", "file.delete", None, "file.import",
                    "file.export", None, "file.quit"):
            menu.addSeparator() if key is None else menu.addAction(self.actions[key])

    def set_idle(self, idle: bool) -> None:
        """While a recording runs, nothing that would put another document in its place is enabled."""
        for name in self.REPLACING_DOCUMENT_ACTIONS:
            self.actions[name].setEnabled(idle)
        if self.recent_menu is not None:
            self.recent_menu.setEnabled(idle)

    def _status(self, text: str, ms: int) -> None:
        self.shell.statusBar().showMessage(text, ms)

    def _last_dir(self) -> Path:
        return Path(self.shell.settings.value("files/lastDir", "") or Path.home())

    def display_name(self) -> str:
        return display_name(self.shell.path, self.shell.name)

    # --- replacing the document -------------------------------------------------------------------
    def may_replace_document(self) -> bool:
        """Whether another document may take this one's place: never while recording; else
        once unsaved changes are saved or discarded."""
        if not self.shell.recording_idle():
            QMessageBox.information(self.shell, tr("A recording is running"),
                                    tr("Stop the recording before opening or starting another request: "
                                       "its layout edits go to the running task."))
            return False
        return self.maybe_save()

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if self.shell.request_doc.undo_stack.isClean():
            return True
        Button = QMessageBox.StandardButton
        answer = QMessageBox.warning(
            self.shell,
            tr("Unsaved changes"),
            tr("“{name}” has changes that are not saved. Save them first?").format(name=self.display_name()),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def new_document(self, vendor: str = "volcengine") -> None:
        if not self.may_replace_document():
            return
        self.shell.set_request(RequestDocument.new(vendor=vendor))

    def new_from_template(self) -> None:
        from mixframe.ui.new_from_template import NewFromTemplateDialog

        if not self.may_replace_document():
            return
        dialog = NewFromTemplateDialog(self.shell, vendor=self.shell.request_doc.vendor)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.shell.set_request(dialog.request_document())

    def open_dialog(self) -> None:
        if not self.may_replace_document():
            return
        path = self.shell.path
        start = str(path.parent) if path else self.shell.settings.value("files/lastDir", "")
        chosen, _ = QFileDialog.getOpenFileName(self.shell, tr("Open preset or request"), start, file_filter())
        if chosen:
            self._open_or_say(chosen)

    def open_recent(self, path: str | os.PathLike) -> None:
        if self.may_replace_document():
            self._open_or_say(path)

    def _open_or_say(self, path: str | os.PathLike) -> None:
        try:
            self.open_path(path)
        except DocumentError as exc:
            QMessageBox.warning(self.shell, tr("Cannot open the file"), exc.text(QCoreApplication.translate))

    def open_path(self, path: str | os.PathLike) -> None:
        """Load a preset or a bare request body; raises DocumentError with one plain sentence."""
        from mixframe.store.presets import PresetStore, read_document

        loaded = read_document(path)
        PresetStore().touch_recent(path)
        request_doc = RequestDocument.from_loaded(loaded)
        self.shell.settings.setValue("files/lastDir", str(Path(path).resolve().parent))
        self.shell.set_request(request_doc, Path(path), loaded.name or "", loaded.kind)
        found = list(loaded.problems) + list(request_doc.layout.load_problems)
        # A few notes fit the status bar; the problems list has the rest.
        notes = [p.line(QCoreApplication.translate) for p in found[:STATUS_NOTES]]
        if len(found) > STATUS_NOTES:
            notes.append(tr("and {n} more in the problems list").format(n=len(found) - STATUS_NOTES))
        if notes:
            self._status("; ".join(notes), 15000)

    # --- recent files (the one recent list, kept by the preset store) --------------------------------
    def fill_recent_menu(self) -> None:
        from mixframe.store.presets import PresetStore

        menu = self.recent_menu
        menu.clear()
        files = PresetStore().recent()
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number % 10} {path.name}" if number <= 10 else path.name)
            action.setObjectName(f"file.recent.{number}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if not files:
            empty = menu.addAction(tr("No recent files"))
            empty.setObjectName("file.recent.none")
            empty.setEnabled(False)

    # --- saving ---------------------------------------------------------------------------------------
    def loaded_document(self):
        """The shell's content as a LoadedDocument: the whole request and the editor's state."""
        return self.shell.request_doc.loaded_document(self.display_name())

    def preset_data(self) -> dict:
        """The preset that Save writes (no secrets, no per-recording ids)."""
        from mixframe.model.preset import to_preset

        return to_preset(self.loaded_document())

    def save(self) -> bool:
        # A bare request body is the user's own file: saving writes a preset beside it instead.
        if self.shell.path is None or self.shell.kind != "preset":
            return self.save_as()
        return self.write_to(self.shell.path)

    def save_as(self) -> bool:
        from mixframe.store.presets import SUFFIX, with_preset_suffix

        folder = self.shell.path.parent if self.shell.path else self._last_dir()
        start = str(folder / f"{self.display_name()}{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self.shell, tr("Save preset"), start, file_filter())
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
            self.shell, tr("Replace the file?"),
            tr("{name} already exists. Replace it?").format(name=target.name))
        return answer == QMessageBox.StandardButton.Yes

    def write_to(self, path: Path, replace: bool = False) -> bool:
        from mixframe.store.presets import PresetStore, write_preset

        try:
            write_preset(path, self.loaded_document(), replace_unreadable=replace)
        except DocumentError as exc:
            QMessageBox.warning(self.shell, tr("Cannot save"), exc.text(QCoreApplication.translate))
            return False
        self.shell.set_file(Path(path), kind="preset")
        PresetStore().touch_recent(path)
        self.shell.request_doc.undo_stack.setClean()  # the title follows
        self._status(tr("Saved {path}").format(path=str(path)), 5000)
        return True

    # --- the preset file --------------------------------------------------------------------------------
    def _preset_on_disk(self) -> Path | None:
        """The preset file the shell shows, if it is one (a bare request body is the user's own file)."""
        path = self.shell.path
        return path if path is not None and self.shell.kind == "preset" and path.exists() else None

    def rename_preset(self) -> None:
        from mixframe.store.presets import PresetStore

        source = self._preset_on_disk()
        if source is None:
            QMessageBox.information(self.shell, tr("Rename preset"), tr("Save the preset first; then it can be renamed."))
            return
        name, ok = QInputDialog.getText(self.shell, tr("Rename preset"), tr("New name:"), text=self.display_name())
        if not ok or not name.strip() or name.strip() == self.display_name():
            return
        try:
            target = PresetStore().rename_file(source, name.strip())
        except DocumentError as exc:
            QMessageBox.warning(self.shell, tr("Cannot rename"), exc.text(QCoreApplication.translate))
            return
        self.shell.set_file(target, name=name.strip())

    def delete_preset(self) -> None:
        from mixframe.store.presets import PresetStore

        path = self._preset_on_disk()
        if path is None:
            QMessageBox.information(self.shell, tr("Delete preset"), tr("This document is not saved as a preset file."))
            return
        answer = QMessageBox.question(
            self.shell, tr("Delete preset"),
            tr("Delete the preset file “{name}”? The layout stays open, unsaved.").format(name=path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            PresetStore().delete_file(path)
        except DocumentError as exc:
            QMessageBox.warning(self.shell, tr("Cannot delete"), exc.text(QCoreApplication.translate))
            return
        # Nothing is lost: the content stays in the window, as an unsaved document.
        self.shell.set_file(None)
        self.shell.request_doc.undo_stack.resetClean()  # the title follows

    def import_preset(self) -> None:
        from mixframe.store.presets import PresetStore

        if not self.may_replace_document():
            return
        source, _ = QFileDialog.getOpenFileName(self.shell, tr("Import preset"), str(self._last_dir()), file_filter())
        if not source:
            return
        try:
            target, _doc = PresetStore().import_file(source)
            self.open_path(target)
        except DocumentError as exc:
            QMessageBox.warning(self.shell, tr("Cannot import"), exc.text(QCoreApplication.translate))
            return
        self._status(tr("Imported into your presets as {name}").format(name=target.name), 8000)

    def export_preset(self) -> None:
        from mixframe.store.presets import SUFFIX, with_preset_suffix, write_preset

        start = str(self._last_dir() / f"{self.display_name()}{SUFFIX}")
        chosen, _ = QFileDialog.getSaveFileName(self.shell, tr("Export preset"), start, file_filter())
        if not chosen:
            return
        target = with_preset_suffix(chosen)
        if target != Path(chosen) and target.exists() and not self._may_replace(target):
            return
        try:
            write_preset(target, self.loaded_document(), replace_unreadable=True)
        except DocumentError as exc:
            QMessageBox.warning(self.shell, tr("Cannot export"), exc.text(QCoreApplication.translate))
            return
        self._status(tr("Exported to {path}").format(path=str(target)), 8000)

    # --- the request ------------------------------------------------------------------------------------
    def copy_curl(self) -> None:
        preview = self.shell.request_preview
        if preview is not None:
            preview.copy_curl()
            self._status(tr("Copied the request as a curl command (secrets masked)."), 5000)

    def export_request_json(self) -> None:
        start = str(self._last_dir() / f"{self.display_name()}.request.json")
        target, _ = QFileDialog.getSaveFileName(self.shell, tr("Export request JSON"), start, file_filter())
        if not target:
            return
        try:
            self.shell.request_preview.export_json(target)
        except OSError as exc:
            QMessageBox.warning(self.shell, tr("Cannot export"), tr("{name} could not be written: {reason}.").format(
                name=Path(target).name, reason=(exc.strerror or str(exc)).rstrip(".").lower()))
            return
        self._status(tr("Exported the request to {path} (secrets masked)").format(path=target), 8000)
