"""The Simplified Chinese catalogue keeps up with the source.

The strings are extracted exactly as resources/translations/update_translations.py extracts them
(its own functions, loaded from this repository), so a string added, changed or removed in the
interface without rerunning the script fails here, and so does a .qm not compiled from the .ts.
"""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "resources" / "translations" / "update_translations.py"
RUN = "run resources/translations/update_translations.py (then translate what it lists)"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("mixframe_update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.ROOT == ROOT, "the script must refresh this repository's catalogue"
    return module


@pytest.fixture(scope="module")
def source_strings(script) -> dict[tuple[str, str], list[str]]:
    """(context, source) → where it is, for every string the script finds in the source."""
    files = script.source_files()
    assert files, f"no source files under {script.SOURCES}"
    root, _missing = script.build(script.extract(files), script.file_contexts(files), {})
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            where = [f"{loc.get('filename')}:{loc.get('line')}" for loc in message.iter("location")]
            out[(name, message.findtext("source") or "")] = where
    return out


def _listing(keys, where=None) -> str:
    lines = []
    for ctx, source in sorted(keys):
        at = f"  ({', '.join(where[(ctx, source)][:2])})" if where else ""
        lines.append(f"  [{ctx}] {source!r}{at}")
    return "\n".join(lines)


def test_every_string_in_the_source_has_a_finished_translation(script, source_strings):
    known = script.translations(script.TS)
    missing = [key for key in source_strings if key not in known]
    unfinished = [key for key in source_strings if key in known and not (known[key][1] and known[key][0])]
    assert not missing and not unfinished, (
        f"{script.TS.name} is out of date with the source; {RUN}.\n"
        + (f"Not in the catalogue ({len(missing)}):\n{_listing(missing, source_strings)}\n" if missing else "")
        + (f"Not translated yet ({len(unfinished)}):\n{_listing(unfinished, source_strings)}\n" if unfinished else ""))


def test_the_catalogue_holds_no_string_the_source_dropped(script, source_strings):
    stale = [key for key in script.translations(script.TS) if key not in source_strings]
    assert not stale, (f"{script.TS.name} holds strings no longer in the source; {RUN}.\n"
                       f"Stale ({len(stale)}):\n{_listing(stale)}")


def test_the_compiled_catalogue_matches_the_ts(script):
    """Every finished translation of the .ts is what the shipped .qm gives (a .ts edited by hand
    and not compiled again fails here)."""
    translator = QTranslator()
    assert translator.load(str(script.QM)), f"{script.QM} does not load; {RUN}"
    wrong = []
    for context in ET.parse(script.TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            t = message.find("translation")
            if t is None or t.get("type") in ("unfinished", "obsolete", "vanished") or not t.text:
                continue
            source = message.findtext("source") or ""
            got = translator.translate(name, source)
            if got != t.text:
                wrong.append((name, source, t.text, got))
    assert not wrong, (
        f"{script.QM.name} is older than {script.TS.name}; {RUN}.\nDiffers ({len(wrong)}):\n"
        + "\n".join(f"  [{c}] {s!r}: .ts {t!r}, .qm {g!r}" for c, s, t, g in wrong[:40]))
