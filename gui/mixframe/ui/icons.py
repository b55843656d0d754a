"""Small icons drawn with QPainter, so they look the same on every platform and theme."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 32


def _pen(colour: QColor, width: float = 2.4) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _lock(p: QPainter, closed: bool) -> None:
    p.drawRoundedRect(QRectF(7, 14, 18, 13), 2, 2)
    path = QPainterPath()
    if closed:
        path.moveTo(11, 14)
        path.lineTo(11, 10)
        path.arcTo(QRectF(11, 4, 10, 12), 180, -180)
        path.lineTo(21, 14)
    else:
        path.moveTo(11, 14)
        path.lineTo(11, 10)
        path.arcTo(QRectF(11, 4, 10, 12), 180, -160)
    p.drawPath(path)


def _eye(p: QPainter, open_: bool) -> None:
    path = QPainterPath()
    path.moveTo(4, 16)
    path.quadTo(16, 4, 28, 16)
    path.quadTo(16, 28, 4, 16)
    p.drawPath(path)
    p.drawEllipse(QPointF(16, 16), 4, 4)
    if not open_:
        p.drawLine(QPointF(6, 26), QPointF(26, 6))


def _align(p: QPainter, edge: str) -> None:
    vertical_line = edge in ("left", "hcenter", "right")
    if vertical_line:
        x = {"left": 5, "hcenter": 16, "right": 27}[edge]
        p.drawLine(QPointF(x, 3), QPointF(x, 29))
        for y, w in ((7, 16), (18, 10)):
            left = {"left": 7, "hcenter": 16 - w / 2, "right": 25 - w}[edge]
            p.drawRect(QRectF(left, y, w, 7))
    else:
        y = {"top": 5, "vcenter": 16, "bottom": 27}[edge]
        p.drawLine(QPointF(3, y), QPointF(29, y))
        for x, h in ((7, 16), (18, 10)):
            top = {"top": 7, "vcenter": 16 - h / 2, "bottom": 25 - h}[edge]
            p.drawRect(QRectF(x, top, 7, h))


def _distribute(p: QPainter, axis: str) -> None:
    for i in range(3):
        if axis == "horizontal":
            p.drawRect(QRectF(4 + i * 9, 9, 6, 14))
        else:
            p.drawRect(QRectF(9, 4 + i * 9, 14, 6))


def _record(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#d0342c"))
    p.drawEllipse(QPointF(16, 16), 10, 10)


def _stop(p: QPainter) -> None:
    p.setBrush(p.pen().color())
    p.drawRoundedRect(QRectF(8, 8, 16, 16), 2, 2)


def icon(name: str, colour: str | None = None) -> QIcon:
    """An icon by name: lock, unlock, eye, eye-off, align-<edge>, distribute-<axis>, record, stop.
    Drawn in the palette's button-text colour unless `colour` is given, so it reads on light and
    dark themes (the record dot is red on both)."""
    if colour is None:
        from PySide6.QtGui import QGuiApplication, QPalette

        colour = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    return _drawn(name, colour)


@lru_cache(maxsize=None)
def _drawn(name: str, colour: str) -> QIcon:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(_pen(QColor(colour)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    if name in ("lock", "unlock"):
        _lock(p, name == "lock")
    elif name in ("eye", "eye-off"):
        _eye(p, name == "eye")
    elif name.startswith("align-"):
        _align(p, name[len("align-"):])
    elif name.startswith("distribute-"):
        _distribute(p, name[len("distribute-"):])
    elif name == "record":
        _record(p)
    elif name == "stop":
        _stop(p)
    p.end()
    return QIcon(pixmap)
