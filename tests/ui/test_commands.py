"""Every edit of the layout document is one undo step, and undo/redo restore it exactly."""

from __future__ import annotations

import pytest

from mixframe.model.layout import Canvas, Crop, Region, StreamRef
from mixframe.ui.document import LayoutDocument



def request(n: int = 3) -> dict:
    return {
        "TargetStreams": {"StreamList": [{"Index": i, "UserId": f"user{i}"} for i in range(n)]},
        "Layout": {"LayoutMode": 2, "CustomLayout": {
            "Canvas": {"Width": 1280, "Height": 720},
            "Regions": [{"StreamIndex": i, "LocationX": 100 * i, "LocationY": 50 * i, "Width": 320, "Height": 180}
                        for i in range(n)],
        }},
    }


def make(n: int = 3) -> LayoutDocument:
    return LayoutDocument.from_request(request(n))


def state(doc: LayoutDocument):
    return (doc.to_request_fragment(), doc.editor_state())


def check_undo_redo(doc: LayoutDocument, edit) -> tuple:
    before = state(doc)
    count = doc.undo_stack.count()
    edit()
    after = state(doc)
    assert after != before, "the edit changed nothing"
    assert doc.undo_stack.count() == count + 1
    assert not doc.is_clean()
    doc.undo_stack.undo()
    assert state(doc) == before
    doc.undo_stack.redo()
    assert state(doc) == after
    return before, after


@pytest.mark.parametrize(
    "name, edit",
    [
        ("move", lambda d: d.set_regions({0: d.region(0).with_values(x=77, y=33)}, "Move")),
        ("canvas", lambda d: d.set_canvas(Canvas(1920, 1080, "#112233"))),
        ("add", lambda d: d.add_stream(StreamRef("new", index=7))),
        ("remove", lambda d: d.remove_streams([0, 2])),
        ("update", lambda d: d.update_stream(1, StreamRef("renamed", 1, index=11))),
        ("lock", lambda d: d.set_locked([0, 1], True)),
        ("hide", lambda d: d.set_hidden([2], True)),
        ("image", lambda d: d.set_image(1, "/tmp/face.png")),
        ("grid", lambda d: d.set_grid(size=40, visible=True)),
        ("snap", lambda d: d.set_snap(False)),
        ("raise", lambda d: d.raise_([0])),
        ("lower", lambda d: d.lower([2])),
        ("front", lambda d: d.to_front([0])),
        ("back", lambda d: d.to_back([2])),
        ("move_layer", lambda d: d.move_layer(2, 0)),
        ("align", lambda d: d.align([0, 1, 2], "right")),
        ("distribute", lambda d: d.distribute([0, 1, 2], "horizontal")),
        ("paste", lambda d: d.paste_transform([1, 2], d.copy_transform(0))),
        ("duplicate", lambda d: d.duplicate([1])),
        ("template", lambda d: d.apply_template(lambda streams, canvas: [
            Region(s.index, x=10 * n, y=0, width=100, height=100) for n, s in enumerate(streams)])),
    ],
)
def test_every_edit_is_one_undoable_step(name, edit):
    doc = make(3)
    doc.set_regions({2: doc.region(2).with_values(x=900)}, "spread")
    doc.undo_stack.setClean()
    check_undo_redo(doc, lambda: edit(doc))


def test_a_drag_merges_into_one_step_and_two_drags_stay_two():
    doc = make(2)
    start = doc.region(0)
    for x in range(1, 30, 3):
        doc.set_regions({0: doc.region(0).with_values(x=x)}, "Move", merge_key="drag")
    assert doc.undo_stack.count() == 1
    doc.end_merge()
    for y in range(1, 20, 4):
        doc.set_regions({0: doc.region(0).with_values(y=y)}, "Move", merge_key="drag")
    doc.end_merge()
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert (doc.region(0).x, doc.region(0).y) == (28, start.y)
    doc.undo_stack.undo()
    assert doc.region(0) == start


def test_merge_needs_the_same_regions_and_key():
    doc = make(3)
    doc.set_regions({0: doc.region(0).with_values(x=5)}, "Move", merge_key="drag")
    doc.set_regions({0: doc.region(0).with_values(x=6), 1: doc.region(1).with_values(x=6)}, "Move", merge_key="drag")
    doc.set_regions({0: doc.region(0).with_values(x=7), 1: doc.region(1).with_values(x=7)}, "Nudge", merge_key="nudge")
    assert doc.undo_stack.count() == 3


def test_a_drag_back_to_the_start_leaves_no_step():
    doc = make(1)
    start = doc.region(0)
    doc.set_regions({0: start.with_values(x=start.x + 40)}, "Move", merge_key="drag")
    doc.set_regions({0: start}, "Move", merge_key="drag")
    doc.end_merge()
    assert doc.undo_stack.count() == 0
    assert doc.region(0) == start


def test_unchanged_edit_pushes_nothing():
    doc = make(2)
    doc.set_regions({0: doc.region(0)}, "Nothing")
    doc.set_locked([0], False)
    doc.align([0], "left")  # region 0 is already at x=0
    assert doc.undo_stack.count() == 0


