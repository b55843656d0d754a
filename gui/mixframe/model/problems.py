"""Problems found in a request: each names the API path of its field and says what rule broke.

One type serves the model's rules, the command line, the sandbox and the window's problems list.

Each problem's sentence is a template (``msgid``, English, with ``{named}`` placeholders) and its
parameters: ``message`` is the English sentence, ``text(translate)`` the sentence in the reader's
language. The model stays Qt-free: the faces pass in Qt's translate function.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable, Iterable, Mapping, Sequence

# The translation context of every problem sentence (Qt's catalogue files them under it).
PROBLEMS_CONTEXT = "Problems"

Translate = Callable[[str, str], str]  # (context, msgid) -> the translated template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name the extractor looks for)
    """Marks `text` as a template for the catalogue, under `context`; returns it unchanged.

    pyside6-lupdate finds calls by this name, so the model names its sentences without Qt.
    """
    return text


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One broken (or suspicious) rule.

    `path` is in the API's own spelling, e.g. ``Layout.CustomLayout.Regions[1].Width``;
    an empty path means the document as a whole.
    """

    path: str
    message: str
    severity: Severity = Severity.ERROR
    rule: str = ""
    # The sentence's template and its already formatted values; `message` is their English
    # rendering. An empty msgid means the message is not translatable (it is shown as it is).
    msgid: str = field(default="", compare=False)
    params: Mapping[str, str] = field(default_factory=dict, compare=False)
    # True when a value the sentence would quote held a secret and was left out (hide_secrets):
    # the sentence then says so, in every language.
    secret_hidden: bool = field(default=False, compare=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def text(self, translate: Translate | None = None) -> str:
        """The sentence in the language `translate` gives (``(context, msgid) -> template``).

        English when there is no translation, or when the translation's placeholders are not
        the template's (a broken catalogue never hides a problem nor raises).
        """
        if translate is None or not self.msgid:
            return self.message
        found = translated(translate, PROBLEMS_CONTEXT, self.msgid, self.params)
        if found is None:
            return self.message
        if self.secret_hidden:
            found += translated(translate, PROBLEMS_CONTEXT, SECRET_HIDDEN, {}) or SECRET_HIDDEN
        return found

    def line(self, translate: Translate | None = None) -> str:
        """The command line's form: ``Path: message``, warnings prefixed by ``warning:``.

        The path and the prefix stay as they are in every language (scripts read them).
        Always encodable as UTF-8: text that is not (a lone surrogate quoted from a file) is
        shown as its escape, ``\\udc80``.
        """
        where = f"{self.path}: " if self.path else ""
        text = printable(f"{where}{self.text(translate)}")
        return f"warning: {text}" if self.severity is Severity.WARNING else text


# Said after a problem whose value was not quoted because it holds a secret.
SECRET_HIDDEN = QT_TRANSLATE_NOOP("Problems", " (the value is not shown: it holds a secret)")
# A secret shorter than this is hidden only where a whole value equals it (a short one would be
# found inside everything); the same rule as the masking of answers (api.errors).
SHORTEST_CONTAINED_SECRET = 4
_GOT_VALUE = re.compile(r' ?\(got (?:the text )?"?\{value\}"?\)')


def _holds_secret(text: str, secrets: Sequence[str]) -> bool:
    return any(text == s or (len(s) >= SHORTEST_CONTAINED_SECRET and s in text) for s in secrets)


def _without_secrets(text: str, secrets: Sequence[str]) -> str:
    if text in secrets:
        return MASK
    for s in secrets:
        if len(s) >= SHORTEST_CONTAINED_SECRET:
            text = text.replace(s, MASK)
    return text


# The one mask of a secret, wherever one is shown: a request body and its preview, a curl, a
# service's answer, a log line, a problem's sentence.
MASK = "******"


def hide_secrets(found: "Problem", secrets: Iterable[str]) -> "Problem":
    """`found`, never quoting a value that equals or contains one of `secrets` (the document's own
    keys, the environment's, the profile's): a quoted value that holds one is left out of the
    sentence, which then says the value is hidden; a secret inside a path or another value (a
    key named after it) is written as MASK. The same problem when nothing holds a secret."""
    secrets = sorted({s for s in secrets if isinstance(s, str) and s}, key=len, reverse=True)
    if not secrets:
        return found
    texts = [found.path, found.message, *(v for v in found.params.values() if isinstance(v, str))]
    if not any(_holds_secret(t, secrets) for t in texts):
        return found
    path = _without_secrets(found.path, secrets)
    msgid, params = found.msgid, dict(found.params)
    if msgid:
        value = params.get("value")
        if isinstance(value, str) and _holds_secret(value, secrets) and _GOT_VALUE.search(msgid):
            msgid = _GOT_VALUE.sub("", msgid, count=1)
            del params["value"]
        params = {k: _without_secrets(v, secrets) if isinstance(v, str) else v for k, v in params.items()}
        message = msgid.format_map(params) if params else msgid
        if not found.params and _holds_secret(found.message, secrets):  # a sentence quoted whole
            message = _without_secrets(found.message, secrets)
    else:
        message = _without_secrets(found.message, secrets)
    return Problem(path, message + SECRET_HIDDEN, found.severity, found.rule, msgid, params, secret_hidden=True)


def translated(translate: Translate, context: str, msgid: str, params: Mapping[str, str]) -> str | None:
    """`msgid`'s translation filled with `params`; None when there is none that can be used.

    A translation whose placeholders are not the template's, a translator that raises or answers
    something else than text: each gives None, so the caller shows its English (a broken
    catalogue never hides a sentence nor raises).
    """
    try:
        found = translate(context, msgid)
        if not isinstance(found, str) or not found or found == msgid:
            return None
        if placeholders(found) != placeholders(msgid):
            return None
        return found.format_map(params) if params else found
    except Exception:  # noqa: BLE001 - any broken translation falls back to English
        return None


@dataclass(frozen=True)
class Sentence:
    """One sentence for a person, kept as its template (``msgid``, English, marked with
    QT_TRANSLATE_NOOP under `context`) and its values, so each face says it in its reader's language.

    A value may itself be a Sentence (a clause whose words change with the language); it is
    translated with its parent.
    """

    context: str
    msgid: str
    params: Mapping[str, "str | Sentence"] = field(default_factory=dict)

    @property
    def english(self) -> str:
        if not self.params:
            return self.msgid  # a template without values may be a sentence quoted whole, braces and all
        return self.msgid.format_map({key: value.english if isinstance(value, Sentence) else value
                                      for key, value in self.params.items()})

    def text(self, translate: Translate | None = None) -> str:
        """The sentence in the language `translate` gives; English when it has no usable translation."""
        if translate is None:
            return self.english
        values = {key: value.text(translate) if isinstance(value, Sentence) else value
                  for key, value in self.params.items()}
        found = translated(translate, self.context, self.msgid, values)
        return self.english if found is None else found


def sentence(context: str, template: str, /, **params: Any) -> Sentence:
    """A Sentence whose numbers are written as problems write them (number_text)."""
    return Sentence(context, template, {key: value if isinstance(value, Sentence) else _param(value)
                                        for key, value in params.items()})


class Explained:
    """What an exception that speaks to a person adds (mix it in before Exception): its one
    sentence as a Sentence. ``str(exc)`` stays the English sentence; ``exc.text(translate)`` is
    the reader's. An exception raised with plain text has no msgid and always shows that text."""

    said: Sentence | None = None
    # A sentence that is always one line (DocumentError) has every control character escaped; the
    # others may hold paragraphs for the window, so only what no UTF-8 output takes is escaped.
    one_line: bool = False

    @classmethod
    def saying(cls, said: Sentence, *args: Any, **kwargs: Any):
        exc = cls(said.english, *args, **kwargs)
        exc.said = said
        return exc

    @property
    def msgid(self) -> str:
        return self.said.msgid if self.said is not None else ""

    @property
    def params(self) -> Mapping[str, Any]:
        return self.said.params if self.said is not None else {}

    def text(self, translate: Translate | None = None) -> str:
        english = str(self)
        if translate is None or self.said is None:
            return english
        found = self.said.text(translate)
        if found == self.said.english:
            return english
        return printable(found) if self.one_line else utf8_safe(found)


def error_text(exc: BaseException, translate: Translate | None = None) -> str:
    """An error's sentence in the language `translate` gives, when it is Explained; else str(exc)."""
    return exc.text(translate) if isinstance(exc, Explained) else str(exc)


def placeholders(template: str) -> set[str]:
    """The ``{named}`` fields of a template; ValueError when its braces are broken."""
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None}


