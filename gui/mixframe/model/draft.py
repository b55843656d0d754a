"""The request as the producer is writing it: the whole body in API spelling, half-typed values and
values that break a rule included.

The strict pydantic models judge a draft (`check`); they are not where unfinished input lives. A
form writes what was typed here, and the problems list says what is wrong with it, so nothing the
producer typed is lost or silently changed. Paths are the API paths the problems use:
``Encode.VideoFps``, ``StorageConfig.TosConfig.Bucket``, ``Layout.CustomLayout.Regions[1].Width``.
"""

from __future__ import annotations

import copy
import re
from typing import Any, Iterator

from mixframe.model.limits import OTHER_SPELLINGS, with_api_spelling
from mixframe.model.preset import LoadedDocument
from mixframe.model.problems import Problem

_STEP = re.compile(r'\.?(?:"((?:[^"\\]|\\.)*)"|([^.\[\]"]+))|\[(\d+)\]')


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()
"""What `get` answers for a path the draft does not hold (distinct from a JSON null)."""


def split_path(path: str) -> list[str | int]:
    """``"Layout.CustomLayout.Regions[1].Width"`` gives ``["Layout", "CustomLayout", "Regions", 1, "Width"]``.

    The inverse of `problems.join_path`, quoted keys included; ValueError for anything else."""
    steps: list[str | int] = []
    pos = 0
    while pos < len(path):
        match = _STEP.match(path, pos)
        if not match or match.end() == pos or (pos == 0 and path.startswith(".")):
            raise ValueError(f"not an API path: {path!r}")
        quoted, plain, index = match.groups()
        if index is not None:
            steps.append(int(index))
        else:
            steps.append(plain if plain is not None else re.sub(r"\\(.)", r"\1", quoted))
        pos = match.end()
    if not steps:
        raise ValueError("an empty API path")
    return steps


class RequestDraft:
    """A request body being written, for one vendor (``volcengine`` or ``qingcloud``)."""

    def __init__(self, vendor: str = "volcengine", body: dict | None = None):
        self.vendor = vendor
        # A field written in a spelling the API also takes (the seed's example writes
        # TosConfig.UserAccountId) is held under the API's own name, where its editor looks.
        self._body: dict = with_api_spelling(copy.deepcopy(body), OTHER_SPELLINGS.get(vendor, {})) if isinstance(body, dict) else {}

    # -- reading
    def get(self, path: str, default: Any = MISSING) -> Any:
        """The value at `path` as written (a copy for objects and lists), or `default`."""
        node: Any = self._body
        for step in split_path(path):
            if isinstance(step, int):
                if not isinstance(node, list) or step >= len(node):
                    return default
            elif not isinstance(node, dict) or step not in node:
                return default
            node = node[step]
        return copy.deepcopy(node) if isinstance(node, (dict, list)) else node

    def has(self, path: str) -> bool:
        return self.get(path) is not MISSING

    def to_body(self) -> dict:
        """The body as written, to check, preview, save or send (a copy: changing it changes nothing here)."""
        return copy.deepcopy(self._body)

    # -- writing
    def set(self, path: str, value: Any) -> None:
        """Write `value` at `path`, making the objects on the way; MISSING removes the field.

        Removing the last field of an object removes the object too, so clearing a form leaves no
        empty ``"Encode": {}`` behind. A list index must already exist (lists are edited whole)."""
        steps = split_path(path)
        if value is MISSING:
            self._remove(steps)
            return
        node: Any = self._body
        for step, following in zip(steps, steps[1:]):
            if isinstance(step, int) and (not isinstance(node, list) or step >= len(node)):
                raise KeyError(f"{path}: there is no item {step} to write into")
            if isinstance(following, int):
                if not isinstance(node[step] if isinstance(step, int) else node.get(step), list):
                    raise KeyError(f"{path}: there is no list to write into")
            elif not isinstance(node[step] if isinstance(step, int) else node.get(step), dict):
                node[step] = {}  # a value in the way of an object the producer is filling in
            node = node[step]
        last = steps[-1]
        if isinstance(last, int):
            if not isinstance(node, list) or last >= len(node):
                raise KeyError(f"{path}: there is no item {last} to write")
        node[last] = copy.deepcopy(value)

    def update(self, values: dict[str, Any]) -> None:
        for path, value in values.items():
            self.set(path, value)

    def _remove(self, steps: list[str | int]) -> None:
        trail: list[tuple[Any, str | int]] = []
        node: Any = self._body
        for step in steps[:-1]:
            if isinstance(step, int):
                if not isinstance(node, list) or step >= len(node):
                    return
            elif not isinstance(node, dict) or step not in node:
                return
            trail.append((node, step))
            node = node[step]
        last = steps[-1]
        if isinstance(node, dict) and isinstance(last, str):
            node.pop(last, None)
        elif isinstance(node, list) and isinstance(last, int) and last < len(node):
            del node[last]
        else:
            return
        # Prune objects the removal emptied (never lists: an empty list is a value the user wrote).
        for parent, step in reversed(trail):
            child = parent[step]
            if isinstance(child, dict) and not child and isinstance(parent, dict):
                del parent[step]
            else:
                break

    # -- judging
    def check(self, *, draft: bool = True) -> list[Problem]:
        """Every problem of the whole request, by the vendor model's rules (never raises)."""
        return LoadedDocument(self.vendor, self.to_body(), {}).check(draft=draft)

    def __iter__(self) -> Iterator[str]:
        return iter(self._body)
