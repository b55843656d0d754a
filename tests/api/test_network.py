"""A company network (issue 14, item 28): the proxy the environment names is used as httpx would
use it, loopback endpoints (the sandbox) never go through it, certificates are checked against
the system's trust store, and a certificate failure is one attempt and one sentence."""

from __future__ import annotations

import json
import socket

import httpx
import pytest

from mixframe.api import errors as E
from mixframe.api import transport
from mixframe.api.errors import ApiError
from mixframe.api.qingcloud_client import QingCloudClient
from mixframe.api.qingcloud_signer import QingCloudCredentials
from mixframe.api.volc_client import Endpoint, RetryPolicy, VolcClient
from mixframe.api.volc_signer import VolcCredentials
from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY, start_sandbox
from servers import canned, make_certificate, raw_server, tls, tunnel_proxy

PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy",
                   "NO_PROXY", "no_proxy", "SSL_CERT_FILE", "SSL_CERT_DIR")
RETRY = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.02)
IDS = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1"}
GOOD = json.dumps({"ResponseMetadata": {"RequestId": "via-tls", "Action": "GetRecordTask"},
                   "Result": {"RecordTask": {"Status": 2}}}).encode()


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    return make_certificate(tmp_path_factory.mktemp("tls"))


def volc(url: str, **kw) -> VolcClient:
    return VolcClient(Endpoint(url, "cn-north-1"), VolcCredentials("AK", "volc-secret-1"), retry=RETRY,
                      sleep=lambda s: None, **kw)


# -- certificates ----------------------------------------------------------------------------


@pytest.mark.parametrize("call", ["StartRecord", "GetRecordTask", "StopRecord", "qingcloud query"])
def test_an_untrusted_certificate_is_one_attempt_and_one_sentence(certificate, call):
    with raw_server(tls(canned(200, GOOD), *certificate)) as server:
        url = server["url"].replace("http://127.0.0.1", "https://localhost")
        with pytest.raises(ApiError) as info:
            if call == "qingcloud query":
                QingCloudClient(url, QingCloudCredentials("QY", "qy-secret"), retry=RETRY,
                                sleep=lambda s: None).query({"app_id": "a1", "channel": "ch1"})
            elif call == "GetRecordTask":
                volc(url).get_record_task("app1", "room1", "task1")
            elif call == "StopRecord":
                volc(url).stop_record(IDS)
            else:
                volc(url).start_record({**IDS, "StorageConfig": {"Type": 0, "TosConfig": {
                    "AccountId": "2100000000", "Bucket": "b"}}})
    err = info.value
    assert server["connections"] == 1  # the same certificate fails the same way every time
    assert err.code == E.CERTIFICATE and err.attempts == 1
    lines = err.lines()
    assert lines[0].startswith("The secure connection to localhost:")
    assert "certificate could not be verified (self-signed certificate" in lines[0]
    assert "install its CA certificate" in lines[0]
    assert all("\n" not in line for line in lines)


def test_a_ca_in_the_systems_certificates_is_trusted(certificate, monkeypatch):
    # SSL_CERT_FILE stands in for the system store here: the OS trust store reads it as
    # OpenSSL's default, like a company CA installed with update-ca-certificates.
    monkeypatch.setenv("SSL_CERT_FILE", certificate[0])
    with raw_server(tls(canned(200, GOOD), *certificate)) as server:
        url = server["url"].replace("http://127.0.0.1", "https://localhost")
        answer = volc(url).get_record_task("app1", "room1", "task1")
    assert answer.request_id == "via-tls" and answer.attempts == 1


def test_certificates_are_checked_with_the_system_trust_store():
    import truststore

    client = transport.new_http_client(5.0, httpx.URL("https://rtc.volcengineapi.com/"))
    try:
        context = client._transport._pool._ssl_context
        assert isinstance(context, truststore.SSLContext)
        assert context.verify_mode.name == "CERT_REQUIRED" and context.check_hostname
    finally:
        client.close()


# -- the proxy -------------------------------------------------------------------------------


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
def test_a_call_goes_through_the_proxy_the_environment_names(certificate, monkeypatch, variable):
    seen: list[str] = []
    monkeypatch.setenv("SSL_CERT_FILE", certificate[0])
    monkeypatch.setenv("NO_PROXY", "other.example.test,.internal")
    with raw_server(tls(canned(200, GOOD), *certificate)) as service:
        port = int(service["url"].rsplit(":", 1)[1])
        with raw_server(tunnel_proxy(port, seen)) as proxy:
            monkeypatch.setenv(variable, proxy["url"])
            # The name resolves nowhere: only the proxy can reach it.
            answer = volc("https://rtc.example.test").get_record_task("app1", "room1", "task1")
    assert seen == ["CONNECT rtc.example.test:443 HTTP/1.1"]
    assert answer.request_id == "via-tls"


