"""The request's forms: every edit one undo step, the forms following the document, fields enabled
by record and layout mode, the file-name example, storage, problems and QingCloud's options."""

from __future__ import annotations

import copy
import html
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from mixframe.model import applies, qingcloud, volcengine
from mixframe.model.draft import MISSING
from mixframe.model.limits import LIMITS, limits_for
from mixframe.model.problems import error, warning
from mixframe.ui.forms import RequestForms
from mixframe.ui.forms import applies as reader
from mixframe.ui.request_document import RequestDocument

BODY = {
    "RecordMode": 0,
    "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "host"}, {"Index": 1, "UserId": "slides", "StreamType": 1}]},
    "Encode": {"VideoFps": 30},
    "Layout": {"LayoutMode": 1, "MainVideoStream": {"UserId": "host"}},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bucket1"}},
}


def make_forms(qtbot, vendor="volcengine", body=None):
    document = RequestDocument(vendor, copy.deepcopy(BODY if body is None else body))
    forms = RequestForms(document)
    qtbot.addWidget(forms)
    forms.resize(380, 800)
    forms.show()
    return document, forms


@pytest.fixture
def forms(qtbot):
    return make_forms(qtbot)


def editor(forms, path) -> QWidget:
    widget = forms.findChild(QWidget, f"field.{path}")
    assert widget is not None, path
    return widget


def choose(combo: QComboBox, value) -> None:
    """Pick the item holding `value` as the producer does (the combo's `activated`)."""
    index = next(i for i in range(combo.count()) if combo.itemData(i) == value and type(combo.itemData(i)) is type(value))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    line = widget.lineEdit() if isinstance(widget, (QAbstractSpinBox, QComboBox)) else widget
    line.selectAll()
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)


# --- one undo step, following the document ---------------------------------------------------

def test_typing_into_a_spin_box_commits_once_when_editing_finishes(qtbot, forms):
    document, forms = forms
    fps = editor(forms, "Encode.VideoFps")
    type_into(qtbot, fps, "25")
    assert document.get("Encode.VideoFps") == 30 and document.undo_stack.count() == 0  # not per key
    qtbot.keyClick(fps, Qt.Key.Key_Return)
    assert document.get("Encode.VideoFps") == 25 and document.undo_stack.count() == 1
    fps.clearFocus()
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.get("Encode.VideoFps") == 30 and fps.text() == "30"
    document.undo_stack.redo()
    assert fps.text() == "25"


def test_emptying_a_field_clears_it_and_the_default_shows_greyed(qtbot, forms):
    document, forms = forms
    fps = editor(forms, "Encode.VideoFps")
    type_into(qtbot, fps, "")
    qtbot.keyClick(fps, Qt.Key.Key_Return)
    assert document.get("Encode.VideoFps") is MISSING and "Encode" not in document.to_body()
    default = str(limits_for("Encode.VideoFps").default)
    assert fps.text() == "" and fps.lineEdit().placeholderText() == default
    gop = editor(forms, "Encode.VideoGop")  # never set: the default greyed, nothing written
    assert gop.text() == "" and gop.lineEdit().placeholderText() == str(limits_for("Encode.VideoGop").default)
    document.undo_stack.undo()
    assert fps.text() == "30"


def test_a_line_edit_commits_when_editing_finishes_and_undo_shows_the_old_text(qtbot, forms):
    document, forms = forms
    bucket = editor(forms, "StorageConfig.TosConfig.Bucket")
    type_into(qtbot, bucket, "media")
    assert document.undo_stack.count() == 0
    qtbot.keyClick(bucket, Qt.Key.Key_Return)
    assert document.get("StorageConfig.TosConfig.Bucket") == "media" and document.undo_stack.count() == 1
    type_into(qtbot, bucket, "other")
    qtbot.keyClick(bucket, Qt.Key.Key_Return)
    assert document.undo_stack.count() == 2  # a second finished edit is a second step
    document.undo_stack.undo()
    assert bucket.text() == "media"
    document.undo_stack.undo()
    assert bucket.text() == "bucket1"


