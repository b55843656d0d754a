"""Each sentence of an ApiError is a template and its values, so the faces say it in the reader's
language; the service's own Code, Message and RequestId are never translated, and a broken
translation never hides the error nor raises. (The real Chinese catalogue: tests/ui/test_errors_in_chinese.py.)"""

import re

import pytest

from mixframe.api import errors as E
from mixframe.api.errors import API_ERRORS_CONTEXT, ApiError
from mixframe.api.transport import check_endpoint


def upper(context: str, text: str) -> str:
    """A 'language' that shouts: every template upper-cased, its {placeholders} kept."""
    return re.sub(r"(^|\})([^{]*)", lambda m: m.group(1) + m.group(2).upper(), text) if context == API_ERRORS_CONTEXT else text


def test_a_service_refusal_keeps_its_english_and_names_its_template(refused):
    assert refused.code == "SignatureDoesNotMatch" and refused.request_id
    assert refused.msgid == E.KNOWN_SENTENCES["SignatureDoesNotMatch"] == refused.sentence == str(refused)
    assert refused.text() == refused.sentence and refused.lines(None) == refused.lines()


def test_translated_lines_translate_our_words_and_keep_the_services_values(refused):
    english, shouted = refused.lines(), refused.lines(upper)
    assert shouted[0] == refused.sentence.upper()
    assert f"CODE: {refused.code} ({refused.code_n})" in shouted
    assert f"REQUESTID: {refused.request_id}" in shouted
    assert f"MESSAGE: {refused.message}" in shouted  # the service's message, as it gave it
    assert len(shouted) == len(english)


def test_a_sentence_with_values_keeps_them_in_every_language():
    err = E.transport_error(E.CONNECTION_REFUSED, "127.0.0.1:9")
    assert err.params == {"where": "127.0.0.1:9"}
    assert err.text(upper).startswith("COULD NOT CONNECT TO 127.0.0.1:9: NOTHING IS LISTENING")
    timeout = E.gave_up(E.transport_error(E.TIMEOUT, "", timeout=2), attempts=3, elapsed=4.25, timeout=2,
                        deadline=4, deadline_hit=True)
    assert timeout.sentence == ("the service did not answer within the 4-second deadline (3 attempts, 4.2 s waited "
                                "in all); the request may or may not have been carried out.")
    assert timeout.text(upper) == timeout.sentence.upper()  # each clause is a template of its own


def test_a_sentence_set_by_hand_is_shown_as_it_is():
    err = ApiError("X", sentence="A sentence of someone else's.")
    assert err.msgid == "" and err.text(upper) == "A sentence of someone else's."


def test_an_endpoint_refusal_is_translatable_too():
    with pytest.raises(E.EndpointError) as info:
        check_endpoint("http://example.com")
    assert info.value.params == {"host": "example.com"}
    assert info.value.text(upper).startswith("REFUSING PLAIN HTTP:// TO example.com")


@pytest.mark.parametrize("broken", [
    lambda c, t: 1 / 0,                                      # the translator raises
    lambda c, t: None,                                       # answers no text
    lambda c, t: "",                                         # an empty translation
    lambda c, t: t.replace("{", "{{").replace("}", "}}x"),   # placeholders that are not the template's
    lambda c, t: t.replace("{where}", "{where"),             # broken braces
    lambda c, t: t + "{extra}",                              # a placeholder the template does not have
])
def test_a_broken_translation_falls_back_to_english_and_never_raises(refused, broken):
    err = E.transport_error(E.CERTIFICATE, "rtc.example.com")
    assert err.text(broken) == err.sentence
    assert refused.lines(broken) == refused.lines()
    timeout = E.gave_up(E.transport_error(E.TIMEOUT, "h", timeout=1), attempts=2, elapsed=1.5, timeout=1,
                        deadline=None, deadline_hit=False)
    assert timeout.text(broken) == timeout.sentence
