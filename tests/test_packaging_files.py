"""The installable-app files in packaging/ and resources/icons/, checked without building.

The build itself and the built app are checked by packaging/ci-smoke.sh.
"""

from __future__ import annotations

import ast
import configparser
import fnmatch
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.mixframe.Mixframe"
PRESET_TYPE = "application/x-mixframe-preset"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def spec_tree() -> ast.Module:
    return ast.parse((PACKAGING / "mixframe.spec").read_text(encoding="utf-8"))


def spec_value(name: str):
    """A top-level constant of the spec (e.g. QT_UNUSED), evaluated on its own."""
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return eval(compile(ast.Expression(node.value), "mixframe.spec", "eval"), {})  # noqa: S307
    raise AssertionError(f"{name} is not assigned in mixframe.spec")


def spec_call(name: str) -> ast.Call:
    calls = [n for n in ast.walk(spec_tree()) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == name]
    assert len(calls) == 1, f"mixframe.spec calls {name} {len(calls)} times"
    return calls[0]


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def qt_modules_imported_by_the_app() -> set[str]:
    found = set()
    for path in (ROOT / "gui" / "mixframe").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("PySide6.")}
    return found


# ---- the PyInstaller spec ------------------------------------------------------------------------------------

def test_spec_bundles_mixframe_resources_from_the_installed_package():
    collect = [n for n in ast.walk(spec_tree())
               if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "collect_data_files"]
    assert [ast.literal_eval(c.args[0]) for c in collect] == ["mixframe.resources"]
    datas = spec_call("Analysis").keywords
    assert "RESOURCES" in ast.unparse(next(k.value for k in datas if k.arg == "datas"))


def test_spec_leaves_out_no_resource_the_app_reads():
    """Every translation and icon under resources/ survives the spec's exclude patterns."""
    excludes = [ast.literal_eval(k.value) for c in ast.walk(spec_tree())
                if isinstance(c, ast.Call) and getattr(c.func, "id", None) == "collect_data_files"
                for k in c.keywords if k.arg == "excludes"][0]
    shipped = [p.relative_to(ROOT / "resources").as_posix()
               for p in [*(ROOT / "resources" / "translations").glob("*.qm"), *ICONS.iterdir()]]
    assert any(name.endswith("_zh_CN.qm") for name in shipped)
    dropped = [name for name in shipped if any(fnmatch.fnmatch("x/" + name, pattern) for pattern in excludes)]
    assert dropped == []


def test_spec_excludes_no_qt_module_the_app_imports():
    excluded = set(spec_value("QT_UNUSED"))
    imported = qt_modules_imported_by_the_app()
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= imported
    assert imported & excluded == set()


def test_spec_entry_script_runs_the_cli_main():
    analysis = spec_call("Analysis")
    entry = ast.unparse(analysis.args[0])
    assert "entry.py" in entry
    source = (PACKAGING / "entry.py").read_text(encoding="utf-8")
    assert "from mixframe.cli import main" in source
    # The executables are made by the spec's executable(name, console, description); the command line
    # (the same main) is "mixframe" on every platform (tests/test_packaging_bundle.py runs the spec).
    made = [ast.literal_eval(c.args[0]) for c in ast.walk(spec_tree())
            if isinstance(c, ast.Call) and getattr(c.func, "id", None) == "executable"]
    assert "mixframe" in made
    assert ast.unparse(next(k.value for k in spec_call("EXE").keywords if k.arg == "name")) == "name"