def test_a_choice_is_one_undo_step_and_use_the_default_clears_it(qtbot, forms):
    document, forms = forms
    codec = editor(forms, "Encode.VideoCodec")
    assert codec.currentIndex() == -1 and "H.264" in codec.placeholderText()  # unset: default greyed
    choose(codec, 1)
    assert document.get("Encode.VideoCodec") == 1 and document.undo_stack.count() == 1
    clear = next(i for i in range(codec.count()) if codec.itemText(i) == "Use the default")
    codec.setCurrentIndex(clear)
    codec.activated.emit(clear)
    assert document.get("Encode.VideoCodec") is MISSING and codec.currentIndex() == -1
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert codec.currentData() == 1


def test_editors_follow_the_document_without_writing_back(qtbot, forms):
    document, forms = forms
    document.set_field("RecordMode", 1)
    document.end_merge()
    document.set_field("Control.MaxIdleTime", 600)
    document.end_merge()
    assert editor(forms, "RecordMode").currentData() == 1
    assert editor(forms, "Control.MaxIdleTime").text() == "600"
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert editor(forms, "RecordMode").currentData() == 0 and editor(forms, "Control.MaxIdleTime").text() == ""
    assert document.undo_stack.count() == 2 and document.undo_stack.index() == 0


def test_changing_the_layout_mode_is_the_documents_layout_mode_change(qtbot, forms):
    document, forms = forms
    seen = []
    document.layoutModeChanged.connect(lambda: seen.append(document.layout_mode))
    choose(editor(forms, "Layout.LayoutMode"), 3)
    assert seen == [3] and document.undo_stack.count() == 1


# --- which fields apply ------------------------------------------------------------------------

def test_encode_and_control_fields_follow_record_and_layout_mode(qtbot, forms):
    document, forms = forms
    width, fps = editor(forms, "Encode.VideoWidth"), editor(forms, "Encode.VideoFps")
    main_user = editor(forms, "Layout.MainVideoStream.Index")
    silence = editor(forms, "Control.MaxSilenceSeconds")
    interpolation = editor(forms, "Control.FrameInterpolationMode")
    # Vertical layout: the output size applies, and the main picture.
    assert width.isEnabled() and fps.isEnabled() and main_user.isEnabled()
    assert not silence.isEnabled() and "single-stream" in silence.toolTip()
    assert not interpolation.isEnabled() and "automatic layouts" in interpolation.toolTip()

    document.set_layout_mode(2)
    assert not width.isEnabled() and "canvas" in width.toolTip()
    assert not main_user.isEnabled() and "vertical layout" in main_user.toolTip()
    assert interpolation.isEnabled()

    document.set_layout_mode(0)
    assert not width.isEnabled() and "adaptive layout" in width.toolTip()

    document.set_field("RecordMode", 1)
    assert not width.isEnabled() and "own resolution" in width.toolTip()
    layout_mode = editor(forms, "Layout.LayoutMode")
    assert "Single-stream recording" in layout_mode.toolTip()
    assert silence.isEnabled() and interpolation.isEnabled() and fps.isEnabled()

    document.set_field("RecordMode", 0)
    document.set_layout_mode(3)
    assert width.isEnabled() and not silence.isEnabled()


def test_audio_only_recording_disables_video_and_enables_the_audio_formats(qtbot, forms):
    document, forms = forms
    mp3 = forms.findChild(QCheckBox, "forms.FileFormat.MP3")
    assert not mp3.isEnabled() and "audio alone" in mp3.toolTip()
    document.set_field("Control.MediaType", 1)
    fps = editor(forms, "Encode.VideoFps")  # set in BODY: it stays editable, with the reason
    assert fps.isEnabled() and "no video" in fps.toolTip()
    assert not editor(forms, "Encode.VideoBitrate").isEnabled()
    assert "audio" in editor(forms, "Encode.VideoBitrate").toolTip()
    assert editor(forms, "Encode.AudioBitrate").isEnabled()
    assert mp3.isEnabled()


def test_a_field_set_where_it_does_not_apply_stays_editable_so_it_can_be_cleared(qtbot, forms):
    document, forms = forms
    document.set_layout_mode(2)
    document.set_field("Encode.VideoWidth", 1280)
    width = editor(forms, "Encode.VideoWidth")
    assert width.isEnabled() and "canvas" in width.toolTip()
    type_into(qtbot, width, "")
    qtbot.keyClick(width, Qt.Key.Key_Return)
    assert document.get("Encode.VideoWidth") is MISSING and not width.isEnabled()


