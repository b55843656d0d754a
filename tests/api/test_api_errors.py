import pytest

from mixframe.api import errors as e

COMMON = [
    "SignatureDoesNotMatch", "InvalidAccessKey", "InvalidTimestamp", "FlowLimitExceeded.QPSOverLimit",
    "InvalidParameter.ErrorActiveTaskNotFound", "MissingAuthenticationToken", "AccessDenied",
    "InvalidParameter.TaskAlreadyExists",
]


@pytest.mark.parametrize("code", COMMON)
def test_common_codes_have_their_own_sentence(code):
    err = e.ApiError(code, "raw server text", code_n=100010, request_id="rid-1", http_status=401)
    assert err.sentence != e.sentence_for("Made.Up", "raw server text")
    assert "\n" not in err.sentence and err.sentence.endswith(".")
    lines = err.lines()
    assert lines[0] == err.sentence == str(err)
    assert f"Code: {code} (100010)" in lines
    assert "Message: raw server text" in lines
    assert "RequestId: rid-1" in lines


def test_unknown_code_quotes_the_service_message():
    err = e.ApiError("Weird.Thing", "it broke", http_status=400)
    assert str(err) == "The service refused the request (Weird.Thing): it broke"


def test_sub_code_falls_back_to_its_family():
    assert e.ApiError("InvalidParameter.Something").sentence == e.sentence_for("InvalidParameter")


@pytest.mark.parametrize("kind", sorted(e.TRANSPORT_CODES))
def test_transport_faults_are_one_sentence(kind):
    err = e.transport_error(kind, "127.0.0.1:9", timeout=2.5, http_status=200)
    assert err.is_transport and err.code == kind
    assert "\n" not in str(err) and "127.0.0.1:9" in str(err)
    assert "Traceback" not in str(err)


def test_masking_and_redaction():
    answer = {"code": "fail", "echo": {"sign_key": "S3CR3T", "other": 1}}
    assert e.mask_values(answer, ["sign_key"]) == {"code": "fail", "echo": {"sign_key": "******", "other": 1}}
    assert e.redact("bad key S3CR3T given", ["S3CR3T"]) == "bad key ****** given"
