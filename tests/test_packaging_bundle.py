"""The PyInstaller spec on every platform, without PyInstaller: the spec runs against a fake API.

Also the pieces it uses: the run-time hook, the trimming of Qt plugins, the Windows and macOS icons,
version resources, the macOS document type, the third-party licence texts and the pinned build.
The real Linux build is run by packaging/ci-smoke.sh.
"""

from __future__ import annotations

import ast
import os
import re
import struct
import subprocess
import sys
import tomllib
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
import mixframe_packaging as mp  # noqa: E402

sys.path.remove(str(PACKAGING))


def source_version() -> str:
    text = (ROOT / "gui" / "mixframe" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


# ---- the spec, run against a fake PyInstaller -------------------------------------------------------------------

class Target:
    """Stands for Analysis, PYZ, EXE, COLLECT, BUNDLE: records what the spec passed."""

    made: list = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.kind = type(self).__name__
        # What PyInstaller's EXE passes on to COLLECT besides the Analysis: here, links to Qt's libraries.
        self.dependencies = [("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
                             ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK")]
        Target.made.append(self)


# A bundle's binaries as PyInstaller would list them, and what each one links to.
FAKE_BINARIES = [
    ("PySide6/QtGui.abi3.so", "/x/QtGui.abi3.so", "EXTENSION"),
    ("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Network.so.6", "/x/libQt6Network.so.6", "BINARY"),
    ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ("libgssapi_krb5.so.2", "/x/libgssapi_krb5.so.2", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "/x/libqvnc.so", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "/x/libqjpeg.so", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", "/x/libqtiff.so", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/x/libqgtk3.so", "BINARY"),
    ("libgtk-3.so.0", "/x/libgtk-3.so.0", "BINARY"),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", "/x/libqevdevmouseplugin.so", "BINARY"),
]
FAKE_IMPORTS = {
    "/x/QtGui.abi3.so": ["libQt6Gui.so.6"],
    "/x/libqxcb.so": ["libQt6Gui.so.6"],
    "/x/libqvnc.so": ["libQt6Network.so.6", "libQt6Gui.so.6"],
    "/x/libQt6Network.so.6": ["libgssapi_krb5.so.2"],
    "/x/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
}


def fake_get_imports(path):
    return [(name, "/x/" + name) for name in FAKE_IMPORTS.get(path, [])]


def run_spec(platform: str, tmp_path: Path, monkeypatch) -> dict[str, list[Target]]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, excludes=(): [
        (str(p), "mixframe/resources/translations") for p in (ROOT / "resources" / "translations").glob("*.qm")
    ]
    hooks.copy_metadata = lambda name: []
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = fake_get_imports
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.depend": types.ModuleType("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": bindepend,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.delitem(sys.modules, "mixframe_packaging", raising=False)

    classes = {name: type(name, (Target,), {}) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}

    def analysis(*args, **kwargs):
        made = classes["Analysis"](*args, **kwargs)
        made.scripts = [("pyi_rth_inspect", "/x/a.py", "PYSOURCE"), ("pyi_rth_pyside6", "/x/b.py", "PYSOURCE"),
                        ("entry", args[0][0], "PYSOURCE")]
        made.binaries = list(FAKE_BINARIES)
        made.datas = [(f"{folder}/{Path(src).name}", src, "DATA") for src, folder in kwargs["datas"]] + [
            # PyInstaller lists the top-level links to Qt's libraries among the datas.
            ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
            ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK")]
        made.pure = []
        return made

    namespace = {**classes, "Analysis": analysis, "SPECPATH": str(PACKAGING), "workpath": str(tmp_path),
                 "__name__": "__main__", "__file__": str(PACKAGING / "mixframe.spec")}
    Target.made = []
    source = (PACKAGING / "mixframe.spec").read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "platform", platform)
    try:
        exec(compile(source, str(PACKAGING / "mixframe.spec"), "exec"), namespace)  # noqa: S102
    finally:
        monkeypatch.undo()
    made: dict[str, list[Target]] = {}
    for target in Target.made:
        made.setdefault(target.kind, []).append(target)
    made["analysis"] = [t for t in Target.made if t.kind == "Analysis"]
    return made


@pytest.fixture
def spec(tmp_path, monkeypatch):
    return lambda platform: run_spec(platform, tmp_path, monkeypatch)


def exes(made):
    return {e.kwargs["name"]: e for e in made["EXE"]}


def test_spec_on_linux_makes_one_stripped_console_executable(spec):
    made = spec("linux")
    assert list(exes(made)) == ["mixframe"]
    (cli,) = made["EXE"]
    assert cli.kwargs["console"] is True and cli.kwargs["strip"] is True and cli.kwargs["icon"] is None
    (coll,) = made["COLLECT"]
    assert coll.args[0] is cli and coll.kwargs["strip"] is True and coll.kwargs["name"] == "mixframe"
    assert "BUNDLE" not in made


def test_spec_on_windows_makes_a_window_without_console_and_the_cli_with_icon_and_version(spec, tmp_path):
    made = spec("win32")
    named = exes(made)
    assert set(named) == {"mixframe", "mixframe-gui"}
    assert named["mixframe"].kwargs["console"] is True
    assert named["mixframe-gui"].kwargs["console"] is False
    (coll,) = made["COLLECT"]
    assert coll.args[0] is named["mixframe-gui"] and coll.args[1] is named["mixframe"]  # one folder, both
    for name, exe in named.items():
        assert exe.kwargs["icon"].endswith("mixframe.ico") and Path(exe.kwargs["icon"]).is_file()
        assert exe.kwargs["strip"] is False
        version = Path(exe.kwargs["version"]).read_text(encoding="utf-8")
        info = parse_version_info(version)
        assert info["filevers"] == info["prodvers"] == mp.version_tuple(source_version())
        assert info["strings"]["FileVersion"] == info["strings"]["ProductVersion"] == source_version()
        assert info["strings"]["OriginalFilename"] == name + ".exe"
    assert "BUNDLE" not in made


def test_spec_on_macos_makes_an_app_with_icon_version_and_the_preset_type(spec):
    made = spec("darwin")
    named = exes(made)
    assert named["mixframe-gui"].kwargs["console"] is False and named["mixframe-gui"].kwargs["argv_emulation"]
    assert named["mixframe"].kwargs["console"] is True and not named["mixframe"].kwargs["argv_emulation"]
    assert named["mixframe-gui"].kwargs["strip"] is False  # stripping breaks macOS code signatures
    (coll,) = made["COLLECT"]
    assert coll.args[0] is named["mixframe-gui"]  # the .app runs the first executable
    (app,) = made["BUNDLE"]
    assert app.args[0] is coll and app.kwargs["name"] == "Mixframe.app"
    assert app.kwargs["icon"].endswith("mixframe.icns") and Path(app.kwargs["icon"]).is_file()
    assert app.kwargs["version"] == source_version()
    assert app.kwargs["bundle_identifier"] == "io.github.mixframe.Mixframe"
    plist = app.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == source_version()
    (declared,) = plist["UTExportedTypeDeclarations"]
    assert declared["UTTypeIdentifier"] == mp.PRESET_UTI
    assert "public.json" in declared["UTTypeConformsTo"]
    assert declared["UTTypeTagSpecification"]["public.mime-type"] == ["application/x-mixframe-preset"]
    owner = [t for t in plist["CFBundleDocumentTypes"] if mp.PRESET_UTI in t["LSItemContentTypes"]]
    assert owner and owner[0]["LSHandlerRank"] == "Owner" and owner[0]["CFBundleTypeRole"] == "Editor"
    # Any other JSON file: offered, never taken over.
    json_types = [t for t in plist["CFBundleDocumentTypes"] if "public.json" in t["LSItemContentTypes"]]
    assert all(t["LSHandlerRank"] == "Alternate" for t in json_types)


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_spec_replaces_pysides_qt_importing_runtime_hook_by_its_own(spec, platform):
    made = spec(platform)
    (analysis,) = made["analysis"]
    hooks = analysis.kwargs["runtime_hooks"]
    assert [Path(h).name for h in hooks] == ["pyi_rth_mixframe_qt.py"] and Path(hooks[0]).is_file()
    for exe in made["EXE"]:
        names = [entry[0] for entry in exe.args[1]]
        assert "pyi_rth_pyside6" not in names and "pyi_rth_inspect" in names and "entry" in names


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_spec_ships_the_licence_texts_qt_first(spec, platform):
    made = spec(platform)
    (coll,) = made["COLLECT"]
    datas = coll.args[-1]
    licences = [(Path(src).name, dest.rsplit("/", 1)[0]) for dest, src, _ in datas if dest.startswith("licenses")]
    assert licences[:2] == [("LGPL-3.0.txt", "licenses/pyside6-essentials"), ("GPL-3.0.txt", "licenses/pyside6-essentials")]
    assert {dest for _, dest in licences} >= {"licenses/httpx", "licenses/pydantic", "licenses/keyring",
                                               "licenses/platformdirs", "licenses/truststore", "licenses/python"}


def test_spec_drops_unused_qt_plugins_and_the_libraries_only_they_need(spec):
    made = spec("linux")
    (coll,) = made["COLLECT"]
    kept = {dest for dest, _, _ in coll.args[-2]}
    for exe in made["EXE"]:
        assert [dest for dest, _, _ in exe.dependencies] == ["libQt6Gui.so.6"]
    links = [dest for dest, _, kind in coll.args[-1] if kind == "SYMLINK"]
    assert links == ["libQt6Gui.so.6"]  # none left dangling
    assert kept == {
        "PySide6/QtGui.abi3.so", "PySide6/Qt/lib/libQt6Gui.so.6", "libQt6Gui.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    }


def test_trimming_keeps_what_an_extension_module_needs_and_trims_windows_qt_too():
    binaries = [
        ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", "/x/_cffi_backend.so", "EXTENSION"),
        ("libffi.so.8", "/x/libffi.so.8", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/x/libqgtk3.so", "BINARY"),
        ("libgtk-3.so.0", "/x/libgtk-3.so.0", "BINARY"),
        ("PySide6/plugins/platforms/qvnc.dll", "/x/qvnc.dll", "BINARY"),
        ("PySide6/plugins/platforms/qwindows.dll", "/x/qwindows.dll", "BINARY"),
        ("PySide6/Qt6Network.dll", "/x/Qt6Network.dll", "BINARY"),
        ("PySide6/Qt6Gui.dll", "/x/Qt6Gui.dll", "BINARY"),
    ]
    imports = {"/x/_cffi_backend.so": ["libffi.so.8"], "/x/libqgtk3.so": ["libgtk-3.so.0", "libffi.so.8"],
               "/x/qvnc.dll": ["Qt6Network.dll", "Qt6Gui.dll"], "/x/qwindows.dll": ["Qt6Gui.dll"]}
    kept = mp.without(binaries, mp.is_unused_qt_plugin,
                      lambda path: [(name, "/x/" + name) for name in imports.get(path, [])])
    assert [dest for dest, _, _ in kept] == [
        "_cffi_backend.cpython-311-x86_64-linux-gnu.so", "libffi.so.8",
        "PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt6Gui.dll",
    ]


# ---- plugin rules and the run-time hook ----------------------------------------------------------------------------

@pytest.mark.parametrize("dest, unused", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/plugins/platforms/qwindows.dll", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/plugins/platforms/qminimal.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", False),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", True),
    ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", True),
    ("PySide6/Qt/lib/libQt6Gui.so.6", False),
    ("libpython3.11.so.1.0", False),
])
def test_unused_qt_plugins(dest, unused):
    assert mp.is_unused_qt_plugin(dest) is unused


def test_the_images_the_app_opens_keep_their_plugins():
    """The placeholder-image dialog's formats: PNG and BMP are in QtGui, the rest needs a plugin."""
    source = (ROOT / "gui" / "mixframe" / "ui" / "streams.py").read_text(encoding="utf-8")
    offered = set(re.findall(r"\*\.(\w+)", re.search(r'tr\("Images \(([^)]*)\)"\)', source).group(1)))
    plugin = {"jpg": "qjpeg", "jpeg": "qjpeg", "webp": "qwebp", "png": None, "bmp": None}
    assert offered <= set(plugin)
    for extension in offered:
        if plugin[extension]:
            assert not mp.is_unused_qt_plugin(f"PySide6/Qt/plugins/imageformats/lib{plugin[extension]}.so")


def test_runtime_hook_sets_the_plugin_path_without_importing_qt(tmp_path):
    hook = PACKAGING / "rthooks" / "pyi_rth_mixframe_qt.py"
    code = (
        "import os, runpy, sys\n"
        f"sys._MEIPASS = {str(tmp_path)!r}\n"
        "os.environ.pop('QT_PLUGIN_PATH', None)\n"
        f"runpy.run_path({str(hook)!r})\n"
        "print(os.environ['QT_PLUGIN_PATH'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    plugin_path, modules = result.stdout.splitlines()
    assert plugin_path == os.path.join(str(tmp_path), "PySide6", "Qt", "plugins")
    assert modules == "[]"


# ---- icons, version resources ------------------------------------------------------------------------------------

def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_windows_icon_holds_every_size_up_to_256():
    data = (PACKAGING / "icons" / "mixframe.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        side = width or 256
        assert (width, planes, bits) == (height, 1, 32)
        assert png_size(data[offset:offset + length]) == (side, side)
        assert offset + length <= len(data)
        sizes.append(side)
    assert sizes == [16, 32, 48, 64, 128, 256]


def test_macos_icon_holds_every_size_at_1x_and_2x():
    data = (PACKAGING / "icons" / "mixframe.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {"icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512,
                "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512}
    found, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        found[kind.decode("ascii")] = png_size(data[offset + 8:offset + length])[0]
        offset += length
    assert offset == len(data)
    assert found == expected


def test_committed_icons_are_made_from_the_current_pngs():
    make_icons = _load(PACKAGING / "make_icons.py")
    assert (PACKAGING / "icons" / "mixframe.ico").read_bytes() == make_icons.ico(), "run packaging/make_icons.py"
    assert (PACKAGING / "icons" / "mixframe.icns").read_bytes() == make_icons.icns(), "run packaging/make_icons.py"


def _load(path: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_version_info(text: str) -> dict:
    """A PyInstaller version file evaluated with stand-ins for its classes."""
    found = {"strings": {}}

    def fixed(**kwargs):
        found.update(filevers=kwargs["filevers"], prodvers=kwargs["prodvers"])

    def string(key, value):
        found["strings"][key] = value

    names = {"VSVersionInfo": lambda **k: k, "FixedFileInfo": fixed, "StringFileInfo": lambda *a: a,
             "StringTable": lambda *a: a, "StringStruct": string, "VarFileInfo": lambda *a: a,
             "VarStruct": lambda *a: a}
    eval(compile(ast.parse(text, mode="eval"), "version", "eval"), names)  # noqa: S307
    return found


@pytest.mark.parametrize("version, numbers", [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)),
                                              ("2.0.1rc1", (2, 0, 1, 0)), ("1.2.3.4.5", (1, 2, 3, 4))])
def test_windows_version_numbers(version, numbers):
    assert mp.version_tuple(version) == numbers
    assert parse_version_info(mp.windows_version_info(version, "mixframe", "Mixframe"))["filevers"] == numbers


# ---- third-party licences ---------------------------------------------------------------------------------------

def test_licence_collector_finds_a_text_for_every_runtime_dependency_qt_first():
    datas = mp.third_party_licenses("mixframe")
    folders = [dest for _, dest in datas]
    assert folders[0] == "licenses/pyside6-essentials"
    first = Path(datas[0][0]).read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in first and "Version 3" in first
    names = {mp.normalise(d.metadata["Name"]) for d in mp.runtime_distributions("mixframe")}
    assert {"httpx", "pydantic", "pydantic-core", "keyring", "platformdirs", "truststore", "shiboken6"} <= names
    assert {"pytest", "hypothesis"} & names == set()  # test tools are not shipped
    assert {f"licenses/{name}" for name in names} <= set(folders)
    for source, _ in datas:
        assert Path(source).is_file() and Path(source).stat().st_size > 0
    httpx = [Path(s).read_text(encoding="utf-8") for s, d in datas if d == "licenses/httpx"]
    assert any("BSD" in text or "Redistribution and use" in text for text in httpx)


def test_licence_collector_refuses_a_dependency_without_a_text(monkeypatch):
    real = mp.license_files
    monkeypatch.setattr(mp, "license_files",
                        lambda dist: [] if mp.normalise(dist.metadata["Name"]) == "httpx" else real(dist))
    with pytest.raises(RuntimeError, match="httpx"):
        mp.third_party_licenses("mixframe")


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_spec_keeps_modules_out_of_the_compressed_archive(spec, platform):
    """Imports from the PYZ archive cost the bundled command line ~12 ms (--version) to 30 ms
    (validate) over a pip install; plain .pyc files cost what pip's do."""
    (analysis,) = spec(platform)["analysis"]
    assert analysis.kwargs["noarchive"] is True


def test_spec_keeps_the_build_tools_out_of_the_bundle(spec):
    """PyInstaller's run-time hook for setuptools imports it (~90 ms) before every command once it is
    in the bundle; the app imports none of the build tools."""
    made = spec("linux")
    (analysis,) = made["analysis"]
    excluded = set(analysis.kwargs["excludes"])
    tools = {"setuptools", "_distutils_hack", "distutils", "pkg_resources", "pip", "wheel"}
    assert tools <= excluded
    imported = set()
    for path in (ROOT / "gui" / "mixframe").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module.split(".")[0])
    assert imported & tools == set()
    assert imported & excluded == set()


# ---- the Windows installer script ----------------------------------------------------------------------------------

def unquote(value: str) -> str:
    """An Inno Setup parameter's value: "quoted" with "" for a quote inside."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('""', '"')
    return value


def inno_registry() -> list[dict[str, str]]:
    text = (PACKAGING / "windows" / "mixframe.iss").read_text(encoding="utf-8")
    section = text.split("[Registry]", 1)[1].split("\n[", 1)[0]
    entries = []
    for line in section.splitlines():
        if line.startswith("Root:"):
            fields = dict(re.findall(r'(\w+): ("(?:[^"]|"")*"|[^;]+)', line))
            entries.append({k: unquote(v.strip()) for k, v in fields.items()})
    return entries


def test_windows_installer_registers_the_preset_type_with_the_window_executable(spec):
    gui = next(name for name, exe in exes(spec("win32")).items() if exe.kwargs["console"] is False)
    registry = inno_registry()
    by_key = {(e["Subkey"], e.get("ValueName", "")): e for e in registry}
    progid = "Software\\Classes\\Mixframe.Preset"
    command = by_key[(progid + "\\shell\\open\\command", "")]["ValueData"]
    assert command == f'"{{app}}\\{gui}.exe" "%1"'
    assert by_key[(progid, "Content Type")]["ValueData"] == mp.PRESET_MIME
    assert by_key[(progid + "\\DefaultIcon", "")]["ValueData"] == f"{{app}}\\{gui}.exe,0"
    assert by_key[("Software\\Classes\\.json\\OpenWithProgids", "Mixframe.Preset")]["Flags"] == "uninsdeletevalue"
    # Offered for JSON files, never their default: nothing writes .json's own (default) value.
    assert ("Software\\Classes\\.json", "") not in by_key


def test_windows_installer_takes_the_spec_output_and_its_version():
    text = (PACKAGING / "windows" / "mixframe.iss").read_text(encoding="utf-8")
    assert '#define App "..\\..\\dist\\mixframe\\mixframe-gui.exe"' in text
    assert '#define AppVersion GetStringFileInfo(App, "ProductVersion")' in text  # the spec's version resource
    assert source_version() not in text  # no second copy of the version to forget
    for line in re.findall(r"^(?:SetupIconFile|LicenseFile)=(.+)$", text, re.M):
        assert (PACKAGING / "windows" / line.replace("\\", "/")).resolve().is_file(), line
