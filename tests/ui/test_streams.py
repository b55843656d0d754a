"""The streams panel adds, removes and edits TargetStreams through the document."""

from __future__ import annotations

import pytest

from mixframe.model.layout import StreamRef
from mixframe.model.limits import limits_for
from mixframe.ui.document import LayoutDocument
from mixframe.ui.streams import StreamsPanel, max_streams


@pytest.fixture
def doc_and_panel(qtbot):
    doc = LayoutDocument.from_request({"TargetStreams": {"StreamList": [
        {"UserId": "host", "Index": 0}, {"UserId": "guest", "Index": 3},
    ]}})
    panel = StreamsPanel(doc)
    qtbot.addWidget(panel)
    return doc, panel


def test_limit_comes_from_the_model():
    assert max_streams() == limits_for("TargetStreams.StreamList").max_length


def test_add_assigns_a_free_index_and_remove_undoes(doc_and_panel):
    doc, panel = doc_and_panel
    panel.add_button.click()
    assert len(doc.streams) == 3
    new = doc.streams[-1]
    assert new.index == 1  # the lowest free Index
    assert doc.layout.region_for(1) is not None
    assert panel.count_label.text().endswith(f"3 / {max_streams()}")
    assert panel.current_row() == 2
    panel.remove_button.click()
    assert [s.index for s in doc.streams] == [0, 3]


def test_add_is_disabled_at_the_limit_with_a_reason(doc_and_panel):
    doc, panel = doc_and_panel
    while len(doc.streams) < max_streams():
        panel.add_button.click()
    assert len(doc.streams) == max_streams()
    assert not panel.add_button.isEnabled()
    assert str(max_streams()) in panel.add_button.toolTip()
    assert panel.count_label.text().endswith(f"{max_streams()} / {max_streams()}")
    panel.add_stream()  # even called directly it adds nothing
    assert len(doc.streams) == max_streams()
    doc.remove_streams([doc.streams[-1].index])
    assert panel.add_button.isEnabled()


def test_edit_user_id_type_and_index(doc_and_panel):
    doc, panel = doc_and_panel
    panel.table.selectRow(1)
    panel.user_id_edit.setText("speaker_2")
    panel.user_id_edit.editingFinished.emit()
    assert doc.stream(3).user_id == "speaker_2"
    panel.type_combo.setCurrentIndex(panel.type_combo.findData(1))
    panel.type_combo.activated.emit(panel.type_combo.currentIndex())
    assert doc.stream(3).stream_type == 1
    panel.index_spin.setValue(5)
    assert doc.indices() == [0, 5]
    assert doc.layout.region_for(5) is not None  # the region follows the Index


def test_bad_user_id_and_taken_index_are_refused_with_a_sentence(doc_and_panel):
    doc, panel = doc_and_panel
    panel.table.selectRow(1)
    panel.user_id_edit.setText("")  # the validator blocks bad characters; empty is still possible
    panel.user_id_edit.editingFinished.emit()
    assert doc.stream(3).user_id == "guest"
    assert "UserId" in panel.message.text()
    panel.user_id_edit.setText("guest")
    panel.index_spin.setValue(0)
    assert doc.indices() == [0, 3]
    assert "Index 0" in panel.message.text()


def test_validator_rejects_characters_outside_the_id_pattern(doc_and_panel, qtbot):
    _doc, panel = doc_and_panel
    panel.table.selectRow(0)
    panel.user_id_edit.clear()
    qtbot.keyClicks(panel.user_id_edit, "a b/c")
    assert panel.user_id_edit.text() == "abc"


def test_placeholder_image(doc_and_panel, monkeypatch, tmp_path):
    doc, panel = doc_and_panel
    image = tmp_path / "face.png"
    image.write_bytes(b"")
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(image), "")))
    panel.table.selectRow(0)
    panel.image_button.click()
    assert doc.image(0) == str(image)
    assert panel.table.item(0, 3).text() == "face.png"
    panel.clear_image_button.click()
    assert doc.image(0) is None


def test_follows_document_changes(doc_and_panel):
    doc, panel = doc_and_panel
    doc.add_stream(StreamRef("late", index=9))
    assert panel.table.rowCount() == 3
    doc.set_selection([9])
    assert panel.user_id_edit.text() == "late"
