"""Every problem's sentence is a marked template, so a Chinese desktop reads it in Chinese.

The model gives each problem a template (msgid, marked with QT_TRANSLATE_NOOP("Problems", …) so
the catalogue extracts it) and its values; the faces translate it. A sentence built by hand (an
f-string passed straight to error()) would reach a Chinese reader in English: these tests run the
model over the literal bodies the tests hold and the hostile documents, and look each sentence up
(tests/conftest.py also looks up every problem the model makes during the whole run).
"""

from __future__ import annotations

import ast
import copy
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hostile_docs import bases, documents

from mixframe.model import qingcloud, volcengine
from mixframe.model.preset import parse_text
from mixframe.model.problems import DOCUMENTS_CONTEXT, PROBLEMS_CONTEXT, DocumentError, Problem, error, warning

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "gui" / "mixframe" / "model"
CATALOGUE = ROOT / "resources" / "translations" / "mixframe_zh_CN.ts"


def _marked(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP"]


# The model's marked words: problems, file errors, the words of an open range ("at least 0"),
# the fields' notes shown in tooltips and why a field does not apply (model/applies.py: the
# settings forms show it on the disabled editor, in their own context).
MODEL_CONTEXTS = (PROBLEMS_CONTEXT, DOCUMENTS_CONTEXT, "Limits", "FieldDocs", "RequestForms")


def source_templates(wanted: str = PROBLEMS_CONTEXT) -> set[str]:
    """Every template the model marks under the context `wanted`, read from its source."""
    found = set()
    for path in MODEL.glob("*.py"):
        for call in _marked(ast.parse(path.read_text(encoding="utf-8"))):
            context, text = call.args
            assert isinstance(context, ast.Constant) and context.value in MODEL_CONTEXTS, (
                f"{path.name}:{call.lineno}")
            assert isinstance(text, ast.Constant) and isinstance(text.value, str), (
                f"{path.name}:{call.lineno}: a template must be one literal string (the extractor reads it as written)")
            if context.value == wanted:
                found.add(text.value)
    return found


TEMPLATES = source_templates()


def test_the_catalogue_holds_every_template_of_the_model():
    """What the source marks is what the translation script filed under "Problems"."""
    catalogue = {message.findtext("source") for context in ET.parse(CATALOGUE).getroot().iter("context")
                 if context.findtext("name") == PROBLEMS_CONTEXT for message in context.iter("message")}
    assert TEMPLATES and TEMPLATES == catalogue


def test_no_rule_passes_a_sentence_built_on_the_spot():
    """error()/warning() take a marked template (or a name bound to one), never an f-string or a sum."""
    offenders = []
    for path in MODEL.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("error", "warning") \
                    and len(node.args) >= 2 and isinstance(node.args[1], (ast.JoinedStr, ast.BinOp, ast.Constant)):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def _bodies_in_tests() -> list:
    """Every literal dict the tests write (request bodies, presets, broken variants)."""
    out = []
    for path in [*(ROOT / "tests").glob("test_*.py"), *(ROOT / "tests" / "model").glob("test_*.py"),
                 ROOT / "tests" / "hostile_docs.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                try:
                    value = ast.literal_eval(node)
                except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
                    continue
                if value:
                    out.append(value)
    return out


def _problems_of(body) -> list[Problem]:
    found: list[Problem] = []
    for draft in (True, False):
        found += volcengine.check_start(body, draft=draft)
        found += qingcloud.check_start(body, draft=draft)
    found += volcengine.check_update(body)
    found += volcengine.check_update(body, task_canvas=(640, 360))
    found += volcengine.check_stop(body)
    found += volcengine.check_get(body)
    found += qingcloud.check_stop(body)
    found += qingcloud.check_query(body)
    return found


def _untranslatable(problems: list[Problem]) -> dict[str, str]:
    return {p.rule or "?": p.line() for p in problems if p.msgid not in TEMPLATES}


def test_every_problem_of_the_tests_bodies_has_a_marked_template():
    bodies = _bodies_in_tests() + bases()
    assert len(bodies) > 100
    problems = [p for body in bodies for p in _problems_of(body)]
    assert len({p.msgid for p in problems}) > 15
    assert _untranslatable(problems) == {}


def test_every_problem_of_hostile_documents_has_a_marked_template():
    problems: list[Problem] = []
    for _n, text in documents(400, seed=20240607):
        try:
            doc = parse_text(text, "hostile.json")
        except DocumentError:
            continue
        problems += doc.problems + doc.check(draft=True) + doc.check(draft=False)
        problems += _problems_of(doc.request)
    assert problems
    assert _untranslatable(problems) == {}


# ---- rendering through a translation ------------------------------------------------------------

def test_message_is_the_english_rendering_of_the_template():
    p = error("Layout.CustomLayout.Regions[1].Width", "must be at most Canvas.Width ({width}) (got {value})",
              "region-in-canvas", width=640, value=10**20)
    assert p.message == "must be at most Canvas.Width (640) (got a number of about 21 digits)"
    assert p.params == {"width": "640", "value": "a number of about 21 digits"}
    assert p.line() == "Layout.CustomLayout.Regions[1].Width: " + p.message


def _catalogue(entries: dict[str, str]):
    def translate(context: str, text: str) -> str:
        assert context == PROBLEMS_CONTEXT
        return entries.get(text, text)
    return translate


def test_text_renders_the_translation_with_the_same_values():
    p = warning("FileNameConfig.Pattern", "{variable} is not a known variable", "pattern-variable", variable="{Foo}")
    translate = _catalogue({"{variable} is not a known variable": "{variable} 不是已知变量"})
    assert p.text(translate) == "{Foo} 不是已知变量"
    assert p.line(translate) == "warning: FileNameConfig.Pattern: {Foo} 不是已知变量"  # path and prefix stay
    assert p.text() == p.message == "{Foo} is not a known variable"


@pytest.mark.parametrize("translation", [
    "",                              # not translated
    "{variabel} 不是已知变量",         # a placeholder misspelt
    "不是已知变量",                    # a placeholder dropped
    "{variable} {extra} 不是已知变量",  # one too many
    "{variable 不是已知变量",          # broken braces
])
def test_a_broken_translation_falls_back_to_english(translation):
    p = warning("FileNameConfig.Pattern", "{variable} is not a known variable", "pattern-variable", variable="{Foo}")
    assert p.text(_catalogue({"{variable} is not a known variable": translation})) == p.message


def test_a_translator_that_fails_never_hides_the_problem():
    def broken(context: str, text: str) -> str:
        raise RuntimeError("catalogue gone")

    p = error("RoomId", "is required")
    assert p.text(broken) == "is required"
    assert p.text(lambda c, t: None) == "is required"  # type: ignore[arg-type, return-value]


def test_a_problem_without_a_template_shows_its_message():
    p = Problem("", "the sandbox's own words")
    assert p.text(_catalogue({"the sandbox's own words": "别的话"})) == "the sandbox's own words"


def test_quoted_user_text_is_a_value_not_part_of_the_template():
    """Braces a producer typed (a file-name variable) are a value: never read as a placeholder."""
    body = copy.deepcopy(bases()[1])
    body["FileNameConfig"] = {"Pattern": "{TaskId}_{Take0}"}
    found = [p for p in volcengine.check_start(body) if p.rule == "pattern-variable"]
    assert len(found) == 1
    assert found[0].msgid in TEMPLATES and found[0].message.startswith("{Take0} is not a known variable")
    translate = _catalogue({found[0].msgid: "{variable} 不是已知变量（已知变量：{known}）"})
    assert found[0].text(translate).startswith("{Take0} 不是已知变量（已知变量：{TaskId} ")
