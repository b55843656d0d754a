"""The command line: the window, and the headless commands over the same model, api and store.

Exit codes: 0 success, 1 invalid request or API error, 2 bad input (unreadable file, not JSON,
wrong shape, bad option, unknown command) or an output that cannot be written (a closed pipe, a
full disk, a file `render -o` cannot create), 3 a bug of ours (one sentence naming the log file
that holds the traceback). Nothing here prints a traceback to the user. Qt is imported only by
the commands that draw (the window and `render`), so `mixframe --version` stays fast.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys

from mixframe import __version__, cli_args
from mixframe.cli_language import error_sentence, problem_line
from mixframe.model import endpoints
from mixframe.model.problems import DocumentError, Problem, errors_of, printable

EXIT_OK, EXIT_INVALID, EXIT_BAD_INPUT, EXIT_BUG = 0, 1, 2, 3
SUBCOMMANDS = ("validate", "request", "render", "start", "update", "stop", "status", "sandbox", "account",
               "recordings")
HELP_WORDS = ("help",)

EPILOG = """\
mixframe alone opens the window; mixframe FILE opens it with that file.
mixframe COMMAND --help describes each command's options.

exit codes:
  0  success
  1  the file or request is invalid (one line per problem), or the service refused the call
     (Code, Message, RequestId)
  2  bad input: unreadable file, not JSON, wrong shape, bad option, unknown command;
     or an output that cannot be written (a closed pipe, a full disk, render -o a folder)
  3  a bug in Mixframe: one sentence naming the log file that holds the details

