"""A strict reader of an HTTP/1.1 request head (RFC 9112), for the sandbox.

http.server forgives what RFC 9112 forbids, and each forgiveness lets a client frame a request
differently from a proxy in front of it (request smuggling) or tie up the server. The sandbox
reads the head itself, refuses every such form with 400 (and closes), and only then hands the
bytes to http.server, which then has nothing ambiguous left to forgive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_FIELDS = 100  # header lines in one request (http.client's own limit)

# A token (RFC 9110 §5.6.2): the characters of a method and of a field name.
_TOKEN = rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_REQUEST_LINE = re.compile(rb"(" + _TOKEN + rb") ([\x21-\x7e]+) HTTP/([0-9])\.([0-9])")
_FIELD_NAME = re.compile(_TOKEN)
_FIELD_VALUE_BAD = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")  # a CTL other than HTAB: NUL, CR, LF, ESC…
# RFC 9112 §2.2: a line ends with CRLF; a CR or LF alone is not accepted (a proxy may read it otherwise).
_BARE_CR_OR_LF = re.compile(rb"(?<!\r)\n|\r(?=[^\n])")
_HOST = re.compile(rb"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]*)(:[0-9]*)?")


class HeadRefused(Exception):
    """The head breaks RFC 9112: answer `status` with `code` and `message`, then close.
    `target` is the request-target when the request line could be read (it picks the answer's shape)."""

    def __init__(self, status: int, code: str, message: str, target: str | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.target = status, code, message, target


@dataclass(frozen=True)
class Head:
    method: str
    target: str
    version: tuple[int, int]
    fields: list[tuple[str, str]]
    content_length: int
    expect_continue: bool


def bare_line_end(data: bytes | bytearray, start: int = 0) -> bool:
    """Whether data[start:] holds a CR or LF that is not part of a CRLF (checked while a head
    arrives, from where the last check stopped, less one byte: a CR may have been last)."""
    return _BARE_CR_OR_LF.search(data, max(0, start)) is not None


def parse_head(raw: bytes) -> Head:
    """The request line and fields of `raw` (which ends with the blank line), or HeadRefused."""
    if bare_line_end(raw):
        raise HeadRefused(400, "BadRequest", "A line of the request head ends with a bare CR or LF; lines end with CRLF (RFC 9112 §2.2).")
    lines = raw.split(b"\r\n")
    if lines[-2:] != [b"", b""]:
        raise HeadRefused(400, "BadRequest", "The request head does not end with an empty line.")
    lines = lines[:-2]
    match = _REQUEST_LINE.fullmatch(lines[0]) if lines else None
    if match is None:
        raise HeadRefused(400, "BadRequest", "The request line is not METHOD SP TARGET SP HTTP/x.y with single spaces and "
                                             "no control characters (RFC 9112 §3).")
    method, target = match.group(1).decode("ascii"), match.group(2).decode("ascii")
    version = (int(match.group(3)), int(match.group(4)))
    if version[0] != 1:
        raise HeadRefused(505, "HTTPVersionNotSupported", f"HTTP/{version[0]}.{version[1]} is not served; use HTTP/1.1.", target)
    if len(lines) - 1 > MAX_FIELDS:
        raise HeadRefused(431, "RequestHeaderFieldsTooLarge", f"The request has more than {MAX_FIELDS} header fields.", target)
    fields: list[tuple[str, str]] = []
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t"):
            raise HeadRefused(400, "BadRequest", "A header line starts with whitespace (obs-fold), which RFC 9112 §5.2 forbids.", target)
        name, colon, value = line.partition(b":")
        if not colon:
            raise HeadRefused(400, "BadRequest", "A header line has no colon (RFC 9112 §5).", target)
        if name[-1:] in (b" ", b"\t"):
            raise HeadRefused(400, "BadRequest", "A header field name is followed by whitespace before its colon, "
                                                 "which RFC 9112 §5.1 forbids.", target)
        if not _FIELD_NAME.fullmatch(name):
            raise HeadRefused(400, "BadRequest", "A header field name is empty or holds a character a token may not "
                                                 "(RFC 9110 §5.1).", target)
        value = value.strip(b" \t")
        if _FIELD_VALUE_BAD.search(value):
            raise HeadRefused(400, "BadRequest", f"The {name.decode('ascii')} header holds a control character such as NUL "
                                                 "(RFC 9110 §5.5).", target)
        fields.append((name.decode("ascii"), value.decode("latin-1")))
    named = lambda wanted: [v for n, v in fields if n.lower() == wanted]  # noqa: E731
    hosts = named("host")
    if len(hosts) > 1:
        raise HeadRefused(400, "BadRequest", "The request has more than one Host header (RFC 9112 §3.2).", target)
    if version >= (1, 1) and not hosts:
        raise HeadRefused(400, "BadRequest", "An HTTP/1.1 request needs a Host header (RFC 9112 §3.2).", target)
    if hosts and not _HOST.fullmatch(hosts[0].encode("latin-1")):
        raise HeadRefused(400, "BadRequest", "The Host header is not a host with an optional port (RFC 9112 §3.2).", target)
    lengths = [part.strip(" \t") for v in named("content-length") for part in v.split(",")]
    if named("transfer-encoding"):
        if lengths:
            raise HeadRefused(400, "BadRequest", "The request has both Transfer-Encoding and Content-Length (RFC 9112 §6.1).", target)
        raise HeadRefused(411, "LengthRequired", "Send the body with a Content-Length, not Transfer-Encoding.", target)
    if len(set(lengths)) > 1:
        raise HeadRefused(400, "InvalidContentLength", "The request has more than one Content-Length.", target)
    text = lengths[0] if lengths else "0"
    if not (text.isascii() and text.isdigit()):
        raise HeadRefused(400, "InvalidContentLength", f"Content-Length must be a whole number of bytes, not {text[:40]!r}.", target)
    expect = [v.lower() for v in named("expect")]
    return Head(method, target, version, fields, int(text), version >= (1, 1) and "100-continue" in expect)
