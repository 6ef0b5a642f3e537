"""A raw TCP server for tests that need answers no HTTP server library would give."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable, Iterator

__all__ = ["Answer", "raw_server", "read_head"]

#: Answers one connection: the socket, the request's head (up to the blank line), and an
#: event set when the server stops (for answers that would otherwise go on for long).
Answer = Callable[[socket.socket, bytes, threading.Event], None]


def read_head(conn: socket.socket) -> bytes:
    """The request line and headers, as sent (the body, if any, is left unread)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data.split(b"\r\n\r\n")[0]


@contextlib.contextmanager
def raw_server(answer: Answer, *, tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """
    Listens on 127.0.0.1 and answers each connection in a thread of its own with `answer`;
    yields the base URL (https:// with `tls`, a server-side context).
    """
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    stop = threading.Event()

    def serve(raw: socket.socket) -> None:
        try:
            raw.settimeout(10)
            with tls.wrap_socket(raw, server_side=True) if tls else raw as conn:
                answer(conn, read_head(conn), stop)
        except OSError:  # the client went away, or the TLS handshake failed: its business
            raw.close()

    def accept() -> None:
        while not stop.is_set():
            try:
                raw, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=serve, args=(raw,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(2)
        listener.close()
