"""One owner of the Sandbox account's sandbox (recording/sandbox.SandboxHost): given, found on its
port, or started in this process once, however many threads ask; stopped at quit."""

from __future__ import annotations

import socket
import threading
import time

from mixframe.recording.sandbox import SandboxHost
from mixframe.sandbox import find_running, start_sandbox
from mixframe.session import RecordingSession


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ask_at_once(host: SandboxHost, n: int = 8) -> list[str]:
    barrier = threading.Barrier(n)
    urls: list[str] = []

    def ask():
        barrier.wait()
        urls.append(host.url_now())

    threads = [threading.Thread(target=ask) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    return urls


def test_two_threads_asking_at_once_start_one_sandbox():
    calls = []

    class Started:
        url = "http://127.0.0.1:1"

        def stop(self):
            calls.append("stop")

    def slow_ensure(port):
        calls.append("start")
        time.sleep(0.2)  # a slow start: every other thread asks meanwhile
        return Started.url, Started()

    host = SandboxHost(ensure=slow_ensure)
    assert set(ask_at_once(host, 2)) == {Started.url} and calls == ["start"]
    assert host.stop() and calls == ["start", "stop"] and host.url is None
    assert not host.stop()  # stopped once


def test_many_threads_asking_at_once_start_one_real_sandbox_and_it_stops_at_quit():
    port = free_port()
    host = SandboxHost(port=port)
    urls = ask_at_once(host, 6)
    assert urls == [f"http://127.0.0.1:{port}"] * 6 and host.started is not None
    assert find_running(port)
    host.stop()
    assert host.started is None and not find_running(port)


def test_a_sandbox_found_running_is_used_and_left_running():
    port = free_port()
    with start_sandbox(port) as outside:
        host = SandboxHost(port=port)
        assert host.url_now() == outside.url and host.started is None
        assert not host.stop() and find_running(port)


def test_a_given_url_is_used_without_looking():
    host = SandboxHost("http://127.0.0.1:9", ensure=lambda port: (_ for _ in ()).throw(AssertionError("looked")))
    assert host.url_now() == "http://127.0.0.1:9"
    host.set_url(None)
    host._ensure = lambda port: ("http://127.0.0.1:10", None)
    assert host.url_now() == "http://127.0.0.1:10"


def test_sessions_sharing_the_windows_host_start_one_sandbox(monkeypatch):
    """The command line and the window ask the same owner: sessions that share one host start one
    sandbox, and closing a session leaves the shared one running (the window stops it at quit)."""
    from mixframe.store.profiles import sandbox_profile

    port = free_port()
    monkeypatch.setenv("MIXFRAME_SANDBOX_PORT", str(port))
    host = SandboxHost()
    sessions = [RecordingSession(sandbox_profile(), sandbox=host, journal=None) for _ in range(3)]
    barrier = threading.Barrier(3)

    def where(session):
        barrier.wait()
        session.client("volcengine")

    threads = [threading.Thread(target=where, args=(s,)) for s in sessions]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert {s.sandbox_url for s in sessions} == {f"http://127.0.0.1:{port}"} and host.started is not None
    for s in sessions:
        s.close()
        assert s.started_sandbox is None and not s.notes  # the window's: no "started inside this command"
    assert find_running(port)
    host.stop()
    assert not find_running(port)


def test_a_command_without_a_host_starts_its_own_and_stops_it_on_close(monkeypatch):
    from mixframe.store.profiles import sandbox_profile

    port = free_port()
    monkeypatch.setenv("MIXFRAME_SANDBOX_PORT", str(port))
    with RecordingSession(sandbox_profile(), journal=None) as session:
        session.client("volcengine")
        assert session.started_sandbox is not None and find_running(port)
        assert session.notes and "started a sandbox inside this command" in session.notes[0]
    assert not find_running(port)
