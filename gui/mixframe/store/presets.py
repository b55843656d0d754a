"""Preset files: where they live, and writing them so that a crash never leaves a torn file.

Presets live in the platformdirs user data folder (``MIXFRAME_DATA_DIR`` overrides it, for tests
and portable installs). A write goes to a temporary file in the same folder, is flushed and
fsynced, then renamed over the target: readers see the old file or the new one, never half.
A file that cannot be read as a preset is reported and never overwritten.
"""

from __future__ import annotations

import errno
import json
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mixframe.model.preset import LoadedDocument, dumps, parse_text, to_preset
from mixframe.model.problems import QT_TRANSLATE_NOOP, DocumentError, Sentence, printable
from mixframe.model.values import MAX_DOCUMENT_BYTES, size_text
from mixframe.store import files, late
from mixframe.store.files import FileTooLarge, NotARegularFile, atomic_write_text, read_regular_file, sweep_temporaries

SUFFIX = ".mixframe.json"
RECENT_MAX = 10
RECENT_MAX_BYTES = 1024 * 1024  # ten paths; a bigger recent list is not ours


def data_dir() -> Path:
    override = os.environ.get("MIXFRAME_DATA_DIR")
    if override:
        return Path(override)
    return Path(late.platformdirs.user_data_dir("mixframe", "Mixframe"))


def _plain_reason(exc: OSError) -> str | Sentence:
    # The system's reason (strerror) is quoted as the system gives it.
    if exc.strerror:
        return exc.strerror.rstrip(".").lower()
    return Sentence("Documents", QT_TRANSLATE_NOOP("Documents", "it could not be read"))


def not_a_file(name: str, kind: str) -> DocumentError:
    """The sentence for a path that names something other than a regular file (`files.file_kind`)."""
    if kind == "folder":
        return DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} is a folder, not a preset or request file."), name=name)
    if kind == "fifo":
        return DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} is a named pipe (FIFO), not a file, so it was not read."),
                                name=name)
    if kind == "device":
        return DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} is a device, not a file, so it was not read."), name=name)
    if kind == "socket":
        return DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} is a socket, not a file, so it was not read."), name=name)
    return DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} is not a regular file, so it was not read."), name=name)


def read_document(path: str | os.PathLike) -> LoadedDocument:
    """A preset or bare request body from a file; DocumentError with one sentence otherwise.

    Only a regular file is read (a FIFO or a device is refused before it is opened, and the
    open never waits), and never more than MAX_DOCUMENT_BYTES of it. Hostile text is refused
    here too (`parse_text`): NaN and Infinity, whole numbers too long to read, nesting far
    deeper than any request. Text that is not Unicode is kept, and named
    at its path by the document's check.
    """
    path = Path(path)
    name = printable(path.name)  # a name that is not UTF-8 must not break the sentence's printing
    try:
        raw = read_regular_file(path, MAX_DOCUMENT_BYTES)
    except (IsADirectoryError, NotARegularFile) as exc:
        raise not_a_file(name, getattr(exc, "kind", "folder")) from None
    except FileTooLarge as exc:
        raise too_large(name, exc.cap) from None
    except (FileNotFoundError, ValueError):  # ValueError: a NUL or a lone surrogate, which no file name holds
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} does not exist."), name=name) from None
    except OSError as exc:
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} cannot be read: {reason}."), name=name, reason=_plain_reason(exc)) from None
    return document_from_bytes(raw, name)


