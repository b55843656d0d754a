"""Each room says in one place what it loads late (`late = lazy_modules(...)` in its package):
no function of model/, api/, store/, render/, sandbox/ or drivers/ imports anything itself, but
for the platform's own modules and the probe of an optional dependency."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from mixframe.model.lazy import LazyModule, lazy_modules

PACKAGE = Path(__file__).resolve().parents[1] / "gui" / "mixframe"
ROOMS = ("model", "api", "store", "render", "sandbox", "drivers")
TABLES = ("model", "api", "store", "drivers")
# Imported where they are used, on purpose: a platform's own module (fcntl on POSIX, msvcrt on
# Windows, resource on Unix) and the check whether an optional package (SOCKS support) is there.
IN_PLACE = {"fcntl", "msvcrt", "resource", "socksio"}


def _imports_in_functions(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import):
                    found += [f"{path.name}:{inner.lineno} {a.name}" for a in inner.names if a.name not in IN_PLACE]
                elif isinstance(inner, ast.ImportFrom):
                    found.append(f"{path.name}:{inner.lineno} from {inner.module}")
    return found


@pytest.mark.parametrize("room", ROOMS)
def test_no_function_of_the_room_imports_for_itself(room):
    offenders = [hit for path in sorted((PACKAGE / room).rglob("*.py")) for hit in _imports_in_functions(path)]
    assert offenders == [], "load it late through the room's table (its package's `late`)"


@pytest.mark.parametrize("room", TABLES)
def test_every_late_module_a_room_declares_exists(room):
    table = importlib.import_module(f"mixframe.{room}").late
    assert table.modules()
    for key, name in table.modules().items():
        assert importlib.util.find_spec(name) is not None, (room, key, name)


@pytest.mark.parametrize("room", TABLES)
def test_the_bundler_sees_every_late_module(room):
    """A module named only by a string is invisible to PyInstaller's import scan: each package
    also imports its table's modules under `if TYPE_CHECKING:` (never run, but in the bytecode)."""
    tree = ast.parse((PACKAGE / room / "__init__.py").read_text(encoding="utf-8"))
    guarded = [node for node in tree.body if isinstance(node, ast.If) and isinstance(node.test, ast.Name)
               and node.test.id == "TYPE_CHECKING"]
    assert len(guarded) == 1
    named = {alias.name for node in ast.walk(guarded[0]) if isinstance(node, ast.Import) for alias in node.names}
    assert named == set(importlib.import_module(f"mixframe.{room}").late.modules().values())


def test_a_late_module_is_imported_on_its_first_attribute_only():
    code = (
        "import sys\n"
        "from mixframe.model.lazy import lazy_modules\n"
        "late = lazy_modules(mod='json.tool')\n"
        "before = 'json.tool' in sys.modules or late.mod.loaded\n"
        "late.mod.main\n"
        "print(before, 'json.tool' in sys.modules and late.mod.loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
    table = lazy_modules(lazy="mixframe.model.lazy")
    assert isinstance(table.lazy, LazyModule) and table.lazy.LazyModule is LazyModule
    with pytest.raises(AttributeError):
        table.undeclared


def test_the_rooms_that_load_late_load_nothing_heavy_when_imported():
    modules = ["mixframe.model.preset", "mixframe.model.credentials", "mixframe.model.endpoints",
               "mixframe.store.presets", "mixframe.store.profiles", "mixframe.store.journal", "mixframe.store.files",
               "mixframe.drivers.volcengine", "mixframe.drivers.qingcloud"]
    heavy = ("pydantic", "httpx", "keyring", "_hashlib", "platformdirs")
    code = (f"import importlib, sys\nfor m in {modules!r}: importlib.import_module(m)\n"
            f"print(','.join(sorted(m for m in {heavy!r} if m in sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
