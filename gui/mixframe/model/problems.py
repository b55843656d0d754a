"""Problems found in a request: each names the API path of its field and says what rule broke.

One type serves the model's rules, the command line, the sandbox and the window's problems list.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum
from typing import Iterable, Sequence


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

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def line(self) -> str:
        """The command line's form: ``Path: message``, warnings prefixed by ``warning:``.

        Always encodable as UTF-8: text that is not (a lone surrogate quoted from a file) is
        shown as its escape, ``\\udc80``.
        """
        where = f"{self.path}: " if self.path else ""
        text = printable(f"{where}{self.message}")
        return f"warning: {text}" if self.severity is Severity.WARNING else text


def printable(text: str) -> str:
    """`text` with every lone surrogate (which no UTF-8 output can take) written as its escape."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


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


def error(path: str, message: str, rule: str = "") -> Problem:
    return Problem(path, message, Severity.ERROR, rule)


def warning(path: str, message: str, rule: str = "") -> Problem:
    return Problem(path, message, Severity.WARNING, rule)


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


class DocumentError(Exception):
    """A file or body that cannot be read as a request at all: unreadable, not JSON, wrong shape.

    Its message is one plain sentence for the user, always printable as UTF-8 (a file name or
    key that is not Unicode is shown escaped).
    """

    def __init__(self, message: object = "") -> None:
        super().__init__(printable(str(message)))
