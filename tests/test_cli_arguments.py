"""The command line's arguments: an unknown word, every option checked when parsed, the help that
describes every option, and exit 3 (with a log file) for a bug of ours. Never a traceback."""

import os
import subprocess
import sys

import pytest

from mixframe import cli
from mixframe.cli import SUBCOMMANDS, build_parser, main

NO_DISPLAY = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MIXFRAME_LOG_DIR", str(tmp_path / "logs"))
    for k in ("VOLC_ACCESSKEY", "VOLC_SECRETKEY", "VOLC_SESSION_TOKEN", "QY_ACCESS_KEY_ID", "QY_SECRET_ACCESS_KEY",
              "QY_SIGN_KEY"):
        monkeypatch.delenv(k, raising=False)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def mixframe(*argv, env=None):
    return subprocess.run([sys.executable, "-m", "mixframe", *argv], env=env or NO_DISPLAY, capture_output=True,
                          text=True, timeout=60)


# -- words ------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["frobnicate", "strat", "missing.json", "VALIDATE"])
def test_an_unknown_word_is_exit_2_with_the_commands(word):
    done = mixframe(word)
    assert done.returncode == 2
    assert "unknown command" in done.stderr and word in done.stderr
    assert all(name in done.stderr for name in SUBCOMMANDS)
    assert len(done.stderr.strip().splitlines()) == 1 and "no display" not in done.stderr


def test_help_prints_the_help_and_opens_no_window():
    done = mixframe("help")
    assert done.returncode == 0 and done.stdout.startswith("usage: mixframe") and done.stderr == ""
    done = mixframe("help", "start")
    assert done.returncode == 0 and "usage: mixframe start" in done.stdout and "--timeout" in done.stdout


