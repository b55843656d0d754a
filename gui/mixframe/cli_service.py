"""The service commands: start, update, stop, status, and the local sandbox.

Each handler returns its exit code: 0 success, 1 an invalid request or an API error (Code,
Message, RequestId printed), 2 bad input (one line, never a traceback). Nothing is sent unless
the request is valid. Every secret the command knows (keys, S3 keys, sign_key) is masked in
everything it prints, whatever the server echoes back.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import time
from typing import Any

from mixframe import cli_args
from mixframe.cli_language import error_sentence, problem_line, problem_translate
from mixframe.model import endpoints, vendors
from mixframe.model.problems import QT_TRANSLATE_NOOP, printable, sentence

from mixframe.recording import errors as _errors
from mixframe.recording.errors import BadInput

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = _errors.EXIT_OK, _errors.EXIT_FAILED, _errors.EXIT_BAD_INPUT

PRODUCTION = (f"Without --profile or --endpoint, the production endpoint is used: {endpoints.VOLCENGINE.url} "
              f"({endpoints.VOLCENGINE.label}), or {endpoints.QINGCLOUD.url} for QingCloud.")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "start", help="validate, sign and send StartRecord (or QingCloud start)",
        description="Validate FILE, fill in the recording's ids and the profile's secrets, sign and send "
                    "StartRecord (QingCloud: start). Prints the TaskId, then the service's answer.")
    p.add_argument("file", type=cli_args.path, metavar="FILE", help=cli_args.FILE_HELP)
    _connection_options(p)
    _id_options(p, task="TaskId of the new task (default: the file's, else a fresh one, printed)", file=True)
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--quiet", "-q", action="store_true",
                       help="print only the TaskId on stdout (warnings and the answer are left out; errors "
                            "still go to stderr)")
    _json_option(shown)
    p.set_defaults(func=cmd_start)

    p = subparsers.add_parser(
        "update", help="push the file's layout and streams to a running task (UpdateRecord)",
        description="Send FILE's layout and streams to a running Volcengine task (UpdateRecord). "
                    "QingCloud has no update call.")
    p.add_argument("file", type=cli_args.path, metavar="FILE", help=cli_args.FILE_HELP)
    _connection_options(p)
    _id_options(p, task="TaskId of the running task (required unless FILE holds one)", file=True)
    _json_option(p)
    p.set_defaults(func=cmd_update)

    p = subparsers.add_parser(
        "stop", help="stop a recording task",
        description="Stop a recording: Volcengine needs --app-id, --room and --task; QingCloud needs "
                    "--app-id, --room and --project.")
    _connection_options(p)
    _id_options(p, task="TaskId of the task to stop (Volcengine)")
    p.add_argument("--project", type=cli_args.text, metavar="ID", help="QingCloud project_id (QingCloud only)")
    _json_option(p)
    p.set_defaults(func=cmd_stop)

    p = subparsers.add_parser(
        "status", help="show a task's status and recorded files (GetRecordTask)",
        description="Show a task's status and its recorded files (Volcengine GetRecordTask; QingCloud "
                    "query), then the service's whole answer.")
    _connection_options(p)
    _id_options(p, task="TaskId of the task to show (Volcengine)")
    _json_option(p)
    p.set_defaults(func=cmd_status)

    p = subparsers.add_parser(
        "sandbox", help="run the local emulator of both services until Ctrl-C",
        description="Run the local emulator of both services on 127.0.0.1 until Ctrl-C or SIGTERM. "
                    "It prints its URL and the keys that open it (and nothing else).")
    p.add_argument("--port", type=cli_args.port, default=None, metavar="N",
                   help="port on 127.0.0.1, 0 for any free one (default 47123 or MIXFRAME_SANDBOX_PORT, where the Sandbox profile looks)")
    p.set_defaults(func=cmd_sandbox)


def _connection_options(p: argparse.ArgumentParser) -> None:
    where = p.add_mutually_exclusive_group()
    where.add_argument("--profile", type=cli_args.text, metavar="NAME",
                       help="account profile: its endpoint, region and AppId, and its keys from the OS keyring")
    where.add_argument("--endpoint", type=cli_args.endpoint, metavar="URL",
                       help="service URL, https:// (plain http:// only to a loopback address); keys from the "
                            "environment (VOLC_ACCESSKEY/VOLC_SECRETKEY, or QY_ACCESS_KEY_ID/"
                            "QY_SECRET_ACCESS_KEY/QY_SIGN_KEY). " + PRODUCTION)
    p.add_argument("--region", type=cli_args.text, metavar="REGION",
                   help=f"Volcengine signing region (default: the profile's; with --endpoint {endpoints.BYTEPLUS.region} "
                        f"for a byteplus host, else {endpoints.VOLCENGINE.region})")
    p.add_argument("--vendor", choices=vendors.families(),
                   help="which API, when neither a file nor the profile says (default volcengine)")
    p.add_argument("--timeout", type=cli_args.seconds, default=10.0, metavar="SECONDS",
                   help="deadline for the whole call: every attempt, the waits between retries and a slow "
                        "answer (default %(default)g)")


def _json_option(p) -> None:
    p.add_argument("--json", action="store_true", help=cli_args.JSON_HELP)


def _id_options(p: argparse.ArgumentParser, *, task: str, file: bool = False) -> None:
    p.add_argument("--app-id", dest="app_id", type=cli_args.text, metavar="ID",
                   help="AppId (QingCloud app_id); default: " + ("the file's, else " if file else "") + "the profile's")
    p.add_argument("--room", type=cli_args.text, metavar="ID", help="RoomId (QingCloud channel)")
    p.add_argument("--task", type=cli_args.text, metavar="ID", help=task)


# -- what is printed: every known secret masked ------------------------------------------------

# Values this command must never print, whoever echoes them: the account's keys, the S3 keys and
# sign_key it sends. Filled as the command learns them (the session keeps its own); read by the
# crash report too.
_SECRETS: set[str] = set()
_SESSIONS: list = []
# With --json: the document the command fills in instead of printing (cli_json.service_report).
_REPORT: dict | None = None
_QUIET = False  # start --quiet: the TaskId alone on stdout
SECRET_ENV = ("VOLC_SECRETKEY", "VOLC_SESSION_TOKEN", "QY_SECRET_ACCESS_KEY", "QY_SIGN_KEY")


def remember_secrets(*values: Any) -> None:
    _SECRETS.update(v for v in values if isinstance(v, str) and v)


def known_secrets() -> list[str]:
    every = set(_SECRETS)
    for session in _SESSIONS:
        every.update(session.secrets())
    return sorted(every, key=len, reverse=True)


def reset_secrets() -> None:
    """A command begins: it knows the environment's secrets only."""
    _SECRETS.clear()
    _SESSIONS.clear()
    remember_secrets(*(os.environ.get(name, "") for name in SECRET_ENV))


