"""Pages of a list operation that know how to fetch the next one."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from voucherify_orders_client.client import APIResponse, Call, Pagination

from ._exceptions import DecodeError, VoucherifyError, shown

if TYPE_CHECKING:
    from ._client import AsyncVoucherify, Voucherify  # noqa: F401 (named in the bases of Page, AsyncPage)

__all__ = [
    "MAX_PAGE",
    "SERVER_DEFAULT_LIMIT",
    "AsyncOrdersPage",
    "AsyncPage",
    "ListChangedError",
    "OrdersPage",
    "Page",
    "PaginationLimitError",
]

#: The API serves pages 1 to 100 of orders and no further.
MAX_PAGE = 100
#: How many orders a page holds when no limit is asked for.
SERVER_DEFAULT_LIMIT = 10

C = TypeVar("C")  # the client
L = TypeVar("L")
I = TypeVar("I")  # noqa: E741 (the item type)


class PaginationLimitError(VoucherifyError):
    """More items exist than the API can page through (its last page is behind them)."""


class ListChangedError(DecodeError):
    """The list changed while its pages were walked, so the walk may have missed some items;
    `change` says what changed (`page 2: it counted 3 orders then, and 4 now`)."""

    def __init__(self, change: str, response: Any) -> None:
        super().__init__(
            f"the list changed while it was walked ({change}), and a walk by page number cannot tell "
            "whether some moved past it; walk again, or export them for a consistent snapshot",
            response,
        )
        self.change = change


class _PageBase(Generic[C, L, I]):
    def __init__(self, client: C, call: Call[L], response: APIResponse[L]) -> None:
        assert call.operation.pagination is not None
        self._client = client
        self._call = call
        self._paging: Pagination = call.operation.pagination
        self.response = response

    @property
    def data(self) -> L:
        """This page as the API sent it (for orders, an `OrdersList`)."""
        return self.response.parsed

    @property
    def items(self) -> list[I]:
        """The items on this page only (for orders, the same as `page.orders`)."""
        return getattr(self.data, self._paging.items)  # type: ignore[no-any-return]

    @property
    def total(self) -> int:
        """How many items exist in all."""
        return getattr(self.data, self._paging.total)  # type: ignore[no-any-return]

    @property
    def page(self) -> int:
        """This page's number, from 1."""
        return int(self._call.arguments.get(self._paging.page) or 1)

    @property
    def limit(self) -> int | None:
        """The page size asked for (None: the server's default)."""
        limit = self._call.arguments.get(self._paging.limit)
        return None if limit is None else int(limit)

    def has_next_page(self) -> bool:
        """
        Whether a later page holds more items. A page that holds fewer than the total leaves
        for it (a full page, or the rest on the last page) is a DecodeError: where the rest
        went cannot be known, and stopping there would leave them out without a word.
        """
        size = self.limit or self._paging.default_limit
        if self.total < 0 or len(self.items) > size:
            raise DecodeError(
                f"page {self.page} holds {len(self.items)} {self._paging.items} for a limit of {size}, "
                f"of {self.total} in all: the answer is inconsistent; walking on could repeat or skip some",
                self.response.http,
            )
        # What this page must hold if the total is right: a full page, or on the last page the rest.
        due = min(size, max(0, self.total - (self.page - 1) * size))
        if len(self.items) < due:
            asked = f"the {size} asked" if due == size else f"the {due} left for this last page"
            raise DecodeError(
                f"page {self.page} holds {len(self.items)} {self._paging.items} of {asked}, "
                f"yet the API counts {self.total} in all, more than the pages up to it hold: "
                "the answer is inconsistent, and walking on could skip some",
                self.response.http,
            )
        return self.page * size < self.total

    def _next_call(self) -> Call[L]:
        last = self._paging.max_page
        if self.page >= last:
            size = self.limit or self._paging.default_limit
            beyond = self.total - self.page * size
            most = self._paging.max_limit
            problem = (
                f"the API serves at most {last} pages: {beyond} of {self.total} {self._paging.items} "
                f"lie beyond page {last} at limit={size}"
            )
            ways = []
            if most is None or size < most:
                ways.append(f"use {'a larger limit' if most is None else f'limit={most}'} to reach more")
            if self._paging.items == "orders":  # no other list has an export
                ways.append(
                    "export them instead (client.orders.export, or `voucherify-orders orders export`)"
                )
            raise PaginationLimitError(f"{problem}; {', or '.join(ways)}" if ways else problem)
        arguments = {**self._call.arguments, self._paging.page: self.page + 1}
        return replace(self._call, arguments=arguments)

    def _fresh(self, seen: set[object], first: _PageBase[Any, Any, I]) -> Iterator[I]:
        """
        This page's items, in a walk across pages from `first`, checked against a list that
        changes while it is walked. Pages are fetched by number: an order created ahead of the
        walk pushes one it met onto this page, and an order updated behind it (a re-sort by
        `updated_at`) pushes one it has not met onto a page already fetched. Those two look the
        same from here, so any change (another total, an item met again) is a DecodeError. With
        neither, each page holding what its total leaves for it (`has_next_page`), the walk met
        every item.
        """
        if self.total != first.total:
            self._changed(f"it counted {first.total} {self._paging.items} then, and {self.total} now")
        keys = [getattr(item, "id", None) for item in self.items]
        keys = [key if isinstance(key, str) else object() for key in keys]  # without an id: new
        if len(set(keys)) < len(keys):  # not a change: a page that lies
            raise DecodeError(f"page {self.page} lists an item twice", self.response.http)
        for key, item in zip(keys, self.items, strict=True):
            if key in seen:
                self._changed(f"{shown(str(key), 100)}, met on an earlier page, came again")
            seen.add(key)
            yield item

    def _changed(self, how: str) -> None:
        raise ListChangedError(f"page {self.page}: {how}", self.response.http)

    def __getattr__(self, name: str) -> Any:
        # The page's own fields read through (page.orders, page.data_ref).
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.data, name)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(page={self.page}, items={len(self.items)}, total={self.total})"


class Page(_PageBase["Voucherify", L, I]):
    """
    One page of a list call (`client.orders.list()`).

    `data`, `items` and `total` describe this page; iterating the page walks every
    item from here to the end, fetching later pages as it goes, each item once.
    """

    def next_page(self) -> Page[L, I]:
        """Fetch the page after this one (raises PaginationLimitError past the API's last page)."""
        return self._client._paginate(self._next_call())

    def iter_pages(self) -> Iterator[Page[L, I]]:
        """
        This page and each later one, as the API sends them. Pages are fetched by number: if
        the list changes meanwhile, one may repeat items of another or miss some. Iterating
        the page itself yields each item once, and fails loudly where some may have been missed.
        """
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[I]:
        seen: set[object] = set()
        for page in self.iter_pages():
            yield from page._fresh(seen, self)


class AsyncPage(_PageBase["AsyncVoucherify", L, I]):
    """One page of an async list call: `async for item in page` walks every item across pages."""

    async def next_page(self) -> AsyncPage[L, I]:
        """Fetch the page after this one (raises PaginationLimitError past the API's last page)."""
        return await self._client._paginate(self._next_call())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[L, I]]:
        """This page and each later one, as the API sends them (see `Page.iter_pages`)."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[I]:
        seen: set[object] = set()
        async for page in self.iter_pages():
            for item in page._fresh(seen, self):
                yield item


# The names pages had when only orders were listed.
OrdersPage = Page
AsyncOrdersPage = AsyncPage
