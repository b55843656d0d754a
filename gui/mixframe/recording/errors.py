"""One mapping from an error to what a person reads, for both faces: its sentence, its detail lines,
the command line's exit code. `explain` answers None for a bug of ours (an error no sentence
explains): the window shows it as every unexpected error, the command line lets it reach its
crash report.

The faces differ only in words: each passes its `translate` (the window's catalogue, the command
line's language) and, where it has its own, its `words` for a sentence (the window names its own
controls, never a command-line option) and its `problem` rewording (and `line`, to hide secrets).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from mixframe.model.problems import QT_TRANSLATE_NOOP, Problem, Translate, error_text, errors_of, translated

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

# The kinds of explained errors.
INVALID = "invalid"  # the request breaks a rule: nothing was sent (exit 1)
API = "api"  # the service said no, or never answered: Code, Message, RequestId (exit 1)
INPUT = "input"  # a sentence about the input, the account, the endpoint or the keyring (exit 2)
KEYS = "keys"  # the account's keys are missing (exit 2; each face says where they go)

# The window's sentence for a refused request (its catalogue has it, in the "Recording" context).
INVALID_SAID = QT_TRANSLATE_NOOP("Recording", "The request breaks a rule, so nothing was sent: {problem}")


class BadInput(Exception):
    """One line for the user about what the command was given; exit 2."""


@dataclass(frozen=True)
class Explanation:
    kind: str
    sentence: str
    details: tuple[str, ...]
    exit_code: int
    problems: tuple[Problem, ...] = ()  # a refused request's problems, reworded by the face

    @property
    def lines(self) -> list[str]:
        return [self.sentence, *self.details]


def _input_errors() -> tuple[type, ...]:
    # Imported when an error is explained: the keyring and HTTP modules stay out of a first paint.
    from mixframe.api.errors import EndpointError
    from mixframe.model.problems import DocumentError
    from mixframe.session import SessionError
    from mixframe.store.credentials import KeyringUnavailable
    from mixframe.store.profiles import ProfileError

    return BadInput, SessionError, DocumentError, EndpointError, ProfileError, KeyringUnavailable


def explain(exc: BaseException, translate: Translate | None = None, *,
            words: Callable[[BaseException], str] | None = None,
            problem: Callable[[Problem], Problem] | None = None,
            line: Callable[[Problem], str] | None = None) -> Explanation | None:
    """What `exc` says to a person, in the language `translate` gives; None for a bug of ours.

    `words(exc)` gives a face's own sentence (default: the error's, translated); `problem` rewords
    each problem of a refused request; `line(problem)` writes one (default: `problem.line`).
    """
    from mixframe.api.errors import ApiError
    from mixframe.model.problems import RequestInvalid
    from mixframe.store.credentials import CredentialsMissing

    words = words or (lambda e: error_text(e, translate))
    line = line or (lambda p: p.line(translate))
    if isinstance(exc, RequestInvalid):
        problems = tuple(problem(p) for p in exc.problems) if problem is not None else tuple(exc.problems)
        errors = errors_of(list(problems)) or list(problems)
        first = {"problem": line(errors[0]) if errors else ""}
        said = (translated(translate, "Recording", INVALID_SAID, first) if translate is not None else None) \
            or INVALID_SAID.format_map(first)
        return Explanation(INVALID, said, tuple(line(p) for p in problems), EXIT_FAILED, problems)
    if isinstance(exc, ApiError):
        # Our sentence and labels in the reader's language; the service's values as it gave them.
        return Explanation(API, words(exc), tuple(exc.lines(translate)[1:]), EXIT_FAILED)
    if isinstance(exc, CredentialsMissing):
        return Explanation(KEYS, words(exc), (), EXIT_BAD_INPUT)
    if isinstance(exc, _input_errors()):
        return Explanation(INPUT, words(exc), (), EXIT_BAD_INPUT)
    return None
