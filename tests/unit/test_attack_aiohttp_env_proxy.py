"""Attack: DefaultAioHttpClient and proxy variables from the environment.

`DefaultAioHttpClient.__init__` keeps calls off the short path when `getproxies()` finds a
proxy, because "proxies from the environment become mounts inside httpx". They do not:
httpx builds env-proxy mounts only when no `transport` is given
(`allow_env_proxies = trust_env and transport is None`), and DefaultAioHttpClient always
passes one. So `HTTP_PROXY`/`HTTPS_PROXY` are silently ignored on either route: the call
goes straight to the host, while `AsyncVoucherify`'s own httpx pool honours the variable.
A user behind a mandatory proxy who switches to DefaultAioHttpClient bypasses it
(or cannot connect at all). (Also so before c74f01e.)
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest
from voucherify_orders import AsyncVoucherify, DefaultAioHttpClient

BODY = b'{"id":"ord_1","object":"order","source_id":"x"}'


@contextlib.contextmanager
def recording_proxy(seen: list[bytes]) -> Iterator[str]:
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
                seen.append(data.split(b"\r\n")[0])
                head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                conn.sendall(head % len(BODY) + BODY)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(2)
        listener.close()


async def test_http_proxy_from_the_environment_is_used_as_by_the_default_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bytes] = []
    with recording_proxy(seen) as proxy_url:
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        base = "http://api.invalid"  # resolvable only through the proxy
        async with AsyncVoucherify("a", "b", base_url=base, allow_insecure_http=True, max_retries=0) as own:
            assert (await own.orders.get("x")).id == "ord_1"
        assert seen == [b"GET http://api.invalid/v1/orders/x HTTP/1.1"]
        async with (
            DefaultAioHttpClient() as http,
            AsyncVoucherify(
                "a", "b", base_url=base, allow_insecure_http=True, http_client=http, max_retries=0
            ) as client,
        ):
            assert (await client.orders.get("x")).id == "ord_1"
        assert len(seen) == 2
