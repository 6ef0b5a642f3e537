"""Attack: DefaultAioHttpClient(proxy=...) and a connection dropped after the request went out.

`_Transport` corrects httpx-aiohttp's habit of reporting every aiohttp connection error as
`httpx.ConnectTimeout` ("never sent"). But with `proxy=` given, httpx routes the calls
through mounts that `HttpxAiohttpClient._init_proxy_transport` builds as plain
`AiohttpTransport`s, without that correction. A keyless create whose connection the proxy
drops after forwarding it is then judged "never reached the server" and repeated:
here 4 POSTs arrive (max_retries=3), i.e. duplicate orders, and the final error says
"timed out" with outcome_unknown False. Without a proxy the same fault gives exactly one
POST and outcome_unknown True (tests/unit/test_aiohttp_client.py). (Also so before c74f01e.)
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest
from voucherify_orders import APIConnectionError, AsyncVoucherify, DefaultAioHttpClient, testing


@contextlib.contextmanager
def dropping_proxy(seen: list[bytes]) -> Iterator[str]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                seen.append(data.split(b"\r\n")[0])  # forwarded, as far as the client can tell
            # closed without an answer

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(2)
        listener.close()


async def test_a_create_dropped_behind_a_proxy_is_not_repeated() -> None:
    seen: list[bytes] = []
    with dropping_proxy(seen) as proxy_url:
        async with (
            DefaultAioHttpClient(proxy=proxy_url) as http,
            AsyncVoucherify(
                "a",
                "b",
                base_url="http://api.invalid",
                allow_insecure_http=True,
                http_client=http,
                max_retries=3,
                retry_policy=testing.no_waits(),
            ) as client,
        ):
            with pytest.raises(APIConnectionError) as caught:
                await client.orders.create({"amount": 1})
    assert seen == [b"POST http://api.invalid/v1/orders HTTP/1.1"], f"{len(seen)} POSTs sent"
    assert caught.value.outcome_unknown
