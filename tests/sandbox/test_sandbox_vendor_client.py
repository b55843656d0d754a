"""The sandbox against a client that is not ours: the vendor's documented signing algorithm,
written here afresh from the spec (not mixframe.api.volc_signer), over raw http.client.

Why not the vendor's SDK (volcengine 1.0.229): it installs from the index here, but pulls 18
other packages (requests, protobuf, pycryptodome, pytz, retry, py, tenacity, beautifulsoup4,
soupsieve, the `google` search scraper, readerwriterlock, …, ~5 MB of wheels) for one HMAC.
The signer below reproduces the vendor's own test vectors, so it signs as the SDK does, and it
can also send what the SDK sends: Host with its default port, and the minimum host;x-date.
"""

import datetime as dt
import hashlib
import hmac
import http.client
import json
from urllib.parse import quote

from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY, VOLC_SESSION_TOKEN

VERSION = "2023-11-01"


def _enc(text: str) -> str:
    return quote(text, safe="-_.~")


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode(), hashlib.sha256).digest()


def vendor_sign(method: str, host: str, query: dict, body: bytes, *, ak: str, sk: str, region: str, when: dt.datetime,
                content_type: str | None = None, token: str | None = None, only: tuple[str, ...] | None = None) -> dict:
    """The headers to send, signed by the documented algorithm. `host` is the Host as sent;
    `only` names the headers to sign (default: Host, Content-Type and every X- header)."""
    x_date = when.strftime("%Y%m%dT%H%M%SZ")
    date = x_date[:8]
    body_hash = hashlib.sha256(body).hexdigest()
    headers = {"Host": host, "X-Date": x_date, "X-Content-Sha256": body_hash}
    if content_type:
        headers["Content-Type"] = content_type
    if token:
        headers["X-Security-Token"] = token
    values = {k.lower(): v.strip() for k, v in headers.items()}
    name, _, port = values["host"].rpartition(":")
    if name and port in ("80", "443"):
        values["host"] = name  # rule 3: the default port is not signed
    names = sorted(only or values)
    canonical_query = "&".join(f"{k}={v}" for k, v in sorted((_enc(k), _enc(v)) for k, v in query.items()))
    canonical = "\n".join([method, "/", canonical_query, "".join(f"{n}:{values[n]}\n" for n in names),
                           ";".join(names), body_hash])
    scope = f"{date}/{region}/rtc/request"
    to_sign = "\n".join(["HMAC-SHA256", x_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = sk.encode()
    for part in (date, region, "rtc", "request"):
        key = _hmac(key, part)
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    sent = {k: v for k, v in headers.items() if k.lower() in names or k == "Content-Type"}
    sent["Authorization"] = f"HMAC-SHA256 Credential={ak}/{scope}, SignedHeaders={';'.join(names)}, Signature={signature}"
    return sent


# -- the spec's vectors -----------------------------------------------------------------------

VECTOR = dict(ak="AKLTtestAK", sk="testSK==", region="cn-north-1", when=dt.datetime(2024, 1, 2, 3, 4, 5))
VECTOR_BODY = b'{"AppId":"app1","RoomId":"room1","TaskId":"task1"}'


def _signature(headers: dict) -> tuple[str, str]:
    auth = headers["Authorization"]
    return auth.split("SignedHeaders=")[1].split(",")[0], auth.split("Signature=")[1]


def test_vector_post():
    h = vendor_sign("POST", "rtc.volcengineapi.com", {"Action": "StartRecord", "Version": VERSION}, VECTOR_BODY,
                    content_type="application/json", **VECTOR)
    assert h["X-Content-Sha256"] == "534c5b8c38afa98ed91965634c8e9ca5301be86afe5854a3a874a911228c2339"
    assert _signature(h) == ("content-type;host;x-content-sha256;x-date",
                             "85ce21ced1a85d85cb86a2dd3ef73fce3364d0477f3660df594fe6ca51b79889")


def test_vector_post_with_session_token():
    h = vendor_sign("POST", "rtc.volcengineapi.com", {"Action": "StartRecord", "Version": VERSION}, VECTOR_BODY,
                    content_type="application/json", token="STS2tok", **VECTOR)
    assert _signature(h) == ("content-type;host;x-content-sha256;x-date;x-security-token",
                             "577cf2562ba9efcac8a317e606370bb69f5c8a3e1f45030d08be1c77f461ef84")


def test_vector_get():
    query = {"Action": "GetRecordTask", "Version": VERSION, "AppId": "app1", "RoomId": "room 1/x", "TaskId": "task1"}
    h = vendor_sign("GET", "rtc.volcengineapi.com", query, b"", **VECTOR)
    assert _signature(h) == ("host;x-content-sha256;x-date",
                             "26fcf56195432d48e1013a9ffdab64caf7a6fe504ee6b3e259e99fb1bb324afe")


def test_the_default_port_is_not_signed():
    with_port = vendor_sign("GET", "rtc.volcengineapi.com:443", {"Action": "GetRecordTask", "Version": VERSION}, b"", **VECTOR)
    without = vendor_sign("GET", "rtc.volcengineapi.com", {"Action": "GetRecordTask", "Version": VERSION}, b"", **VECTOR)
    assert _signature(with_port) == _signature(without) and with_port["Host"].endswith(":443")


# -- the whole cycle against the sandbox ------------------------------------------------------

def request(sb, method: str, action: str, payload: dict, *, host: str = "127.0.0.1:80", only=("host", "x-date"),
            token: str | None = None) -> tuple[int, dict]:
    """One raw http.client request. By default it sends what trips a careless server: Host with
    the default port (signed without it) and a signature over only host and x-date."""
    query = {"Action": action, "Version": VERSION}
    body = b""
    if method == "GET":
        query.update(payload)
    else:
        body = json.dumps(payload).encode()
    headers = vendor_sign(method, host, query, body, ak=VOLC_ACCESS_KEY, sk=VOLC_SECRET_KEY, region="cn-north-1",
                          when=dt.datetime.now(dt.timezone.utc), content_type="application/json" if body else None,
                          token=token, only=only)
    conn = http.client.HTTPConnection("127.0.0.1", sb.port, timeout=10)
    try:
        path = "/?" + "&".join(f"{_enc(k)}={_enc(v)}" for k, v in query.items())
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in headers.items():
            conn.putheader(name, value)
        conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        answer = conn.getresponse()
        return answer.status, json.loads(answer.read())
    finally:
        conn.close()


IDS = {"AppId": "app1", "RoomId": "room_1", "TaskId": "vendor-task"}
START = {**IDS,
         "TargetStreams": {"StreamList": [{"UserId": "alice", "Index": 0}, {"UserId": "bob", "Index": 1}]},
         "Layout": {"LayoutMode": 2, "CustomLayout": {
             "Canvas": {"Width": 1280, "Height": 720},
             "Regions": [{"StreamIndex": 0, "Width": 640, "Height": 720},
                         {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 720}]}},
         "FileFormatConfig": {"FileFormat": ["MP4"]},
         "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}}
UPDATE = {**IDS, "Layout": {"LayoutMode": 2, "CustomLayout": {
    "Regions": [{"StreamIndex": 1, "Width": 640, "Height": 720},
                {"StreamIndex": 0, "LocationX": 640, "Width": 640, "Height": 720}]}}}


def test_start_get_update_stop_with_the_vendors_algorithm(sandbox):
    status, answer = request(sandbox, "POST", "StartRecord", START)
    assert (status, answer["Result"]) == (200, "ok"), answer
    assert answer["ResponseMetadata"]["Action"] == "StartRecord"

    status, answer = request(sandbox, "GET", "GetRecordTask", IDS)
    assert status == 200 and answer["Result"]["RecordTask"]["Status"] == 2

    status, answer = request(sandbox, "POST", "UpdateRecord", UPDATE)
    assert (status, answer["Result"]) == (200, "ok"), answer
    regions = sandbox.volcengine.tasks[("app1", "room_1", "vendor-task")].body["Layout"]["CustomLayout"]["Regions"]
    assert [r["StreamIndex"] for r in regions] == [1, 0]

    status, answer = request(sandbox, "POST", "StopRecord", IDS, host="127.0.0.1:443")
    assert (status, answer["Result"]) == (200, "ok"), answer

    status, answer = request(sandbox, "GET", "GetRecordTask", IDS, host=f"127.0.0.1:{sandbox.port}", only=None)
    task = answer["Result"]["RecordTask"]
    assert status == 200 and (task["Status"], task["StopReason"]) == (3, "StopByAPI")
    assert task["RecordFileList"][0]["ObjectKey"].endswith(".mp4")


def test_the_vendors_session_token(sandbox):
    status, answer = request(sandbox, "POST", "StartRecord", START, token=VOLC_SESSION_TOKEN, only=None)
    assert (status, answer["Result"]) == (200, "ok"), answer
    status, answer = request(sandbox, "GET", "GetRecordTask", IDS, token="garbage", only=None)
    assert (status, answer["ResponseMetadata"]["Error"]["Code"]) == (401, "InvalidSecretToken")


def test_a_wrong_secret_is_still_refused(sandbox):
    query = {"Action": "GetRecordTask", "Version": VERSION, **IDS}
    headers = vendor_sign("GET", "127.0.0.1:80", query, b"", ak=VOLC_ACCESS_KEY, sk="wrong", region="cn-north-1",
                          when=dt.datetime.now(dt.timezone.utc), only=("host", "x-date"))
    conn = http.client.HTTPConnection("127.0.0.1", sandbox.port, timeout=10)
    conn.putrequest("GET", "/?" + "&".join(f"{_enc(k)}={_enc(v)}" for k, v in query.items()), skip_host=True)
    for name, value in headers.items():
        conn.putheader(name, value)
    conn.endheaders()
    answer = conn.getresponse()
    assert answer.status == 401 and json.loads(answer.read())["ResponseMetadata"]["Error"]["Code"] == "SignatureDoesNotMatch"
    conn.close()
