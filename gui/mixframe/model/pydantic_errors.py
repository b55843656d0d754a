"""pydantic's validation errors, said as problems a producer understands, at their API paths."""

from __future__ import annotations

import difflib
from typing import Any, Mapping

from pydantic import ValidationError

from mixframe.model.fields import ID_PATTERN, ID_RULE, INT64_MAX, INT64_MIN
from mixframe.model.limits import FieldLimits, pattern_of
from mixframe.model.problems import QT_TRANSLATE_NOOP, Problem, error, has_surrogate, join_path, number_text
from mixframe.model.values import MAX_FIELD_PROBLEMS, lone_surrogates, more_problems, with_invalid

# Each sentence whole, in the three forms a value can be quoted in: not at all (it may be a secret,
# or is not short), as a number (or true, false, null), or as the text given where a number was due.
_QUOTED = {
    "whole": (QT_TRANSLATE_NOOP("Problems", "must be a whole number"),
              QT_TRANSLATE_NOOP("Problems", "must be a whole number (got {value})"),
              QT_TRANSLATE_NOOP("Problems", 'must be a whole number (got the text "{value}")')),
    "number": (QT_TRANSLATE_NOOP("Problems", "must be a number"),
               QT_TRANSLATE_NOOP("Problems", "must be a number (got {value})"),
               QT_TRANSLATE_NOOP("Problems", 'must be a number (got the text "{value}")')),
    "text": (QT_TRANSLATE_NOOP("Problems", "must be text"),
             QT_TRANSLATE_NOOP("Problems", "must be text (got {value})"),
             QT_TRANSLATE_NOOP("Problems", 'must be text (got the text "{value}")')),
    "bool": (QT_TRANSLATE_NOOP("Problems", "must be true or false"),
             QT_TRANSLATE_NOOP("Problems", "must be true or false (got {value})"),
             QT_TRANSLATE_NOOP("Problems", 'must be true or false (got the text "{value}")')),
    "list": (QT_TRANSLATE_NOOP("Problems", "must be a list"),
             QT_TRANSLATE_NOOP("Problems", "must be a list (got {value})"),
             QT_TRANSLATE_NOOP("Problems", 'must be a list (got the text "{value}")')),
    "object": (QT_TRANSLATE_NOOP("Problems", "must be an object"),
               QT_TRANSLATE_NOOP("Problems", "must be an object (got {value})"),
               QT_TRANSLATE_NOOP("Problems", 'must be an object (got the text "{value}")')),
    "range": (QT_TRANSLATE_NOOP("Problems", "must be in {range}"),
              QT_TRANSLATE_NOOP("Problems", "must be in {range} (got {value})"),
              QT_TRANSLATE_NOOP("Problems", 'must be in {range} (got the text "{value}")')),
    "greater_than": (QT_TRANSLATE_NOOP("Problems", "must be greater than {bound}"),
                     QT_TRANSLATE_NOOP("Problems", "must be greater than {bound} (got {value})"),
                     QT_TRANSLATE_NOOP("Problems", 'must be greater than {bound} (got the text "{value}")')),
    "greater_than_equal": (QT_TRANSLATE_NOOP("Problems", "must be at least {bound}"),
                           QT_TRANSLATE_NOOP("Problems", "must be at least {bound} (got {value})"),
                           QT_TRANSLATE_NOOP("Problems", 'must be at least {bound} (got the text "{value}")')),
    "less_than": (QT_TRANSLATE_NOOP("Problems", "must be less than {bound}"),
                  QT_TRANSLATE_NOOP("Problems", "must be less than {bound} (got {value})"),
                  QT_TRANSLATE_NOOP("Problems", 'must be less than {bound} (got the text "{value}")')),
    "less_than_equal": (QT_TRANSLATE_NOOP("Problems", "must be at most {bound}"),
                        QT_TRANSLATE_NOOP("Problems", "must be at most {bound} (got {value})"),
                        QT_TRANSLATE_NOOP("Problems", 'must be at most {bound} (got the text "{value}")')),
    "choices": (QT_TRANSLATE_NOOP("Problems", "must be one of {choices}"),
                QT_TRANSLATE_NOOP("Problems", "must be one of {choices} (got {value})"),
                QT_TRANSLATE_NOOP("Problems", 'must be one of {choices} (got the text "{value}")')),
    "colour": (QT_TRANSLATE_NOOP("Problems", "must be a colour written as #RRGGBB, from #000000 to #ffffff"),
               QT_TRANSLATE_NOOP("Problems", "must be a colour written as #RRGGBB, from #000000 to #ffffff "
                                             "(got {value})"),
               QT_TRANSLATE_NOOP("Problems", "must be a colour written as #RRGGBB, from #000000 to #ffffff "
                                             '(got the text "{value}")')),
}

