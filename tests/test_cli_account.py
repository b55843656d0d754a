"""`mixframe account …` as a user runs it: a separate process, its keys in a keyring, never in a file."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
import textwrap

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

    def run(*args: str, stdin: str = "", backend: str | None = None, before: str = "",
            config: str | None = None) -> subprocess.CompletedProcess:
        """`before`: Python run in the child first (a mock of the system, a kill at a step)."""
        child_env = dict(env)
        if backend is not None:
            child_env["PYTHON_KEYRING_BACKEND"] = backend
        if config is not None:
            child_env["MIXFRAME_CONFIG_DIR"] = config
        command = ["-m", "mixframe"]
        if before:
            command = ["-c", before + "\nimport runpy; runpy.run_module('mixframe', run_name='__main__')"]
        return subprocess.run([sys.executable, *command, "account", *args], input=stdin, env=child_env,
                              capture_output=True, text=True, timeout=120, encoding="utf-8")

    run.keys = lambda: shared_keyring.items(manager)
    run.clear_keys = lambda: manager.items().clear()
    run.put_keys = lambda entries: manager.items().update(entries)
    run.config = tmp_path / "config"
    run.env = env
    return run


def one_sentence(done: subprocess.CompletedProcess, code: int = 2) -> str:
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr and "bug" not in done.stderr, done.stderr
    return lines[0]


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


# -- a config folder that cannot be written, a profiles file that cannot be read: exit 2, one sentence


@pytest.mark.parametrize("action", [("add", "Prod", "--vendor", "volcengine"), ("default", "Sandbox")])
def test_a_config_folder_that_is_a_file_is_exit_2_in_one_sentence(account, action):
    account.config.parent.mkdir(exist_ok=True)
    account.config.write_text("a file where the folder should be")
    line = one_sentence(account(*action))
    assert "profiles file" in line and "cannot be written: not a directory" in line


@pytest.mark.parametrize("fault", ["ENOSPC", "EROFS", "EACCES"])
@pytest.mark.parametrize("action", [("add", "Prod", "--vendor", "volcengine"), ("default", "Sandbox")])
def test_a_full_or_read_only_config_folder_is_exit_2_in_one_sentence(account, action, fault):
    # Root writes anywhere, so a full disk and a read-only mount are the system's answers, mocked.
    refuse = (f"import errno, os\n"
              f"def refuse(*a, **k): raise OSError(errno.{fault}, os.strerror(errno.{fault}))\n"
              f"os.replace = refuse")
    line = one_sentence(account(*action, before=refuse))
    assert "profiles file" in line and "cannot be written" in line and os.strerror(getattr(errno, fault)).lower() in line


@pytest.mark.parametrize("action", [("list",), ("add", "Prod", "--vendor", "volcengine"), ("default", "Sandbox"),
                                    ("remove", "Prod"), ("rename", "Prod", "Live"), ("set-key", "Prod", "AccessKey")])
def test_a_profiles_file_nested_100000_deep_is_exit_2_in_one_sentence(account, action):
    account.config.mkdir(parents=True)
    (account.config / "profiles.json").write_text("[" * 100_000 + "]" * 100_000)
    line = one_sentence(account(*action, stdin="ak\n"))
    assert "nested too deeply" in line and str(account.config / "profiles.json") in line


# -- without a keyring: remove and rename work, and say what is left; the keyring catches up later


def test_without_a_keyring_remove_and_rename_work_and_the_keys_follow_once_it_works(account):
    no_keyring = "keyring.backends.fail.Keyring"
    account("add", "Prod", "--vendor", "volcengine")
    account("add", "Gone", "--vendor", "volcengine")
    account("set-key", "Prod", "AccessKey", stdin="ak-prod\n")
    account("set-key", "Gone", "SecretKey", stdin="sk-gone\n")
    renamed = account("rename", "Prod", "Live", backend=no_keyring)
    assert renamed.returncode == 0 and renamed.stdout == "Renamed account 'Prod' to 'Live'.\n"
    assert renamed.stderr.startswith("warning: ") and "could not be moved" in renamed.stderr
    assert "no usable keyring" in renamed.stderr and len(renamed.stderr.splitlines()) == 1
    removed = account("remove", "Gone", backend=no_keyring)
    assert removed.returncode == 0 and "could not be removed" in removed.stderr
    names = [r["name"] for r in json.loads(account("list", "--json", backend=no_keyring).stdout)]
    assert names == ["Sandbox", "Live"]
    assert account.keys() == {"mixframe/Prod/AccessKey": "ak-prod", "mixframe/Gone/SecretKey": "sk-gone"}
    rows = json.loads(account("list", "--json").stdout)  # a keyring again: the work left waits no longer
    assert account.keys() == {"mixframe/Live/AccessKey": "ak-prod"}
    assert rows[1]["name"] == "Live" and rows[1]["keys"]["AccessKey"] is True
    assert "pending_keys" not in json.loads((account.config / "profiles.json").read_text())


# -- two processes at once: both land


def test_concurrent_account_add_processes_all_land(account):
    account("list")
    children = [subprocess.Popen([sys.executable, "-m", "mixframe", "account", "add", f"Acc{i}", "--vendor", "volcengine"],
                                 env={**account.env, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE) for i in range(10)]
    for child in children:
        assert child.wait(timeout=120) == 0, child.stderr.read()
        child.stdout.close()
        child.stderr.close()
    names = [r["name"] for r in json.loads(account("list", "--json").stdout)]
    assert sorted(names) == sorted(["Sandbox", *(f"Acc{i}" for i in range(10))])


def test_processes_changing_accounts_in_a_loop_lose_nothing(tmp_path):
    """Read-modify-writes racing each other: without the lock, about one add in ten was lost."""
    code = textwrap.dedent("""
        import sys
        from keyring.backends import fail
        from mixframe.store.accounts import AccountStore
        from mixframe.store.profiles import Profile
        store = AccountStore(sys.argv[1], backend=fail.Keyring())
        for i in range(25):
            store.add(Profile(f"{sys.argv[2]}-{i}", "volcengine"))
            if i % 5 == 4:
                store.rename(f"{sys.argv[2]}-{i}", f"{sys.argv[2]}-{i}-renamed")
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "gui")}
    children = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path), f"p{n}"], env=env,
                                 stderr=subprocess.PIPE) for n in range(4)]
    for child in children:
        assert child.wait(timeout=120) == 0, child.stderr.read()
        child.stderr.close()
    names = set(ProfileStore(tmp_path).names())
    expected = {f"p{n}-{i}" + ("-renamed" if i % 5 == 4 else "") for n in range(4) for i in range(25)}
    assert names == expected | {"Sandbox"}, sorted(expected - names)


