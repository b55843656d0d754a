"""Arranging actions: enabled only when meaningful, each one an undoable document edit."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from mixframe.model.templates import TEMPLATES
from mixframe.ui.arrange import ArrangeActions
from mixframe.ui.document import MAX_STREAMS, LayoutDocument


@pytest.fixture
def setup(qtbot):
    doc = LayoutDocument.from_request({
        "TargetStreams": {"StreamList": [{"UserId": f"u{i}", "Index": i} for i in range(3)]},
        "Layout": {"CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": [
            {"StreamIndex": 0, "LocationX": 0, "LocationY": 10, "Width": 200, "Height": 100},
            {"StreamIndex": 1, "LocationX": 300, "LocationY": 50, "Width": 100, "Height": 100},
            {"StreamIndex": 2, "LocationX": 900, "LocationY": 200, "Width": 300, "Height": 100},
        ]}},
    })
    window = QWidget()
    qtbot.addWidget(window)
    return doc, ArrangeActions(doc, window)


def test_every_action_has_an_object_name_and_the_documented_shortcuts(setup):
    _doc, arrange = setup
    assert all(a.objectName() == name for name, a in arrange.actions.items())
    shortcuts = {n: arrange[n].shortcut().toString() for n in ("edit.copyTransform", "edit.pasteTransform", "edit.duplicate")}
    assert shortcuts == {"edit.copyTransform": "Ctrl+Shift+C", "edit.pasteTransform": "Ctrl+Shift+V", "edit.duplicate": "Ctrl+D"}
    assert set(arrange.template_actions) == set(TEMPLATES)


def test_enabled_only_when_meaningful(setup):
    doc, arrange = setup
    doc.set_selection([])
    for name in ("arrange.align.left", "arrange.distribute.horizontal", "edit.copyTransform",
                 "edit.pasteTransform", "edit.duplicate", "edit.delete", "arrange.front"):
        assert not arrange[name].isEnabled(), name
    doc.set_selection([0, 1])
    assert arrange["arrange.align.left"].isEnabled()
    assert not arrange["arrange.distribute.horizontal"].isEnabled()  # needs three
    assert not arrange["edit.copyTransform"].isEnabled()  # needs exactly one
    doc.set_selection([0, 1, 2])
    assert arrange["arrange.distribute.horizontal"].isEnabled()
    doc.set_locked([0, 1, 2], True)
    assert not arrange["arrange.align.left"].isEnabled()  # nothing could move


def test_align_and_distribute(setup):
    doc, arrange = setup
    doc.set_selection([0, 1, 2])
    arrange["arrange.align.top"].trigger()
    assert {doc.region(i).y for i in range(3)} == {10}
    arrange["arrange.distribute.horizontal"].trigger()
    xs = [doc.region(i).x for i in range(3)]
    gaps = [doc.region(1).x - doc.region(0).right, doc.region(2).x - doc.region(1).right]
    assert xs[0] == 0 and doc.region(2).right == 1200 and abs(gaps[0] - gaps[1]) <= 1
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.region(1).rect() == (300, 50, 100, 100)


def test_copy_and_paste_transform(setup):
    doc, arrange = setup
    doc.set_selection([2])
    arrange["edit.copyTransform"].trigger()
    doc.set_selection([0, 1])
    assert arrange["edit.pasteTransform"].isEnabled()
    arrange["edit.pasteTransform"].trigger()
    assert doc.region(0).rect() == doc.region(1).rect() == (900, 200, 300, 100)
    assert doc.undo_stack.count() == 1


def test_duplicate_delete_and_select_all(setup):
    doc, arrange = setup
    doc.set_selection([1])
    arrange["edit.duplicate"].trigger()
    assert len(doc.streams) == 4 and doc.selection == [3]
    arrange["edit.delete"].trigger()
    assert len(doc.streams) == 3
    arrange["edit.selectAll"].trigger()
    assert doc.selection == [0, 1, 2]


def test_duplicate_disabled_when_it_would_pass_the_limit(setup):
    doc, arrange = setup
    from mixframe.model.layout import StreamRef

    while len(doc.streams) < MAX_STREAMS - 1:
        doc.add_stream(StreamRef(f"x{len(doc.streams)}", index=len(doc.streams) + 10))
    doc.set_selection([0])
    assert arrange["edit.duplicate"].isEnabled()
    doc.set_selection([0, 1])
    assert not arrange["edit.duplicate"].isEnabled()
    assert str(MAX_STREAMS) in arrange["edit.duplicate"].toolTip()


def test_templates_lay_out_every_stream_and_undo(setup):
    doc, arrange = setup
    before = [doc.region(i).rect() for i in range(3)]
    arrange["arrange.template.side_by_side"].trigger()
    after = [doc.region(i).rect() for i in range(3)]
    assert after != before
    expected = {r.stream_index: r.rect() for r in TEMPLATES["side_by_side"](doc.streams, doc.canvas)}
    assert {i: doc.region(i).rect() for i in range(3)} == expected
    doc.undo_stack.undo()
    assert [doc.region(i).rect() for i in range(3)] == before


def test_set_document_rebinds(setup, qtbot):
    doc, arrange = setup
    other = LayoutDocument()
    arrange.set_document(other)
    assert not arrange["edit.selectAll"].isEnabled()
    doc.set_selection([0])  # the old document no longer drives the actions
    assert not arrange["edit.delete"].isEnabled()
