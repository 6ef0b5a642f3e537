"""`client.orders`, `client.async_actions` and `client.exports`: the generated resources, plus conveniences.

Every operation of the spec comes from the generated classes (`voucherify_orders_client.api`);
what is added here is what no spec can say: upsert, bulk import, export and its CSV,
and waiting on background jobs. Each convenience is one workflow (see _effects.py)
that the sync and async resources run with their own client.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Protocol

import httpx
from voucherify_orders_client.api.async_actions import (
    AsyncActionsResource,
    AsyncAsyncActionsResource,
    get_async_action,
)
from voucherify_orders_client.api.exports import AsyncExportsResource, ExportsResource
from voucherify_orders_client.api.orders import (
    AsyncOrdersRawResource,
    AsyncOrdersResource,
    OrdersRawResource,
    OrdersResource,
    create_order,
    import_orders,
)
from voucherify_orders_client.client import APIResponse, Call
from voucherify_orders_client.models import (
    AsyncAction,
    AsyncActionStatus,
    Export,
    Order,
    OrderCreate,
    OrdersImportResult,
)

from ._core import CallOptions, send
from ._effects import Workflow, forget_transport_locals, wait_until
from ._exceptions import ParameterError
from ._export import CsvRows, download_error, download_workflow, export_body, open_csv, wait_for_export

if TYPE_CHECKING:
    from ._client import AsyncVoucherify, Voucherify
    from ._import import ImportProgress, ImportReport
    from ._order_source import OrderSource

__all__ = [
    "MAX_CHUNK",
    "AsyncActions",
    "AsyncAsyncActions",
    "AsyncExports",
    "AsyncOrders",
    "AsyncRawOrders",
    "Exports",
    "OrderInput",
    "Orders",
    "RawOrders",
    "orders_import_result",
    "wait_for_action",
]

#: The API takes at most this many orders per import call (the spec's maxItems of its body).
MAX_CHUNK: int = (import_orders.OPERATION.body_schema or {})["maxItems"]

OrderInput = OrderCreate | Mapping[str, Any]
ORDERS_IMPORT = "ORDERS.IMPORT"


def orders_import_result(action: AsyncAction) -> OrdersImportResult | None:
    """The typed result of a finished `ORDERS.IMPORT` async action (None for other types, or unfinished)."""
    if action.type_ != ORDERS_IMPORT or not action.result:
        return None
    return OrdersImportResult.from_dict(action.result.to_dict())


def wait_for_action(async_action_id: str, timeout: float, options: CallOptions) -> Workflow[AsyncAction]:
    """Poll an async action until it is `DONE` or `FAILED` (WaitTimeoutError after `timeout` seconds)."""
    call = Call(get_async_action.OPERATION, {"async_action_id": async_action_id})

    def poll() -> Workflow[AsyncAction]:
        return (yield from send(call, options)).parsed

    return (
        yield from wait_until(poll, _action_finished, what=f"async action {async_action_id}", timeout=timeout)
    )


def _action_finished(action: AsyncAction) -> bool:
    return action.status in (AsyncActionStatus.DONE, AsyncActionStatus.FAILED)


def _keyed(order: OrderInput) -> OrderInput:
    # The keys that find an order are the ones the spec makes a create safe to repeat by.
    data = order.to_dict() if isinstance(order, OrderCreate) else order
    if not isinstance(data, Mapping) or not create_order.OPERATION.safe_to_repeat(data):
        keys = " or ".join(f"`{key}`" for key in create_order.OPERATION.retry_safe_when_keyed_by)
        raise ParameterError("order", f"an upsert needs {keys} to find the order by")
    return order


def _import(orders: OrderSource, options: CallOptions, *arguments: Any) -> Workflow[ImportReport]:
    from ._import import import_workflow  # noqa: PLC0415 (bulk imports load on first use)

    chunk_size, checkpoint, on_progress, wait_timeout = arguments
    return import_workflow(
        orders,
        options,
        chunk_size=chunk_size,
        checkpoint=checkpoint,
        on_progress=on_progress,
        wait_timeout=wait_timeout,
    )


@contextlib.contextmanager
def _rows(response: httpx.Response) -> Iterator[CsvRows]:
    """The parser of an open CSV's rows; an error reading it becomes the library's, with no secret in it."""
    rows = CsvRows()
    try:
        yield rows
    except httpx.HTTPError as exc:  # a dropped connection, a body that cannot be decoded
        # download_error clears httpx's frames too: they hold the response, so the request as sent.
        kept = f"{rows.rows} rows were yielded before the break" if rows.rows else "no row was yielded"
        raise download_error(exc, rows.received, response.request, kept) from exc
    except BaseException as exc:  # a Ctrl-C, a cancellation, a break: the caller's, with no secret in it
        forget_transport_locals(exc)
        raise


class RawOrders(OrdersRawResource, Protocol):
    """`with_raw_response.orders`: the spec's operations and `upsert`, each returning its `APIResponse`."""

    def upsert(self, order: OrderInput) -> APIResponse[Order]: ...


class AsyncRawOrders(AsyncOrdersRawResource, Protocol):
    """`with_raw_response.orders` of an async client."""

    async def upsert(self, order: OrderInput) -> APIResponse[Order]: ...


# The conveniences below each run one workflow; their docstrings are on the sync side.


