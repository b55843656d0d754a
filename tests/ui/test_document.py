"""The layout document: loading, saving, limits, the one-to-one rule and the signals views follow."""

from __future__ import annotations

import pytest

from mixframe.model.layout import Canvas, CanvasLayout, Crop, Region, StreamRef
from mixframe.model.problems import DocumentError
from mixframe.ui.document import MAX_STREAMS, LayoutDocument


def request(n: int = 3, regions: list | None = None, **layout) -> dict:
    streams = [{"Index": i, "UserId": f"user{i}"} for i in range(n)]
    if regions is None:
        regions = [
            {"StreamIndex": i, "LocationX": 100 * i, "LocationY": 50 * i, "Width": 320, "Height": 180}
            for i in range(n)
        ]
    return {
        "TargetStreams": {"StreamList": streams},
        "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": regions}, **layout},
    }


def make(n: int = 3) -> LayoutDocument:
    return LayoutDocument.from_request(request(n))


def test_round_trip_keeps_the_request_fragment():
    """The layout document's part: streams and CustomLayout (the rest is the request document's,
    tests/ui/test_request_document.py)."""
    body = request(3)
    doc = LayoutDocument.from_request(body)
    out = doc.to_request_fragment()
    assert out["TargetStreams"] == body["TargetStreams"]
    assert out["Layout"] == body["Layout"]
    assert doc.is_clean()


def test_missing_region_gets_a_free_default_placement():
    body = request(3, regions=[{"StreamIndex": 0, "LocationX": 0, "LocationY": 0, "Width": 640, "Height": 360}])
    doc = LayoutDocument.from_request(body)
    assert [r.stream_index for r in doc.layout.regions] == [0, 1, 2]
    r1, r2 = doc.region(1), doc.region(2)
    # Each new region sits in a grid cell that overlaps neither the given region nor the other.
    assert (r1.x, r1.y) != (0, 0) and r1.width > 0
    assert not (r1.x < r2.right and r2.x < r1.right and r1.y < r2.bottom and r2.y < r1.bottom)
    assert len(doc.to_request_fragment()["Layout"]["CustomLayout"]["Regions"]) == 3


def test_orphan_and_duplicate_regions_are_dropped_with_a_warning():
    regions = [
        {"StreamIndex": 0, "Width": 100, "Height": 100},
        {"StreamIndex": 9, "Width": 100, "Height": 100},
        {"StreamIndex": 0, "Width": 50, "Height": 50},
    ]
    doc = LayoutDocument.from_request(request(1, regions=regions))
    assert [r.stream_index for r in doc.layout.regions] == [0]
    paths = [p.path for p in doc.load_problems]
    assert "Layout.CustomLayout.Regions[1].StreamIndex" in paths
    assert "Layout.CustomLayout.Regions[2].StreamIndex" in paths


def test_duplicate_stream_index_is_one_clear_sentence():
    body = request(2)
    body["TargetStreams"]["StreamList"][1]["Index"] = 0
    with pytest.raises(DocumentError, match=r"TargetStreams.StreamList\[1\].Index"):
        LayoutDocument.from_request(body)


def test_out_of_range_values_are_kept_as_written_on_load():
    """Issue 14 item 7: opening once clamped these silently; `validate` reports each as an error,
    so the window opens them as written and its problems list says the same."""
    regions = [{"StreamIndex": 0, "LocationX": 5000, "LocationY": -3, "Width": 1930, "Height": 100,
                "ZOrder": 400, "Alpha": 0, "CornerRadius": 3,
                "SourceCrop": {"LocationX": 0.8, "WidthProportion": 0.9}}]
    doc = LayoutDocument.from_request(request(1, regions=regions))
    r = doc.region(0)
    assert (r.x, r.y, r.width, r.height) == (5000, -3, 1930, 100)
    assert (r.z_order, r.alpha, r.corner_radius) == (400, 0, 3)
    assert (r.crop.x, r.crop.w) == (0.8, 0.9)
    assert not doc.load_problems and not doc.load_changed
    assert doc.to_request_fragment()["Layout"]["CustomLayout"]["Regions"] == regions


def test_values_too_large_to_draw_are_moved_in_and_said():
    regions = [{"StreamIndex": 0, "LocationX": 10 ** 30, "Width": 99999, "Height": 100, "Alpha": 1e300,
                "SourceCrop": {"LocationX": 0.5, "WidthProportion": 1e300}}]
    doc = LayoutDocument.from_request(request(1, regions=regions))
    r = doc.region(0)
    assert r.x <= 1920 and r.width <= 1920 and 0 < r.alpha <= 1 and r.crop.w <= 0.5 + 1e-9
    assert r.crop.x == 0.5 and r.height == 100  # the drawable values stay as written
    assert doc.load_changed and [p.path for p in doc.load_problems] == ["Layout.CustomLayout.Regions[0]"]


