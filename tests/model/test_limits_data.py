"""The limits the window reads before its first paint are the models' own declarations."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from mixframe.model import limits, qingcloud, volcengine
from mixframe.model.fields import other_spellings

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "generate_limits.py"


def _script():
    spec = importlib.util.spec_from_file_location("mixframe_generate_limits", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_table_is_what_the_models_declare():
    script = _script()
    written = script.TARGET.read_text(encoding="utf-8")
    assert written == script.source(), (
        f"{script.TARGET.relative_to(ROOT)} differs from the request models' declarations: "
        f"run {script.COMMAND}")


def test_every_field_reads_the_same_from_the_table_and_the_models():
    assert limits.LIMITS["volcengine"] == volcengine.LIMITS
    assert limits.LIMITS["qingcloud"] == qingcloud.LIMITS
    assert limits.OTHER_SPELLINGS["volcengine"] == other_spellings(volcengine.StartRecordRequest)
    assert limits.OTHER_SPELLINGS["qingcloud"] == other_spellings(qingcloud.StartParams)
    for path, key in (("Layout.CustomLayout.Regions[3].Width", "Layout.CustomLayout.Regions[].Width"),
                      ("Encode.VideoFps", "Encode.VideoFps"), ("TargetStreams.StreamList[0].UserId", "TargetStreams.StreamList[].UserId")):
        assert limits.limits_for(path) == volcengine.LIMITS[key]
    assert limits.limits_for("layout_mode", "qingcloud") == qingcloud.LIMITS["layout_mode"]


def test_one_limits_for():
    """The rules, the models and the window read limits through model.limits.limits_for only."""
    assert not hasattr(volcengine, "limits_for") and not hasattr(qingcloud, "limits_for")


def test_the_rules_and_the_models_import_one_way():
    """volcengine imports volcengine_rules; the rules never import volcengine back (the cycle is broken)."""
    import ast
    from pathlib import Path

    from mixframe.model import volcengine_rules

    names = set()
    for node in ast.walk(ast.parse(Path(volcengine_rules.__file__).read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    assert "mixframe.model.volcengine" not in names
