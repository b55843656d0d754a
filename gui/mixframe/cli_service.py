"""The service commands: start, update, stop, status, and the local sandbox.

Each handler returns its exit code: 0 success, 1 an invalid request or an API error (Code,
Message, RequestId printed), 2 bad input (one line, never a traceback). Nothing is sent unless
the request is valid. Every secret the command knows (keys, S3 keys, sign_key) is masked in
everything it prints, whatever the server echoes back.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shlex
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

from mixframe import cli_args
from mixframe.model import endpoints

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

PRODUCTION = (f"Without --profile or --endpoint, the production endpoint is used: {endpoints.VOLCENGINE.url} "
              f"({endpoints.VOLCENGINE.label}), or {endpoints.QINGCLOUD.url} for QingCloud.")


class BadInput(Exception):
    """One line for the user; exit 2."""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "start", help="validate, sign and send StartRecord (or QingCloud start)",
        description="Validate FILE, fill in the recording's ids and the profile's secrets, sign and send "
                    "StartRecord (QingCloud: start). Prints the TaskId, then the service's answer.")
    p.add_argument("file", type=cli_args.path, metavar="FILE", help="a preset or a request body (JSON)")
    _connection_options(p)
    _id_options(p, task="TaskId of the new task (default: the file's, else a fresh one, printed)", file=True)
    p.set_defaults(func=cmd_start)

    p = subparsers.add_parser(
        "update", help="push the file's layout and streams to a running task (UpdateRecord)",
        description="Send FILE's layout and streams to a running Volcengine task (UpdateRecord). "
                    "QingCloud has no update call.")
    p.add_argument("file", type=cli_args.path, metavar="FILE", help="a preset or a request body (JSON)")
    _connection_options(p)
    _id_options(p, task="TaskId of the running task (required unless FILE holds one)", file=True)
    p.set_defaults(func=cmd_update)

    p = subparsers.add_parser(
        "stop", help="stop a recording task",
        description="Stop a recording: Volcengine needs --app-id, --room and --task; QingCloud needs "
                    "--app-id, --room and --project.")
    _connection_options(p)
    _id_options(p, task="TaskId of the task to stop (Volcengine)")
    p.add_argument("--project", type=cli_args.text, metavar="ID", help="QingCloud project_id (QingCloud only)")
    p.set_defaults(func=cmd_stop)

    p = subparsers.add_parser(
        "status", help="show a task's status and recorded files (GetRecordTask)",
        description="Show a task's status and its recorded files (Volcengine GetRecordTask; QingCloud "
                    "query), then the service's whole answer.")
    _connection_options(p)
    _id_options(p, task="TaskId of the task to show (Volcengine)")
    p.set_defaults(func=cmd_status)

    p = subparsers.add_parser(
        "sandbox", help="run the local emulator of both services until Ctrl-C",
        description="Run the local emulator of both services on 127.0.0.1 until Ctrl-C or SIGTERM. "
                    "It prints its URL and the keys that open it (and nothing else).")
    p.add_argument("--port", type=cli_args.port, default=None, metavar="N",
                   help="port on 127.0.0.1, 0 for any free one (default 47123, where the Sandbox profile looks)")
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
    p.add_argument("--vendor", choices=("volcengine", "qingcloud"),
                   help="which API, when neither a file nor the profile says (default volcengine)")
    p.add_argument("--timeout", type=cli_args.seconds, default=10.0, metavar="SECONDS",
                   help="deadline for the whole call: every attempt, the waits between retries and a slow "
                        "answer (default %(default)g)")


def _id_options(p: argparse.ArgumentParser, *, task: str, file: bool = False) -> None:
    p.add_argument("--app-id", dest="app_id", type=cli_args.text, metavar="ID",
                   help="AppId (QingCloud app_id); default: " + ("the file's, else " if file else "") + "the profile's")
    p.add_argument("--room", type=cli_args.text, metavar="ID", help="RoomId (QingCloud channel)")
    p.add_argument("--task", type=cli_args.text, metavar="ID", help=task)


# -- what is printed: every known secret masked ------------------------------------------------

# Values this command must never print, whoever echoes them: the account's keys, the S3 keys and
# sign_key it sends. Filled as the command learns them; read by the crash report too.
_SECRETS: set[str] = set()
SECRET_ENV = ("VOLC_SECRETKEY", "VOLC_SESSION_TOKEN", "QY_SECRET_ACCESS_KEY", "QY_SIGN_KEY")
# Answer fields that hold a secret, wherever they appear.
SECRET_FIELDS = ("SecretKey", "SessionToken", "sign_key", "secret_access_key")


def remember_secrets(*values: Any) -> None:
    _SECRETS.update(v for v in values if isinstance(v, str) and v)


def known_secrets() -> list[str]:
    return sorted(_SECRETS, key=len, reverse=True)


def _forget_secrets() -> None:
    _SECRETS.clear()
    remember_secrets(*(os.environ.get(name, "") for name in SECRET_ENV))


def masked(text: str) -> str:
    from mixframe.api.errors import redact

    return redact(str(text), known_secrets())


def say(*lines: str, err: bool = False) -> None:
    stream = sys.stderr if err else sys.stdout
    for line in lines:
        print(masked(line), file=stream, flush=True)


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

    port = sb.DEFAULT_PORT if args.port is None else args.port
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


# -- the work ---------------------------------------------------------------------------------


def _run(work, args: argparse.Namespace) -> int:
    from mixframe.api.errors import ApiError, EndpointError
    from mixframe.model.problems import DocumentError, RequestInvalid
    from mixframe.store.credentials import CredentialsMissing, KeyringUnavailable
    from mixframe.store.profiles import ProfileError

    _forget_secrets()
    try:
        return work(args)
    except RequestInvalid as exc:
        _print_problems(exc.problems)
        return EXIT_FAILED
    except ApiError as exc:
        say(*exc.lines(), err=True)
        return EXIT_FAILED
    except CredentialsMissing as exc:
        say(credentials_hint(exc), err=True)
        return EXIT_BAD_INPUT
    except (BadInput, DocumentError, EndpointError, ProfileError, KeyringUnavailable) as exc:
        say(str(exc), err=True)
        return EXIT_BAD_INPUT


def credentials_hint(exc) -> str:
    """The store's sentence about missing keys, with how to set them from the command line."""
    from mixframe.store.credentials import SERVICE, keyring_entry

    sentence = str(exc)
    if exc.profile is not None and exc.fields:
        entries = ", ".join(repr(keyring_entry(exc.profile, f)) for f in exc.fields)
        commands = "; ".join(f"mixframe account set-key {shlex.quote(exc.profile)} {f}" for f in exc.fields)
        return f"{sentence} From the command line: {commands} (keyring service {SERVICE!r}, user {entries})."
    return f"{sentence} From the command line: pass --profile NAME (see mixframe account list)."


