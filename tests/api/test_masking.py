"""Every known secret masked in everything the clients hand back, whatever a server echoes."""

import pytest

from mixframe.api import errors as E
from mixframe.api.errors import ApiError
from mixframe.api.qingcloud_client import QingCloudClient
from mixframe.api.qingcloud_signer import QingCloudCredentials
from mixframe.api.volc_client import NO_RETRY, VolcClient
from mixframe.api.volc_signer import VolcCredentials
from servers import echo_server

ACCOUNT_SECRET = "acct-secret-1234"
S3_SECRET = "acct-secret-1234-and-more"  # contains the account's secret: still masked whole
S3_ACCESS = "s3-access-key-id"
START = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1",
         "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 0, "Bucket": "b",
                                                       "AccessKey": S3_ACCESS, "SecretKey": S3_SECRET}}}


def test_redact_masks_longest_first():
    assert E.redact("x abcd1234XYZW y", ["abcd1234", "abcd1234XYZW"]) == "x ****** y"
    assert E.redact("x abcd1234XYZW y", ["abcd1234XYZW", "abcd1234"]) == "x ****** y"


def test_a_short_secret_is_masked_where_it_is_a_whole_value():
    assert E.redact("abc", ["abc"]) == "******"
    assert E.redact("abcdef", ["abc"]) == "abcdef"  # masking inside text would mangle it


def test_redact_data_masks_values_keys_and_named_fields():
    data = {"a": ["ok", "key=abcd1234"], "abcd1234": 1, "n": 5, "deep": {"SecretKey": "whatever"}}
    assert E.redact_data(data, ["abcd1234"], ["secretkey"]) == {
        "a": ["ok", "key=******"], "******": 1, "n": 5, "deep": {"SecretKey": "******"}}


@pytest.mark.parametrize("shape", ["wrapped", "bare"])
def test_a_volcengine_answer_that_echoes_the_request_is_masked(shape):
    def answer(body, path):
        if shape == "bare":
            return 200, body
        return 200, {"ResponseMetadata": {"RequestId": "r1", "Action": "StartRecord", "Version": "2023-11-01"},
                     "Result": {"echo": body, "note": f"signed with {ACCOUNT_SECRET}"}}

    with echo_server(answer) as url:
        c = VolcClient(url, VolcCredentials("AK", ACCOUNT_SECRET), retry=NO_RETRY)
        try:
            shown = repr(c.start_record(START).raw)
        except ApiError as exc:
            shown = " ".join(exc.lines())
    for secret in (ACCOUNT_SECRET, S3_SECRET, S3_ACCESS, "and-more"):
        assert secret not in shown


def test_a_volcengine_error_that_echoes_a_key_is_masked():
    def answer(body, path):
        return 400, {"ResponseMetadata": {"RequestId": "r2", "Error": {
            "Code": "Weird.Thing", "Message": f"bad SecretKey {S3_SECRET} for {ACCOUNT_SECRET}"}}}

    with echo_server(answer) as url:
        c = VolcClient(url, VolcCredentials("AK", ACCOUNT_SECRET), retry=NO_RETRY)
        with pytest.raises(ApiError) as info:
            c.start_record(START)
    text = " ".join(info.value.lines())
    assert ACCOUNT_SECRET not in text and "and-more" not in text and "******" in text


SIGN_KEY = "project-sign-key-42"


@pytest.mark.parametrize("call", ["start", "stop", "query"])
def test_a_qingcloud_error_echoing_sign_key_is_masked_in_its_summary(call):
    def answer(body, path):
        return 400, {"code": "invalid_sign", "message": f"sign_key {SIGN_KEY} does not match",
                     "request": {"query": path, "echo": f"sign_key={SIGN_KEY}&secret=qy-account-secret"},
                     "sign_key": SIGN_KEY}

    with echo_server(answer) as url:
        c = QingCloudClient(url, QingCloudCredentials("QY", "qy-account-secret"), retry=NO_RETRY)
        body = {"app_id": "a1", "project_id": "p1", "channel": "ch1", "sign_key": SIGN_KEY}
        with pytest.raises(ApiError) as info:
            if call == "start":
                c.start(body)
            elif call == "stop":
                c.stop({k: body[k] for k in ("app_id", "project_id", "channel")})
            else:
                c.query({"app_id": "a1", "channel": "ch1"})
    text = " ".join(info.value.lines()) + repr(info.value.answer)
    assert "qy-account-secret" not in text
    if call == "start":
        assert SIGN_KEY not in text
    assert "invalid_sign" in text


