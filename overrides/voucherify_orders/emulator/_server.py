"""The emulator as a real HTTP/1.1 server on loopback."""

from __future__ import annotations

import contextlib
import functools
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from ._faults import begin_call, gates_for_this_call

if TYPE_CHECKING:
    from ._app import Emulator

__all__ = ["EmulatorServer"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Voucherify's load balancer does
    wbufsize = 1 << 16  # buffer the answer: headers and body leave in one write, flushed per request
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Without this, a small answer waits ~40 ms for the client's delayed ACK (Nagle).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        host = self.headers.get("Host") or self.server.origin
        begin_call()
        answer = self.server.emulator.handle(
            self.command, f"http://{host}{self.path}", dict(self.headers), body
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
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def __getattr__(self, name: str) -> Any:
        # Every method (TRACE, PROPFIND, ...) reaches the emulator, which answers 405
        # in Voucherify's shape; http.server's own answer would be a 501 HTML page.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: object) -> None:
        return  # the emulator keeps its own request log


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
