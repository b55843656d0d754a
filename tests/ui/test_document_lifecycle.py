"""Issue 14, the window's document lifecycle: the canvas keeps its share whenever a document is
replaced, the title names the file, files open as they are, QingCloud documents can be made, and
fields of unexpected JSON types or sizes never kill or freeze the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from mixframe.ui.main_window import MainWindow
from mixframe.ui.request_panels import RequestPanels

CUSTOM = {
    "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "host"}, {"Index": 1, "UserId": "guest"}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": [
        {"StreamIndex": 0, "Width": 640, "Height": 720},
        {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 720}]}},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "1", "Bucket": "b"}},
}
QINGCLOUD = {"app_id": "a", "project_id": "p", "channel": "c", "is_mixing_enabled": 1, "layout_mode": 1}


def _write(path: Path, data) -> str:
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w._docks_settled)
    qtbot.wait(50)
    yield w
    w.force_close()
    w.deleteLater()


# --- item 1: the canvas keeps its share -----------------------------------------------------------

def _geometry(window) -> dict[str, int]:
    return {"layers": window.layers_dock.width(), "inspector": window.inspector_dock.width(),
            "problems": window.problems_dock.height(), "streams": window.streams_dock.height()}


def _replacements(window, tmp_path, monkeypatch):
    """Every way a document takes the window's place, as a producer does it."""
    from mixframe.ui import app
    from mixframe.ui import new_from_template as nft

    custom = _write(tmp_path / "custom.json", CUSTOM)
    qingcloud = _write(tmp_path / "qingcloud.json", QINGCLOUD)
    invalid = _write(tmp_path / "invalid.json", {**CUSTOM, "Encode": {"VideoFps": 999, "VideoBitrate": -4},
                                                 "Control": {"MaxIdleTime": "soon"}})
    opened = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (opened[-1], "")))
    monkeypatch.setattr(nft.NewFromTemplateDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    # The layout-mode round trip is an edit: the next replacement asks, and the producer discards.
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))

    def open_dialog(path):
        opened.append(path)
        window.actions["file.open"].trigger()

    def mode_round_trip():
        window.open_path(custom)
        window.request_doc.set_layout_mode(0)
        window.request_doc.set_layout_mode(2)

    return {
        "new": lambda: window.actions["file.new"].trigger(),
        "new from template": lambda: window.actions["file.newFromTemplate"].trigger(),
        "open": lambda: open_dialog(custom),
        "open recent": lambda: window.open_recent(custom),
        "command line": lambda: app._open_path(window, custom, quiet=True),
        "layout mode round trip": mode_round_trip,
        "qingcloud file": lambda: open_dialog(qingcloud),
        "invalid file": lambda: open_dialog(invalid),
    }


def test_every_document_replacement_leaves_the_canvas_its_share_and_the_docks_their_size(
        window, qtbot, tmp_path, monkeypatch):
    """Each replacement once set a new central widget, and the window laid its docks out again from
    their size hints: the canvas became a ~55 px strip, the Problems dock grew, the Layers dock
    widened a little each time."""
    before = _geometry(window)
    assert window.canvas.width() >= 0.4 * window.width() and window.canvas.height() >= 0.4 * window.height()
    for run in range(3):
        for kind, replace in _replacements(window, tmp_path, monkeypatch).items():
            replace()
            qtbot.wait(30)
            canvas = window.canvas
            assert canvas.isVisible(), kind
            assert canvas.width() >= 0.4 * window.width(), (run, kind, canvas.width())
            assert canvas.height() >= 0.4 * window.height(), (run, kind, canvas.height())
            assert _geometry(window) == before, (run, kind, _geometry(window), before)


# --- item 13: a field of an unexpected JSON type never kills the window --------------------------

HOSTILE_VALUES = ([1, 2], {"a": 1}, "x", 10 ** 30, True)


def _leaves(node, path=()):
    """Every path in a body, containers included (each may hold a value of the wrong type)."""
    if path:
        yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, path + (key,))
    elif isinstance(node, list) and node:  # the first element stands for the others
        yield from _leaves(node[0], path + (0,))


def _with(body, path, value):
    import copy

    body = copy.deepcopy(body)
    node = body
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return body


