"""`mixframe recordings …`: the recordings journal (store/journal.py) from the command line.

`list` prints every task started from this computer (the window's and `mixframe start`'s), the
newest first, with its state and files; `--open` only those that may still be running (and
billed); `--json` for scripts. `forget ID` removes one task from the journal (the service's task
is untouched). Exit codes: 0 done, 2 bad input (an unknown ID, a journal that cannot be used),
in one sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from functools import partial

from mixframe.cli_language import error_sentence

EXIT_OK, EXIT_BAD_INPUT = 0, 2


class BadInput(Exception):
    """One line for the user; exit 2."""


def register(subparsers: argparse._SubParsersAction) -> None:
    recordings = subparsers.add_parser(
        "recordings", help="list the recordings started from this computer, or forget one",
        description="The recordings journal: every task started from this computer, by the window or by "
                    "`mixframe start` (vendor, account, ids, start time, state, files; the body sent, secrets "
                    "masked). A task still running is billed: stop it with `mixframe stop`, or from the window.",
        epilog="mixframe recordings ACTION --help describes each action's options.")
    actions = recordings.add_subparsers(dest="recordings_action", parser_class=type(recordings), metavar="ACTION",
                                        required=True, help="what to do with the journal")
    p = actions.add_parser("list", help="list the tasks, the newest first",
                           description="List the tasks of the journal, the newest first: ID, vendor, account, "
                                       "room, task, when it started, its state and its files.")
    p.add_argument("--open", action="store_true", help="only the tasks that may still be running")
    p.add_argument("--json", action="store_true", help="print a JSON list (with the masked body) instead of a table")
    p.set_defaults(func=partial(_run, _list))
    p = actions.add_parser("forget", help="remove a task from the journal (the service's task is untouched)",
                           description="Remove one task from the journal by its ID (the first column of list). "
                                       "A recording still running on the service goes on, and is billed.")
    p.add_argument("id", metavar="ID", help="the task's ID in the journal")
    p.set_defaults(func=partial(_run, _forget))


def _run(work, args: argparse.Namespace) -> int:
    from mixframe.store.journal import Journal, JournalError

    try:
        return work(Journal(), args)
    except (BadInput, JournalError) as exc:
        print(f"mixframe recordings: {error_sentence(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _when(seconds: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(seconds)) if seconds else "-"


def _list(journal, args) -> int:
    from mixframe.model.problems import printable

    entries = journal.open_entries() if args.open else journal.entries()
    if args.json:
        print(json.dumps([{
            "id": e.id, "vendor": e.vendor, "account": e.account, "endpoint": e.endpoint, "app_id": e.app_id,
            "room_id": e.room_id, "task_id": e.task_id, "project_id": e.project_id,
            "started_at": e.started_at, "ended_at": e.ended_at, "state": e.state, "status": e.status,
            "followed": e.owner_alive(),
            "files": [{"object_key": f.object_key, "duration_ms": f.duration_ms, "size_bytes": f.size_bytes}
                      for f in e.files], "body": e.body} for e in entries], ensure_ascii=False, indent=2))
        return EXIT_OK
    table = [("ID", "VENDOR", "ACCOUNT", "ROOM", "TASK", "STARTED", "STATE", "FILES")]
    for e in entries:
        state = e.state + (f" ({e.status})" if e.status else "")
        table.append(tuple(printable(str(cell)) for cell in (
            e.id, e.vendor, e.account or e.endpoint or "-", e.room_id or "-", e.task_id or "-", _when(e.started_at),
            state, ", ".join(f.object_key for f in e.files) or "-")))
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1])
    return EXIT_OK


def _forget(journal, args) -> int:
    from mixframe.model.problems import printable

    if not str(args.id).isdigit() or not journal.forget(int(args.id)):
        raise BadInput(f"no task with ID {printable(repr(args.id))} in the journal (mixframe recordings list "
                       f"shows the IDs).")
    print(f"Forgot task {args.id}; on the service it is untouched.")
    return EXIT_OK
