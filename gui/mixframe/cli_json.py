"""`--json`: the command line's machine-readable output, one JSON document on stdout.

Schema (version ``SCHEMA``, the document's ``"mixframe"`` key; a new key may be added within a
version, a key is never renamed nor its meaning changed without a new version):

validate::

    {"mixframe": 1, "command": "validate", "valid": bool,
     "files": [{"file": str, "valid": bool, "problems": [PROBLEM…], "error": ERROR (only when unreadable)}]}

start / status / update / stop::

    {"mixframe": 1, "command": str, "ok": bool, "vendor": str|null,
     "task": {"app_id", "room_id", "task_id", "project_id"}|null, "request_id": str|null,
     "status": STATUS|null (status), "statuses": [STATUS…] (status, QingCloud: every recording),
     "warnings": [PROBLEM…], "notes": [str…], "problems": [PROBLEM…], "answer": object|null,
     "error": ERROR|null}

    PROBLEM = {"path": str, "severity": "error"|"warning", "message": str,
               "template": str (the English template, when the sentence has one), "rule": str (when known)}
    ERROR   = {"kind": "invalid"|"service"|"input", "sentence": str, "code": str|null, "code_n": int|null,
               "message": str|null, "request_id": str|null, "http_status": int|null}
    STATUS  = {"task_id", "code", "name", "running", "ended", "failed", "stop_reason", "started_ms",
               "ended_ms", "files": [{"object_key", "duration_ms", "size_bytes", "vid"}]}

The exit codes are the text output's. Warnings, notes and errors go into the document, never to
stderr; stdout holds nothing else. Only a command line that is refused before any work (a bad
option, ``-`` given twice: exit 2) and a bug of ours (exit 3) are said on stderr, as without
--json, with nothing on stdout. Every secret the command
knows is masked (``***``) anywhere in the document, and every string is printable: control
characters, line separators and bidi marks are written as JSON escapes (``\\u001b``, ``\\u2028``);
on a terminal that cannot show a character, the whole document is written in ASCII escapes.
Sentences (``message``, ``sentence``) are in the command line's language; ``template``, paths,
codes and the service's values never are.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import Any

SCHEMA = 1
ERROR_KINDS = ("invalid", "service", "input")


def problem_data(problem) -> dict:
    """One problem as the document holds it, never quoting a value that holds a known secret."""
    from mixframe.cli_language import problem_translate
    from mixframe.cli_service import known_secrets
    from mixframe.model.problems import hide_secrets

    shown = hide_secrets(problem, known_secrets())
    data = {"path": shown.path, "severity": shown.severity.value, "message": shown.text(problem_translate())}
    if shown.msgid:
        data["template"] = shown.msgid
    if shown.rule:
        data["rule"] = shown.rule
    return data


def error_data(kind: str, sentence: str, *, code: str | None = None, code_n: int | None = None,
               message: str | None = None, request_id: str | None = None,
               http_status: int | None = None) -> dict:
    assert kind in ERROR_KINDS
    return {"kind": kind, "sentence": sentence, "code": code, "code_n": code_n, "message": message or None,
            "request_id": request_id or None, "http_status": http_status}


def api_error_data(exc) -> dict:
    """An ApiError: the service's Code, Message and RequestId as it gave them, our sentence."""
    from mixframe.cli_language import problem_translate

    return error_data("service", exc.text(problem_translate()), code=exc.code, code_n=exc.code_n,
                      message=exc.message, request_id=exc.request_id, http_status=exc.http_status)


def status_data(status) -> dict | None:
    if status is None:
        return None
    data = asdict(status)
    data["files"] = [asdict(f) for f in status.files]
    return data


def task_data(task) -> dict | None:
    if task is None:
        return None
    return {"app_id": task.app_id, "room_id": task.room_id, "task_id": task.task_id, "project_id": task.project_id}


def service_report(command: str) -> dict:
    """The document a service command fills in as it goes."""
    report = {"mixframe": SCHEMA, "command": command, "ok": False, "vendor": None, "task": None,
              "request_id": None, "warnings": [], "notes": [], "problems": [], "answer": None, "error": None}
    if command == "status":  # the same keys whether the call succeeded or not
        report.update(status=None, statuses=[])
    return report


def document_text(document: dict, secrets: list[str], encoding: str | None = "utf-8") -> str:
    """`document` as printable JSON text, every secret masked; in ASCII escapes when `encoding`
    cannot take it as it is."""
    from mixframe.api.errors import redact_data
    from mixframe.session import SECRET_FIELDS

    return json_text(redact_data(document, secrets, SECRET_FIELDS), encoding)


def json_text(data: Any, encoding: str | None = "utf-8") -> str:
    """`data` as indented JSON text that stays JSON however it is printed: every character
    `printable` would escape is a JSON escape already (``\u0085``, ``\u2028``), and when
    `encoding` (the stream's) cannot take a character, the whole text is in ASCII escapes
    (the stream's own ``\U0001f600`` would not be JSON)."""
    from mixframe.model.problems import printable_json

    text = printable_json(json.dumps(data, ensure_ascii=False, indent=2))
    try:
        text.encode(encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(data, ensure_ascii=True, indent=2)
    return text


def emit(document: dict) -> None:
    """Print `document` on stdout: the command's whole output."""
    from mixframe.cli_service import known_secrets

    stream = sys.stdout
    print(document_text(document, known_secrets(), getattr(stream, "encoding", None)), file=stream, flush=True)


def wants_json(args: Any) -> bool:
    return bool(getattr(args, "json", False))
