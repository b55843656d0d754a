"""The main window: docks, actions, title and modified marker, open/save, close prompt, geometry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox, QWidget

from mixframe.model.layout import StreamRef
from mixframe.ui.document import MAX_STREAMS
from mixframe.ui.main_window import MainWindow

REQUEST = {
    "AppId": "app1", "RoomId": "room1", "TaskId": "task1",
    "TargetStreams": {"StreamList": [{"UserId": "host", "Index": 0}, {"UserId": "guest", "Index": 1}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": [
        {"StreamIndex": 0, "Width": 640, "Height": 720},
        {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 720},
    ]}},
    "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 0, "Bucket": "b", "AccessKey": "AKSECRET", "SecretKey": "SKSECRET"}},
}


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    w = MainWindow(settings=settings)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.force_close()
    w.deleteLater()


def test_layout_of_the_window(window):
    docks = {d.objectName() for d in window.findChildren(QDockWidget)}
    assert docks == {"dock.inspector", "dock.settings", "dock.layers", "dock.streams", "dock.problems", "dock.request"}
    assert window.centralWidget() is window.canvas_holder and window.canvas.parentWidget() is window.canvas_holder
    names = {a.objectName() for a in window.findChildren(QAction)}
    for name in ("file.new", "file.open", "file.save", "file.saveAs", "file.quit", "edit.undo", "edit.redo",
                 "edit.copyTransform", "edit.pasteTransform", "edit.duplicate", "edit.delete", "edit.selectAll",
                 "view.zoomFit", "view.zoom100", "view.zoomIn", "view.zoomOut", "view.grid", "view.snap",
                 "arrange.align.left", "arrange.align.bottom", "arrange.distribute.vertical", "arrange.front",
                 "request.copyCurl", "request.exportJson", "file.rename", "file.delete", "file.import",
                 "file.export", "file.newFromTemplate"):
        assert name in names, name
    redo = window.actions["edit.redo"]
    assert {s.toString() for s in redo.shortcuts()} == {"Ctrl+Shift+Z", "Ctrl+Y"}
    assert window.actions["edit.undo"].shortcut().toString() == "Ctrl+Z"


def test_no_shortcut_is_claimed_twice(window):
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.objectName()}"
            seen[text] = action.objectName()


def test_title_shows_name_and_modified_marker(window):
    assert window.windowTitle().startswith("Untitled")
    assert not window.isWindowModified()
    window.document.add_stream(StreamRef("a"))
    assert window.isWindowModified()
    window.actions["edit.undo"].trigger()
    assert not window.isWindowModified()


def test_status_bar(window):
    doc = window.document
    assert window.streams_label.text() == f"Streams 0 / {MAX_STREAMS}"
    doc.add_stream(StreamRef("a", index=0))
    doc.add_stream(StreamRef("b", index=1))
    doc.set_selection([0, 1])
    assert window.streams_label.text() == f"Streams 2 / {MAX_STREAMS}"
    r0, r1 = doc.region(0), doc.region(1)
    w = max(r0.right, r1.right) - min(r0.x, r1.x)
    assert window.selection_label.text().startswith("2 selected") and f"{w} ×" in window.selection_label.text()
    window.canvas.cursorMoved.emit(12, 34)
    assert window.cursor_label.text() == "x 12, y 34"
    window.actions["view.zoom100"].trigger()
    assert window.zoom_label.text() == "Zoom 100 %"


def test_open_edit_save_round_trip_keeps_secrets_out(window, tmp_path):
    source = tmp_path / "body.json"
    source.write_text(json.dumps(REQUEST))
    window.open_path(str(source))
    assert [s.user_id for s in window.document.streams] == ["host", "guest"]
    assert window.windowTitle().startswith("body")
    assert "secret" in window.statusBar().currentMessage().lower()
    window.document.set_regions({1: window.document.region(1).with_values(x=600)}, "move")
    assert window.isWindowModified()
    target = tmp_path / "saved.json"
    assert window.write_to(target)
    assert not window.isWindowModified()
    text = target.read_text()
    assert "AKSECRET" not in text and "SKSECRET" not in text
    saved = json.loads(text)
    assert saved["vendor"] == "volcengine" and "TaskId" not in saved["request"]
    regions = saved["request"]["Layout"]["CustomLayout"]["Regions"]
    assert [r.get("LocationX", 0) for r in regions] == [0, 600]
    assert saved["request"]["StorageConfig"]["CustomConfig"]["Bucket"] == "b"


def test_open_bad_file_raises_one_sentence(window, tmp_path):
    from mixframe.model.problems import DocumentError

    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(DocumentError) as info:
        window.open_path(str(bad))
    assert "\n" not in str(info.value) and "Traceback" not in str(info.value)
    assert window.document.streams == ()


@pytest.mark.parametrize("answer, closes, saves", [
    (QMessageBox.StandardButton.Cancel, False, False),
    (QMessageBox.StandardButton.Discard, True, False),
    (QMessageBox.StandardButton.Save, True, True),
])
def test_close_with_unsaved_changes_asks(qtbot, settings, monkeypatch, tmp_path, answer, closes, saves):
    w = MainWindow(settings=settings)
    w.show()
    target = tmp_path / "mine.json"
    w.path, w.kind = target, "preset"
    w.document.add_stream(StreamRef("a"))
    asked = []

    def fake_warning(parent, title, text, buttons=None, default=None):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake_warning))
    assert w.close() is closes
    assert len(asked) == 1 and "mine" in asked[0]
    assert target.exists() is saves
    if not closes:
        assert w.isVisible()
    w.force_close()


def test_close_when_clean_does_not_ask(qtbot, settings, monkeypatch):
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.show()
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: pytest.fail("asked")))
    assert w.close()


def test_geometry_and_docks_are_remembered(qtbot, settings):
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(QSize(720, 520))
    first.layers_dock.hide()
    qtbot.wait(10)
    first.force_close()
    assert settings.contains("mainWindow/geometry") and settings.contains("mainWindow/state")

    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == QSize(720, 520)
    assert not second.layers_dock.isVisible() and second.inspector_dock.isVisible()
    second.force_close()


def test_grid_and_snap_toggles_follow_the_document(window):
    grid = window.actions["view.grid"]
    grid.trigger()
    assert window.document.grid_visible and grid.isChecked()
    window.actions["edit.undo"].trigger()
    assert not window.document.grid_visible and not grid.isChecked()
    snap = window.actions["view.snap"]
    assert snap.isChecked() == window.document.snap_enabled


def test_new_replaces_the_document_and_rebinds_views(window, monkeypatch):
    window.document.add_stream(StreamRef("a"))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    old = window.document
    window.actions["file.new"].trigger()
    assert window.document is not old and window.document.streams == ()
    assert not window.isWindowModified()
    window.document.add_stream(StreamRef("b", index=4))
    assert window.streams_label.text().startswith("Streams 1")
    assert window.arrange.document is window.document
    window.arrange["edit.selectAll"].trigger()
    assert window.document.selection == [4]
    assert window.actions["edit.undo"].isEnabled()


def test_first_run_leaves_the_canvas_most_of_a_small_window(qtbot, settings):
    """Docks open at their size hints (~600 px) unless sized after the first show; at 1280×800 that
    left the canvas a sliver. The inspector must also fit without scrolling sideways."""
    from PySide6.QtWidgets import QScrollArea

    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.resize(1216, 760)  # first_run_size on a 1280×800 screen (the offscreen test screen is 800×600)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(50)
    w.resize(1280, 800)  # as a producer's window manager does after the first show
    scroll = w.inspector_dock.findChild(QScrollArea)
    qtbot.waitUntil(lambda: w.canvas.width() > 0.4 * w.width())
    assert not scroll.horizontalScrollBar().isVisible()
    w.force_close()


def _write(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


AUTOMATIC = {
    "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "host"}, {"Index": 1, "UserId": "guest"}]},
    "Encode": {"VideoWidth": 1280, "VideoHeight": 720},
    "Layout": {"LayoutMode": 0},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "1", "Bucket": "b"}},
}


def test_an_automatic_layout_is_previewed_read_only_and_saved_unchanged(window, tmp_path):
    source = _write(tmp_path / "auto.json", {"mixframe": 1, "name": "Auto", "vendor": "volcengine",
                                              "request": AUTOMATIC, "editor": {}})
    window.open_path(source)
    assert window.preview == "Adaptive"
    shown = window.canvas.document  # the locked preview of what the service composes
    assert shown is not window.document
    assert shown.canvas.width == 1280 and len(shown.layout.regions) == 2
    assert all(shown.is_locked(i) for i in shown.indices())
    assert not window.arrange["arrange.align.left"].isEnabled()
    assert not window.inspector_dock.widget().isEnabled()
    assert window.mode_label.isVisibleTo(window) and "Adaptive" in window.mode_label.text()
    target = tmp_path / "saved.json"
    assert window.write_to(target, replace=True)
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["request"]["Layout"] == {"LayoutMode": 0}  # never silently turned into a custom layout
    assert "CustomLayout" not in json.dumps(saved)


def test_a_qingcloud_body_is_previewed_and_a_custom_layout_stays_editable(window, tmp_path):
    window.open_path(_write(tmp_path / "qc.json", {"app_id": "a", "project_id": "p", "channel": "c",
                                                    "layout_mode": 2, "is_mixing_enabled": 1}))
    assert window.preview == "Vertical" and window.canvas.document.layout.regions
    custom = dict(AUTOMATIC, Layout={"LayoutMode": 2, "CustomLayout": {"Regions": [
        {"StreamIndex": 0, "Width": 320, "Height": 240}, {"StreamIndex": 1, "Width": 320, "Height": 240}]}})
    window.open_path(_write(tmp_path / "custom.json", {"mixframe": 1, "vendor": "volcengine", "request": custom}))
    assert window.preview is None
    assert window.inspector_dock.widget().isEnabled() and not window.mode_label.isVisibleTo(window)
    assert not any(window.document.is_locked(i) for i in window.document.indices())


def test_open_recent_lists_opened_and_saved_files_newest_first(window, tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_DATA_DIR", str(tmp_path / "data"))
    first = _write(tmp_path / "first.json", {"mixframe": 1, "vendor": "volcengine", "request": AUTOMATIC})
    window.open_path(first)
    saved = tmp_path / "second.json"
    assert window.write_to(saved, replace=True)
    window.files.fill_recent_menu()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names == ["&1 second.json", "&2 first.json"]
    window.recent_menu.actions()[1].trigger()
    assert window.path == Path(first)
    Path(first).unlink()  # a file that is gone drops out of the list
    window.files.fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()] == ["&1 second.json"]


def test_a_remembered_squeeze_gives_the_canvas_its_room_back(qtbot, settings):
    """Docks remembered at widths that leave the canvas a sliver (a state saved on a larger screen,
    or saved before the first layout settled) are not restored as they were."""
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.resize(1280, 800)
    first.show()
    qtbot.waitExposed(first)
    qtbot.wait(20)
    first.resizeDocks([first.layers_dock, first.inspector_dock], [500, 600], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: first.canvas.width() < 0.3 * first.width())
    first.force_close()

    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    second.resize(1280, 800)
    second.show()
    qtbot.waitExposed(second)
    qtbot.waitUntil(lambda: second.canvas.width() >= 0.4 * second.width())
    second.force_close()


def test_the_window_state_lives_in_mixframes_config_folder(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.force_close()
    assert (tmp_path / "config" / "window.ini").is_file()


def test_a_first_run_window_fits_its_screen(qtbot, settings):
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    available = w.screen().availableGeometry()
    assert w.width() <= available.width() and w.height() <= available.height()


def test_layout_mode_is_a_field_switching_previews_and_undo_restores_the_regions(window, tmp_path):
    custom = dict(AUTOMATIC, Layout={"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": [
        {"StreamIndex": 0, "LocationX": 40, "Width": 320, "Height": 240}, {"StreamIndex": 1, "Width": 320, "Height": 240}]}})
    window.open_path(_write(tmp_path / "custom.json", {"mixframe": 1, "vendor": "volcengine", "request": custom}))
    editable = window.canvas.document
    assert editable is window.document and window.preview is None
    window.request_doc.set_layout_mode(0)
    assert window.preview == "Adaptive" and window.canvas.document is not window.document
    assert not window.inspector_dock.widget().isEnabled() and window.streams_dock.widget().isEnabled()
    assert window.isWindowModified()
    window.actions["edit.undo"].trigger()
    assert window.preview is None and window.canvas.document is window.document
    assert window.document.region(0).x == 40 and window.inspector_dock.widget().isEnabled()
    assert not window.isWindowModified()


def test_the_preview_follows_the_streams_in_an_automatic_layout(window, tmp_path):
    window.open_path(_write(tmp_path / "auto.json", {"mixframe": 1, "vendor": "volcengine", "request": AUTOMATIC}))
    assert len(window.canvas.document.layout.regions) == 2
    window.document.add_stream(StreamRef("third", index=2))
    assert len(window.canvas.document.layout.regions) == 3
    saved = window.loaded_document().request
    assert [s["UserId"] for s in saved["TargetStreams"]["StreamList"]] == ["host", "guest", "third"]
    assert saved["Layout"] == {"LayoutMode": 0}


def test_new_from_template_starts_an_editable_layout_at_a_common_size(window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from mixframe.ui import new_from_template as nft

    def accept(dialog):
        dialog.templates.setCurrentRow(list(nft.TEMPLATES).index("picture_in_picture"))
        dialog.size_box.setCurrentIndex([s.height for s in nft.SIZES].index(1920))  # portrait
        dialog.streams_box.setValue(3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(nft.NewFromTemplateDialog, "exec", accept)
    window.actions["file.newFromTemplate"].trigger()
    doc = window.document
    assert (doc.canvas.width, doc.canvas.height) == (1080, 1920) and len(doc.streams) == 3
    assert window.preview is None and not window.isWindowModified()
    assert not [p for p in window.request_doc.problems() if p.is_error and p.path.startswith("Layout")]
    big = max(doc.layout.regions, key=lambda r: r.width * r.height)
    assert (big.width, big.height) == (1080, 1920)  # the main picture fills the portrait canvas
    assert not window.actions["edit.undo"].isEnabled()


def test_rename_export_and_delete_the_open_preset(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    monkeypatch.setenv("MIXFRAME_DATA_DIR", str(tmp_path / "data"))
    source = _write(tmp_path / "Show.json", {"mixframe": 1, "name": "Show", "vendor": "volcengine", "request": AUTOMATIC})
    window.open_path(source)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Late show", True)))
    window.actions["file.rename"].trigger()
    assert window.path == tmp_path / "Late show.mixframe.json" and window.path.exists()
    assert not Path(source).exists() and "Late show" in window.windowTitle()

    exported = tmp_path / "out" / "copy.json"
    exported.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(exported), "")))
    window.actions["file.export"].trigger()
    written = exported.with_name("copy.mixframe.json")  # a preset file's one suffix
    assert json.loads(written.read_text(encoding="utf-8"))["request"]["Layout"] == {"LayoutMode": 0}
    assert window.path == tmp_path / "Late show.mixframe.json"  # exporting does not move the document

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    kept = window.loaded_document().request
    window.actions["file.delete"].trigger()
    assert not (tmp_path / "Late show.mixframe.json").exists()
    assert window.path is None and window.isWindowModified()  # the content stays, unsaved
    assert window.loaded_document().request == kept


def test_import_copies_a_file_into_the_presets_and_opens_it(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setenv("MIXFRAME_DATA_DIR", str(tmp_path / "data"))
    source = _write(tmp_path / "Guest.json", {"mixframe": 1, "name": "Guest", "vendor": "volcengine", "request": AUTOMATIC})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (source, "")))
    window.actions["file.import"].trigger()
    assert window.path == tmp_path / "data" / "presets" / "Guest.mixframe.json"
    assert window.path.exists() and Path(source).exists()


def test_a_corrupt_preset_opens_nothing_and_says_why(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    good = _write(tmp_path / "good.json", {"mixframe": 1, "name": "Good", "vendor": "volcengine", "request": AUTOMATIC})
    window.open_path(good)
    bad = tmp_path / "bad.json"
    bad.write_text('{"mixframe": 1, "vendor": "volcengine", "request": {"Layout": [', encoding="utf-8")
    said = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _w, title, text, *a: said.append(text)))
    window.actions["file.open"].trigger()
    assert window.path == Path(good) and len(said) == 1
    assert "bad.json" in said[0] and "\n" not in said[0] and "Traceback" not in said[0]


def test_a_problem_clicked_in_the_list_focuses_its_field_in_the_settings(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.request_doc.set_field("Encode.VideoFps", 999)
    view = window.problems_view

    def rows():
        return [view.model.index(r).data() for r in range(view.model.rowCount())]

    qtbot.waitUntil(lambda: any(text.startswith("Encode.VideoFps") for text in rows()))
    row = next(i for i, text in enumerate(rows()) if text.startswith("Encode.VideoFps"))
    view.activate_row(row)
    editor = window.findChild(QWidget, "field.Encode.VideoFps")
    assert editor is not None
    qtbot.waitUntil(lambda: editor.hasFocus() or editor.isAncestorOf(QApplication.focusWidget()))
    assert editor.property("problem") is True  # marked where it is shown
    window.actions["edit.undo"].trigger()
    qtbot.waitUntil(lambda: not editor.property("problem"))


def test_a_region_problem_selects_the_region_and_focuses_the_inspector(window, qtbot, tmp_path):
    window.show()
    qtbot.waitExposed(window)
    window.document.add_stream(StreamRef("host"))
    window.document.set_regions({0: window.document.region(0).with_values(x=5000)}, "typed", clamp=False)
    view = window.problems_view

    def rows():
        return [view.model.index(r).data() for r in range(view.model.rowCount())]

    qtbot.waitUntil(lambda: any(text.startswith("Layout.CustomLayout.Regions[0].LocationX") for text in rows()))
    row = next(i for i, text in enumerate(rows()) if text.startswith("Layout.CustomLayout.Regions[0].LocationX"))
    view.activate_row(row)
    assert window.document.selection == [0]
    editor = window.findChild(QWidget, "field.Layout.CustomLayout.Regions[].LocationX")
    qtbot.waitUntil(lambda: editor.hasFocus() or editor.isAncestorOf(QApplication.focusWidget()))


def test_the_language_chosen_in_the_view_menu_wins_over_the_system_until_reset(window, monkeypatch):
    from mixframe.ui import i18n

    monkeypatch.delenv("MIXFRAME_LANG", raising=False)
    monkeypatch.setattr("PySide6.QtCore.QLocale.system", lambda: __import__("PySide6.QtCore").QtCore.QLocale("en_US"))
    assert i18n.chosen_language() == "en"
    chinese = window.findChild(QAction, "view.language.zh_CN")
    chinese.trigger()
    assert i18n.preferred_language() == "zh_CN" and i18n.chosen_language() == "zh_CN"
    assert "starts again" in window.statusBar().currentMessage()
    monkeypatch.setenv("MIXFRAME_LANG", "en")  # the environment still wins (tests, screenshots)
    assert i18n.chosen_language() == "en"
    monkeypatch.delenv("MIXFRAME_LANG")
    window.findChild(QAction, "view.language.system").trigger()
    assert i18n.preferred_language() == "" and i18n.chosen_language() == "en"
