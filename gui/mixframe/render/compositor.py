"""The composed frame: draws a CanvasLayout the way the recording service will compose it.

One compositor serves the canvas editor (which paints with `paint_layout` or the per-region
calls inside its own paint event) and ``mixframe render`` (which calls `compose`). QtGui only.

The rules it follows, from the StartRecord field table:

- Canvas.Background is the frame's colour; a BackgroundImage is scaled to cover the whole
  canvas and hides the colour.
- A region's source is cut by SourceCrop (proportions of the source frame) first, then scaled
  into the region by RenderMode: 0 and 3 stretch, 1 crops to the region's aspect and fills,
  2 fits and centres, the bars showing the canvas background colour.
- Alpha is the region's opacity. CornerRadius is a ratio of the canvas WIDTH; a radius larger
  than half the region's shorter side gives no rounding at all.
- MediaType 1 (audio only) mixes no picture: the region shows an audio card.
- AlternateImage stands in for a stream that is not published, scaled per RenderMode
  (AlternateImageFillMode 0) or keeping the image's aspect (1).
- Regions are painted in ascending ZOrder; equal ZOrders keep the request's order.

Speed: the cropped, scaled and rounded picture of each region is prepared once and cached,
keyed by the region's size, crop, mode, radius and the source's identity, so repainting a
frame is one blit per region.
"""

from __future__ import annotations

import os
import stat
import zlib
from collections import OrderedDict
from pathlib import Path
from typing import Any, Collection, Hashable, Mapping, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QImageReader,
    QPainter,
    QPen,
    QPolygonF,
)

from mixframe.fs.bounded import FileTooLarge, NotARegularFile, read_regular_file
from mixframe.model.problems import printable
from mixframe.model.values import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    MAX_TOTAL_IMAGE_PIXELS,
    PICTURE_NOT_A_FILE,
    PICTURE_OVER_BUDGET,
    PICTURE_TOO_LARGE_FILE,
    PICTURE_TOO_MANY_PIXELS,
    PICTURE_UNREADABLE,
    size_text,
)
from mixframe.model.layout import (
    MEDIA_AUDIO_ONLY,
    RENDER_FILL,
    RENDER_FIT,
    STREAM_SCREEN,
    Canvas,
    CanvasLayout,
    Region,
    StreamRef,
)

# A stream's frame is assumed 1280x720 unless a local image stands in for it.
SOURCE_WIDTH = 1280
SOURCE_HEIGHT = 720

FILL_KEEP_ASPECT = 1  # AlternateImageFillMode 1

_PREPARED_BUDGET = 192 * 1024 * 1024  # bytes of cached region pictures
_CARD_LIMIT = 96  # cached test cards


def tr(text: str) -> str:
    return QCoreApplication.translate("Compositor", text)


def stream_kind(stream: StreamRef) -> str:
    """The stream type in the producer's words: camera or screen, translated."""
    return tr("screen") if stream.stream_type == STREAM_SCREEN else tr("camera")


def stream_caption(stream: StreamRef) -> str:
    """How a stream is named on the canvas, e.g. "alice (camera)"."""
    return tr("{user} ({kind})").format(user=stream.user_id, kind=stream_kind(stream))


class _ImageCache:
    """An LRU of QImages bounded by total bytes (or by count when `max_items` is given)."""

    def __init__(self, max_bytes: int = 0, max_items: int = 0):
        self._items: OrderedDict[Hashable, QImage] = OrderedDict()
        self._bytes = 0
        self.max_bytes = max_bytes
        self.max_items = max_items
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> QImage | None:
        image = self._items.get(key)
        if image is None:
            self.misses += 1
            return None
        self.hits += 1
        self._items.move_to_end(key)
        return image

    def put(self, key: Hashable, image: QImage) -> QImage:
        old = self._items.pop(key, None)
        if old is not None:
            self._bytes -= old.sizeInBytes()
        self._items[key] = image
        self._bytes += image.sizeInBytes()
        while self._items and (
            (self.max_bytes and self._bytes > self.max_bytes and len(self._items) > 1)
            or (self.max_items and len(self._items) > self.max_items)
        ):
            _, dropped = self._items.popitem(last=False)
            self._bytes -= dropped.sizeInBytes()
        return image

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._items)


