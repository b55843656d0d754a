"""Build-time helpers of packaging/mixframe.spec, importable (and tested) without PyInstaller.

Nothing here runs inside the app: the spec imports it while PyInstaller builds.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
APP_ID = "io.github.mixframe.Mixframe"
PRESET_UTI = "io.github.mixframe.preset"
PRESET_MIME = "application/x-mixframe-preset"

# ---- Qt plugins the app never loads ---------------------------------------------------------------------------

# Whole plugin folders for other environments: embedded Linux (EGLFS, evdev input), network
# information and TLS backends (QtNetwork is not used).
UNUSED_PLUGIN_FOLDERS = {"egldeviceintegrations", "generic", "networkinformation", "tls"}
# In these folders only the named plugins are kept. Platforms: X11, Wayland, Windows, macOS and
# offscreen (CI, `--quit-after-show`); not linuxfb, eglfs, vnc, minimal(egl), vkkhrdisplay.
# Image formats: what the placeholder-image dialog offers (PNG and BMP are built into QtGui) and SVG.
# Platform themes: the XDG portal (native file dialogs); GTK 3's drags in the build machine's GTK.
# Wayland shells: xdg-shell is the desktop one (not ivi, fullscreen, wl-shell, qt-shell).
KEPT_PLUGINS = {
    "platforms": {"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen"},
    "imageformats": {"qjpeg", "qwebp", "qsvg"},
    "platformthemes": {"qxdgdesktopportal"},
    "wayland-shell-integration": {"xdg-shell"},
}


def plugin_name(dest: str) -> tuple[str, str] | None:
    """('platforms', 'qxcb') for a bundled Qt plugin's destination path, None for anything else."""
    parts = dest.replace("\\", "/").split("/")
    if len(parts) < 3 or parts[-3] != "plugins" or "PySide6" not in parts:
        return None
    stem = parts[-1].split(".")[0]
    if not parts[-1].endswith((".so", ".dll", ".dylib")):
        return None
    if stem.startswith("lib") and not parts[-1].endswith(".dll"):
        stem = stem[3:]
    return parts[-2], stem


def is_unused_qt_plugin(dest: str) -> bool:
    plugin = plugin_name(dest)
    if plugin is None:
        return False
    folder, name = plugin
    if folder in UNUSED_PLUGIN_FOLDERS:
        return True
    return folder in KEPT_PLUGINS and name not in KEPT_PLUGINS[folder]


def without(binaries, dropped, get_imports):
    """`binaries` (PyInstaller TOC: dest, src, typecode) without the entries `dropped(dest)` says
    and without every library only those entries need (e.g. QtNetwork and Kerberos for the VNC
    platform, GTK for the GTK theme). `get_imports(path)` lists a binary's (name, path) imports."""
    gone = [entry for entry in binaries if dropped(entry[0])]
    rest = [entry for entry in binaries if not dropped(entry[0])]
    source_of = {os.path.basename(dest): src for dest, src, kind in rest if kind != "SYMLINK"}

    def closure(sources):
        seen, todo = set(), list(sources)
        while todo:
            for name, _ in get_imports(todo.pop()):
                name = os.path.basename(name)
                if name in source_of and name not in seen:
                    seen.add(name)
                    todo.append(source_of[name])
        return seen

    # Roots: Python extension modules (anywhere, even at the top) and the kept plugins. Libraries: the
    # top of the bundle and Qt's own (PySide6/Qt/lib/ on Linux and macOS, PySide6/Qt6*.dll on Windows).
    def is_library(dest, kind):
        dest = dest.replace("\\", "/")
        if kind == "EXTENSION" or "/plugins/" in dest:
            return False
        name = dest.rsplit("/", 1)[-1]
        return "/" not in dest or "/Qt/lib/" in dest or bool(re.fullmatch(r"Qt6\w+\.dll", name))

    roots = [src for dest, src, kind in rest if kind != "SYMLINK" and not is_library(dest, kind)]
    only_dropped = closure(src for _, src, _ in gone) - closure(roots)
    kept = [entry for entry in rest if entry[2] == "SYMLINK" or os.path.basename(entry[0]) not in only_dropped]
    return without_dangling_links(kept, {dest for dest, _, kind in kept if kind != "SYMLINK"})


def without_dangling_links(toc, dests):
    """`toc` without the SYMLINK entries (dest, target relative to dest's folder) whose target is not
    among `dests`: PyInstaller links Qt's libraries to the top of the bundle, and a link to a library
    that was left out would dangle."""
    dests = {dest.replace("\\", "/") for dest in dests}

    def target(dest, src):
        return os.path.normpath(os.path.join(os.path.dirname(dest), src)).replace("\\", "/")

    return [entry for entry in toc if entry[2] != "SYMLINK" or target(*entry[:2]) in dests]


# ---- version, Windows version resource, macOS Info.plist ------------------------------------------------------

