"""The preset document: a saved layout and settings, and the bare request bodies taken in its place.

A preset is ``{"mixframe": 1, "name": …, "vendor": "volcengine"|"qingcloud", "request": {…},
"editor": {…}}``. ``request`` is the request body in the API's spelling minus per-recording ids
and secrets; ``editor`` is editor-only state. Older versions are migrated on load (`MIGRATIONS`).

This module only turns text into documents and back; reading and writing files is `store/`.
"""

from __future__ import annotations

import copy
import json
import math
import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Callable, Literal

from mixframe.model import late, vendors
from mixframe.model.problems import QT_TRANSLATE_NOOP, DocumentError, Problem, at_path, error, join_path, warning
from mixframe.model.values import (
    MAX_DEPTH,
    MAX_DIGITS,
    MAX_FIELD_PROBLEMS,
    lone_surrogates,
    more_problems,
    too_deep,
    too_long_number,
)

FORMAT_VERSION = 1
PRESET_KEYS = ("mixframe", "name", "vendor", "request", "editor")



class VendorModels(Mapping):
    """vendor -> the module of its request models, as each vendor declares it (`mixframe.model.vendors`).

    Each is imported when first asked for: building the pydantic models is the slowest part of
    starting, and the window asks only when it checks a request, after its first paint (until
    then it reads `mixframe.model.limits`)."""

    def __getitem__(self, vendor: str) -> Any:
        return vendors.get(vendor).models()

    def __iter__(self) -> Iterator[str]:
        return iter(vendors.families())

    def __len__(self) -> int:
        return len(vendors.families())


VENDOR_MODELS = VendorModels()

# version n -> function turning a version-n document into a version n+1 document.
Migration = Callable[[dict], dict]
MIGRATIONS: dict[int, Migration] = {}


@dataclass(frozen=True)
class RegionFlags:
    """What the editor keeps about one stream that never reaches the request: the in-memory
    form of `preset_editor.RegionEditorState`, which is the one place its saved spelling is written."""

    locked: bool = False
    hidden: bool = False
    image: str | None = None

    @property
    def is_default(self) -> bool:
        return self == RegionFlags()

    @classmethod
    def from_saved(cls, entry: Any) -> "RegionFlags":
        """From a preset's `editor.regions[]` entry (already checked on load; lenient here)."""
        entry = entry if isinstance(entry, dict) else {}
        image = entry.get("image")
        return cls(bool(entry.get("locked", False)), bool(entry.get("hidden", False)),
                   image if isinstance(image, str) and image else None)

    def to_saved(self, stream_index: int) -> dict:
        saved = late.preset_editor.RegionEditorState(stream_index=stream_index, locked=self.locked, hidden=self.hidden,
                                  image=self.image)
        return saved.model_dump(exclude_none=True)


@dataclass
class LoadedDocument:
    """What a file held, whichever form it had."""

    vendor: Literal["volcengine", "qingcloud"]
    request: dict
    editor: dict = field(default_factory=dict)
    name: str = ""
    source: str = ""
    kind: Literal["preset", "request"] = "preset"
    problems: list[Problem] = field(default_factory=list)

    @property
    def secrets(self) -> list[str]:
        return VENDOR_MODELS[self.vendor].secrets_in(self.request)

    def check(self, *, draft: bool = True) -> list[Problem]:
        """Load-time problems plus every problem of the request."""
        model = VENDOR_MODELS[self.vendor]
        return list(self.problems) + model.check_start(self.request, draft=draft)


def detect_vendor(body: dict) -> str | None:
    """A bare request body is recognised by its keys: AppId… (Volcengine), app_id… (QingCloud).

    In the order the vendors were registered, the first whose app id key the body holds, or
    whose start request shares keys with it and at least as many as any vendor after it."""
    keys = set(body)
    every = vendors.all_vendors()
    shared = [len(keys & {info.alias or name for name, info in v.models().START_MODEL.model_fields.items()})
              for v in every]
    for i, vendor in enumerate(every):
        if vendor.app_key in keys or (shared[i] and shared[i] >= max(shared[i + 1:], default=0)):
            return vendor.family
    return None


