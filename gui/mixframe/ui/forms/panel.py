"""RequestForms: the request's settings as grouped forms, a view of the RequestDocument.

Every editor is built from the model's limits and choices and named ``field.<API path>``. An edit
is one undo step on the document's stack; the forms follow the document (undo, redo, the canvas),
never the other way round.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mixframe.model import filenames, vendors
from mixframe.model.draft import MISSING
from mixframe.model.limits import limits_for
from mixframe.model.problems import Problem
from mixframe.model.volcengine_api import FILE_FORMATS, STORAGE_CONFIG_KEYS, StorageType
from mixframe.ui.choices import choice_word
from mixframe.ui.forms.applies import audio_format_reasons, reason_for, vendor_reasons
from mixframe.ui.forms.editors import (
    ChoiceEditor,
    FieldEditor,
    FormatsEditor,
    NumberEditor,
    StreamListEditor,
    StringListEditor,
    TextEditor,
    dim,
)
from mixframe.ui.request_document import LAYOUT_MODE, RequestDocument

# The file-name example's sample moment: the seed's worked example (StartTime, Duration 30 s).
EXAMPLE_START_MS = 1645769481126
EXAMPLE_DURATION_S = 30
MAIN_STREAM = "Layout.MainVideoStream"
STORAGE_PAGES = {int(kind): key for kind, key in STORAGE_CONFIG_KEYS.items()}  # StorageConfig.Type → its config



def tr(text: str) -> str:
    return QCoreApplication.translate("RequestForms", text)


def storage_type_of(body: dict) -> object:
    """StorageConfig.Type as written, else its documented default."""
    storage = body.get("StorageConfig")
    if isinstance(storage, dict) and "Type" in storage:
        return storage["Type"]
    return limits_for("StorageConfig.Type").default


def storage_page(body: dict) -> str | None:
    """The config StorageConfig.Type names (TosConfig, VodConfig, CustomConfig); None for a value
    the API does not list (a list, an object, text or a number read from a file)."""
    kind = storage_type_of(body)
    return STORAGE_PAGES.get(kind) if type(kind) is int else None


class RequestForms(QWidget):
    """The request's settings in tabs (Recording, Encode, File, Storage; one compact form for
    QingCloud), for a dock about 380 px wide."""

    def __init__(self, request_doc: RequestDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("requestForms")
        self.document = request_doc
        self._editors: list[FieldEditor] = []
        self._stream_lists: list[StreamListEditor] = []
        self._problems: list[Problem] = []
        self.formats: FormatsEditor | None = None
        self.storage_stack: QStackedWidget | None = None
        self.example: QPlainTextEdit | None = None
        self._example_random = filenames.random_suffix()
        self._frozen: str | None = None
        self.frozen_note = QLabel(self)
        self.frozen_note.setObjectName("forms.frozen")
        self.frozen_note.setWordWrap(True)
        self.frozen_note.setContentsMargins(6, 4, 6, 4)
        self.frozen_note.setVisible(False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("forms.tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frozen_note)
        outer.addWidget(self.tabs)
        if vendors.composes_streams(request_doc.vendor):
            self._build_volcengine()
        else:
            self._build_qingcloud()
        request_doc.fieldsChanged.connect(lambda _paths: self.refresh())
        request_doc.changed.connect(self.refresh)
        self.refresh()

    # --- public ---------------------------------------------------------------------------
    def editors(self) -> list[FieldEditor]:
        """Every field editor, in form order (the rows of the excluded streams included)."""
        rows = [e for lst in self._stream_lists for e in lst.editors()]
        return self._editors + rows

    def field_widget(self, path: str) -> QWidget | None:
        """The widget that edits `path` or the field nearest it (a problem on ``ExcludeStreams
        .StreamList[0]`` goes to that row's UserId), or None when no form edits it."""
        editor = self._editor_for(path)
        return editor.widget if editor is not None else None

    def mark_problems(self, problems: Iterable[Problem]) -> list[Problem]:
        """Frame each editor whose field has a problem (property ``problem`` true, red for an error,
        amber for a warning) with the messages in its tooltip; clears the others. Returns the
        problems no form field shows (the canvas's, the streams panel's, the secrets')."""
        self._problems = list(problems)
        by_editor: dict[FieldEditor, list[Problem]] = defaultdict(list)
        unplaced = []
        for problem in self._problems:
            editor = self._editor_for(problem.path)
            if editor is None:
                unplaced.append(problem)
            else:
                by_editor[editor].append(problem)
        for editor in self.editors():
            editor.set_problems(by_editor.get(editor, []))
        return unplaced

    def focus_field(self, path: str) -> bool:
        """Show the editor of `path` (its tab, scrolled into view) and focus it. False when no
        form edits it, or it is on the page of another storage type, or it is disabled."""
        editor = self._editor_for(path)
        if editor is None:
            return False
        widget = editor.widget
        stack = self.storage_stack
        if stack is not None and stack.isAncestorOf(widget) and not stack.currentWidget().isAncestorOf(widget):
            return False
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(i)
                if isinstance(page, QScrollArea):
                    page.ensureWidgetVisible(widget)
        if not widget.isEnabled():
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_frozen(self, why: str | None) -> None:
        """While a recording runs these settings cannot change (None: they can again). The pages
        stay readable: the tabs still switch and scroll, but every editor on them is disabled,
        with `why` in a note above them and in each editor's tooltip."""
        self._frozen = why
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            content = page.widget() if isinstance(page, QScrollArea) else page
            if content is not None:
                content.setEnabled(why is None)
        self.frozen_note.setText(why or "")
        self.frozen_note.setVisible(why is not None)
        for editor in self.editors():
            editor.set_frozen(why)

    @property
    def frozen(self) -> str | None:
        return self._frozen

    def refresh(self) -> None:
        """Show the document: values, which fields apply, the storage page, the file-name example."""
        rebuilt = False
        for lst in self._stream_lists:
            before = len(lst.rows)
            lst.refresh()
            rebuilt |= len(lst.rows) != before
        for editor in self._editors:
            editor.refresh()
        body = self.document.to_body()
        reasons = vendor_reasons(body, self.document.vendor)
        if vendors.composes_streams(self.document.vendor):
            self.formats.set_format_reasons(audio_format_reasons(body))
            self._refresh_storage_page(body)
            self._refresh_example(body)
            self._refresh_main_stream_choices(reasons)
        for editor in self.editors():
            editor.set_reason(reason_for(reasons, editor.path))
        if rebuilt and self._problems:
            self.mark_problems(self._problems)
        if rebuilt and self._frozen is not None:
            self.set_frozen(self._frozen)

    # --- building -------------------------------------------------------------------------
    def _page(self, title: str, name: str) -> QVBoxLayout:
        scroll = QScrollArea()
        scroll.setObjectName(f"forms.page.{name}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The page fits the dock's width: it scrolls down, never sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        self.tabs.addTab(scroll, title)
        column.addStretch(1)
        return column

    @staticmethod
    def _group(column: QVBoxLayout, title: str, name: str) -> QFormLayout:
        box = QGroupBox(title)
        box.setObjectName(f"forms.group.{name}")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.insertWidget(column.count() - 1, box)  # above the closing stretch
        return form

    def _add(self, form: QFormLayout, editor: FieldEditor, widget: QWidget | None = None) -> FieldEditor:
        form.addRow(editor.label, widget or editor.widget)
        self._editors.append(editor)
        return editor

    def _number(self, form: QFormLayout, path: str, label: str, placeholder: str = "") -> FieldEditor:
        editor = self._add(form, NumberEditor(self.document, path, label, self))
        if placeholder:
            editor.widget.lineEdit().setPlaceholderText(placeholder)
        return editor

    def _choice(self, form: QFormLayout, path: str, label: str, write=None) -> FieldEditor:
        return self._add(form, ChoiceEditor(self.document, path, label, self, write=write))

    def _text(self, form: QFormLayout, path: str, label: str, placeholder: str = "") -> FieldEditor:
        return self._add(form, TextEditor(self.document, path, label, self, placeholder=placeholder))

    def _build_volcengine(self) -> None:
        self._build_recording_tab()
        self._build_encode_tab()
        self._build_file_tab()
        self._build_storage_tab()

    def _build_recording_tab(self) -> None:
        column = self._page(tr("Recording"), "recording")
        form = self._group(column, tr("Mode"), "mode")
        self._choice(form, "RecordMode", tr("Record mode"))
        self._choice(form, LAYOUT_MODE, tr("Layout"), write=self._write_layout_mode)

        form = self._group(column, tr("Main picture (vertical layout)"), "mainStream")
        self.main_stream_pick = QComboBox()
        self.main_stream_pick.setObjectName("forms.MainVideoStream.pick")
        self.main_stream_pick.setAccessibleName(tr("Pick from the streams"))
        self.main_stream_pick.setToolTip(tr("Fill in the main picture from one of the recorded streams"))
        self.main_stream_pick.activated.connect(self._main_stream_picked)
        form.addRow(tr("From streams"), self.main_stream_pick)
        user = self._text(form, f"{MAIN_STREAM}.UserId", tr("User"), placeholder=tr("UserId"))
        self._user_ids = QStringListModel(self)
        user.widget.setCompleter(QCompleter(self._user_ids, user.widget))
        self._choice(form, f"{MAIN_STREAM}.StreamType", tr("Type"))
        self._number(form, f"{MAIN_STREAM}.Index", tr("Index"))

        form = self._group(column, tr("Excluded streams"), "excludeStreams")
        excluded = StreamListEditor(self.document, "ExcludeStreams.StreamList", tr("Excluded streams"), self)
        form.addRow(dim(QLabel(tr("Camera streams in the room that are not recorded. The recorded streams are "
                                  "in the Streams panel."))))
        form.addRow(excluded.widget)
        self._stream_lists.append(excluded)

        form = self._group(column, tr("Control"), "control")
        self._choice(form, "Control.MediaType", tr("Subscribe to"))
        self._choice(form, "Control.FrameInterpolationMode", tr("Fill gaps with"))
        self._number(form, "Control.MaxSilenceSeconds", tr("Max interruption (s)"))
        self._number(form, "Control.MaxIdleTime", tr("Idle timeout (s)"))
        self._number(form, "Control.MaxRecordTime", tr("Max duration (s)"), placeholder=tr("0 (no limit)"))
        self._choice(form, "Control.EnableSyncUpload", tr("Upload while recording"))

    def _build_encode_tab(self) -> None:
        column = self._page(tr("Encode"), "encode")
        form = self._group(column, tr("Video"), "video")
        self._number(form, "Encode.VideoWidth", tr("Width (px)"))
        self._number(form, "Encode.VideoHeight", tr("Height (px)"))
        self._number(form, "Encode.VideoFps", tr("Frame rate (fps)"))
        self._number(form, "Encode.VideoBitrate", tr("Bitrate (kbps)"), placeholder=tr("0 (adaptive)"))
        self._choice(form, "Encode.VideoCodec", tr("Codec"))
        self._number(form, "Encode.VideoGop", tr("Keyframe interval (s)"))
        form = self._group(column, tr("Audio"), "audio")
        self._choice(form, "Encode.AudioCodec", tr("Codec"))
        self._choice(form, "Encode.AudioProfile", tr("Profile"))
        self._number(form, "Encode.AudioBitrate", tr("Bitrate (kbps)"), placeholder=tr("automatic"))
        self._choice(form, "Encode.AudioSampleRate", tr("Sample rate"))
        self._choice(form, "Encode.AudioChannels", tr("Channels"))

    def _build_file_tab(self) -> None:
        column = self._page(tr("File"), "file")
        form = self._group(column, tr("Formats"), "formats")
        self.formats = FormatsEditor(self.document, "FileFormatConfig.FileFormat", tr("Formats"), FILE_FORMATS, self)
        self._add(form, self.formats)

        form = self._group(column, tr("File name"), "fileName")
        prefix = StringListEditor(self.document, "FileNameConfig.Prefix", tr("Folders"), self)
        self._add(form, prefix, prefix.container)
        pattern = self._text(form, "FileNameConfig.Pattern", tr("Pattern"), placeholder=filenames.DEFAULT_PATTERN)
        self.pattern_edit = pattern.widget
        buttons = QWidget()
        grid = QGridLayout(buttons)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        for i, variable in enumerate(filenames.VARIABLES):
            button = QToolButton(buttons)
            button.setText(f"{{{variable}}}")
            button.setObjectName(f"forms.Pattern.insert.{variable}")
            button.setToolTip(tr("Insert {variable} at the cursor").format(variable=f"{{{variable}}}"))
            button.setAccessibleName(button.toolTip())
            # The pattern keeps the focus and its cursor while a variable is clicked in.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _c=False, v=variable: self.insert_variable(v))
            grid.addWidget(button, i // 3, i % 3)
        form.addRow(buttons)
        self.example = QPlainTextEdit()
        self.example.setObjectName("forms.fileNameExample")
        self.example.setAccessibleName(tr("Example file name"))
        self.example.setReadOnly(True)
        self.example.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.example.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.example.setFrameShape(QFrame.Shape.StyledPanel)
        self.example.setMaximumHeight(self.example.fontMetrics().lineSpacing() * 5 + 12)
        form.addRow(QLabel(tr("Example")))
        form.addRow(self.example)
        self.example_note = dim(QLabel())
        self.example_note.setObjectName("forms.fileNameExample.note")
        form.addRow(self.example_note)

    def _build_storage_tab(self) -> None:
        column = self._page(tr("Storage"), "storage")
        form = self._group(column, tr("Storage"), "storage")
        self._choice(form, "StorageConfig.Type", tr("Store in"))
        self.storage_stack = QStackedWidget()
        self.storage_stack.setObjectName("forms.storage.pages")
        form.addRow(self.storage_stack)
        self._storage_pages: dict[str, QWidget] = {}
        for config in STORAGE_PAGES.values():
            page = QWidget()
            page.setObjectName(f"forms.storage.{config}")
            page_form = QFormLayout(page)
            page_form.setContentsMargins(0, 0, 0, 0)
            page_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            base = f"StorageConfig.{config}"
            if config == STORAGE_CONFIG_KEYS[StorageType.S3]:
                self._choice(page_form, f"{base}.Vendor", tr("Vendor"))
            else:
                self._text(page_form, f"{base}.AccountId", tr("Account ID"))
            self._number(page_form, f"{base}.Region", tr("Region code"))
            if config == STORAGE_CONFIG_KEYS[StorageType.VOD]:
                self._text(page_form, f"{base}.Space", tr("Space"))
                self._choice(page_form, f"{base}.StorageClass", tr("Storage class"))
                self._choice(page_form, f"{base}.AutoSetFileExtension", tr("Set file extension"))
            else:
                self._text(page_form, f"{base}.Bucket", tr("Bucket"))
            if config == STORAGE_CONFIG_KEYS[StorageType.S3]:
                # The S3 keys are secrets: they never enter the draft, a preset or an export.
                for key, label in (("AccessKey", tr("Access key")), ("SecretKey", tr("Secret key"))):
                    note = dim(QLabel(tr("kept in the account's keyring (Accounts…)")))
                    note.setObjectName(f"forms.{base}.{key}.note")
                    note.setAccessibleName(label)
                    page_form.addRow(label, note)
            self.storage_stack.addWidget(page)
            self._storage_pages[config] = page

    def _build_qingcloud(self) -> None:
        column = self._page(tr("Recording"), "recording")
        form = self._group(column, tr("Recording"), "recording")
        self._choice(form, "is_mixing_enabled", tr("Record mode"))
        self._choice(form, "layout_mode", tr("Layout"))
        self._choice(form, "stream_type", tr("Video stream"))
        form.addRow(dim(QLabel(tr("The output resolution and audio profile of a mixed recording are set per "
                                  "app in QingCloud's console."))))
        form = self._group(column, tr("Media"), "media")
        self._choice(form, "isAudioOnly", tr("Audio only"))
        self._choice(form, "isVideoOnly", tr("Video only"))
        self._choice(form, "mixed_video_audio", tr("Audio and video files"))
        form = self._group(column, tr("Project"), "project")
        self._text(form, "project_id", tr("Project ID"))
        note = dim(QLabel(tr("kept in the account's keyring (Accounts…)")))
        note.setObjectName("forms.sign_key.note")
        note.setAccessibleName(tr("Project key"))
        form.addRow(tr("Project key"), note)

    # --- editing that is more than one field ----------------------------------------------
    def insert_variable(self, variable: str) -> None:
        """Insert ``{variable}`` at the pattern's cursor and write the pattern (one undo step)."""
        line = self.pattern_edit
        line.insert(f"{{{variable}}}")
        self.document.set_field("FileNameConfig.Pattern", line.text().strip() or MISSING,
                                tr("Insert {variable}").format(variable=f"{{{variable}}}"))
        self.document.end_merge()

    def _write_layout_mode(self, value) -> None:
        if value is MISSING:
            self.document.set_field(LAYOUT_MODE, MISSING, tr("Change layout mode"))
            self.document.end_merge()
        else:
            self.document.set_layout_mode(value)

    def _target_streams(self) -> list[dict]:
        streams = self.document.get("TargetStreams.StreamList")
        return [s for s in streams if isinstance(s, dict)] if isinstance(streams, list) else []

    def _refresh_main_stream_choices(self, reasons: dict[str, str]) -> None:
        streams = self._target_streams()
        combo = self.main_stream_pick
        combo.blockSignals(True)
        combo.clear()
        for number, stream in enumerate(streams):  # the item holds its place: Qt cannot hold every value a file has
            kind = choice_word("TargetStreams.StreamList[].StreamType", stream.get("StreamType", 0))
            combo.addItem(f"{stream.get('UserId', '?')} · {kind} · {stream.get('Index', 0)}", number)
        combo.setCurrentIndex(-1)
        combo.setPlaceholderText(tr("Choose a stream…") if streams else tr("No streams yet"))
        combo.setEnabled(bool(streams) and reason_for(reasons, f"{MAIN_STREAM}.UserId") is None)
        combo.blockSignals(False)
        self._user_ids.setStringList([str(s.get("UserId")) for s in streams if s.get("UserId")])

    def _main_stream_picked(self, index: int) -> None:
        number, streams = self.main_stream_pick.itemData(index), self._target_streams()
        stream = streams[number] if isinstance(number, int) and 0 <= number < len(streams) else None
        if isinstance(stream, dict) and stream != self.document.get(MAIN_STREAM):
            self.document.set_field(MAIN_STREAM, dict(stream), tr("Choose the main picture"))
            self.document.end_merge()
        self.main_stream_pick.setCurrentIndex(-1)

    def _refresh_storage_page(self, body: dict) -> None:
        config = storage_page(body) or STORAGE_PAGES[0]
        self.storage_stack.setCurrentWidget(self._storage_pages[config])

    def _refresh_example(self, body: dict) -> None:
        names = filenames.example_object_names(body, start_time_ms=EXAMPLE_START_MS, duration_s=EXAMPLE_DURATION_S,
                                               random=lambda: self._example_random)
        self.example.setPlainText("\n".join(names))
        if storage_type_of(body) == StorageType.VOD:
            note = tr("VOD: Pattern + 8 random characters; the prefix is ignored.")
        else:
            note = tr("Prefix + Pattern + 8 random characters, cut at {length} characters with ~.").format(
                length=filenames.MAX_NAME)
        self.example_note.setText(note + " " + tr("Sample ids, start time and duration."))

    # --- finding ----------------------------------------------------------------------------
    def _editor_for(self, path: str) -> FieldEditor | None:
        editors = self.editors()
        above = [e for e in editors if path == e.path or path.startswith((e.path + ".", e.path + "["))]
        if above:
            return max(above, key=lambda e: len(e.path))
        below = [e for e in editors if e.path.startswith((path + ".", path + "["))]
        return below[0] if below else None
