"""The emulator as a real HTTP/1.1 server on loopback."""

from __future__ import annotations

import contextlib
import functools
import re
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from ._faults import begin_call, gates_for_this_call

if TYPE_CHECKING:
    from ._app import Emulator, EmulatorResponse

__all__ = ["EmulatorServer"]

_DIGITS = re.compile(r"[0-9]+")
_HEX = re.compile(rb"[0-9A-Fa-f]{1,16}")
_LINE_LIMIT = 65536  # as http.server's own limit on a header line
_PIECE = 1 << 20


class _UnreadableBody(Exception):
    """A request whose body cannot be delimited: answered in Voucherify's shape, then hung up on."""

    def __init__(self, status: int, message: str, details: str) -> None:
        super().__init__(details)
        self.status, self.message, self.details = status, message, details


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Voucherify's load balancer does
    wbufsize = 1 << 16  # buffer the answer: headers and body leave in one write, flushed per request
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Without this, a small answer waits ~40 ms for the client's delayed ACK (Nagle).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except _UnreadableBody as bad:
            # Where the body ends is unknown, so nothing after it can be read: answer and hang up.
            self.close_connection = True
            self._answer(self.server.emulator._protocol_error(bad.status, bad.message, bad.details))
            return
        target = _origin_form(self.path)
        if target is None:
            self.close_connection = True
            self._answer(
                self.server.emulator._protocol_error(
                    400, "Bad Request", f"Invalid request target {self.path!r}"
                )
            )
            return
        begin_call()
        answer = self.server.emulator.handle(
            # The server's own address, never the request's Host header (nor the authority of an
            # absolute-form target): the export's download URL is built from it, and a request
            # must not be able to point that URL, and its token, at another host.
            self.command,
            f"http://{self.server.origin}{target}",
            dict(self.headers),
            body,
        )
        for gate in gates_for_this_call():
            gate.pass_through()  # held (already committed) until the test lets it go
        if answer.delay:
            time.sleep(answer.delay)
        if answer.drop:
            # Committed, then hang up without a byte of answer.
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._answer(answer)

    def _answer(self, answer: EmulatorResponse) -> None:
        if not (self.request_version or "").startswith("HTTP/1."):
            # http.server writes no status line or headers to an HTTP/0.9 (or unreadable) request.
            self.request_version = "HTTP/1.0"
            self.close_connection = True
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """
        http.server's own refusals (a bad request line, headers too long, ...), in Voucherify's JSON shape.

        Its default is an HTML page, which no Voucherify client expects.
        """
        self.close_connection = True
        phrase = self.responses[code][0] if code in self.responses else "Error"
        self._answer(self.server.emulator._protocol_error(code, phrase, message or explain or phrase))

    # -- reading the body (RFC 9112 section 6) ------------------------------------------

    def _read_body(self) -> bytes:
        codings = [
            coding.strip().lower()
            for value in self.headers.get_all("Transfer-Encoding") or []
            for coding in value.split(",")
            if coding.strip()
        ]
        if codings:
            if self.headers.get("Content-Length") is not None:
                # Transfer-Encoding wins; a message with both may be a smuggling attempt, so the
                # connection is closed after the answer (RFC 9112 6.3).
                self.close_connection = True
            if codings != ["chunked"]:
                raise _UnreadableBody(
                    501,
                    "Not Implemented",
                    f"Transfer-Encoding {', '.join(codings)} is not supported; "
                    "send the body chunked or with a Content-Length",
                )
            return self._read_chunked()
        lengths = {
            value.strip()
            for header in self.headers.get_all("Content-Length") or []
            for value in header.split(",")
        }
        if not lengths:
            return b""
        if len(lengths) > 1 or not _DIGITS.fullmatch(next(iter(lengths))):
            shown = ", ".join(sorted(lengths))
            raise _UnreadableBody(
                400, "Bad Request", f"Content-Length should be a non-negative integer, got {shown!r}"
            )
        return self._read_exactly(int(next(iter(lengths))))

    def _read_chunked(self) -> bytes:
        body = bytearray()
        while True:
            size_line = self._read_line("chunk size")
            size_text = size_line.split(b";", 1)[0].strip()  # chunk extensions are ignored
            if not _HEX.fullmatch(size_text):
                raise _UnreadableBody(
                    400, "Bad Request", f"Invalid chunk size {size_text[:40].decode('latin-1')!r}"
                )
            size = int(size_text, 16)
            if size == 0:
                break
            body += self._read_exactly(size)
            if self._read_line("chunk end").strip():
                raise _UnreadableBody(400, "Bad Request", "A chunk is longer than its size says")
        while self._read_line("trailer").strip():
            pass  # trailer fields are ignored
        return bytes(body)

    def _read_line(self, what: str) -> bytes:
        line = self.rfile.readline(_LINE_LIMIT + 1)
        if len(line) > _LINE_LIMIT:
            raise _UnreadableBody(400, "Bad Request", f"The {what} line is too long")
        if not line.endswith(b"\n"):
            raise _UnreadableBody(400, "Bad Request", "The chunked request body ended early")
        return line

    def _read_exactly(self, size: int) -> bytes:
        pieces: list[bytes] = []
        left = size
        while left:
            # In bounded pieces: memory follows the bytes that arrive, not the size announced.
            piece = self.rfile.read(min(left, _PIECE))
            if not piece:
                raise _UnreadableBody(
                    400, "Bad Request", f"The request body ended after {size - left} of {size} bytes"
                )
            pieces.append(piece)
            left -= len(piece)
        return b"".join(pieces)

    def __getattr__(self, name: str) -> Any:
        # Every method (TRACE, PROPFIND, ...) reaches the emulator, which answers 405
        # in Voucherify's shape; http.server's own answer would be a 501 HTML page.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: object) -> None:
        return  # the emulator keeps its own request log