environment:
  VOLC_ACCESSKEY, VOLC_SECRETKEY, VOLC_SESSION_TOKEN
                       Volcengine/BytePlus keys, used without --profile
  QY_ACCESS_KEY_ID, QY_SECRET_ACCESS_KEY, QY_SIGN_KEY
                       QingCloud keys and the project's sign_key, used without --profile
  MIXFRAME_CONFIG_DIR  folder of the profiles file (default: the user's config folder)
  MIXFRAME_DATA_DIR    folder of saved presets (default: the user's data folder)
  MIXFRAME_LOG_DIR     folder of errors.log (default: the user's log folder)
  MIXFRAME_SANDBOX_PORT
                       where `mixframe sandbox` listens and the Sandbox profile looks (default 47123)

With neither --profile nor --endpoint, start/update/stop/status talk to the production
endpoint: {volcengine.url} ({volcengine.label}), or {qingcloud.url}
for QingCloud. Secrets are never printed: every known key is masked in answers and errors.
""".format(volcengine=endpoints.VOLCENGINE, qingcloud=endpoints.QINGCLOUD)


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad options as one line and exit code 2, without a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _BadInput(f"{self.prog}: {message}")


class _BadInput(Exception):
    pass


def _print_problems(problems: list[Problem], prefix: str = "") -> None:
    for problem in problems:
        print(f"{prefix}{problem_line(problem)}", file=sys.stdout)


def _load(path: str):
    from mixframe.cli_service import remember_document_secrets
    from mixframe.store.presets import read_document

    doc = read_document(path)
    remember_document_secrets(doc)
    return doc


def cmd_validate(args: argparse.Namespace) -> int:
    worst = EXIT_OK
    several = len(args.files) > 1
    for path in args.files:
        shown = printable(path)  # a file name that is not UTF-8 still prints
        try:
            doc = _load(path)
        except DocumentError as exc:
            print(f"{shown}: {error_sentence(exc)}" if several else error_sentence(exc), file=sys.stderr)
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        problems = doc.check(draft=True)
        _print_problems(problems, f"{shown}: " if several else "")
        if errors_of(problems):
            worst = max(worst, EXIT_INVALID)
    return worst


def cmd_request(args: argparse.Namespace) -> int:
    from mixframe import cli_service

    return cli_service.run_guarded(_request, args)


def _request(args: argparse.Namespace) -> int:
    """The body start would send, printed, secrets masked; nothing is sent.

    The account's secrets come from where start takes them: with --profile its keyring (S3 keys,
    sign_key) and its AppId, and a secret the account lacks is missing, as start would say; without,
    QY_SIGN_KEY for QingCloud, and a secret no one gives is shown masked with a warning that it is
    filled in when the recording starts, as validate says.
    """
    from mixframe import cli_service
    from mixframe.model.sending import ACCOUNT_SECRETS, apply_ids, body_to_send, preview_text

    doc = _load(args.file)
    profile, filled = None, {}
    if args.profile:
        from mixframe.session import RecordingSession
        from mixframe.store.profiles import ProfileStore

        profile = ProfileStore().get(args.profile)
        session = RecordingSession(profile)
        cli_service.remember_session(session)
        session.vendor_for(doc.vendor)  # an account of the other vendor is one sentence
        request = session.with_secrets(apply_ids(doc, args.app_id, args.room, args.task), doc.vendor)
        for path in ACCOUNT_SECRETS[doc.vendor]:
            node = request
            for part in path.split("."):
                node = node.get(part) if isinstance(node, dict) else None
            if isinstance(node, str) and node:
                filled[path] = node
        if doc.vendor == "qingcloud" and "sign_key" not in filled:
            from mixframe.store.credentials import sign_key_missing

            raise sign_key_missing(profile)  # what start says with this account
    elif doc.vendor == "qingcloud":
        from mixframe.store.credentials import qingcloud_sign_key

        key = qingcloud_sign_key(None)
        if key:
            filled["sign_key"] = key
    cli_service.remember_secrets(*filled.values())
    app_id = args.app_id
    if app_id is None and profile is not None and profile.app_id and not apply_ids(doc).get(
            "AppId" if doc.vendor == "volcengine" else "app_id"):
        app_id = profile.app_id  # start's order: the option, the file, the profile
    # The window's request preview runs the same pipeline: the two always agree.
    # With an account, what it lacks is missing as at start; without one, it is filled in at start.
    problems, body = body_to_send(doc, app_id, args.room, args.task, secrets=filled, stand_in=profile is None)
    if body is None:
        cli_service.say(*(problem_line(problem) for problem in problems))
        return EXIT_INVALID
    cli_service.say(*(problem_line(problem) for problem in problems), err=True)
    cli_service.say(*preview_text(body).split("\n"))
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    """The frame of a file that `validate` accepts; the same problems, and nothing drawn, otherwise."""
    try:
        doc = _load(args.file)
    except DocumentError as exc:
        print(error_sentence(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    problems = doc.check(draft=True)
    if errors_of(problems):
        _print_problems(problems)
        print(f"Nothing was drawn: {printable(args.file)} has errors.", file=sys.stderr)
        return EXIT_INVALID
    from mixframe.render.export import render_to_png

    try:
        notes = render_to_png(doc.request, doc.editor, args.output, vendor=doc.vendor)
    except DocumentError as exc:
        print(error_sentence(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    for problem in [*problems, *(notes or [])]:  # warnings (and pictures not drawn), kept off the output
        print(problem_line(problem), file=sys.stderr)
    print(printable(args.output))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mixframe", description="Compose, check and run cloud recordings.", epilog=EPILOG,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"mixframe {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("validate", help="check files; exit 0 when valid, 1 with one line per problem",
                       description="Check each FILE as a draft: exit 0 when valid, else 1 with one "
                                   "'API.Path: message' line per problem. Missing recording ids are warnings.")
    p.add_argument("files", nargs="+", type=cli_args.path, metavar="FILE", help="a preset or a request body (JSON)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("request", help="print the exact body that would be sent, secrets masked",
                       description="Print the exact body start would send for FILE, with the ids given "
                                   "here and the account's secrets filled in and every secret masked. "
                                   "Nothing is sent.")
    p.add_argument("file", type=cli_args.path, metavar="FILE", help="a preset or a request body (JSON)")
    p.add_argument("--app-id", dest="app_id", type=cli_args.text, metavar="ID", help="AppId (QingCloud app_id)")
    p.add_argument("--room", type=cli_args.text, metavar="ID", help="RoomId (QingCloud channel)")
    p.add_argument("--task", type=cli_args.text, metavar="ID", help="TaskId (Volcengine only)")
    p.add_argument("--profile", type=cli_args.text, metavar="NAME",
                   help="account profile whose AppId and keyring secrets (S3 keys, QingCloud sign_key) start "
                        "would use; they are filled in and printed masked (default: QY_SIGN_KEY for QingCloud)")
    p.set_defaults(func=cmd_request)

    p = sub.add_parser("render", help="write the composed frame as the canvas shows it",
                       description="Draw FILE's composed frame, as the canvas shows it, into a PNG file.")
    p.add_argument("file", type=cli_args.path, metavar="FILE", help="a preset or a request body (JSON)")
    p.add_argument("-o", "--output", required=True, type=cli_args.path, metavar="PNG",
                   help="the PNG file to write")
    p.set_defaults(func=cmd_render)

    try:
        from mixframe import cli_service
    except ImportError:  # pragma: no cover - the service commands are optional in a partial install
        cli_service = None
    if cli_service is not None:
        cli_service.register(sub)
    from mixframe import cli_account

    cli_account.register(sub)
    from mixframe import cli_recordings

    cli_recordings.register(sub)
    return parser


def no_display_reason(env=None, platform: str | None = None) -> str | None:
    """One sentence when the window cannot open here, before Qt aborts with its own advice.

    On Linux and the BSDs the window needs an X11 or Wayland session (or QT_QPA_PLATFORM for a
    headless run); the headless commands never do.
    """
    import os

    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"):
        return None
    return ("mixframe: no display found, so the window cannot open (start it in a desktop session); "
            "the commands validate, request, render, start, update, stop, status, sandbox and account work without one.")


def _window_parser() -> _Parser:
    gui = _Parser(prog="mixframe", description="Open the Mixframe window.")
    gui.add_argument("--version", action="version", version=f"mixframe {__version__}")
    gui.add_argument("file", nargs="?", type=cli_args.path, metavar="FILE", help="a preset or request body to open")
    gui.add_argument("--quit-after-show", action="store_true",
                     help="open the window, print the seconds since start once painted, and exit")
    return gui


def _unknown(word: str) -> str:
    return (f"mixframe: unknown command {word!r}, and no such file to open; the commands are "
            f"{', '.join(SUBCOMMANDS)} (mixframe --help describes them).")


def _run_window(argv: list[str]) -> int:
    args = _window_parser().parse_args(argv)
    if args.file is not None and not os.path.isfile(args.file):
        raise _BadInput(_unknown(args.file))
    missing = no_display_reason()
    if missing:
        print(missing, file=sys.stderr)
        return EXIT_BAD_INPUT
    from mixframe.qtstart import open_window  # Qt's start-up failures: one sentence, exit 2

    return open_window(args.file, quit_after_show=args.quit_after_show)


def _help(argv: list[str]) -> int:
    """`mixframe help [COMMAND]`: the help, as --help prints it."""
    rest = [a for a in argv if a not in HELP_WORDS]
    if rest and rest[0] not in SUBCOMMANDS:
        raise _BadInput(_unknown(rest[0]))
    try:
        build_parser().parse_args([*rest[:1], "--help"])
    except SystemExit as done:  # --help prints, then exits 0
        return int(done.code or 0)
    return EXIT_OK


def _secrets_known() -> list[str]:
    try:
        from mixframe.cli_service import known_secrets

        return known_secrets()
    except Exception:  # pragma: no cover - the report must not fail on its way
        return []


def _crash(exc: BaseException) -> int:
    """A bug of ours: the traceback to the log, one sentence to the user, exit 3."""
    from mixframe.errorlog import log_dir, write_report

    path = write_report(type(exc), exc, exc.__traceback__, _secrets_known())
    where = (f"the details were written to {path}" if path is not None
             else f"its details could not be written to {log_dir()}")
    print(f"mixframe: an unexpected error inside Mixframe stopped the command ({type(exc).__name__}); "
          f"this is a bug, not a problem with your input; {where}.", file=sys.stderr)
    return EXIT_BUG


class OutputError(Exception):
    """Writing to stdout or stderr failed (a closed pipe, a full disk…): not a bug, and not our
    input's fault either; exit 2."""

    def __init__(self, stream: "SafeStream", error: OSError):
        super().__init__(f"{stream.name}: {error}")
        self.stream = stream
        self.error = error


class SafeStream:
    """stdout or stderr as every command writes to it: whatever the encoding (an ASCII or Latin-1
    terminal, PYTHONIOENCODING=ascii), a character it cannot take is written as its escape
    (``\\u76f4``), never an exception; a control character that slipped past `printable` is
    escaped too (only the line breaks stay); and a failed write is an OutputError."""

    def __init__(self, stream, name: str):
        self._stream = stream
        self.name = name
        self.encoding = getattr(stream, "encoding", None) or "utf-8"

    def write(self, text: str) -> int:
        safe = "\n".join(printable(line) for line in text.split("\n"))
        try:
            safe = safe.encode(self.encoding, "backslashreplace").decode(self.encoding)
        except LookupError:  # an encoding Python does not know: ASCII is understood by all
            safe = safe.encode("ascii", "backslashreplace").decode("ascii")
        if self._stream is None:  # started with the stream closed (`>&-`): nowhere to write
            raise OutputError(self, OSError(errno.EBADF, os.strerror(errno.EBADF)))
        try:
            self._stream.write(safe)
        except OSError as exc:
            raise OutputError(self, exc) from None
        return len(text)

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except OSError as exc:
            raise OutputError(self, exc) from None

    def silence(self) -> None:
        """After a failure: what is still buffered goes nowhere, so Python's own flush at exit
        neither fails nor prints 'Exception ignored'."""
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, AttributeError, ValueError):  # not a file (a test's capture): nothing buffered at exit
            pass

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _output_failed(exc: OutputError) -> int:
    """stdout or stderr could not be written: exit 2, with one sentence on the other stream when
    it still works, and none for a closed pipe (`mixframe validate … | head` is not an error to
    report, but its exit code must not say the output was all delivered)."""
    exc.stream.silence()
    if exc.error.errno != errno.EPIPE and exc.stream.name == "stdout":
        try:
            from mixframe.cli_service import output_failed

            print(output_failed(exc.error.strerror or str(exc.error)), file=sys.stderr, flush=True)
        except (OutputError, OSError):
            pass
    return EXIT_BAD_INPUT


def main(argv: list[str] | None = None) -> int:
    """Run one command; its exit code (see the module's docstring and README)."""
    real = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(real[0], "stdout"), SafeStream(real[1], "stderr")
    try:
        try:
            code = _main(argv)
        except SystemExit:  # argparse's --help and --version: their text is flushed here too
            sys.stdout.flush()
            sys.stderr.flush()
            raise
        sys.stdout.flush()  # a closed pipe or a full disk is found here, not at exit
        sys.stderr.flush()
        return code
    except OutputError as exc:
        return _output_failed(exc)
    finally:
        sys.stdout, sys.stderr = real


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        first = next((a for a in argv if not a.startswith("-")), None)
        if first in HELP_WORDS:
            return _help(argv)
        if first not in SUBCOMMANDS and not any(a in ("-h", "--help") for a in argv[:1]):
            return _run_window(argv)
        args = build_parser().parse_args(argv)
        if not getattr(args, "func", None):
            build_parser().print_help()
            return EXIT_BAD_INPUT
        from mixframe.cli_service import reset_secrets

        reset_secrets()  # what the command knows to keep secret: the environment's keys, then its files'
        return int(args.func(args))
    except _BadInput as exc:
        print(printable(str(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except DocumentError as exc:
        print(printable(error_sentence(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except OutputError:
        raise
    except BrokenPipeError as exc:  # a pipe closed under a stream we do not wrap (Qt's, a child's)
        raise OutputError(sys.stdout, exc) from None
    except ImportError as exc:  # Qt without its system libraries (window, render): the machine's, not ours
        from mixframe.qtstart import import_failure

        missing = import_failure(exc)
        if missing is None:
            return _crash(exc)
        print(missing, file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - the one place a bug of ours becomes exit 3
        return _crash(exc)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