def test_only_an_existing_file_opens_the_window(capsys, tmp_path, monkeypatch):
    import mixframe.ui.app as app

    opened = []
    monkeypatch.setattr(app, "run", lambda path, quit_after_show=False: opened.append(path) or 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    preset = tmp_path / "frobnicate"
    preset.write_text("{}")
    assert run(capsys, preset)[0] == 0 and opened == [str(preset)]
    code, _, err = run(capsys, tmp_path / "nope.json")
    assert code == 2 and "unknown command" in err and opened == [str(preset)]
    code, _, err = run(capsys, tmp_path)  # a folder is not a file
    assert code == 2 and opened == [str(preset)]
    assert run(capsys)[0] == 0 and opened == [str(preset), None]  # no word: the empty window


# -- options checked when parsed ---------------------------------------------------------------

STATUS = ["status", "--app-id", "a", "--room", "r", "--task", "t"]


@pytest.mark.parametrize("argv,expected", [
    ([*STATUS, "--timeout", "-1"], "argument --timeout: give a number of seconds above 0"),
    ([*STATUS, "--timeout", "0"], "argument --timeout: give a number of seconds above 0"),
    ([*STATUS, "--timeout", "abc"], "argument --timeout: give a number of seconds above 0"),
    ([*STATUS, "--timeout", "nan"], "argument --timeout: give a number of seconds above 0"),
    ([*STATUS, "--timeout", "inf"], "argument --timeout: give a number of seconds above 0"),
    (["sandbox", "--port", "70000"], "argument --port: give a whole number from 0 to 65535"),
    (["sandbox", "--port", "-5"], "argument --port: give a whole number from 0 to 65535"),
    (["sandbox", "--port", "1.5"], "argument --port: give a whole number from 0 to 65535"),
    ([*STATUS, "--endpoint", ""], "argument --endpoint: The endpoint is empty"),
    ([*STATUS, "--endpoint", "http://xn--localhost"], "is not a URL Mixframe can use"),
    ([*STATUS, "--endpoint", "http://anything.localhost"], "Refusing plain http:// to anything.localhost"),
    ([*STATUS, "--endpoint", "ftp://user:hunter2pw@host"], "must not carry a user name or password"),
    (["status", "--app-id", "", "--room", "r", "--task", "t"], "argument --app-id: must not be empty"),
    (["start", "f.json", "--room", " "], "argument --room: must not be empty"),
    (["stop", "--task", "", "--app-id", "a", "--room", "r"], "argument --task: must not be empty"),
    (["request", "f.json", "--task", ""], "argument --task: must not be empty"),
    (["render", "f.json", "-o", ""], "argument -o/--output: give a file name"),
    (["validate", "a\x00b.json"], "argument FILE: a file name cannot contain a NUL character"),
    (["start", ""], "argument FILE: give a file name"),
    ([*STATUS, "--profile", ""], "argument --profile: must not be empty"),
    ([*STATUS, "--region", ""], "argument --region: must not be empty"),
    (["stop", "--project", "", "--app-id", "a", "--room", "r"], "argument --project: must not be empty"),
])
def test_every_option_is_checked_when_parsed(capsys, argv, expected):
    code, out, err = run(capsys, *argv)
    assert code == 2 and expected in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "hunter2pw" not in err


HOSTILE = ["", "-", "--", "\x00", "é", "-x", "--timeout", "1e400", "0x10", "--port", "99999999999999999999",
           "--endpoint", "http://[::1", "https://%zz", "http://127.0.0.1:99999", "-h", "--version", "help"]


@pytest.mark.parametrize("command", [None, *SUBCOMMANDS])
def test_no_argument_reaches_the_user_as_a_traceback(capsys, command, monkeypatch):
    import random

    import mixframe.ui.app as app
    from mixframe import cli_service

    monkeypatch.setattr(app, "run", lambda *a, **k: 0)
    monkeypatch.setattr(cli_service, "cmd_sandbox", lambda args: 0)  # a valid one would run until stopped
    rng = random.Random(7)
    for _ in range(60):
        argv = ([command] if command else []) + rng.sample(HOSTILE, rng.randint(1, 4))
        try:
            code = main(argv)
        except SystemExit as done:  # --help and --version
            code = done.code
        out, err = capsys.readouterr()
        assert code in (0, 1, 2), (argv, err)
        assert "Traceback" not in out + err, argv


# -- help -------------------------------------------------------------------------------------


def _subparsers():
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return parser, action.choices


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_option_of_every_command_is_described(name):
    _, commands = _subparsers()
    sub = commands[name]
    text = sub.format_help()
    assert sub.description, name
    for action in sub._actions:
        assert action.help and action.help.strip(), (name, action.dest)
        for flag in action.option_strings:
            assert flag in text
    if name in ("update", "stop", "status"):
        task = next(a for a in sub._actions if "--task" in a.option_strings)
        assert "generated" not in task.help and "fresh" not in task.help


def test_the_top_level_help_names_exit_codes_and_environment(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert "exit codes" in out
    for code, words in (("0", "success"), ("1", "invalid"), ("2", "bad input"), ("3", "bug")):
        assert any(line.strip().startswith(code) and words in line for line in out.splitlines()), code
    for name in ("VOLC_ACCESSKEY", "VOLC_SECRETKEY", "VOLC_SESSION_TOKEN", "QY_ACCESS_KEY_ID",
                 "QY_SECRET_ACCESS_KEY", "QY_SIGN_KEY", "MIXFRAME_CONFIG_DIR", "MIXFRAME_LOG_DIR"):
        assert name in out
    flat = " ".join(out.split())
    assert "talk to the production endpoint: https://rtc.volcengineapi.com" in flat


def test_service_help_says_the_production_endpoint_is_the_default():
    _, commands = _subparsers()
    for name in ("start", "update", "stop", "status"):
        text = " ".join(commands[name].format_help().split())
        assert "Without --profile or --endpoint, the production endpoint is used" in text


# -- exit 3 -----------------------------------------------------------------------------------


def test_a_bug_of_ours_is_exit_3_one_sentence_and_a_masked_log(capsys, monkeypatch, tmp_path):
    from mixframe import cli_service

    monkeypatch.setenv("VOLC_SECRETKEY", "volc-secret-0123")
    monkeypatch.setenv("VOLC_ACCESSKEY", "AK")

    def broken(args):
        raise RuntimeError("internal slip while holding volc-secret-0123")

    monkeypatch.setattr(cli_service, "_status", broken)
    code, out, err = run(capsys, *STATUS, "--endpoint", "http://127.0.0.1:9")
    log = tmp_path / "logs" / "errors.log"
    assert code == 3 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert str(log) in err and "bug" in err
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: internal slip" in text
    assert "volc-secret-0123" not in text


def test_a_bug_in_a_file_command_is_exit_3_too(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "cmd_validate", lambda args: 1 / 0)
    code, _, err = run(capsys, "validate", "x.json")
    assert code == 3 and "ZeroDivisionError" in err and str(tmp_path / "logs" / "errors.log") in err


def test_exit_3_in_its_own_process(tmp_path):
    script = ("import sys\nfrom mixframe import cli\n"
              "cli.cmd_validate = lambda args: {}['missing']\n"
              "sys.exit(cli.main(['validate', 'x.json']))\n")
    env = {**NO_DISPLAY, "MIXFRAME_LOG_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "KeyError" in (tmp_path / "errors.log").read_text(encoding="utf-8")


def test_the_window_still_logs_to_the_same_place(tmp_path, monkeypatch):
    from mixframe import errorlog
    from mixframe.ui import unexpected

    monkeypatch.setenv("MIXFRAME_LOG_DIR", str(tmp_path))
    assert unexpected.log_dir() == errorlog.log_dir() == tmp_path