def migrate(data: dict, source: str = "") -> dict:
    version = data.get("mixframe")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{where} has no valid preset version (\"mixframe\" should be a whole number)."),
                               where=DocumentError.named(source))
    if version > FORMAT_VERSION:
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{where} was saved by a newer Mixframe (preset version {version}); "
                                                    "this one reads up to version {newest}."),
                               where=DocumentError.named(source), version=version, newest=FORMAT_VERSION)
    data = copy.deepcopy(data)
    while data["mixframe"] < FORMAT_VERSION:
        step = MIGRATIONS.get(data["mixframe"])
        if step is None:
            raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{where} uses preset version {version}, which cannot be upgraded."),
                                   where=DocumentError.named(source), version=data["mixframe"])
        data = step(data)
    return data


def _editor_problems(editor: Any) -> list[Problem]:
    problems, _invalid = late.pydantic_errors.field_problems(late.preset_editor.EditorState, editor, {})
    return [at_path(p, f"editor.{p.path}" if p.path else "editor") for p in problems]


def _measured(data: Any) -> list[tuple[Any, str]]:
    """What the depth and number limits measure, each with its path: a bare body from its root, a
    preset from each of its members, so that the request inside a preset counts its levels as
    the same body bare does (a body that opens always opens again once saved as a preset)."""
    if isinstance(data, dict) and "mixframe" in data:
        return [(value, join_path("", key) if isinstance(key, str) else str(key)) for key, value in data.items()]
    return [(data, "")]


def parse_document(data: Any, source: str = "") -> LoadedDocument:
    """A preset or a bare request body, already parsed from JSON.

    Raises DocumentError (one sentence) when the shape is not one of those; problems inside a
    recognised document (unknown fields, broken rules, secrets present) are returned instead.
    """
    where = DocumentError.named(source)
    members = _measured(data)
    deep = next((found for value, base in members if (found := too_deep(value, base=base)) is not None), None)
    if deep is not None:
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{where} is nested more than {levels} levels deep (at {path}), "
                                                    "far deeper than any preset or request."),
                               where=where, levels=MAX_DEPTH, path=deep)
    long_number = next((found for value, base in members if (found := too_long_number(value, base=base)) is not None),
                       None)
    if long_number is not None:
        if long_number:
            raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{where} holds a whole number of more than {digits} digits (at {path}), "
                                                        "far beyond any field's range."),
                                   where=where, digits=MAX_DIGITS, path=long_number)
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{where} holds a whole number of more than {digits} digits (at its top), "
                                                    "far beyond any field's range."), where=where, digits=MAX_DIGITS)
    if not isinstance(data, dict):
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{where} holds {kind}, not a preset or a request body (a JSON object)."),
                               where=where, kind=type(data).__name__ if data is not None else "null")
    problems: list[Problem] = []
    if "mixframe" in data:
        data = migrate(data, source)
        unknown = [key for key in data if key not in PRESET_KEYS]
        for key in unknown[:MAX_FIELD_PROBLEMS]:
            problems.append(error(join_path("", key), QT_TRANSLATE_NOOP("Problems", "is not a field of a "
                                                                        "Mixframe preset"),
                                  "preset-unknown-field"))
        if len(unknown) > MAX_FIELD_PROBLEMS:
            problems.append(more_problems(len(unknown) - MAX_FIELD_PROBLEMS))
        vendor = data.get("vendor")
        if vendor not in vendors.families():
            raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", '{where}: "vendor" must be "volcengine" or "qingcloud".'), where=where)
        request = data.get("request", {})
        if not isinstance(request, dict):
            raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", '{where}: "request" must be a JSON object.'), where=where)
        editor = data.get("editor", {})
        problems += _editor_problems(editor)
        problems += [p for _loc, p in lone_surrogates(data.get("name"), "name")]
        name = data.get("name") if isinstance(data.get("name"), str) else ""
        doc = LoadedDocument(vendor, copy.deepcopy(request), editor if isinstance(editor, dict) else {},
                             name, source, "preset", problems)
    else:
        vendor = detect_vendor(data)
        if vendor is None:
            raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", '{where} is neither a Mixframe preset nor a request body '
                                                        '(expected "mixframe", "AppId"… or "app_id"… keys).'), where=where)
        doc = LoadedDocument(vendor, copy.deepcopy(data), {}, "", source, "request", problems)
    for path in doc.secrets:
        doc.problems.append(warning(path, QT_TRANSLATE_NOOP("Problems", "this file holds a secret; Mixframe keeps it "
                                                            "out of every file it writes (store it in the keyring "
                                                            "instead)"), "secret-in-file"))
    return doc


