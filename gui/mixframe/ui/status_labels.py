"""The window's status bar labels: the cursor, the zoom, the selection, the streams, and the note
that an automatic layout is a preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from mixframe.ui.document import MAX_STREAMS, LayoutDocument


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the window's words, wherever they moved


class StatusLabels:
    """The labels of one status bar, and what each says."""

    def __init__(self, status: QStatusBar):
        def label(name: str) -> QLabel:
            made = QLabel(status)
            made.setObjectName(name)
            made.setContentsMargins(8, 0, 8, 0)
            return made

        self.cursor = label("status.cursor")
        self.zoom = label("status.zoom")
        self.selection = label("status.selection")
        self.streams = label("status.streams")
        self.mode = label("status.preview")
        self.mode.setVisible(False)
        status.addWidget(self.mode, 1)
        for permanent in (self.cursor, self.zoom, self.selection, self.streams):
            status.addPermanentWidget(permanent)
        self.cursor.setText(tr("x —, y —"))

    def show_document(self, doc: LayoutDocument, zoom: float | None) -> None:
        """The selection's bounds, the streams counted, the canvas's zoom (None: no canvas)."""
        selected = [doc.region(i) for i in doc.selection]
        if not selected:
            self.selection.setText(tr("No selection"))
        else:
            left = min(r.x for r in selected)
            top = min(r.y for r in selected)
            right = max(r.right for r in selected)
            bottom = max(r.bottom for r in selected)
            self.selection.setText(
                tr("{count} selected · {w} × {h} px").format(count=len(selected), w=right - left, h=bottom - top)
            )
        self.streams.setText(tr("Streams {count} / {limit}").format(count=len(doc.streams), limit=MAX_STREAMS))
        self.zoom.setText(tr("Zoom {percent} %").format(percent=round(zoom * 100)) if zoom else "")

    def show_cursor(self, x: float, y: float) -> None:
        self.cursor.setText(tr("x {x}, y {y}").format(x=int(x), y=int(y)))

    def show_preview(self, mode: str | None) -> None:
        """Say the canvas previews the automatic layout `mode` (None: it is the layout itself)."""
        if mode is not None:
            self.mode.setText(tr("Preview of the automatic layout “{mode}”: the service places the pictures, "
                                 "so there is nothing to move here.").format(mode=mode))
        self.mode.setVisible(mode is not None)