# --- the declared facts (model/applies.py): the forms and the rules read the same table ------

def _vendor_bodies(vendor: str) -> list[dict]:
    """A grid of bodies across every mode a declaration reads. A new declaration must be both in
    and out of effect somewhere in this grid (checked below), or the grid needs a new axis."""
    if vendor == "qingcloud":
        return [{key: value for key, value in (("is_mixing_enabled", mixing), ("isAudioOnly", audio),
                                               ("isVideoOnly", video)) if value is not None}
                for mixing in (0, 1) for audio in (None, 0, 1) for video in (None, 0, 1)]
    out = []
    for record_mode in (0, 1):
        for layout_mode in (0, 1, 2, 3):
            for storage_type in (0, 1):
                for formats in (["HLS"], ["MP4"]):
                    for media in (None, 1):
                        body = {"RecordMode": record_mode, "FileFormatConfig": {"FileFormat": formats},
                                "StorageConfig": {"Type": storage_type}}
                        if record_mode == 0:
                            body["Layout"] = {"LayoutMode": layout_mode}
                        if media is not None:
                            body["Control"] = {"MediaType": media}
                        if record_mode == 0 or layout_mode == 0:  # single-stream: one body per other axis
                            out.append(body)
    return out


def _sample(path: str, vendor: str, declared: applies.AppliesWhen):
    """A valid value for `path` that is not harmless (it takes effect where the field applies),
    read from the field's declared limits: a new declaration needs no sample written here."""
    if declared.values:
        return [declared.values[0]]
    lim = limits_for(path, vendor)
    if lim.kind == "object":
        children = {p[len(path) + 1:]: p for p in LIMITS[vendor]
                    if p.startswith(path + ".") and "." not in p[len(path) + 1:] and "[" not in p[len(path) + 1:]}
        wanted = {k: p for k, p in children.items() if limits_for(p, vendor).required} or dict(list(children.items())[:1])
        return {k: _sample(p, vendor, applies.AppliesWhen((), bool, "", "", "")) for k, p in wanted.items()}
    if lim.choices:
        return next(c for c in lim.choices if c not in declared.harmless)
    if lim.kind == "bool":
        return next(v for v in (True, False) if v not in declared.harmless)
    if lim.kind in ("int", "float"):
        start = lim.default if lim.default is not None else (lim.minimum if lim.minimum is not None else 1)
        return lim.clamp(start)
    if lim.kind == "list":
        return ["shows"]
    return "host"


def _put(body: dict, path: str, value) -> dict:
    body = copy.deepcopy(body)
    node = body
    *parents, key = path.split(".")
    for part in parents:
        node = node.setdefault(part, {})
    if value is MISSING:
        node.pop(key, None)
    else:
        node[key] = value
    return body


def _check(vendor: str, body: dict):
    return (volcengine if vendor == "volcengine" else qingcloud).check_start(body, draft=True)


@pytest.mark.parametrize("vendor", sorted(applies.DECLARED))
def test_the_forms_and_the_rules_agree_on_every_declared_fact(vendor):
    """For every declared field, in every body of the grid with the field set and without it: the
    rules object to the field (a problem of a declaration covering it, at its place) exactly when
    the forms' reader gives a reason to disable it; and every declaration is in and out of effect
    somewhere. The facts are declared once, so this drives any new declaration too."""
    declared = applies.declarations(vendor)
    assert declared
    seen_on, seen_off = set(), set()
    for base in _vendor_bodies(vendor):
        for number, decl in enumerate(declared):
            for path in decl.paths:
                covering = [d for d in declared if any(path == q or path.startswith(q + ".") for q in d.paths)
                            and bool(d.values) == bool(decl.values)]
                places = {path, *(q for d in covering for q in d.paths if path.startswith(q + ".")),
                          *(d.at for d in covering if d.at)}
                rules = {d.rule for d in covering}
                with_it = _put(base, path, _sample(path, vendor, decl))
                without = _put(base, path, MISSING)

                def objections(body):
                    return {(p.path, p.rule, p.message) for p in _check(vendor, body)
                            if p.rule in rules and p.path in places}

                objected = objections(with_it) - objections(without)
                if decl.values:
                    reason = reader.audio_format_reasons(with_it).get(decl.values[0])
                else:
                    reason = reader.reason_for(reader.vendor_reasons(with_it, vendor), path)
                assert bool(objected) == (reason is not None), (vendor, path, with_it, objected, reason)
                (seen_on if decl.when(with_it) else seen_off).add(number)
                if not decl.when(with_it):
                    assert objected and reason is not None, (vendor, path, with_it)
    assert seen_on == seen_off == set(range(len(declared))), "a declaration the grid never turns on or off"