def printable(text: str) -> str:
    """`text` as one printable line: every character that would break or disguise a line on a
    terminal is written as its visible escape.

    Those are the C0 and C1 controls and DEL (``\\x1b``, ``\\r``, ``\\x00``, ``\\x85``…), the Unicode
    line and paragraph separators (``\\u2028``, ``\\u2029``), the bidirectional overrides, embeddings
    and isolates (``\\u202e``…), and every lone surrogate, which no UTF-8 output can take
    (``\\udc80``). Every line the command line prints that carries a value from outside (a file,
    a server, the environment, an argument) goes through here.
    """
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(_escape, text)


def utf8_safe(text: str) -> str:
    """`text` with every lone surrogate (which no UTF-8 output can take) written as its escape,
    ``\\udc80``; line breaks and other controls stay (see printable for one line)."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_escape, text)


def printable_json(text: str) -> str:
    """JSON text (``json.dumps(..., ensure_ascii=False)``) with the same characters as `printable`
    escaped in JSON's own spelling (``\\u2028``), so it stays the same JSON and prints safely. Its
    line breaks (the indentation's; a string's newline is already ``\\n``) stay."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: "\n" if m.group() == "\n" else f"\\u{ord(m.group()):04x}", text)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# C0 controls, DEL, C1 controls, the line and paragraph separators, the bidi marks, embeddings,