def _print_problems(problems) -> None:
    say(*(problem.line() for problem in problems))


def _profile(args: argparse.Namespace):
    from mixframe.store.profiles import ProfileStore

    return ProfileStore().get(args.profile) if args.profile else None


@contextmanager
def _connect(args: argparse.Namespace, vendor_hint: str | None, profile) -> Iterator[Any]:
    """A client for the chosen profile or endpoint; starts an in-process sandbox if needed."""
    from mixframe.api.qingcloud_client import QINGCLOUD_URL, QingCloudClient
    from mixframe.api.transport import check_endpoint
    from mixframe.api.volc_client import ENDPOINTS, Endpoint, VolcClient
    from mixframe.store import credentials as cr

    vendor = vendor_hint or getattr(args, "vendor", None) or (
        profile.service if profile is not None and not profile.is_sandbox else "volcengine")
    if profile is not None and not profile.is_sandbox and profile.service != vendor:
        raise BadInput(f"Profile {profile.name!r} is for {profile.vendor}, but the request is for {vendor}.")

    inprocess = None
    if profile is not None and profile.is_sandbox:
        from mixframe.sandbox import ensure_running

        url, inprocess = ensure_running()
        if inprocess is not None:
            say("note: started a sandbox inside this command; its tasks end with it "
                "(run `mixframe sandbox` in another terminal to keep one).", err=True)
        region = profile.region
    elif profile is not None:
        url, region = profile.endpoint, args.region or profile.region
    elif args.endpoint is not None:
        url = args.endpoint
        region = args.region or endpoints.region_for_url(url)
    else:  # the production endpoint, as the README and --help say
        default = ENDPOINTS["volcengine"]
        url = default.url if vendor == "volcengine" else QINGCLOUD_URL
        region = args.region or default.region
    try:
        check_endpoint(url)  # an endpoint we will not use is said before any missing key
        # One deadline for the call: retries and a slow answer included.
        timing = {"timeout": args.timeout, "deadline": args.timeout}
        if vendor == "volcengine":
            keys = cr.volc_credentials(profile)
            remember_secrets(keys.secret_key, keys.session_token)
            client = VolcClient(Endpoint(url, region), keys, region=region, **timing)
        else:
            keys = cr.qingcloud_credentials(profile)
            remember_secrets(keys.secret_access_key)
            client = QingCloudClient(url, keys, **timing)
        try:
            yield client
        finally:
            client.close()
    finally:
        if inprocess is not None:
            inprocess.stop()