def test_secret_values_finds_every_secret_field_at_any_depth_and_case():
    from mixframe.api.errors import secret_values

    body = {"StorageConfig": {"CustomConfig": {"AccessKey": "ak1", "SecretKey": "sk1", "Bucket": "b"}},
            "list": [{"sign_key": "sign1"}, {"secretkey": "sk2", "Other": {"SessionToken": "tok"}}],
            "SecretKey": 5}
    assert sorted(secret_values(body)) == ["ak1", "sign1", "sk1", "sk2", "tok"]


# -- a secret echoed in another encoding (issue 14, item 17) -----------------------------------

import json as _json  # noqa: E402
import re as _re  # noqa: E402
from urllib.parse import quote as _quote, quote_plus as _quote_plus  # noqa: E402

# Characters that every encoding writes differently: '/', '&', '+', a space, a quote, a
# backslash, a non-ASCII letter and one beyond the BMP.
ODD_SECRET = 'S3/sec&ret+key "q\\é😀'
ODD_ACCOUNT = "acct/se&cret+ 99"


def _every_char_escaped(text: str, upper: bool) -> str:
    out = []
    for ch in text:
        units = [ord(ch)] if ord(ch) <= 0xFFFF else list(divmod(ord(ch) - 0x10000, 0x400))
        if ord(ch) > 0xFFFF:
            units = [0xD800 + units[0], 0xDC00 + units[1]]
        out.extend(("\\u%04X" if upper else "\\u%04x") % u for u in units)
    return "".join(out)


ENCODINGS = {
    "plain": lambda s: s,
    "json-ascii": lambda s: _json.dumps(s)[1:-1],
    "json-utf8": lambda s: _json.dumps(s, ensure_ascii=False)[1:-1],
    "json-slash": lambda s: _json.dumps(s)[1:-1].replace("/", "\\/"),
    "json-every-char-upper": lambda s: _every_char_escaped(s, True),
    "json-every-char-lower": lambda s: _every_char_escaped(s, False),
    "json-twice": lambda s: _json.dumps(_json.dumps(s))[3:-3],
    "url-upper": lambda s: _quote(s, safe=""),
    "url-lower": lambda s: _re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), _quote(s, safe="")),
    "url-plus": lambda s: _quote_plus(s, safe=""),
}
# Inside base64 the characters next to the secret's share bits with their neighbours: those stay.
BASE64_ENCODINGS = {
    "base64": lambda s: _b64(s.encode()),
    "base64-urlsafe": lambda s: _b64(s.encode(), altchars=b"-_"),
    "base64-basic-auth": lambda s: _b64(b"user:" + s.encode()),
    "base64-inside-text": lambda s: _b64(b"{\"SecretKey\":\"" + s.encode() + b"\"}"),
}
ENCODINGS.update(BASE64_ENCODINGS)


def _leaks(text: str, *secrets: str) -> list[str]:
    return [name for secret in secrets for name, enc in ENCODINGS.items() if enc(secret) in text]


def _b64(data: bytes, altchars: bytes | None = None) -> str:
    import base64

    return base64.b64encode(data, altchars).decode("ascii")


@pytest.mark.parametrize("encoding", sorted(BASE64_ENCODINGS))
def test_redact_masks_a_secret_inside_base64(encoding):
    for secret in (ODD_SECRET, ODD_ACCOUNT, "?>?>?>~~~~"):  # the last one differs in the URL-safe alphabet
        form = BASE64_ENCODINGS[encoding](secret)
        masked = E.redact(f"Authorization: Basic {form}", [secret])
        assert E.MASK in masked and form not in masked
        assert len(masked) < len("Authorization: Basic ") + len(form)


def test_base64_text_without_the_secret_is_left_alone():
    text = "Basic " + _b64(b"user:another-password-entirely")
    assert E.redact(text, [ODD_SECRET, ODD_ACCOUNT]) == text


@pytest.mark.parametrize("encoding", sorted(set(ENCODINGS) - set(BASE64_ENCODINGS)))
def test_redact_masks_a_secret_in_every_encoding(encoding):
    form = ENCODINGS[encoding](ODD_SECRET)
    text = f"before {form} after"
    assert E.redact(text, [ODD_SECRET]) == f"before {E.MASK} after"
    assert E.redact(form, [ODD_SECRET]) == E.MASK
    assert E.redact_data({"k": [text]}, [ODD_SECRET]) == {"k": [f"before {E.MASK} after"]}


