"""Exports: build the request, find where the CSV may be fetched, and read it as rows."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

import httpx
from voucherify_orders_client.api.orders import create_order_export
from voucherify_orders_client.models import (
    Export,
    ExportStatus,
    OrderExportCreate,
    OrderExportFilters,
    OrderExportParameters,
    OrderExportSort,
)
from voucherify_orders_client.types import UNSET

from ._auth import VoucherifyAuth
from ._config import Settings
from ._core import Call
from ._effects import WaitTimeoutError
from ._exceptions import ParameterError, VoucherifyError
from ._inputs import to_model

__all__ = ["ExportFailedError", "WaitTimeoutError", "export_call", "export_download_url", "lines_with_ends"]

_FIELD = re.compile(
    r"^(id|source_id|created_at|updated_at|status|amount|discount_amount|items_discount_amount|"
    r"total_discount_amount|total_amount|customer_id|referrer_id|metadata|metadata\..+)$"
)


class ExportFailedError(VoucherifyError):
    """The export ended with status `ERROR`; `export` holds what the server said."""

    def __init__(self, export: Export) -> None:
        super().__init__(f"export {export.id} failed (status {export.status})")
        self.export = export


def export_call(
    fields: Iterable[str] | None, order: str | None, filters: Mapping[str, Any] | None
) -> Call[Export]:
    parameters = OrderExportParameters()
    if fields is not None:
        if isinstance(fields, (str, bytes)) or not isinstance(fields, (list, tuple)):
            raise ParameterError("fields", f"expected a list of field names, got {type(fields).__name__}")
        checked = []
        for index, name in enumerate(fields):
            if not isinstance(name, str) or not _FIELD.match(name):
                raise ParameterError(
                    f"fields[{index}]",
                    f"{name!r} is not an order export field (an order field, metadata or metadata.<key>)",
                )
            checked.append(name)
        parameters.fields = checked
    if order is not None:
        sort = OrderExportSort(order) if isinstance(order, str) else None
        if sort is None or not sort.is_documented:
            allowed = ", ".join(repr(s.value) for s in OrderExportSort)
            raise ParameterError("order", f"must be one of {allowed}, got {order!r}")
        parameters.order = sort
    if filters is not None:
        parameters.filters = to_model(OrderExportFilters, filters, "filters")
    body = OrderExportCreate(parameters=parameters)
    return Call(create_order_export._get_kwargs(body=body), Export.from_dict)


def export_finished(export: Export) -> bool:
    if export.status == ExportStatus.ERROR:
        raise ExportFailedError(export)
    return export.status == ExportStatus.DONE


def export_download_url(export: Export, settings: Settings, auth: VoucherifyAuth) -> str:
    """
    Where to fetch the CSV: the result URL when it is one of the configured hosts,
    otherwise the same path and token on the configured download host.
    """
    result = export.result
    if result is None or result is UNSET or not getattr(result, "url", None):
        raise ParameterError("export", f"export {export.id} has no result URL yet (status {export.status})")
    url = httpx.URL(result.url)  # type: ignore[union-attr]
    if auth.allows(url):
        return str(url)
    return settings.download_url + url.raw_path.decode("ascii")


def lines_with_ends(chunks: Iterable[str]) -> Iterator[str]:
    """Re-split streamed text into lines that keep their newline (csv needs them for quoted newlines)."""
    pending = ""
    for chunk in chunks:
        pending += chunk
        *lines, pending = pending.split("\n")
        for line in lines:
            yield line + "\n"
    if pending:
        yield pending


async def async_lines_with_ends(chunks: AsyncIterator[str]) -> AsyncIterator[str]:
    pending = ""
    async for chunk in chunks:
        pending += chunk
        *lines, pending = pending.split("\n")
        for line in lines:
            yield line + "\n"
    if pending:
        yield pending