_TYPE_WORDS = {
    "int_type": "whole",
    "int_parsing": "whole",
    "float_type": "number",
    "float_parsing": "number",
    "string_type": "text",
    "bool_type": "bool",
    "list_type": "list",
    "model_type": "object",
    "dict_type": "object",
    "model_attributes_type": "object",
}

# A sentence: its template and its values.
Sentence = tuple[str, dict[str, Any]]


def _shown(value: Any, limits: FieldLimits | None) -> tuple[int, str]:
    """How the offending value is quoted (an index into a _QUOTED entry), and its text.

    Only where it cannot be a secret."""
    if limits is not None and limits.secret:
        return 0, ""
    if isinstance(value, bool):
        return 1, "true" if value else "false"
    if isinstance(value, (int, float)):
        return 1, number_text(value)
    if isinstance(value, str) and len(value) <= 40 and limits is not None and limits.kind in ("int", "float", "bool"):
        return 2, value
    if value is None:
        return 1, "null"
    return 0, ""


def _quoted(kind: str, value: Any, limits: FieldLimits | None, **params: Any) -> Sentence:
    form, text = _shown(value, limits)
    if form:
        params["value"] = text
    return _QUOTED[kind][form], params


def _choices_text(limits: FieldLimits | None, expected: str) -> str:
    if limits is None or not limits.choices:
        return expected
    if limits.labels:
        parts = [f"{c} ({limits.labels.get(c, '')})" if c in limits.labels else f"{c}" for c in limits.choices]
    else:
        parts = [f'"{c}"' if isinstance(c, str) else str(c) for c in limits.choices]
    return ", ".join(parts)


def _range(limits: FieldLimits, value: Any) -> Sentence:
    """The documented range, said as one sentence: in an interval, or beyond one bound."""
    if limits.minimum is not None and limits.maximum is not None:
        return _quoted("range", value, limits, range=limits.range_text())
    fmt = (lambda v: f"{v:g}") if limits.kind == "float" else (lambda v: f"{int(v)}")
    if limits.minimum is not None:
        kind = "greater_than" if limits.min_exclusive else "greater_than_equal"
        return _quoted(kind, value, limits, bound=fmt(limits.minimum))
    kind = "less_than" if limits.max_exclusive else "less_than_equal"
    return _quoted(kind, value, limits, bound=fmt(limits.maximum))


def _int64_range(limits: FieldLimits | None) -> str:
    """The field's declared range with each open end closed by the 64-bit bound, e.g.
    ``[0, 9223372036854775807]``."""
    low, high, lo, hi = INT64_MIN, INT64_MAX, "[", "]"
    if limits is not None and limits.minimum is not None:
        low, lo = int(limits.minimum), "(" if limits.min_exclusive else "["
    if limits is not None and limits.maximum is not None:
        high, hi = int(limits.maximum), ")" if limits.max_exclusive else "]"
    return f"{lo}{low}, {high}{hi}"


def _siblings(parent: str, limits: Mapping[str, FieldLimits]) -> list[str]:
    prefix = parent + "." if parent else ""
    names = []
    for path in limits:
        if path.startswith(prefix):
            rest = path[len(prefix):]
            if rest and "." not in rest and "[" not in rest:
                names.append(rest)
    return names