def remember_document_secrets(doc) -> None:
    """The keys a file holds itself (S3 keys, sign_key, an account's keys in a bare body): never
    quoted in a problem, never printed."""
    from mixframe.api.errors import secret_values

    remember_secrets(*secret_values(doc.request))


_forget_secrets = reset_secrets


def masked(text: str) -> str:
    from mixframe.api.errors import redact

    return redact(str(text), known_secrets())


def output_failed(reason: str) -> str:
    """The sentence for an output (stdout) that could not be written: a full disk, an I/O error."""
    said = sentence("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "mixframe: cannot write the output: {reason}."),
                    reason=printable(reason))
    return said.text(problem_translate())


def say(*lines: str, err: bool = False) -> None:
    """Each line masked, then made one printable line (a server's Code, Message, ObjectKey or
    status may carry control characters: they are shown as escapes, \\x1b, never sent raw)."""
    stream = sys.stderr if err else sys.stdout
    for line in lines:
        print(printable(masked(line)), file=stream, flush=True)


# -- handlers ---------------------------------------------------------------------------------


def cmd_start(args: argparse.Namespace) -> int:
    return _run(_start, args)


def cmd_update(args: argparse.Namespace) -> int:
    return _run(_update, args)


def cmd_stop(args: argparse.Namespace) -> int:
    return _run(_stop, args)


