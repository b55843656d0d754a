"""`mixframe completion bash|zsh|fish`: the bash script is sourced in a real bash and its function
called as bash calls it (COMP_WORDS, COMP_CWORD), then COMPREPLY is read back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from mixframe.cli import main
from mixframe.cli_completion import FILE, PROFILE, commands
from mixframe.model.credentials import KEY_FIELDS
from mixframe.store.profiles import Profile, ProfileStore

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


@pytest.fixture
def shell(tmp_path, monkeypatch):
    """A folder with files to complete, profiles (one with a space) and a `mixframe` on PATH that
    runs this checkout; the keyring is one that fails, so completion must never need it."""
    config = tmp_path / "config"
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(config))
    store = ProfileStore(config)
    store.save(Profile("Prod", "volcengine"))
    store.save(Profile("Local Test", "qingcloud"))
    work = tmp_path / "work"
    work.mkdir()
    for name in ("layout.json", "layout two.json", "frame.png"):
        (work / name).write_text("{}")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "mixframe"
    exe.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m mixframe "$@"\n')
    exe.chmod(0o755)
    script = subprocess.run([str(exe), "completion", "bash"], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "MIXFRAME_CONFIG_DIR": str(config)})
    assert script.returncode == 0 and script.stderr == ""
    (tmp_path / "mixframe.bash").write_text(script.stdout)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "MIXFRAME_CONFIG_DIR": str(config),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    def complete(*words: str) -> list[str]:
        """COMPREPLY after the user typed `words` (the last one is being completed)."""
        code = ('source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _mixframe mixframe; '
                'printf "%s\\n" "${COMPREPLY[@]}"')
        done = subprocess.run(["bash", "--norc", "--noprofile", "-c", code, "_", str(tmp_path / "mixframe.bash"),
                               "mixframe", *words], cwd=work, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and done.stderr == "", done.stderr
        return [line for line in done.stdout.split("\n") if line]

    return complete


def test_commands_and_their_options(shell):
    assert {"start", "status", "stop", "validate", "completion", "account"} <= set(shell(""))
    assert sorted(shell("st")) == ["start", "status", "stop"]
    assert shell("start", "--pro") == ["--profile"]
    assert {"--json", "--quiet", "-q"} <= set(shell("start", "-"))
    assert shell("validate", "--j") == ["--json"]
    assert shell("account", "") == ["add", "list", "remove", "set-key", "rename", "default"]
    assert shell("account", "list", "--n") == ["--names"]
    assert shell("completion", "") == ["bash", "zsh", "fish"]


def test_every_option_of_every_command_is_completed(shell):
    """The script is made from the parser: no option can be missing from it."""
    for cmd in commands():
        words = cmd.key.split() if cmd.key else []
        offered = set(shell(*words, "--"))
        assert {o for o in cmd.options if o.startswith("--")} == offered, cmd.key


def test_profile_names_come_from_the_profiles_file_without_the_keyring(shell):
    assert shell("start", "x.json", "--profile", "") == ["Sandbox", "Prod", "Local\\ Test"]
    assert shell("status", "--profile", "L") == ["Local\\ Test"]
    assert shell("request", "--profile", "P") == ["Prod"]
    assert shell("account", "remove", "S") == ["Sandbox"]
    assert shell("account", "set-key", "") == ["Sandbox", "Prod", "Local\\ Test"]
    assert shell("account", "add", "") == []  # a new name: nothing to offer


def test_option_values_and_files(shell):
    assert shell("start", "--vendor", "") == ["volcengine", "qingcloud"]
    assert shell("account", "add", "N", "--vendor", "b") == ["byteplus"]
    assert shell("validate", "lay") == ["layout two.json", "layout.json"]
    assert shell("validate", "layout.json", "f") == ["frame.png"]  # validate takes any number of files
    assert shell("render", "layout.json", "-o", "fr") == ["frame.png"]
    assert shell("start", "--profile", "Prod", "lay") == ["layout two.json", "layout.json"]  # the value skipped
    assert shell("start", "--app-id", "") == []  # free text
    assert shell("stop", "--room", "la") == []
    fields = {f for group in KEY_FIELDS.values() for f in group}
    assert set(shell("account", "set-key", "Prod", "")) == fields
    assert shell("account", "set-key", "Prod", "sign") == ["sign_key"]


def test_account_list_names_never_opens_the_keyring(tmp_path):
    config = tmp_path / "config"
    ProfileStore(config).save(Profile("Prod", "volcengine"))
    env = {**os.environ, "MIXFRAME_CONFIG_DIR": str(config), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run([sys.executable, "-m", "mixframe", "account", "list", "--names"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (0, "Sandbox\nProd\n", "")


def test_the_kinds_the_parser_gives():
    found = {c.key: c for c in commands()}
    assert found["start"].valued["--profile"] == PROFILE and found["render"].valued["-o"] == FILE
    assert found["validate"].positionals == [FILE] and found["validate"].repeats
    assert found["account rename"].positionals[0] == PROFILE


def test_zsh_and_fish_scripts(capsys, tmp_path):
    for shell_name in ("zsh", "fish"):
        assert main(["completion", shell_name]) == 0
        text = capsys.readouterr().out
        path = tmp_path / f"mixframe.{shell_name}"
        path.write_text(text)
        if shutil.which(shell_name):
            assert subprocess.run([shell_name, "-n", str(path)], timeout=60).returncode == 0
        if shell_name == "zsh":
            assert "bashcompinit" in text and "complete -F _mixframe" in text
        else:
            for cmd in commands():
                for option in cmd.options:
                    if option.startswith("--"):
                        assert f"-l {option[2:]}" in text, (cmd.key, option)
            assert "account list --names" in text


def test_bad_shell_is_exit_2_one_line(capsys):
    assert main(["completion", "tcsh"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and "invalid choice" in err


def test_help_lists_completion(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "completion" in capsys.readouterr().out


def test_every_option_is_in_the_help_and_the_readme(capsys):
    """Each command's --help and README's command-line section name every option it takes."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The command line", 1)[1].split("\n## ", 1)[0]
    for cmd in commands():
        with pytest.raises(SystemExit):
            main([*cmd.key.split(), "--help"])
        shown = capsys.readouterr().out
        for option in cmd.options:
            assert option in shown, (cmd.key, option)
            if option.startswith("--") and option != "--help":
                assert option in section, (cmd.key, option)
    for new in ("completion bash|zsh|fish", "--names", "--quiet", "--json", "`-` is standard input"):
        assert new in section