_cards = _ImageCache(max_items=_CARD_LIMIT)
_prepared = _ImageCache(max_bytes=_PREPARED_BUDGET)
_backgrounds = _ImageCache(max_items=4)


def clear_caches() -> None:
    """Forget every cached card, prepared region picture and decoded picture file."""
    _cards.clear()
    _prepared.clear()
    _backgrounds.clear()
    _pictures.clear()
    _refusals.clear()
    _decoded[0] = 0


def cache_stats() -> dict[str, int]:
    """Hits and misses of the prepared-region cache (for tests and the benchmark)."""
    return {"hits": _prepared.hits, "misses": _prepared.misses, "items": len(_prepared)}


# --- picture files ----------------------------------------------------------------------------
#
# Every picture the app draws from a local file (an editor's stand-in picture for a stream, a
# BackgroundImage or AlternateImage naming a local file) is read here: a regular file only, at
# most MAX_IMAGE_BYTES of it, and its size read from its header before anything is decoded. A
# picture larger than MAX_IMAGE_PIXELS is refused; the different pictures of one document share
# MAX_TOTAL_IMAGE_PIXELS (`PictureBudget`). The same file (same device, inode, size and time) is
# decoded once, however many regions show it.

_pictures = _ImageCache(max_bytes=MAX_TOTAL_IMAGE_PIXELS * 4)
_refusals: OrderedDict[Hashable, "PictureRefused"] = OrderedDict()
_REFUSALS_KEPT = 64
_decoded = [0]  # picture files decoded since the caches were cleared


class PictureRefused(Exception):
    """A picture file that is not drawn, said as a problem of the field naming it: `template`
    (marked under "Problems") and its `params`. The picture is left out; nothing else fails."""

    def __init__(self, template: str, *, over_budget: bool = False, **params: Any):
        self.template = template
        self.params = params
        self.over_budget = over_budget  # the document's pictures together, not this file alone
        super().__init__(template.format_map(params))


class PictureBudget:
    """The pixels the different pictures of one document may decode to together; a picture
    counted once however often it is used."""

    def __init__(self, total: int | None = None):
        self.total = MAX_TOTAL_IMAGE_PIXELS if total is None else total
        self.used = 0
        self._counted: set[Hashable] = set()

    def take(self, key: Hashable, pixels: int, name: str, width: int, height: int) -> None:
        if key in self._counted:
            return
        if self.used + pixels > self.total:
            raise PictureRefused(PICTURE_OVER_BUDGET,
                                 over_budget=True, name=name, width=width, height=height,
                                 limit=round(self.total / 1_000_000, 1))
        self.used += pixels
        self._counted.add(key)


def _read_picture_file(path: str, name: str) -> bytes:
    try:
        return read_regular_file(path, MAX_IMAGE_BYTES)
    except NotARegularFile:  # a FIFO or a folder swapped in after the stat: never waited on
        raise PictureRefused(PICTURE_NOT_A_FILE, name=name) from None
    except FileTooLarge:
        raise PictureRefused(PICTURE_TOO_LARGE_FILE, name=name, cap=size_text(MAX_IMAGE_BYTES)) from None


def _decode_picture(key: Hashable, path: str, name: str, budget: PictureBudget | None) -> QImage:
    data = QByteArray(_read_picture_file(path, name))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()  # from the header: nothing is decoded yet
    if not size.isValid() or size.isEmpty():
        raise PictureRefused(PICTURE_UNREADABLE, name=name)
    width, height = size.width(), size.height()
    if width * height > MAX_IMAGE_PIXELS:
        raise PictureRefused(PICTURE_TOO_MANY_PIXELS,
                             name=name, width=width, height=height, limit=round(MAX_IMAGE_PIXELS / 1_000_000, 1))
    if budget is not None:
        budget.take(key, width * height, name, width, height)
    image = reader.read()
    _decoded[0] += 1
    if image.isNull() or image.width() * image.height() > MAX_IMAGE_PIXELS:
        raise PictureRefused(PICTURE_UNREADABLE, name=name)
    return image