def test_build_outputs_are_ignored_by_git():
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    paths = ["packaging/dist/mixframe/mixframe", "packaging/build/venv/bin/python"]
    result = subprocess.run(["git", "check-ignore", "--no-index", *paths], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.split() == paths


@pytest.mark.parametrize("script", ["build.sh", "ci-smoke.sh", "render-icons.sh", "linux/install.sh",
                                    "screenshots/take.sh"])
def test_shell_scripts_parse(script):
    if shutil.which("bash") is None:
        pytest.skip("no bash")
    result = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# ---- Linux desktop integration ---------------------------------------------------------------------------------

def test_desktop_entry_opens_presets_with_mixframe():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Mixframe"
    assert entry["Exec"] == "mixframe %f"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    # Only our own type: claiming application/json would offer Mixframe for every JSON file.
    assert entry["MimeType"] == PRESET_TYPE + ";"
    assert entry["Categories"].endswith(";")


def test_no_packaging_file_claims_a_generic_type():
    """The desktop entry and the metainfo name Mixframe's preset type only, never JSON at large."""
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert [m.text for m in root.iter("mediatype")] == [PRESET_TYPE]
    assert desktop_entry()["MimeType"].rstrip(";").split(";") == [PRESET_TYPE]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "any `.json`" not in readme


def test_mime_type_defines_the_preset_type_as_json_with_a_glob_and_magic():
    root = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    (preset,) = [t for t in root.findall(f"{MIME_NS}mime-type") if t.get("type") == PRESET_TYPE]
    assert preset.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
    assert [g.get("pattern") for g in preset.findall(f"{MIME_NS}glob")] == ["*.mixframe.json"]
    match = preset.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert match.get("value") == '"mixframe":'
    # The magic must see the key where Mixframe writes it: at the start of a saved preset.
    from mixframe.model.preset import FORMAT_VERSION

    saved = '{\n  "mixframe": %d,' % FORMAT_VERSION
    last = int(match.get("offset").split(":")[-1])
    assert saved.find('"mixframe":') <= last


def source_version() -> str:
    """mixframe.__version__ of this checkout (pyproject reads the version from there too)."""
    text = (ROOT / "gui" / "mixframe" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def test_metainfo_names_the_app_its_desktop_entry_and_this_version():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("icon") == APP_ID
    assert root.findtext("provides/mediatype") == PRESET_TYPE
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == source_version(), (
        "add a <release> for the new version to the metainfo"
    )


def test_desktop_entry_validates():
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([tool, str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_metainfo_validates():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli not installed (apt-get install appstream)")
    result = subprocess.run([tool, "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# ---- the icon ------------------------------------------------------------------------------------------------

def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_size(size):
    assert png_size(ICONS / f"mixframe-{size}.png") == (size, size)


def test_icon_svg_is_square():
    root = ET.parse(ICONS / "mixframe.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in re.split(r"[\s,]+", root.get("viewBox").strip()))
    assert width == height > 0


def test_installer_installs_every_icon_size():
    script = (LINUX / "install.sh").read_text(encoding="utf-8")
    sizes = re.search(r"for size in ([\d ]+); do", script)
    assert sizes and tuple(int(s) for s in sizes.group(1).split()) == ICON_SIZES


# ---- README: a fresh Debian 12 ---------------------------------------------------------------------------------

def _readme_block_after(heading: str, nth: int) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(heading, 1)[1]
    return re.findall(r"```sh\n(.*?)```", section, re.S)[nth].strip()


def test_readmes_two_commands_install_in_a_venv():
    """Debian 12 refuses `pip install` outside a venv (PEP 668): both commands make one first."""
    venv = "python3 -m venv .venv && . .venv/bin/activate && python -m pip install -e "
    assert _readme_block_after("## Two commands", 0) == venv + ". && mixframe"
    assert _readme_block_after("## Two commands", 1) == venv + "'.[test]' && python -m pytest"


def test_readme_names_the_debian_packages_the_window_needs():
    apt = _readme_block_after("## Two commands", 2).replace("\\\n", " ")
    assert apt.startswith("sudo apt-get install python3-venv ")
    needed = {"libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libxkbcommon-x11-0", "libdbus-1-3",
              "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0",
              "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1", "fonts-wqy-microhei"}
    assert needed <= set(apt.split())
    # CI installs at least as much, besides its test tools
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert all(p in ci for p in needed - {"fonts-wqy-microhei"} | {"python3-venv"})


def test_ci_runs_readmes_test_command_in_a_venv():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 -m venv --system-site-packages .venv" in ci and ". .venv/bin/activate" in ci
    assert "python -m pip install -q --disable-pip-version-check -e '.[test]'" in ci
    assert re.search(r"^python -m pytest$", ci, re.M)
    assert not re.search(r"^python3 -m pip install", ci, re.M)  # outside a venv: refused on Debian 12
