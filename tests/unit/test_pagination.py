"""Pages iterate every order across pages, stop at the end, and never stop silently at the cap."""

from __future__ import annotations

import copy
from collections.abc import Callable

import httpx
import pytest
from voucherify_orders import DecodeError, PaginationLimitError

from tests.conftest import make_async_client, make_client, order_json


def lister(total: int, calls: list[tuple[int, int]]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params.get("limit", 10))
        page = int(request.url.params.get("page", 1))
        calls.append((page, limit))
        first = (page - 1) * limit
        orders = [order_json(f"ord_{n}") for n in range(first, min(first + limit, total))]
        return httpx.Response(
            200, json={"object": "list", "data_ref": "orders", "orders": orders, "total": total}
        )

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(
    ("total", "limit", "requests"),
    [(0, 10, 1), (7, 10, 1), (10, 10, 1), (25, 10, 3), (30, 10, 3), (250, 100, 3), (5, None, 1)],
)
def test_iterating_a_page_walks_every_order_once(total: int, limit: int | None, requests: int) -> None:
    calls: list[tuple[int, int]] = []
    with make_client(lister(total, calls).handler) as client:  # type: ignore[attr-defined]
        page = client.orders.list(limit=limit, order="created_at")
        ids = [order.id for order in page]
    assert ids == [f"ord_{n}" for n in range(total)]
    assert len(calls) == requests
    assert page.total == total and len(page.orders) == min(total, limit or 10)


def test_the_page_cap_raises_instead_of_stopping_silently() -> None:
    calls: list[tuple[int, int]] = []
    with make_client(lister(1005, calls).handler) as client:  # type: ignore[attr-defined]
        seen: list[str] = []

        def walk() -> None:
            seen.extend(order.id for order in client.orders.list())

        with pytest.raises(
            PaginationLimitError,
            match=r"pages: 5 of 1005 orders lie beyond page 100 at limit=10; use limit=100 to reach more",
        ):
            walk()
    assert len(seen) == 1000 and calls[-1] == (100, 10)


def test_at_the_largest_limit_the_page_cap_advises_an_export_alone() -> None:
    # Found by mutation testing: the count beyond the cap, and the advice, were never read.
    calls: list[tuple[int, int]] = []
    with (
        make_client(lister(10_007, calls).handler) as client,  # type: ignore[attr-defined]
        pytest.raises(PaginationLimitError) as caught,
    ):
        list(client.orders.list(limit=100))
    assert "pages: 7 of 10007 orders lie beyond page 100 at limit=100; export them instead" in str(
        caught.value
    )


def test_a_page_has_a_length_and_no_private_fields_of_its_data() -> None:
    from voucherify_orders import MAX_PAGE, SERVER_DEFAULT_LIMIT
    from voucherify_orders_client.api.orders import list_orders

    pagination = list_orders.OPERATION.pagination
    assert pagination is not None
    assert (pagination.max_page, pagination.default_limit) == (MAX_PAGE, SERVER_DEFAULT_LIMIT)
    with make_client(lister(3, []).handler) as client:  # type: ignore[attr-defined]
        page = client.orders.list()
        assert len(page) == 3
        with pytest.raises(AttributeError):
            page._data  # noqa: B018 (a private name never reads through to the data)
        # copy looks up private names on a page not yet set up: read through, they would recurse
        assert copy.copy(page).total == 3


async def test_async_pages_walk_every_order() -> None:
    calls: list[tuple[int, int]] = []
    async with make_async_client(lister(23, calls).handler) as client:  # type: ignore[attr-defined]
        page = await client.orders.list(limit=5)
        ids = [order.id async for order in page]
        pages = [p.page async for p in page.iter_pages()]
    assert ids == [f"ord_{n}" for n in range(23)]
    assert pages == [1, 2, 3, 4, 5]


def short(total: int, held: int) -> httpx.MockTransport:
    """A server whose first page holds `held` orders, whatever the limit, of `total`."""

    def handler(request: httpx.Request) -> httpx.Response:
        orders = [order_json(f"ord_{n}") for n in range(held)]
        return httpx.Response(
            200, json={"object": "list", "data_ref": "orders", "orders": orders, "total": total}
        )

    return httpx.MockTransport(handler)


def test_a_short_page_before_the_total_is_reached_raises_instead_of_stopping_silently() -> None:
    with make_client(short(50, 19).handler) as client:  # type: ignore[attr-defined]
        page = client.orders.list(limit=20)
        with pytest.raises(
            DecodeError, match="page 1 holds 19 orders of the 20 asked, yet the API counts 50 in all"
        ):
            list(page)
        with pytest.raises(DecodeError):
            page.has_next_page()
    # A short last page ends the walk as before (test_iterating_a_page_walks_every_order_once).
    with make_client(short(19, 19).handler) as client:  # type: ignore[attr-defined]
        assert len(list(client.orders.list(limit=20))) == 19


def test_a_last_page_short_of_the_total_raises_too() -> None:
    # 50 orders at 20 a page: the last page holds 10. One with 9 (or none) ended the walk at
    # 49 (or 40) of 50 without a word, since the pages up to it could hold the total.
    def lister_short_last(held: int) -> Callable[[httpx.Request], httpx.Response]:
        def handler(request: httpx.Request) -> httpx.Response:
            page = int(request.url.params.get("page", "1"))
            count = 20 if page < 3 else held
            orders = [order_json(f"ord_{(page - 1) * 20 + n}") for n in range(count)]
            return httpx.Response(
                200, json={"object": "list", "data_ref": "orders", "orders": orders, "total": 50}
            )

        return handler

    for held in (9, 0):
        due = f"page 3 holds {held} orders of the 10 left for this last page"
        with make_client(lister_short_last(held)) as client, pytest.raises(DecodeError, match=due):
            list(client.orders.list(limit=20))
    with make_client(lister_short_last(10)) as client:
        assert len(list(client.orders.list(limit=20))) == 50
    # A page past the total (asked for directly) owes nothing.
    with make_client(short(35, 0).handler) as client:  # type: ignore[attr-defined]
        assert list(client.orders.list(limit=10, page=5)) == []


async def test_an_async_short_page_before_the_total_raises_too() -> None:
    async with make_async_client(short(50, 19).handler) as client:  # type: ignore[attr-defined]
        page = await client.orders.list(limit=20)
        with pytest.raises(DecodeError, match="holds 19 orders of the 20 asked"):
            [order async for order in page]


@pytest.mark.parametrize(
    ("max_limit", "advice"),
    [(50, "use limit=50 to reach more, or export"), (None, "use a larger limit to reach more, or export")],
)
def test_the_page_cap_advises_the_largest_limit_the_spec_gives(
    monkeypatch: pytest.MonkeyPatch, max_limit: int | None, advice: str
) -> None:
    # Before: the advice was ten times the default limit, right only while the spec's maximum was 100.
    import dataclasses

    from voucherify_orders_client.api.orders import list_orders

    paging = dataclasses.replace(list_orders.OPERATION.pagination, max_limit=max_limit)
    monkeypatch.setattr(
        list_orders, "OPERATION", dataclasses.replace(list_orders.OPERATION, pagination=paging)
    )
    with (
        make_client(lister(1005, []).handler) as client,  # type: ignore[attr-defined]
        pytest.raises(PaginationLimitError, match=f"at limit=10; {advice}"),
    ):
        list(client.orders.list())
