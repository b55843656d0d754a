"""The layer list shows z-order top first and changes order, lock and visibility via the document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from mixframe.model.layout import StreamRef
from mixframe.ui.document import LayoutDocument
from mixframe.ui.layers import LayerList


@pytest.fixture
def doc_and_layers(qtbot):
    doc = LayoutDocument.from_request(
        {
            "TargetStreams": {"StreamList": [
                {"UserId": "a", "Index": 0}, {"UserId": "b", "Index": 1}, {"UserId": "c", "Index": 2, "StreamType": 1},
            ]},
            "Layout": {"CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": [
                {"StreamIndex": 0, "Width": 400, "Height": 300, "ZOrder": 0},
                {"StreamIndex": 1, "Width": 400, "Height": 300, "ZOrder": 5},
                {"StreamIndex": 2, "Width": 400, "Height": 300, "ZOrder": 2},
            ]}},
        }
    )
    layers = LayerList(doc)
    qtbot.addWidget(layers)
    layers.resize(300, 400)
    layers.show()
    return doc, layers


def test_rows_are_top_layer_first_with_user_and_type(doc_and_layers):
    _doc, layers = doc_and_layers
    assert layers.rows() == [1, 2, 0]
    row = layers.row_widget(2)
    assert row.name.text() == "c" and "screen" in row.detail.text()


def test_drop_reorders_through_the_document(doc_and_layers):
    doc, layers = doc_and_layers
    # Drag "a" (bottom) above everything.
    layers.list.setCurrentRow(2)
    target = layers.list.visualItemRect(layers.list.item(0)).topLeft() + QPoint(10, 2)
    mime = layers.list.model().mimeData([layers.list.model().index(2, 0)])
    event = QDropEvent(QPointF(target), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    # The source of an internal drag is the list itself.
    event.source = lambda: layers.list  # type: ignore[method-assign]
    layers.list.dropEvent(event)
    assert doc.layer_order()[-1] == 0
    assert layers.rows()[0] == 0
    doc.undo_stack.undo()
    assert layers.rows() == [1, 2, 0]


def test_dropped_signal_maps_rows_to_layer_positions(doc_and_layers):
    doc, layers = doc_and_layers
    layers._dropped(1, 2)  # top row to the bottom row
    assert doc.layer_order()[0] == 1
    assert layers.rows()[-1] == 1


def test_lock_and_eye_toggles(doc_and_layers):
    doc, layers = doc_and_layers
    row = layers.row_widget(2)
    row.lock.click()
    assert doc.is_locked(2)
    row = layers.row_widget(2)
    row.eye.click()
    assert doc.is_hidden(2)
    assert "Hidden" in layers.row_widget(2).eye.toolTip()
    # Editor-only: nothing of it reaches the request.
    assert "locked" not in str(doc.to_request_fragment()).lower()
    doc.undo_stack.undo()
    assert not doc.is_hidden(2) and layers.row_widget(2).eye.isChecked()


def test_selection_is_synced_both_ways(doc_and_layers):
    doc, layers = doc_and_layers
    doc.set_selection([2, 0])
    assert {int(i.data(Qt.ItemDataRole.UserRole + 1)) for i in layers.list.selectedItems()} == {0, 2}
    layers.list.clearSelection()
    layers.list.item(0).setSelected(True)
    assert doc.selection == [1]


def test_z_order_buttons(doc_and_layers):
    doc, layers = doc_and_layers
    doc.set_selection([])
    assert not layers.buttons["to_front"].isEnabled()
    doc.set_selection([0])
    layers.buttons["to_front"].click()
    assert layers.rows()[0] == 0
    layers.buttons["lower"].click()
    assert layers.rows()[1] == 0
    layers.buttons["to_back"].click()
    assert layers.rows()[-1] == 0


def test_added_stream_appears(doc_and_layers):
    doc, layers = doc_and_layers
    doc.add_stream(StreamRef("d", index=7))
    assert 7 in layers.rows() and layers.row_widget(7).name.text() == "d"
