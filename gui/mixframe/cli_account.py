"""`mixframe account …`: the accounts of store/accounts.py, from the command line.

A key is read from a hidden prompt when standard input is a terminal, else as one line of
standard input; never from an argument (the shell's history and the process list would keep it),
and it goes to the OS keyring only. Exit codes: 0 done, 2 bad input (an unknown account, a bad
vendor or key name, no keyring for set-key, a profiles file that cannot be read or written), in
one sentence. Without a usable keyring, `remove` and `rename` still change the profiles file; a
warning line says the keys follow when the keyring works again.
"""

from __future__ import annotations

import argparse
from functools import partial
import getpass
import json
import sys

from mixframe import cli_args
from mixframe.cli_language import error_sentence
from mixframe.model import endpoints
from mixframe.model.credentials import KEY_FIELDS, OPTIONAL_FIELDS
from mixframe.model.problems import printable
from mixframe.store.profiles import JOURNAL, default_of, profiles_of

EXIT_OK, EXIT_BAD_INPUT = 0, 2
ACTIONS = ("add", "list", "remove", "set-key", "rename", "default")


class BadInput(Exception):
    """One line for the user; exit 2."""


def register(subparsers: argparse._SubParsersAction) -> None:
    account = subparsers.add_parser(
        "account", help="manage account profiles; their keys go to the OS keyring only",
        description="Manage account profiles: vendor, endpoint, region and AppId in the profiles file, "
                    "keys in the OS keyring and nowhere else. The Sandbox profile comes with Mixframe.",
        epilog="mixframe account ACTION --help describes each action's options.")
    actions = account.add_subparsers(dest="account_action", parser_class=type(account), metavar="ACTION",
                                     required=True, help="what to do with the accounts")

    p = actions.add_parser("add", help="add an account profile (then set its keys with set-key)",
                           description="Add an account profile. Its keys are set afterwards with "
                                       "`mixframe account set-key NAME FIELD`, one at a time.")
    p.add_argument("name", type=cli_args.text, metavar="NAME", help="the account's name, used by --profile")
    p.add_argument("--vendor", required=True, choices=endpoints.ACCOUNT_VENDORS,
                   help="which service the account belongs to")
    p.add_argument("--endpoint", type=cli_args.endpoint, metavar="URL",
                   help="service URL, https:// (plain http:// only to a loopback address); default: the vendor's "
                        + ", ".join(f"{e.vendor} {e.url}" for e in map(endpoints.default_for, endpoints.ACCOUNT_VENDORS)))
    p.add_argument("--region", type=cli_args.text, metavar="REGION",
                   help=f"signing region (Volcengine and BytePlus); default: the vendor's, {endpoints.VOLCENGINE.region} "
                        f"or {endpoints.BYTEPLUS.region}")
    p.add_argument("--app-id", dest="app_id", type=cli_args.text, metavar="ID",
                   help="the AppId (QingCloud app_id) used when a command or file gives none")
    p.add_argument("--default", action="store_true", help="make it the default account")
    p.set_defaults(func=partial(_run, _add))

    p = actions.add_parser("list", help="list the accounts and which of their keys are set",
                           description="List each account: name, vendor, endpoint, region, AppId, whether it is "
                                       "the default (*), and which keys are set in the keyring (never their values).")
    p.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    p.set_defaults(func=partial(_run, _list))

    p = actions.add_parser("remove", help="remove an account and its keys from the keyring",
                           description="Remove an account profile together with its keys in the keyring.")
    p.add_argument("name", type=cli_args.text, metavar="NAME", help="the account to remove")
    p.set_defaults(func=partial(_run, _remove))

    volc = ", ".join(f + (" (optional)" if f in OPTIONAL_FIELDS else "") for f in KEY_FIELDS["volcengine"])
    qing = ", ".join(KEY_FIELDS["qingcloud"])
    p = actions.add_parser(
        "set-key", help="store one key of an account in the keyring, read from a prompt or standard input",
        description="Store one key of an account in the OS keyring. The key is read from a hidden prompt "
                    "when standard input is a terminal, else as one line of standard input; never from "
                    f"an argument. Fields: Volcengine and BytePlus {volc}; QingCloud {qing}.")
    p.add_argument("name", type=cli_args.text, metavar="NAME", help="the account")
    p.add_argument("field", type=cli_args.text, metavar="FIELD", help="which key (see above)")
    p.add_argument("value", nargs="?", help=argparse.SUPPRESS)  # refused without being printed
    p.add_argument("--clear", action="store_true", help="remove the key from the keyring instead of setting it")
    p.set_defaults(func=partial(_run, _set_key))

    p = actions.add_parser("rename", help="rename an account; its keys follow",
                           description="Rename an account profile; its keys in the keyring move with it.")
    p.add_argument("old", type=cli_args.text, metavar="NAME", help="the account's name now")
    p.add_argument("new", type=cli_args.text, metavar="NEW", help="its new name")
    p.set_defaults(func=partial(_run, _rename))

    p = actions.add_parser("default", help="make an account the default",
                           description="Make an account the default one, used when nothing else is chosen.")
    p.add_argument("name", type=cli_args.text, metavar="NAME", help="the account")
    p.set_defaults(func=partial(_run, _default))


# -- handlers ---------------------------------------------------------------------------------


