"""A wheel holds exactly the packages pyproject lists: every package folder must be listed."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT / "gui").parts)
        for init in (ROOT / "gui" / "mixframe").rglob("__init__.py")
    }
    assert found - listed == set()
    assert "mixframe.resources" in listed
    assert config["tool"]["setuptools"]["package-dir"]["mixframe.resources"] == "resources"


def test_resources_ship_inside_the_package():
    import mixframe.resources

    folder = Path(mixframe.resources.__file__).parent
    assert (folder / "translations").is_dir()