def _not_json(constant: str) -> Any:
    raise DocumentError(constant)  # parse_text names the file around it


_LONG_NUMBER = re.compile(r"\d{4301,}")


def parse_text(text: str, source: str = "") -> LoadedDocument:
    """A document from JSON text. DocumentError (one sentence) when the text is not JSON, or is
    JSON no request can be: NaN or Infinity, a whole number too long to read, or nesting far
    deeper than any request."""
    where = DocumentError.named(source)
    try:
        data = json.loads(text, parse_constant=_not_json)
    except DocumentError as exc:
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{where} holds {constant}, which is not a JSON number."),
                               where=where, constant=str(exc)) from None
    except json.JSONDecodeError as exc:
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{where} is not valid JSON (line {line}, column {column}: {reason})."),
                               where=where, line=exc.lineno, column=exc.colno, reason=exc.msg) from None
    except RecursionError:
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{where} is nested more than {levels} levels deep, "
                                                    "far deeper than any preset or request."),
                               where=where, levels=MAX_DEPTH) from None
    except ValueError:  # a whole number longer than Python converts (4300 digits)
        found = _LONG_NUMBER.search(text)
        if found:
            line = text.count("\n", 0, found.start()) + 1
            column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
            raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{where} holds a whole number of more than {digits} digits (line {line}, "
                                                        "column {column}), far beyond any field's range."),
                                   where=where, digits=MAX_DIGITS, line=line, column=column) from None
        raise DocumentError.of(QT_TRANSLATE_NOOP("Documents", "{where} holds a whole number of more than {digits} digits, "
                                                    "far beyond any field's range."), where=where, digits=MAX_DIGITS) from None
    return parse_document(data, source)


def to_preset(doc: LoadedDocument, name: str | None = None) -> dict:
    """The preset document to write: never a secret, never a per-recording id."""
    model = VENDOR_MODELS[doc.vendor]
    request = model.strip_secrets(copy.deepcopy(doc.request))
    for key in model.RECORDING_IDS:
        request.pop(key, None)
    return {
        "mixframe": FORMAT_VERSION,
        "name": name if name is not None else doc.name,
        "vendor": doc.vendor,
        "request": request,
        "editor": copy.deepcopy(doc.editor),
    }


def dumps(preset: dict, *, compact: bool = False) -> str:
    """The preset as UTF-8-safe JSON text: a lone surrogate stays written as its escape.
    Indented for people to read, or `compact` (no spaces or line breaks) when size matters."""
    layout: dict = {"separators": (",", ":")} if compact else {"indent": 2}
    try:
        text = json.dumps(preset, ensure_ascii=False, allow_nan=False, **layout) + "\n"
    except ValueError:  # a number read from a file as 1e400 is infinity: written back as a number
        return _with_infinities(preset, layout)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(preset, ensure_ascii=True, **layout) + "\n"
    return text


def _with_infinities(preset: dict, layout: dict) -> str:
    """`preset` as JSON where an infinite number (a file's 1e400, kept so that its field is named
    as out of range) is written 1e999, which reads back as the same infinity; JSON has no
    Infinity, and the reader refuses it. NaN never gets here: no file can give one."""
    token = f"mixframe-infinity-{uuid.uuid4().hex}"

    def swap(value: Any) -> Any:
        if isinstance(value, float) and math.isinf(value):
            return token if value > 0 else "-" + token
        if isinstance(value, dict):
            return {key: swap(item) for key, item in value.items()}
        if isinstance(value, list):
            return [swap(item) for item in value]
        return value

    swapped = swap(preset)
    try:
        text = json.dumps(swapped, ensure_ascii=False, **layout) + "\n"
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(swapped, ensure_ascii=True, **layout) + "\n"
    return text.replace(f'"-{token}"', "-1e999").replace(f'"{token}"', "1e999")
