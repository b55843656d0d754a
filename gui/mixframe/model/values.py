"""Walking a raw JSON value without trusting it: any depth, any key, any text.

A hostile file can nest a value thousands of levels deep or hold text that is not Unicode (JSON's
``"\\udc80"`` escape decodes to a lone surrogate, which no UTF-8 output can carry). Everything
here is iterative, so no input reaches Python's recursion limit.
"""

from __future__ import annotations

from typing import Any, Iterable

from mixframe.model.problems import QT_TRANSLATE_NOOP, Problem, error, has_surrogate, join_path, printable

# The deepest real request: Layout > CustomLayout > Regions > [i] > SourceCrop > LocationX is 6
# levels. Anything much deeper is not a request. A preset's members (its request, its editor
# section) are measured from themselves, so a body saved as a preset is exactly as deep as it
# was bare and always opens again.
MAX_DEPTH = 32

Loc = tuple  # keys and list indices from the root, as pydantic's error locations

# What the app reads from files, at most. A real preset or request body is a few kilobytes.
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024
# A picture file (an editor's stand-in picture, a BackgroundImage or AlternateImage given as a
# local file), compressed, and the size it may decode to: 8K UHD (7680×4320) at most, and all the
# different pictures of one document together no more than twice that. A picture used several
# times is decoded once and counted once.
MAX_IMAGE_BYTES = 64 * 1024 * 1024
MAX_IMAGE_PIXELS = 7680 * 4320
MAX_TOTAL_IMAGE_PIXELS = 2 * MAX_IMAGE_PIXELS

# A picture file that is not drawn, said of the field that names it (render/compositor.py).
PICTURE_NOT_A_FILE = QT_TRANSLATE_NOOP("Problems", "names {name}, which is not a regular file; it was not drawn")
PICTURE_TOO_LARGE_FILE = QT_TRANSLATE_NOOP("Problems", "names {name}, which is larger than {cap}; it was not drawn")
PICTURE_UNREADABLE = QT_TRANSLATE_NOOP("Problems", "names {name}, which is not a picture Mixframe can read; "
                                       "it was not drawn")
PICTURE_TOO_MANY_PIXELS = QT_TRANSLATE_NOOP("Problems", "names {name}, a picture of {width}×{height} pixels, more than "
                                            "the {limit} million pixels a picture may have; it was not drawn")
PICTURE_OVER_BUDGET = QT_TRANSLATE_NOOP("Problems", "names {name}, whose {width}×{height} pixels would take this "
                                        "document's pictures past {limit} million pixels together; it was not drawn")


def size_text(size: int) -> str:
    """A byte count as people say it: "8 MiB", "1.5 GiB", "300 bytes"."""
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            amount = size / scale
            return f"{amount:.0f} {unit}" if amount == int(amount) or amount >= 100 else f"{amount:.1f} {unit}"
    return f"{size} bytes"


# At most this many problems with the fields are listed for one body (or one preset's own keys);
# one more line counts the rest. Saying each costs time, and nobody reads 100,000 lines.
MAX_FIELD_PROBLEMS = 200


def more_problems(count: int) -> Problem:
    """The line that counts the problems not listed."""
    return error("", QT_TRANSLATE_NOOP("Problems", "and {count} more problems with the fields, not listed "
                                       "(the first {listed} are)"), "more-problems", count=count, listed=MAX_FIELD_PROBLEMS)


def too_deep(data: Any, limit: int = MAX_DEPTH, base: str = "") -> str | None:
    """The path (under `base`) of the first value nested deeper than `limit` levels, or None."""
    stack: list[tuple[Any, Loc]] = [(data, ())]
    while stack:
        node, loc = stack.pop()
        if isinstance(node, dict):
            children: Iterable = node.items()
        elif isinstance(node, list):
            children = enumerate(node)
        else:
            continue
        if len(loc) >= limit:
            return path_of(loc, base)
        for key, child in children:
            if isinstance(child, (dict, list)):
                stack.append((child, (*loc, key)))
    return None


