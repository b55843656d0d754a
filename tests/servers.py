"""Tiny misbehaving HTTP servers on 127.0.0.1 for the deadline and masking tests: one that never
answers, one that trickles its body a byte at a time, one that echoes the request back."""

from __future__ import annotations

import json
import socket
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator


@contextmanager
def raw_server(handle: Callable[[socket.socket, threading.Event], None]) -> Iterator[dict]:
    """A TCP server calling `handle(connection, stop)` per connection; yields {"url", "connections"}."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.1)
    state = {"url": f"http://127.0.0.1:{listener.getsockname()[1]}", "connections": 0, "stop": threading.Event()}

    def serve(conn: socket.socket) -> None:
        with conn:
            try:
                handle(conn, state["stop"])
            except OSError:
                pass

    def accept() -> None:
        while not state["stop"].is_set():
            try:
                conn, _ = listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            state["connections"] += 1
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state["stop"].set()
        thread.join(2)
        listener.close()


def _read_head(conn: socket.socket) -> None:
    conn.settimeout(2)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return
        data += chunk


def silent(conn: socket.socket, stop: threading.Event) -> None:
    """Reads the request, never answers."""
    _read_head(conn)
    stop.wait(30)


def trickle(every: float = 0.1, total: int = 50) -> Callable:
    """Answers 200 with a long body, one byte every `every` seconds, then closes (`total` bytes)."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        _read_head(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
        for _ in range(total):
            if stop.wait(every):
                return
            conn.sendall(b" ")

    return handle


@contextmanager
def echo_server(answer: Callable[[dict, str], tuple[int, dict]]) -> Iterator[str]:
    """An HTTP server whose answer is `answer(request_json_or_empty, path_and_query)`; yields its URL."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                body = {}
            status, data = answer(body, self.path)
            out = json.dumps(data).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

        do_GET = do_POST = do_PATCH = _serve

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def elapsed(since: float) -> float:
    return time.monotonic() - since
