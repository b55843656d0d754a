"""Write gui/mixframe/model/limits_data.py from the request models' declarations.

The models are the one source of every limit; the window reads this generated copy before its
first paint so that pydantic loads later. tests/model/test_limits_data.py fails when the copy and
the models differ. Run: python3 scripts/generate_limits.py
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "gui" / "mixframe" / "model" / "limits_data.py"
COMMAND = "python3 scripts/generate_limits.py"

HEADER = f'''"""Generated from the request models by `{COMMAND}`; do not edit.

The limits every request field declares (see `mixframe.model.limits`), keyed by API path with
``[]`` for list elements; each entry lists only what differs from FieldLimits' defaults.
"""

'''


def _entries(table) -> str:
    from mixframe.model.limits import FieldLimits

    defaults = {f.name: f.default for f in dataclasses.fields(FieldLimits) if f.name != "path"}
    lines = []
    for path, limits in table.items():
        values = {name: getattr(limits, name) for name in defaults}
        kept = ", ".join(f"{name!r}: {value!r}" for name, value in values.items() if value != defaults[name]
                         or type(value) is not type(defaults[name]))
        lines.append(f"    {path!r}: {{{kept}}},\n")
    return "".join(lines)


def _spellings(found: dict) -> str:
    return "".join(f"    {path!r}: {others!r},\n" for path, others in found.items())


def source() -> str:
    """The text limits_data.py should hold, read from the models."""
    from mixframe.model import qingcloud, volcengine
    from mixframe.model.fields import other_spellings

    return (HEADER
            + "VOLCENGINE = {\n" + _entries(volcengine.LIMITS) + "}\n\n"
            + "QINGCLOUD = {\n" + _entries(qingcloud.LIMITS) + "}\n\n"
            + "VOLCENGINE_OTHER_SPELLINGS = {\n" + _spellings(other_spellings(volcengine.StartRecordRequest)) + "}\n\n"
            + "QINGCLOUD_OTHER_SPELLINGS = {\n" + _spellings(other_spellings(qingcloud.StartParams)) + "}\n")


def main() -> int:
    sys.path.insert(0, str(ROOT / "gui"))
    text = source()
    if TARGET.exists() and TARGET.read_text(encoding="utf-8") == text:
        print(f"{TARGET.relative_to(ROOT)} is up to date")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
