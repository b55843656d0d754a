"""Store-ready metadata: the AppStream metainfo (screenshots, URLs, releases, translations), pyproject's
PEP 639 licence fields and classifiers, a complete source distribution, and the pinned build."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
METAINFO = PACKAGING / "linux" / "io.github.mixframe.Mixframe.metainfo.xml"
SCREENSHOTS = PACKAGING / "screenshots"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


# ---- AppStream metainfo ----------------------------------------------------------------------------------------

def test_metainfo_screenshots_are_captioned_in_both_languages_and_shipped():
    shots = metainfo().findall("screenshots/screenshot")
    assert len(shots) >= 2
    assert [s.get("type") for s in shots].count("default") == 1
    for shot in shots:
        captions = {c.get(XML_LANG): c.text for c in shot.findall("caption")}
        assert captions.get(None) and captions.get("zh_CN"), ET.tostring(shot)
        assert len(captions[None]) <= 100 and not captions[None].endswith(".")
        (image,) = shot.findall("image")
        url = image.text.strip()
        assert url.startswith("https://"), url
        local = SCREENSHOTS / url.rsplit("/", 1)[1]
        assert local.is_file(), f"{url} has no file in packaging/screenshots/"
        data = local.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (int(image.get("width")), int(image.get("height")))
        assert len(data) < 300_000, f"{local.name} is {len(data)} bytes"
    assert {p.name for p in SCREENSHOTS.glob("*.png")} == {s.find("image").text.rsplit("/", 1)[1] for s in shots}


def test_metainfo_urls_are_https_and_the_same_as_pyprojects():
    urls = {u.get("type"): u.text for u in metainfo().findall("url")}
    assert {"homepage", "bugtracker", "vcs-browser"} <= set(urls)
    assert all(u.startswith("https://") for u in urls.values())
    project = pyproject()["project"]["urls"]
    assert urls["homepage"] == project["Homepage"]
    assert urls["bugtracker"] == project["Issues"]
    assert urls["vcs-browser"] == project["Source"]
    # Screenshots sit in the same (placeholder) project.
    repo = project["Source"].removeprefix("https://github.com/")
    for image in metainfo().iter("image"):
        assert f"/{repo}/" in image.text


def test_metainfo_releases_say_what_changed():
    releases = metainfo().findall("releases/release")
    assert releases
    for release in releases:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date"))
        assert release.find("description/p") is not None, release.get("version")


def test_metainfo_names_the_qt_translations_the_app_ships():
    (translation,) = metainfo().findall("translation")
    assert translation.get("type") == "qt"
    domain = translation.text
    shipped = list((ROOT / "resources" / "translations").glob(f"{domain}_*.qm"))
    assert [p.name for p in shipped if p.name.endswith("_zh_CN.qm")] == [f"{domain}_zh_CN.qm"]


def test_metainfo_validates_with_its_screenshots():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli not installed (apt-get install appstream)")
    result = subprocess.run([tool, "validate", "--no-net", "--pedantic", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if re.match(r"^[EW]:", line)]
    assert problems == []


# ---- pyproject ---------------------------------------------------------------------------------------------------

def test_pyproject_licence_is_a_pep639_expression_with_its_file():
    config = pyproject()
    project = config["project"]
    assert project["license"] == "LicenseRef-Proprietary"
    for pattern in project["license-files"]:
        assert list(ROOT.glob(pattern)), pattern
    assert "All rights reserved" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    # PEP 639: no licence classifiers next to an expression; setuptools reads the fields from 77 on.
    assert not [c for c in project["classifiers"] if c.startswith("License ::")]
    (setuptools,) = [Requirement(r) for r in config["build-system"]["requires"] if r.startswith("setuptools")]
    assert "76.9" not in setuptools.specifier and "77.0" in setuptools.specifier


def test_pyproject_classifiers_match_the_python_versions_and_stay_private():
    project = pyproject()["project"]
    classifiers = project["classifiers"]
    requires = SpecifierSet(project["requires-python"])
    versions = [c.rsplit(" ", 1)[1] for c in classifiers if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)]
    assert versions and all(f"{v}.0" in requires for v in versions)
    assert f"{sys.version_info[0]}.{sys.version_info[1]}" in versions
    assert "Private :: Do Not Upload" in classifiers  # a proprietary package never lands on a public index
    assert len(set(classifiers)) == len(classifiers)


def test_sdist_holds_every_file_of_the_repository():
    """MANIFEST.in (as setuptools reads it) takes in the tests, packaging and every other tracked file."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    from setuptools.command.egg_info import FileList

    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    files = FileList()
    files.allfiles = [p for p in tracked if (ROOT / p).is_file()] + [
        "packaging/build/venv/bin/python", "packaging/dist/mixframe/mixframe", "tests/__pycache__/x.cpython-311.pyc"]
    for line in (ROOT / "MANIFEST.in").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            files.process_template_line(line)
    packages = "gui/mixframe/"  # setuptools adds the packages (and resources/) by itself
    missing = [p for p in tracked if p not in files.files and not p.startswith(packages) and p != ".gitignore"]
    assert missing == []
    assert {"tests/test_packaging_bundle.py", "packaging/mixframe.spec", "LICENSE"} <= set(files.files)
    leaked = [p for p in files.files if p.startswith(("packaging/build/", "packaging/dist/")) or p.endswith(".pyc")]
    assert leaked == []


