"""The per-attempt deadline against a server that trickles its *headers*.

`Transmit` promises that past its deadline an answer is abandoned as a read timeout, however
steadily a slow server trickles it. httpx and aiohttp apply the read timeout per socket read,
so a server that sends its status line and headers one byte at a time, each well inside the
read timeout, would hold a call for as long as it likes: the async driver bounds the whole
attempt; the sync one cuts each socket operation of the client's own pool to what is left of
the deadline (httpx offers no total timeout for a sync call). Found by an attack on the send path.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time

import httpcore
import httpx
import pytest
from voucherify_orders import APITimeoutError, AsyncVoucherify, DefaultAioHttpClient, Voucherify
from voucherify_orders._pool import _DeadlineStream, attempt_deadline

from tests.raw_server import Answer, raw_server

TIMEOUT = 0.3


def header_trickler(byte_pause: float, headers_sent: threading.Event) -> Answer:
    """Sends 400 bytes of headers one at a time, then sets `headers_sent` and sends the body."""

    def answer(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        body = b'{"id":"ord_1","object":"order"}'
        reply = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b"X-Pad: x\r\n" * 36
        reply += b"Content-Length: %d\r\n\r\n" % len(body)
        for byte in reply:
            if stop.wait(byte_pause):  # each byte far inside any read timeout
                return
            conn.sendall(bytes([byte]))
        headers_sent.set()
        conn.sendall(body)

    return answer


def test_sync_call_gives_up_while_headers_trickle() -> None:
    # 400 bytes at 0.05 s: 20 s of headers; the attempt's bound is 0.3 s.
    headers_sent = threading.Event()
    with raw_server(header_trickler(0.05, headers_sent)) as url:
        client = Voucherify("a", "b", base_url=url, timeout=TIMEOUT, max_retries=0)
        started = time.monotonic()
        with client, pytest.raises(APITimeoutError):
            client.orders.get("x")
        assert time.monotonic() - started < 5
        assert not headers_sent.is_set()


def header_flood(seconds: float, headers_sent: threading.Event) -> Answer:
    """Sends header lines without a pause longer than a millisecond for `seconds`, then the body."""

    def answer(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        body = b'{"id":"ord_1","object":"order"}'
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        end = time.monotonic() + seconds
        while time.monotonic() < end:  # ~25 KB a second: inside httpcore's 100 KB of headers
            if stop.wait(0.0004):
                return
            conn.sendall(b"X-Pad: x\r\n")
        headers_sent.set()
        conn.sendall(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    return answer


def test_sync_call_gives_up_while_headers_keep_coming_past_the_deadline() -> None:
    # Past the deadline a socket wait must not be granted at all: a wait of a microsecond still
    # gets bytes that are always there, and the call went on until the headers ended (2 s).
    headers_sent = threading.Event()
    with raw_server(header_flood(2.0, headers_sent)) as url:
        client = Voucherify("a", "b", base_url=url, timeout=TIMEOUT, max_retries=0)
        started = time.monotonic()
        with client, pytest.raises(APITimeoutError):
            client.orders.get("x")
        assert time.monotonic() - started < 1.5
        assert not headers_sent.is_set()


def test_past_the_deadline_a_socket_wait_is_refused_not_shortened() -> None:
    # Deterministically, what the test above sees: bytes that are always there are read at
    # once, however short the wait, so only refusing the wait ends the attempt.
    class Waiting:
        """A socket with bytes always waiting, and room to write."""

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return b"X"

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            pass

    stream = _DeadlineStream(Waiting())
    bound = attempt_deadline.set(time.monotonic() - 1)
    try:
        with pytest.raises(httpcore.ReadTimeout):
            stream.read(65536, 5.0)
        with pytest.raises(httpcore.WriteTimeout):
            stream.write(b"GET / HTTP/1.1\r\n", 5.0)
    finally:
        attempt_deadline.reset(bound)


def slow_reader(connections: list[int]) -> Answer:
    """Reads the request body steadily, far slower than the client writes it; never answers."""

    def answer(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        connections.append(1)
        while not stop.wait(0.02) and conn.recv(1 << 18):  # ~13 MB a second
            pass

    return answer


def test_sync_call_gives_up_while_a_server_reads_its_body_slowly() -> None:
    # httpcore writes a whole request body in one call, its socket waits each bounded by that
    # call's timeout: 40 MB at ~13 MB a second held the call for 3 s. The body is out of the
    # client's hands, so the write is not repeated (its outcome is unknown).
    connections: list[int] = []
    with raw_server(slow_reader(connections)) as url:
        client = Voucherify("a", "b", base_url=url, timeout=TIMEOUT, max_retries=2)
        order = {"metadata": {"note": "y" * 40_000_000}}  # no source_id: not safe to repeat
        started = time.monotonic()
        with client, pytest.raises(APITimeoutError) as caught:
            client.orders.create(order)
        assert time.monotonic() - started < 1.5
        assert caught.value.outcome_unknown and len(connections) == 1


def test_a_write_is_cut_to_what_is_left_as_it_goes() -> None:
    # Deterministically, what the test above sees: one write call of a large buffer is
    # many socket waits, each of which is cut to what is left of the deadline.
    class Draining:
        """A socket whose every write takes 10 ms, and that keeps what it was given."""

        def __init__(self) -> None:
            self.written = 0

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            assert timeout is not None and timeout <= 0.05
            time.sleep(0.01)
            self.written += len(buffer)

    socket_ = Draining()
    stream = _DeadlineStream(socket_)
    bound = attempt_deadline.set(time.monotonic() + 0.05)
    try:
        with pytest.raises(httpcore.WriteTimeout):
            stream.write(b"x" * 10_000_000, 5.0)
    finally:
        attempt_deadline.reset(bound)
    assert 0 < socket_.written < 10_000_000


def test_the_deadline_is_the_attempts_alone() -> None:
    # Outside an attempt the pool's sockets keep httpx's timeouts; the next call on the same
    # client gets a fresh deadline (and a new connection: the cut one is not reused).
    headers_sent = threading.Event()
    with raw_server(header_trickler(0.002, headers_sent)) as url:
        client = Voucherify("a", "b", base_url=url, timeout=TIMEOUT, max_retries=0)
        with client:
            with pytest.raises(APITimeoutError):
                client.orders.get("ord_1")  # 0.8 s of headers
            assert attempt_deadline.get() is None
            client.with_options(timeout=5).orders.get("ord_1")
        assert headers_sent.is_set()


def test_an_interruption_just_after_the_deadline_is_set_clears_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # A Ctrl-C arriving right after the driver sets the deadline (before the send starts) must
    # not leave it set in this thread: the next download's reads would then be cut at once.
    from voucherify_orders import _effects

    class InterruptedOnSet:
        def set(self, value: float | None) -> None:
            attempt_deadline.set(value)
            if value is not None:
                raise KeyboardInterrupt

    monkeypatch.setattr(_effects, "attempt_deadline", InterruptedOnSet())
    client = Voucherify("a", "b", transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    try:
        with client, pytest.raises(KeyboardInterrupt):
            client.orders.get("ord_1")
        assert attempt_deadline.get() is None
    finally:
        attempt_deadline.set(None)  # so a failure here does not spill into later tests


def test_a_transport_passed_in_is_left_as_it_was() -> None:
    transport = httpx.HTTPTransport()
    backend = transport._pool._network_backend
    with Voucherify("a", "b", transport=transport):
        assert transport._pool._network_backend is backend


@pytest.mark.parametrize("pool", ["httpx", "aiohttp"])
async def test_async_call_gives_up_while_headers_trickle(pool: str) -> None:
    # 400 bytes at 0.05 s: 20 s of headers; the attempt's bound is 0.3 s.
    headers_sent = threading.Event()
    with raw_server(header_trickler(0.05, headers_sent)) as url:
        async with (
            DefaultAioHttpClient() if pool == "aiohttp" else contextlib.nullcontext() as http,
            AsyncVoucherify(
                "a", "b", base_url=url, timeout=TIMEOUT, max_retries=0, http_client=http
            ) as client,
        ):
            with pytest.raises(APITimeoutError):
                await client.orders.get("x")
        # the call gave up while the server was still sending its headers
        assert not headers_sent.is_set()
