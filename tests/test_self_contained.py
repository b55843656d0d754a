"""The repository stands alone: nothing under gui/ or tests/ reads a path outside it.

Two guards: this static scan of every source file for paths that climb out of the repository, and
the audit hook in tests/support.py that fails the run when any test reads beside the repository.
CI also runs the suite in a clone with nothing beside it (.ci/run).
"""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

import support

ROOT = Path(__file__).resolve().parents[1]
# This file spells the ways out on purpose, to test the scan.
SOURCES = sorted(p for p in [*ROOT.joinpath("gui").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py")]
                 if p.resolve() != Path(__file__).resolve())


def climbs_out(path: Path) -> list[str]:
    """The places in `path` that reach above the repository's root."""
    depth = len(path.relative_to(ROOT).parts)  # parents[depth - 1] of this file is the root
    found, seen_lines = [], set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.replace("\\\\", "/")
            if text.startswith("../") or "/../" in text:
                found.append(f"{where}: the path {node.value!r}")
        elif isinstance(node, ast.Attribute) and node.attr == "pardir":
            found.append(f"{where}: os.pardir")
        else:
            levels = _levels_up(node)
            if levels > depth and where not in seen_lines:
                seen_lines.add(where)
                found.append(f"{where}: {levels} folders up from a file {depth} deep")
    return found


def _levels_up(node) -> int:
    """How many folders up `Path(...).parents[k]` and `.parent` chains reach (0 if not such a chain)."""
    if isinstance(node, ast.Attribute) and node.attr == "parent":
        return 1 + _levels_up(node.value)
    if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "parents"
            and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, int)):
        return node.slice.value + 1
    return 0


def test_no_source_file_climbs_out_of_the_repository():
    found = [place for path in SOURCES for place in climbs_out(path)]
    assert found == []


def test_the_scan_catches_each_way_out(tmp_path):
    probe = ROOT / "tests" / "_probe_climbs_out.py"
    probe.write_text(
        "from pathlib import Path\nimport os\n"
        "A = Path(__file__).resolve().parents[1].parent / 'sibling'\n"
        "B = Path(__file__).parents[2]\n"
        "C = Path(__file__).parent.parent.parent\n"
        "D = os.path.join(os.pardir, 'x')\n"
        "E = open('../sibling/notes.md')\n",
        encoding="utf-8")
    try:
        found = climbs_out(probe)
    finally:
        probe.unlink()
    assert len(found) == 5, found
    assert any(":3: 3 folders up" in f for f in found) and any("pardir" in f for f in found)


def test_the_audit_hook_sees_a_read_beside_the_repository():
    sibling = ROOT.parent / "sibling-probe" / "x.txt"
    before = len(support.OUTSIDE_READS)
    # The event an open() raises, raised without opening anything: the hook is tested, and no
    # file beside the repository is touched, even one that does not exist.
    sys.audit("open", str(sibling), "r", 0)
    seen = support.OUTSIDE_READS[before:]
    del support.OUTSIDE_READS[before:]  # this read was ours, on purpose
    assert seen and str(sibling) in seen[0]


def test_inside_temporary_and_hidden_paths_are_not_beside():
    assert not support.read_beside_repository(ROOT / "tests" / "fixtures" / "x.json")
    assert not support.read_beside_repository(os.path.join(os.path.dirname(str(ROOT)), ".cache", "x"))
    assert support.read_beside_repository(os.path.join(os.path.dirname(str(ROOT)), "sibling", "x"))
    assert support.read_beside_repository(os.path.join(str(ROOT), os.pardir, "sibling", "x"))
