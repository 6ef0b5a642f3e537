"""What an attack on the client's own pool (the short path, _pool.py) found on httpx's route.

The short path gives what httpx's send gives; these hold on both routes: httpx's route is
taken by a pool passed as `http_client`, and by the client's own pool under a proxy from
the environment.

* A 3xx answer: httpx's send builds the next request (`response.next_request`) with a copy
  of the sent headers, credentials included; the redirect is never followed.
* An in-process transport (a mock, the emulator's) on httpx's route: `elapsed_ms` raised.
* Ctrl-C or a cancellation mid-download: the download's clean-up (close the answer, delete
  the temporary file) yields an effect, and `generator.close()` turned the interruption into
  `RuntimeError: generator ignored GeneratorExit`, leaving the `.part` file behind.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_orders import (
    AsyncVoucherify,
    Voucherify,
    VoucherifyError,
    testing,
)
from voucherify_orders_client.models import Export

from tests.raw_server import raw_server
from tests.unit.test_secrets_after_the_call import APP_ID, SECRET, path_to_secret

BODY = b'{"id":"ord_1","object":"order","source_id":"x"}'


def redirecting(request: httpx.Request) -> httpx.Response:
    return httpx.Response(302, headers={"location": "https://api.voucherify.io/v1/orders/y"})


def answering(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})


def test_a_redirect_answer_keeps_no_credential_on_httpx_route() -> None:
    transport = httpx.MockTransport(redirecting)
    with (
        httpx.Client(transport=transport) as http,
        Voucherify(APP_ID, SECRET, http_client=http, max_retries=0) as client,
        pytest.raises(VoucherifyError) as caught,
    ):
        client.orders.get("x")
    response = caught.value.response  # type: ignore[attr-defined]
    assert response.status_code == 302 and response.next_request is None
    assert path_to_secret(response) is None


async def test_an_async_redirect_answer_keeps_no_credential_on_httpx_route() -> None:
    transport = httpx.MockTransport(redirecting)
    async with (
        httpx.AsyncClient(transport=transport) as http,
        AsyncVoucherify(APP_ID, SECRET, http_client=http, max_retries=0) as client,
    ):
        with pytest.raises(VoucherifyError) as caught:
            await client.orders.get("x")
    assert caught.value.response.next_request is None  # type: ignore[attr-defined]
    assert path_to_secret(caught.value.response) is None  # type: ignore[attr-defined]


def test_a_redirect_through_a_proxy_from_the_environment_keeps_no_credential(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The client's own pool takes httpx's route under a proxy: a careless base_url on http://
    # answered by a redirect to https:// (as many hosts answer plain http).
    def proxy(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        conn.sendall(
            b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://api.invalid/v1/orders/x\r\n"
            b"Content-Length: 0\r\n\r\n"
        )

    with raw_server(proxy) as proxy_url:
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        with (
            Voucherify(
                APP_ID, SECRET, base_url="http://api.invalid", allow_insecure_http=True, max_retries=0
            ) as client,
            pytest.raises(VoucherifyError) as caught,
        ):
            client.orders.get("x")
    assert caught.value.response.next_request is None  # type: ignore[attr-defined]
    assert path_to_secret(caught.value.response) is None  # type: ignore[attr-defined]


def test_elapsed_of_an_in_process_answer_on_httpx_route() -> None:
    with (
        httpx.Client(transport=httpx.MockTransport(answering)) as http,
        Voucherify(APP_ID, SECRET, http_client=http) as client,
    ):
        started = time.perf_counter()
        raw = client.with_raw_response.orders.get("x")
        spent_ms = (time.perf_counter() - started) * 1000
    assert raw.parsed.id == "ord_1" and 0 <= raw.elapsed_ms <= spent_ms  # timed within the call


async def test_elapsed_of_an_async_in_process_answer_on_httpx_route() -> None:
    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(answering)) as http,
        AsyncVoucherify(APP_ID, SECRET, http_client=http) as client,
    ):
        started = time.perf_counter()
        raw = await client.with_raw_response.orders.get("x")
        spent_ms = (time.perf_counter() - started) * 1000
    assert raw.parsed.id == "ord_1" and 0 <= raw.elapsed_ms <= spent_ms


# -- interrupted downloads ------------------------------------------------------------------

URL = "https://download.voucherify.io/v1/exports/exp_1?token=t"
DONE = Export.from_dict({"id": "exp_1", "object": "export", "status": "DONE", "result": {"url": URL}})


class Interrupted(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A CSV body whose second chunk never comes: Ctrl-C (sync), or a wait forever (async)."""

    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield b"id,source_id\n" + b"ord_1,s-1\n" * 1000
        raise KeyboardInterrupt

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"id,source_id\n" + b"ord_1,s-1\n" * 1000
        await asyncio.Event().wait()

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def interrupted_host(bodies: list[Interrupted]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(Interrupted())
        return httpx.Response(200, headers={"content-type": "text/csv"}, stream=bodies[-1])

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("route", ["own", "httpx"])
def test_ctrl_c_mid_download_is_raised_as_such_and_cleans_up(route: str, tmp_path: Path) -> None:
    bodies: list[Interrupted] = []
    transport = interrupted_host(bodies)
    kwargs: dict[str, Any] = (
        {"transport": transport} if route == "own" else {"http_client": httpx.Client(transport=transport)}
    )
    (tmp_path / "orders.csv").write_text("kept\n")
    with (
        Voucherify(APP_ID, SECRET, retry_policy=testing.no_waits(), **kwargs) as client,
        pytest.raises(KeyboardInterrupt),
    ):
        client.exports.download(DONE, tmp_path / "orders.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["orders.csv"]  # no .part file left
    assert (tmp_path / "orders.csv").read_text() == "kept\n"
    assert [body.closed for body in bodies] == [True]


@pytest.mark.parametrize("route", ["own", "httpx"])
async def test_a_cancelled_download_is_cancelled_and_cleans_up(route: str, tmp_path: Path) -> None:
    bodies: list[Interrupted] = []
    transport = interrupted_host(bodies)
    http = httpx.AsyncClient(transport=transport)
    kwargs: dict[str, Any] = {"transport": transport} if route == "own" else {"http_client": http}
    async with AsyncVoucherify(APP_ID, SECRET, retry_policy=testing.no_waits(), **kwargs) as client:
        with pytest.raises(TimeoutError):  # asyncio.timeout's: the cancellation went through as one
            async with asyncio.timeout(0.2):
                await client.exports.download(DONE, tmp_path / "orders.csv")
    assert list(tmp_path.iterdir()) == []  # no .part file left
    assert [body.closed for body in bodies] == [True]
