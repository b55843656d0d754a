"""Record, layout, storage and media modes are named enums, and StorageConfig.Type → its
settings' key is written in one map (issue 15, item 2)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from mixframe.model import limits_data
from mixframe.model.volcengine_api import (STORAGE_CONFIG_KEYS, LayoutMode, MediaType, RecordMode, StorageType,
                                           is_s3_storage, storage_config_key)

GUI = Path(__file__).resolve().parents[2] / "gui" / "mixframe"


@pytest.mark.parametrize("path, enum", [("RecordMode", RecordMode), ("Layout.LayoutMode", LayoutMode),
                                        ("StorageConfig.Type", StorageType),
                                        ("Layout.CustomLayout.Regions[].MediaType", MediaType)])
def test_each_mode_enum_names_exactly_the_documented_choices(path, enum):
    assert tuple(enum) == limits_data.VOLCENGINE[path]["choices"]


def test_storage_type_to_its_settings_key():
    assert [(int(k), v) for k, v in STORAGE_CONFIG_KEYS.items()] == [(0, "TosConfig"), (1, "VodConfig"), (2, "CustomConfig")]
    assert [storage_config_key(s) for s in ({}, {"Type": 1}, {"Type": 2}, {"Type": 7}, {"Type": [1]}, None)] == [
        "TosConfig", "VodConfig", "CustomConfig", None, None, "TosConfig"]
    assert is_s3_storage({"Type": 2, "CustomConfig": {}}) and not is_s3_storage({"Type": 2})
    assert not is_s3_storage({"Type": 0, "CustomConfig": {}})


def test_the_storage_map_is_written_once():
    """No other module spells the TOS or VOD settings' key, except the request model's fields."""
    allowed = {"model/volcengine_api.py", "model/volcengine.py"}
    spelled = set()
    for path in GUI.rglob("*.py"):
        where = path.relative_to(GUI).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in ("TosConfig", "VodConfig") and where not in allowed:
                spelled.add(where)
    assert spelled == set()