# overrides and isolates, and lone surrogates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def has_surrogate(text: str) -> bool:
    """True when `text` holds a lone surrogate: it cannot be sent or written as UTF-8."""
    return _SURROGATE.search(text) is not None


def number_text(value: int | float) -> str:
    """A number as a problem quotes it: whole, unless it is too long to read (or to convert)."""
    if isinstance(value, float):
        return f"{value:g}"
    if -10**15 < value < 10**15:
        return str(value)
    digits = int(abs(value).bit_length() * 0.30103) + 1
    return f"{'-' if value < 0 else ''}a number of about {digits} digits"


def _param(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value)
    return str(value)


def problem(path: str, template: str, severity: Severity, rule: str = "", /, **params: Any) -> Problem:
    """A problem whose sentence is `template` (marked with QT_TRANSLATE_NOOP) filled with `params`.

    Numbers are written by number_text; a template without params is used as it is (it may be
    a sentence quoted whole, braces and all).
    """
    values = {key: _param(value) for key, value in params.items()}
    message = template.format_map(values) if values else template
    return Problem(path, message, severity, rule, template, values)


def error(path: str, template: str, rule: str = "", /, **params: Any) -> Problem:
    return problem(path, template, Severity.ERROR, rule, **params)


def warning(path: str, template: str, rule: str = "", /, **params: Any) -> Problem:
    return problem(path, template, Severity.WARNING, rule, **params)


def at_path(found: Problem, path: str) -> Problem:
    """The same problem, said of another path (a nested document's field)."""
    return Problem(path, found.message, found.severity, found.rule, found.msgid, found.params)


def errors_of(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


_PLAIN_KEY = re.compile(r'^[^\s.\[\]"]+$')


def join_path(base: str, *parts: str | int) -> str:
    """``join_path("A.B", "C", 1, "D")`` gives ``A.B.C[1].D``.

    A key that is not a plain name (a typo with a space, a newline…) is shown quoted,
    ``A["bad key"]``, so a path is always one readable line.
    """
    out = base
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _PLAIN_KEY.fullmatch(part):
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
        elif out:
            out += f".{part}"
        else:
            out = part
    return out


class RequestInvalid(Exception):
    """Raised where a caller needs a valid request and got one with errors.

    The message lists the problems; it never contains a secret because problems never quote
    secret values.
    """

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        errs = errors_of(self.problems)
        head = errs[0].line() if errs else "the request is invalid"
        more = f" (and {len(errs) - 1} more)" if len(errs) > 1 else ""
        super().__init__(head + more)


class DocumentError(Explained, Exception):
    """A file or body that cannot be read as a request at all: unreadable, not JSON, wrong shape.

    Its message is one plain sentence for the user, always printable as UTF-8 (a file name or
    key that is not Unicode is shown escaped).
    """

    one_line = True

    def __init__(self, message: object = "") -> None:
        super().__init__(printable(str(message)))

    @classmethod
    def of(cls, template: str, /, **params: Any) -> "DocumentError":
        """The error whose sentence is `template` (marked under "Documents") filled with `params`."""
        return cls.saying(sentence(DOCUMENTS_CONTEXT, template, **params))

    @staticmethod
    def named(source: str) -> str | Sentence:
        """How a sentence names the document: its file name, or "The file" in the reader's words."""
        return source or Sentence(DOCUMENTS_CONTEXT, QT_TRANSLATE_NOOP("Documents", "The file"))


# The translation context of the sentences about a file or body that cannot be read as a request.
DOCUMENTS_CONTEXT = "Documents"
