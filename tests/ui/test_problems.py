"""The problems list: it follows the producer's edits, errors first, and a click goes to the field."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mixframe.ui.problems import PATH_ROLE, ProblemsList
from mixframe.ui.request_document import RequestDocument

# Regions listed in another order than the streams, with indices that are not positions: a
# click on Regions[0] must select stream 7, not stream 0 or the first stream.
BODY = {
    # With the recording's ids, so the draft's "give it with --app-id" warnings stay out of the counts.
    "AppId": "app1", "RoomId": "room1", "TaskId": "task1",
    "TargetStreams": {"StreamList": [{"Index": 3, "UserId": "host"}, {"Index": 7, "UserId": "guest"}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Canvas": {"Width": 1280, "Height": 720},
        "Regions": [{"StreamIndex": 7, "LocationX": 640, "LocationY": 0, "Width": 640, "Height": 720},
                    {"StreamIndex": 3, "LocationX": 0, "LocationY": 0, "Width": 640, "Height": 720}]}},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bucket1"}},
}


@pytest.fixture
def doc(qapp):
    return RequestDocument("volcengine", copy.deepcopy(BODY))


@pytest.fixture
def problems(qtbot, doc):
    widget = ProblemsList(doc)
    qtbot.addWidget(widget)
    widget.resize(520, 240)
    return widget


def rows(widget: ProblemsList) -> list[str]:
    return [widget.model.index(r).data() for r in range(widget.model.rowCount())]


def settle(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: not widget.is_pending(), timeout=2000)


def push_region_past_the_edge(doc: RequestDocument) -> None:
    doc.layout.set_regions({7: doc.layout.region(7).with_values(x=1000)}, "move", clamp=False)


def test_a_bad_value_appears_with_its_path_and_undo_removes_it(qtbot, doc, problems):
    assert rows(problems) == [] and problems.counts.text() == "No problems"
    assert problems.findChild(type(problems.view), "problems.list") is problems.view
    doc.set_field("Encode.VideoFps", 999)
    settle(qtbot, problems)
    assert [r for r in rows(problems) if r.startswith("Encode.VideoFps: ")]
    assert problems.counts.text() == "1 error"
    doc.undo_stack.undo()
    settle(qtbot, problems)
    assert rows(problems) == [] and problems.counts.text() == "No problems"


def test_errors_come_first_with_their_own_icon_and_the_counts_say_how_many(qtbot, doc, problems):
    push_region_past_the_edge(doc)  # a warning, made first
    doc.set_field("Encode.VideoFps", 999)
    doc.set_field("Encode.VideoBitrate", -5)
    settle(qtbot, problems)
    assert problems.counts.text() == "2 errors, 1 warning"
    shown = rows(problems)
    assert [s.split(":")[0] for s in shown] == ["Encode.VideoFps", "Encode.VideoBitrate", "Layout.CustomLayout.Regions[0]"]
    icons = [problems.model.index(r).data(Qt.ItemDataRole.DecorationRole) for r in range(3)]
    assert not icons[0].isNull() and not icons[2].isNull()
    assert icons[0].cacheKey() == icons[1].cacheKey() != icons[2].cacheKey()
    tips = [problems.model.index(r).data(Qt.ItemDataRole.ToolTipRole) for r in range(3)]
    assert tips[0].startswith("Error: Encode.VideoFps") and tips[2].startswith("Warning: Layout.")


def test_several_edits_in_one_turn_are_one_recompute(qtbot, doc, problems):
    calls = []
    original = doc.problems
    doc.problems = lambda: calls.append(1) or original()
    for fps in (10, 20, 999):
        doc.set_field("Encode.VideoFps", fps)
    assert problems.is_pending() and calls == []
    settle(qtbot, problems)
    assert len(calls) == 1 and rows(problems)[0].startswith("Encode.VideoFps")


def test_a_click_on_a_region_problem_selects_that_region_and_announces_the_path(qtbot, doc, problems):
    problems.show()
    qtbot.waitExposed(problems)
    doc.set_field("Encode.VideoFps", 999)
    push_region_past_the_edge(doc)
    settle(qtbot, problems)
    region_row = next(r for r, text in enumerate(rows(problems)) if text.startswith("Layout.CustomLayout.Regions[0]"))
    index = problems.model.index(region_row)
    with qtbot.waitSignal(problems.problemActivated) as signal:
        qtbot.mouseClick(problems.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=problems.view.visualRect(index).center())
    assert signal.args == ["Layout.CustomLayout.Regions[0]"]
    assert doc.layout.selection == [7]

    announced = []
    problems.problemActivated.connect(announced.append)
    problems.view.setCurrentIndex(problems.model.index(0))
    qtbot.keyClick(problems.view, Qt.Key.Key_Return)
    assert announced == ["Encode.VideoFps"]  # once, and a form field does not touch the selection
    assert doc.layout.selection == [7]


def test_a_stream_problem_selects_its_stream_and_stale_positions_are_ignored(qtbot, doc, problems):
    problems.activate_row(5)  # no such row: nothing happens
    problems.select_stream_of("TargetStreams.StreamList[1].UserId")
    assert doc.layout.selection == [7]
    problems.select_stream_of("Layout.CustomLayout.Regions[9].Width")  # gone since: ignored
    assert doc.layout.selection == [7]
    doc.set_layout_mode(0)  # no custom layout: Regions paths point at nothing on the canvas
    problems.select_stream_of("Layout.CustomLayout.Regions[1]")
    assert doc.layout.selection == [7]


def test_each_row_carries_its_path(qtbot, doc, problems):
    doc.set_field("Encode.VideoFps", 999)
    problems.refresh()
    assert problems.model.index(0).data(PATH_ROLE) == "Encode.VideoFps"


def test_on_a_chinese_desktop_the_rows_say_the_problem_in_chinese(qtbot, doc, chinese):
    from mixframe.ui.forms import RequestForms
    from mixframe.ui.request_preview import RequestPreview

    widget = ProblemsList(doc)
    qtbot.addWidget(widget)
    doc.set_field("Encode.VideoFps", 999)
    settle(qtbot, widget)
    # The path stays the API's own; the sentence is the catalogue's.
    assert rows(widget) == ["Encode.VideoFps: 取值范围为 [1, 60]（实际为 999）"]
    forms = RequestForms(doc)
    qtbot.addWidget(forms)
    forms.mark_problems(doc.problems())
    fps = forms.findChild(QWidget, "field.Encode.VideoFps")
    assert "取值范围为 [1, 60]（实际为 999）" in fps.toolTip()
    preview = RequestPreview(doc)
    qtbot.addWidget(preview)
    preview.refresh()
    assert "Encode.VideoFps: 取值范围为 [1, 60]（实际为 999）" in preview.status.text()
