"""The command line's option types: each option is checked when it is parsed, and a bad value is
one sentence (argparse adds the option's name and exit code 2), never a traceback."""

from __future__ import annotations

import argparse
import math

FILE_HELP = "a preset or a request body (JSON); - reads it from standard input"
JSON_HELP = ("print one JSON document on stdout (its schema version is the \"mixframe\" key; see README): "
             "problems, warnings and errors go into it, not to stderr; the exit codes are the same")
MAX_SECONDS = 3600.0
PORT_MIN, PORT_MAX = 0, 65535


def seconds(text: str) -> float:
    """A positive number of seconds, at most an hour."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0 < value <= MAX_SECONDS):
        raise argparse.ArgumentTypeError(
            f"give a number of seconds above 0 and at most {MAX_SECONDS:g}, not {text!r}")
    return value


def port(text: str) -> int:
    """A TCP port, 0 meaning any free one."""
    try:
        value = int(text, 10)
    except ValueError:
        value = -1
    if not PORT_MIN <= value <= PORT_MAX:
        raise argparse.ArgumentTypeError(
            f"give a whole number from {PORT_MIN} to {PORT_MAX} (0 picks a free port), not {text!r}")
    return value


def text(value: str) -> str:
    """Any text that is not empty."""
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return value


def path(value: str) -> str:
    """A file name the system can take: not empty, no NUL character."""
    if not value:
        raise argparse.ArgumentTypeError("give a file name, not an empty one")
    if "\x00" in value:
        raise argparse.ArgumentTypeError("a file name cannot contain a NUL character")
    return value


def endpoint(value: str) -> str:
    """A service URL Mixframe may use (see mixframe.api.transport.check_endpoint)."""
    from mixframe.api.errors import EndpointError
    from mixframe.api.transport import check_endpoint
    from mixframe.cli_language import error_sentence

    try:
        check_endpoint(value)
    except EndpointError as exc:
        raise argparse.ArgumentTypeError(error_sentence(exc)) from None
    return value
