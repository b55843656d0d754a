"""What the window's docks show for the request shown: the inspector, the layers, the streams, the
settings forms, the problems and the Request panel; and finding a field among them.

The settings forms and the Request panel sit behind other tabs: they are built when first asked
for or once the window has painted, whichever comes first (the first paint needs neither).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QScrollArea, QWidget

from mixframe.ui.inspector import Inspector
from mixframe.ui.layers import LayerList
from mixframe.ui.problems import ProblemsList
from mixframe.ui.request_document import RequestDocument
from mixframe.ui.streams import StreamsPanel

if TYPE_CHECKING:
    from mixframe.ui.forms import RequestForms
    from mixframe.ui.request_preview import RequestPreview


class RequestPanels(QObject):
    """The docks' panels of one request at a time (`install` puts another request's in place)."""

    formsBuilt = Signal()  # the settings forms are built (and docked)
    previewBuilt = Signal(object)  # the Request panel is built (and docked)

    def __init__(self, window: QWidget, docks: dict[str, QDockWidget]):
        super().__init__(window)
        self.setObjectName("part.panels")
        self.window = window  # where the fields are looked for
        self.docks = docks  # inspector, layers, streams, settings, problems, request
        self.painted = False  # the window has painted once: nothing more waits
        self.request_doc: RequestDocument | None = None
        self.problems_view: ProblemsList | None = None
        self._forms: RequestForms | None = None
        self._preview: RequestPreview | None = None
        self._marks_timer = QTimer(self)
        self._marks_timer.setSingleShot(True)
        self._marks_timer.setInterval(0)
        self._marks_timer.timeout.connect(self.mark_problems)

    def _dock(self, name: str, panel: QWidget) -> None:
        dock = self.docks[name]
        previous = dock.widget()
        dock.setWidget(panel)
        if previous is not None:
            previous.deleteLater()

    def install(self, request_doc: RequestDocument) -> None:
        """Dock `request_doc`'s panels (the forms and the Request panel too once painted)."""
        self.request_doc = request_doc
        document = request_doc.layout
        defer = not self.painted
        self.problems_view = ProblemsList(request_doc, defer=defer)
        self.problems_view.refreshed.connect(self.mark_problems)
        self.problems_view.problemActivated.connect(self.focus_field)
        self._preview = None
        self._forms = None
        # The request sits behind the problems: built after the first paint (see `request_preview`).
        request_panel = QWidget()
        # The bottom panels may shrink to a line or two: a small window keeps its canvas.
        for panel in (self.problems_view, request_panel):
            panel.setMinimumHeight(56)
        self._dock("inspector", Inspector(document))
        self._dock("layers", LayerList(document))
        self._dock("streams", StreamsPanel(document))
        self._dock("settings", QWidget())  # behind the inspector: built after the first paint (see `forms`)
        self._dock("problems", self.problems_view)
        self._dock("request", request_panel)
        if not defer:
            self._build_forms()
            self._build_request_preview()
        request_doc.changed.connect(self._marks_timer.start)
        if not defer:
            self._marks_timer.start()

    def after_first_paint(self) -> None:
        """The window has painted: build and check what waited for it."""
        self.painted = True
        if self.problems_view is not None:
            self.problems_view.refresh_soon()
        if self._preview is None and self.request_doc is not None:
            self._build_request_preview()
        if self._preview is not None:
            self._preview.refresh_soon()
        if self._forms is None and self.request_doc is not None:
            self._build_forms()
        self._marks_timer.start()

    def set_read_only(self, read_only: bool, streams_editable: bool) -> None:
        """An automatic layout's preview: nothing in the inspector and layers to edit."""
        for name in ("inspector", "layers"):
            if self.docks[name].widget() is not None:
                self.docks[name].widget().setEnabled(not read_only)
        if self.docks["streams"].widget() is not None:
            self.docks["streams"].widget().setEnabled(streams_editable)

    # --- the panels built late ------------------------------------------------------------------------
    @property
    def forms(self) -> RequestForms | None:
        """The settings forms of the request shown (None before one is); built when first asked
        for or once the window has painted, whichever comes first."""
        if self._forms is None and self.request_doc is not None:
            self._build_forms()
        return self._forms

    @property
    def built_forms(self) -> RequestForms | None:
        """The settings forms if they are built yet (asking does not build them)."""
        return self._forms

    @property
    def request_preview(self) -> RequestPreview | None:
        """The Request panel of the request shown (None before one is); built when first asked for
        or once the window has painted, whichever comes first (it sits behind the Problems tab)."""
        if self._preview is None and self.request_doc is not None:
            self._build_request_preview()
        return self._preview

    @property
    def built_request_preview(self) -> RequestPreview | None:
        """The Request panel if it is built yet (asking does not build it)."""
        return self._preview

    def _build_request_preview(self) -> None:
        from mixframe.ui.request_preview import RequestPreview  # not needed for the first paint

        preview = RequestPreview(self.request_doc, defer=not self.painted)
        preview.setMinimumHeight(56)
        self._preview = preview
        self._dock("request", preview)
        self.previewBuilt.emit(preview)

    def _build_forms(self) -> None:
        from mixframe.ui.forms import RequestForms  # not needed for the first paint

        self._forms = RequestForms(self.request_doc)
        self._dock("settings", self._forms)
        self.formsBuilt.emit()
        if self.painted:
            self._marks_timer.start()

    # --- problems and fields ------------------------------------------------------------------------
    def show_problems(self) -> None:
        """Bring the problems list forward."""
        self.docks["problems"].show()
        self.docks["problems"].raise_()
        if self.problems_view is not None:
            self.problems_view.refresh()
            self.problems_view.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def mark_problems(self) -> None:
        """The field in error is marked where it is shown (once per turn of the event loop): every
        problem the Problems list shows, the one verdict Record and the Request panel give too."""
        if self._forms is not None and self.problems_view is not None:
            self._forms.mark_problems(self.problems_view.model.problems)

    def field_editor(self, path: str) -> QWidget | None:
        """The editor of an API path (or of the nearest field above it), wherever it is docked."""
        self.forms  # noqa: B018 - its editors are looked for too
        candidate = re.sub(r"\[\d+\]", "[]", path)
        while candidate:
            found = self.window.findChild(QWidget, f"field.{candidate}")
            if found is not None:
                return found
            candidate = candidate.rpartition(".")[0]
        return None

    def focus_field(self, path: str) -> bool:
        """Show and focus the field `path` names; the problems list calls this on a click."""
        forms = self.forms
        if forms is not None and forms.focus_field(path):
            _raise_dock_of(forms)
            return True
        editor = self.field_editor(path)
        if editor is None or not editor.isEnabled():
            return False
        _raise_dock_of(editor)
        scroll = editor.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.ensureWidgetVisible(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def _raise_dock_of(widget: QWidget | None) -> None:
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    if widget is not None:
        widget.show()
        widget.raise_()