# The typo suggestions' cost is bounded: only the first MAX_SUGGESTIONS unknown keys of a body are
# compared with the known names, and only keys of at most MAX_SUGGESTED_KEY_LENGTH characters.
MAX_SUGGESTIONS = 20
MAX_SUGGESTED_KEY_LENGTH = 64


class SuggestionBudget:
    """What one body's typo suggestions may still cost, and the sibling names already listed."""

    def __init__(self, left: int = MAX_SUGGESTIONS):
        self.left = left
        self.siblings: dict[str, list[str]] = {}


def suggest(name: str, parent: str, limits_by_path: Mapping[str, FieldLimits], budget: SuggestionBudget) -> list[str]:
    """The known field `name` was probably meant to be, within `budget`; [] when none or spent."""
    if budget.left <= 0 or len(name) > MAX_SUGGESTED_KEY_LENGTH:
        return []
    budget.left -= 1
    known = budget.siblings.get(parent)
    if known is None:
        known = budget.siblings[parent] = _siblings(parent, limits_by_path)
    return difflib.get_close_matches(name, known, n=1, cutoff=0.6)


def _message(err: Mapping[str, Any], path: str, limits_by_path: Mapping[str, FieldLimits],
             budget: SuggestionBudget | None = None) -> Sentence:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    key = pattern_of(path)
    limits = limits_by_path.get(key)
    element_of_list = False
    if limits is None and key.endswith("[]"):
        limits = limits_by_path.get(key[:-2])
        element_of_list = True
    value = err.get("input")

    if kind == "missing":
        return QT_TRANSLATE_NOOP("Problems", "is required"), {}
    if kind == "extra_forbidden":
        parent, _, name = key.rpartition(".")
        close = suggest(name, parent, limits_by_path, budget) if budget is not None else []
        if close:
            return QT_TRANSLATE_NOOP("Problems", 'is not a field the API knows; did you mean "{name}"? '
                                                 "(unknown fields are never dropped silently)"), {"name": close[0]}
        return QT_TRANSLATE_NOOP("Problems", "is not a field the API knows "
                                             "(unknown fields are never dropped silently)"), {}
    if kind in ("float_type", "float_parsing") and isinstance(value, int) and not isinstance(value, bool) \
            and limits is not None and limits.range_text():
        # A whole number too big for any float: it is a number, just far out of range.
        return _range(limits, value)
    if kind == "string_unicode":  # named by values.lone_surrogates first; said the same way here
        return QT_TRANSLATE_NOOP("Problems", "holds text that is not Unicode and cannot be sent as UTF-8"), {}
    if kind == "int_parsing_size":
        # A whole number longer than Python reads: a number, far out of any range.
        return _range(limits, value) if limits is not None and limits.range_text() else _quoted("whole", value, limits)
    if kind == "int64_range":
        return _quoted("range", value, limits, range=_int64_range(limits))
    if kind in _TYPE_WORDS:
        return _quoted(_TYPE_WORDS[kind], value, limits)
    if kind == "literal_error":
        if element_of_list and limits is not None:
            return _quoted("choices", value, None, choices=str(ctx.get("expected", "")))
        return _quoted("choices", value, limits, choices=_choices_text(limits, str(ctx.get("expected", ""))))
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        if limits is not None and limits.range_text():
            return _range(limits, value)
        return _quoted(kind, value, limits, bound=str(next(iter(ctx.values()), "")))
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if pattern == ID_PATTERN:
            return ID_RULE, {}
        if pattern.startswith("^#"):
            return _quoted("colour", value, None)
        if pattern == r"^[A-Za-z0-9]+$":
            return QT_TRANSLATE_NOOP("Problems", "may contain only letters and digits "
                                                 "(the API allows no other characters in a prefix)"), {}
        return QT_TRANSLATE_NOOP("Problems", "does not match the pattern {pattern}"), {"pattern": pattern}
    if kind == "string_too_short":
        return QT_TRANSLATE_NOOP("Problems", "must not be empty"), {}
    if kind == "string_too_long":
        return QT_TRANSLATE_NOOP("Problems", "must be at most {max} characters long"), {"max": ctx.get("max_length")}
    if kind == "too_long":
        counts = {"count": ctx.get("actual_length"), "max": ctx.get("max_length")}
        if key.startswith("ExcludeStreams"):
            return QT_TRANSLATE_NOOP("Problems", "holds {count} entries; at most {max} streams can be excluded"), counts
        if key.endswith("StreamList") or key.endswith("Regions"):
            return QT_TRANSLATE_NOOP("Problems", "holds {count} entries; at most {max} streams can be recorded"), counts
        return QT_TRANSLATE_NOOP("Problems", "can hold at most {max} entries"), {"max": ctx.get("max_length")}
    if kind == "too_short":
        if ctx.get("min_length") == 1:
            return QT_TRANSLATE_NOOP("Problems", "must hold at least 1 entry"), {}
        return QT_TRANSLATE_NOOP("Problems", "must hold at least {min} entries"), {"min": ctx.get("min_length")}
    if kind == "value_error":
        # Our validators raise with a marked sentence (fields.EVEN_RULE); quoted whole.
        cause = ctx.get("error")
        return (str(cause) if cause is not None else str(err.get("msg", "is invalid"))), {}
    return str(err.get("msg", "is invalid")).rstrip("."), {}