def cmd_status(args: argparse.Namespace) -> int:
    return _run(_status, args)


def cmd_sandbox(args: argparse.Namespace) -> int:
    from mixframe import sandbox as sb

    port = sb.sandbox_port() if args.port is None else args.port
    try:
        server = sb.start_sandbox(port)
    except OSError as exc:
        print(f"Cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"Mixframe sandbox listening on {server.url} (Ctrl-C stops it)")
    print(f"Volcengine: --endpoint {server.url}  VOLC_ACCESSKEY={sb.VOLC_ACCESS_KEY}  VOLC_SECRETKEY={sb.VOLC_SECRET_KEY}")
    print(f"QingCloud:  --endpoint {server.url}  QY_ACCESS_KEY_ID={sb.QINGCLOUD_ACCESS_KEY_ID}  "
          f"QY_SECRET_ACCESS_KEY={sb.QINGCLOUD_SECRET_ACCESS_KEY}")
    print("These keys open only this local emulator.", flush=True)
    _stop_on_signals()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("Sandbox stopped.")
    finally:
        server.stop()
    return EXIT_OK


def _stop_on_signals() -> None:
    """Ctrl-C and SIGTERM end the sandbox cleanly, even when started in the background."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)


# -- the work: a thin printer over mixframe.session ------------------------------------------


def remember_session(session) -> None:
    """Every secret `session` handles is masked in what this command prints."""
    _SESSIONS.append(session)


def run_guarded(work, args: argparse.Namespace) -> int:
    """`work(args)`, its failures said in one sentence with their exit code (see _run)."""
    return _run(work, args)


def _run(work, args: argparse.Namespace) -> int:
    """`work(args)`; with --json its document is printed once, whatever happened (see cli_json)."""
    global _REPORT, _QUIET
    from mixframe import cli_json

    _forget_secrets()
    if not cli_json.wants_json(args):
        _QUIET = bool(getattr(args, "quiet", False))
        try:
            return _attempt(work, args)
        finally:
            _QUIET = False
    _REPORT = cli_json.service_report(getattr(args, "command", None) or "")
    try:
        code = _attempt(work, args)
        _REPORT["ok"] = code == EXIT_OK
        cli_json.emit(_REPORT)
        return code
    finally:
        _REPORT = None


def _attempt(work, args: argparse.Namespace) -> int:
    """`work(args)`; a failure is said as recording/errors.explain says it (the window's mapping
    too), with its exit code. A bug (explain says None) goes on to the crash report."""
    from mixframe.model.problems import errors_of

    errors = _errors
    try:
        return work(args)
    except Exception as exc:
        said = errors.explain(exc, problem_translate(), words=error_sentence, line=problem_line)
        if said is None:
            raise
        if said.kind == errors.INVALID:
            if _REPORT is not None:
                from mixframe.cli_json import error_data, problem_data

                _REPORT["problems"] = [problem_data(p) for p in said.problems]
                first = errors_of(list(said.problems))[:1]
                _REPORT["error"] = error_data("invalid", problem_line(first[0]) if first else str(exc))
            else:  # with --quiet, stdout is for the TaskId alone
                say(*said.details, err=_quiet())
        elif said.kind == errors.API:
            if _REPORT is not None:
                from mixframe.cli_json import api_error_data

                _REPORT["error"] = api_error_data(exc)
                _REPORT["answer"] = exc.answer if isinstance(exc.answer, (dict, list)) else None
            else:
                say(*said.lines, err=True)
        elif said.kind == errors.KEYS:
            _say_error(said.sentence + _where_keys_go(exc, args))
        else:
            _say_error(said.sentence)
        return said.exit_code


def _say_error(text: str) -> None:
    """A one-sentence failure (exit 2): on stderr, or the --json document's error."""
    if _REPORT is not None:
        from mixframe.cli_json import error_data

        _REPORT["error"] = error_data("input", text)
    else:
        say(text, err=True)


def _where_keys_go(exc, args: argparse.Namespace) -> str:
    """The command line's own hint after a missing-keys sentence (the window gives another)."""
    from mixframe.store.credentials import SERVICE, keyring_entry

    profile = exc.profile or getattr(args, "profile", None)
    if profile and exc.fields:
        commands = "; ".join(f"mixframe account set-key {shlex.quote(profile)} {f}" for f in exc.fields)
        entries = ", ".join(repr(keyring_entry(profile, f)) for f in exc.fields)
        hint = sentence("CommandLine", QT_TRANSLATE_NOOP("CommandLine", " (from the command line: {commands}; keyring "
                                                                        "service {service}, user {entries})"),
                        commands=commands, service=repr(SERVICE), entries=entries)
    elif profile:
        hint = sentence("CommandLine", QT_TRANSLATE_NOOP("CommandLine", " ({command} FIELD stores one)"),
                        command=f"mixframe account set-key {shlex.quote(profile)}")
    else:
        hint = sentence("CommandLine", QT_TRANSLATE_NOOP("CommandLine", " (or pass --profile with an account that "
                                                                        "keeps them)"))
    return hint.text(problem_translate())


def _session(args: argparse.Namespace):
    from mixframe.session import RecordingSession
    from mixframe.store.profiles import ProfileStore

    profile = ProfileStore().get(args.profile) if args.profile else None
    session = RecordingSession(profile, endpoint=args.endpoint, region=args.region,
                               vendor=getattr(args, "vendor", None), timeout=args.timeout)
    _SESSIONS.append(session)
    return session


def _notes(session) -> None:
    if _REPORT is not None:
        _REPORT["notes"].extend(session.notes)
    elif not _quiet():
        say(*session.notes, err=True)
    session.notes.clear()


def _quiet() -> bool:
    return _QUIET


STDIN = "-"


def stdin_name() -> str:
    """How a sentence names the document read from standard input (FILE given as ``-``)."""
    return sentence("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "Standard input")).text(problem_translate())


def load_document(path: str):
    """The document at `path`, or read from standard input when `path` is ``-`` (capped and read
    as a file is); its own secrets are then never printed."""
    from mixframe.store.presets import read_document, read_document_stream

    if path == STDIN:
        doc = read_document_stream(getattr(sys.stdin, "buffer", None), stdin_name())
    else:
        doc = read_document(path)
    remember_document_secrets(doc)
    return doc


_load = load_document


def stdin_twice() -> str:
    return sentence("CommandLine", QT_TRANSLATE_NOOP(
        "CommandLine", "- (standard input) can be given only once: it can be read only once.")).text(problem_translate())


def _warn(warnings) -> None:
    if _REPORT is not None:
        from mixframe.cli_json import problem_data

        _REPORT["warnings"].extend(problem_data(p) for p in warnings)
    elif not _quiet():
        say(*(problem_line(p) for p in warnings), err=True)


def _reported(result) -> None:
    """With --json: what a call gave, into the document."""
    if _REPORT is None:
        return
    from mixframe.cli_json import status_data, task_data

    _REPORT["vendor"] = result.task.vendor
    _REPORT["task"] = task_data(result.task)
    _REPORT["request_id"] = result.request_id or None
    _REPORT["answer"] = result.raw
    if result.action == "status":
        _REPORT["status"] = status_data(result.status)
        _REPORT["statuses"] = [status_data(s) for s in result.every_status]


def _start(args: argparse.Namespace) -> int:
    doc = _load(args.file)
    with _session(args) as session:
        vendor = session.vendor_for(doc.vendor)
        if _REPORT is not None:
            _REPORT["vendor"] = vendor
        prepared = session.prepare_start(doc.request, vendor, app_id=args.app_id, room_id=args.room,
                                         task_id=args.task, problems=doc.problems)  # the one check
        _warn(list(prepared.warnings))
        described = vendors.get(vendor)
        task_key = described.task_key  # None: the service names the task
        body = prepared.body
        if task_key is not None:  # known before the call: said first, so a failed call still names it
            _say_task_id(body[task_key], body.get(described.app_key), body.get(described.room_key))
        result = session.start(prepared=prepared)
        _notes(session)
        if task_key is None:
            _say_task_id(result.task.task_id)
        if _quiet():  # only once the service took it: a failed start prints nothing on stdout
            say(result.task.task_id)
        _reported(result)
        _print_answer(result.raw)
    return EXIT_OK


def _say_task_id(task_id: str, app_id: str | None = None, room_id: str | None = None) -> None:
    """`TaskId: …` (with --json, the document's task; with --quiet, nothing yet)."""
    if _REPORT is not None:
        _REPORT["task"] = {"app_id": app_id, "room_id": room_id, "task_id": task_id, "project_id": None}
    elif not _quiet():
        say(f"TaskId: {task_id}")


def _update(args: argparse.Namespace) -> int:
    from mixframe.session import TaskRef

    doc = _load(args.file)
    why = TaskRef(doc.vendor, "", "").why_not_updatable()  # QingCloud's tasks take no update
    if why:
        raise BadInput(why)
    described = vendors.get(doc.vendor)
    with _session(args) as session:
        session.vendor_for(doc.vendor)
        if not args.task and not doc.request.get(described.task_key):
            raise BadInput("update needs --task: the TaskId of the running recording.")
        request = session.with_ids(doc.request, doc.vendor, app_id=args.app_id, room_id=args.room,
                                   task_id=args.task)
        task = TaskRef(doc.vendor, str(request.get(described.app_key, "")), str(request.get(described.room_key, "")),
                       str(request[described.task_key]))
        result = session.update(request, task)
        _notes(session)
        _warn(result.warnings)
        _reported(result)
        _print_answer(result.raw)
    return EXIT_OK


def _task(args: argparse.Namespace, session, vendor: str):
    from mixframe.session import TaskRef

    profile = session.profile
    app_id = args.app_id or (profile.app_id if profile is not None else "")
    missing = [flag for flag, value in (("--app-id", app_id), ("--room", args.room)) if not value]
    if vendors.names_task(vendor) and not args.task:
        missing.append("--task")
    if missing:
        raise BadInput(f"{getattr(args, 'command', None) or 'this command'} needs {', '.join(missing)}.")
    return TaskRef(vendor, app_id, args.room, args.task or "", getattr(args, "project", None) or "")


def _stop(args: argparse.Namespace) -> int:
    with _session(args) as session:
        vendor = session.vendor_for(None)
        task = _task(args, session, vendor)
        if vendor == "qingcloud" and not task.project_id:
            raise BadInput("stop needs --project for a QingCloud recording.")
        result = session.stop(task)
        _notes(session)
        _reported(result)
        _print_answer(result.raw)
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    with _session(args) as session:
        vendor = session.vendor_for(None)
        result = session.status(_task(args, session, vendor))
        _notes(session)
        _reported(result)
        if _REPORT is None:
            _print_status(result, vendor)
        _print_answer(result.raw)
    return EXIT_OK


def _print_status(result, vendor: str) -> None:
    if result.every_status:  # QingCloud lists every recording of the channel
        for status in result.every_status:
            say(f"Recording {status.task_id}: status {status.code} ({status.name})")
    elif result.status is not None:
        say(result.status.line())
        for f in result.status.files:
            say(f"File: {f.line()}")


def _print_answer(raw: dict) -> None:
    if _REPORT is not None or _quiet():  # in the document already; or left out by --quiet
        return
    from mixframe.api.errors import redact_data
    from mixframe.session import SECRET_FIELDS

    from mixframe.cli_json import json_text

    text = json_text(redact_data(raw, known_secrets(), SECRET_FIELDS), getattr(sys.stdout, "encoding", None))
    say(*text.split("\n"))  # the same JSON, each of its lines printable