# ---- the pinned build --------------------------------------------------------------------------------------------

def constraints() -> dict[str, tuple[Requirement, list[str]]]:
    text = (PACKAGING / "build-constraints.txt").read_text(encoding="utf-8").replace("\\\n", " ")
    pins = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})\b", line)
        requirement = Requirement(re.sub(r"\s*--hash=\S+", "", line))
        pins[re.sub(r"[-_.]+", "-", requirement.name).lower()] = (requirement, hashes)
    return pins


def test_every_build_pin_is_exact_and_hashed():
    pins = constraints()
    assert len(pins) > 20
    for name, (requirement, hashes) in pins.items():
        (spec,) = requirement.specifier
        assert spec.operator == "==" and "*" not in spec.version, name
        assert hashes, f"{name} has no --hash"


def test_build_pins_satisfy_pyproject_and_cover_what_the_app_needs_here():
    pins = constraints()

    def pinned(name):
        return pins[re.sub(r"[-_.]+", "-", name).lower()][0]

    for line in pyproject()["project"]["dependencies"] + pyproject()["build-system"]["requires"]:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate():
            version = next(iter(pinned(requirement.name).specifier)).version
            assert version in requirement.specifier, f"{requirement} is pinned at {version}"
    assert pinned("pyinstaller")
    # Every distribution the app needs at run time on this machine is pinned, for this platform.
    sys.path.insert(0, str(PACKAGING))
    try:
        import mixframe_packaging as mp
    finally:
        sys.path.remove(str(PACKAGING))
    for dist in mp.runtime_distributions("mixframe"):
        requirement = pinned(dist.metadata["Name"])
        assert requirement.marker is None or requirement.marker.evaluate(), requirement


def test_build_installs_only_the_hashed_pins():
    script = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert re.search(r'install -q --require-hashes --no-deps -r "\$HERE/build-constraints.txt"', script)
    assert re.search(r'install -q --no-deps --no-build-isolation "\$SRC"', script)
    assert re.search(r'"\$\{PIP\[@\]\}" check', script)
    assert "pyinstaller>=" not in script  # no unpinned second source of the build's packages


@pytest.mark.parametrize("filename, release", [
    ("PySide6_Essentials-6.11.3-cp39-abi3-manylinux_2_34_x86_64.whl", ("pyside6-essentials", "6.11.3")),
    ("pydantic_core-2.50.5-cp311-cp311-win_amd64.whl", ("pydantic-core", "2.50.5")),
    ("jaraco.context-6.1.2.tar.gz", ("jaraco-context", "6.1.2")),
    ("certifi-2026.10.19.post1-py3-none-any.whl", ("certifi", "2026.10.19.post1")),
    ("pyinstaller-6.22.3.zip", ("pyinstaller", "6.22.3")),
    ("README", None),
])
def test_hash_refresher_reads_release_file_names(filename, release):
    sys.path.insert(0, str(PACKAGING))
    try:
        import hash_constraints
    finally:
        sys.path.remove(str(PACKAGING))
    assert hash_constraints.file_release(filename) == release
