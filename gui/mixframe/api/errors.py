"""The one error type of the api room: what the service (or the road to it) said, in one sentence.

`ApiError` carries the service's own Code/CodeN/Message/RequestId and the HTTP status, plus a
sentence a producer understands. Transport faults (refused, timeout, dropped, broken body) are
ApiErrors too, with codes of our own, so callers handle one type. Nothing here quotes a secret.
"""

from __future__ import annotations

import base64
import functools
import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from mixframe.model import vendors
from mixframe.model.problems import MASK, QT_TRANSLATE_NOOP, Explained, Sentence, Translate, sentence

# Codes we give to faults on the way to the service (not from the service itself).
CONNECTION_REFUSED = "ConnectionRefused"
TIMEOUT = "Timeout"
CONNECTION_DROPPED = "ConnectionDropped"
BROKEN_ANSWER = "BrokenAnswer"
CERTIFICATE = "CertificateError"
TLS_FAILED = "TlsError"
UNREACHABLE = "Unreachable"
ANSWER_TOO_LARGE = "AnswerTooLarge"
PROXY_UNREACHABLE = "ProxyUnreachable"
PROXY_REFUSED = "ProxyRefused"
TRANSPORT_CODES = frozenset({CONNECTION_REFUSED, TIMEOUT, CONNECTION_DROPPED, BROKEN_ANSWER, CERTIFICATE, UNREACHABLE,
                             ANSWER_TOO_LARGE, PROXY_UNREACHABLE, PROXY_REFUSED, TLS_FAILED})

# A secure connection that failed for these reasons fails the same way when tried again.
SAME_EVERY_TIME = frozenset({CERTIFICATE, TLS_FAILED})

QPS_OVER_LIMIT = "FlowLimitExceeded.QPSOverLimit"
TASK_NOT_FOUND = "InvalidParameter.ErrorActiveTaskNotFound"

# The translation context of every sentence of the api room (Qt's catalogue files them under it).
API_ERRORS_CONTEXT = "ApiErrors"

# What a known code means, for a producer: templates marked for the catalogue (no placeholders).
KNOWN_SENTENCES: dict[str, str] = {
    "SignatureDoesNotMatch": QT_TRANSLATE_NOOP("ApiErrors", "The service rejected the request signature: the SecretKey does not belong to this AccessKey, or the region does not match the endpoint."),
    "InvalidAccessKey": QT_TRANSLATE_NOOP("ApiErrors", "The service does not know this AccessKey: check the key, and that it belongs to this endpoint (Volcengine China and BytePlus keys are separate)."),
    "InvalidTimestamp": QT_TRANSLATE_NOOP("ApiErrors", "The request's time is more than 15 minutes away from the service's clock: set this computer's clock right."),
    "MissingAuthenticationToken": QT_TRANSLATE_NOOP("ApiErrors", "The request carried no credentials: set the keys for this profile or in the environment."),
    "MissingSignature": QT_TRANSLATE_NOOP("ApiErrors", "The request carried no signature: set the keys for this profile or in the environment."),
    "MissingParameter": QT_TRANSLATE_NOOP("ApiErrors", "The request lacks a parameter the service requires."),
    "MissingRequestInfo": QT_TRANSLATE_NOOP("ApiErrors", "The request lacks information the service requires (Action, Version or the signing headers)."),
    "ServiceNotFound": QT_TRANSLATE_NOOP("ApiErrors", "The endpoint does not offer the RTC service: check the endpoint address."),
    "InvalidActionOrVersion": QT_TRANSLATE_NOOP("ApiErrors", "The endpoint does not know this Action or Version: check the endpoint address."),
    "LackPolicy": QT_TRANSLATE_NOOP("ApiErrors", "This key has no permission for the RTC recording API: grant it the policy in the console."),
    "AccessDenied": QT_TRANSLATE_NOOP("ApiErrors", "This key is not allowed to call the RTC recording API: grant it the policy in the console."),
    QPS_OVER_LIMIT: QT_TRANSLATE_NOOP("ApiErrors", "Too many requests per second to this API: the service kept refusing after Mixframe waited and retried; try again in a moment."),
    "FlowLimitExceeded.TaskNumberOverLimit": QT_TRANSLATE_NOOP("ApiErrors", "The account already runs as many recording tasks as it may: stop one first."),
    TASK_NOT_FOUND: QT_TRANSLATE_NOOP("ApiErrors", "No running recording task has this AppId, RoomId and TaskId: it may have ended already, or an id is misspelt."),
    "InvalidParameter.TaskAlreadyExists": QT_TRANSLATE_NOOP("ApiErrors", "A task with this TaskId already exists in this room: pick a new TaskId."),
    "InvalidParameter.IllegalRoomID": QT_TRANSLATE_NOOP("ApiErrors", "The RoomId is not allowed: use letters, digits and _ @ - . (at most 128)."),
    "InvalidParameter.BodyIsEmpty": QT_TRANSLATE_NOOP("ApiErrors", "The service received an empty request body."),
    "InvalidParameter.Unmarshal": QT_TRANSLATE_NOOP("ApiErrors", "The service could not read the request body as JSON."),
    "InvalidParameter.EmptyAccountId": QT_TRANSLATE_NOOP("ApiErrors", "The storage AccountId is empty."),
    "InvalidParameter.NotExistAppId": QT_TRANSLATE_NOOP("ApiErrors", "The service knows no app with this AppId."),
    "InvalidParameter.IllegalAppId": QT_TRANSLATE_NOOP("ApiErrors", "The AppId is not allowed: use letters, digits and _ @ - . (at most 128)."),
    "InvalidParameter.AccountIdMismatch": QT_TRANSLATE_NOOP("ApiErrors", "The storage AccountId is not the main account of this key."),
    "InvalidParameter": QT_TRANSLATE_NOOP("ApiErrors", "The service found a parameter it does not accept."),
}


