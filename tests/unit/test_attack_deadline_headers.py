"""The per-attempt deadline against a server that trickles its *headers*.

`Transmit` promises that past its deadline an answer is abandoned as a read timeout, however
steadily a slow server trickles it. httpx and aiohttp apply the read timeout per socket read,
so a server that sends its status line and headers one byte at a time, each well inside the
read timeout, would hold a call for as long as it likes: the async driver bounds the whole
attempt; the sync one can bound only the body (httpx offers no total timeout for a sync call).
Found by an attack on the send path; so since before c74f01e.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest
from voucherify_orders import APITimeoutError, AsyncVoucherify, DefaultAioHttpClient, Voucherify

TIMEOUT = 0.3


@contextlib.contextmanager
def header_trickler(byte_pause: float) -> Iterator[tuple[str, threading.Event]]:
    """A server that sends 400 bytes of headers one at a time; the event is set once they are all out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()
    headers_sent = threading.Event()

    def serve(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(10)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            body = b'{"id":"ord_1","object":"order"}'
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b"X-Pad: x\r\n" * 36
            head += b"Content-Length: %d\r\n\r\n" % len(body)
            try:
                for byte in head:
                    if stop.wait(byte_pause):  # each byte far inside any read timeout
                        return
                    conn.sendall(bytes([byte]))
                headers_sent.set()
                conn.sendall(body)
            except OSError:
                return

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", headers_sent
    finally:
        stop.set()
        thread.join(2)
        listener.close()


SYNC_LIMIT = "httpx has no total timeout for a sync call: the sync deadline bounds the body only"


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason=SYNC_LIMIT)
def test_sync_call_gives_up_while_headers_trickle() -> None:
    with header_trickler(0.01) as (url, headers_sent):
        client = Voucherify("a", "b", base_url=url, timeout=TIMEOUT, max_retries=0)
        with client, pytest.raises(APITimeoutError):
            client.orders.get("x")
        assert not headers_sent.is_set()


@pytest.mark.parametrize("pool", ["httpx", "aiohttp"])
async def test_async_call_gives_up_while_headers_trickle(pool: str) -> None:
    # 400 bytes at 0.05 s: 20 s of headers; the attempt's bound is 0.3 s.
    with header_trickler(0.05) as (url, headers_sent):
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
