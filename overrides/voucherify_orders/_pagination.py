"""Pages of orders that know how to fetch the next one."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, TypeVar

from voucherify_orders_client.models import ListOrdersSort, Order, OrdersList

from ._exceptions import VoucherifyError
from ._response import APIResponse

__all__ = ["MAX_PAGE", "SERVER_DEFAULT_LIMIT", "AsyncOrdersPage", "OrdersPage", "PaginationLimitError"]

#: The API serves pages 1 to 100 and no further.
MAX_PAGE = 100
#: How many orders a page holds when no limit is asked for.
SERVER_DEFAULT_LIMIT = 10

P = TypeVar("P")


class PaginationLimitError(VoucherifyError):
    """More orders exist than the API can page through (100 pages of at most 100)."""


class _PageBase(Generic[P]):
    def __init__(
        self,
        response: APIResponse[OrdersList],
        *,
        page: int,
        limit: int | None,
        order: ListOrdersSort | None,
    ) -> None:
        self.response = response
        self.page = page
        self.limit = limit
        self.order = order

    @property
    def orders(self) -> list[Order]:
        """The orders on this page only."""
        return self.response.parsed.orders

    @property
    def total(self) -> int:
        """How many orders the project holds in all."""
        return self.response.parsed.total

    def has_next_page(self) -> bool:
        """Whether a later page holds more orders."""
        size = self.limit or SERVER_DEFAULT_LIMIT
        return len(self.orders) >= size and self.page * size < self.total

    def _check_cap(self) -> None:
        if self.page >= MAX_PAGE:
            size = self.limit or SERVER_DEFAULT_LIMIT
            beyond = self.total - self.page * size
            raise PaginationLimitError(
                f"the API serves at most {MAX_PAGE} pages; {beyond} of {self.total} orders lie beyond page "
                f"{MAX_PAGE} at limit={size}. Use limit=100 to reach 10,000 orders, or export the rest "
                "(client.orders.export)."
            )

    def __len__(self) -> int:
        return len(self.orders)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(page={self.page}, orders={len(self.orders)}, total={self.total})"


class OrdersPage(_PageBase["OrdersPage"]):
    """
    One page of `client.orders.list()`.

    `orders` and `total` describe this page; iterating the page walks every order
    from here to the end, fetching later pages as it goes.
    """

    def __init__(
        self,
        response: APIResponse[OrdersList],
        fetch: Callable[[int], OrdersPage],
        *,
        page: int,
        limit: int | None,
        order: ListOrdersSort | None,
    ) -> None:
        super().__init__(response, page=page, limit=limit, order=order)
        self._fetch = fetch

    def next_page(self) -> OrdersPage:
        """Fetch the page after this one (raises PaginationLimitError past page 100)."""
        self._check_cap()
        return self._fetch(self.page + 1)

    def iter_pages(self) -> Iterator[OrdersPage]:
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[Order]:
        for page in self.iter_pages():
            yield from page.orders


class AsyncOrdersPage(_PageBase["AsyncOrdersPage"]):
    """The async twin of OrdersPage: `async for order in page` walks every order."""

    def __init__(
        self,
        response: APIResponse[OrdersList],
        fetch: Callable[[int], Awaitable[AsyncOrdersPage]],
        *,
        page: int,
        limit: int | None,
        order: ListOrdersSort | None,
    ) -> None:
        super().__init__(response, page=page, limit=limit, order=order)
        self._fetch = fetch

    async def next_page(self) -> AsyncOrdersPage:
        """Fetch the page after this one (raises PaginationLimitError past page 100)."""
        self._check_cap()
        return await self._fetch(self.page + 1)

    async def iter_pages(self) -> AsyncIterator[AsyncOrdersPage]:
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[Order]:
        async for page in self.iter_pages():
            for order in page.orders:
                yield order