def _said(template: str, /, **params: Any) -> Sentence:
    return sentence(API_ERRORS_CONTEXT, template, **params)


class ApiError(Explained, Exception):
    """A failed call: the service answered with an error, or the answer never came.

    `sentence` is our English sentence about it; `said` (``msgid`` + ``params``) is the same
    sentence as a template, which ``text(translate)`` and ``lines(translate)`` say in the reader's
    language. The service's own Code, Message and RequestId are never translated.
    """

    def __init__(
        self,
        code: str,
        message: str = "",
        *,
        code_n: int | None = None,
        request_id: str = "",
        http_status: int | None = None,
        action: str = "",
        host: str = "",
        sentence: str = "",
        said: Sentence | None = None,
        answer: Any = None,
        attempts: int = 1,
        elapsed: float | None = None,
    ):
        self.code = code
        self.code_n = code_n
        self.message = message
        self.request_id = request_id
        self.http_status = http_status
        self.action = action
        self.host = host
        self.answer = answer  # the parsed answer, already masked, when there was one
        self.attempts = attempts
        self.elapsed = elapsed  # seconds the whole call took, retries and waits included
        if said is None and not sentence:
            said = said_for(code, message, http_status)
        self.said = said
        self.sentence = sentence or said.english
        super().__init__(self.sentence)

    def say(self, said: Sentence) -> None:
        """Replace the sentence (English and template together)."""
        self.said = said
        self.sentence = said.english
        self.args = (self.sentence,)

    @property
    def is_transport(self) -> bool:
        return self.code in TRANSPORT_CODES

    def text(self, translate: Translate | None = None) -> str:
        """The sentence in the language `translate` gives; English when there is no usable
        translation (a broken catalogue never hides the error nor raises)."""
        if translate is None or self.said is None or self.said.english != self.sentence:
            return self.sentence  # a sentence set by hand has no template to translate
        return self.said.text(translate)

    def lines(self, translate: Translate | None = None) -> list[str]:
        """What the command line and the window show: the sentence, then Code, Message, RequestId.

        With `translate`, our sentence and the labels are in the reader's language; the values
        (Code, the service's Message, RequestId) stay as the service gave them.
        """

        def line(template: str, **params: Any) -> str:
            return _said(template, **params).text(translate)

        out = [self.text(translate)]
        code = shown(self.code) + (f" ({self.code_n})" if self.code_n is not None else "")
        out.append(line(QT_TRANSLATE_NOOP("ApiErrors", "Code: {code}"), code=code))
        if self.message and self.message != self.sentence:
            out.append(line(QT_TRANSLATE_NOOP("ApiErrors", "Message: {message}"), message=shown(self.message)))
        if self.http_status is not None:
            out.append(line(QT_TRANSLATE_NOOP("ApiErrors", "HTTP status: {status}"), status=str(self.http_status)))
        if self.request_id:
            out.append(line(QT_TRANSLATE_NOOP("ApiErrors", "RequestId: {request_id}"),
                            request_id=shown(self.request_id)))
        if self.attempts > 1 and self.code != TIMEOUT:  # a timeout's sentence says it already
            if self.elapsed is not None:
                out.append(line(QT_TRANSLATE_NOOP("ApiErrors", "Attempts: {attempts} in {seconds} s"),
                                attempts=str(self.attempts), seconds=f"{self.elapsed:.1f}"))
            else:
                out.append(line(QT_TRANSLATE_NOOP("ApiErrors", "Attempts: {attempts}"), attempts=str(self.attempts)))
        if self.answer is not None and not isinstance(self.answer, str) and self.code not in KNOWN_SENTENCES:
            out.append(line(QT_TRANSLATE_NOOP("ApiErrors", "Answer: {answer}"),
                            answer=shown_json(self.answer)))
        return out

    def __repr__(self) -> str:
        return f"ApiError(code={self.code!r}, http_status={self.http_status!r}, request_id={self.request_id!r})"