class Orders(OrdersResource):
    """Orders: every operation of the spec, plus upsert, bulk import and export."""

    _client: Voucherify

    def upsert(self, order: OrderInput) -> Order:
        """Create or update the order named by its `source_id` (or `id`), which is required."""
        return self.create(_keyed(order))

    def import_orders(
        self,
        orders: OrderSource,
        *,
        chunk_size: int = MAX_CHUNK,
        checkpoint: str | os.PathLike[str] | None = None,
        on_progress: Callable[[ImportProgress], None] | None = None,
        wait_timeout: float = 3600.0,
    ) -> ImportReport:
        """
        Import any number of historical orders and account for every one.

        **Parameters:**

        * **orders** - an iterable of dicts or `OrderImportItem`s, or the path of a
          JSON-array or NDJSON file (`"-"` for standard input). Read as a stream.
        * **chunk_size** - orders per import call, 1 to `MAX_CHUNK` (2,000, the API's most).
        * **checkpoint** - a file recording accepted chunks; run again with the same
          file (and chunk size) to resume an interrupted import without resending them.
        * **on_progress** - called with an `ImportProgress` as orders are read,
          submitted and processed.
        * **wait_timeout** - how long to wait for one chunk's async action.

        Returns an `ImportReport`: how many were imported and, for each order that
        was not, its input position, source_id, reason and outcome.
        """
        return self._client._run(
            _import(orders, self._client._options, chunk_size, checkpoint, on_progress, wait_timeout)
        )

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
        return self.create_export(export_body(fields, order, filters))


class AsyncOrders(AsyncOrdersResource):
    """Orders (async): every operation of the spec, plus upsert, bulk import and export."""

    _client: AsyncVoucherify

    async def upsert(self, order: OrderInput) -> Order:
        """Create or update the order named by its `source_id` (or `id`), which is required."""
        return await self.create(_keyed(order))

    async def import_orders(
        self,
        orders: OrderSource,
        *,
        chunk_size: int = MAX_CHUNK,
        checkpoint: str | os.PathLike[str] | None = None,
        on_progress: Callable[[ImportProgress], None] | None = None,
        wait_timeout: float = 3600.0,
    ) -> ImportReport:
        """Import any number of historical orders and account for every one (see `Orders.import_orders`)."""
        return await self._client._run(
            _import(orders, self._client._options, chunk_size, checkpoint, on_progress, wait_timeout)
        )

    async def export(
        self,
        *,
        fields: Iterable[str] | None = None,
        order: str | None = None,
        filters: Mapping[str, Any] | None = None,
    ) -> Export:
        """Schedule a CSV export of orders (see `Orders.export`)."""
        return await self.create_export(export_body(fields, order, filters))


class AsyncActions(AsyncActionsResource):
    """Background jobs such as imports."""

    _client: Voucherify

    def wait(self, async_action_id: str, *, timeout: float = 600.0) -> AsyncAction:
        """Poll until the action is `DONE` or `FAILED` (raises WaitTimeoutError after `timeout` seconds)."""
        return self._client._run(wait_for_action(async_action_id, timeout, self._client._options))


class AsyncAsyncActions(AsyncAsyncActionsResource):
    """Background jobs such as imports (async)."""

    _client: AsyncVoucherify

    async def wait(self, async_action_id: str, *, timeout: float = 600.0) -> AsyncAction:
        """Poll until the action is `DONE` or `FAILED` (raises WaitTimeoutError after `timeout` seconds)."""
        return await self._client._run(wait_for_action(async_action_id, timeout, self._client._options))


class Exports(ExportsResource):
    """CSV exports: read, wait for, download, or read as rows."""

    _client: Voucherify

    def wait(self, export: Export | str, *, timeout: float = 600.0) -> Export:
        """Poll until the export is `DONE` (ExportFailedError on `ERROR`, WaitTimeoutError on timeout)."""
        return self._client._run(wait_for_export(export, timeout, self._client._options))

    def download(
        self, export: Export | str, to: str | os.PathLike[str] | IO[bytes], *, wait_timeout: float = 600.0
    ) -> int:
        """
        Stream a finished export's CSV to a path or a binary file, without holding it in
        memory; waits for the export first if needed, up to `wait_timeout` seconds. A path
        is replaced only once the whole CSV arrived. Returns the number of bytes written.
        """
        return self._client._run(download_workflow(export, to, wait_timeout, self._client._options))

    def iter_rows(self, export: Export | str, *, wait_timeout: float = 600.0) -> Iterator[dict[str, str]]:
        """
        Yield a finished export's CSV rows as dicts keyed by the header (streamed); waits for
        the export first if needed, up to `wait_timeout` seconds.
        """
        response = self._client._run(open_csv(export, wait_timeout, self._client._options))
        try:
            with _rows(response) as rows:
                for chunk in response.iter_bytes():
                    yield from rows.feed(chunk)
                yield from rows.close()
        finally:
            response.close()


class AsyncExports(AsyncExportsResource):
    """CSV exports (async)."""

    _client: AsyncVoucherify

    async def wait(self, export: Export | str, *, timeout: float = 600.0) -> Export:
        """Poll until the export is `DONE` (ExportFailedError on `ERROR`, WaitTimeoutError on timeout)."""
        return await self._client._run(wait_for_export(export, timeout, self._client._options))

    async def download(
        self, export: Export | str, to: str | os.PathLike[str] | IO[bytes], *, wait_timeout: float = 600.0
    ) -> int:
        """Stream a finished export's CSV to a path or a binary file (see `Exports.download`)."""
        return await self._client._run(download_workflow(export, to, wait_timeout, self._client._options))

    async def iter_rows(
        self, export: Export | str, *, wait_timeout: float = 600.0
    ) -> AsyncIterator[dict[str, str]]:
        """Yield a finished export's CSV rows as dicts keyed by the header (see `Exports.iter_rows`)."""
        response = await self._client._run(open_csv(export, wait_timeout, self._client._options))
        try:
            with _rows(response) as rows:
                async for chunk in response.aiter_bytes():
                    for row in rows.feed(chunk):
                        yield row
                for row in rows.close():
                    yield row
        finally:
            await response.aclose()
