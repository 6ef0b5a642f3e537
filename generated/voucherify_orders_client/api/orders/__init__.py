"""`client.orders`: one method per operation of the `orders` tag, sync and async (generated from the spec)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, cast

from ...client import APIResponse, AsyncPage, AsyncResource, Call, SyncPage, SyncResource
from . import create_order as _create_order
from . import create_order_export as _create_order_export
from . import get_order as _get_order
from . import import_orders as _import_orders
from . import list_orders as _list_orders
from . import update_order as _update_order

if TYPE_CHECKING:
    from ...models import (
        AsyncActionCreated,
        Export,
        ListOrdersSort,
        Order,
        OrderCreate,
        OrderExportCreate,
        OrderImportItem,
        OrdersList,
        OrdersListDataRef,
        OrdersListObject,
        OrderUpdate,
    )

__all__ = [
    "AsyncOrdersRawResource",
    "AsyncOrdersResource",
    "OrdersRawResource",
    "OrdersResource",
    "OrdersListAsyncPage",
    "OrdersListSyncPage",
]


class OrdersListSyncPage(SyncPage["OrdersList", "Order"], Protocol):
    """A page of OrdersList: its fields read through from `data`, typed as the model's."""

    @property
    def object_(self) -> OrdersListObject:
        """This page's `data.object_`."""
        ...

    @property
    def data_ref(self) -> OrdersListDataRef:
        """This page's `data.data_ref`."""
        ...

    @property
    def orders(self) -> list[Order]:
        """This page's `data.orders`."""
        ...

    def next_page(self) -> OrdersListSyncPage: ...

    def iter_pages(self) -> Iterator[OrdersListSyncPage]: ...


class OrdersListAsyncPage(AsyncPage["OrdersList", "Order"], Protocol):
    """An async page of OrdersList: its fields read through from `data`, typed as the model's."""

    @property
    def object_(self) -> OrdersListObject:
        """This page's `data.object_`."""
        ...

    @property
    def data_ref(self) -> OrdersListDataRef:
        """This page's `data.data_ref`."""
        ...

    @property
    def orders(self) -> list[Order]:
        """This page's `data.orders`."""
        ...

    async def next_page(self) -> OrdersListAsyncPage: ...

    def iter_pages(self) -> AsyncIterator[OrdersListAsyncPage]: ...


class OrdersResource(SyncResource):
    """The `orders` operations."""

    def list(
        self, *, limit: int | None = None, page: int | None = None, order: ListOrdersSort | str | None = None
    ) -> OrdersListSyncPage:
        """
        List orders.

        One page of the project's orders. `total` counts every order in the project, so a caller can tell
        how many pages remain.

        **Parameters:**

        * **limit** - How many orders one page holds, from 1 to 100. The server uses 10 when it is left out.
        * **page** - Which page to return, counting from 1.
        * **order** - The sort key; a leading `-` sorts newest first.
        """

        return cast(
            "OrdersListSyncPage",
            self._client._paginate(Call(_list_orders.OPERATION, {"limit": limit, "page": page, "order": order})),
        )

    def create(self, order: OrderCreate | Mapping[str, Any]) -> Order:
        """
        Create or upsert an order.

        Stores an order. When the body names an `id` or a `source_id` that already exists, that order is
        updated in place and returned (an upsert), still with status 200; otherwise a new order is created.
        Amounts left out are computed from the items.

        **Parameters:**

        * **order** - the request body: the generated model or a dict of the same shape.
        """

        return self._client._request(Call(_create_order.OPERATION, {}, order))

    def get(self, order_id: str) -> Order:
        """
        Get an order.

        Reads one order, addressed by its Voucherify id or by its source_id.

        **Parameters:**

        * **order_id** - The order's Voucherify id (`ord_...`) or the source_id it was stored with.
        """

        return self._client._request(Call(_get_order.OPERATION, {"order_id": order_id}))

    def update(self, order_id: str, changes: OrderUpdate | Mapping[str, Any]) -> Order:
        """
        Update an order.

        Changes an existing order, addressed by id or source_id. Only the fields in the body change;
        everything else keeps its stored value.

        **Parameters:**

        * **order_id** - The order's Voucherify id (`ord_...`) or the source_id it was stored with.
        * **changes** - the request body: the generated model or a dict of the same shape.
        """

        return self._client._request(Call(_update_order.OPERATION, {"order_id": order_id}, changes))

    def submit_import(self, orders: Sequence[OrderImportItem | Mapping[str, Any]]) -> AsyncActionCreated:
        """
        Import historical orders.

        Queues up to 2,000 historical orders for import and answers at once with the id of an async action;
        poll that action for the outcome. A project runs one import at a time, in the order they were
        queued. Imports fire no webhooks, events, distributions or earning rules, and each order's
        `created_at` is the time the import ran (keep the original date in metadata).

        **Parameters:**

        * **orders** - the request body: the generated model or a dict of the same shape.
        """

        return self._client._request(Call(_import_orders.OPERATION, {}, orders))

    def create_export(self, export: OrderExportCreate | Mapping[str, Any]) -> Export:
        """
        Export orders to CSV.

        Schedules a CSV export of orders. The export runs in the background; read it back with get-export
        until its status is `DONE`, then fetch `result.url`. An empty body exports `id`, `source_id` and
        `status` of every order.

        **Parameters:**

        * **export** - the request body: the generated model or a dict of the same shape.
        """

        return self._client._request(Call(_create_order_export.OPERATION, {}, export))


