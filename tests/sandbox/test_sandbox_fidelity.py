"""The sandbox answers as the real Volcengine service does (issue 10, fidelity)."""

import datetime as dt
import hashlib
import hmac
import json

import httpx
import pytest

from mixframe.api import volc_signer
from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY, VOLC_SESSION_TOKEN, start_sandbox
from mixframe.sandbox.volcengine import VolcengineService
from sandbox_calls import CUSTOM_START, IDS, START, STORAGE, FakeClock, call, error_of


def _signed(host, body=b""):
    """A StopRecord signed by the app's signer for the Host `host`."""
    query = {"Action": "StopRecord", "Version": "2023-11-01"}
    parts = volc_signer.sign(method="POST", host=host, query=query, body=body,
                             credentials=volc_signer.VolcCredentials(VOLC_ACCESS_KEY, VOLC_SECRET_KEY),
                             region="cn-north-1", now=dt.datetime.now(dt.timezone.utc),
                             content_type="application/json")
    return parts


# -- signing ----------------------------------------------------------------------------------

def test_host_with_default_port_is_signed_without_it(sandbox):
    """Signing rule 3: the SDK signs `127.0.0.1` and sends `Host: 127.0.0.1:80`."""
    body = json.dumps(IDS).encode()
    for sent_host in ("127.0.0.1:80", "127.0.0.1:443"):
        parts = _signed("127.0.0.1", body)
        headers = dict(parts.headers, Host=sent_host)
        r = httpx.post(f"{sandbox.url}/?{parts.canonical_query}", content=body, headers=headers)
        assert error_of(r)["Code"] == "InvalidParameter.ErrorActiveTaskNotFound", sent_host  # past the gateway
    # any other port stays part of what is signed
    parts = _signed("127.0.0.1", body)
    r = httpx.post(f"{sandbox.url}/?{parts.canonical_query}", content=body, headers=dict(parts.headers, Host="127.0.0.1:8080"))
    assert error_of(r)["Code"] == "SignatureDoesNotMatch"


