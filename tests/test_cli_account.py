"""`mixframe account …` as a user runs it: a separate process, its keys in a keyring, never in a file."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

import shared_keyring
from mixframe import cli_account
from mixframe.cli import build_parser
from mixframe.store.profiles import Profile, ProfileStore
from support import ROOT

SECRET = "Sk-from-stdin-Ω-4f9c"


@pytest.fixture(scope="module")
def keyring_server():
    manager, env = shared_keyring.serve()
    yield manager, env
    manager.shutdown()


@pytest.fixture
def account(tmp_path, keyring_server):
    """Run `mixframe account ARGS` in a child process with its own config folder and the shared keyring."""
    manager, keyring_env = keyring_server
    manager.items().clear()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MIXFRAME_", "PYTHON_KEYRING", "VOLC_", "QY_"))}
    env.update(keyring_env, MIXFRAME_CONFIG_DIR=str(tmp_path / "config"), MIXFRAME_LOG_DIR=str(tmp_path / "logs"),
               PYTHONPATH=os.pathsep.join([str(ROOT / "gui"), str(ROOT / "tests")]), PYTHONIOENCODING="utf-8")

    def run(*args: str, stdin: str = "", backend: str | None = None) -> subprocess.CompletedProcess:
        child_env = dict(env)
        if backend is not None:
            child_env["PYTHON_KEYRING_BACKEND"] = backend
        return subprocess.run([sys.executable, "-m", "mixframe", "account", *args], input=stdin, env=child_env,
                              capture_output=True, text=True, timeout=60, encoding="utf-8")

    run.keys = lambda: shared_keyring.items(manager)
    run.config = tmp_path / "config"
    return run


def test_add_set_key_list(account):
    done = account("add", "Prod", "--vendor", "byteplus", "--app-id", "app1", "--default")
    assert done.returncode == 0, done.stderr
    done = account("set-key", "Prod", "SecretKey", stdin=SECRET + "\n")
    assert done.returncode == 0, done.stderr
    assert account.keys() == {"mixframe/Prod/SecretKey": SECRET}
    listed = account("list")
    assert listed.returncode == 0, listed.stderr
    prod = next(line for line in listed.stdout.splitlines() if " Prod " in line)
    assert prod.startswith("*") and "byteplus" in prod and "https://rtc.byteplusapi.com" in prod
    assert "ap-singapore-1" in prod and "app1" in prod
    assert "SecretKey set" in prod and "AccessKey not set" in prod
    rows = json.loads(account("list", "--json").stdout)
    assert [r["name"] for r in rows] == ["Sandbox", "Prod"]
    assert rows[1]["keys"]["SecretKey"] is True and rows[1]["keys"]["AccessKey"] is False and rows[1]["default"]


def test_a_key_from_stdin_is_in_the_keyring_and_nowhere_else(account):
    outputs = []
    for args, stdin in ((("add", "Qy", "--vendor", "qingcloud"), ""),
                        (("set-key", "Qy", "sign_key"), SECRET + "\r\n"),
                        (("list",), ""), (("list", "--json"), ""),
                        (("rename", "Qy", "Qy2"), ""), (("list",), "")):
        done = account(*args, stdin=stdin)
        assert done.returncode == 0, (args, done.stderr)
        outputs.append(done.stdout + done.stderr)
    assert account.keys() == {"mixframe/Qy2/sign_key": SECRET}  # the line ending is not part of the key
    assert all(SECRET not in text for text in outputs)
    files = [p for p in account.config.parent.rglob("*") if p.is_file()]
    assert any(p.name == "profiles.json" for p in files)
    for path in files:
        assert SECRET.encode() not in path.read_bytes(), path


def test_a_key_is_never_taken_from_an_argument(account):
    account("add", "Prod", "--vendor", "volcengine")
    done = account("set-key", "Prod", "SecretKey", SECRET)
    assert done.returncode == 2 and "never taken from an argument" in done.stderr
    assert SECRET not in done.stdout + done.stderr and account.keys() == {}


def test_remove_takes_the_keys(account):
    account("add", "Prod", "--vendor", "volcengine")
    account("add", "Other", "--vendor", "volcengine")
    account("set-key", "Prod", "AccessKey", stdin="ak\n")
    account("set-key", "Other", "AccessKey", stdin="other\n")
    done = account("remove", "Prod")
    assert done.returncode == 0, done.stderr
    assert account.keys() == {"mixframe/Other/AccessKey": "other"}
    assert [r["name"] for r in json.loads(account("list", "--json").stdout)] == ["Sandbox", "Other"]


def test_clear_and_default(account):
    account("add", "Prod", "--vendor", "volcengine")
    account("set-key", "Prod", "SessionToken", stdin="tok\n")
    assert account("set-key", "Prod", "SessionToken", "--clear").returncode == 0
    assert account.keys() == {}
    assert account("default", "Prod").returncode == 0
    assert next(r for r in json.loads(account("list", "--json").stdout) if r["default"])["name"] == "Prod"


@pytest.mark.parametrize("args, stdin, words", [
    (("remove", "Nobody"), "", "no profile named 'Nobody'"),
    (("add", "X", "--vendor", "aws"), "", "invalid choice: 'aws'"),
    (("add", "X", "--vendor", "sandbox"), "", "invalid choice: 'sandbox'"),
    (("add", "X", "--vendor", "volcengine", "--endpoint", "http://example.com"), "", "--endpoint"),
    (("set-key", "Prod", "sign_key"), "x\n", "not a key of a volcengine account"),
    (("set-key", "Prod", "SecretKey"), "\n", "no SecretKey was given"),
    (("set-key", "Sandbox", "SecretKey"), "x\n", "needs no keys"),
    (("remove", "Sandbox"), "", "cannot be removed"),
    (("rename", "Sandbox", "Mine"), "", "cannot be renamed"),
    (("rename", "Prod", "Sandbox"), "", "already exists"),
    (("default", "Nobody"), "", "no profile named 'Nobody'"),
    ((), "", "required: ACTION"),
    (("frobnicate",), "", "invalid choice"),
])
def test_bad_input_is_exit_2_in_one_line(account, args, stdin, words):
    ProfileStore(account.config).save(Profile("Prod", "volcengine"))
    done = account(*args, stdin=stdin)
    assert done.returncode == 2, done.stderr
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_without_a_keyring_set_key_is_exit_2_in_one_sentence_and_nothing_is_written(account):
    no_keyring = "keyring.backends.fail.Keyring"
    assert account("add", "Prod", "--vendor", "volcengine", backend=no_keyring).returncode == 0
    done = account("set-key", "Prod", "SecretKey", stdin=SECRET + "\n", backend=no_keyring)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "GNOME Keyring or KWallet" in lines[0] and "Traceback" not in done.stderr
    assert SECRET not in done.stdout + done.stderr
    for path in account.config.parent.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes()
    listed = account("list", backend=no_keyring)
    assert listed.returncode == 0 and "unknown (no keyring)" in listed.stdout and "warning:" in listed.stderr
    removed = account("remove", "Prod", backend=no_keyring)  # a profile without keys is removable
    assert removed.returncode == 0 and removed.stdout == "Removed account 'Prod'.\n"
    assert removed.stderr.startswith("warning: ") and "no usable keyring" in removed.stderr
    assert len(removed.stderr.strip().splitlines()) == 1


def test_a_terminal_gets_a_hidden_prompt(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    asked = []
    monkeypatch.setattr(sys, "stdin", Terminal("not-read-from-here\n"))
    monkeypatch.setattr(cli_account.getpass, "getpass", lambda prompt: asked.append(prompt) or "typed")
    assert cli_account.read_key("SecretKey for account Prod (hidden): ") == "typed"
    assert asked == ["SecretKey for account Prod (hidden): "]
    monkeypatch.setattr(sys, "stdin", io.StringIO("piped\nsecond line\n"))
    assert cli_account.read_key("ignored") == "piped"


def test_every_action_and_option_is_described():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction").choices
    account = commands["account"]
    actions = next(a for a in account._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(actions.choices) == set(cli_account.ACTIONS)
    for name, sub in actions.choices.items():
        text = sub.format_help()
        assert sub.description, name
        for action in sub._actions:
            if action.dest == "value":
                continue  # a key given as an argument is refused; it is not an option to describe
            assert action.help and action.help.strip(), (name, action.dest)
            for flag in action.option_strings:
                assert flag in text
