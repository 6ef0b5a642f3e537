"""A server that sends more than one answer to a request cannot hand a later call the spare one.

httpcore keeps bytes that follow a complete answer in the connection's buffer and reads them
as the next request's answer on that connection: a second, stale answer to one GET became
the answer of the next call (another thread's, through a clone sharing the pool), and the
pool could stay one answer behind for as long as calls followed each other. Found by a
witness (W-X3); such a connection is now closed rather than kept. Also here: a call that
waited in vain for a pooled connection says so, and that nothing was sent.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from voucherify_orders import APITimeoutError, AsyncVoucherify, DecodeError, Voucherify

from tests.conftest import APP_ID, SECRET, make_async_client, make_client
from tests.raw_server import raw_server, read_head


def answer_for(order_id: str) -> bytes:
    body = json.dumps({"id": order_id, "object": "order", "source_id": order_id, "status": "PAID"}).encode()
    return b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (
        len(body),
        body,
    )


class Server:
    """Answers GET /v1/orders/ID with that order; for `twice...`, a stale second answer in the same write."""

    def __init__(self) -> None:
        self.connections = 0
        self.lock = threading.Lock()

    def __call__(self, conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        with self.lock:
            self.connections += 1
        while head:
            order_id = head.split(b" ")[1].rsplit(b"/", 1)[1].decode()
            spare = answer_for("STALE-" + order_id) if order_id.startswith(("twice", "late", "soon")) else b""
            if order_id.startswith("late"):  # the spare one once the connection is idle
                conn.sendall(answer_for(order_id))
                time.sleep(0.05)
                conn.sendall(spare)
            elif order_id.startswith("soon"):  # the spare one as the next request is on its way
                conn.sendall(answer_for(order_id))
                head = read_head(conn)
                conn.sendall(spare)
                time.sleep(0.02)
                continue  # that request is answered next, one answer late
            else:
                conn.sendall(answer_for(order_id) + spare)
            head = read_head(conn)


@pytest.fixture
def server() -> Iterator[tuple[str, Server]]:
    handler = Server()
    with raw_server(handler) as url:
        yield url, handler


def test_a_spare_answer_is_never_the_next_calls(server: tuple[str, Server]) -> None:
    url, handler = server
    with Voucherify(APP_ID, SECRET, base_url=url, max_retries=0) as client:
        assert client.orders.get("twice-a").id == "twice-a"
        got: list[str] = []
        thread = threading.Thread(
            target=lambda: got.append(client.with_options(timeout=5).orders.get("b").id)
        )
        thread.start()
        thread.join()
        assert got == ["b"]
        assert [client.orders.get(name).id for name in ("c", "twice-d", "e", "f")] == [
            "c",
            "twice-d",
            "e",
            "f",
        ]
    # Each spare answer cost its connection; the answers without one kept theirs.
    assert handler.connections == 3


def test_a_spare_answer_is_dropped_on_a_pool_passed_in(server: tuple[str, Server]) -> None:
    url, handler = server
    with httpx.Client() as pool, Voucherify(APP_ID, SECRET, base_url=url, http_client=pool) as client:
        assert [client.orders.get(name).id for name in ("twice-a", "b", "c")] == ["twice-a", "b", "c"]
    assert handler.connections == 2


async def test_a_spare_answer_is_never_the_next_async_calls(server: tuple[str, Server]) -> None:
    url, handler = server
    async with AsyncVoucherify(APP_ID, SECRET, base_url=url, max_retries=0) as client:
        names = ("twice-a", "b", "twice-c", "d", "e")
        assert [(await client.orders.get(name)).id for name in names] == list(names)
    assert handler.connections == 3


async def test_a_spare_answer_sent_late_is_never_the_next_calls(server: tuple[str, Server]) -> None:
    url, handler = server
    async with AsyncVoucherify(APP_ID, SECRET, base_url=url, max_retries=0) as client:
        assert (await client.orders.get("late-a")).id == "late-a"
        await asyncio.sleep(0.2)  # httpx's pool finds the idle connection readable, and drops it
        assert (await client.orders.get("b")).id == "b"
    assert handler.connections == 2


async def test_aiohttp_hands_out_no_connection_an_answer_arrived_on_while_idle(
    server: tuple[str, Server],
) -> None:
    # aiohttp's pool read the late answer as the next call's (21 of 30 calls after one were
    # wrong). Found by a witness (W-X3).
    pytest.importorskip("httpx_aiohttp")
    from voucherify_orders import DefaultAioHttpClient

    url, handler = server
    async with (
        DefaultAioHttpClient() as http,
        AsyncVoucherify(APP_ID, SECRET, base_url=url, max_retries=0, http_client=http) as client,
    ):
        for name in ("late-a", "late-b"):
            assert (await client.orders.get(name)).id == name
            await asyncio.sleep(0.2)
        assert [(await client.orders.get(name)).id for name in ("c", "d")] == ["c", "d"]
    assert handler.connections == 3


def test_a_spare_answer_still_in_flight_is_refused_and_its_connection_dropped(
    server: tuple[str, Server],
) -> None:
    # Sent as the next request went out, the spare answer is not on the connection yet when
    # the first answer closes: the next call read it as its own, and every later call on that
    # connection the one before's (49 of 50). Found by a witness (W-X4).
    url, handler = server
    with Voucherify(APP_ID, SECRET, base_url=url, max_retries=0) as client:
        assert client.orders.get("soon-a").id == "soon-a"
        with pytest.raises(DecodeError) as caught:
            client.orders.get("b")
        assert str(caught.value) == (
            "GET /v1/orders/b answered 200 with id 'STALE-soon-a', source_id 'STALE-soon-a', where the "
            "call asked for 'b': the answer belongs to another call (a server or proxy sent an answer "
            "twice), so it was refused"
        )
        assert [client.orders.get(name).id for name in ("c", "d", "e")] == ["c", "d", "e"]
    assert handler.connections == 2


async def test_an_async_spare_answer_still_in_flight_is_refused_and_its_connection_dropped(
    server: tuple[str, Server],
) -> None:
    url, handler = server
    async with AsyncVoucherify(APP_ID, SECRET, base_url=url, max_retries=0) as client:
        assert (await client.orders.get("soon-a")).id == "soon-a"
        with pytest.raises(DecodeError, match="the answer belongs to another call"):
            await client.orders.get("b")
        assert [(await client.orders.get(name)).id for name in ("c", "d", "e")] == ["c", "d", "e"]
    assert handler.connections == 2


ORDER = {"id": "ord_1", "object": "order", "source_id": "s-1", "status": "PAID"}


@pytest.mark.parametrize(
    ("call", "answer", "refused"),
    [
        (lambda c: c.orders.get("ord_1"), ORDER, False),
        (lambda c: c.orders.get("s-1"), ORDER, False),  # addressed by its source_id
        (lambda c: c.orders.get("ord_2"), ORDER, True),
        (lambda c: c.orders.create({"source_id": "s-1"}), ORDER, False),
        (lambda c: c.orders.create({"source_id": "s-2"}), ORDER, True),
        (lambda c: c.orders.create({"amount": 1}), ORDER, False),  # names nothing to check
        # An answer that shows no source_id at all has nothing to tell by: taken as it is.
        (lambda c: c.orders.create({"source_id": "s-9"}), {"id": "ord_1", "object": "order"}, False),
        # An update may change or clear the source_id it was addressed by: not checked.
        (lambda c: c.orders.update("s-1", {"source_id": None}), {**ORDER, "source_id": None}, False),
        (lambda c: c.exports.get("exp_2"), {"id": "exp_1", "object": "export", "status": "DONE"}, True),
        (lambda c: c.async_actions.get("aa_2"), {"id": "aa_1", "object": "async_action"}, True),
    ],
)
def test_an_answer_must_show_what_the_spec_says_it_echoes(call: Any, answer: Any, refused: bool) -> None:
    with make_client(lambda request: httpx.Response(200, json=answer)) as client:
        if refused:
            with pytest.raises(DecodeError, match="the answer belongs to another call") as caught:
                call(client)
            # A write whose answer is another call's may have been applied all the same.
            write = caught.value.response.request.method != "GET"
            assert caught.value.outcome_unknown is write
            assert str(caught.value).endswith("own outcome is unknown (it may have been applied)") is write
        else:
            call(client)


def test_every_echo_the_spec_declares_must_hold() -> None:
    # An operation may declare several (here two on one argument): one that holds does not
    # excuse the next.
    from dataclasses import replace

    from voucherify_orders._core import send
    from voucherify_orders._effects import run_sync
    from voucherify_orders_client.api.orders import get_order
    from voucherify_orders_client.client import Call

    both = replace(
        get_order.OPERATION,
        answer_echoes=(("path", "order_id", ("id",)), ("path", "order_id", ("source_id",))),
    )
    answer = {**ORDER, "id": "s-1", "source_id": "other"}
    with (
        make_client(lambda request: httpx.Response(200, json=answer)) as client,
        pytest.raises(DecodeError, match="with source_id 'other', where the call asked for 's-1'"),
    ):
        run_sync(client._http, client._options, send(Call(both, {"order_id": "s-1"}), client._options))


def test_waits_take_any_finite_number_of_seconds_from_zero() -> None:
    from voucherify_orders import ParameterError
    from voucherify_orders._effects import check_wait

    for fine in (0, 0.5, 1, 600.0):
        check_wait("timeout", fine)
    for wrong in (-0.1, float("inf"), float("nan"), True, "5"):
        with pytest.raises(ParameterError, match="timeout: must be a finite number of seconds >= 0"):
            check_wait("timeout", wrong)


def exhausted(request: httpx.Request) -> httpx.Response:
    raise httpx.PoolTimeout("timed out waiting for a connection", request=request)


def test_waiting_in_vain_for_a_pooled_connection_says_so() -> None:
    with make_client(exhausted) as client, pytest.raises(APITimeoutError) as caught:
        client.orders.create({"amount": 1})  # not safe to repeat, but never sent: retried, and not in doubt
    assert str(caught.value) == (
        "POST /v1/orders was not sent: no connection of the pool came free within the timeout (each "
        "open `iter_rows` or streamed download holds one until it is closed or read to its end) "
        "after 2 retries"
    )
    assert caught.value.outcome_unknown is False


async def test_waiting_in_vain_for_a_pooled_async_connection_says_so() -> None:
    async with make_async_client(exhausted) as client:
        with pytest.raises(APITimeoutError, match="was not sent: no connection of the pool came free"):
            await client.orders.get("ord_1")