def _run(work, args: argparse.Namespace) -> int:
    """Run one account action on the account store; bad input is one line and exit 2."""
    from mixframe.store.accounts import AccountStore
    from mixframe.store.credentials import CredentialsMissing, KeyringUnavailable
    from mixframe.store.profiles import ProfileError

    try:
        return work(AccountStore(), args)
    except (BadInput, ProfileError, KeyringUnavailable, CredentialsMissing) as exc:
        print(f"mixframe account: {error_sentence(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _add(store, args) -> int:
    from mixframe.store.profiles import Profile

    profile = Profile(args.name, args.vendor, endpoint=args.endpoint or "", region=args.region or "",
                      app_id=args.app_id or "")
    store.add(profile, make_default=args.default)
    fields = " ".join(_fields_of(profile.vendor))
    print(f"Added account {profile.name!r} ({profile.vendor}, {profile.endpoint}). Set its keys with "
          f"mixframe account set-key {_quoted(profile.name)} FIELD, for FIELD in: {fields}.")
    return EXIT_OK


def _fields_of(vendor: str) -> tuple[str, ...]:
    from mixframe.store.accounts import key_fields

    return key_fields(vendor)


def _quoted(name: str) -> str:
    import shlex

    return shlex.quote(name)


def _list(store, args) -> int:
    from mixframe.store.credentials import KeyringUnavailable

    data = store.profile_store.read()  # one read of the file, however many accounts it holds
    profiles, default = profiles_of(data), default_of(data)
    if data.get(JOURNAL):
        store.tidy()  # keyring work a crash or a missing keyring left waits no longer
    rows, unavailable = [], None
    for profile in profiles:
        keys: dict[str, bool] | None = None
        if unavailable is None:
            try:
                keys = store.key_state_of(profile)
            except KeyringUnavailable as exc:
                unavailable = error_sentence(exc)  # asked once: the next account's answer would be the same
        rows.append((profile, keys))
    if args.json:
        print(json.dumps([{"name": p.name, "vendor": p.vendor, "endpoint": p.endpoint, "region": p.region,
                           "app_id": p.app_id, "default": default is not None and p.name == default.name,
                           "keys": keys} for p, keys in rows], ensure_ascii=False, indent=2))
    else:
        table = [("", "NAME", "VENDOR", "ENDPOINT", "REGION", "APP ID", "KEYS")]
        for p, keys in rows:
            table.append(("*" if default is not None and p.name == default.name else "", p.name, p.vendor,
                          p.endpoint, p.region or "-", p.app_id or "-", _keys_text(p, keys)))
        widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
        print("\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1] for row in table))
    if unavailable is not None:
        print(f"warning: which keys are set is unknown: {unavailable}", file=sys.stderr)
    return EXIT_OK


def _keys_text(profile, keys: dict[str, bool] | None) -> str:
    if profile.is_sandbox:
        return "none needed"
    if keys is None:
        return "unknown (no keyring)"
    return ", ".join(f"{field} {'set' if is_set else 'not set'}" for field, is_set in keys.items())


def _remove(store, args) -> int:
    note = store.remove(args.name)
    if note is None:
        print(f"Removed account {args.name!r} and its keys.")
    else:
        print(f"Removed account {args.name!r}.")
        _warn(note)
    return EXIT_OK


def _rename(store, args) -> int:
    store.rename(args.old, args.new)
    if store.last_note is None:
        print(f"Renamed account {args.old!r} to {args.new!r}; its keys followed.")
    else:
        print(f"Renamed account {args.old!r} to {args.new!r}.")
        _warn(store.last_note)
    return EXIT_OK


def _warn(note) -> None:
    """What could not be done yet, as one warning line in the command line's language."""
    from mixframe.cli_language import problem_translate

    print(f"warning: {printable(note.text(problem_translate()))}", file=sys.stderr)


def _default(store, args) -> int:
    store.set_default(args.name)
    print(f"{args.name!r} is now the default account.")
    return EXIT_OK


def _set_key(store, args) -> int:
    from mixframe.store.credentials import keyring_backend

    if args.value is not None:
        raise BadInput("a key is never taken from an argument (the shell's history would keep it); "
                       "give it at the prompt or as one line on standard input.")
    profile = store.get(args.name)
    fields = _fields_of(profile.vendor)
    if profile.is_sandbox:
        raise BadInput("the Sandbox account needs no keys; its own open only the local emulator.")
    if args.field not in fields:
        raise BadInput(f"{args.field!r} is not a key of a {profile.vendor} account; its keys are {', '.join(fields)}.")
    keyring_backend(store.backend)  # no usable keyring is said before anyone types a key
    if args.clear:
        store.clear_key(profile.name, args.field)
        print(f"Removed {args.field} of account {profile.name!r} from the keyring.")
        return EXIT_OK
    value = read_key(f"{args.field} for account {profile.name} (hidden): ")
    if not value:
        raise BadInput(f"no {args.field} was given, so nothing changed (--clear removes a key).")
    store.set_key(profile.name, args.field, value)
    print(f"Stored {args.field} of account {profile.name!r} in the keyring.")
    return EXIT_OK


# No vendor's key, token or sign_key comes near this; a longer line is not a key (`< /dev/zero`).
MAX_KEY_CHARS = 16384


def read_key(prompt: str) -> str:
    """One key: from a hidden prompt on a terminal, else the first line of standard input, read
    no further than MAX_KEY_CHARS."""
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            line = getpass.getpass(prompt)
        except EOFError:
            return ""
    else:
        line = sys.stdin.readline(MAX_KEY_CHARS + 2) if sys.stdin is not None else ""
    key = line.rstrip("\r\n")
    if len(key) > MAX_KEY_CHARS:
        raise BadInput(f"the key given is longer than {MAX_KEY_CHARS} characters, so it is not a key; nothing changed.")
    return key
