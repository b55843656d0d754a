"""Refresh mixframe_zh_CN.ts from the source and compile it to mixframe_zh_CN.qm.

    python resources/translations/update_translations.py

pyside6-lupdate files the strings of a module-level ``tr(text)`` helper under an empty context;
each of our modules defines ``tr`` as ``QCoreApplication.translate("<Context>", text)``, so the
script reads that context from each file and files the strings where the running app looks them
up. The Qt-free rooms' sentences are templates marked with ``QT_TRANSLATE_NOOP("<Context>", text)``
(Problems, Documents, ApiErrors, Session, Credentials, Accounts, CommandLine), which carries its own
context. Existing translations are kept; new strings are left "unfinished" and listed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# Every room that shows text: the window, the compositor (its test cards and captions), and the
# Qt-free rooms whose sentences the window and the command line translate: the model (problems,
# unreadable documents), the api (the service's errors), the store (keys, accounts, preset files)
# and the session with its vendor drivers (their errors and the connection verdict); and the
# command line's own hints.
MIXFRAME = ROOT / "gui" / "mixframe"
SOURCES = (MIXFRAME / "ui", MIXFRAME / "render", MIXFRAME / "model", MIXFRAME / "api", MIXFRAME / "store",
           MIXFRAME / "drivers", MIXFRAME / "recording", MIXFRAME / "session.py", MIXFRAME / "cli_service.py", MIXFRAME / "qtstart.py")
TS = HERE / "mixframe_zh_CN.ts"
QM = HERE / "mixframe_zh_CN.qm"
TR_CONTEXT = re.compile(r'def tr\(text[^)]*\)[^:]*:\s*\n\s*return QCoreApplication\.translate\(("[^"]+"|[A-Za-z_]\w*), text\)')


def source_files() -> list[Path]:
    """Every Python file of SOURCES (a folder's, recursively, or the file itself)."""
    return sorted(p for root in SOURCES for p in ([root] if root.is_file() else root.rglob("*.py"))
                  if "__pycache__" not in p.parts)


def file_contexts(files: list[Path]) -> dict[str, str]:
    """The context each file's ``tr`` translates in: a literal, or a module constant naming it."""
    out = {}
    for f in files:
        text = f.read_text(encoding="utf-8")
        m = TR_CONTEXT.search(text)
        if not m:
            continue
        context = m.group(1)
        if not context.startswith('"'):
            constant = re.search(rf'^{context}\s*=\s*"([^"]+)"', text, re.M)
            if constant is None:
                continue
            context = f'"{constant.group(1)}"'
        out[f.resolve().as_posix()] = context[1:-1]
    return out


def extract(files: list[Path]) -> ET.ElementTree:
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.ts"
        subprocess.run(["pyside6-lupdate", *map(str, files), "-ts", str(raw), "-locations", "absolute"],
                       check=True, capture_output=True)
        tree = ET.parse(raw)
        # lupdate writes each location relative to the .ts file's folder (a temporary one here);
        # make them absolute now, while that folder still means something.
        for loc in tree.getroot().iter("location"):
            name = loc.get("filename")
            if name and not Path(name).is_absolute():
                loc.set("filename", (Path(tmp) / name).resolve().as_posix())
        return tree


def translations(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            t = message.find("translation")
            text = t.text or "" if t is not None else ""
            finished = t is not None and t.get("type") not in ("unfinished", "obsolete")
            out[(name, message.findtext("source") or "")] = (text, finished)
    return out


def build(tree: ET.ElementTree, contexts: dict[str, str], known: dict) -> tuple[ET.Element, list]:
    messages: dict[str, dict[str, list[str]]] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            for loc in message.iter("location") or [None]:
                file = Path(loc.get("filename")).resolve().as_posix() if loc is not None else ""
                ctx = name or contexts.get(file, "")
                rel = Path(file).relative_to(ROOT).as_posix() if file else ""
                messages.setdefault(ctx, {}).setdefault(source, []).append(f"{rel}:{loc.get('line') if loc is not None else ''}")
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    missing = []
    for ctx in sorted(messages):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for source in sorted(messages[ctx]):
            m = ET.SubElement(c, "message")
            for where in sorted(set(messages[ctx][source])):
                file, _, line = where.rpartition(":")
                ET.SubElement(m, "location", filename=file, line=line)
            ET.SubElement(m, "source").text = source
            text, finished = known.get((ctx, source), ("", False))
            t = ET.SubElement(m, "translation")
            t.text = text
            if not finished or not text:
                t.set("type", "unfinished")
                missing.append((ctx, source))
    return root, missing


def main() -> int:
    files = source_files()
    root, missing = build(extract(files), file_contexts(files), translations(TS))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], check=True, capture_output=True)
    for ctx, source in missing:
        print(f"untranslated: [{ctx}] {source}")
    print(f"{TS.name}: {sum(1 for _ in root.iter('message'))} strings, {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
