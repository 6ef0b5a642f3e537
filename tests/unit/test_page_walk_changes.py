"""A page walk while the list changes: each item once, and never a silent skip.

Pages are fetched by number. An order created during a newest-first walk pushes the ones
already yielded onto the next page; one that moves to an earlier page (re-sorted by
`updated_at`) pushes another past the walk, where it is never seen; a lying server repeats
items on overfull pages. Found by a witness: the walk repeated items, and skipped one
without a word.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from voucherify_orders import AsyncVoucherify, DecodeError, Voucherify


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


def test_an_item_added_ahead_of_the_walk_repeats_nothing() -> None:
    ids = [f"o{n}" for n in range(9, -1, -1)]  # newest first

    def created(page: int, ids: list[str]) -> None:
        if page in (1, 3):
            ids.insert(0, f"new{page}")

    walked = walk(listing(ids, created))
    assert walked == [f"o{n}" for n in range(9, -1, -1)]


def test_an_item_moving_to_a_page_already_walked_is_an_error_not_a_skip() -> None:
    ids = ["a", "b", "c", "d", "e", "f"]

    def updated(page: int, ids: list[str]) -> None:
        if page == 1:
            ids.remove("e")
            ids.insert(0, "e")  # most recently updated first: e moves to page 1, d to page 3

    with pytest.raises(DecodeError, match="met 5 distinct orders of the 6 counted"):
        walk(listing(ids, updated))


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
        assert [o.id async for o in await client.orders.list(limit=2)] == [f"o{n}" for n in range(5, -1, -1)]

    moved = ["a", "b", "c", "d", "e", "f"]

    def updated(page: int, ids: list[str]) -> None:
        if page == 1:
            ids.remove("e")
            ids.insert(0, "e")

    async with AsyncVoucherify("a", "b", transport=listing(moved, updated)) as client:
        with pytest.raises(DecodeError, match="met 5 distinct"):
            [o async for o in await client.orders.list(limit=2)]


def moved_to_the_end(moved: str) -> Callable[[int, list[str]], None]:
    """Oldest update first: `moved` is updated after page 2, and an order is created."""

    def updated(page: int, ids: list[str]) -> None:
        if page == 2:
            ids.remove(moved)
            ids += [moved, "new"]

    return updated


def test_an_item_met_before_that_comes_again_out_of_place_is_an_error_not_a_skip() -> None:
    # Found by a witness (0.4.0): b moved behind the walk pushed e onto page 2, already fetched,
    # and the new order made the count come out right: the walk ended without e, and no error.
    ids = ["a", "b", "c", "d", "e", "f", "g"]
    with pytest.raises(DecodeError, match="b, met before, came again on page 4 changed or out of place"):
        walk(listing(ids, moved_to_the_end("b")))


async def test_an_async_walk_meeting_an_item_out_of_place_is_an_error_too() -> None:
    ids = ["a", "b", "c", "d", "e", "f", "g"]
    async with AsyncVoucherify("a", "b", transport=listing(ids, moved_to_the_end("b"))) as client:
        with pytest.raises(DecodeError, match="b, met before, came again on page 4"):
            [order.id async for order in await client.orders.list(limit=2)]  # type: ignore[misc]


def test_an_item_met_before_that_comes_again_changed_is_an_error_even_where_a_shift_would_put_it() -> None:
    # d, the last of page 2, is updated and moves to the end, which is page 3's start: where a
    # shift would have put it, but changed. e moved onto page 2, already fetched.
    ids, statuses = ["a", "b", "c", "d", "e"], {"d": "CREATED"}

    def updated(page: int, ids: list[str]) -> None:
        if page == 2:
            ids.remove("d")
            ids += ["d", "new"]
            statuses["d"] = "PAID"

    with pytest.raises(DecodeError, match="d, met before, came again on page 3 changed or out of place"):
        walk(listing(ids, updated, statuses))


def test_items_shifted_out_of_their_order_are_an_error() -> None:
    ids = ["a", "b", "c", "d", "e", "f"]

    def swapped(page: int, ids: list[str]) -> None:
        if page == 1:
            ids[:] = ["x", "y", "b", "a", "c", "d", "e", "f"]

    with pytest.raises(DecodeError, match="a, met before, came again on page 2"):
        walk(listing(ids, swapped))


def test_more_than_a_page_added_ahead_of_the_walk_is_an_error() -> None:
    # Page 2 then starts with new orders, and the ones met already follow them: the walk cannot
    # tell a shift from a move, so it fails rather than guess.
    ids = [f"o{n}" for n in range(9, -1, -1)]

    def burst(page: int, ids: list[str]) -> None:
        if page == 1:
            ids[:0] = ["n1", "n2", "n3"]

    with pytest.raises(DecodeError, match="o9, met before, came again on page 2"):
        walk(listing(ids, burst))