def _hostile_bases():
    from hostile_docs import LAYOUT_BODY, QINGCLOUD_BODY, preset_of

    return {
        "custom": (LAYOUT_BODY, None),
        "automatic": (_with(LAYOUT_BODY, ("Layout", "LayoutMode"), 0), None),
        "qingcloud": (QINGCLOUD_BODY, None),
        # A preset's own fields (the request's are swept above).
        "preset volcengine": (preset_of("volcengine", LAYOUT_BODY), ("mixframe", "name", "vendor", "editor")),
        "preset qingcloud": (preset_of("qingcloud", QINGCLOUD_BODY), ("mixframe", "name", "vendor", "editor")),
    }


@pytest.mark.parametrize("base", ["custom", "automatic", "qingcloud", "preset volcengine", "preset qingcloud"])
def test_every_reader_in_the_window_survives_fields_of_hostile_types(base, window, tmp_path, qtbot, capfd,
                                                                      monkeypatch):
    """A list or object in LayoutMode / layout_mode killed the window (exit 3) in
    automatic_layout_name. The sweep puts each hostile type (list, object, string, an integer
    beyond 64 bits, a bool) in every field of a custom, an automatic and a QingCloud body and a
    preset's own fields, opens it and drives what reads them: the preview, the title, the status
    bar, the layers, streams and inspector panels, the problems, paint, and save. (The settings
    forms are another engineer's: their own sweep covers them.)"""
    from mixframe.model.preset import dumps

    monkeypatch.setattr(RequestPanels, "_build_forms", lambda self: None)

    def read_it():
        window.preview  # noqa: B018
        window.windowTitle()
        window.problems_view.refresh()
        window.canvas.grab()
        dumps(window.preset_data())

    _sweep_hostile_types(base, window, tmp_path, qtbot, capfd, monkeypatch, read_it)


def _sweep_hostile_types(base, window, tmp_path, qtbot, capfd, monkeypatch, read_it) -> None:
    """Open `base` with each hostile value in each of its fields, then read_it(); every exception
    (and any traceback Qt printed) is a finding; an unreadable file must be one line."""
    from mixframe.model.problems import DocumentError

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    body, only = _hostile_bases()[base]
    source = tmp_path / "hostile.json"
    failures = []
    count = 0
    for path in _leaves(body):
        if only is not None and path[0] not in only:
            continue
        for value in HOSTILE_VALUES:
            count += 1
            case = f"{'.'.join(map(str, path))}={value!r:.12}"
            source.write_text(json.dumps(_with(body, path, value)), encoding="utf-8")
            try:
                window.open_path(source)
            except DocumentError as exc:
                if "\n" in str(exc):
                    failures.append(f"{case}: {exc!r}")
                continue
            except Exception as exc:  # noqa: BLE001 - the sweep lists every case that breaks
                failures.append(f"{case}: open: {exc!r} at {_where(exc)}")
                continue
            try:
                read_it()
            except Exception as exc:  # noqa: BLE001
                failures.append(f"{case}: {exc!r} at {_where(exc)}")
    qtbot.wait(10)
    err = capfd.readouterr().err
    assert count >= 20
    assert not failures, f"{len(failures)} of {count}:\n" + "\n".join(failures[:40])
    assert "Traceback" not in err and "Error calling Python override" not in err, err[-3000:]


def test_a_stream_index_beyond_64_bits_is_listed_as_written(window, tmp_path, monkeypatch):
    """Qt's integers wrapped such an Index in the layer list (a row for a stream that is not
    there) and overflowed the streams panel's Index box; it is a problem to list, not to rewrite.
    (The settings forms are another engineer's and have their own test.)"""
    monkeypatch.setattr(RequestPanels, "_build_forms", lambda self: None)
    huge = 10 ** 30
    body = {"TargetStreams": {"StreamList": [{"Index": huge, "UserId": "a"}]},
            "Layout": {"LayoutMode": 2, "CustomLayout": {"Regions": [{"StreamIndex": huge, "Width": 10, "Height": 10}]}}}
    window.open_path(_write(tmp_path / "huge.json", body))
    layers = window.layers_dock.widget()
    assert layers.rows() == [huge]
    assert window.streams_dock.widget().index_spin.value() == window.streams_dock.widget().index_spin.maximum()