@pytest.mark.parametrize("vendor", sorted(applies.DECLARED))
def test_the_forms_disable_exactly_the_declared_fields(qtbot, vendor):
    """The window's editors, across the grid: an editor is disabled (with the declaration's reason)
    exactly where a declaration covering it is out of effect; every declared path has an editor."""
    start = {"project_id": "p1"} if vendor == "qingcloud" else BODY
    document, forms = make_forms(qtbot, vendor, start)
    editors = forms.editors()
    for decl in applies.declarations(vendor):
        if decl.values:
            assert all(forms.findChild(QCheckBox, f"forms.FileFormat.{v}") for v in decl.values)
            continue
        for path in decl.paths:
            assert any(e.path == path or e.path.startswith(path + ".") for e in editors), path
    bodies = _vendor_bodies(vendor)
    for body in bodies[:: max(1, len(bodies) // 12)]:
        for key in ("RecordMode", "Control", "FileFormatConfig", "StorageConfig", "is_mixing_enabled",
                    "isAudioOnly", "isVideoOnly", "Encode", "Layout", "FileNameConfig"):
            if key != "Layout" or "Layout" not in body:
                document.set_field(key, copy.deepcopy(body.get(key, MISSING)))
        if "Layout" in body:
            document.set_layout_mode(body["Layout"]["LayoutMode"])
        expected = applies.reasons(document.to_body(), vendor)
        for forms_editor in forms.editors():
            want = applies.reason_for(expected, forms_editor.path)
            assert forms_editor.reason == want, (forms_editor.path, body)
            if want is not None and document.get(forms_editor.path) is MISSING:
                assert not forms_editor.widget.isEnabled() and html.escape(want) in forms_editor.widget.toolTip()
        if vendor == "volcengine":
            mp3 = forms.findChild(QCheckBox, "forms.FileFormat.MP3")
            assert mp3.isEnabled() == ("MP3" not in applies.value_reasons(document.to_body(), vendor))


# --- names -----------------------------------------------------------------------------------

def test_every_editor_is_named_by_a_real_api_path_and_labelled(qtbot, forms):
    document, forms = forms
    document.set_field("ExcludeStreams.StreamList", [{"UserId": "guest"}])
    named = [w for w in forms.findChildren(QWidget) if w.objectName().startswith("field.")]
    paths = {w.objectName()[len("field."):] for w in named}
    for path in paths:
        limits_for(path)  # a real StartRecord path (KeyError otherwise)
    for forms_editor in forms.editors():
        assert forms_editor.widget.accessibleName() == forms_editor.label
        assert forms_editor.widget.objectName() == f"field.{forms_editor.path}"
    # Each form row's visible label is its editor's accessible name.
    for form in forms.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and field.widget() and field.widget().objectName().startswith("field."):
                assert isinstance(label.widget(), QLabel) and label.widget().text() == field.widget().accessibleName()
    # Built from the model: every Encode, Control and storage field has its editor, no secret has one.
    expected = {p for p, lim in volcengine.LIMITS.items()
                if p.startswith(("Encode.", "Control.", "StorageConfig.")) and lim.kind != "object" and not lim.secret}
    assert expected <= paths
    assert not [p for p in paths if limits_for(p).secret]
    assert {"ExcludeStreams.StreamList[0].UserId", "ExcludeStreams.StreamList[0].StreamType",
            "Layout.MainVideoStream.UserId", "FileFormatConfig.FileFormat", "FileNameConfig.Prefix",
            "FileNameConfig.Pattern", "RecordMode", "Layout.LayoutMode"} <= paths
    internal = (QAbstractSpinBox, QComboBox)
    unnamed = [type(w).__name__ for cls in (QLineEdit, QAbstractSpinBox, QComboBox) for w in forms.findChildren(cls)
               if not w.objectName() and not isinstance(w.parent(), internal)]
    assert unnamed == []


# --- file names ------------------------------------------------------------------------------

def example(forms) -> list[str]:
    return forms.findChild(QWidget, "forms.fileNameExample").toPlainText().splitlines()


def test_the_file_name_example_follows_the_form(qtbot, forms):
    document, forms = forms
    for path, value in {
        "TaskId": "mytask123456789", "RoomId": "myroom99991234",
        "FileFormatConfig.FileFormat": ["MP4"],
        "FileNameConfig.Prefix": ["directory1", "directory2"],
        "FileNameConfig.Pattern": "{TaskId}_{RoomId}_{StartTime}_{Duration}",
    }.items():
        document.set_field(path, value)
    (name,) = example(forms)
    assert re.fullmatch(r"directory1/directory2/mytask123456789_myroom99991234_1645769481126_000030_[0-9a-f]{8}\.mp4",
                        name)
    choose(editor(forms, "StorageConfig.Type"), 1)  # VOD ignores the prefix
    (name,) = example(forms)
    assert name.startswith("mytask123456789_")
    assert "ignored" in forms.findChild(QLabel, "forms.fileNameExample.note").text()
    document.set_field("FileNameConfig.Pattern", "{TaskId}" * 20)
    (name,) = example(forms)
    assert len(name) == 128 + len(".mp4") and name.endswith("~.mp4")
    document.set_field("FileFormatConfig.FileFormat", ["MP4", "HLS"])
    assert [n.rsplit(".", 1)[1] for n in example(forms)] == ["mp4", "m3u8"]


def test_a_variable_button_inserts_at_the_cursor_as_one_step(qtbot, forms):
    document, forms = forms
    pattern = editor(forms, "FileNameConfig.Pattern")
    type_into(qtbot, pattern, "ab")
    pattern.setCursorPosition(1)
    forms.findChild(QWidget, "forms.Pattern.insert.TaskId").click()
    assert document.get("FileNameConfig.Pattern") == "a{TaskId}b"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert pattern.text() == ""


def test_formats_are_a_multi_select_and_none_checked_means_the_default(qtbot, forms):
    document, forms = forms
    hls, mp4 = (forms.findChild(QCheckBox, f"forms.FileFormat.{f}") for f in ("HLS", "MP4"))
    assert hls.isChecked() and document.get("FileFormatConfig.FileFormat") is MISSING  # the default, not written
    mp4.click()
    assert document.get("FileFormatConfig.FileFormat") == ["MP4", "HLS"] and document.undo_stack.count() == 1
    mp4.click()
    hls.click()
    assert document.get("FileFormatConfig.FileFormat") is MISSING and hls.isChecked()


def open_row_editor(qtbot, items) -> QLineEdit:
    qtbot.waitUntil(lambda: items.viewport().findChild(QLineEdit) is not None and
                    items.viewport().findChild(QLineEdit).isVisible())
    line = items.viewport().findChild(QLineEdit)
    line.setFocus()
    return line


def test_prefix_folders_are_a_list(qtbot, forms):
    document, forms = forms
    assert forms.focus_field("FileNameConfig.Prefix")  # the File tab, as the producer sees it
    add = forms.findChild(QWidget, "forms.FileNameConfig.Prefix.add")
    items = editor(forms, "FileNameConfig.Prefix")
    add.click()
    line = open_row_editor(qtbot, items)
    assert document.get("FileNameConfig.Prefix") is MISSING  # nothing is written until a name is given
    qtbot.keyClicks(line, "shows")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.get("FileNameConfig.Prefix") == ["shows"])
    assert document.undo_stack.count() == 1
    items.item(0).setText("series")
    assert document.get("FileNameConfig.Prefix") == ["series"]
    forms.findChild(QWidget, "forms.FileNameConfig.Prefix.remove").click()
    assert document.get("FileNameConfig.Prefix") is MISSING and "FileNameConfig" not in document.to_body()


@pytest.mark.parametrize("leave", ["escape", "empty enter"])
def test_a_folder_added_and_left_leaves_no_segment_in_the_object_key(qtbot, forms, leave):
    """Add then Escape left a literal "folder" segment in every object key."""
    document, forms = forms
    document.set_field("FileNameConfig.Prefix", ["shows"])
    document.end_merge()
    steps = document.undo_stack.count()
    before = example(forms)
    assert forms.focus_field("FileNameConfig.Prefix")
    items = editor(forms, "FileNameConfig.Prefix")
    forms.findChild(QWidget, "forms.FileNameConfig.Prefix.add").click()
    line = open_row_editor(qtbot, items)
    if leave == "escape":
        qtbot.keyClicks(line, "draft")
        qtbot.keyClick(line, Qt.Key.Key_Escape)
    else:
        qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: items.count() == 1)
    qtbot.wait(10)
    assert document.get("FileNameConfig.Prefix") == ["shows"]
    assert document.undo_stack.count() == steps
    assert [items.item(i).text() for i in range(items.count())] == ["shows"]
    assert example(forms) == before and not any("folder" in name or "draft" in name for name in example(forms))