def _minimal(sandbox, body: bytes, names=("host", "x-date")):
    """Re-sign a request over only `names`, the way a minimal client would."""
    parts = _signed(f"127.0.0.1:{sandbox.port}", body)
    x_date = parts.headers["X-Date"]
    values = {"host": f"127.0.0.1:{sandbox.port}", "x-date": x_date, "content-type": "application/json",
              "x-content-sha256": hashlib.sha256(body).hexdigest()}
    canonical = "\n".join(["POST", "/", parts.canonical_query, "".join(f"{n}:{values[n]}\n" for n in names),
                           ";".join(names), hashlib.sha256(body).hexdigest()])
    scope = f"{x_date[:8]}/cn-north-1/rtc/request"
    to_sign = "\n".join(["HMAC-SHA256", x_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    sig = hmac.new(volc_signer.signing_key(VOLC_SECRET_KEY, x_date[:8], "cn-north-1"), to_sign.encode(), hashlib.sha256).hexdigest()
    headers = {"X-Date": x_date, "Content-Type": "application/json",
               "Authorization": f"HMAC-SHA256 Credential={VOLC_ACCESS_KEY}/{scope}, SignedHeaders={';'.join(names)}, Signature={sig}"}
    return httpx.post(f"{sandbox.url}/?{parts.canonical_query}", content=body, headers=headers)


def test_a_host_and_x_date_signature_is_enough(sandbox):
    body = json.dumps(IDS).encode()
    assert error_of(_minimal(sandbox, body))["Code"] == "InvalidParameter.ErrorActiveTaskNotFound"


def test_signed_headers_are_checked_as_listed(sandbox):
    body = json.dumps(IDS).encode()
    assert error_of(_minimal(sandbox, body, ("host",)))["Code"] == "SignatureDoesNotMatch"  # X-Date unsigned
    assert error_of(_minimal(sandbox, body, ("x-date",)))["Code"] == "SignatureDoesNotMatch"  # Host unsigned
    # a listed header the request does not carry fails, as the gateway cannot rebuild it
    assert error_of(_minimal(sandbox, body, ("host", "x-content-sha256", "x-date")))["Code"] == "SignatureDoesNotMatch"


# -- session tokens ---------------------------------------------------------------------------

def test_only_the_documented_session_token_is_accepted(sandbox):
    r = call(sandbox, "GetRecordTask", IDS, token="garbage")
    assert r.status_code == 401 and error_of(r)["Code"] == "InvalidSecretToken"
    r = call(sandbox, "GetRecordTask", IDS, token=VOLC_SESSION_TOKEN)
    assert error_of(r)["Code"] == "InvalidParameter.ErrorActiveTaskNotFound"
    r = call(sandbox, "GetRecordTask", IDS)  # long-term keys need no token
    assert error_of(r)["Code"] == "InvalidParameter.ErrorActiveTaskNotFound"


# -- error sub-codes --------------------------------------------------------------------------

@pytest.mark.parametrize("change,code", [
    ({"RoomId": "room 1"}, "InvalidParameter.IllegalRoomID"),
    ({"RoomId": "r" * 129}, "InvalidParameter.IllegalRoomID"),
    ({"AppId": "app/1"}, "InvalidParameter.IllegalAppId"),
    ({"AppId": ""}, "InvalidParameter.IllegalAppId"),
    ({"StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "", "Bucket": "b"}}}, "InvalidParameter.EmptyAccountId"),
    ({"StorageConfig": {"Type": 0, "TosConfig": {"Bucket": "b"}}}, "InvalidParameter.EmptyAccountId"),
    ({"StorageConfig": {"Type": 1, "VodConfig": {"UserAccountId": "", "Space": "s"}}}, "InvalidParameter.EmptyAccountId"),
    ({"StorageConfig": {"Type": 0, "TosConfig": {"AccountId": 5, "Bucket": "b"}}}, "InvalidParameter"),
    ({"TaskId": "t t"}, "InvalidParameter"),
])
def test_the_vendors_sub_codes(sandbox, change, code):
    r = call(sandbox, "StartRecord", {**START, **change})
    err = error_of(r)
    assert (r.status_code, err["Code"], err["CodeN"]) == (400, code, 10001)


def test_illegal_ids_in_every_action(sandbox):
    assert error_of(call(sandbox, "GetRecordTask", {**IDS, "RoomId": "a b"}))["Code"] == "InvalidParameter.IllegalRoomID"
    assert error_of(call(sandbox, "StopRecord", {**IDS, "AppId": "a b"}))["Code"] == "InvalidParameter.IllegalAppId"
    assert error_of(call(sandbox, "UpdateRecord", {**IDS, "RoomId": "a b"}))["Code"] == "InvalidParameter.IllegalRoomID"


def test_body_empty_and_unmarshal(sandbox):
    assert error_of(call(sandbox, "StartRecord", raw=b""))["Code"] == "InvalidParameter.BodyIsEmpty"
    assert error_of(call(sandbox, "StartRecord", raw=b"{nope"))["Code"] == "InvalidParameter.Unmarshal"
    assert error_of(call(sandbox, "StartRecord", raw=b'{"AppId": NaN}'))["Code"] == "InvalidParameter.Unmarshal"


def test_not_exist_app_id_and_account_id_mismatch():
    service = VolcengineService(app_ids={"app1"}, account_id="2100000000")
    with start_sandbox(volcengine=service) as sb:
        r = call(sb, "StartRecord", {**START, "AppId": "app2"})
        assert error_of(r)["Code"] == "InvalidParameter.NotExistAppId"
        assert error_of(call(sb, "GetRecordTask", {**IDS, "AppId": "app2"}))["Code"] == "InvalidParameter.NotExistAppId"
        other = {**START, "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000001", "Bucket": "b"}}}
        assert error_of(call(sb, "StartRecord", other))["Code"] == "InvalidParameter.AccountIdMismatch"
        assert call(sb, "StartRecord", START).json()["Result"] == "ok"


def test_task_number_over_limit_counts_running_tasks():
    with start_sandbox(volcengine=VolcengineService(max_running_tasks=2)) as sb:
        for task in ("t1", "t2"):
            assert call(sb, "StartRecord", {**START, "TaskId": task}).json()["Result"] == "ok"
        r = call(sb, "StartRecord", {**START, "TaskId": "t3"})
        assert error_of(r)["Code"] == "FlowLimitExceeded.TaskNumberOverLimit"
        assert call(sb, "StartRecord", {**START, "TaskId": "t1"}).json()["Result"].startswith("The task has been started")
        assert call(sb, "StopRecord", {**IDS, "TaskId": "t1"}).json()["Result"] == "ok"
        assert call(sb, "StartRecord", {**START, "TaskId": "t3"}).json()["Result"] == "ok"


def test_repeated_start_of_a_running_task_succeeds_but_an_ended_one_already_exists(sandbox):
    assert call(sandbox, "StartRecord", START).json()["Result"] == "ok"
    again = call(sandbox, "StartRecord", START)
    assert again.status_code == 200 and "Error" not in again.json()["ResponseMetadata"]
    assert again.json()["Result"].startswith("The task has been started")
    call(sandbox, "StopRecord", IDS)
    assert error_of(call(sandbox, "StartRecord", START))["Code"] == "InvalidParameter.TaskAlreadyExists"
    assert error_of(call(sandbox, "StopRecord", IDS))["Code"] == "InvalidParameter.ErrorActiveTaskNotFound"
    assert error_of(call(sandbox, "UpdateRecord", IDS))["Code"] == "InvalidParameter.ErrorActiveTaskNotFound"


# -- injected faults --------------------------------------------------------------------------

@pytest.mark.parametrize("fault,status,code,code_n", [
    ("server_error_next", 500, "InternalError", 100014),
    ("qps_next", 429, "FlowLimitExceeded.QPSOverLimit", None),
])
def test_injected_faults_answer_like_the_service(sandbox, fault, status, code, code_n):
    setattr(sandbox.faults, fault, 1)
    r = call(sandbox, "GetRecordTask", IDS, region="ap-singapore-1", version="2020-01-01")
    meta = r.json()["ResponseMetadata"]
    assert r.status_code == status and meta["Error"]["Code"] == code and meta["Error"].get("CodeN") == code_n
    assert (meta["Action"], meta["Version"], meta["Region"], meta["Service"]) == ("GetRecordTask", "2020-01-01", "ap-singapore-1", "rtc")


def test_ordinary_errors_echo_the_region_too(sandbox):
    meta = call(sandbox, "GetRecordTask", IDS, region="ap-singapore-1").json()["ResponseMetadata"]
    assert meta["Region"] == "ap-singapore-1"


# -- rule order -------------------------------------------------------------------------------

def test_update_of_a_non_custom_task_is_refused_for_its_mode_first(sandbox):
    """Regions too wide for any default canvas are beside the point: the task has no custom layout."""
    assert call(sandbox, "StartRecord", {**START, "Layout": {"LayoutMode": 0}}).json()["Result"] == "ok"
    update = {**IDS, "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Regions": [{"StreamIndex": 0, "LocationX": 0, "Width": 1000, "Height": 200}]}}}
    err = error_of(call(sandbox, "UpdateRecord", update))
    assert err["Code"] == "InvalidParameter" and "LayoutMode 2 can be updated" in err["Message"], err