def test_limits_clamped_on_every_edit():
    doc = make(2)
    doc.set_regions({0: doc.region(0).with_values(x=-40, y=10_000, width=0, height=-5, z_order=-3,
                                                   alpha=7.0, corner_radius=-1, render_mode=9,
                                                   crop=Crop(1.5, -1, 0, 2))}, "Bad")
    r = doc.region(0)
    assert r.x == 0 and r.width == 1 and r.height == 1 and r.y == 719
    assert r.z_order == 0 and r.alpha == 1.0 and r.corner_radius == 0.0 and r.render_mode in (0, 1, 2, 3)
    assert 0 <= r.crop.x < 1 and 0 < r.crop.w <= 1 - r.crop.x + 1e-9
    assert 0 <= r.crop.y < 1 and 0 < r.crop.h <= 1


def test_z_order_ops_keep_values_distinct_and_in_range():
    doc = make(4)  # all ZOrder 0: ties broken by Regions order
    assert doc.layer_order() == [0, 1, 2, 3]
    doc.to_front([0])
    assert doc.layer_order() == [1, 2, 3, 0]
    zs = [doc.region(i).z_order for i in range(4)]
    assert len(set(zs)) == 4 and all(0 <= z <= 100 for z in zs)
    doc.raise_([1])
    assert doc.layer_order() == [2, 1, 3, 0]
    doc.lower([0])
    assert doc.layer_order() == [2, 1, 0, 3]
    doc.to_back([3, 0])
    assert doc.layer_order() == [0, 3, 2, 1]
    doc.move_layer(1, 1)
    assert doc.layer_order() == [0, 1, 3, 2]
    # Raising the top layer changes nothing and pushes no step.
    count = doc.undo_stack.count()
    doc.raise_([2])
    assert doc.undo_stack.count() == count


def test_z_order_reuses_distinct_values():
    doc = make(3)
    doc.set_regions({0: doc.region(0).with_values(z_order=10), 1: doc.region(1).with_values(z_order=50),
                     2: doc.region(2).with_values(z_order=90)}, "z")
    doc.raise_([0])
    assert [doc.region(i).z_order for i in range(3)] == [50, 10, 90]


def test_align_and_distribute():
    doc = make(3)
    doc.set_regions({
        0: Region(0, x=0, y=0, width=100, height=50),
        1: Region(1, x=300, y=200, width=200, height=100),
        2: Region(2, x=900, y=400, width=100, height=100),
    }, "place")
    doc.align([0, 1, 2], "right")
    assert [doc.region(i).right for i in range(3)] == [1000] * 3
    doc.align([0, 1, 2], "vcenter")
    assert {doc.region(i).y + doc.region(i).height // 2 for i in range(3)} <= {250, 249, 251}
    doc.set_regions({
        0: doc.region(0).with_values(x=0), 1: doc.region(1).with_values(x=150), 2: doc.region(2).with_values(x=900),
    }, "spread")
    doc.distribute([0, 1, 2], "horizontal")
    r0, r1, r2 = (doc.region(i) for i in range(3))
    assert r1.x - r0.right == r2.x - r1.right == 300
    # One region aligns to the canvas.
    doc.align([2], "right")
    assert doc.region(2).right == doc.canvas.width


def test_locked_regions_stay_on_align():
    doc = make(2)
    doc.set_regions({1: doc.region(1).with_values(x=500)}, "move")
    doc.set_locked([1], True)
    doc.align([0, 1], "right")
    assert doc.region(1).x == 500


def test_duplicate_gives_a_new_index_and_user_id():
    doc = make(2)
    new = doc.duplicate([1])
    assert new == [2]
    copy = doc.stream(2)
    assert copy.user_id == "user1_copy" and copy.index == 2
    assert doc.region(2).width == doc.region(1).width
    assert doc.selection == [2]
    doc.duplicate([1])
    assert doc.stream(3).user_id == "user1_copy2"


def test_update_stream_renumbers_region_and_editor_state():
    doc = make(2)
    doc.set_locked([1], True)
    doc.set_selection([1])
    doc.update_stream(1, StreamRef("user1", index=8))
    assert doc.region(8).stream_index == 8 and doc.is_locked(8)
    with pytest.raises(KeyError):
        doc.region(1)
    with pytest.raises(ValueError, match="already used"):
        doc.update_stream(8, StreamRef("x", index=0))


def test_template_by_function_is_structural_and_stays_editable():
    doc = make(2)
    structure = []
    doc.structureChanged.connect(lambda: structure.append(1))

    def side_by_side(streams, canvas):
        w = canvas.width // len(streams)
        return [Region(s.index, x=n * w, y=0, width=w, height=canvas.height) for n, s in enumerate(streams)]

    doc.apply_template(side_by_side)
    assert structure == [1]
    assert [doc.region(i).rect() for i in range(2)] == [(0, 0, 640, 720), (640, 0, 640, 720)]
    doc.set_regions({1: doc.region(1).with_values(width=300)}, "edit")
    assert doc.region(1).width == 300


def test_clean_state_follows_the_undo_stack():
    doc = make(1)
    assert doc.is_clean()
    doc.set_grid(visible=True)
    assert not doc.is_clean()
    doc.undo_stack.undo()
    assert doc.is_clean()


def test_request_fragment_is_always_valid_after_random_edits():
    doc = LayoutDocument.from_request(request(3))
    for n in range(40):
        r = doc.region(n % 3)
        doc.set_regions({n % 3: r.with_values(x=r.x + 173 * n - 900, width=r.width + 97 * (n % 7) - 300)}, "e")
    for r in doc.to_request_fragment()["Layout"]["CustomLayout"]["Regions"]:
        assert 0 <= r.get("LocationX", 0) <= 1280 - r["Width"]
        assert 0 < r["Width"] <= 1280 and 0 < r["Height"] <= 720