def known_sentence(code: str) -> Sentence | None:
    """What a known code (or its family, ``InvalidParameter`` for ``InvalidParameter.X``) means."""
    known = KNOWN_SENTENCES.get(code)
    if known is None and "." in code:
        known = KNOWN_SENTENCES.get(code.split(".", 1)[0])
    return _said(known) if known else None


# The most of a service's own text (a Code, a Message, a RequestId, a whole answer) shown in one
# line: an answer may be megabytes, a line must stay readable.
SHOWN_CHARS = 1000


def shown(text: str, limit: int = SHOWN_CHARS) -> str:
    """`text` cut to `limit` characters, its end marked with an ellipsis."""
    return text if len(text) <= limit else text[:limit] + "…"


def shown_json(data: Any, limit: int = SHOWN_CHARS) -> str:
    """`data` as one line of JSON, cut to `limit` characters."""
    return shown(json.dumps(data, ensure_ascii=False, sort_keys=True), limit)


def said_for(code: str, message: str = "", http_status: int | None = None) -> Sentence:
    known = known_sentence(code)
    if known is not None:
        return known
    code, message = shown(code), shown(message)
    if message:
        return _said(QT_TRANSLATE_NOOP("ApiErrors", "The service refused the request ({code}): {message}"),
                     code=code, message=message)
    if http_status:
        return _said(QT_TRANSLATE_NOOP("ApiErrors", "The service refused the request with {code} (HTTP {status})."),
                     code=code, status=str(http_status))
    return _said(QT_TRANSLATE_NOOP("ApiErrors", "The service refused the request ({code})."), code=code)


def sentence_for(code: str, message: str = "", http_status: int | None = None) -> str:
    return said_for(code, message, http_status).english


def internal_error_said(status: int) -> Sentence:
    """A server fault (HTTP 5xx) whose answer is not the service's JSON."""
    return _said(QT_TRANSLATE_NOOP("ApiErrors", "The service had an internal error (HTTP {status}); try again in a moment."),
                 status=str(status))


def _where(host: str) -> str | Sentence:
    return host or _said(QT_TRANSLATE_NOOP("ApiErrors", "the service"))