def test_a_proxy_that_refuses_is_one_sentence_naming_it(monkeypatch):
    seen: list[str] = []
    with raw_server(tunnel_proxy(None, seen)) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy["url"].replace("http://", "http://me:hunter2-proxy@"))
        with pytest.raises(ApiError) as info:
            volc("https://rtc.example.test").get_record_task("app1", "room1", "task1")
    assert seen and seen[0] == "CONNECT rtc.example.test:443 HTTP/1.1"
    err = info.value
    assert err.code == E.PROXY_REFUSED and err.is_transport
    assert err.sentence == (f"The proxy {proxy['url']} refused to connect to rtc.example.test: ask whoever runs it "
                            "to allow the host, or leave it out with NO_PROXY.")
    assert "hunter2" not in "\n".join(err.lines())


@pytest.mark.parametrize("vendor", ["volcengine", "qingcloud"])
def test_a_proxy_that_is_down_is_one_sentence_naming_it(monkeypatch, vendor):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{port}")
    with pytest.raises(ApiError) as info:
        if vendor == "volcengine":
            volc("https://rtc.example.test").get_record_task("app1", "room1", "task1")
        else:
            QingCloudClient("https://rtc.example.test", QingCloudCredentials("QY", "qy-secret"), retry=RETRY,
                            sleep=lambda s: None).query({"app_id": "a1", "channel": "ch1"})
    err = info.value
    assert err.code == E.PROXY_UNREACHABLE
    assert err.sentence.startswith(f"Could not connect to the proxy http://127.0.0.1:{port} that HTTPS_PROXY")
    assert "rtc.example.test" in err.sentence


@pytest.mark.parametrize("no_proxy", ["rtc.example.test", ".example.test", "example.test", "*",
                                      "a.b,rtc.example.test"])
def test_no_proxy_keeps_a_host_off_the_proxy(monkeypatch, no_proxy):
    seen: list[str] = []
    with raw_server(tunnel_proxy(None, seen)) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy["url"])
        monkeypatch.setenv("NO_PROXY", no_proxy)
        assert transport.proxy_for(httpx.URL("https://rtc.example.test/")) is None
        assert transport.proxy_for(httpx.URL("https://rtc.volcengineapi.com/")) is not None or no_proxy == "*"
    assert seen == []


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"])
def test_the_sandbox_on_loopback_never_goes_through_a_proxy(monkeypatch, variable):
    seen: list[str] = []
    with raw_server(tunnel_proxy(None, seen)) as proxy, start_sandbox() as sandbox:
        monkeypatch.setenv(variable, proxy["url"])
        client = VolcClient(sandbox.url, VolcCredentials(VOLC_ACCESS_KEY, VOLC_SECRET_KEY), retry=RETRY)
        with pytest.raises(ApiError) as info:
            client.get_record_task("app1", "room1", "task1")
    assert info.value.code == E.TASK_NOT_FOUND  # the sandbox itself answered
    assert seen == []
    for url in ("http://127.0.0.1:9/", "http://[::1]:9/", "http://127.5.6.7:9/"):
        assert transport.proxy_for(httpx.URL(url)) is None


def test_a_proxy_password_is_never_shown(monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "ftp://user:hunter2-proxy@proxy.corp:21")
    with pytest.raises(E.EndpointError) as info:
        volc("https://rtc.example.test")
    assert "hunter2" not in str(info.value) and "proxy.corp" in str(info.value)


@pytest.mark.parametrize("vendor", ["volcengine", "qingcloud"])
def test_https_to_a_plain_http_server_is_one_attempt_and_says_so(vendor):
    def plain_http(conn, stop):  # what an HTTP server says to a TLS hello: it is not a request
        conn.recv(65536)
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    with raw_server(plain_http) as server:
        url = server["url"].replace("http://", "https://")
        with pytest.raises(ApiError) as info:
            if vendor == "volcengine":
                volc(url).get_record_task("app1", "room1", "task1")
            else:
                QingCloudClient(url, QingCloudCredentials("QY", "qy-secret"), retry=RETRY,
                                sleep=lambda s: None).query({"app_id": "a1", "channel": "ch1"})
    err = info.value
    assert server["connections"] == 1
    assert err.code == E.TLS_FAILED and "certificate" not in err.sentence
    assert err.sentence.startswith("The secure connection to 127.0.0.1:")
    assert "check that the endpoint speaks HTTPS" in err.sentence


def test_http_proxy_is_for_plain_http_only_as_httpx_reads_it(monkeypatch):
    # Plain http:// goes only to loopback, which is never proxied: HTTP_PROXY alone changes nothing.
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.corp:3128")
    assert transport.proxy_for(httpx.URL("https://rtc.volcengineapi.com/")) is None
    monkeypatch.setenv("HTTPS_PROXY", "http://secure-proxy.corp:3128")
    assert str(transport.proxy_for(httpx.URL("https://rtc.volcengineapi.com/")).url) == "http://secure-proxy.corp:3128"
