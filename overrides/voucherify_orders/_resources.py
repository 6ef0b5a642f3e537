"""`client.orders`, `client.async_actions` and `client.exports`, sync and async.

Each method checks its arguments, asks the generated endpoint module for the
request (method, path, body), and sends it through the client's retrying core.
Methods named `_x` return the APIResponse; the public `x` returns its model.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import httpx
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

from ._core import Call, send_async, send_sync, stream_async, stream_sync
from ._exceptions import ParameterError
from ._inputs import check_int, check_text, to_model
from ._pagination import MAX_PAGE, AsyncOrdersPage, OrdersPage
from ._response import APIResponse

if TYPE_CHECKING:
    from ._client import AsyncVoucherify, Voucherify
    from ._import import ImportProgress, ImportReport
    from ._order_source import OrderSource

__all__ = [
    "AsyncActions",
    "AsyncAsyncActions",
    "AsyncExports",
    "AsyncOrders",
    "Exports",
    "OrderInput",
    "Orders",
    "orders_import_result",
]

T = TypeVar("T")
OrderInput = OrderCreate | Mapping[str, Any]
ORDERS_IMPORT = "ORDERS.IMPORT"


def orders_import_result(action: AsyncAction) -> OrdersImportResult | None:
    """The typed result of a finished `ORDERS.IMPORT` async action (None for other types, or unfinished)."""
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


def _list_call(
    limit: object, page: object, order: object
) -> tuple[Call[OrdersList], int, int | None, ListOrdersSort | None]:
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


def _action_finished(action: AsyncAction) -> bool:
    return action.status in ("DONE", "FAILED")


def _copy(blocks: Iterable[bytes], handle: IO[bytes]) -> int:
    written = 0
    for block in blocks:
        handle.write(block)
        written += len(block)
    return written


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

    def import_orders(
        self,
        orders: OrderSource,
        *,
        chunk_size: int = 2000,
        checkpoint: str | os.PathLike[str] | None = None,
        on_progress: Callable[[ImportProgress], None] | None = None,
        wait_timeout: float = 3600.0,
    ) -> ImportReport:
        """
        Import any number of historical orders and account for every one.

        **Parameters:**

        * **orders** - an iterable of dicts or `OrderImportItem`s, or the path of a
          JSON-array or NDJSON file (`"-"` for standard input). Read as a stream.
        * **chunk_size** - orders per import call, 1 to 2,000.
        * **checkpoint** - a file recording accepted chunks; run again with the same
          file (and chunk size) to resume an interrupted import without resending them.
        * **on_progress** - called with an `ImportProgress` as orders are read,
          submitted and processed.
        * **wait_timeout** - how long to wait for one chunk's async action.

        Returns an `ImportReport`: how many were imported and, for each order that
        was not, its input position, source_id, reason and outcome.
        """
        from ._effects import run_sync  # noqa: PLC0415
        from ._import import import_workflow  # noqa: PLC0415

        workflow = import_workflow(
            orders,
            chunk_size=chunk_size,
            checkpoint=checkpoint,
            on_progress=on_progress,
            wait_timeout=wait_timeout,
        )
        return run_sync(self._client, workflow)

    def export(
        self,
        *,
        fields: Iterable[str] | None = None,
        order: str | None = None,
        filters: Mapping[str, Any] | None = None,
    ) -> Export:
        """
        Schedule a CSV export of orders; `client.exports.wait()` then `download()` or `iter_rows()`.

        **Parameters:**

        * **fields** - columns: order fields, `metadata`, or `metadata.<key>` (the
          server's default is `id`, `source_id`, `status`).
        * **order** - sort: `[-]created_at`, `[-]updated_at` or `[-]status`.
        * **filters** - `{"junction": "and", "status": {"conditions": {"$in": ["PAID"]}}}` and so on.
        """
        from ._export import export_call  # noqa: PLC0415

        return self._send(export_call(fields, order, filters)).parsed


class AsyncActions(_SyncResource):
    """Background jobs such as imports."""

    def wait(self, async_action_id: str, *, timeout: float = 600.0) -> AsyncAction:
        """Poll until the action is `DONE` or `FAILED` (raises WaitTimeoutError after `timeout` seconds)."""
        from ._effects import run_sync, wait_until  # noqa: PLC0415

        call = _async_action_call(async_action_id)
        return run_sync(
            self._client,
            wait_until(call, _action_finished, what=f"async action {async_action_id}", timeout=timeout),
        )

    def get(self, async_action_id: str) -> AsyncAction:
        """Read an async action: its status, progress and, once finished, its result."""
        return self._get(async_action_id).parsed

    def _get(self, async_action_id: str) -> APIResponse[AsyncAction]:
        return self._send(_async_action_call(async_action_id))


class Exports(_SyncResource):
    """CSV exports."""

    def wait(self, export: Export | str, *, timeout: float = 600.0) -> Export:
        """Poll until the export is `DONE` (ExportFailedError on `ERROR`, WaitTimeoutError on timeout)."""
        from ._effects import run_sync, wait_until  # noqa: PLC0415
        from ._export import export_finished  # noqa: PLC0415

        export_id = export.id if isinstance(export, Export) else export
        return run_sync(
            self._client,
            wait_until(_export_call(export_id), export_finished, what=f"export {export_id}", timeout=timeout),
        )

    def download(self, export: Export | str, to: str | os.PathLike[str] | IO[bytes]) -> int:
        """
        Stream a finished export's CSV to a path or a binary file, without holding it in
        memory; waits for the export first if needed. Returns the number of bytes written.
        """
        with self._stream(export) as response:
            if isinstance(to, (str, os.PathLike)):
                with Path(to).open("wb") as handle:
                    return _copy(response.iter_bytes(), handle)
            return _copy(response.iter_bytes(), to)

    def iter_rows(self, export: Export | str) -> Iterator[dict[str, str]]:
        """Yield a finished export's CSV rows as dicts keyed by the header (streamed)."""
        from ._export import lines_with_ends  # noqa: PLC0415

        with self._stream(export) as response:
            yield from csv.DictReader(lines_with_ends(response.iter_text()))

    def _stream(self, export: Export | str) -> contextlib.AbstractContextManager[httpx.Response]:
        from ._export import export_download_url  # noqa: PLC0415

        ready = export if isinstance(export, Export) and export.status == "DONE" else self.wait(export)
        options = self._client._options
        url = export_download_url(ready, options.settings, options.auth)
        return stream_sync(self._client._http, url, options)

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

    async def import_orders(
        self,
        orders: OrderSource,
        *,
        chunk_size: int = 2000,
        checkpoint: str | os.PathLike[str] | None = None,
        on_progress: Callable[[ImportProgress], None] | None = None,
        wait_timeout: float = 3600.0,
    ) -> ImportReport:
        """The async twin of `Orders.import_orders` (same parameters and report)."""
        from ._effects import run_async  # noqa: PLC0415
        from ._import import import_workflow  # noqa: PLC0415

        workflow = import_workflow(
            orders,
            chunk_size=chunk_size,
            checkpoint=checkpoint,
            on_progress=on_progress,
            wait_timeout=wait_timeout,
        )
        return await run_async(self._client, workflow)

    async def export(
        self,
        *,
        fields: Iterable[str] | None = None,
        order: str | None = None,
        filters: Mapping[str, Any] | None = None,
    ) -> Export:
        """Schedule a CSV export of orders (see `Orders.export`)."""
        from ._export import export_call  # noqa: PLC0415

        return (await self._send(export_call(fields, order, filters))).parsed


class AsyncAsyncActions(_AsyncResource):
    """Background jobs such as imports (async)."""

    async def wait(self, async_action_id: str, *, timeout: float = 600.0) -> AsyncAction:
        """Poll until the action is `DONE` or `FAILED` (raises WaitTimeoutError after `timeout` seconds)."""
        from ._effects import run_async, wait_until  # noqa: PLC0415

        call = _async_action_call(async_action_id)
        return await run_async(
            self._client,
            wait_until(call, _action_finished, what=f"async action {async_action_id}", timeout=timeout),
        )

    async def get(self, async_action_id: str) -> AsyncAction:
        """Read an async action."""
        return (await self._get(async_action_id)).parsed

    async def _get(self, async_action_id: str) -> APIResponse[AsyncAction]:
        return await self._send(_async_action_call(async_action_id))


class AsyncExports(_AsyncResource):
    """CSV exports (async)."""

    async def wait(self, export: Export | str, *, timeout: float = 600.0) -> Export:
        """Poll until the export is `DONE` (ExportFailedError on `ERROR`, WaitTimeoutError on timeout)."""
        from ._effects import run_async, wait_until  # noqa: PLC0415
        from ._export import export_finished  # noqa: PLC0415

        export_id = export.id if isinstance(export, Export) else export
        return await run_async(
            self._client,
            wait_until(_export_call(export_id), export_finished, what=f"export {export_id}", timeout=timeout),
        )

    async def download(self, export: Export | str, to: str | os.PathLike[str] | IO[bytes]) -> int:
        """Stream a finished export's CSV to a path or a binary file; returns the bytes written."""
        url = await self._download_url(export)
        options = self._client._options
        written = 0
        async with stream_async(self._client._http, url, options) as response:
            with contextlib.ExitStack() as stack:
                handle = (
                    stack.enter_context(Path(to).open("wb")) if isinstance(to, (str, os.PathLike)) else to
                )
                async for block in response.aiter_bytes():
                    handle.write(block)
                    written += len(block)
        return written

    async def iter_rows(self, export: Export | str) -> AsyncIterator[dict[str, str]]:
        """Yield a finished export's CSV rows as dicts (streamed)."""
        from ._export import async_lines_with_ends  # noqa: PLC0415

        url = await self._download_url(export)
        options = self._client._options
        async with stream_async(self._client._http, url, options) as response:
            header: list[str] | None = None
            record = ""
            async for line in async_lines_with_ends(response.aiter_text()):
                record += line
                if record.count('"') % 2:
                    continue  # a quoted field goes on over the next line
                (row,) = list(csv.reader([record])) or [[]]
                record = ""
                if header is None:
                    header = row
                elif row:
                    yield dict(zip(header, row, strict=False))

    async def _download_url(self, export: Export | str) -> str:
        from ._export import export_download_url  # noqa: PLC0415

        ready = export if isinstance(export, Export) and export.status == "DONE" else await self.wait(export)
        options = self._client._options
        return export_download_url(ready, options.settings, options.auth)

    async def get(self, export_id: str) -> Export:
        """Read an export."""
        return (await self._get(export_id)).parsed

    async def _get(self, export_id: str) -> APIResponse[Export]:
        return await self._send(_export_call(export_id))
