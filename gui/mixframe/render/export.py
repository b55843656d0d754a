"""``mixframe render``: a request (and its editor section) drawn to a PNG, as the canvas shows it.

The custom layout (Volcengine LayoutMode 2) is drawn from ``Layout.CustomLayout``; the
automatic modes are drawn from the previews in `mixframe.model.templates`. Pictures come from
local files only: the editor's placeholder images, and a BackgroundImage or AlternateImage
that names a local file. Nothing is fetched from the network.
"""

from __future__ import annotations

import errno
import os
from typing import Mapping
from urllib.parse import unquote, urlparse

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage

from mixframe.model.problems import QT_TRANSLATE_NOOP, DocumentError, Problem, printable, warning
from mixframe.model.scene import DEFAULT_PLACEHOLDER_STREAMS, scene_for
from mixframe.render.compositor import PictureBudget, PictureRefused, compose, load_picture

__all__ = ["DEFAULT_PLACEHOLDER_STREAMS", "ensure_gui_application", "render_image", "render_image_noting",
           "render_to_png", "scene_for"]

_app: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["mixframe-render"])
    return _app


def _local_file(url: str) -> str | None:
    """The local path a BackgroundImage/AlternateImage names, if it names an existing local path."""
    if not url:
        return None
    parsed = urlparse(url)
    if parsed.scheme == "file":
        path = unquote(parsed.path)
    elif parsed.scheme and len(parsed.scheme) > 1:
        return None  # http(s) and the like: the preview never fetches
    else:
        path = url
    return path if os.path.exists(path) else None


class _Pictures:
    """The pictures of one drawing: read through `load_picture` within one budget; a picture
    not drawn becomes a warning at the field that names it. A file that is missing or cannot be
    opened is left out quietly, as before (a preset may come from another machine)."""

    def __init__(self) -> None:
        self.budget = PictureBudget()
        self.notes: list[Problem] = []

    def load(self, path: str | None, field: str) -> QImage | None:
        if not path:
            return None
        try:
            return load_picture(path, self.budget)
        except PictureRefused as exc:
            self.notes.append(warning(field, exc.template, "picture-not-drawn", **exc.params))
        except OSError:
            pass
        return None


def _editor_images(editor: Mapping | None, pictures: _Pictures) -> tuple[dict[int, QImage], set[int]]:
    images: dict[int, QImage] = {}
    hidden: set[int] = set()
    if not isinstance(editor, Mapping):
        return images, hidden
    entries = editor.get("regions") or []
    for i, entry in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("stream_index"), int):
            continue
        index = entry["stream_index"]
        if entry.get("hidden") is True:
            hidden.add(index)
        path = entry.get("image")
        if isinstance(path, str) and path and os.path.exists(path):
            image = pictures.load(path, f"editor.regions[{i}].image")
            if image is not None:
                images[index] = image
    return images, hidden


def render_image(request: Mapping, editor: Mapping | None = None, vendor: str = "volcengine",
                 placeholders: int = DEFAULT_PLACEHOLDER_STREAMS) -> QImage:
    """The composed frame of `request` as a QImage at the output size."""
    return render_image_noting(request, editor, vendor, placeholders)[0]


def render_image_noting(request: Mapping, editor: Mapping | None = None, vendor: str = "volcengine",
                        placeholders: int = DEFAULT_PLACEHOLDER_STREAMS) -> tuple[QImage, list[Problem]]:
    """The composed frame, and a warning for each picture file that was not drawn."""
    ensure_gui_application()
    scene, streams = scene_for(request, vendor, placeholders)
    pictures = _Pictures()
    images, hidden = _editor_images(editor, pictures)
    background = pictures.load(_local_file(scene.canvas.background_image),
                               "Layout.CustomLayout.Canvas.BackgroundImage")
    alternates = {}
    for i, r in enumerate(scene.regions):
        alt = pictures.load(_local_file(r.alternate_image), f"Layout.CustomLayout.Regions[{i}].AlternateImage")
        if alt is not None:
            alternates[r.stream_index] = alt
    return compose(scene, streams, images, hidden, background, alternates), pictures.notes