@pytest.mark.skipif(shutil.which("zsh") is None, reason="needs zsh")
def test_the_zsh_script_runs_under_bashcompinit(shell, tmp_path):
    """zsh runs the bash function through bashcompinit (zsh filters the words by what is typed
    itself, so its compgen offers them all): the right words for the right place."""
    script = subprocess.run([sys.executable, "-m", "mixframe", "completion", "zsh"], capture_output=True, text=True,
                            timeout=120).stdout
    (tmp_path / "mixframe.zsh").write_text(script)
    shell("")  # the fixture's files and profiles
    env = {**os.environ, "PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}",
           "MIXFRAME_CONFIG_DIR": str(tmp_path / "config"), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    def complete(*words: str) -> set[str]:
        code = ('source "$1"; shift; emulate -L sh; setopt kshglob noshglob braceexpand; COMP_WORDS=("$@"); '
                'COMP_CWORD=$(($# - 1)); _mixframe mixframe; print -rl -- "${COMPREPLY[@]}"')
        done = subprocess.run(["zsh", "-f", "-c", code, "_", str(tmp_path / "mixframe.zsh"), "mixframe", *words],
                              cwd=tmp_path / "work", env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and done.stderr == "", done.stderr
        return {line for line in done.stdout.split("\n") if line}

    assert {"start", "status", "completion"} <= complete("st")
    assert {"--quiet", "--json", "--profile"} <= complete("start", "--")
    assert complete("start", "--vendor", "") == {"volcengine", "qingcloud"}
    assert complete("status", "--profile", "") == {"Sandbox", "Prod", "Local\\ Test"}
    assert {"layout.json", "layout two.json"} <= complete("validate", "")
    assert "sign_key" in complete("account", "set-key", "Prod", "")


@pytest.mark.skipif(shutil.which("fish") is None, reason="needs fish")
def test_the_fish_script_completes_commands_and_options_in_a_real_fish(tmp_path):
    script = subprocess.run([sys.executable, "-m", "mixframe", "completion", "fish"], capture_output=True, text=True,
                            timeout=60, check=True).stdout
    (tmp_path / "mixframe.fish").write_text(script)

    def complete(line: str) -> list[str]:
        done = subprocess.run(["fish", "--no-config", "-c", f"source {tmp_path / 'mixframe.fish'}; complete -C '{line}'"],
                              capture_output=True, text=True, timeout=60, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        return [row.split("\t")[0] for row in done.stdout.splitlines()]

    assert "validate" in complete("mixframe val")
    assert complete("mixframe start --pro") == ["--profile"]
    assert "--names" in complete("mixframe account list --")
