"""The architecture's arrows: nothing under model/, fs/, api/, store/ or sandbox/ imports Qt, and
render/ draws with QtGui only (no widgets)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "gui" / "mixframe"
QT_FREE = ("model", "fs", "api", "store", "sandbox")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _modules(room: str) -> list[Path]:
    return sorted((PACKAGE / room).rglob("*.py"))


@pytest.mark.parametrize("room", QT_FREE)
def test_room_source_never_names_qt(room):
    offenders = {
        str(path.relative_to(PACKAGE)): name
        for path in _modules(room)
        for name in _imports(path)
        if name.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6") or name.startswith("mixframe.ui")
        or name.startswith("mixframe.render")
    }
    assert offenders == {}


# Which rooms each room may import (besides itself). The arrows point one way:
# ui → render → model, and ui/cli → api/store → model; the sandbox verifies with api's signer.
ALLOWED = {
    "model": set(),
    "fs": set(),
    "api": {"model"},
    "store": {"model", "fs"},
    "sandbox": {"model", "api"},
    "render": {"model", "fs"},
}


@pytest.mark.parametrize("room", sorted(ALLOWED))
def test_room_imports_only_the_rooms_below_it(room):
    offenders = {}
    for path in _modules(room):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "mixframe" and len(parts) > 1:
                target = parts[1]
                if target != room and target not in ALLOWED[room] and target != "__init__":
                    offenders[str(path.relative_to(PACKAGE))] = name
    assert offenders == {}


def test_render_uses_no_widgets():
    offenders = {
        str(path.relative_to(PACKAGE)): name
        for path in _modules("render")
        for name in _imports(path)
        if name.startswith("PySide6.QtWidgets") or name.startswith("mixframe.ui")
    }
    assert offenders == {}


def test_importing_every_qt_free_module_loads_no_qt():
    """Static checks miss dynamic imports: import them all in a fresh interpreter and look."""
    modules = [
        "mixframe." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for room in QT_FREE
        for path in _modules(room)
    ]
    modules = [m.removesuffix(".__init__") for m in modules] + ["mixframe.cli"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(qt))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_version_does_not_import_qt():
    code = (
        "import sys\n"
        "from mixframe.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "mixframe" in out.stdout
    assert out.stderr.strip().endswith("NOQT")


FILE_CALLS = {"open", "read_text", "read_bytes", "write_text", "write_bytes", "fdopen", "scandir", "listdir"}


def test_the_model_does_no_file_io():
    """The model is rules and shapes; reading a file a person names belongs to the fs room (the
    store and the compositor read with it)."""
    offenders = []
    for path in _modules("model"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
                if name in FILE_CALLS:
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {name}")
    assert offenders == []