def problems_from_validation_error(exc: ValidationError, limits_by_path: Mapping[str, FieldLimits]) -> list[Problem]:
    return [problem for problem, _loc in located_problems(exc, limits_by_path)]


# Errors that say a field is absent or unknown, rather than that its value failed its check.
NOT_A_VALUE = frozenset({"missing", "extra_forbidden"})


def located_problems(exc: ValidationError, limits_by_path: Mapping[str, FieldLimits]) -> list[tuple[Problem, tuple]]:
    """Each problem with its location in the body (keys and indices), as pydantic found it."""
    out: list[tuple[Problem, tuple]] = []
    budget = SuggestionBudget()
    for err in exc.errors(include_url=False):
        loc = tuple(part if isinstance(part, int) else str(part) for part in err["loc"])
        path = join_path("", *loc)
        template, params = _message(err, path, limits_by_path, budget)
        out.append((error(path, template, err["type"], **params), loc))
    return out


def field_problems(model: Any, body: Any, limits_by_path: Mapping[str, FieldLimits]) -> tuple[list[Problem], list[tuple]]:
    """Every problem of `body`'s fields on their own, and where the failing values are.

    Text that is not Unicode is named once, by its own rule; the locations returned are the
    values that failed their check (absent and unknown fields are not among them), so the rules
    between fields can skip them rather than measure against them.
    """
    # At most MAX_FIELD_PROBLEMS problems are said, then one line counts the rest; the typo
    # suggestions are bounded too (`SuggestionBudget`), so a body of 100,000 unknown keys costs
    # little more than its validation.

    problems: list[Problem] = []
    invalid: list[tuple] = []
    for loc, problem in lone_surrogates(body):
        problems.append(problem)
        invalid.append(loc)
    named = {p.path for p in problems}
    # A key that is not Unicode stops pydantic at once; it is named above, so the rest is
    # checked without it.
    keys = [loc for loc, _problem in zip(invalid, problems) if loc and isinstance(loc[-1], str)
            and has_surrogate(loc[-1])]
    unlisted = max(0, len(problems) - MAX_FIELD_PROBLEMS)
    del problems[MAX_FIELD_PROBLEMS:]
    try:
        model.model_validate(with_invalid(body, keys, drop=True) if keys else body)
    except ValidationError as exc:
        budget = SuggestionBudget()
        for err in exc.errors(include_url=False):
            loc = tuple(part if isinstance(part, int) else str(part) for part in err["loc"])
            path = join_path("", *loc)
            if path in named or (named and err["type"] == "string_unicode"):
                continue
            if err["type"] not in NOT_A_VALUE:
                invalid.append(loc)
            if len(problems) >= MAX_FIELD_PROBLEMS:  # counted, not said: a sentence each costs time
                unlisted += 1
                continue
            template, params = _message(err, path, limits_by_path, budget)
            problems.append(error(path, template, err["type"], **params))
    if unlisted:
        problems.append(more_problems(unlisted))
    return problems, invalid
