"""An async client belongs to the event loop it first ran a call on.

httpx keeps connections made on one loop; a call from another loop (the second of two
`asyncio.run` calls, say) sent its request on such a connection and then failed reading the
answer with a bare RuntimeError: the order was stored, and the caller, told nothing of the
outcome, could create it again. Found by a witness. The call is now refused before anything is sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator

import httpx
import pytest
from voucherify_orders import AsyncVoucherify, VoucherifyError


def answering(sent: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "ord_1", "object": "order"})

    return httpx.MockTransport(answer)


def test_a_call_from_a_second_asyncio_run_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []
    client = AsyncVoucherify("a", "b", transport=answering(sent))
    assert asyncio.run(client.orders.create({"amount": 1})).id == "ord_1"
    with pytest.raises(VoucherifyError) as caught:
        asyncio.run(client.orders.create({"amount": 2}))
    assert str(caught.value) == (
        "this client's connections belong to an event loop that has ended (an earlier asyncio.run): "
        "build one client per event loop, inside it"
    )
    assert len(sent) == 1


@contextlib.contextmanager
def used_by_a_running_loop(client: AsyncVoucherify) -> Iterator[None]:
    """`client` has made a call in an event loop that keeps running, in a thread, until the block ends."""
    first_ran, release = threading.Event(), threading.Event()

    async def hold() -> None:
        await client.orders.get("ord_1")
        first_ran.set()
        await asyncio.get_running_loop().run_in_executor(None, release.wait)

    holder = threading.Thread(target=asyncio.run, args=(hold(),))
    holder.start()
    try:
        assert first_ran.wait(5)
        yield
    finally:
        release.set()
        holder.join(5)


def test_a_call_from_another_running_loop_is_refused() -> None:
    sent: list[httpx.Request] = []
    client = AsyncVoucherify("a", "b", transport=answering(sent))
    with used_by_a_running_loop(client), pytest.raises(VoucherifyError) as caught:
        asyncio.run(client.orders.get("ord_1"))
    assert str(caught.value) == (
        "this client's connections belong to another event loop: build one client per event loop, inside it"
    )
    assert len(sent) == 1


def test_clients_sharing_a_pool_share_its_loop() -> None:
    sent: list[httpx.Request] = []
    client = AsyncVoucherify("a", "b", transport=answering(sent))

    async def both() -> None:
        await client.orders.get("ord_1")
        await client.with_options(max_retries=0).orders.get("ord_1")
        await client.with_raw_response.orders.get("ord_1")

    asyncio.run(both())
    assert len(sent) == 3


def test_closing_from_another_running_loop_is_refused_and_closing_after_its_loop_ended_is_quiet() -> None:
    client = AsyncVoucherify("a", "b", transport=answering([]))
    with used_by_a_running_loop(client), pytest.raises(VoucherifyError) as caught:
        asyncio.run(client.aclose())
    assert str(caught.value) == (
        "this client's connections belong to another event loop, still running: close it there"
    )
    asyncio.run(client.aclose())  # its loop has ended now
    assert client._http.is_closed
