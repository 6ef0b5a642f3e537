"""`client.orders`, `client.async_actions` and `client.exports`, sync and async.

Each method checks its arguments, asks the generated endpoint module for the
request (method, path, body), and sends it through the client's retrying core.
Methods named `_x` return the APIResponse; the public `x` returns its model.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from voucherify_orders_client.api.async_actions import get_async_action
from voucherify_orders_client.api.exports import get_export
from voucherify_orders_client.api.orders import create_order, get_order, list_orders, update_order
from voucherify_orders_client.models import (
    AsyncAction,
    Export,
    ListOrdersSort,
    Order,
    OrderCreate,
    OrdersImportResult,
    OrdersList,
    OrderUpdate,
)
from voucherify_orders_client.types import UNSET

from ._core import Call, send_async, send_sync
from ._exceptions import ParameterError
from ._inputs import check_int, check_text, to_model
from ._pagination import MAX_PAGE, AsyncOrdersPage, OrdersPage
from ._response import APIResponse

if TYPE_CHECKING:
    from ._client import AsyncVoucherify, Voucherify

__all__ = [
    "AsyncActions",
    "AsyncAsyncActions",
    "AsyncExports",
    "AsyncOrders",
    "Exports",
    "Orders",
    "OrderInput",
    "orders_import_result",
]

T = TypeVar("T")
OrderInput = OrderCreate | Mapping[str, Any]
ORDERS_IMPORT = "ORDERS.IMPORT"


def orders_import_result(action: AsyncAction) -> OrdersImportResult | None:
    """The typed result of a finished `ORDERS.IMPORT` async action (None for other types or before it finishes)."""
    if action.type_ != ORDERS_IMPORT or not action.result:
        return None
    return OrdersImportResult.from_dict(action.result.to_dict())


# -- building calls (shared by the sync and async resources) -------------------


def _create_call(order: object, parameter: str, require_key: bool) -> Call[Order]:
    body = to_model(OrderCreate, order, parameter)
    if require_key and not (body.id or body.source_id):
        raise ParameterError(parameter, "an upsert needs `id` or `source_id` to find the order by")
    return Call(create_order._get_kwargs(body=body), Order.from_dict)


def _get_call(order_id: object) -> Call[Order]:
    return Call(get_order._get_kwargs(check_text(order_id, "order_id")), Order.from_dict)


def _update_call(order_id: object, changes: object) -> Call[Order]:
    order_id = check_text(order_id, "order_id")
    body = to_model(OrderUpdate, changes, "changes")
    return Call(update_order._get_kwargs(order_id, body=body), Order.from_dict)


def _list_call(limit: object, page: object, order: object) -> tuple[Call[OrdersList], int, int | None, ListOrdersSort | None]:
    checked_limit = None if limit is None else check_int(limit, "limit", 1, 100)
    checked_page = 1 if page is None else check_int(page, "page", 1, MAX_PAGE)
    sort: ListOrdersSort | None = None
    if order is not None:
        if not isinstance(order, str):
            raise ParameterError("order", f"expected a string, got {type(order).__name__}")
        sort = ListOrdersSort(order)
        if not sort.is_documented:
            allowed = ", ".join(repr(s.value) for s in ListOrdersSort)
            raise ParameterError("order", f"must be one of {allowed}, got {order!r}")
    kwargs = list_orders._get_kwargs(
        limit=UNSET if checked_limit is None else checked_limit,
        page=checked_page,
        order=UNSET if sort is None else sort,
    )
    return Call(kwargs, OrdersList.from_dict), checked_page, checked_limit, sort


def _async_action_call(async_action_id: object) -> Call[AsyncAction]:
    action_id = check_text(async_action_id, "async_action_id")
    return Call(get_async_action._get_kwargs(action_id), AsyncAction.from_dict)


def _export_call(export_id: object) -> Call[Export]:
    return Call(get_export._get_kwargs(check_text(export_id, "export_id")), Export.from_dict)


# -- sync ----------------------------------------------------------------------


class _SyncResource:
    def __init__(self, client: Voucherify) -> None:
        self._client = client

    def _send(self, call: Call[T]) -> APIResponse[T]:
        return send_sync(self._client._http, call, self._client._options)


class Orders(_SyncResource):
    """Orders: create, upsert, get, update and list."""

    def create(self, order: OrderInput) -> Order:
        """
        Store an order and return it with its computed amounts.

        `order` is an `OrderCreate` or a dict of the same shape. If it names an
        existing order by `id` or `source_id`, that order is updated instead.
        """
        return self._create(order).parsed

    def _create(self, order: OrderInput) -> APIResponse[Order]:
        return self._send(_create_call(order, "order", require_key=False))

    def upsert(self, order: OrderInput) -> Order:
        """Create or update the order named by its `source_id` (or `id`), which is required."""
        return self._upsert(order).parsed

    def _upsert(self, order: OrderInput) -> APIResponse[Order]:
        return self._send(_create_call(order, "order", require_key=True))

    def get(self, order_id: str) -> Order:
        """Read one order by its Voucherify id (`ord_...`) or its source_id."""
        return self._get(order_id).parsed

    def _get(self, order_id: str) -> APIResponse[Order]:
        return self._send(_get_call(order_id))

    def update(self, order_id: str, changes: OrderUpdate | Mapping[str, Any]) -> Order:
        """Change the fields in `changes` of the order with this id or source_id; others keep their values."""
        return self._update(order_id, changes).parsed

    def _update(self, order_id: str, changes: OrderUpdate | Mapping[str, Any]) -> APIResponse[Order]:
        return self._send(_update_call(order_id, changes))

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListOrdersSort | str | None = None,
    ) -> OrdersPage:
        """
        One page of orders; iterate the page to walk every order across pages.

        **Parameters:**

        * **limit** - orders per page, 1 to 100 (the server's default is 10).
        * **page** - which page, from 1 to 100.
        * **order** - `created_at`, `-created_at`, `updated_at` or `-updated_at`.
        """
        call, checked_page, checked_limit, sort = _list_call(limit, page, order)
        return OrdersPage(
            self._send(call),
            lambda next_page: self.list(limit=limit, page=next_page, order=order),
            page=checked_page,
            limit=checked_limit,
            order=sort,
        )


class AsyncActions(_SyncResource):
    """Background jobs such as imports."""

    def get(self, async_action_id: str) -> AsyncAction:
        """Read an async action: its status, progress and, once finished, its result."""
        return self._get(async_action_id).parsed

    def _get(self, async_action_id: str) -> APIResponse[AsyncAction]:
        return self._send(_async_action_call(async_action_id))


class Exports(_SyncResource):
    """CSV exports."""

    def get(self, export_id: str) -> Export:
        """Read an export: its status and, once `DONE`, where its CSV is."""
        return self._get(export_id).parsed

    def _get(self, export_id: str) -> APIResponse[Export]:
        return self._send(_export_call(export_id))


# -- async ---------------------------------------------------------------------


class _AsyncResource:
    def __init__(self, client: AsyncVoucherify) -> None:
        self._client = client

    async def _send(self, call: Call[T]) -> APIResponse[T]:
        return await send_async(self._client._http, call, self._client._options)


class AsyncOrders(_AsyncResource):
    """Orders: create, upsert, get, update and list (async)."""

    async def create(self, order: OrderInput) -> Order:
        """Store an order (an upsert when it names an existing one) and return it."""
        return (await self._create(order)).parsed

    async def _create(self, order: OrderInput) -> APIResponse[Order]:
        return await self._send(_create_call(order, "order", require_key=False))

    async def upsert(self, order: OrderInput) -> Order:
        """Create or update the order named by its `source_id` (or `id`), which is required."""
        return (await self._upsert(order)).parsed

    async def _upsert(self, order: OrderInput) -> APIResponse[Order]:
        return await self._send(_create_call(order, "order", require_key=True))

    async def get(self, order_id: str) -> Order:
        """Read one order by its Voucherify id or its source_id."""
        return (await self._get(order_id)).parsed

    async def _get(self, order_id: str) -> APIResponse[Order]:
        return await self._send(_get_call(order_id))

    async def update(self, order_id: str, changes: OrderUpdate | Mapping[str, Any]) -> Order:
        """Change the fields in `changes`; others keep their values."""
        return (await self._update(order_id, changes)).parsed

    async def _update(self, order_id: str, changes: OrderUpdate | Mapping[str, Any]) -> APIResponse[Order]:
        return await self._send(_update_call(order_id, changes))

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListOrdersSort | str | None = None,
    ) -> AsyncOrdersPage:
        """One page of orders; `async for` over the page walks every order across pages."""
        call, checked_page, checked_limit, sort = _list_call(limit, page, order)
        return AsyncOrdersPage(
            await self._send(call),
            lambda next_page: self.list(limit=limit, page=next_page, order=order),
            page=checked_page,
            limit=checked_limit,
            order=sort,
        )


class AsyncAsyncActions(_AsyncResource):
    """Background jobs such as imports (async)."""

    async def get(self, async_action_id: str) -> AsyncAction:
        """Read an async action."""
        return (await self._get(async_action_id)).parsed

    async def _get(self, async_action_id: str) -> APIResponse[AsyncAction]:
        return await self._send(_async_action_call(async_action_id))


class AsyncExports(_AsyncResource):
    """CSV exports (async)."""

    async def get(self, export_id: str) -> Export:
        """Read an export."""
        return (await self._get(export_id)).parsed

    async def _get(self, export_id: str) -> APIResponse[Export]:
        return await self._send(_export_call(export_id))