def transport_said(kind: str, host: str, *, timeout: float | None = None, http_status: int | None = None,
                   detail: str = "", limit: int | None = None) -> Sentence:
    """One plain sentence per way the road to the service can break (`detail`: the certificate's
    fault as the TLS library names it, or the proxy; `limit`: the largest answer read, in bytes)."""
    where = _where(host)
    if kind == CONNECTION_REFUSED:
        return _said(QT_TRANSLATE_NOOP("ApiErrors", "Could not connect to {where}: nothing is listening there "
                                                    "(is the endpoint right, and the sandbox running?)."), where=where)
    if kind == TIMEOUT:
        return timeout_said(host, timeout)
    if kind == CONNECTION_DROPPED:
        return _said(QT_TRANSLATE_NOOP("ApiErrors", "{where} closed the connection before answering; the request "
                                                    "may or may not have been carried out."), where=where)
    if kind == BROKEN_ANSWER:
        if http_status is not None:
            return _said(QT_TRANSLATE_NOOP("ApiErrors", "{where} answered with something that is not the service's "
                                                        "JSON (HTTP {status})."), where=where, status=str(http_status))
        return _said(QT_TRANSLATE_NOOP("ApiErrors", "{where} answered with something that is not the service's JSON."),
                     where=where)
    if kind == CERTIFICATE:
        if detail:
            return _said(QT_TRANSLATE_NOOP("ApiErrors", "The secure connection to {where} failed: its certificate "
                                                        "could not be verified ({detail}); if your network inspects "
                                                        "HTTPS, install its CA certificate in the system's "
                                                        "certificates."), where=where, detail=detail)
        return _said(QT_TRANSLATE_NOOP("ApiErrors", "The secure connection to {where} failed: its certificate could "
                                                    "not be verified."), where=where)
    if kind == TLS_FAILED:
        return _said(QT_TRANSLATE_NOOP("ApiErrors", "The secure connection to {where} failed ({detail}): check that "
                                                    "the endpoint speaks HTTPS (the sandbox speaks plain http://)."),
                     where=where, detail=detail or "TLS")
    if kind == PROXY_UNREACHABLE:
        return _said(QT_TRANSLATE_NOOP("ApiErrors", "Could not connect to the proxy {proxy} that HTTPS_PROXY or "
                                                    "ALL_PROXY names: check the proxy address, or leave {where} out "
                                                    "of it with NO_PROXY."), proxy=detail, where=where)
    if kind == PROXY_REFUSED:
        return _said(QT_TRANSLATE_NOOP("ApiErrors", "The proxy {proxy} refused to connect to {where}: ask whoever "
                                                    "runs it to allow the host, or leave it out with NO_PROXY."),
                     proxy=detail, where=where)
    if kind == ANSWER_TOO_LARGE:
        return _said(QT_TRANSLATE_NOOP("ApiErrors", "The answer from {where} was too large (over {size} MB), so "
                                                    "Mixframe stopped reading it; the request may or may not have "
                                                    "been carried out."),
                     where=where, size=f"{(limit or 0) / 1048576:g}")
    return _said(QT_TRANSLATE_NOOP("ApiErrors", "Could not reach {where}: check the endpoint address and the network."),
                 where=where)


def transport_error(kind: str, host: str, *, timeout: float | None = None, http_status: int | None = None,
                    action: str = "", attempts: int = 1, detail: str = "", limit: int | None = None) -> ApiError:
    said = transport_said(kind, host, timeout=timeout, http_status=http_status, detail=detail, limit=limit)
    return ApiError(kind, said.english, http_status=http_status, action=action, host=host, said=said,
                    attempts=attempts)


def timeout_said(where: str, timeout: float | None, *, deadline: float | None = None, attempts: int = 1,
                 elapsed: float | None = None) -> Sentence:
    """The service did not answer: within which limit, and what it cost (attempts, seconds waited)."""
    if deadline:
        limit = _said(QT_TRANSLATE_NOOP("ApiErrors", " within the {seconds}-second deadline"), seconds=f"{deadline:g}")
    elif timeout:
        limit = _said(QT_TRANSLATE_NOOP("ApiErrors", " within {seconds} seconds"), seconds=f"{timeout:g}")
    else:
        limit = _said(QT_TRANSLATE_NOOP("ApiErrors", " in time"))
    cost: str | Sentence = ""
    if elapsed is not None:
        if attempts == 1:
            cost = _said(QT_TRANSLATE_NOOP("ApiErrors", " (1 attempt, {seconds} s waited in all)"),
                         seconds=f"{elapsed:.1f}")
        else:
            cost = _said(QT_TRANSLATE_NOOP("ApiErrors", " ({attempts} attempts, {seconds} s waited in all)"),
                         attempts=str(attempts), seconds=f"{elapsed:.1f}")
    return _said(QT_TRANSLATE_NOOP("ApiErrors", "{where} did not answer{limit}{cost}; the request may or may not "
                                                "have been carried out."), where=_where(where), limit=limit, cost=cost)


