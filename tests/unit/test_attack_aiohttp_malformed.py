"""Attack: a server answering with a malformed status line, through DefaultAioHttpClient.

aiohttp raises `aiohttp.ClientResponseError` for a response it cannot parse ("Bad status
line", a header line too long, ...). httpx-aiohttp's exception map has no entry for it, so
it escapes `_Transport` unmapped and leaves `AsyncVoucherify` as a bare aiohttp exception:
not a VoucherifyError / APIConnectionError (callers catching the package's errors miss it,
no `outcome_unknown` for a POST that reached the server), and it carries aiohttp's
`request_info`, whose headers hold X-App-Id and X-App-Token in the clear.
The httpx transports report the same answer as RemoteProtocolError -> APIConnectionError.
(Also so before c74f01e; the short path of today does not change it.)
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest
from voucherify_orders import APIConnectionError, AsyncVoucherify, DefaultAioHttpClient, testing

APP_ID = "appid-SECRET-3f9a1c"
SECRET = "token-SECRET-77e2b4d0"


@contextlib.contextmanager
def malformed_server() -> Iterator[str]:
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
                conn.sendall(b"HTTP/1.1 2x0 What\r\nContent-Length: 2\r\n\r\n{}")

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(2)
        listener.close()


def visible(error: BaseException) -> str:
    texts = []
    current: BaseException | None = error
    while current is not None:
        texts += [str(current), repr(current)]
        texts += [f"{k}={v!r}" for k, v in vars(current).items()]
        current = current.__cause__ or current.__context__
    return "\n".join(texts)


async def test_a_malformed_answer_over_aiohttp_is_an_api_connection_error_without_the_secret() -> None:
    with malformed_server() as url:
        async with (
            DefaultAioHttpClient() as http,
            AsyncVoucherify(
                APP_ID, SECRET, base_url=url, http_client=http, max_retries=0, retry_policy=testing.no_waits()
            ) as client,
        ):
            with pytest.raises(Exception) as caught:
                await client.orders.create({"amount": 1})
    text = visible(caught.value)
    assert SECRET not in text and APP_ID not in text
    assert isinstance(caught.value, APIConnectionError), type(caught.value)
    assert caught.value.outcome_unknown