def _load(path: str):
    from mixframe.store.presets import read_document

    return read_document(path)


def new_task_id() -> str:
    """A fresh TaskId within [a-zA-Z0-9_@-.]{1,128}: the UTC time plus 8 random hex digits."""
    return time.strftime("mf-%Y%m%d-%H%M%S-", time.gmtime()) + secrets.token_hex(4)


def _ids_into(request: dict, vendor: str, args: argparse.Namespace, profile) -> dict:
    out = dict(request)
    app_id = args.app_id or (None if out.get("AppId" if vendor == "volcengine" else "app_id") else
                             (profile.app_id if profile is not None and profile.app_id else None))
    names = ({"AppId": app_id, "RoomId": args.room, "TaskId": args.task} if vendor == "volcengine"
             else {"app_id": app_id, "channel": args.room})
    for key, value in names.items():
        if value is not None:
            out[key] = value
    return out


def _secret_values(data: Any) -> list[str]:
    """The values of every secret field in a request, at any depth."""
    names = {"accesskey", "secretkey", "sessiontoken", "sign_key", "secret_access_key"}
    if isinstance(data, dict):
        return [v for k, v in data.items() if str(k).lower() in names and isinstance(v, str)] + [
            s for k, v in data.items() if str(k).lower() not in names for s in _secret_values(v)]
    if isinstance(data, list):
        return [s for v in data for s in _secret_values(v)]
    return []


def _fill_secrets(request: dict, vendor: str, profile) -> dict:
    """Secrets never live in a preset: take them from the profile's keyring entries (QingCloud's
    sign_key without a profile: from QY_SIGN_KEY)."""
    from mixframe.store import credentials as cr

    out = json.loads(json.dumps(request))
    remember_secrets(*_secret_values(out))  # a bare request body may carry its own
    if vendor == "qingcloud":
        if not out.get("sign_key"):
            key = cr.qingcloud_sign_key(profile)
            if key:
                out["sign_key"] = key
                if not (profile is not None and profile.is_sandbox):  # the sandbox's stand-in opens nothing
                    remember_secrets(key)
        return out
    storage = out.get("StorageConfig")
    if isinstance(storage, dict) and storage.get("Type") == 2 and isinstance(storage.get("CustomConfig"), dict):
        custom = storage["CustomConfig"]
        if profile is not None and not (custom.get("AccessKey") and custom.get("SecretKey")):
            kept = ({"AccessKey": "sandbox", "SecretKey": "sandbox"} if profile.is_sandbox
                    else cr.storage_secrets(profile))
            if not profile.is_sandbox:  # the sandbox's stand-ins open nothing
                remember_secrets(*kept.values())
            for k, v in kept.items():
                if not custom.get(k):
                    custom[k] = v
    return out


def _check(problems) -> None:
    from mixframe.model.problems import RequestInvalid, errors_of

    if errors_of(problems):
        raise RequestInvalid(problems)
    say(*(p.line() for p in problems), err=True)  # warnings