def timeout_sentence(where: str, timeout: float | None, *, deadline: float | None = None, attempts: int = 1,
                     elapsed: float | None = None) -> str:
    return timeout_said(where, timeout, deadline=deadline, attempts=attempts, elapsed=elapsed).english


def gave_up(err: ApiError, *, attempts: int, elapsed: float, timeout: float | None,
            deadline: float | None, deadline_hit: bool) -> ApiError:
    """The final error of a call, carrying how many attempts it made and how long it took."""
    err.attempts = attempts
    err.elapsed = elapsed
    if err.code == TIMEOUT:
        err.say(timeout_said(err.host, timeout, deadline=deadline if deadline_hit else None,
                             attempts=attempts, elapsed=elapsed))
        err.message = err.sentence
    return err


class EndpointError(Explained, ValueError):
    """An endpoint Mixframe will not talk to (plain http to a non-loopback host, bad URL)."""




# Request fields that hold a secret wherever they stand (any case): the account's, S3's and
# QingCloud's keys, as the vendors declare them (model/vendors.py). Their values are masked in
# everything shown.
SECRET_REQUEST_FIELDS = vendors.SECRET_NAMES_LOWER


def secret_values(data: Any) -> list[str]:
    """The values of every secret field in a request body, at any depth."""
    if isinstance(data, dict):
        found = []
        for key, value in data.items():
            if str(key).lower() in SECRET_REQUEST_FIELDS:
                if isinstance(value, str):
                    found.append(value)
            else:
                found.extend(secret_values(value))
        return found
    if isinstance(data, list):
        return [s for value in data for s in secret_values(value)]
    return []


def mask_values(data: Any, secret_keys: Iterable[str]) -> Any:
    """A copy of `data` with every value under one of `secret_keys` (at any depth) masked."""
    keys = {k.lower() for k in secret_keys}
    if isinstance(data, Mapping):
        return {k: (MASK if str(k).lower() in keys and v not in (None, "") else mask_values(v, keys)) for k, v in data.items()}
    if isinstance(data, list):
        return [mask_values(v, keys) for v in data]
    return data


# A secret shorter than this is masked only where a whole value equals it: replacing every "ab"
# inside other text would mangle it and tell a reader where the secret is anyway.
SHORTEST_SUBSTRING_SECRET = 4


def _longest_first(secrets: Iterable[str]) -> list[str]:
    # Longest first, so a secret containing another is masked whole, not as a mask plus its tail.
    return sorted({s for s in secrets if isinstance(s, str) and s}, key=len, reverse=True)


def _hex(value: int, digits: int) -> str:
    """`value` in hex as a pattern matching upper- and lower-case digits."""
    return "".join(f"[{d.lower()}{d.upper()}]" if d.isalpha() else d for d in f"{value:0{digits}x}")


# JSON's short escapes: the character after the backslash.
_SHORT_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t"}


def _char_forms(char: str) -> str:
    """A pattern matching `char` as a server may have written it: as itself, JSON-escaped (a short
    escape such as \\/ or \\", or \\uXXXX in either case, a surrogate pair beyond the BMP, under
    any number of backslashes), or percent-encoded (either case, each UTF-8 byte; + for a space)."""
    slashes = r"(?:\\)+"
    forms = [re.escape(char)]
    code = ord(char)
    if code <= 0xFFFF:
        forms.append(slashes + "u" + _hex(code, 4))
    else:
        high, low = 0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)
        forms.append(slashes + "u" + _hex(high, 4) + slashes + "u" + _hex(low, 4))
    if char in _SHORT_ESCAPES:
        forms.append(slashes + re.escape(_SHORT_ESCAPES[char]))
    forms.append("".join("%" + _hex(byte, 2) for byte in char.encode("utf-8", "surrogatepass")))
    if char == " ":
        forms.append(r"\+")
    return "(?:" + "|".join(forms) + ")"


