"""`mixframe completion bash|zsh|fish`: a shell completion script, made from the parser itself.

The script completes the commands, each command's options, the values of options with a fixed
set (``--vendor``), file names where a FILE or PNG goes, account names where ``--profile`` or an
account NAME goes and key names after ``account set-key NAME``. Account names are read when the
shell asks, from ``mixframe account list --names``: the profiles file alone, offline, never the
keyring. Since the script is written from the same parser that reads the command line, a new
command or option is completed as soon as it exists.

    source <(mixframe completion bash)                 # bash, e.g. in ~/.bashrc
    source <(mixframe completion zsh)                  # zsh, e.g. in ~/.zshrc (through bashcompinit)
    mixframe completion fish > ~/.config/fish/completions/mixframe.fish
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

SHELLS = ("bash", "zsh", "fish")
FILE, PROFILE, FIELD, NONE = "file", "profile", "field", "none"


@dataclass
class Command:
    """What the shell needs of one command (`key` "start", or "account add")."""

    key: str
    help: str = ""
    options: list[str] = field(default_factory=list)
    # option -> FILE | PROFILE | NONE | a tuple of choices; only options that take a value
    valued: dict[str, object] = field(default_factory=dict)
    positionals: list[object] = field(default_factory=list)  # FILE | PROFILE | FIELD | NONE | choices
    repeats: bool = False  # the last positional takes any number of words
    # each option's spellings, its value's kind (None: it takes none) and help: what fish shows
    groups: list[tuple[list[str], object, str]] = field(default_factory=list)


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:
    return next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)


def _kind(action: argparse.Action, key: str) -> object:
    if action.choices and not isinstance(action, argparse._SubParsersAction):
        return tuple(action.choices)
    if action.metavar in ("FILE", "PNG"):
        return FILE
    if action.dest == "profile" or (action.metavar == "NAME" and key != "account add"):
        return PROFILE
    if action.metavar == "FIELD":
        return FIELD
    return NONE


def _command(key: str, parser: argparse.ArgumentParser, help_text: str = "") -> Command:
    cmd = Command(key, help_text)
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
            continue
        if action.option_strings:
            cmd.options.extend(action.option_strings)
            kind = _kind(action, key) if action.nargs != 0 else None
            if kind is not None:
                for option in action.option_strings:
                    cmd.valued[option] = kind
            cmd.groups.append((list(action.option_strings), kind, action.help or ""))
        else:
            cmd.positionals.append(_kind(action, key))
            cmd.repeats = action.nargs in ("+", "*")
    return cmd


def commands(parser: argparse.ArgumentParser | None = None) -> list[Command]:
    """The top level (key ""), each command, and each action of a command that has actions."""
    if parser is None:
        from mixframe.cli import build_parser

        parser = build_parser()
    top = _command("", parser)
    found = [top]
    sub = _subparsers(parser)
    helps = {a.dest: a.help or "" for a in sub._choices_actions} if sub else {}
    for name, child in (sub.choices.items() if sub else ()):
        found.append(_command(name, child, helps.get(name, "")))
        inner = _subparsers(child)
        if inner is not None:
            inner_helps = {a.dest: a.help or "" for a in inner._choices_actions}
            found[-1].positionals = [tuple(inner.choices)]
            for action_name, grandchild in inner.choices.items():
                found.append(_command(f"{name} {action_name}", grandchild, inner_helps.get(action_name, "")))
    top.positionals = [tuple(c.key for c in found[1:] if " " not in c.key) + (FILE,)]
    return found


def _key_fields() -> tuple[str, ...]:
    from mixframe.model.credentials import KEY_FIELDS

    every: list[str] = []
    for fields in KEY_FIELDS.values():
        every.extend(f for f in fields if f not in every)
    return tuple(every)


# -- bash (zsh runs the same through bashcompinit) ---------------------------------------------


def _bash_words(words) -> str:
    return " ".join(words)


def _bash_value(kind: object) -> str:
    """The shell code that fills COMPREPLY for one kind of word."""
    if kind == FILE:
        return "_mixframe_files"
    if kind == PROFILE:
        return '_mixframe_profiles "$exe"'
    if kind == FIELD:
        return f'_mixframe_words "{_bash_words(_key_fields())}"'
    if isinstance(kind, tuple):
        words = [w for w in kind if w != FILE]
        code = f'_mixframe_words "{_bash_words(words)}"'
        return code + "; _mixframe_files" if FILE in kind else code
    return ":"


def bash_script() -> str:
    found = commands()
    valued_cases, option_cases, value_cases, positional_cases = [], [], [], []
    for cmd in found:
        valued_cases.append(f'        "{cmd.key}") echo "{_bash_words(cmd.valued)}" ;;')
        option_cases.append(f'        "{cmd.key}") echo "{_bash_words(cmd.options)}" ;;')
        for option, kind in cmd.valued.items():
            value_cases.append(f'        "{cmd.key}|{option}") {_bash_value(kind)} ;;')
        for index, kind in enumerate(cmd.positionals):
            last = cmd.repeats and index == len(cmd.positionals) - 1
            pattern = f'"{cmd.key}|"*' if last else f'"{cmd.key}|{index}"'
            positional_cases.append(f'        {pattern}) {_bash_value(kind)} ;;')
    return BASH_TEMPLATE.format(valued="\n".join(valued_cases), options="\n".join(option_cases),
                                values="\n".join(value_cases), positionals="\n".join(positional_cases))


BASH_TEMPLATE = r'''# bash completion for mixframe (written by `mixframe completion bash`; load it with
# `source <(mixframe completion bash)`, e.g. in ~/.bashrc)

_mixframe_valued() {{
    case "$1" in
{valued}
    esac
}}

_mixframe_options() {{
    case "$1" in
{options}
    esac
}}

_mixframe_words() {{
    local word
    while IFS= read -r word; do COMPREPLY+=("$word"); done < <(compgen -W "$1" -- "$cur")
}}

_mixframe_files() {{
    local name
    compopt -o filenames 2>/dev/null
    while IFS= read -r name; do COMPREPLY+=("$name"); done < <(compgen -f -- "$cur")
}}

# Account names: the profiles file alone, offline, never the keyring.
_mixframe_profiles() {{
    local name
    while IFS= read -r name; do
        [[ -n $name && $name == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$name")")
    done < <("$1" account list --names 2>/dev/null)
}}

_mixframe() {{
    local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}
    local exe=${{COMP_WORDS[0]}} cmd= action= key= skip= word i npos=0
    [[ $exe == "~/"* ]] && exe=$HOME/${{exe#"~/"}}
    COMPREPLY=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${{COMP_WORDS[i]}}
        if [[ -n $skip ]]; then skip=; continue; fi
        case $word in
            --*=*) continue ;;
            -) ;;
            -*) case " $(_mixframe_valued "$key") " in *" $word "*) skip=1 ;; esac; continue ;;
        esac
        if [[ -z $cmd ]]; then
            cmd=$word; key=$cmd
        elif [[ -z $action && -n $(_mixframe_valued "$cmd $word")$(_mixframe_options "$cmd $word") ]]; then
            action=$word; key="$cmd $action"
        else
            ((npos++))
        fi
    done
    if [[ -n $skip ]]; then
        case "$key|$prev" in
{values}
        esac
        return 0
    fi
    if [[ $cur == -* ]]; then
        _mixframe_words "$(_mixframe_options "$key")"
        return 0
    fi
    case "$key|$npos" in
{positionals}
    esac
    return 0
}}

complete -F _mixframe mixframe
'''


def zsh_script() -> str:
    return ("# zsh completion for mixframe (written by `mixframe completion zsh`; load it with\n"
            "# `source <(mixframe completion zsh)`, e.g. in ~/.zshrc): the bash completion, run by bashcompinit.\n"
            "autoload -U +X compinit && { (( $+functions[compdef] )) || compinit; }\n"
            "autoload -U +X bashcompinit && bashcompinit\n" + bash_script())


# -- fish ------------------------------------------------------------------------------------


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fish_value(kind: object) -> str:
    if kind == FILE:
        return "-F"
    if kind == PROFILE:
        return "-x -a '(mixframe account list --names 2>/dev/null)'"
    if kind == FIELD:
        return "-x -a " + _fish_quote(" ".join(_key_fields()))
    if isinstance(kind, tuple):
        words = " ".join(w for w in kind if w != FILE)
        return ("-F -a " if FILE in kind else "-x -a ") + _fish_quote(words)
    return "-x"


def fish_script() -> str:
    found = commands()
    tops = [c for c in found[1:] if " " not in c.key]
    lines = ["# fish completion for mixframe (written by `mixframe completion fish`)", "complete -c mixframe -f"]
    for cmd in tops:
        lines.append(f"complete -c mixframe -n __fish_use_subcommand -a {cmd.key} -d {_fish_quote(cmd.help)}")
    lines.append("complete -c mixframe -n __fish_use_subcommand -F")
    lines.extend(_fish_options(found[0], "__fish_use_subcommand"))
    for cmd in found[1:]:
        parts = cmd.key.split(" ")
        if len(parts) == 1:
            actions = [c.key.split(" ")[1] for c in found if c.key.startswith(cmd.key + " ")]
            condition = f"__fish_seen_subcommand_from {cmd.key}"
            if actions:
                lines.append(f"complete -c mixframe -n {_fish_quote(condition + '; and not __fish_seen_subcommand_from ' + ' '.join(actions))} "
                             f"-x -a {_fish_quote(' '.join(actions))}")
                continue
        else:
            condition = f"__fish_seen_subcommand_from {parts[0]}; and __fish_seen_subcommand_from {parts[1]}"
        lines.extend(_fish_options(cmd, condition))
        for kind in dict.fromkeys(k for k in cmd.positionals if k != NONE):
            lines.append(f"complete -c mixframe -n {_fish_quote(condition)} {_fish_value(kind)}")
    return "\n".join(lines) + "\n"


def _fish_options(cmd: Command, condition: str) -> list[str]:
    lines = []
    for options, kind, help_text in cmd.groups:
        flags = " ".join(f"-l {o[2:]}" if o.startswith("--") else f"-s {o[1:]}" for o in options)
        value = "" if kind is None else " " + _fish_value(kind)
        described = f" -d {_fish_quote(help_text.split(';')[0].split('(')[0].strip())}" if help_text else ""
        lines.append(f"complete -c mixframe -n {_fish_quote(condition)} {flags}{value}{described}")
    return lines


def script(shell: str) -> str:
    return {"bash": bash_script, "zsh": zsh_script, "fish": fish_script}[shell]()


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "completion", help="print a shell completion script (bash, zsh or fish)",
        description="Print the completion script for SHELL: commands, options, account names (from "
                    "`mixframe account list --names`, without the keyring) and file names. "
                    "bash: source <(mixframe completion bash); zsh: source <(mixframe completion zsh); "
                    "fish: mixframe completion fish > ~/.config/fish/completions/mixframe.fish")
    p.add_argument("shell", choices=SHELLS, metavar="SHELL", help="bash, zsh or fish")
    p.set_defaults(func=cmd_completion)


def cmd_completion(args: argparse.Namespace) -> int:
    import sys

    sys.stdout.write(script(args.shell))
    return 0