def test_redact_of_a_short_secret_masks_a_whole_value_in_any_encoding_only():
    assert E.redact("a%2Fb", ["a/b"]) == E.MASK
    assert E.redact("a\\/b", ["a/b"]) == E.MASK
    assert E.redact("xa%2Fbx", ["a/b"]) == "xa%2Fbx"


ODD_START = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1",
             "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 0, "Bucket": "b",
                                                           "AccessKey": S3_ACCESS, "SecretKey": ODD_SECRET}}}


@pytest.mark.parametrize("status", [200, 400])
@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_a_volcengine_answer_echoing_a_key_in_any_encoding_is_masked(encoding, status):
    enc = ENCODINGS[encoding]
    echoed = f"SecretKey={enc(ODD_SECRET)}; signed with {enc(ODD_ACCOUNT)}"

    def answer(body, path):
        meta = {"RequestId": "r1", "Action": "StartRecord", "Version": "2023-11-01"}
        if status != 200:
            meta["Error"] = {"Code": "Weird.Thing", "Message": echoed}
            return status, {"ResponseMetadata": meta}
        return 200, {"ResponseMetadata": meta, "Result": echoed, "Echo": {"echo": echoed, echoed: "as a key"}}

    with echo_server(answer) as url:
        c = VolcClient(url, VolcCredentials("AK", ODD_ACCOUNT), retry=NO_RETRY)
        try:
            shown = _json.dumps(c.start_record(ODD_START).raw, ensure_ascii=False)
        except ApiError as exc:
            shown = "\n".join(exc.lines()) + repr(exc) + str(exc)
    assert E.MASK in shown
    assert _leaks(shown, ODD_SECRET, ODD_ACCOUNT) == []


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_a_qingcloud_answer_echoing_a_key_in_any_encoding_is_masked(encoding):
    enc = ENCODINGS[encoding]

    def answer(body, path):
        return 400, {"code": "invalid_sign", "message": f"sign_key={enc(ODD_SECRET)}",
                     "request": {"query": path, "echo": f"secret={enc(ODD_ACCOUNT)}"}}

    with echo_server(answer) as url:
        c = QingCloudClient(url, QingCloudCredentials("QY", ODD_ACCOUNT), retry=NO_RETRY)
        with pytest.raises(ApiError) as info:
            c.start({"app_id": "a1", "project_id": "p1", "channel": "ch1", "sign_key": ODD_SECRET})
    shown = "\n".join(info.value.lines()) + _json.dumps(info.value.answer, ensure_ascii=False)
    assert "invalid_sign" in shown
    assert _leaks(shown, ODD_SECRET, ODD_ACCOUNT) == []


def test_the_error_log_masks_a_key_in_any_encoding(tmp_path, monkeypatch):
    import sys

    from mixframe import errorlog

    monkeypatch.setenv(errorlog.LOG_DIR_ENV, str(tmp_path))
    try:
        raise RuntimeError(" ".join(enc(ODD_SECRET) for enc in ENCODINGS.values()))
    except RuntimeError:
        path = errorlog.write_report(*sys.exc_info(), secrets=[ODD_SECRET])
    logged = path.read_text(encoding="utf-8")
    assert "RuntimeError" in logged and E.MASK in logged
    assert _leaks(logged, ODD_SECRET) == []


def test_one_mask_in_a_body_a_curl_an_echo_a_log_line_and_a_key_s_repr():
    """Issue 15 item 2: `request`'s body, Copy as curl, start's printed answer and the logs mask alike."""
    from mixframe.api.curl import curl_command
    from mixframe.model import qingcloud, volcengine
    from mixframe.model.credentials import QingCloudCredentials, VolcCredentials

    secret = "S3CR3T-KEY-0001"
    body = {"AppId": "a", "RoomId": "r", "TaskId": "t",
            "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 0, "Bucket": "b", "AccessKey": "AK", "SecretKey": secret}}}
    shown = {
        volcengine.mask_secrets(body)["StorageConfig"]["CustomConfig"]["SecretKey"],
        qingcloud.mask_secrets({"sign_key": secret})["sign_key"],
        E.redact(f"echo {secret}", [secret]).removeprefix("echo "),
        E.redact_data({"SecretKey": secret}, [], ("SecretKey",))["SecretKey"],
    }
    assert len(shown) == 1
    mask = shown.pop()
    curl = curl_command("volcengine", body)
    assert f'"SecretKey":"{mask}"' in curl.replace(" ", "") and secret not in curl
    assert f"secret_key={mask}" in repr(VolcCredentials("AK", secret))
    assert f"secret_access_key={mask}" in repr(QingCloudCredentials("AK", secret))