def load_picture(path: str | os.PathLike, budget: PictureBudget | None = None) -> QImage:
    """The picture in the local file `path`, decoded once and shared; PictureRefused (said of
    the field that names it) when it is not drawn: not a regular file, too large a file, too
    many pixels, past the document's `budget`, not a picture. FileNotFoundError and the other
    OSErrors of a file that cannot be opened pass through."""
    path = os.fspath(path)
    name = printable(Path(path).name)
    try:
        st = os.stat(path)
    except ValueError:  # a NUL, or text no file name can hold: no such file
        raise FileNotFoundError(f"no file named {name!r}") from None
    if not stat.S_ISREG(st.st_mode):
        raise PictureRefused(PICTURE_NOT_A_FILE, name=name)
    key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
    image = _pictures.get(key)
    if image is not None:
        if budget is not None:
            budget.take(key, image.width() * image.height(), name, image.width(), image.height())
        return image
    refused = _refusals.get(key)
    if refused is not None:
        raise PictureRefused(refused.template, **{**refused.params, "name": name})
    try:
        image = _decode_picture(key, path, name, budget)
    except PictureRefused as exc:
        if not exc.over_budget:  # the file's own fault: remembered, so a repaint does not read it again
            _refusals[key] = exc
            while len(_refusals) > _REFUSALS_KEPT:
                _refusals.popitem(last=False)
        raise
    return _pictures.put(key, image)


def picture_decodes() -> int:
    """How many picture files have been decoded since the caches were cleared (for tests)."""
    return _decoded[0]


# --- colours ---------------------------------------------------------------------------------


def background_color(canvas: Canvas) -> QColor:
    """Canvas.Background as a QColor; an unreadable value falls back to the default black."""
    color = QColor(canvas.background) if isinstance(canvas.background, str) else QColor()
    return color if color.isValid() else QColor(0, 0, 0)


def user_color(user_id: str) -> QColor:
    """A stable colour per UserId, the same in every run and on every machine."""
    # surrogatepass: a UserId that is not Unicode (refused by the checks) still gets a colour.
    h = zlib.crc32(user_id.encode("utf-8", "surrogatepass"))
    return QColor.fromHsv(h % 360, 120 + (h >> 9) % 60, 150 + (h >> 17) % 50)


def corner_radius_px(region: Region, canvas: Canvas) -> float:
    """The rounding radius in pixels: CornerRadius × Canvas.Width, or 0 when it is too large.

    The seed: the radius may not exceed half the region's shorter side, else no rounding shows.
    """
    radius = float(region.corner_radius or 0) * canvas.width
    if radius <= 0 or radius > min(region.width, region.height) / 2:
        return 0.0
    return radius


# --- placeholder pictures --------------------------------------------------------------------

_BARS = ((191, 191, 191), (191, 191, 0), (0, 191, 191), (0, 191, 0),
         (191, 0, 191), (191, 0, 0), (0, 0, 191))


