"""The window's own words for the sentences the Qt-free rooms write for both faces.

The session, the store and the api say what went wrong once, for the command line and the window.
A few of their sentences name what only the command line has: an option (``--app-id``) or the
environment variables (``VOLC_ACCESSKEY``…) the window never reads, since it always records with
the account chosen in its toolbar. For those the window says where its own controls are. Each is
found by the template it replaces (its msgid), so a translated sentence is replaced as well.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from mixframe.model.problems import Problem, Sentence, error, error_text, printable, translated
from mixframe.model.window_ids import WINDOW_ID_SENTENCES

# Where the window takes each recording id from (the account, the toolbar), for a missing id.
ID_SENTENCES = WINDOW_ID_SENTENCES


def tr(text: str) -> str:
    return QCoreApplication.translate("WindowWords", text)


def _replacements() -> dict[str, Any]:
    """msgid of the shared sentence -> a function of its params giving the window's sentence."""
    from mixframe.api.errors import KNOWN_SENTENCES
    from mixframe.store import credentials as cr

    no_keys = lambda _p: tr("This account has no keys: set them in Recording > Accounts…")  # noqa: E731
    return {
        cr.UNAVAILABLE_SAID.msgid: lambda _p: no_keyring(),
        KNOWN_SENTENCES["MissingAuthenticationToken"]: lambda _p: tr(
            "The request carried no credentials: set this account's keys in Recording > Accounts…"),
        KNOWN_SENTENCES["MissingSignature"]: lambda _p: tr(
            "The request carried no signature: set this account's keys in Recording > Accounts…"),
        # The endpoint of an account, which the window shows in Recording > Accounts…
        "The endpoint {endpoint} must not carry a user name or password; keys come from the profile or the "
        "environment.": lambda p: tr("The endpoint {endpoint} must not carry a user name or password: type the "
                                     "keys in the account's key fields in Recording > Accounts…").format(
            endpoint=p.get("endpoint", "")),
        "The endpoint is empty: give https://host, or leave out --endpoint to use the production endpoint.":
            lambda _p: tr("The account's endpoint is empty: type it in Recording > Accounts…, or leave it empty "
                          "there to use the vendor's public endpoint."),
        # Keys from the environment: the window has none, it records with the chosen account.
        "No keys: choose an account, or set {first} and {second}.": no_keys,
        "{missing} is not set; set both {first} and {second}.": no_keys,
        "A QingCloud start needs the project's sign_key: set {variable}, or choose an account that keeps it.":
            lambda _p: tr("A QingCloud start needs the project's sign_key: choose an account that keeps it "
                          "(Recording > Accounts…)."),
    }


def no_keyring() -> str:
    """Without a usable keyring, in the window: what to install; no environment variables."""
    return tr("No keyring is available to keep account keys (Mixframe never writes them to a file): install and "
              "start GNOME Keyring (gnome-keyring) or KWallet, then try again.")


def is_no_keyring(exc: BaseException) -> bool:
    """`exc` says there is no usable keyring at all (not that one call to it failed)."""
    from mixframe.store import credentials as cr

    return isinstance(exc, cr.KeyringUnavailable) and getattr(exc, "msgid", "") == cr.UNAVAILABLE_SAID.msgid


def _replaced(said: Sentence) -> bool:
    table = _replacements()
    return said.msgid in table or any(isinstance(v, Sentence) and _replaced(v) for v in said.params.values())


def said_text(said: Sentence) -> str:
    """`said` in the window's language, with the window's own sentence wherever it has one (a clause too)."""
    values = {k: said_text(v) if isinstance(v, Sentence) else v for k, v in said.params.items()}
    replace = _replacements().get(said.msgid)
    if replace is not None:
        return replace(values)
    found = translated(QCoreApplication.translate, said.context, said.msgid, values)
    if found is None:
        found = said.msgid.format_map(values) if values else said.msgid
    return printable(found)


def window_text(exc: Any) -> str:
    """The sentence the window shows for `exc` (an error, or a connection verdict), in the window's
    language: the shared sentence, or the window's own where the shared one gives command-line advice."""
    said = getattr(exc, "said", None)
    if isinstance(said, Sentence) and _replaced(said):
        return said_text(said)
    if isinstance(exc, BaseException):
        return error_text(exc, QCoreApplication.translate)
    return exc.text(QCoreApplication.translate)


def window_problem(problem: Problem) -> Problem:
    """A problem of a request about to be sent, said the window's way (a missing id says where
    the window takes it from, not the command-line option)."""
    sentence = ID_SENTENCES.get(problem.path)
    if sentence is not None and problem.is_error and problem.rule == "missing":
        return error(problem.path, sentence, "missing")
    return problem