class AsyncOrdersResource(AsyncResource):
    """The `orders` operations, async."""

    async def list(
        self, *, limit: int | None = None, page: int | None = None, order: ListOrdersSort | str | None = None
    ) -> OrdersListAsyncPage:
        """
        List orders.

        One page of the project's orders. `total` counts every order in the project, so a caller can tell
        how many pages remain.

        **Parameters:**

        * **limit** - How many orders one page holds, from 1 to 100. The server uses 10 when it is left out.
        * **page** - Which page to return, counting from 1.
        * **order** - The sort key; a leading `-` sorts newest first.
        """

        return cast(
            "OrdersListAsyncPage",
            await self._client._paginate(Call(_list_orders.OPERATION, {"limit": limit, "page": page, "order": order})),
        )

    async def create(self, order: OrderCreate | Mapping[str, Any]) -> Order:
        """
        Create or upsert an order.

        Stores an order. When the body names an `id` or a `source_id` that already exists, that order is
        updated in place and returned (an upsert), still with status 200; otherwise a new order is created.
        Amounts left out are computed from the items.

        **Parameters:**

        * **order** - the request body: the generated model or a dict of the same shape.
        """

        return await self._client._request(Call(_create_order.OPERATION, {}, order))

    async def get(self, order_id: str) -> Order:
        """
        Get an order.

        Reads one order, addressed by its Voucherify id or by its source_id.

        **Parameters:**

        * **order_id** - The order's Voucherify id (`ord_...`) or the source_id it was stored with.
        """

        return await self._client._request(Call(_get_order.OPERATION, {"order_id": order_id}))

    async def update(self, order_id: str, changes: OrderUpdate | Mapping[str, Any]) -> Order:
        """
        Update an order.

        Changes an existing order, addressed by id or source_id. Only the fields in the body change;
        everything else keeps its stored value.

        **Parameters:**

        * **order_id** - The order's Voucherify id (`ord_...`) or the source_id it was stored with.
        * **changes** - the request body: the generated model or a dict of the same shape.
        """

        return await self._client._request(Call(_update_order.OPERATION, {"order_id": order_id}, changes))

    async def submit_import(self, orders: Sequence[OrderImportItem | Mapping[str, Any]]) -> AsyncActionCreated:
        """
        Import historical orders.

        Queues up to 2,000 historical orders for import and answers at once with the id of an async action;
        poll that action for the outcome. A project runs one import at a time, in the order they were
        queued. Imports fire no webhooks, events, distributions or earning rules, and each order's
        `created_at` is the time the import ran (keep the original date in metadata).

        **Parameters:**

        * **orders** - the request body: the generated model or a dict of the same shape.
        """

        return await self._client._request(Call(_import_orders.OPERATION, {}, orders))

    async def create_export(self, export: OrderExportCreate | Mapping[str, Any]) -> Export:
        """
        Export orders to CSV.

        Schedules a CSV export of orders. The export runs in the background; read it back with get-export
        until its status is `DONE`, then fetch `result.url`. An empty body exports `id`, `source_id` and
        `status` of every order.

        **Parameters:**

        * **export** - the request body: the generated model or a dict of the same shape.
        """

        return await self._client._request(Call(_create_order_export.OPERATION, {}, export))