# --- item 6: the title names the file; one suffix for preset files ---------------------------------

def test_the_title_names_the_file_not_the_presets_inner_name(window, tmp_path):
    preset = {"mixframe": 1, "name": "Untitled", "vendor": "volcengine", "request": CUSTOM}
    window.open_path(_write(tmp_path / "Evening show.mixframe.json", preset))
    assert window.windowTitle().startswith("Evening show[*]")
    window.open_path(_write(tmp_path / "Morning.json", {**preset, "name": "Internal name"}))
    assert window.windowTitle().startswith("Morning[*]")
    window.open_path(_write(tmp_path / "body.json", CUSTOM))  # a bare request body: its file too
    assert window.windowTitle().startswith("body[*]")


def test_save_as_rename_and_export_all_make_name_mixframe_json(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from mixframe.store.presets import read_document

    offered = []

    def save_dialog(typed):
        def answer(_parent, _title, start, _filter):
            offered.append(start)
            return str(tmp_path / typed), ""
        return staticmethod(answer)

    window.open_path(_write(tmp_path / "body.json", CUSTOM))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog("Evening"))
    assert window.save_as()
    assert window.path == tmp_path / "Evening.mixframe.json" and offered[-1].endswith("body.mixframe.json")
    assert window.windowTitle().startswith("Evening[*]")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog("Late.json"))
    assert window.save_as()
    assert window.path == tmp_path / "Late.mixframe.json" and not (tmp_path / "Late.json").exists()

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Night", True)))
    window.actions["file.rename"].trigger()
    assert window.path == tmp_path / "Night.mixframe.json" and window.windowTitle().startswith("Night[*]")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog("shared.json"))
    window.actions["file.export"].trigger()
    assert offered[-1].endswith("Night.mixframe.json")
    assert read_document(tmp_path / "shared.mixframe.json").request["Layout"]["LayoutMode"] == 2

    # A NAME.json of an older version still opens and saves in place.
    old = _write(tmp_path / "Old.json", {"mixframe": 1, "name": "Old", "vendor": "volcengine", "request": CUSTOM})
    window.open_path(old)
    window.document.set_selection([0])
    window.arrange["edit.duplicate"].trigger()
    assert window.save() and window.path == Path(old)
    assert len(read_document(old).request["TargetStreams"]["StreamList"]) == 3


def test_save_as_asks_before_replacing_the_file_the_suffix_leads_to(window, tmp_path, monkeypatch):
    (tmp_path / "Kept.mixframe.json").write_text("not a preset", encoding="utf-8")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "Kept.json"), "")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No))
    assert not window.save_as()
    assert asked and "Kept.mixframe.json" in asked[0]
    assert (tmp_path / "Kept.mixframe.json").read_text(encoding="utf-8") == "not a preset"


# --- item 12: QingCloud documents from New and New from template ----------------------------------

def test_new_makes_a_volcengine_or_a_qingcloud_document(window):
    window.actions["file.newQingCloud"].trigger()
    assert window.vendor == "qingcloud" and window.request_doc.to_body()["is_mixing_enabled"] == 1
    assert window.preview == "Floating" and not window.isWindowModified()
    assert "file.newQingCloud" in [a.objectName() for a in window.menuBar().findChild(type(window.recent_menu), "menu.file").actions()]
    window.actions["file.new"].trigger()
    assert window.vendor == "volcengine" and window.preview is None


