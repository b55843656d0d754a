"""A field's limits as the interface reads them: ranges, choices, labels, documented defaults.

The request models (`volcengine`, `qingcloud`) declare every limit once, on their pydantic fields.
`limits_data` is a copy of those declarations, generated from them
(``python3 scripts/generate_limits.py``) and checked against them by a test, so the window can
read limits before its first paint without loading pydantic: the models load when a request is
checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mixframe.model import limits_data
from mixframe.model.problems import QT_TRANSLATE_NOOP, Sentence

@dataclass(frozen=True)
class FieldLimits:
    """What the API allows for one field, read from its declaration."""

    path: str
    kind: str  # "int", "float", "str", "bool", "list", "object"
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    min_exclusive: bool = False
    max_exclusive: bool = False
    choices: tuple | None = None
    labels: dict | None = None
    even: bool = False
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    default: Any = None
    secret: bool = False
    doc: str = ""

    def range_text(self, translate: Any = None) -> str:
        """The allowed range in the seed's own interval notation, e.g. ``(0.0, 1.0]``; an open-ended
        one in words ("at least 0"), in the language `translate` gives (see problems.Sentence)."""
        lo = "(" if self.min_exclusive else "["
        hi = ")" if self.max_exclusive else "]"
        fmt = (lambda v: f"{v:g}") if self.kind == "float" else (lambda v: f"{int(v)}")
        if self.minimum is not None and self.maximum is not None:
            return f"{lo}{fmt(self.minimum)}, {fmt(self.maximum)}{hi}"
        if self.minimum is not None:
            words = (QT_TRANSLATE_NOOP("Limits", "greater than {bound}") if self.min_exclusive
                     else QT_TRANSLATE_NOOP("Limits", "at least {bound}"))
            return Sentence("Limits", words, {"bound": fmt(self.minimum)}).text(translate)
        if self.maximum is not None:
            words = (QT_TRANSLATE_NOOP("Limits", "less than {bound}") if self.max_exclusive
                     else QT_TRANSLATE_NOOP("Limits", "at most {bound}"))
            return Sentence("Limits", words, {"bound": fmt(self.maximum)}).text(translate)
        return ""

    def contains(self, value: float) -> bool:
        if self.minimum is not None:
            if value < self.minimum or (self.min_exclusive and value == self.minimum):
                return False
        if self.maximum is not None:
            if value > self.maximum or (self.max_exclusive and value == self.maximum):
                return False
        if self.even and int(value) % 2:
            return False
        return True

    def clamp(self, value: float, float_step: float = 1e-6, default: Any = None) -> Any:
        """The nearest allowed value.

        A value outside `choices` becomes `default` (or the first choice). An open end of a range
        is left by one step: 1 for integers, `float_step` for numbers (an editor uses a coarser
        step than the API's limit needs).
        """
        if self.choices:
            if value in self.choices:
                return value
            return default if default in self.choices else self.choices[0]
        integer = self.kind == "int"
        step = 1 if integer else float_step
        if self.minimum is not None:
            value = max(value, self.minimum + (step if self.min_exclusive else 0))
        if self.maximum is not None:
            value = min(value, self.maximum - (step if self.max_exclusive else 0))
        if not integer:
            return round(float(value), 6)
        value = int(round(value))
        if self.even and value % 2:
            value = value + 1 if self.maximum is None or value + 1 <= self.maximum else value - 1
        return value


_INDEX = re.compile(r"\[\d+\]")


def pattern_of(path: str) -> str:
    """``Layout.CustomLayout.Regions[3].Width`` → ``Layout.CustomLayout.Regions[].Width``."""
    return _INDEX.sub("[]", path)


def _table(declared: dict[str, dict[str, Any]]) -> dict[str, FieldLimits]:
    return {path: FieldLimits(path=path, **values) for path, values in declared.items()}


# vendor -> API path (``[]`` for list elements) -> limits: the StartRecord request of Volcengine,
# the start and query parameters of QingCloud.
LIMITS: dict[str, dict[str, FieldLimits]] = {
    "volcengine": _table(limits_data.VOLCENGINE),
    "qingcloud": _table(limits_data.QINGCLOUD),
}
# vendor -> API path -> the other spellings a field is also taken under on input.
OTHER_SPELLINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "volcengine": limits_data.VOLCENGINE_OTHER_SPELLINGS,
    "qingcloud": limits_data.QINGCLOUD_OTHER_SPELLINGS,
}


def limits_for(path: str, vendor: str = "volcengine") -> FieldLimits:
    """The declared limits of `path` (indices optional) in `vendor`'s request; KeyError for a
    path it does not have.

    >>> limits_for("Layout.CustomLayout.Regions[2].Alpha").maximum
    1.0
    """
    table = LIMITS[vendor]
    key = pattern_of(path)
    if key not in table:
        raise KeyError(f"{path} is not a field of the {vendor} request")
    return table[key]


def with_api_spelling(body: Any, spellings: dict[str, tuple[str, ...]]) -> Any:
    """A copy of `body` where a field written in an accepted other spelling carries the API's own
    name (the name it is sent under), unless the API's name is also written. Lists are walked."""
    def walk(node: Any, path: str) -> Any:
        if isinstance(node, list):
            return [walk(v, path + "[]") for v in node]
        if not isinstance(node, dict):
            return node
        out = {}
        for key, value in node.items():
            out[key] = walk(value, f"{path}.{key}" if path else str(key))
        for key in list(out):
            for canonical_path, others in spellings.items():
                parent, _, canonical = canonical_path.rpartition(".")
                if parent == path and key in others and canonical not in out:
                    out = {(canonical if k == key else k): v for k, v in out.items()}
        return out

    return walk(body, "")
