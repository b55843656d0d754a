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


# -- raw answers, TLS and a proxy (issue 14: hostile answers and a company network) -------------


def read_request(conn: socket.socket) -> tuple[bytes, bytes]:
    """(head, body) of one HTTP/1.1 request with a Content-Length body."""
    conn.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data, b""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head, body


def canned(status: int, body: bytes, *, content_type: str = "application/json",
           headers: tuple[tuple[str, str], ...] = ()) -> Callable:
    """Answers every request with `status` and exactly `body` (any bytes), then closes."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        read_request(conn)
        head = [f"HTTP/1.1 {status} X", f"Content-Type: {content_type}", f"Content-Length: {len(body)}",
                "Connection: close", *(f"{k}: {v}" for k, v in headers)]
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)

    return handle


def make_certificate(folder, names=("localhost", "rtc.example.test"), ips=("127.0.0.1",)) -> tuple[str, str]:
    """A self-signed certificate (its own CA) for `names` and `ips`: (certfile, keyfile)."""
    import subprocess

    cert, key = str(folder / "cert.pem"), str(folder / "key.pem")
    san = ",".join([f"DNS:{n}" for n in names] + [f"IP:{i}" for i in ips])
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=Mixframe test CA", "-addext", f"subjectAltName={san}",
                    "-addext", "basicConstraints=critical,CA:TRUE"],
                   check=True, capture_output=True)
    return cert, key


def tls(handle: Callable, certfile: str, keyfile: str) -> Callable:
    """`handle` behind TLS with the given certificate; a failed handshake just ends the connection."""
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certfile, keyfile)

    def wrapped(conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        try:
            secure = context.wrap_socket(conn, server_side=True)
        except (ssl.SSLError, OSError):
            return
        with secure:
            handle(secure, stop)

    return wrapped


def tunnel_proxy(target_port: int | None, seen: list[str]) -> Callable:
    """An HTTP proxy: records each request line in `seen`; a CONNECT is tunnelled to 127.0.0.1:
    `target_port` (whatever host it names), or refused with 403 when `target_port` is None."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        head, _ = read_request(conn)
        seen.append(head.split(b"\r\n", 1)[0].decode("latin-1"))
        if target_port is None or not head.startswith(b"CONNECT "):
            conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        upstream = socket.create_connection(("127.0.0.1", target_port), timeout=5)
        conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")

        def pump(src: socket.socket, dst: socket.socket) -> None:
            try:
                while True:
                    data = src.recv(65536)
                    if not data:
                        break
                    dst.sendall(data)
            except OSError:
                pass
            finally:
                for s in (src, dst):
                    try:
                        s.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass

        back = threading.Thread(target=pump, args=(upstream, conn), daemon=True)
        back.start()
        pump(conn, upstream)
        back.join(5)
        upstream.close()

    return handle
