"""A page walk while the list changes: each item once, and never a silent skip.

Pages are fetched by number. An order created during a newest-first walk pushes one already
yielded onto the next page; one that moves to an earlier page (re-sorted by `updated_at`)
pushes another past the walk, where it is never seen. A walk cannot tell those apart: an
order created ahead of the walk, and an order updated behind it while another is created
further on, show the same pages, the same totals and the same count of items met. So any
change met during a walk ends it in a DecodeError. Found by witnesses: the walk repeated
items (0.2), then skipped one without a word while a creation made its count come out right
(0.4.0, in each sort order).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from voucherify_orders import AsyncVoucherify, DecodeError, ListChangedError, Voucherify


def listing(
    ids: list[str],
    after_page: Callable[[int, list[str]], None] = lambda page, ids: None,
    statuses: dict[str, str] | None = None,
) -> Any:
    """A list-orders server over `ids` (in the order the sort gives); `after_page` changes them,
    and `statuses` (as `after_page` leaves it) gives an order's status (else none)."""

    def status(order_id: str) -> dict[str, str]:
        return {"status": statuses[order_id]} if statuses and order_id in statuses else {}

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", 1))
        limit = int(request.url.params.get("limit", 10))
        chunk = ids[(page - 1) * limit : page * limit]
        body = {
            "object": "list",
            "data_ref": "orders",
            "orders": [{"id": i, "object": "order", **status(i)} for i in chunk],
            "total": len(ids),
        }
        after_page(page, ids)
        return httpx.Response(200, json=body)

    return httpx.MockTransport(answer)


def walk(transport: httpx.MockTransport) -> list[str]:
    with Voucherify("a", "b", transport=transport) as client:
        return [order.id for order in client.orders.list(limit=2)]  # type: ignore[misc]


CHANGED = "the list changed while it was walked (page {page}: {how}), and a walk by page number"


def changed(page: int, how: str) -> str:
    return re.escape(CHANGED.format(page=page, how=how))


def test_an_order_created_during_a_walk_ends_it_loudly() -> None:
    ids = [f"o{n}" for n in range(9, -1, -1)]  # newest first

    def created(page: int, ids: list[str]) -> None:
        if page == 1:
            ids.insert(0, "new")

    with pytest.raises(DecodeError, match=changed(2, "it counted 10 orders then, and 11 now")):
        walk(listing(ids, created))


def test_a_creation_and_an_update_that_skips_an_order_look_the_same_and_both_fail() -> None:
    # Newest update first. Left: an order created (first, behind the walk). Right: e updated
    # (first, behind the walk: d is pushed onto page 2 again, and e is never met) and an order
    # created further on (its updated_at is null, as a never-updated order's is). Both show
    # page 2 starting with the last order met, one more order counted, and as many met.
    ids = ["a", "b", "c", "d", "e", "f"]

    def created(page: int, ids: list[str]) -> None:
        if page == 1:
            ids.insert(0, "new")

    def updated(page: int, ids: list[str]) -> None:
        if page == 1:
            ids.remove("e")
            ids.insert(0, "e")
            ids.append("new")

    for change in (created, updated):
        with pytest.raises(DecodeError, match=changed(2, "it counted 6 orders then, and 7 now")):
            walk(listing(list(ids), change))


def test_an_update_that_moves_an_order_behind_the_walk_is_an_error_not_a_skip() -> None:
    ids = ["a", "b", "c", "d", "e", "f"]

    def updated(page: int, ids: list[str]) -> None:
        if page == 1:
            ids.remove("e")
            ids.insert(0, "e")  # most recently updated first: e moves to page 1, b to page 2

    with pytest.raises(DecodeError, match=changed(2, "b, met on an earlier page, came again")):
        walk(listing(ids, updated))


def test_an_update_that_moves_an_order_met_already_onto_a_later_page_is_an_error() -> None:
    # Oldest update first: b goes to the end, and e slides back onto page 2, already fetched.
    ids = ["a", "b", "c", "d", "e", "f", "g"]

    def updated(page: int, ids: list[str]) -> None:
        if page == 2:
            ids.remove("b")
            ids.append("b")

    with pytest.raises(DecodeError, match=changed(4, "b, met on an earlier page, came again")):
        walk(listing(ids, updated))


def test_an_update_that_keeps_an_order_behind_the_walk_changes_nothing_it_meets() -> None:
    # Newest update first: a, met already, moves to the front, still behind the walk.
    ids = ["a", "b", "c", "d", "e", "f"]

    def updated(page: int, ids: list[str]) -> None:
        if page == 2:
            ids.remove("b")
            ids.insert(0, "b")

    assert walk(listing(ids, updated)) == ["a", "b", "c", "d", "e", "f"]


def test_a_page_holding_more_than_the_limit_is_an_error() -> None:
    def overfull(request: httpx.Request) -> httpx.Response:
        orders = [{"id": f"o{n}", "object": "order"} for n in range(3)]
        return httpx.Response(
            200, json={"object": "list", "data_ref": "orders", "orders": orders, "total": 5}
        )

    with pytest.raises(DecodeError, match="page 1 holds 3 orders for a limit of 2"):
        walk(httpx.MockTransport(overfull))


def test_a_negative_total_is_an_error() -> None:
    def negative(request: httpx.Request) -> httpx.Response:
        orders = [{"id": f"o{n}", "object": "order"} for n in range(2)]
        return httpx.Response(
            200, json={"object": "list", "data_ref": "orders", "orders": orders, "total": -1}
        )

    with pytest.raises(DecodeError, match="of -1 in all"):
        walk(httpx.MockTransport(negative))


def test_a_walk_from_a_later_page_counts_from_there() -> None:
    ids = [f"o{n}" for n in range(7)]
    with Voucherify("a", "b", transport=listing(ids)) as client:
        assert [o.id for o in client.orders.list(limit=2, page=3)] == ["o4", "o5", "o6"]


async def test_the_async_walk_keeps_the_same_rules() -> None:
    ids = [f"o{n}" for n in range(5, -1, -1)]

    def created(page: int, ids: list[str]) -> None:
        if page == 1:
            ids.insert(0, "new")

    async with AsyncVoucherify("a", "b", transport=listing(ids, created)) as client:
        with pytest.raises(DecodeError, match=changed(2, "it counted 6 orders then, and 7 now")):
            [o async for o in await client.orders.list(limit=2)]

    moved = ["a", "b", "c", "d", "e", "f"]

    def updated(page: int, ids: list[str]) -> None:
        if page == 1:
            ids.remove("e")
            ids.insert(0, "e")

    async with AsyncVoucherify("a", "b", transport=listing(moved, updated)) as client:
        with pytest.raises(DecodeError, match=changed(2, "b, met on an earlier page, came again")):
            [o async for o in await client.orders.list(limit=2)]


def test_a_page_that_lists_an_item_twice_is_a_decode_error_not_a_change() -> None:
    # A lying server, not a changed list: walking again would not help (found by a witness).
    def twice(request: httpx.Request) -> httpx.Response:
        orders = [{"id": "o1", "object": "order"}, {"id": "o1", "object": "order"}]
        return httpx.Response(
            200, json={"object": "list", "data_ref": "orders", "orders": orders, "total": 2}
        )

    with pytest.raises(DecodeError, match="page 1 lists an item twice") as caught:
        walk(httpx.MockTransport(twice))
    assert not isinstance(caught.value, ListChangedError)
