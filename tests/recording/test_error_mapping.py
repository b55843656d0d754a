"""One mapping from an error to its sentence, detail lines and exit code (recording/errors.py),
read by the window (ui/recording.describe) and the command line (cli_service._attempt) alike."""

from __future__ import annotations

import argparse

import pytest

from mixframe.api.errors import ApiError, EndpointError
from mixframe.model.problems import DocumentError, Problem, RequestInvalid, Severity
from mixframe.recording import errors
from mixframe.session import SessionError
from mixframe.store.credentials import KeyringUnavailable, keys_missing
from mixframe.store.profiles import ProfileError

REFUSED = ApiError("InvalidParameter.Foo", "the room is odd", request_id="req-1", http_status=400)
RULES = RequestInvalid([Problem("RoomId", "missing RoomId", Severity.ERROR),
                        Problem("Encode.VideoFps", "an unusual frame rate", Severity.WARNING)])

# (the error, its kind, its sentence, its detail lines, its exit code)
TABLE = [
    (RULES, errors.INVALID, "The request breaks a rule, so nothing was sent: RoomId: missing RoomId",
     ("RoomId: missing RoomId", "warning: Encode.VideoFps: an unusual frame rate"), 1),
    (REFUSED, errors.API, REFUSED.sentence,
     ("Code: InvalidParameter.Foo", "Message: the room is odd", "HTTP status: 400", "RequestId: req-1"), 1),
    (SessionError("Type the RoomId."), errors.INPUT, "Type the RoomId.", (), 2),
    (keys_missing("work", ["SecretKey"]), errors.KEYS,
     "Account 'work' has no SecretKey in the keyring; set it in Accounts…", (), 2),
    (KeyringUnavailable("no keyring here"), errors.INPUT, "no keyring here", (), 2),
    (EndpointError("The endpoint is not https."), errors.INPUT, "The endpoint is not https.", (), 2),
    (ProfileError("No account named 'x'."), errors.INPUT, "No account named 'x'.", (), 2),
    (DocumentError("The file is not JSON."), errors.INPUT, "The file is not JSON.", (), 2),
    (errors.BadInput("stop needs --task."), errors.INPUT, "stop needs --task.", (), 2),
]
BUGS = [RuntimeError("oops"), KeyError("Layout"), TypeError("None"), ValueError("a bare one")]


def ids(row):
    return type(row[0]).__name__


@pytest.mark.parametrize("row", TABLE, ids=ids)
def test_every_error_kind_has_its_sentence_details_and_exit_code(row):
    exc, kind, sentence, details, code = row
    said = errors.explain(exc)
    assert (said.kind, said.sentence, said.details, said.exit_code) == (kind, sentence, details, code)
    assert said.lines == [sentence, *details]


@pytest.mark.parametrize("bug", BUGS, ids=lambda e: type(e).__name__)
def test_a_bug_has_no_explanation(bug):
    assert errors.explain(bug) is None


def test_a_face_gives_its_own_words_and_rewording():
    def reword(problem):
        return Problem(problem.path, "type it in the toolbar", problem.severity)

    said = errors.explain(RULES, words=lambda e: "unused", problem=reword, line=lambda p: p.message.upper())
    assert said.sentence.endswith(": TYPE IT IN THE TOOLBAR") and said.details[0] == "TYPE IT IN THE TOOLBAR"
    assert [p.message for p in said.problems] == ["type it in the toolbar"] * 2
    assert errors.explain(REFUSED, words=lambda e: "the window's").sentence == "the window's"


def test_the_sentence_is_translated_with_the_readers_catalogue():
    catalogue = {("Recording", errors.INVALID_SAID): "请求违反规则，未发送任何内容：{problem}"}
    said = errors.explain(RULES, lambda context, msgid: catalogue.get((context, msgid), msgid))
    assert said.sentence == "请求违反规则，未发送任何内容：RoomId: missing RoomId"


def _cli_outcome(exc: BaseException, capsys) -> int | None:
    """The command line's exit code for `exc` raised by a command; None when it lets it through (a bug)."""
    from mixframe import cli_service

    def work(_args):
        raise exc

    args = argparse.Namespace(command="start", profile=None, quiet=False, json=False)
    try:
        return cli_service._run(work, args)
    except type(exc) as passed:
        assert passed is exc
        return None
    finally:
        capsys.readouterr()


@pytest.mark.parametrize("row", TABLE, ids=ids)
def test_the_command_line_exits_with_the_tables_code_and_prints_its_lines(row, capsys):
    from mixframe import cli_service

    exc, kind, sentence, details, code = row

    def work(_args):
        raise exc

    assert cli_service._run(work, argparse.Namespace(command="start", profile=None, quiet=False, json=False)) == code
    out, err = capsys.readouterr()
    printed = (out + err).splitlines()
    if kind == errors.INVALID:
        assert printed == list(details)  # each problem, one a line
    elif kind == errors.API:
        assert printed == [sentence, *details]
    else:
        assert printed[0].startswith(sentence)  # missing keys: the command line's hint follows


@pytest.mark.parametrize("exc", [row[0] for row in TABLE] + BUGS, ids=lambda e: type(e).__name__)
def test_the_window_and_the_command_line_agree_on_what_is_a_bug(exc, capsys):
    pytest.importorskip("PySide6")
    from mixframe.ui.recording import describe

    window_bug = describe(exc) is None
    cli_bug = _cli_outcome(exc, capsys) is None
    assert window_bug == cli_bug == (exc in BUGS)


def test_the_window_says_it_in_its_words():
    pytest.importorskip("PySide6")
    from mixframe.ui.recording import describe

    sentence, details = describe(REFUSED)
    assert (sentence, details) == (REFUSED.sentence, list(TABLE[1][3]))
    # The window never names a command-line option or variable: the keyring sentence names what to install.
    from mixframe.store.credentials import UNAVAILABLE_SAID

    no_keyring = KeyringUnavailable.saying(UNAVAILABLE_SAID)
    assert "VOLC_ACCESSKEY" in errors.explain(no_keyring).sentence
    assert "VOLC_ACCESSKEY" not in describe(no_keyring)[0]