class OrdersRawResource(Protocol):
    """`with_raw_response.orders`: each call returns its `APIResponse` (a page carries its own)."""

    def list(
        self, *, limit: int | None = None, page: int | None = None, order: ListOrdersSort | str | None = None
    ) -> OrdersListSyncPage:
        """
        List orders.

        One page of the project's orders. `total` counts every order in the project, so a caller can tell
        how many pages remain.

        **Parameters:**

        * **limit** - How many orders one page holds, from 1 to 100. The server uses 10 when it is left out.
        * **page** - Which page to return, counting from 1.
        * **order** - The sort key; a leading `-` sorts newest first.
        """

    def create(self, order: OrderCreate | Mapping[str, Any]) -> APIResponse[Order]:
        """
        Create or upsert an order.

        Stores an order. When the body names an `id` or a `source_id` that already exists, that order is
        updated in place and returned (an upsert), still with status 200; otherwise a new order is created.
        Amounts left out are computed from the items.

        **Parameters:**

        * **order** - the request body: the generated model or a dict of the same shape.
        """

    def get(self, order_id: str) -> APIResponse[Order]:
        """
        Get an order.

        Reads one order, addressed by its Voucherify id or by its source_id.

        **Parameters:**

        * **order_id** - The order's Voucherify id (`ord_...`) or the source_id it was stored with.
        """

    def update(self, order_id: str, changes: OrderUpdate | Mapping[str, Any]) -> APIResponse[Order]:
        """
        Update an order.

        Changes an existing order, addressed by id or source_id. Only the fields in the body change;
        everything else keeps its stored value.

        **Parameters:**

        * **order_id** - The order's Voucherify id (`ord_...`) or the source_id it was stored with.
        * **changes** - the request body: the generated model or a dict of the same shape.
        """

    def submit_import(self, orders: Sequence[OrderImportItem | Mapping[str, Any]]) -> APIResponse[AsyncActionCreated]:
        """
        Import historical orders.

        Queues up to 2,000 historical orders for import and answers at once with the id of an async action;
        poll that action for the outcome. A project runs one import at a time, in the order they were
        queued. Imports fire no webhooks, events, distributions or earning rules, and each order's
        `created_at` is the time the import ran (keep the original date in metadata).

        **Parameters:**

        * **orders** - the request body: the generated model or a dict of the same shape.
        """

    def create_export(self, export: OrderExportCreate | Mapping[str, Any]) -> APIResponse[Export]:
        """
        Export orders to CSV.

        Schedules a CSV export of orders. The export runs in the background; read it back with get-export
        until its status is `DONE`, then fetch `result.url`. An empty body exports `id`, `source_id` and
        `status` of every order.

        **Parameters:**

        * **export** - the request body: the generated model or a dict of the same shape.
        """


class AsyncOrdersRawResource(Protocol):
    """`with_raw_response.orders` of an async client: each call returns its `APIResponse`."""

    async def list(
        self, *, limit: int | None = None, page: int | None = None, order: ListOrdersSort | str | None = None
    ) -> OrdersListAsyncPage:
        """
        List orders.

        One page of the project's orders. `total` counts every order in the project, so a caller can tell
        how many pages remain.

        **Parameters:**

        * **limit** - How many orders one page holds, from 1 to 100. The server uses 10 when it is left out.
        * **page** - Which page to return, counting from 1.
        * **order** - The sort key; a leading `-` sorts newest first.
        """

    async def create(self, order: OrderCreate | Mapping[str, Any]) -> APIResponse[Order]:
        """
        Create or upsert an order.

        Stores an order. When the body names an `id` or a `source_id` that already exists, that order is
        updated in place and returned (an upsert), still with status 200; otherwise a new order is created.
        Amounts left out are computed from the items.

        **Parameters:**

        * **order** - the request body: the generated model or a dict of the same shape.
        """

    async def get(self, order_id: str) -> APIResponse[Order]:
        """
        Get an order.

        Reads one order, addressed by its Voucherify id or by its source_id.

        **Parameters:**

        * **order_id** - The order's Voucherify id (`ord_...`) or the source_id it was stored with.
        """

    async def update(self, order_id: str, changes: OrderUpdate | Mapping[str, Any]) -> APIResponse[Order]:
        """
        Update an order.

        Changes an existing order, addressed by id or source_id. Only the fields in the body change;
        everything else keeps its stored value.

        **Parameters:**

        * **order_id** - The order's Voucherify id (`ord_...`) or the source_id it was stored with.
        * **changes** - the request body: the generated model or a dict of the same shape.
        """

    async def submit_import(
        self, orders: Sequence[OrderImportItem | Mapping[str, Any]]
    ) -> APIResponse[AsyncActionCreated]:
        """
        Import historical orders.

        Queues up to 2,000 historical orders for import and answers at once with the id of an async action;
        poll that action for the outcome. A project runs one import at a time, in the order they were
        queued. Imports fire no webhooks, events, distributions or earning rules, and each order's
        `created_at` is the time the import ran (keep the original date in metadata).

        **Parameters:**

        * **orders** - the request body: the generated model or a dict of the same shape.
        """

    async def create_export(self, export: OrderExportCreate | Mapping[str, Any]) -> APIResponse[Export]:
        """
        Export orders to CSV.

        Schedules a CSV export of orders. The export runs in the background; read it back with get-export
        until its status is `DONE`, then fetch `result.url`. An empty body exports `id`, `source_id` and
        `status` of every order.

        **Parameters:**

        * **export** - the request body: the generated model or a dict of the same shape.
        """