# --- streams ---------------------------------------------------------------------------------

def test_excluded_streams_are_a_small_editable_list(qtbot, forms):
    document, forms = forms
    forms.findChild(QWidget, "forms.ExcludeStreams.StreamList.add").click()
    assert document.get("ExcludeStreams.StreamList") == [{"Index": 0}]
    user = editor(forms, "ExcludeStreams.StreamList[0].UserId")
    type_into(qtbot, user, "guest")
    qtbot.keyClick(user, Qt.Key.Key_Return)
    assert document.get("ExcludeStreams.StreamList") == [{"Index": 0, "UserId": "guest"}]
    forms.findChild(QWidget, "forms.ExcludeStreams.StreamList[0].remove").click()
    assert "ExcludeStreams" not in document.to_body()
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    assert editor(forms, "ExcludeStreams.StreamList[0].UserId").text() == "guest"


def test_the_main_picture_can_be_picked_from_the_streams(qtbot, forms):
    document, forms = forms
    pick = forms.findChild(QComboBox, "forms.MainVideoStream.pick")
    assert pick.isEnabled() and pick.count() == 2
    pick.activated.emit(1)
    assert document.get("Layout.MainVideoStream") == {"Index": 1, "UserId": "slides", "StreamType": 1}
    assert editor(forms, "Layout.MainVideoStream.UserId").text() == "slides"
    assert document.undo_stack.count() == 1
    document.set_layout_mode(2)
    assert not pick.isEnabled()