def _origin_form(target: str) -> str | None:
    """`/path?query` of a request target; an absolute-form one (`http://host/path`) loses its authority."""
    if target.startswith("/"):
        return target
    parts = urlsplit(target)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, emulator: Emulator, address: tuple[str, int]) -> None:
        self.emulator = emulator
        self.connections = threading.Condition()
        self.accepted_count = 0
        self.open_count = 0
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections:  # counted on accept, before a byte is served
            self.accepted_count += 1
            self.open_count += 1
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        super().shutdown_request(request)
        with self.connections:
            self.open_count -= 1
            self.connections.notify_all()

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the client went away (a held answer outlived it, say): nothing to report
        super().handle_error(request, client_address)

    @property
    def origin(self) -> str:
        host, port = self.server_address[:2]
        return f"{host!s}:{port}" if isinstance(host, str) else f"{host.decode()}:{port}"


class EmulatorServer:
    """
    A running HTTP server for an Emulator; `url` is its base URL.

    Use it as a context manager, or call `stop()`.
    """

    def __init__(self, emulator: Emulator, host: str = "127.0.0.1", port: int = 0) -> None:
        self.emulator = emulator
        self._server = _Server(emulator, (host, port))
        self._thread = threading.Thread(
            # stop() waits for the loop to notice; the default 0.5 s poll made every stop take that long.
            target=functools.partial(self._server.serve_forever, poll_interval=0.02),
            name="voucherify-emulator",
            daemon=True,
        )

    @property
    def url(self) -> str:
        return f"http://{self._server.origin}"

    @property
    def connections_accepted(self) -> int:
        """TCP connections accepted since the server started."""
        with self._server.connections:
            return self._server.accepted_count

    @property
    def connections_open(self) -> int:
        """TCP connections accepted and not yet closed (by either side)."""
        with self._server.connections:
            return self._server.open_count

    def wait_until_idle(self, timeout: float = 60.0) -> bool:
        """Block until no connection is open (clients have hung up); False if `timeout` passed first."""
        with self._server.connections:
            return self._server.connections.wait_for(lambda: self._server.open_count == 0, timeout)

    def start(self) -> Self:
        self._thread.start()
        return self

    def wait(self) -> None:
        """Block until the server stops (the CLI waits here for Ctrl-C)."""
        self._thread.join()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
