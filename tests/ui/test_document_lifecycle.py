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
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w._docks_settled)
    qtbot.wait(50)
    yield w
    w.force_close()


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
