"""Which endpoints a signed request may go to, and that a URL's user name or password is never shown."""

import socket

import pytest

from mixframe.api import transport
from mixframe.api.errors import EndpointError
from mixframe.api.transport import check_endpoint, is_loopback


def addresses(*ips):
    def resolve(host, port):
        return [(socket.AF_INET6 if ":" in ip else socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, 0)) for ip in ips]
    return resolve


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "::1", "[::1]"])
def test_literal_loopback_addresses(host):
    assert is_loopback(host, resolve=addresses("203.0.113.9"))  # never resolved


@pytest.mark.parametrize("host", ["anything.localhost", "a.b.localhost", "xn--localhost", "localhost.example.com",
                                  "10.0.0.1", "example.com", "127.1", ""])
def test_names_other_than_localhost_are_not_loopback(host):
    assert not is_loopback(host, resolve=addresses("127.0.0.1"))


def test_localhost_counts_only_when_every_address_is_loopback():
    assert is_loopback("localhost", resolve=addresses("127.0.0.1", "::1"))
    assert not is_loopback("localhost", resolve=addresses("127.0.0.1", "192.0.2.7"))
    assert not is_loopback("localhost", resolve=addresses())

    def fails(host, port):
        raise socket.gaierror("no such name")
    assert not is_loopback("localhost", resolve=fails)


def test_plain_http_to_a_localhost_that_leaves_the_machine_is_refused(monkeypatch):
    monkeypatch.setattr(transport.socket, "getaddrinfo", addresses("198.51.100.4"))
    with pytest.raises(EndpointError, match="Refusing plain http:// to localhost"):
        check_endpoint("http://localhost:8080")
    monkeypatch.setattr(transport.socket, "getaddrinfo", addresses("127.0.0.1"))
    assert check_endpoint("http://localhost:8080").host == "localhost"


@pytest.mark.parametrize("url", ["http://anything.localhost", "http://anything.localhost:47123/", "http://evil.localhost."])
def test_subdomains_of_localhost_need_https(url):
    with pytest.raises(EndpointError, match="Refusing plain http://"):
        check_endpoint(url)


@pytest.mark.parametrize("url", ["http://xn--localhost", "https://xn--zz", "https://[::1", "http://", "", "   ",
                                 "https://ho st", "https://\x00"])
def test_unusable_urls_are_one_endpoint_error(url):
    with pytest.raises(EndpointError) as info:
        check_endpoint(url)
    assert "\n" not in str(info.value)


def test_empty_endpoint_is_an_error_not_production():
    with pytest.raises(EndpointError, match="empty"):
        check_endpoint("")


@pytest.mark.parametrize("url", ["ftp://user:hunter2pw@host", "https://user:hunter2pw@host", "https://:hunter2pw@host",
                                 "https://user:hun@ter2pw@host/x", "http://hunter2pw@127.0.0.1:9",
                                 "https://user:hunter2pw@xn--localhost"])
def test_credentials_in_a_url_are_never_shown(url):
    with pytest.raises(EndpointError) as info:
        check_endpoint(url)
    assert "hunter2pw" not in str(info.value) and "ter2pw" not in str(info.value)
