"""The command line's language: problems and errors printed in the language LANG (or LC_ALL,
LC_MESSAGES, MIXFRAME_LANG) names, the API path, the ``warning:`` prefix and the service's own
values (Code, Message, RequestId) unchanged so scripts keep working.

Only a Chinese environment loads the catalogue (with QtCore alone); English never loads Qt.
"""

from __future__ import annotations

from functools import cache

from mixframe.model.problems import Problem, Translate, error_text, hide_secrets


@cache
def problem_translate() -> Translate | None:
    from mixframe.language import command_line_language, problem_translator

    return problem_translator(command_line_language())


def problem_line(problem: Problem) -> str:
    """`problem.line()` in the command line's language, never quoting a value that holds a secret
    the command knows (the document's keys, the environment's, the profile's: see
    cli_service.known_secrets)."""
    from mixframe.cli_service import known_secrets

    return hide_secrets(problem, known_secrets()).line(problem_translate())


def error_sentence(exc: BaseException) -> str:
    """An error's sentence (a DocumentError, SessionError, missing keys…) in the command line's language."""
    return error_text(exc, problem_translate())