# Python reads and writes whole numbers of at most this many digits as text (JSON is text).
MAX_DIGITS = 4300
_TOO_LONG = 10**MAX_DIGITS


def too_long_number(data: Any, limit: int = MAX_DEPTH, base: str = "") -> str | None:
    """The path (under `base`) of the first whole number too long to write as JSON, or None."""
    stack: list[tuple[Any, Loc]] = [(data, ())]
    while stack:
        node, loc = stack.pop()
        if isinstance(node, int) and not isinstance(node, bool):
            if not -_TOO_LONG < node < _TOO_LONG:
                return path_of(loc, base)
        elif len(loc) < limit and isinstance(node, (dict, list)):
            stack.extend((child, (*loc, key)) for key, child in (node.items() if isinstance(node, dict)
                                                                  else enumerate(node)))
    return None


def path_of(loc: Loc, base: str = "") -> str:
    return join_path(base, *(part if isinstance(part, int) else str(part) for part in loc))


def _surrogate_in(text: str) -> str:
    return printable(next(ch for ch in text if has_surrogate(ch)))


def lone_surrogates(data: Any, base: str = "", limit: int = MAX_DEPTH) -> list[tuple[Loc, Problem]]:
    """An error for every key or text value holding a lone surrogate, at its path under `base`.

    Such text cannot be sent (requests go out as UTF-8) nor saved. Values deeper than `limit`
    are not looked at: the field checks already refuse them.
    """
    found: list[tuple[Loc, Problem]] = []
    stack: list[tuple[Any, Loc]] = [(data, ())]
    while stack:
        node, loc = stack.pop()
        if isinstance(node, str):
            if has_surrogate(node):
                found.append((loc, error(path_of(loc, base),
                                         QT_TRANSLATE_NOOP("Problems", "holds a lone surrogate ({escape}), which is "
                                                           "not Unicode text and cannot be sent as UTF-8"),
                                         "text-not-unicode", escape=_surrogate_in(node))))
            continue
        if len(loc) >= limit:
            continue
        if isinstance(node, dict):
            for key, child in reversed(list(node.items())):  # popped in document order
                if isinstance(key, str) and has_surrogate(key):
                    found.append(((*loc, key), error(path_of((*loc, key), base),
                                                     QT_TRANSLATE_NOOP("Problems", "this key holds a lone surrogate "
                                                                       "({escape}), which is not Unicode text"),
                                                     "text-not-unicode", escape=_surrogate_in(key))))
                    continue
                stack.append((child, (*loc, key)))
        elif isinstance(node, list):
            for i in range(len(node) - 1, -1, -1):
                stack.append((node[i], (*loc, i)))
    return found


class Invalid:
    """Stands in for a value that failed its own field check, so that no rule measures against it."""

    _instance: "Invalid | None" = None

    def __new__(cls) -> "Invalid":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "<invalid>"


INVALID = Invalid()


def with_invalid(data: Any, locs: Iterable[Loc], *, drop: bool = False) -> Any:
    """A copy of `data` with the value at each location replaced by INVALID (or, with `drop`,
    its key removed).

    Only the containers along those paths are copied; a location that names nothing present
    (a missing field) is left alone, so the rules still see it as absent.
    """
    root = data
    copied: set[int] = set()
    for loc in locs:
        if not loc:
            continue
        node, parent, key = root, None, None
        for depth, part in enumerate(loc):
            present = (isinstance(node, dict) and part in node) or (
                isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node))
            if not present:
                break
            if id(node) not in copied:
                node = dict(node) if isinstance(node, dict) else list(node)
                copied.add(id(node))
                if parent is None:
                    root = node
                else:
                    parent[key] = node
            if depth == len(loc) - 1:
                if drop and isinstance(node, dict):
                    del node[part]
                else:
                    node[part] = INVALID
            else:
                parent, key, node = node, part, node[part]
    return root