def render_to_png(request: dict, editor: dict | None, out_path: str,
                  vendor: str = "volcengine", *,
                  placeholders: int = DEFAULT_PLACEHOLDER_STREAMS) -> list[Problem]:
    """Compose `request` and write it to `out_path` as a PNG of the output size; returns a
    warning for each picture file that was not drawn (too large, not a regular file…).

    Raises DocumentError with one sentence when the layout cannot be drawn or the file cannot
    be written. Regions the editor hides are left out, as on the canvas. `placeholders` is
    how many streams an automatic layout shows when the request names none.
    """
    image, notes = render_image_noting(request, editor, vendor, placeholders)
    write_file(out_path, png_bytes(image))
    return notes


def png_bytes(image: QImage) -> bytes:
    """`image` encoded as PNG, in memory (the file itself is written by Python, see write_file)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "The frame could not be encoded as PNG."))
    buffer.close()
    return bytes(data.data())


def write_file(out_path: str, data: bytes) -> None:
    """Write `data` to `out_path`, the very name given: a name that is not UTF-8 (a command-line
    argument decoded with surrogateescape) reaches the file system as the same bytes.

    Every failure is one DocumentError sentence naming the file and why (see cannot_write); a
    file left half-written is removed.
    """
    created = False
    try:
        existed = os.path.lexists(out_path)
        with open(out_path, "wb") as handle:
            created = not existed
            handle.write(data)
    except (OSError, ValueError, UnicodeError) as exc:
        if created:
            try:
                os.unlink(out_path)
            except OSError:
                pass
        raise cannot_write(out_path, exc) from None


# What each failure to write a file means, in one clause.
_WRITE_FAILURES = {
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Documents", "Cannot write {path}: the name is too long for the file "
                                                       "system."),
    errno.EISDIR: QT_TRANSLATE_NOOP("Documents", "Cannot write {path}: it is a folder."),
    errno.ENOENT: QT_TRANSLATE_NOOP("Documents", "Cannot write {path}: the folder {folder} does not exist."),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Documents", "Cannot write {path}: a part of its folder {folder} is a file, "
                                                  "not a folder."),
    errno.EACCES: QT_TRANSLATE_NOOP("Documents", "Cannot write {path}: permission denied."),
    errno.EPERM: QT_TRANSLATE_NOOP("Documents", "Cannot write {path}: permission denied."),
    errno.EROFS: QT_TRANSLATE_NOOP("Documents", "Cannot write {path}: the file system is read-only."),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Documents", "Cannot write {path}: the disk is full."),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Documents", "Cannot write {path}: the disk is full."),
}


def cannot_write(out_path: str, exc: BaseException) -> DocumentError:
    """The one sentence for a file that could not be written (exc: the OSError, or the ValueError
    or UnicodeError of a name the system cannot take)."""
    path = printable(os.fspath(out_path))
    folder = printable(os.path.dirname(os.fspath(out_path)) or ".")
    if not isinstance(exc, OSError):
        return DocumentError.of(QT_TRANSLATE_NOOP("Documents", "Cannot write {path}: the system cannot take this "
                                                               "file name."), path=path)
    template = _WRITE_FAILURES.get(exc.errno)
    if exc.errno == errno.ENOENT and os.path.isdir(os.path.dirname(os.fspath(out_path)) or "."):
        template = None  # the folder is there, but takes no new file (/proc): the system's own reason
    if template is not None:
        return DocumentError.of(template, path=path, folder=folder)
    return DocumentError.of(QT_TRANSLATE_NOOP("Documents", "Cannot write {path}: {reason}."), path=path,
                            reason=printable(exc.strerror or type(exc).__name__))