def app_version() -> str:
    """mixframe.__version__ of the sources next to this folder (what pyproject reads too)."""
    text = (HERE.parent / "gui" / "mixframe" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(n) for n in re.match(r"\d+(?:\.\d+)*", version).group(0).split(".")][:4]
    return tuple(numbers + [0] * (4 - len(numbers)))


def windows_version_info(version: str, exe_name: str, description: str) -> str:
    """The text of a PyInstaller version file (a VSVersionInfo) for one Windows executable."""
    numbers = version_tuple(version)
    strings = [
        ("CompanyName", "The Mixframe developers"),
        ("FileDescription", description),
        ("FileVersion", version),
        ("InternalName", exe_name),
        ("LegalCopyright", "Copyright (c) The Mixframe developers. All rights reserved."),
        ("OriginalFilename", exe_name + ".exe"),
        ("ProductName", "Mixframe"),
        ("ProductVersion", version),
    ]
    table = ",\n        ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings)
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([StringTable('040904B0', [\n"
        f"        {table}])]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])]),\n"
        "  ]\n"
        ")\n"
    )


def info_plist(version: str) -> dict:
    """Info.plist entries of Mixframe.app: the version, and the preset type, declared and opened.

    macOS matches only a file name's last extension, so `*.mixframe.json` cannot be a type of its
    own by name: the preset type is declared (JSON, our MIME type) and Mixframe is also offered,
    never the default, for any JSON file."""
    return {
        "CFBundleName": "Mixframe",
        "CFBundleDisplayName": "Mixframe",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "Copyright (c) The Mixframe developers. All rights reserved.",
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": PRESET_UTI,
                "UTTypeDescription": "Mixframe preset",
                "UTTypeConformsTo": ["public.json"],
                "UTTypeIconFile": "mixframe.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["mixframe.json"],
                    "public.mime-type": [PRESET_MIME],
                },
            }
        ],
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Mixframe preset",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [PRESET_UTI],
            },
            {
                "CFBundleTypeName": "JSON document",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["public.json"],
            },
        ],
    }


# ---- third-party licence texts -----------------------------------------------------------------------------------

LICENSE_FILE = re.compile(r"^(licen[cs]e|copying|notice|copyright)", re.I)
# Distributions whose wheels carry no licence file: the text of the licence Mixframe uses them under.
# Qt and PySide6 are used under the LGPL 3.0, which is the GPL 3.0 plus its additional permissions.
COMMITTED_TEXTS = {
    "pyside6-essentials": ["LGPL-3.0.txt", "GPL-3.0.txt"],
    "shiboken6": ["LGPL-3.0.txt", "GPL-3.0.txt"],
}
# Qt first: the LGPL asks for its notice to be prominent.
FIRST = ["pyside6-essentials", "shiboken6"]


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "mixframe") -> list:
    """The installed distributions `root` needs at run time on this platform (its closure)."""
    from importlib import metadata

    from packaging.requirements import Requirement

    found, todo = {}, [root]
    while todo:
        name = normalise(todo.pop())
        if name in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[name] = dist
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    del found[normalise(root)]

    def order(dist):
        name = normalise(dist.metadata["Name"])
        return (0, FIRST.index(name), name) if name in FIRST else (1, 0, name)

    return sorted(found.values(), key=order)


def license_files(dist) -> list[Path]:
    """A distribution's licence files: its License-File entries and any LICENSE/COPYING/NOTICE in its
    .dist-info; the committed text of its licence when its wheel ships none."""
    found = []
    for file in dist.files or []:
        parts = Path(str(file)).parts
        if parts and parts[0].endswith(".dist-info") and LICENSE_FILE.match(parts[-1]):
            path = Path(dist.locate_file(file))
            if path.is_file():
                found.append(path)
    if not found:
        found = [HERE / "licenses" / name for name in COMMITTED_TEXTS.get(normalise(dist.metadata["Name"]), [])]
    return found


def third_party_licenses(root: str = "mixframe") -> list[tuple[str, str]]:
    """(source, destination folder) pairs, PyInstaller `datas` style, of every licence text the
    bundle must carry: each runtime dependency's under licenses/<name>/, Python's, PyInstaller's
    bootloader's. Raises when a dependency has no licence text at all."""
    import sysconfig

    datas, missing = [], []
    for dist in runtime_distributions(root):
        name = dist.metadata["Name"]
        files = license_files(dist)
        if not files:
            missing.append(name)
        datas += [(str(path), f"licenses/{normalise(name)}") for path in files]
    if missing:
        raise RuntimeError("no licence text found for: " + ", ".join(missing))
    python = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python.is_file():
        datas.append((str(python), "licenses/python"))
    try:
        from importlib import metadata

        datas += [(str(path), "licenses/pyinstaller") for path in license_files(metadata.distribution("pyinstaller"))]
    except metadata.PackageNotFoundError:
        pass
    datas.append((str(HERE / "licenses" / "README.txt"), "licenses"))
    return datas


if __name__ == "__main__":  # python packaging/mixframe_packaging.py: list what the bundle will carry
    for source, folder in third_party_licenses():
        print(f"{folder}/{os.path.basename(source)}  <-  {source}")
    sys.exit(0)