# -- kill -9 at every step of a rename: no key is lost, and no orphan outlives the next run


KILL_AT_STEP = """
import os, signal, sys
sys.path.insert(0, {tests!r})
import shared_keyring
from mixframe.store import files
steps = [0]
def step(function):
    def run(*args, **kwargs):
        steps[0] += 1
        if steps[0] == {step}:
            os.kill(os.getpid(), signal.SIGKILL)
        return function(*args, **kwargs)
    return run
shared_keyring.SharedKeyring.set_password = step(shared_keyring.SharedKeyring.set_password)
shared_keyring.SharedKeyring.delete_password = step(shared_keyring.SharedKeyring.delete_password)
files.os.replace = step(os.replace)
"""


def test_kill_9_at_every_step_of_a_rename_loses_no_key_and_leaves_no_orphan(account, tmp_path):
    keys = {"AccessKey": "ak-Ω", "SecretKey": "sk-Ω", "StorageConfig.CustomConfig.SecretKey": "s3-Ω"}
    step, finished = 0, False
    while not finished:
        step += 1
        assert step < 80, "the rename never finished"
        config = str(tmp_path / f"config{step}")
        account.clear_keys()  # the same shared keyring, emptied for each step
        ProfileStore(config).save(Profile("Prod", "volcengine"), make_default=True)
        account.put_keys({f"mixframe/Prod/{field}": value for field, value in keys.items()})
        done = account("rename", "Prod", "Live", before=KILL_AT_STEP.format(tests=str(ROOT / "tests"), step=step),
                       config=config)
        assert done.returncode in (0, -9), done.stderr
        finished = done.returncode == 0
        listed = account("list", "--json", config=config)  # the next run
        assert listed.returncode == 0, listed.stderr
        rows = json.loads(listed.stdout)
        [name] = [r["name"] for r in rows if r["name"] != "Sandbox"]
        assert name in ("Prod", "Live") and next(r for r in rows if r["default"])["name"] == name
        assert account.keys() == {f"mixframe/{name}/{field}": value for field, value in keys.items()}, step
    assert step > 5  # every step was a kill point before the rename ran to its end


def test_account_list_reads_the_profiles_file_once_however_many_accounts(tmp_path, monkeypatch, capsys):
    """2,000 accounts took 53 s: each row read and parsed the whole file again. Counted, not timed."""
    from support import MemoryKeyring
    from mixframe.store.accounts import AccountStore
    from mixframe.store import profiles as pr

    reads, parsed = [], []
    real_read, real_parse = pr.ProfileStore._read, pr.Profile.from_json.__func__
    monkeypatch.setattr(pr.ProfileStore, "_read", lambda self: reads.append(1) or real_read(self))
    monkeypatch.setattr(pr.Profile, "from_json", classmethod(lambda cls, data: parsed.append(1) or real_parse(cls, data)))
    for count in (50, 400):
        entries = [{"name": f"Acc{i}", "vendor": "volcengine"} for i in range(count)]
        folder = tmp_path / str(count)
        folder.mkdir()
        (folder / "profiles.json").write_text(json.dumps({"version": 2, "profiles": entries}))
        store = AccountStore(folder, backend=MemoryKeyring())
        reads.clear(), parsed.clear()
        assert cli_account._list(store, build_parser().parse_args(["account", "list"])) == 0
        assert len(capsys.readouterr().out.splitlines()) == count + 1
        assert len(reads) == 1 and len(parsed) <= 3 * count, (count, len(reads), len(parsed))


def test_a_key_from_an_endless_stdin_is_refused_without_reading_it_all(account):
    # `mixframe account set-key NAME FIELD < /dev/zero`: the line never ends; read a bounded part
    # and refuse it (under a 1 GiB address-space limit, an unbounded read dies of MemoryError).
    ProfileStore(account.config).save(Profile("Prod", "volcengine"))
    endless = ("import resource, sys\n"
               "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
               "sys.stdin = open('/dev/zero', encoding='latin-1')\n")
    done = account("set-key", "Prod", "SecretKey", before=endless)
    assert "longer than 16384 characters" in one_sentence(done)
    assert account.keys() == {}


def test_a_key_at_the_length_limit_is_taken(account):
    ProfileStore(account.config).save(Profile("Prod", "volcengine"))
    key = "k" * cli_account.MAX_KEY_CHARS
    done = account("set-key", "Prod", "SecretKey", stdin=key + "\n")
    assert done.returncode == 0, done.stderr
    assert account.keys() == {"mixframe/Prod/SecretKey": key}
