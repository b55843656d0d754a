"""The command line's language: problems and errors printed in the language LANG (or LC_ALL,
LC_MESSAGES, MIXFRAME_LANG) names, the API path, the ``warning:`` prefix and the service's own
values (Code, Message, RequestId) unchanged so scripts keep working.

Only a Chinese environment loads the catalogue (with QtCore alone); English never loads Qt.
"""

from __future__ import annotations

from functools import cache

from mixframe.model.problems import Problem, Translate, error_text


@cache
def problem_translate() -> Translate | None:
    from mixframe.ui.i18n import command_line_language, problem_translator

    return problem_translator(command_line_language())


def problem_line(problem: Problem) -> str:
    """`problem.line()` in the command line's language."""
    return problem.line(problem_translate())


def error_sentence(exc: BaseException) -> str:
    """An error's sentence (a DocumentError, SessionError, missing keys…) in the command line's language."""
    return error_text(exc, problem_translate())
