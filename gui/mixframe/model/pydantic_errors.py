"""pydantic's validation errors, said as problems a producer understands, at their API paths."""

from __future__ import annotations

import difflib
from typing import Any, Mapping

from pydantic import ValidationError

from mixframe.model.fields import ID_PATTERN, ID_RULE, FieldLimits, pattern_of
from mixframe.model.problems import Problem, error, has_surrogate, join_path, number_text

_TYPE_WORDS = {
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "string_type": "must be text",
    "bool_type": "must be true or false",
    "list_type": "must be a list",
    "model_type": "must be an object",
    "dict_type": "must be an object",
    "model_attributes_type": "must be an object",
}


def _shown(value: Any, limits: FieldLimits | None) -> str:
    """The offending value, quoted only where it cannot be a secret."""
    if limits is not None and limits.secret:
        return ""
    if isinstance(value, bool):
        return f" (got {'true' if value else 'false'})"
    if isinstance(value, (int, float)):
        return f" (got {number_text(value)})"
    if isinstance(value, str) and len(value) <= 40 and limits is not None and limits.kind in ("int", "float", "bool"):
        return f' (got the text "{value}")'
    if value is None:
        return " (got null)"
    return ""


def _choices_text(limits: FieldLimits | None, expected: str) -> str:
    if limits is None or not limits.choices:
        return f"must be one of {expected}"
    if limits.labels:
        parts = [f"{c} ({limits.labels.get(c, '')})" if c in limits.labels else f"{c}" for c in limits.choices]
    else:
        parts = [f'"{c}"' if isinstance(c, str) else str(c) for c in limits.choices]
    return "must be one of " + ", ".join(parts)


def _siblings(parent: str, limits: Mapping[str, FieldLimits]) -> list[str]:
    prefix = parent + "." if parent else ""
    names = []
    for path in limits:
        if path.startswith(prefix):
            rest = path[len(prefix):]
            if rest and "." not in rest and "[" not in rest:
                names.append(rest)
    return names


def _message(err: Mapping[str, Any], path: str, limits_by_path: Mapping[str, FieldLimits]) -> str:
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
        return "is required"
    if kind == "extra_forbidden":
        parent, _, name = key.rpartition(".")
        known = _siblings(parent, limits_by_path)
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f'; did you mean "{close[0]}"?' if close else ""
        return f"is not a field the API knows{hint} (unknown fields are never dropped silently)"
    if kind in ("float_type", "float_parsing") and isinstance(value, int) and not isinstance(value, bool) \
            and limits is not None and limits.range_text():
        # A whole number too big for any float: it is a number, just far out of range.
        both = limits.minimum is not None and limits.maximum is not None
        return (f"must be in {limits.range_text()}" if both else f"must be {limits.range_text()}") + _shown(value, limits)
    if kind in _TYPE_WORDS:
        return _TYPE_WORDS[kind] + _shown(value, limits)
    if kind == "literal_error":
        if element_of_list and limits is not None:
            return f"must be one of {ctx.get('expected', '')}" + _shown(value, None)
        return _choices_text(limits, str(ctx.get("expected", ""))) + _shown(value, limits)
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        if limits is not None and limits.range_text():
            text = limits.range_text()
            both = limits.minimum is not None and limits.maximum is not None
            return (f"must be in {text}" if both else f"must be {text}") + _shown(value, limits)
        bound = {"greater_than": "greater than", "greater_than_equal": "at least",
                 "less_than": "less than", "less_than_equal": "at most"}[kind]
        number = next(iter(ctx.values()), "")
        return f"must be {bound} {number}" + _shown(value, limits)
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if pattern == ID_PATTERN:
            return ID_RULE
        if pattern.startswith("^#"):
            return "must be a colour written as #RRGGBB, from #000000 to #ffffff" + _shown(value, None)
        if pattern == r"^[A-Za-z0-9]+$":
            return "may contain only letters and digits (the API allows no other characters in a prefix)"
        return f"does not match the pattern {pattern}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters long"
    if kind == "too_long":
        if key.startswith("ExcludeStreams"):
            return f"holds {ctx.get('actual_length')} entries; at most {ctx.get('max_length')} streams can be excluded"
        if key.endswith("StreamList") or key.endswith("Regions"):
            return f"holds {ctx.get('actual_length')} entries; at most {ctx.get('max_length')} streams can be recorded"
        return f"can hold at most {ctx.get('max_length')} entries"
    if kind == "too_short":
        return f"must hold at least {ctx.get('min_length')} entry" if ctx.get("min_length") == 1 else (
            f"must hold at least {ctx.get('min_length')} entries")
    if kind == "value_error":
        cause = ctx.get("error")
        return str(cause) if cause is not None else err.get("msg", "is invalid")
    return str(err.get("msg", "is invalid")).rstrip(".")


def problems_from_validation_error(exc: ValidationError, limits_by_path: Mapping[str, FieldLimits]) -> list[Problem]:
    return [problem for problem, _loc in located_problems(exc, limits_by_path)]


# Errors that say a field is absent or unknown, rather than that its value failed its check.
NOT_A_VALUE = frozenset({"missing", "extra_forbidden"})


def located_problems(exc: ValidationError, limits_by_path: Mapping[str, FieldLimits]) -> list[tuple[Problem, tuple]]:
    """Each problem with its location in the body (keys and indices), as pydantic found it."""
    out: list[tuple[Problem, tuple]] = []
    for err in exc.errors(include_url=False):
        loc = tuple(part if isinstance(part, int) else str(part) for part in err["loc"])
        path = join_path("", *loc)
        out.append((error(path, _message(err, path, limits_by_path), rule=err["type"]), loc))
    return out


def field_problems(model: Any, body: Any, limits_by_path: Mapping[str, FieldLimits]) -> tuple[list[Problem], list[tuple]]:
    """Every problem of `body`'s fields on their own, and where the failing values are.

    Text that is not Unicode is named once, by its own rule; the locations returned are the
    values that failed their check (absent and unknown fields are not among them), so the rules
    between fields can skip them rather than measure against them.
    """
    from mixframe.model.values import lone_surrogates, with_invalid

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
    try:
        model.model_validate(with_invalid(body, keys, drop=True) if keys else body)
    except ValidationError as exc:
        for problem, loc in located_problems(exc, limits_by_path):
            if problem.path in named or (named and problem.rule == "string_unicode"):
                continue
            problems.append(problem)
            if problem.rule not in NOT_A_VALUE:
                invalid.append(loc)
    return problems, invalid