def test_editor_state_round_trip_and_never_in_request():
    editor = {"grid": {"size": 16, "visible": True}, "snap": False,
              "regions": [{"stream_index": 1, "locked": True, "hidden": False, "image": "/tmp/a.png"},
                          {"stream_index": 2, "hidden": True}]}
    doc = LayoutDocument.from_request(request(3), editor)
    assert doc.grid_size == 16 and doc.grid_visible and not doc.snap_enabled
    assert doc.is_locked(1) and doc.image(1) == "/tmp/a.png" and doc.is_hidden(2)
    state = doc.editor_state()
    assert state["grid"] == {"size": 16, "visible": True}
    assert state["snap"] is False
    assert {e["stream_index"] for e in state["regions"]} == {1, 2}
    again = LayoutDocument.from_request(doc.to_request_fragment(), state)
    assert again.editor_state() == state
    text = repr(doc.to_request_fragment())
    assert "a.png" not in text and "locked" not in text and "hidden" not in text


def test_add_stream_is_one_to_one_and_limited():
    doc = make(0)
    for i in range(MAX_STREAMS):
        assert doc.can_add_stream()
        doc.add_stream(StreamRef(f"u{i}", index=i))
    assert not doc.can_add_stream()
    with pytest.raises(ValueError, match=str(MAX_STREAMS)):
        doc.add_stream(StreamRef("extra", index=99))
    out = doc.to_request_fragment()
    indices = [s.get("Index", 0) for s in out["TargetStreams"]["StreamList"]]
    regions = [r["StreamIndex"] for r in out["Layout"]["CustomLayout"]["Regions"]]
    assert sorted(indices) == sorted(regions) == list(range(MAX_STREAMS))


def test_add_stream_rejects_a_used_index():
    doc = make(2)
    with pytest.raises(ValueError, match="already used"):
        doc.add_stream(StreamRef("x", index=1))


def test_selection_is_pruned_when_streams_go():
    doc = make(3)
    seen = []
    doc.selectionChanged.connect(lambda: seen.append(doc.selection))
    doc.set_selection([2, 0, 7, 2])
    assert doc.selection == [2, 0]
    doc.remove_streams([2])
    assert doc.selection == [0]
    assert seen == [[2, 0], [0]]
    # Selection is not an edit.
    assert doc.undo_stack.count() == 1


def test_signals_name_the_changed_regions():
    doc = make(3)
    regions, changed, structure = [], [], []
    doc.regionsChanged.connect(regions.append)
    doc.changed.connect(lambda: changed.append(1))
    doc.structureChanged.connect(lambda: structure.append(1))
    doc.set_regions({1: doc.region(1).with_values(x=3)}, "move")
    assert regions == [[1]] and changed == [1] and structure == []
    doc.add_stream(StreamRef("new", index=5))
    assert structure == [1] and len(changed) == 2


def test_a_typed_canvas_is_kept_as_typed_and_moves_no_region():
    """Typing 1920 digit by digit once crushed a region at x 900 to 20 px. A typed canvas is kept
    as typed (an odd width is a problem to show, not a value to change) and moves nothing."""
    doc = make(3)
    doc.set_regions({2: doc.region(2).with_values(x=900, y=500, width=320, height=180)}, "move")
    before = doc.region(2)
    doc.set_canvas(Canvas(641, 360))
    assert (doc.canvas.width, doc.canvas.height) == (641, 360)
    assert doc.region(2) == before
    doc.undo_stack.undo()
    assert doc.canvas.width == 1280 and doc.region(2) == before


def test_default_document_is_valid_custom_layout():
    doc = LayoutDocument(CanvasLayout(Canvas(1920, 1080)), [StreamRef("a", index=0), StreamRef("b", index=1)])
    regions = doc.to_request_fragment()["Layout"]["CustomLayout"]["Regions"]
    for r in regions:
        assert 0 <= r.get("LocationX", 0) < 1920 and 0 < r["Width"] <= 1920
        assert r.get("LocationX", 0) + r["Width"] <= 1920


def test_copy_transform_carries_crop():
    doc = make(2)
    doc.set_regions({0: doc.region(0).with_values(crop=Crop(0.1, 0.2, 0.5, 0.5))}, "crop")
    t = doc.copy_transform(0)
    doc.paste_transform([1], t)
    r = doc.region(1)
    assert (r.x, r.y, r.width, r.height) == (t.x, t.y, t.width, t.height)
    assert r.crop == Crop(0.1, 0.2, 0.5, 0.5)


def test_region_with_wrong_stream_index_is_keyed_by_the_mapping():
    doc = make(2)
    doc.set_regions({1: Region(0, x=5, y=5, width=10, height=10)}, "edit")
    assert doc.region(1).x == 5 and doc.region(0).x == 0


@pytest.mark.parametrize("template", ["grid", "picture_in_picture", "speaker_strip", "side_by_side"])
def test_templates_by_id_give_a_request_the_model_accepts(template):
    from mixframe.model.volcengine import check_start

    doc = make(5)
    doc.set_regions({0: doc.region(0).with_values(alpha=0.5, corner_radius=0.05, crop=Crop(0.1, 0.1, 0.8, 0.8))}, "e")
    doc.apply_template(template)
    assert doc.undo_stack.count() == 2
    rects = {doc.region(i).rect() for i in range(5)}
    assert len(rects) == 5  # every stream got its own place
    assert doc.region(0).alpha == 0.5  # fields the template does not decide are kept
    body = {"AppId": "a" * 24, "RoomId": "room", "TaskId": "task", **doc.to_request_fragment()}
    layout_problems = [p.line() for p in check_start(body)
                       if p.path.startswith(("Layout", "TargetStreams"))]
    assert layout_problems == []
