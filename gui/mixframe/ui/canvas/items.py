"""The graphics item of one Region: a view of the document, never its own truth.

The item shows what the server will compose for its region (through the compositor) with the
stream's label on top. Where it stands, how big it is and whether it shows all come from the
document: `sync()` reads them. Selection outlines, handles and guides are drawn by the scene's
foreground, above every region, like OBS does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from mixframe.model.layout import STREAM_SCREEN, Region
from mixframe.render.compositor import (
    PictureBudget,
    PictureRefused,
    load_picture,
    paint_region,
    stream_caption,
    test_card,
)

if TYPE_CHECKING:
    from mixframe.ui.document import LayoutDocument

# The source frame a test card stands for (a camera, or a full-HD screen share).
CAMERA_SOURCE = (1280, 720)
SCREEN_SOURCE = (1920, 1080)

LABEL_SCREEN_PX = 12  # label font size in screen pixels, whatever the zoom
LOCK_PIXELS = 32
_LOCK_PIXMAP = None


def lock_badge():
    """The white lock drawn before a locked region's caption (made once)."""
    global _LOCK_PIXMAP
    if _LOCK_PIXMAP is None:
        from mixframe.ui.icons import icon

        _LOCK_PIXMAP = icon("lock", "#ffffff").pixmap(LOCK_PIXELS, LOCK_PIXELS)
    return _LOCK_PIXMAP


_BUDGET = object()  # the key of the scene's PictureBudget in the shared pictures dict


class RegionItem(QGraphicsItem):
    """One stream's region on the canvas, at (LocationX, LocationY) in scene = canvas pixels."""

    def __init__(self, document: "LayoutDocument", stream_index: int, images: dict):
        super().__init__()
        self.document = document
        self.stream_index = stream_index
        self._images = images  # path -> QImage, shared by the scene
        self._region: Region | None = None
        self._margin = 0.0
        self._bounds = QRectF()
        # The composed picture is cached at device resolution: a move is a blit.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(False)
        self.sync()

    @property
    def region(self) -> Region:
        return self._region

    def sync(self) -> None:
        """Take position, size, layer and visibility from the document."""
        region = self.document.region(self.stream_index)
        old = self._region
        if old is None or (old.width, old.height) != (region.width, region.height):
            self.prepareGeometryChange()
        self._region = region
        self._update_bounds()
        self.setPos(region.x, region.y)
        position = [r.stream_index for r in self.document.layout.regions].index(self.stream_index)
        self.setZValue(region.z_order + position / 1000.0)
        self.setVisible(not self.document.is_hidden(self.stream_index))
        if old is None or _looks(old) != _looks(region):
            self.update()

    def set_margin(self, margin: float) -> None:
        """Room around the region for the selection outline and handles (in scene units)."""
        if margin != self._margin:
            self.prepareGeometryChange()
            self._margin = margin
            self._update_bounds()

    def _update_bounds(self) -> None:
        m = self._margin
        self._bounds = QRectF(-m, -m, self._region.width + 2 * m, self._region.height + 2 * m)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def shape(self):  # hit-testing covers the region only, not the handle margin
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addRect(QRectF(0, 0, self._region.width, self._region.height))
        return path

    def source_image(self) -> QImage:
        path = self.document.image(self.stream_index)
        if path:
            image = self._images.get(path)
            if image is None:
                # A regular file within the size and pixel caps, decoded once for every region; the
                # scene's pictures together within one budget (the scene keeps them all).
                budget = self._images.setdefault(_BUDGET, PictureBudget())
                try:
                    image = load_picture(path, budget)
                except (PictureRefused, OSError):
                    image = QImage()  # the test card stands in, as for a missing file
                self._images[path] = image
            if not image.isNull():
                return image
        stream = self.document.stream(self.stream_index)
        w, h = SCREEN_SOURCE if stream.stream_type == STREAM_SCREEN else CAMERA_SOURCE
        return test_card(stream, w, h)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        region = self._region
        stream = self.document.stream(self.stream_index)
        painter.save()
        painter.translate(-region.x, -region.y)
        paint_region(painter, region, self.source_image(), self.document.canvas, stream=stream)
        painter.restore()
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()) or 1.0
        label = stream_caption(stream)
        locked = self.document.is_locked(self.stream_index)
        font = QFont()
        font.setPixelSize(max(1, int(round(LABEL_SCREEN_PX / lod))))
        painter.setFont(font)
        metrics_h = LABEL_SCREEN_PX * 1.6 / lod
        # The lock is drawn, not typed: an emoji needs a font many systems lack.
        badge = metrics_h if locked else 0.0
        width = painter.fontMetrics().horizontalAdvance(label) + 10 / lod + badge
        box = QRectF(0, 0, min(region.width, width), metrics_h)
        if box.height() <= region.height:
            painter.fillRect(box, QColor(0, 0, 0, 150))
            if locked:
                painter.drawPixmap(QRectF(2 / lod, 2 / lod, badge - 4 / lod, badge - 4 / lod),
                                   lock_badge(), QRectF(0, 0, LOCK_PIXELS, LOCK_PIXELS))
            painter.setPen(QPen(QColor(255, 255, 255)))
            painter.drawText(box.adjusted(5 / lod + badge, 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)


def _looks(region: Region) -> tuple:
    """Everything about a region that changes its picture (not where it stands)."""
    return (region.width, region.height, region.crop, region.alpha, region.render_mode,
            region.corner_radius, region.media_type, region.z_order)