def test_update_of_a_custom_task_still_measures_its_canvas(sandbox):
    call(sandbox, "StartRecord", CUSTOM_START)
    update = {**IDS, "Layout": {"LayoutMode": 2, "CustomLayout": {
        "Regions": [{"StreamIndex": 0, "Width": 1300, "Height": 360}]}}}
    err = error_of(call(sandbox, "UpdateRecord", update))
    assert err["Code"] == "InvalidParameter" and err["Message"].startswith("Layout.CustomLayout.Regions[0].Width")


# -- rate limit -------------------------------------------------------------------------------

def test_sixty_requests_per_second_per_action_and_account():
    clock = FakeClock()
    service = VolcengineService({VOLC_ACCESS_KEY: VOLC_SECRET_KEY, "AKLTother": "other-secret"}, clock=clock)
    with start_sandbox(volcengine=service) as sb:
        codes = [error_of(call(sb, "GetRecordTask", IDS)).get("Code") for _ in range(60)]
        assert codes == ["InvalidParameter.ErrorActiveTaskNotFound"] * 60
        over = call(sb, "GetRecordTask", IDS)
        assert over.status_code == 429 and error_of(over)["Code"] == "FlowLimitExceeded.QPSOverLimit"
        # another API, and another account, have their own allowance
        assert call(sb, "StopRecord", IDS).status_code == 400
        assert call(sb, "GetRecordTask", IDS, ak="AKLTother", sk="other-secret").status_code == 400
        # a refused request takes nothing; time gives back one request per 1/60 s
        clock.advance(1 / 60 + 1e-9)
        assert call(sb, "GetRecordTask", IDS).status_code == 400
        assert call(sb, "GetRecordTask", IDS).status_code == 429
        clock.advance(1.0)
        assert all(call(sb, "GetRecordTask", IDS).status_code == 400 for _ in range(60))
        assert call(sb, "GetRecordTask", IDS).status_code == 429


def test_rate_limit_counts_only_authenticated_calls():
    clock = FakeClock()
    with start_sandbox(clock=clock) as sb:
        for _ in range(70):
            assert call(sb, "GetRecordTask", IDS, sk="wrong").status_code == 401
        assert call(sb, "GetRecordTask", IDS).status_code == 400


def test_the_limit_can_be_lifted_for_load_tests():
    clock = FakeClock()
    with start_sandbox(qps_limit=None, clock=clock) as sb:
        assert all(call(sb, "GetRecordTask", IDS).status_code == 400 for _ in range(80))


def test_stored_task_is_a_copy(sandbox):
    body = json.loads(json.dumps(CUSTOM_START))
    call(sandbox, "StartRecord", body)
    assert sandbox.volcengine.tasks[("app1", "room1", "task1")].body["StorageConfig"] == STORAGE