def _font(pixel_size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    return font


def test_card(stream: StreamRef | None, width: int = SOURCE_WIDTH,
              height: int = SOURCE_HEIGHT) -> QImage:
    """A placeholder video frame for `stream`: colour bars and a circle on the user's colour.

    Labelled with the UserId and the stream type (camera or screen); a screen stream shows a
    window outline instead of the circle. The same stream and size give the same cached image.
    `stream` None gives a grey "no stream" card.
    """
    width, height = max(1, int(width)), max(1, int(height))
    key = (stream, width, height)
    cached = _cards.get(key)
    if cached is not None:
        return cached
    image = QImage(width, height, QImage.Format.Format_RGB32)
    base = user_color(stream.user_id) if stream is not None else QColor(96, 96, 96)
    image.fill(base)
    p = QPainter(image)
    try:
        _paint_card(p, stream, base, width, height)
    finally:
        p.end()  # a painter left active on an image that is freed crashes the process
    return _cards.put(key, image)


def _paint_card(p: QPainter, stream: StreamRef | None, base: QColor, width: int, height: int) -> None:
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Colour bars across the top third: distortion and crop show in their edges.
    bar_h = height // 3
    for i, rgb in enumerate(_BARS):
        x0 = i * width // len(_BARS)
        x1 = (i + 1) * width // len(_BARS)
        p.fillRect(QRect(x0, 0, x1 - x0, bar_h), QColor(*rgb))
    # A thin grid over the coloured part, so stretching is visible.
    p.setPen(QPen(base.lighter(135), max(1, height // 240)))
    step = max(4, height // 9)
    for x in range(0, width, step):
        p.drawLine(x, bar_h, x, height)
    for y in range(bar_h, height, step):
        p.drawLine(0, y, width, y)
    # A circle (a head) for a camera, a window for a screen: both turn oval when stretched.
    band_top = height * 0.78
    size = min(width * 0.36, (band_top - bar_h) * 0.8)
    centre = QPointF(width / 2, (bar_h + band_top) / 2)
    p.setPen(QPen(QColor(255, 255, 255, 230), max(1.0, height / 120)))
    p.setBrush(base.darker(130))
    if stream is not None and stream.stream_type == STREAM_SCREEN:
        rect = QRectF(centre.x() - size * 0.8, centre.y() - size * 0.45, size * 1.6, size * 0.9)
        p.drawRect(rect)
        p.drawLine(rect.topLeft() + QPointF(0, size * 0.14), rect.topRight() + QPointF(0, size * 0.14))
    else:
        p.drawEllipse(centre, size / 2, size / 2)
    # The label: UserId, then the stream type, centred so a crop-to-fill keeps it readable.
    if stream is not None:
        title, subtitle = stream.user_id, f"{stream_kind(stream)} · #{stream.index}"
    else:
        title, subtitle = tr("no stream"), ""
    band = QRectF(0, band_top, width, height - band_top)
    p.fillRect(band, QColor(0, 0, 0, 150))
    p.setPen(QColor(255, 255, 255))
    p.setFont(_font(int(band.height() * 0.45), bold=True))
    p.drawText(band.adjusted(width * 0.03, 0, -width * 0.03, -band.height() * 0.4),
               Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, title)
    if subtitle:
        p.setFont(_font(int(band.height() * 0.28)))
        p.drawText(band.adjusted(width * 0.03, band.height() * 0.55, -width * 0.03, 0),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, subtitle)


test_card.__test__ = False  # a picture maker, not a pytest test


def _draw_audio_card(p: QPainter, w: int, h: int, stream: StreamRef | None) -> None:
    """A dark tile with a speaker glyph and waveform bars: MediaType 1 mixes only the sound."""
    p.fillRect(QRect(0, 0, w, h), QColor(30, 34, 38))
    accent = user_color(stream.user_id) if stream is not None else QColor(150, 150, 150)
    s = min(w, h) * 0.28
    cx, cy = w / 2 - s * 0.55, h / 2 - (h * 0.08 if stream is not None else 0)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(220, 224, 228))
    glyph = QPolygonF([
        QPointF(cx - s * 0.5, cy - s * 0.2), QPointF(cx - s * 0.2, cy - s * 0.2),
        QPointF(cx + s * 0.15, cy - s * 0.5), QPointF(cx + s * 0.15, cy + s * 0.5),
        QPointF(cx - s * 0.2, cy + s * 0.2), QPointF(cx - s * 0.5, cy + s * 0.2),
    ])
    p.drawPolygon(glyph)
    # Waveform bars to the right of the speaker, in the user's colour.
    p.setBrush(accent.lighter(130))
    bar_w = max(1.0, s * 0.1)
    for i, amp in enumerate((0.35, 0.7, 1.0, 0.55, 0.8)):
        bh = s * amp
        x = cx + s * 0.35 + i * bar_w * 1.8
        p.drawRoundedRect(QRectF(x, cy - bh / 2, bar_w, bh), bar_w / 2, bar_w / 2)
    if stream is not None and h >= 24:
        p.setPen(QColor(220, 224, 228))
        p.setFont(_font(max(1, int(min(h * 0.1, w * 0.08)))))
        p.drawText(QRectF(0, cy + s * 0.65, w, h - (cy + s * 0.65)),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                   f"{stream.user_id} · {tr('audio only')}")


# --- one region ------------------------------------------------------------------------------


def _crop_rect(source: QImage, region: Region) -> QRect:
    """SourceCrop as an integer rectangle of `source` (clipped to it, at least one pixel)."""
    sw, sh = source.width(), source.height()
    c = region.crop
    x0 = min(max(float(c.x), 0.0), 1.0) * sw
    y0 = min(max(float(c.y), 0.0), 1.0) * sh
    x1 = min(max(float(c.x) + float(c.w), 0.0), 1.0) * sw
    y1 = min(max(float(c.y) + float(c.h), 0.0), 1.0) * sh
    left, top = min(int(round(x0)), sw - 1), min(int(round(y0)), sh - 1)
    right, bottom = max(int(round(x1)), left + 1), max(int(round(y1)), top + 1)
    return QRect(left, top, right - left, bottom - top)


def _scaled(source: QImage, rect: QRect, size: QSize) -> QImage:
    part = source if rect == source.rect() else source.copy(rect)
    if part.size() == size:
        return part
    return part.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                       Qt.TransformationMode.SmoothTransformation)


def _draw_scaled(p: QPainter, source: QImage, src: QRect, w: int, h: int, mode: int,
                 bars: QColor) -> None:
    """`src` of `source` into a w×h box by RenderMode."""
    if mode == RENDER_FILL:
        # Cut the source to the box's aspect, centred, then scale to cover the box.
        if src.width() * h > w * src.height():
            cw = max(1, round(src.height() * w / h))
            src = QRect(src.x() + (src.width() - cw) // 2, src.y(), cw, src.height())
        else:
            ch = max(1, round(src.width() * h / w))
            src = QRect(src.x(), src.y() + (src.height() - ch) // 2, src.width(), ch)
        p.drawImage(0, 0, _scaled(source, src, QSize(w, h)))
    elif mode == RENDER_FIT:
        p.fillRect(QRect(0, 0, w, h), bars)
        scale = min(w / src.width(), h / src.height())
        tw = max(1, min(w, round(src.width() * scale)))
        th = max(1, min(h, round(src.height() * scale)))
        p.drawImage((w - tw) // 2, (h - th) // 2, _scaled(source, src, QSize(tw, th)))
    else:  # 0 and 3: stretch to the box
        p.drawImage(0, 0, _scaled(source, src, QSize(w, h)))


def _round(content: QImage, radius: float) -> QImage:
    out = QImage(content.size(), QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    p = QPainter(out)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(content))
        p.drawRoundedRect(QRectF(0, 0, content.width(), content.height()), radius, radius)
    finally:
        p.end()
    return out


def prepared_region(region: Region, source: QImage | None, canvas: Canvas,
                    alternate: QImage | None = None, stream: StreamRef | None = None) -> QImage:
    """The region's picture at its own size, before Alpha: cropped, scaled, rounded. Cached."""
    w, h = max(1, int(region.width)), max(1, int(region.height))
    radius = corner_radius_px(region, canvas)
    bars = background_color(canvas)
    audio = region.media_type == MEDIA_AUDIO_ONLY
    use_alt = not audio and alternate is not None and not alternate.isNull()
    if audio:
        what: tuple = ("audio", stream)
    elif use_alt:
        mode = RENDER_FIT if region.alternate_image_fill_mode == FILL_KEEP_ASPECT else region.render_mode
        what = ("alt", alternate.cacheKey(), mode)
    else:
        if source is None or source.isNull():
            source = test_card(stream)
        c = region.crop
        what = ("video", source.cacheKey(), region.render_mode, c.x, c.y, c.w, c.h)
    key = (what, w, h, radius, bars.rgb())
    cached = _prepared.get(key)
    if cached is not None:
        return cached
    content = QImage(w, h, QImage.Format.Format_RGB32)
    p = QPainter(content)
    try:
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if audio:
            _draw_audio_card(p, w, h, stream)
        elif use_alt:
            _draw_scaled(p, alternate, alternate.rect(), w, h, mode, bars)
        else:
            _draw_scaled(p, source, _crop_rect(source, region), w, h, region.render_mode, bars)
    finally:
        p.end()
    return _prepared.put(key, _round(content, radius) if radius else content)


def paint_region(p: QPainter, region: Region, source: QImage | None, canvas: Canvas,
                 alternate: QImage | None = None, *, stream: StreamRef | None = None) -> None:
    """Paint one region onto `p`, whose coordinates are canvas pixels.

    `source` is the stream's frame (a test card or a local image; None draws the stream's test
    card). `alternate`, a loaded AlternateImage, is drawn instead of the video, as the service
    does for a stream that is not published. `stream` labels the audio-only card.
    """
    image = prepared_region(region, source, canvas, alternate, stream)
    alpha = min(max(float(region.alpha), 0.0), 1.0)
    if alpha <= 0:
        return
    if alpha < 1:
        before = p.opacity()
        p.setOpacity(before * alpha)
        p.drawImage(int(region.x), int(region.y), image)
        p.setOpacity(before)
    else:
        p.drawImage(int(region.x), int(region.y), image)


# --- the whole frame -------------------------------------------------------------------------


def paint_background(p: QPainter, canvas: Canvas, background_image: QImage | None = None) -> None:
    """Canvas.Background, or `background_image` scaled to cover the canvas.

    When Canvas.BackgroundImage is set but no image could be loaded for it, the colour is drawn
    with a faint "background image" note, so the preview does not pretend to show it.
    """
    rect = QRect(0, 0, int(canvas.width), int(canvas.height))
    if background_image is not None and not background_image.isNull():
        key = (background_image.cacheKey(), rect.width(), rect.height())
        scaled = _backgrounds.get(key)
        if scaled is None:
            scaled = _backgrounds.put(key, background_image.scaled(
                rect.size(), Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        p.drawImage(0, 0, scaled)
        return
    color = background_color(canvas)
    p.fillRect(rect, color)
    if canvas.background_image:
        ink = QColor(255, 255, 255, 70) if color.lightness() < 128 else QColor(0, 0, 0, 70)
        p.save()
        pen = QPen(ink, max(1, rect.height() // 360), Qt.PenStyle.DashLine)
        p.setPen(pen)
        inset = max(2, rect.height() // 90)
        p.drawRect(rect.adjusted(inset, inset, -inset - 1, -inset - 1))
        p.setFont(_font(max(8, rect.height() // 40)))
        p.drawText(rect.adjusted(inset * 3, inset * 3, -inset * 3, -inset * 3),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                   tr("background image"))
        p.restore()


def paint_order(layout: CanvasLayout) -> list[Region]:
    """The regions bottom to top: ascending ZOrder, ties in the request's order."""
    indexed = sorted(enumerate(layout.regions), key=lambda ir: (ir[1].z_order, ir[0]))
    return [r for _, r in indexed]


def paint_layout(p: QPainter, layout: CanvasLayout, streams: Sequence[StreamRef],
                 images: Mapping[int, QImage] | None = None, hidden: Collection[int] = (),
                 background_image: QImage | None = None,
                 alternates: Mapping[int, QImage] | None = None) -> None:
    """Paint the whole frame onto `p` (canvas pixel coordinates), allocating nothing per call
    beyond cache misses.

    `images` maps a StreamIndex to a local picture standing in for that stream's video;
    otherwise its test card is used. `hidden` holds StreamIndexes the editor hides. A region
    whose StreamIndex matches no stream is a stream that is not published: it shows its
    AlternateImage when `alternates` has one for it, else a "no stream" card.
    """
    canvas = layout.canvas
    paint_background(p, canvas, background_image)
    by_index = {s.index: s for s in streams}
    images = images or {}
    alternates = alternates or {}
    for region in paint_order(layout):
        if region.stream_index in hidden:
            continue
        stream = by_index.get(region.stream_index)
        source = images.get(region.stream_index)
        alternate = None
        if stream is None:
            alternate = alternates.get(region.stream_index)
            if source is None:
                source = test_card(None)
        elif source is None:
            source = test_card(stream)
        paint_region(p, region, source, canvas, alternate, stream=stream)


def compose(layout: CanvasLayout, streams: Sequence[StreamRef],
            images: Mapping[int, QImage] | None = None, hidden: Collection[int] = (),
            background_image: QImage | None = None,
            alternates: Mapping[int, QImage] | None = None) -> QImage:
    """The whole frame at canvas size, as the service will compose it (see `paint_layout`)."""
    canvas = layout.canvas
    frame = QImage(max(1, int(canvas.width)), max(1, int(canvas.height)),
                   QImage.Format.Format_RGB32)
    p = QPainter(frame)
    try:
        paint_layout(p, layout, streams, images, hidden, background_image, alternates)
    finally:
        p.end()  # an exception must not leave the painter on a frame about to be freed (a crash)
    return frame


__all__ = [
    "SOURCE_WIDTH", "SOURCE_HEIGHT", "test_card", "paint_background", "paint_region",
    "paint_layout", "paint_order", "compose", "prepared_region", "corner_radius_px",
    "background_color", "user_color", "clear_caches", "cache_stats", "load_picture", "PictureBudget",
    "PictureRefused",
]