# A base64 run shorter than this is not taken for a secret: it could be anything.
SHORTEST_BASE64_RUN = 8


def _base64_forms(secret: str) -> list[str]:
    """The base64 characters that stand for `secret`'s bytes wherever they sit in an encoded
    text (at each of the three byte alignments, standard and URL-safe alphabets): the
    characters before and after, shared with the neighbouring bytes, are left out."""
    data = secret.encode("utf-8", "surrogatepass")
    forms = []
    for offset in range(3):
        encoded = base64.b64encode(bytes(offset) + data).decode("ascii")
        start, end = -(-8 * offset // 6), 8 * (offset + len(data)) // 6
        core = encoded[start:end]
        if len(core) >= SHORTEST_BASE64_RUN:
            forms += [re.escape(core), re.escape(core.replace("+", "-").replace("/", "_"))]
    return forms


def _secret_pattern(secret: str) -> str:
    return "|".join(["".join(_char_forms(c) for c in secret), *_base64_forms(secret)])


def _first_chars(secret: str) -> set[str]:
    """Every character one of `secret`'s encodings can start with."""
    first = {secret[0], "\\", "%", "+"}
    for form in _base64_forms(secret):
        first.add(form.replace("\\", "")[:1])
    return first


@dataclass(frozen=True)
class _Masker:
    whole: re.Pattern  # a value that is a secret, in any encoding
    inside: re.Pattern | None  # a secret long enough to be masked inside other text
    starts: re.Pattern | None  # where a secret may start: a cheap scan before the costly match

    def redact(self, text: str) -> str:
        if self.whole.fullmatch(text):
            return MASK
        if self.inside is None or self.starts is None:
            return text
        out, done, at, misses = [], 0, 0, 0
        while (candidate := self.starts.search(text, at)) is not None:
            start = candidate.start()
            hit = self.inside.match(text, start)
            if hit is None:
                misses += 1
                if misses > 4096:  # text dense with candidates: one pass of the engine over the rest
                    return "".join(out) + text[done:start] + self.inside.sub(MASK, text[start:])
                at = start + 1
                continue
            out += [text[done:start], MASK]
            done = at = hit.end()
        return "".join(out) + text[done:] if out else text


@functools.lru_cache(maxsize=64)
def _masker(ordered: tuple[str, ...]) -> _Masker | None:
    """The patterns for `ordered` secrets, longest first, so that one containing another is
    masked whole."""
    if not ordered:
        return None
    whole = re.compile("|".join(f"(?:{_secret_pattern(s)})" for s in ordered))
    long_enough = [s for s in ordered if len(s) >= SHORTEST_SUBSTRING_SECRET]
    if not long_enough:
        return _Masker(whole, None, None)
    inside = re.compile("|".join(f"(?:{_secret_pattern(s)})" for s in long_enough))
    starts = re.compile("[" + "".join(sorted({re.escape(c) for s in long_enough for c in _first_chars(s)})) + "]")
    return _Masker(whole, inside, starts)


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace any secret value that an echoing server might have put into a message, in every
    encoding a server or a log writes it in: as is, JSON-escaped (\\/, \\uXXXX in either case,
    through several layers of JSON), percent-encoded (either case, + for a space), or inside
    base64 (either alphabet)."""
    masker = _masker(tuple(_longest_first(secrets)))
    return text if masker is None else masker.redact(text)


def redact_data(data: Any, secrets: Iterable[str], secret_keys: Iterable[str] = ()) -> Any:
    """A copy of `data` (parsed JSON) with every known secret value masked in every string, keys
    included, and every value under one of `secret_keys` masked whole."""
    ordered = _longest_first(secrets)
    keys = {k.lower() for k in secret_keys}

    def walk(node: Any) -> Any:
        if isinstance(node, Mapping):
            return {(redact(k, ordered) if isinstance(k, str) else k):
                    (MASK if str(k).lower() in keys and v not in (None, "") else walk(v)) for k, v in node.items()}
        if isinstance(node, (list, tuple)):
            return [walk(v) for v in node]
        if isinstance(node, str):
            return redact(node, ordered)
        return node

    return walk(data)