# --- storage ---------------------------------------------------------------------------------

def test_the_storage_type_switches_the_sub_form_and_s3_keys_have_no_editor(qtbot, forms):
    document, forms = forms
    tabs = forms.findChild(QWidget, "forms.tabs")
    tabs.setCurrentIndex(3)
    assert editor(forms, "StorageConfig.TosConfig.Bucket").isVisible()
    choose(editor(forms, "StorageConfig.Type"), 1)
    assert editor(forms, "StorageConfig.VodConfig.Space").isVisible()
    assert not editor(forms, "StorageConfig.TosConfig.Bucket").isVisible()
    choose(editor(forms, "StorageConfig.Type"), 2)
    assert editor(forms, "StorageConfig.CustomConfig.Vendor").isVisible()
    for key in ("AccessKey", "SecretKey"):
        assert forms.findChild(QWidget, f"field.StorageConfig.CustomConfig.{key}") is None
        note = forms.findChild(QLabel, f"forms.StorageConfig.CustomConfig.{key}.note")
        assert note.isVisible() and "keyring" in note.text()
    assert not [w for w in forms.findChildren(QLineEdit) if w.echoMode() != QLineEdit.EchoMode.Normal]


# --- problems --------------------------------------------------------------------------------

def test_problems_mark_their_editors_and_a_field_can_be_focused(qtbot, forms):
    document, forms = forms
    document.set_field("ExcludeStreams.StreamList", [{"UserId": "host"}])
    unplaced = forms.mark_problems([
        error("StorageConfig.TosConfig.Bucket", "must not be empty"),
        warning("Encode.VideoFps", "is unusually high"),
        error("ExcludeStreams.StreamList[0]", "is also in TargetStreams"),
        error("Layout.CustomLayout.Regions[0].Width", "is too wide"),
    ])
    assert [p.path for p in unplaced] == ["Layout.CustomLayout.Regions[0].Width"]
    bucket = editor(forms, "StorageConfig.TosConfig.Bucket")
    assert bucket.property("problem") is True and bucket.property("problemSeverity") == "error"
    assert "must not be empty" in bucket.toolTip()
    assert editor(forms, "Encode.VideoFps").property("problemSeverity") == "warning"
    assert "also in TargetStreams" in editor(forms, "ExcludeStreams.StreamList[0].UserId").toolTip()

    assert forms.focus_field("StorageConfig.TosConfig.Bucket")
    tabs = forms.findChild(QWidget, "forms.tabs")
    assert tabs.tabText(tabs.currentIndex()) == "Storage" and forms.focusWidget() is bucket
    assert forms.focus_field("ExcludeStreams.StreamList[0]")
    assert tabs.tabText(tabs.currentIndex()) == "Recording"
    assert forms.focusWidget() is editor(forms, "ExcludeStreams.StreamList[0].UserId")
    assert not forms.focus_field("StorageConfig.VodConfig.Space")  # TOS is chosen: VOD's form is hidden
    assert not forms.focus_field("Layout.CustomLayout.Regions[0].Width")

    forms.mark_problems([])
    assert bucket.property("problem") is False and "must not be empty" not in bucket.toolTip()


