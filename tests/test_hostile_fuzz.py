"""10,000 hostile documents through what every command does with a file: no exception but our own.

Each document is read (`read_document`), checked as `validate` checks it, turned into the body
`request` and `start` send (ids filled in as the options give them), into the preset Save writes,
into the UpdateRecord body `update` sends, and laid out as `render` lays it out. A document the
check accepts is also drawn (every 3rd, the compositor being the slow part: ~100 drawings in a
10k run). The seed is fixed, so CI sees the same documents on every run.

A longer run: ``PYTHONPATH=gui python3 tests/test_hostile_fuzz.py 200000 [SEED]``.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile_docs import documents  # noqa: E402

from mixframe.model.preset import VENDOR_MODELS, dumps, to_preset  # noqa: E402
from mixframe.model.problems import DocumentError, RequestInvalid, errors_of  # noqa: E402

DOCUMENTS = int(os.environ.get("MIXFRAME_FUZZ_DOCUMENTS", "10000"))
SEED = int(os.environ.get("MIXFRAME_FUZZ_SEED", "20240607"))
DRAW_EVERY = 3


def utf8(text: str) -> None:
    text.encode("utf-8")  # what a strict UTF-8 stdout or file needs


# What breaks or disguises a line on a terminal: C0 and C1 controls, DEL, the line and paragraph
# separators, the bidi marks, embeddings, overrides and isolates, lone surrogates.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def one_line(text: str) -> None:
    """Line integrity: what the command line prints for one problem (or one error) is exactly one
    printable line."""
    utf8(text)
    assert not UNPRINTABLE.search(text), f"not one printable line: {text!r}"


def printable_lines(text: str) -> None:
    for line in text.split("\n"):
        one_line(line)


def one_document(path: Path, text: str, draw: bool) -> str:
    """What happened to one document: "unreadable", "invalid" or "valid"; raises on a bug."""
    from mixframe.model.sending import apply_ids, preview_text
    from mixframe.render.export import scene_for
    from mixframe.store.presets import read_document

    try:
        path.write_text(text, encoding="utf-8")
    except UnicodeEncodeError:  # a lone surrogate written raw: the file is not UTF-8 at all
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        doc = read_document(path)
    except DocumentError as exc:
        one_line(str(exc))
        return "unreadable"
    problems = doc.check(draft=True)  # validate
    for p in problems:
        one_line(p.line())
    model = VENDOR_MODELS[doc.vendor]
    utf8(dumps(to_preset(doc)))  # Save

    request = apply_ids(doc, "app1", "room1", "task1")  # request / start
    sent = list(doc.problems) + model.check_start(request)
    for p in sent:
        one_line(p.line())
    if not errors_of(sent):
        body = model.to_body(model.parse_start(request))
        printable_lines(preview_text(model.mask_secrets(body)))  # what `request` prints
    elif not errors_of(problems):
        # validate accepted it, so sending may fail only for want of a secret, or for an id
        # that validate warned is a masked example value
        excused = {"sign_key"} | {p.path for p in problems if p.rule == "masked-id"}
        assert {p.path for p in errors_of(sent)} <= excused, [p.line() for p in sent]
    if doc.vendor == "volcengine":  # update
        update = model.update_body_from(request)
        update_problems = model.check_update(update, task_canvas=model.start_canvas(request))
        if not errors_of(update_problems):
            model.to_body(model.parse_update(update))
    try:
        scene_for(doc.request, doc.vendor)  # render's layout (and the window's automatic preview)
    except DocumentError as exc:
        one_line(str(exc))
        assert errors_of(problems), f"validate accepts what render refuses: {exc}"
    if errors_of(problems):
        return "invalid"
    if draw:
        from mixframe.render.export import render_image

        image = render_image(doc.request, doc.editor, doc.vendor)
        assert not image.isNull()
    return "valid"


def run(count: int, seed: int, folder: Path, draw_every: int = DRAW_EVERY, *, texts=None,
        name: str = "doc.json") -> tuple[dict, list[str]]:
    counts = {"unreadable": 0, "invalid": 0, "valid": 0}
    failures: list[str] = []
    path = folder / name
    valid = 0
    for n, text in (documents(count, seed) if texts is None else texts):
        try:
            verdict = one_document(path, text, draw=False)
            if verdict == "valid":
                valid += 1
                if valid % draw_every == 0:
                    one_document(path, text, draw=True)
            counts[verdict] += 1
        except (AssertionError, RequestInvalid, Exception) as exc:  # noqa: B014 - any of them is a finding
            failures.append(f"document {n}: {type(exc).__name__}: {exc}\n{traceback.format_exc(limit=-3)}"
                            f"{text[:300]!r}")
    return counts, failures


def test_ten_thousand_hostile_documents(tmp_path, qapp):  # qapp: the one QApplication of the test run
    started = time.monotonic()
    counts, failures = run(DOCUMENTS, SEED, tmp_path)
    took = time.monotonic() - started
    assert not failures, f"{len(failures)} of {DOCUMENTS} documents crashed:\n" + "\n\n".join(failures[:5])
    assert sum(counts.values()) == DOCUMENTS
    # The mutator reaches every verdict, so no branch goes untested by accident.
    assert min(counts.values()) > DOCUMENTS // 50, counts
    print(f"{DOCUMENTS} documents in {took:.1f} s: {counts}")


REOPEN_DOCUMENTS = int(os.environ.get("MIXFRAME_FUZZ_REOPEN_DOCUMENTS", "2500"))


def save_and_reopen(source: Path, target: Path, text: str) -> str:
    """Save one document that opens as a preset (what Save does) and open that file again: it
    must open, holding exactly what was saved. "unreadable", "refused" (Save said why, nothing
    written) or "reopened"; raises on a finding."""
    from mixframe.store.presets import read_document, write_preset

    try:
        source.write_text(text, encoding="utf-8")
    except UnicodeEncodeError:
        source.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        doc = read_document(source)
    except DocumentError:
        return "unreadable"
    target.unlink(missing_ok=True)
    try:
        saved = write_preset(target, doc, name=doc.name or "fuzz")
    except DocumentError as exc:
        utf8(str(exc))
        assert not target.exists(), "a refused save wrote its file"
        return "refused"
    again = read_document(target)  # a DocumentError here is the finding
    assert again.vendor == doc.vendor
    assert (again.name, again.request, again.editor) == (saved["name"], saved["request"], saved["editor"])
    assert again.kind == "preset"
    return "reopened"


def test_every_document_that_opens_saved_as_a_preset_reopens_equal(tmp_path):
    counts = {"unreadable": 0, "refused": 0, "reopened": 0}
    failures: list[str] = []
    for n, text in documents(REOPEN_DOCUMENTS, SEED + 1):
        try:
            counts[save_and_reopen(tmp_path / "doc.json", tmp_path / "saved.mixframe.json", text)] += 1
        except Exception as exc:  # noqa: BLE001 - any of them is a finding
            failures.append(f"document {n}: {type(exc).__name__}: {exc}\n{text[:300]!r}")
    assert not failures, f"{len(failures)} of {REOPEN_DOCUMENTS} saved documents did not reopen equal:\n" + \
        "\n\n".join(failures[:5])
    assert counts["reopened"] > REOPEN_DOCUMENTS // 2, counts
    assert counts["refused"] == 0, counts  # a document that opens always fits in a preset


# Characters a terminal obeys instead of printing, as a file's JSON escapes them.
CONTROLS = ("\\u001b[31m", "\\u001b]0;title\\u0007", "\\r", "\\n", "\\u0000", "\\t", "\\u007f", "\\u0085", "\\u009b",
            "\\u2028", "\\u2029", "\\u202e", "\\u2066", "\\u200f", "\u2028", "\u202e", "\x85")


def with_controls(count: int, seed: int):
    """The hostile documents again, each with control characters put into some of its keys and
    values (right after an opening quote, as JSON escapes or raw)."""
    rng = random.Random(seed)
    for n, text in documents(count, seed):
        openings = [m.end() for m in re.finditer(r'[{\[,:] ?"', text)]  # a key's or a text value's first quote
        for at in sorted(rng.sample(openings, min(len(openings), rng.choice((1, 2, 4)))), reverse=True):
            text = text[:at] + rng.choice(CONTROLS) + text[at:]
        yield n, text


def test_every_line_printed_for_a_hostile_document_is_one_printable_line(tmp_path, qapp):
    """Line integrity: control characters in keys, values and the file's name never reach the
    terminal raw, and one problem is exactly one line."""
    count = max(DOCUMENTS // 5, 200)
    counts, failures = run(count, SEED + 1, tmp_path, draw_every=10**9, texts=with_controls(count, SEED + 1),
                           name="doc\x1b[2J\r\u2028\u202e.json")
    assert not failures, f"{len(failures)} of {count} documents broke a line:\n" + "\n\n".join(failures[:5])
    assert counts["invalid"] > count // 4 and counts["unreadable"] > 0, counts


if __name__ == "__main__":  # pragma: no cover - the long run, by hand
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from mixframe.render.export import ensure_gui_application

    ensure_gui_application()
    total = int(sys.argv[1]) if len(sys.argv) > 1 else DOCUMENTS
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else SEED
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        counts, failures = run(total, seed, Path(folder))
    print(f"{total} documents (seed {seed}) in {time.monotonic() - started:.1f} s: {counts}; "
          f"{len(failures)} failures")
    for failure in failures[:20]:
        print(failure, "\n")
    sys.exit(1 if failures else 0)
