"""DefaultAioHttpClient (extra `aiohttp`): AsyncVoucherify over aiohttp, against the emulator over HTTP."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import subprocess
import sys
import threading
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from voucherify_orders import (
    APIConnectionError,
    AsyncVoucherify,
    DefaultAioHttpClient,
    NotFoundError,
    testing,
)
from voucherify_orders.emulator import Emulator, EmulatorServer, Fault

from tests.raw_server import raw_server


@contextlib.asynccontextmanager
async def over_aiohttp(
    emulator: Emulator, server: EmulatorServer, **options: Any
) -> AsyncIterator[tuple[DefaultAioHttpClient, AsyncVoucherify]]:
    """A DefaultAioHttpClient pool and an AsyncVoucherify on it, for the emulator `server` serves."""
    async with (
        DefaultAioHttpClient() as http,
        AsyncVoucherify(
            emulator.app_id, emulator.secret_key, base_url=server.url, http_client=http, **options
        ) as client,
    ):
        yield http, client


async def test_calls_pages_and_errors_go_through_aiohttp(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    emulator = Emulator(seed=7)
    with emulator.serve() as server:
        async with over_aiohttp(emulator, server) as (_, client):
            created = await client.orders.upsert({"source_id": "a-1", "amount": 250})
            fetched = await client.orders.get("a-1")
            assert (fetched.id, fetched.amount) == (created.id, 250)
            results = await asyncio.gather(*(client.orders.get(created.id) for _ in range(20)))
            assert {r.id for r in results} == {created.id}
            with pytest.raises(NotFoundError) as caught:
                await client.orders.get("nope")
            assert caught.value.status_code == 404
            assert [o.id async for o in await client.orders.list(limit=1)] == [created.id]
            raw = await client.with_raw_response.orders.get(created.id)
            assert raw.elapsed_ms > 0 and raw.http.is_closed
            # answered by aiohttp (httpx's own pool would report its network stream)
            assert raw.http.extensions["http_version"] == b"HTTP/1.1"
            assert "network_stream" not in raw.http.extensions
    assert len(emulator.orders) == 1
    # straight to the transport: httpx.AsyncClient.send, which logs every request it sends, was skipped
    assert [r.getMessage() for r in caplog.records if r.name == "httpx"] == []


async def test_event_hooks_and_other_calls_still_take_httpx_route(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    emulator = Emulator(seed=9)
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(f"{request.method} {request.url.path}")

    with emulator.serve() as server:
        async with over_aiohttp(emulator, server) as (http, client):
            http.event_hooks = {"request": [hook]}  # set after the pool was built, too
            await client.orders.upsert({"source_id": "h-1", "amount": 5})
            assert (await client.orders.get("h-1")).amount == 5
            # a call of the pool's own carries no credentials: the API answers 401
            assert (await http.get(f"{server.url}/v1/orders/h-1")).status_code == 401
    assert seen == ["POST /v1/orders", "GET /v1/orders/h-1", "GET /v1/orders/h-1"]
    assert len([r for r in caplog.records if r.name == "httpx"]) == 3


async def test_a_proxy_from_the_environment_keeps_calls_on_httpx_route(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # httpx turns proxy variables into routes of its own: a call must not skip them.
    caplog.set_level(logging.INFO, logger="httpx")
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    emulator = Emulator(seed=10)
    with emulator.serve() as server:
        async with over_aiohttp(emulator, server) as (_, client):
            await client.orders.upsert({"source_id": "p-1", "amount": 5})
    assert [r.getMessage().split(" ")[2:4] for r in caplog.records if r.name == "httpx"] == [
        ["POST", f"{server.url}/v1/orders"]
    ]


async def test_a_post_dropped_after_commit_is_not_retried_over_aiohttp() -> None:
    # httpx-aiohttp reports a dropped connection as ConnectTimeout ("never sent"); the client
    # must see it as "may have been applied": no retry of a keyless create, outcome unknown.
    emulator = Emulator(seed=8)
    emulator.inject(Fault.drop_after_commit(), route="POST /v1/orders")
    with emulator.serve() as server:
        async with over_aiohttp(emulator, server, max_retries=3, retry_policy=testing.no_waits()) as (
            _,
            client,
        ):
            with pytest.raises(APIConnectionError) as caught:
                await client.orders.create({"amount": 10})
    assert caught.value.outcome_unknown
    assert len(emulator.requests) == 1 and len(emulator.orders) == 1


async def test_a_refused_connection_is_a_connect_error_that_was_never_sent() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    async with DefaultAioHttpClient() as http:
        with pytest.raises(httpx.ConnectError) as caught:
            await http.get(f"http://127.0.0.1:{port}/v1/orders")
    assert caught.value.request.url.port == port


async def test_a_connection_dropped_mid_answer_is_a_read_error() -> None:
    def no_answer(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        pass  # the request arrived; the connection closes without an answer

    with raw_server(no_answer) as url:
        async with DefaultAioHttpClient() as http:
            with pytest.raises(httpx.TransportError) as caught:
                await http.post(f"{url}/v1/orders", content=b"{}")
    assert not isinstance(caught.value, (httpx.ConnectError, httpx.ConnectTimeout))
    assert caught.value.request.method == "POST"


def test_importing_the_package_does_not_import_aiohttp_and_the_missing_extra_names_itself() -> None:
    code = (
        "import sys\n"
        "import voucherify_orders\n"
        "voucherify_orders.AsyncVoucherify('a', 'b')\n"
        "print('aiohttp' in sys.modules, 'httpx_aiohttp' in sys.modules)\n"
        "sys.modules['aiohttp'] = None\n"
        "try:\n"
        "    voucherify_orders.DefaultAioHttpClient()\n"
        "except RuntimeError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = out.stdout.strip().splitlines()
    assert first == "False False"
    assert "pip install 'voucherify-orders[aiohttp]'" in second
