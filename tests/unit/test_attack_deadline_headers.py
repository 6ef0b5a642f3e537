"""Attack: the per-attempt deadline against a server that trickles its *headers*.

`Transmit` promises: "Past `deadline` the answer is abandoned as a read timeout, however
steadily a slow server trickles it." `_Deadline` only checks the clock between body chunks,
and httpx/aiohttp apply the read timeout per socket read, so a server that sends its status
line and headers one byte at a time (each byte well inside the read timeout) holds the call
for as long as it likes: here 0.3 s of timeout, about 4 s of waiting, and only then the
ReadTimeout. With 64 KiB of headers at this pace a call would hang for hours.
(Also so before c74f01e.)
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from voucherify_orders import APITimeoutError, AsyncVoucherify, DefaultAioHttpClient, Voucherify

TIMEOUT = 0.3


@contextlib.contextmanager
def header_trickler() -> Iterator[str]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()

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
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b"X-Pad: x\r\n" * 40
            head += b"Content-Length: %d\r\n\r\n" % len(body)
            try:
                for byte in head:
                    if stop.is_set():
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(0.01)  # one byte each 10 ms: far inside any read timeout
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
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(2)
        listener.close()


def test_sync_call_ends_near_its_deadline_while_headers_trickle() -> None:
    with header_trickler() as url, Voucherify("a", "b", base_url=url, timeout=TIMEOUT, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.orders.get("x")
        took = time.monotonic() - started
    assert took < 5 * TIMEOUT, f"a {TIMEOUT} s attempt took {took:.1f} s"


async def test_aiohttp_call_ends_near_its_deadline_while_headers_trickle() -> None:
    with header_trickler() as url:
        async with (
            DefaultAioHttpClient() as http,
            AsyncVoucherify("a", "b", base_url=url, timeout=TIMEOUT, max_retries=0, http_client=http) as client,
        ):
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.orders.get("x")
            took = time.monotonic() - started
    assert took < 5 * TIMEOUT, f"a {TIMEOUT} s attempt took {took:.1f} s"