def _start(args: argparse.Namespace) -> int:
    doc = _load(args.file)
    profile = _profile(args)
    request = _ids_into(doc.request, doc.vendor, args, profile)
    if doc.vendor == "volcengine":
        from mixframe.model import volcengine as model

        if not request.get("TaskId"):
            request["TaskId"] = new_task_id()
    else:
        from mixframe.model import qingcloud as model
    request = _fill_secrets(request, doc.vendor, profile)
    if doc.vendor == "qingcloud" and not request.get("sign_key"):
        from mixframe.store.credentials import sign_key_missing

        _check(list(doc.problems) + model.check_start(request, draft=True))  # the file's own problems first
        raise sign_key_missing(profile)
    _check(list(doc.problems) + model.check_start(request))
    body = model.to_body(model.parse_start(request))
    with _connect(args, doc.vendor, profile) as client:
        if doc.vendor == "volcengine":
            say(f"TaskId: {body['TaskId']}")
            answer = client.start_record(body)
        else:
            answer = client.start(body)
            say(f"TaskId: {answer.answer.task_id}")
        _print_answer(answer.raw)
    return EXIT_OK


def _update(args: argparse.Namespace) -> int:
    doc = _load(args.file)
    if doc.vendor != "volcengine":
        raise BadInput("QingCloud recordings have no update call: their layout is a fixed server-side mode.")
    if not args.task and not doc.request.get("TaskId"):
        raise BadInput("update needs --task: the TaskId of the running recording.")
    from mixframe.model import volcengine as model

    profile = _profile(args)
    request = _ids_into(doc.request, "volcengine", args, profile)
    remember_secrets(*_secret_values(request))
    body = model.update_body_from(request)
    _check(model.check_update(body, task_canvas=model.start_canvas(request)))
    with _connect(args, "volcengine", profile) as client:
        answer = client.update_record(model.to_body(model.parse_update(body)))
        _print_answer(answer.raw)
    return EXIT_OK


def _vendor(args: argparse.Namespace, profile) -> str:
    if args.vendor:
        return args.vendor
    if profile is not None and not profile.is_sandbox:
        return profile.service
    return "volcengine"


def _require(args: argparse.Namespace, vendor: str, profile) -> dict:
    app_id = args.app_id or (profile.app_id if profile is not None else "")
    missing = [flag for flag, value in (("--app-id", app_id), ("--room", args.room)) if not value]
    if vendor == "volcengine" and not args.task:
        missing.append("--task")
    if missing:
        raise BadInput(f"{getattr(args, 'command', None) or 'this command'} needs {', '.join(missing)}.")
    return {"AppId": app_id, "RoomId": args.room, "TaskId": args.task} if vendor == "volcengine" \
        else {"app_id": app_id, "channel": args.room}


def _stop(args: argparse.Namespace) -> int:
    profile = _profile(args)
    vendor = _vendor(args, profile)
    ids = _require(args, vendor, profile)
    if vendor == "qingcloud" and not args.project:
        raise BadInput("stop needs --project for a QingCloud recording.")
    with _connect(args, vendor, profile) as client:
        if vendor == "volcengine":
            answer = client.stop_record(ids)
        else:
            answer = client.stop({**ids, "project_id": args.project})
        _print_answer(answer.raw)
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    profile = _profile(args)
    vendor = _vendor(args, profile)
    ids = _require(args, vendor, profile)
    with _connect(args, vendor, profile) as client:
        if vendor == "volcengine":
            answer = client.get_record_task(ids)
            task = answer.record_task
            if task is not None:
                say(f"Status: {task.status} ({task.status_name})"
                    + (f", stopped: {task.stop_reason}" if task.stop_reason else ""))
                for f in task.record_file_list:
                    say(f"File: {f.object_key} ({f.duration} ms, {f.size} bytes)")
        else:
            from mixframe.model.qingcloud import status_name

            answer = client.query(ids)
            for rec in answer.answer.recinfos:
                say(f"Recording {rec.id}: status {rec.status} ({status_name(rec.status)})")
        _print_answer(answer.raw)
    return EXIT_OK


def _print_answer(raw: dict) -> None:
    from mixframe.api.errors import redact_data

    say(json.dumps(redact_data(raw, known_secrets(), SECRET_FIELDS), ensure_ascii=False, indent=2))
