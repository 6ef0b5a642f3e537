"""The per-attempt deadline against a server that trickles its *headers*.

`Transmit` promises that past its deadline an answer is abandoned as a read timeout, however
steadily a slow server trickles it. httpx and aiohttp apply the read timeout per socket read,
so a server that sends its status line and headers one byte at a time, each well inside the
read timeout, would hold a call for as long as it likes: the async driver bounds the whole
attempt; the sync one can bound only the body (httpx offers no total timeout for a sync call).
Found by an attack on the send path.
"""

from __future__ import annotations

import contextlib
import socket
import threading

import pytest
from voucherify_orders import APITimeoutError, AsyncVoucherify, DefaultAioHttpClient, Voucherify

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


SYNC_LIMIT = "httpx has no total timeout for a sync call: the sync deadline bounds the body only"


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason=SYNC_LIMIT)
def test_sync_call_gives_up_while_headers_trickle() -> None:
    headers_sent = threading.Event()
    with raw_server(header_trickler(0.01, headers_sent)) as url:
        client = Voucherify("a", "b", base_url=url, timeout=TIMEOUT, max_retries=0)
        with client, pytest.raises(APITimeoutError):
            client.orders.get("x")
        assert not headers_sent.is_set()


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