# --- QingCloud ---------------------------------------------------------------------------------

def test_a_qingcloud_document_gets_its_own_compact_form(qtbot):
    document, forms = make_forms(qtbot, "qingcloud", {"project_id": "p1", "is_mixing_enabled": 0})
    paths = {w.objectName()[len("field."):] for w in forms.findChildren(QWidget) if w.objectName().startswith("field.")}
    assert paths == {"isAudioOnly", "isVideoOnly", "mixed_video_audio", "layout_mode", "stream_type",
                     "is_mixing_enabled", "project_id"}
    for path in paths:
        assert not limits_for(path, "qingcloud").secret
    assert "keyring" in forms.findChild(QLabel, "forms.sign_key.note").text()
    layout_mode = editor(forms, "layout_mode")
    assert not layout_mode.isEnabled() and "mixed recording" in layout_mode.toolTip()
    choose(editor(forms, "is_mixing_enabled"), 1)
    assert layout_mode.isEnabled()
    choose(layout_mode, 2)
    assert document.get("layout_mode") == 2 and document.undo_stack.count() == 2
    choose(editor(forms, "isAudioOnly"), 1)
    assert not editor(forms, "isVideoOnly").isEnabled() and not editor(forms, "mixed_video_audio").isEnabled()
    assert editor(forms, "project_id").text() == "p1"
    document.undo_stack.undo()
    assert editor(forms, "isVideoOnly").isEnabled()


def test_scrolling_the_page_over_an_editor_changes_nothing(qtbot, forms):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    document, forms = forms
    for path in ("Encode.VideoFps", "Encode.VideoCodec"):
        widget = editor(forms, path)
        widget.clearFocus()
        centre = QPointF(widget.rect().center())
        wheel = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, wheel)
    assert document.undo_stack.count() == 0


def test_a_field_in_a_spelling_the_api_also_takes_shows_in_its_editor(qtbot):
    """The seed's own example writes TosConfig.UserAccountId; the API takes it as AccountId."""
    from support import seed_example

    from mixframe.ui.forms import RequestForms
    from mixframe.ui.request_document import RequestDocument

    body = seed_example()
    assert "UserAccountId" in body["StorageConfig"]["TosConfig"]
    doc = RequestDocument("volcengine", body)
    forms = RequestForms(doc)
    qtbot.addWidget(forms)
    account = forms.findChild(QWidget, "field.StorageConfig.TosConfig.AccountId")
    assert account.text() == body["StorageConfig"]["TosConfig"]["UserAccountId"]
    assert doc.to_body()["StorageConfig"]["TosConfig"] == {
        "AccountId": body["StorageConfig"]["TosConfig"]["UserAccountId"],
        **{k: v for k, v in body["StorageConfig"]["TosConfig"].items() if k != "UserAccountId"}}