def document_from_bytes(raw: bytes, name: str) -> LoadedDocument:
    """The document whose file text is `raw`, named `name` in its sentences (read_document's rules)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} is not a text file (it is not UTF-8)."), name=name) from None
    if not text.strip():
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} is empty."), name=name)
    return parse_text(text, name)


def too_large(name: str, cap: int) -> DocumentError:
    return DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} is larger than {cap}, far more than any preset or "
                                                           "request file, so it was not read."),
                            name=name, cap=size_text(cap))


def read_document_stream(stream, name: str) -> LoadedDocument:
    """A document read from an open binary stream (standard input), under read_document's rules:
    never more than MAX_DOCUMENT_BYTES (the same sentence), then the same decoding and parsing.
    `name` is how its sentences name it."""
    name = printable(name)
    chunks, left = [], MAX_DOCUMENT_BYTES + 1
    try:
        if stream is None:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        while left > 0:
            chunk = stream.read(min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} cannot be read: {reason}."), name=name,
                               reason=_plain_reason(exc)) from None
    if left <= 0:
        raise too_large(name, MAX_DOCUMENT_BYTES)
    return document_from_bytes(b"".join(chunks), name)


def write_preset(path: str | os.PathLike, doc: LoadedDocument, name: str | None = None,
                 replace_unreadable: bool = False) -> dict:
    """Write `doc` as a preset file (without secrets or per-recording ids); returns what was written.

    An existing file at `path` that is not a readable preset is left alone unless
    `replace_unreadable` says the user chose to replace it.
    """
    path = Path(path)
    if path.exists() and not replace_unreadable:
        try:
            read_document(path)
        except DocumentError as exc:
            raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} already exists and is not a readable preset, so it was not "
                                                        "overwritten ({reason})."),
                                   name=path.name, reason=exc.said if exc.said is not None else str(exc)) from None
    preset = to_preset(doc, name)
    text = reopenable_text(preset, path.name)
    try:
        atomic_write_text(path, text)
    except OSError as exc:
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} could not be written: {reason}."), name=path.name,
                               reason=_plain_reason(exc)) from None
    return preset


def reopenable_text(preset: dict, name: str) -> str:
    """The text to write for `preset`, checked to open again as it is read (`read_document`'s
    limits: size, depth, numbers); DocumentError with one sentence, and nothing written, when it
    would not. Indented, or compact when only that fits the size Mixframe reads."""
    text = dumps(preset)
    if len(text.encode("utf-8")) > MAX_DOCUMENT_BYTES:
        text = dumps(preset, compact=True)
    size = len(text.encode("utf-8"))
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} was not saved: the preset would take {size}, more than "
                                                 "the {cap} Mixframe reads back."),
                               name=name, size=size_text(size), cap=size_text(MAX_DOCUMENT_BYTES))
    try:
        parse_text(text, name)
    except DocumentError as exc:
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} was not saved: Mixframe could not open it again "
                                                 "({reason})."),
                               name=name, reason=exc.said if exc.said is not None else str(exc)) from None
    return text


def preset_stem(path: str | os.PathLike) -> str:
    """A preset file's name without its suffix: ``NAME.mixframe.json`` (or an older ``NAME.json``) is NAME."""
    name = Path(path).name
    for suffix in (SUFFIX, ".json"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return Path(path).stem or name


def with_preset_suffix(path: str | os.PathLike) -> Path:
    """`path` ending in ``.mixframe.json``, the one suffix Mixframe gives a preset file
    (``NAME`` and ``NAME.json`` become ``NAME.mixframe.json``)."""
    path = Path(path)
    if path.name.lower().endswith(SUFFIX):
        return path
    return path.with_name(preset_stem(path) + SUFFIX)


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class PresetEntry:
    name: str
    path: Path


class PresetStore:
    """The user's presets folder: list, save, load, rename, delete, import, export, recent."""

    def __init__(self, folder: str | os.PathLike | None = None):
        self.folder = Path(folder) if folder is not None else data_dir() / "presets"

    def sweep_temporaries(self) -> int:
        """Remove what saves cut short by a crash left behind (run once at start)."""
        return sweep_temporaries(self.folder)

    # -- names and paths
    def path_for(self, name: str) -> Path:
        clean = _UNSAFE.sub("_", name).strip().strip(".")
        if not clean:
            raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "A preset needs a name."))
        return self.folder / f"{clean}{SUFFIX}"

    def list(self) -> list[PresetEntry]:
        if not self.folder.is_dir():
            return []
        entries = []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            entries.append(PresetEntry(path.name[: -len(SUFFIX)], path))
        return entries

    # -- the operations
    def save(self, name: str, doc: LoadedDocument, replace_unreadable: bool = False) -> Path:
        path = self.path_for(name)
        write_preset(path, doc, name=name, replace_unreadable=replace_unreadable)
        self.touch_recent(path)
        return path

    def load(self, name: str) -> LoadedDocument:
        path = self.path_for(name)
        doc = read_document(path)
        self.touch_recent(path)
        return doc

    def rename(self, old: str, new: str) -> Path:
        source = self.path_for(old)
        if not source.exists():
            raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "There is no preset called {name}."), name=old)
        return self.rename_file(source, new)

    def rename_file(self, source: str | os.PathLike, new: str) -> Path:
        """Give the preset file `source` (in any folder) the name `new`, beside where it is.

        One process at a time (the presets lock): a second renaming the same file finds it gone and
        says so in one sentence."""
        source = Path(source)
        target = source.with_name(self.path_for(new).name)
        with self._locked():
            if target.exists() and target.resolve() != source.resolve():
                raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "A preset called {name} already exists."), name=new)
            doc = read_document(source)
            write_preset(target, doc, name=new, replace_unreadable=target.resolve() == source.resolve())
            self._replace_recent(source, target)  # while the source still exists: recent() drops gone files
            if target.resolve() != source.resolve():
                try:
                    source.unlink()
                except FileNotFoundError:
                    pass  # gone already (a process without the lock moved it): the renamed file is there
                except OSError as exc:
                    raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} was copied to {new}, but cannot be "
                                                                          "deleted: {reason}."),
                                           name=printable(source.name), new=printable(target.name),
                                           reason=_plain_reason(exc)) from None
        return target

    def delete(self, name: str) -> None:
        self.delete_file(self.path_for(name), name)

    def delete_file(self, path: str | os.PathLike, name: str | None = None) -> None:
        path = Path(path)
        with self._locked():
            try:
                path.unlink()
            except FileNotFoundError:
                raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "There is no preset called {name}."), name=name or path.name) from None
            except OSError as exc:
                raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{name} cannot be deleted: {reason}."), name=path.name,
                                       reason=_plain_reason(exc)) from None
            self._replace_recent(path, None)

    @contextmanager
    def _locked(self):
        """The presets lock (beside the presets folder), so renames, deletes and the recent list's
        read-modify-write of several processes take turns. A lock that cannot be made (a read-only
        data folder) does not stop a rename elsewhere: the change then runs unguarded."""
        lock = files.locked(self.folder.parent / "presets.lock")
        try:
            lock.__enter__()
        except OSError:
            yield
            return
        try:
            yield
        finally:
            lock.__exit__(None, None, None)

    def import_file(self, source: str | os.PathLike, name: str | None = None) -> tuple[Path, LoadedDocument]:
        doc = read_document(source)
        name = name or doc.name or Path(source).name.split(".")[0]
        return self.save(name, doc), doc

    def export(self, name: str, target: str | os.PathLike) -> Path:
        doc = read_document(self.path_for(name))
        write_preset(target, doc, name=name)
        return Path(target)

    # -- the recent list
    @property
    def _recent_file(self) -> Path:
        return self.folder.parent / "recent.json"

    def recent(self) -> list[Path]:
        try:
            items = files.read_json_file(self._recent_file, max_bytes=RECENT_MAX_BYTES, max_depth=2)
        except (OSError, ValueError):  # missing, a folder, not JSON, huge, deep: the list starts again
            return []
        if not isinstance(items, list):
            return []
        return [Path(p) for p in items if isinstance(p, str) and Path(p).exists()]

    def touch_recent(self, path: str | os.PathLike) -> None:
        path = Path(path).resolve()
        with self._locked():
            items = [p for p in self.recent() if p.resolve() != path]
            self._write_recent([path, *items][:RECENT_MAX])

    def _replace_recent(self, old: Path, new: Path | None) -> None:
        old = old.resolve()
        with self._locked():
            items = [new if p.resolve() == old else p for p in self.recent()]
            self._write_recent([p for p in items if p is not None])

    def _write_recent(self, items: list[Path]) -> None:
        try:
            atomic_write_text(self._recent_file, json.dumps([str(p) for p in items], indent=2))
        except OSError:
            pass  # the recent list is a convenience; failing to keep it must not fail a save
