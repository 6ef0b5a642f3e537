"""The pools `Voucherify` and `AsyncVoucherify` build for themselves: httpx's, with a short path.

A call goes straight to the transport when nothing `httpx.Client.send` would add applies to it;
everything else (event hooks, a proxy from the environment, auth, redirects) takes httpx's route.
The short path must still give what httpx's send gives a response: its request, its `elapsed`,
and transport errors that name their request.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from voucherify_orders import APIConnectionError, AsyncVoucherify, Voucherify
from voucherify_orders._pool import AsyncPool, Pool

from tests.raw_server import raw_server

BODY = b'{"id":"ord_1","object":"order","source_id":"x"}'
OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(BODY) + BODY


def answering(seen: list[httpx.Request], headers: dict[str, str] | None = None) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, content=BODY, headers={"content-type": "application/json", **(headers or {})}
        )

    return httpx.MockTransport(handler)


def httpx_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "httpx"]


def test_a_sync_call_skips_httpx_send_and_keeps_what_it_gives(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    seen: list[httpx.Request] = []
    with Voucherify("app", "key", transport=answering(seen)) as client:
        started = time.perf_counter()
        raw = client.with_raw_response.orders.get("x")
        spent_ms = (time.perf_counter() - started) * 1000
    assert raw.parsed.id == "ord_1"
    assert raw.http.request is seen[0]
    assert 0 < raw.elapsed_ms <= spent_ms and raw.http.is_closed
    assert seen[0].extensions["timeout"] == client.timeout.as_dict()
    assert httpx_lines(caplog) == []  # httpx.Client.send logs every request it sends: not run


async def test_an_async_call_skips_httpx_send_and_keeps_what_it_gives(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    seen: list[httpx.Request] = []
    async with AsyncVoucherify("app", "key", transport=answering(seen)) as client:
        started = time.perf_counter()
        raw = await client.with_raw_response.orders.get("x")
        spent_ms = (time.perf_counter() - started) * 1000
    assert raw.parsed.id == "ord_1"
    assert raw.http.request is seen[0]
    assert 0 < raw.elapsed_ms <= spent_ms and raw.http.is_closed
    assert httpx_lines(caplog) == []


def test_the_short_path_keeps_no_cookies_and_httpx_route_does() -> None:
    # The client never sends the jar's cookies (its requests are not built by the pool), so
    # only the jar itself tells the routes apart: the short path leaves it empty.
    transport = answering([], {"set-cookie": "lb=node-1; Path=/"})
    request = httpx.Request("GET", "https://api.voucherify.io/v1/orders/x")
    short, routed = Pool(transport=transport), Pool(transport=transport)
    short.send(request, auth=None)
    routed.send(request)  # the pool's own auth flow: httpx's route
    assert len(short.cookies) == 0 and routed.cookies["lb"] == "node-1"


@pytest.mark.parametrize("pool_type", [Pool, AsyncPool])
async def test_each_thing_httpx_send_adds_takes_its_route(
    pool_type: type[httpx.Client | httpx.AsyncClient],
) -> None:
    transport = answering([])
    hook: Callable[[httpx.Request], None] = lambda request: None  # noqa: E731
    plain = pool_type(transport=transport)  # type: ignore[arg-type]
    request = httpx.Request("GET", "https://api.voucherify.io/v1/orders/x")
    assert plain._short_path(request, None, False) is transport  # type: ignore[union-attr]
    routed = {
        "auth": (plain, request, httpx.USE_CLIENT_DEFAULT, False),
        "redirects": (plain, request, None, True),
        "userinfo": (plain, httpx.Request("GET", "https://u:p@api.voucherify.io/v1/orders/x"), None, False),
        "request hook": (
            pool_type(transport=transport, event_hooks={"request": [hook]}),
            request,
            None,
            False,
        ),  # type: ignore[arg-type]
        "response hook": (
            pool_type(transport=transport, event_hooks={"response": [hook]}),
            request,
            None,
            False,
        ),  # type: ignore[arg-type]
        "mounts": (pool_type(mounts={"https://": transport}), request, None, False),  # type: ignore[dict-item]
        "proxy": (pool_type(proxy="http://127.0.0.1:9"), request, None, False),
    }
    for what, (pool, req, auth, redirects) in routed.items():
        assert pool._short_path(req, auth, redirects) is None, what  # type: ignore[union-attr]
    closed = pool_type(transport=transport)  # type: ignore[arg-type]
    if isinstance(closed, httpx.Client):
        closed.close()
    else:
        await closed.aclose()
    assert closed._short_path(request, None, False) is None  # type: ignore[union-attr]


def test_an_event_hook_is_run_on_httpx_route(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    hooked: list[str] = []
    pool = Pool(transport=answering([]), event_hooks={"request": [lambda r: hooked.append(r.url.path)]})
    response = pool.send(httpx.Request("GET", "https://api.voucherify.io/v1/orders/x"), auth=None)
    assert response.content == BODY and hooked == ["/v1/orders/x"]
    assert len(httpx_lines(caplog)) == 1


def refusing(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused")  # as httpx's own transport raises it: no request named


def test_a_transport_error_names_its_request_as_on_httpx_route() -> None:
    with (
        Voucherify("app", "key", transport=httpx.MockTransport(refusing), max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.orders.get("x")
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError) and cause.request.url.path == "/v1/orders/x"


async def test_an_async_transport_error_names_its_request_as_on_httpx_route() -> None:
    async with AsyncVoucherify(
        "app", "key", transport=httpx.MockTransport(refusing), max_retries=0
    ) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.orders.get("x")
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError) and cause.request.url.path == "/v1/orders/x"


class _Breaking(httpx.SyncByteStream, httpx.AsyncByteStream):
    closed = False

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield b"{"
        raise httpx.ReadError("dropped")

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield b"{"
        raise httpx.ReadError("dropped")

    def close(self) -> None:
        _Breaking.closed = True

    async def aclose(self) -> None:
        _Breaking.closed = True


def breaking(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, stream=_Breaking())


def test_a_body_that_fails_is_closed_when_the_pool_reads_it() -> None:
    _Breaking.closed = False
    pool = Pool(transport=httpx.MockTransport(breaking))
    with pytest.raises(httpx.ReadError):
        pool.send(httpx.Request("GET", "https://api.voucherify.io/v1/orders/x"), auth=None)
    assert _Breaking.closed


async def test_a_body_that_fails_is_closed_when_the_async_pool_reads_it() -> None:
    _Breaking.closed = False
    pool = AsyncPool(transport=httpx.MockTransport(breaking))
    with pytest.raises(httpx.ReadError):
        await pool.send(httpx.Request("GET", "https://api.voucherify.io/v1/orders/x"), auth=None)
    assert _Breaking.closed


@pytest.mark.parametrize("client_type", [Voucherify, AsyncVoucherify])
async def test_a_call_over_a_socket_reports_its_elapsed_time(
    client_type: type[Voucherify | AsyncVoucherify],
) -> None:
    def answer(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        conn.sendall(OK)

    with raw_server(answer) as url:
        client = client_type("a", "b", base_url=url, max_retries=0)
        started = time.perf_counter()
        if isinstance(client, Voucherify):
            with client:
                raw = client.with_raw_response.orders.get("x")
        else:
            async with client:
                raw = await client.with_raw_response.orders.get("x")
        spent_ms = (time.perf_counter() - started) * 1000
    assert raw.parsed.id == "ord_1" and raw.http.is_closed and 0 < raw.elapsed_ms <= spent_ms


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_status_error_raised_by_a_users_hook_is_theirs_not_a_connection_failure(method: str) -> None:
    # Before: httpx.HTTPStatusError went to the retry logic as a transport error: a 404 was sent
    # three times and reported as a failed connection, a POST's as "outcome unknown".
    sent: list[str] = []

    def not_found(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        return httpx.Response(404, json={"code": 404, "key": "not_found"})

    pool = httpx.Client(
        transport=httpx.MockTransport(not_found), event_hooks={"response": [lambda r: r.raise_for_status()]}
    )
    with Voucherify("app", "key", http_client=pool, max_retries=2) as client:
        call = client.orders.get if method == "GET" else client.orders.create
        argument: Any = "x" if method == "GET" else {"status": "PAID", "amount": 1}
        with pytest.raises(httpx.HTTPStatusError) as caught:
            call(argument)
    assert sent == [method]
    assert caught.value.request.headers["x-app-token"] == "[redacted]"