def test_new_from_template_offers_qingcloud_and_its_layout_modes(window, monkeypatch, qtbot):
    from mixframe.ui import new_from_template as nft

    dialog = nft.NewFromTemplateDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.vendor == "volcengine" and dialog.size_box.isEnabled()
    dialog.vendor_box.setCurrentIndex(dialog.vendor_box.findData("qingcloud"))
    names = [dialog.templates.item(r).text() for r in range(dialog.templates.count())]
    assert names == ["Floating", "Adaptive", "Vertical"]
    assert not dialog.size_box.isEnabled() and not dialog.streams_box.isEnabled()

    def accept(dialog):
        dialog.vendor_box.setCurrentIndex(dialog.vendor_box.findData("qingcloud"))
        dialog.templates.setCurrentRow(2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(nft.NewFromTemplateDialog, "exec", accept)
    window.actions["file.newFromTemplate"].trigger()
    assert window.vendor == "qingcloud" and window.preview == "Vertical"
    assert window.request_doc.to_body() == {"is_mixing_enabled": 1, "layout_mode": 2}
    assert not [p for p in window.request_doc.problems() if p.is_error and p.path.startswith(("layout_mode", "is_mixing"))]

    # Back to Volcengine: the dialog opens on the document's vendor and its templates return.
    def volcengine(dialog):
        assert dialog.vendor == "qingcloud"
        dialog.vendor_box.setCurrentIndex(dialog.vendor_box.findData("volcengine"))
        dialog.templates.setCurrentRow(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(nft.NewFromTemplateDialog, "exec", volcengine)
    window.actions["file.newFromTemplate"].trigger()
    assert window.vendor == "volcengine" and len(window.document.streams) == nft.DEFAULT_STREAMS


# --- item 7: a file opens as it is written, and its problems show ----------------------------------

def test_a_file_opens_exactly_as_written_and_its_problems_are_the_validators(window, tmp_path):
    """Opening once clamped out-of-range values without the modified marker, while `validate`
    reported each as an error: the window now keeps them and lists the same problems."""
    from mixframe.cli import main as cli_main

    body = json.loads(json.dumps(CUSTOM))
    body["Layout"]["CustomLayout"]["Regions"] = [
        {"StreamIndex": 0, "LocationX": -5, "Width": 1300, "Height": 720, "Alpha": 7},
        {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 720, "ZOrder": 400}]
    source = _write(tmp_path / "out-of-range.json", body)
    window.open_path(source)
    assert not window.isWindowModified()
    assert window.request_doc.to_body()["Layout"] == body["Layout"]
    shown = {p.path for p in window.request_doc.problems() if p.is_error}
    for path in ("Layout.CustomLayout.Regions[0].LocationX", "Layout.CustomLayout.Regions[0].Alpha",
                 "Layout.CustomLayout.Regions[1].ZOrder"):
        assert path in shown, (path, shown)
    assert cli_main(["validate", source]) == 1
    window.canvas.grab()


def test_what_the_editor_must_change_to_open_a_file_is_listed_and_marks_it_modified(window, tmp_path):
    body = json.loads(json.dumps(CUSTOM))
    body["Layout"]["CustomLayout"]["Regions"] = [body["Layout"]["CustomLayout"]["Regions"][0],
                                                 {"StreamIndex": 7, "Width": 10, "Height": 10}]
    window.open_path(_write(tmp_path / "missing.json", body))
    assert window.isWindowModified()
    notes = {p.path: p.message for p in window.request_doc.problems() if not p.is_error}
    assert "Layout.CustomLayout.Regions[1].StreamIndex" in notes
    assert "TargetStreams.StreamList[1]" in notes and "added" in notes["TargetStreams.StreamList[1]"]


# --- item 24 (window part): opening a huge document does bounded work ------------------------------

def _region_items(window) -> int:
    from mixframe.ui.canvas.items import RegionItem

    return sum(1 for item in window.canvas.scene().items() if isinstance(item, RegionItem))


@pytest.mark.parametrize("kind", ["100000 regions", "20000 unknown fields"])
def test_a_huge_document_builds_a_bounded_number_of_rows_and_items(kind, window, tmp_path):
    """The window froze 2-8 s opening these: a problems row (and its wrapped text layout) per
    stray region or unknown key, and a status-bar note per problem (10 MB of text). The list now
    shows the first MAX_ROWS problems and one row counting the rest; the canvas has one item per
    stream at most; the status bar a few notes. Counted, not timed."""
    from mixframe.model.volcengine_api import MAX_STREAMS
    from mixframe.ui.file_actions import STATUS_NOTES
    from mixframe.ui.problems import MAX_ROWS, PATH_ROLE

    streams = [{"Index": i, "UserId": f"u{i}"} for i in range(4)]
    if kind == "100000 regions":
        regions = [{"StreamIndex": i % 6, "LocationX": i % 1000, "Width": 100, "Height": 100} for i in range(100000)]
        body = {"TargetStreams": {"StreamList": streams}, "Layout": {"LayoutMode": 2, "CustomLayout": {
            "Canvas": {"Width": 1280, "Height": 720}, "Regions": regions}}}
    else:
        body = {"TargetStreams": {"StreamList": streams}, "Layout": {"LayoutMode": 2},
                **{f"Unknown{i}": i for i in range(20000)}}
    window.open_path(_write(tmp_path / "huge.json", body))
    model = window.problems_view.model
    window.problems_view.refresh()
    total = len(window.request_doc.problems())
    if kind == "100000 regions":
        # Only the regions the editor holds are read (one per stream); the dropped ones are
        # named up to LISTED_DROPS times, then counted in one note.
        from mixframe.ui.document import LISTED_DROPS

        drops = [p for p in window.request_doc.layout.load_problems if "dropped" in p.message]
        assert len(drops) == LISTED_DROPS + 1 and str(100000 - 4 - LISTED_DROPS) in drops[-1].message
        assert len(window.request_doc.layout.layout.regions) == 4 and window.isWindowModified()
        assert model.rowCount() == total <= MAX_ROWS
    else:
        # The model itself lists the first MAX_FIELD_PROBLEMS unknown fields and counts the rest in
        # one problem; the list shows MAX_ROWS of what remains and one row counting the others.
        from mixframe.model.values import MAX_FIELD_PROBLEMS

        problems = window.request_doc.problems()
        assert MAX_FIELD_PROBLEMS < total < MAX_FIELD_PROBLEMS + 20
        counted = [p for p in problems if "more problems with the fields" in p.message]
        assert len(counted) == 1
        assert model.rowCount() == MAX_ROWS + 1 and model.hidden == total - MAX_ROWS
        last = model.index(MAX_ROWS).data()
        assert str(total - MAX_ROWS) in last and model.index(MAX_ROWS).data(PATH_ROLE) is None
        window.problems_view.activate_row(MAX_ROWS)  # the counting row goes nowhere, and does not fail
    assert _region_items(window) <= MAX_STREAMS
    message = window.statusBar().currentMessage()
    assert message.count("warning:") <= STATUS_NOTES and len(message) < 2000


def test_a_layout_mode_of_another_number_type_is_one_verdict_for_canvas_and_saved_body(window, tmp_path):
    """LayoutMode 2.0 was custom for the saved body but an automatic preview for the canvas (so
    the regions shown were not the ones saved); a bool equal to 1 must not pass for a mode."""
    for mode, custom in ((2.0, True), (True, False), ("2", False)):
        body = json.loads(json.dumps(CUSTOM))
        body["Layout"]["LayoutMode"] = mode
        window.open_path(_write(tmp_path / "mode.json", body))
        assert (window.preview is None) == custom == window.request_doc.is_custom_layout, mode
        saved = window.loaded_document().request["Layout"]
        assert ("CustomLayout" in saved) == custom, mode
        assert any(p.path == "Layout.LayoutMode" for p in window.request_doc.problems() if p.is_error), mode


@pytest.mark.parametrize("base", ["custom", "automatic", "qingcloud", "preset volcengine", "preset qingcloud"])
def test_the_settings_forms_survive_fields_of_hostile_types(base, window, tmp_path, qtbot, capfd, monkeypatch):
    """The same sweep with the settings forms built: each hostile type (list, object, string, an
    integer beyond 64 bits, a bool) in every field opens into the Recording, Encode, File and
    Storage tabs (or QingCloud's form) without an exception; the problems list says what is wrong."""
    window.forms  # noqa: B018 - built now, so every open below fills them

    def read_it():
        qtbot.wait(0)
        window.forms.grab()

    _sweep_hostile_types(base, window, tmp_path, qtbot, capfd, monkeypatch, read_it)


def _where(exc: BaseException) -> str:
    """file:line of the innermost frame of ours that raised `exc` (the sweep's report)."""
    import traceback

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "mixframe" in f.filename]
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
