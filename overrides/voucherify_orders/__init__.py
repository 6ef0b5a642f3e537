"""A typed client for Voucherify's Orders API.

from voucherify_orders import Voucherify
with Voucherify() as client:
    client.orders.upsert({"source_id": "order-1", "status": "PAID", "amount": 2500})
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._auth import *
from ._client import *
from ._config import *
from ._exceptions import *
from ._response import *
from ._retry import *

if TYPE_CHECKING:  # what _LAZY loads on first use, as type checkers must see it
    from ._aiohttp import DefaultAioHttpClient
    from ._effects import WaitTimeoutError
    from ._export import DownloadError, ExportFailedError
    from ._import import CheckpointError, FailedOrder, ImportProgress, ImportReport
    from ._pagination import (
        MAX_PAGE,
        SERVER_DEFAULT_LIMIT,
        AsyncOrdersPage,
        AsyncPage,
        OrdersPage,
        Page,
        PaginationLimitError,
    )
    from ._resources import (
        AsyncActions,
        AsyncAsyncActions,
        AsyncExports,
        AsyncOrders,
        Exports,
        OrderInput,
        Orders,
        orders_import_result,
    )

__all__ = [
    "CLUSTERS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_PAGE",
    "SERVER_DEFAULT_LIMIT",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncActions",
    "AsyncAsyncActions",
    "AsyncExports",
    "AsyncOrders",
    "AsyncOrdersPage",
    "AsyncPage",
    "AsyncVoucherify",
    "AuthenticationError",
    "BadRequestError",
    "CheckpointError",
    "Clock",
    "ConfigurationError",
    "ConflictError",
    "DecodeError",
    "DefaultAioHttpClient",
    "DownloadError",
    "ExportFailedError",
    "Exports",
    "FailedOrder",
    "ImportProgress",
    "ImportReport",
    "NotFoundError",
    "OrderInput",
    "Orders",
    "OrdersPage",
    "Page",
    "PaginationLimitError",
    "ParameterError",
    "RateLimit",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "Settings",
    "Voucherify",
    "VoucherifyAuth",
    "VoucherifyError",
    "WaitTimeoutError",
    "orders_import_result",
]


# These load on first use: building a client should not pay for the generated
# endpoint modules and models, nor for bulk workflows most programs never run.
_LAZY = {
    "AsyncActions": "._resources",
    "AsyncAsyncActions": "._resources",
    "AsyncExports": "._resources",
    "AsyncOrders": "._resources",
    "AsyncOrdersPage": "._pagination",
    "AsyncPage": "._pagination",
    "DefaultAioHttpClient": "._aiohttp",  # aiohttp loads only when it is asked for
    "Page": "._pagination",
    "DownloadError": "._export",
    "Exports": "._resources",
    "MAX_PAGE": "._pagination",
    "OrderInput": "._resources",
    "Orders": "._resources",
    "OrdersPage": "._pagination",
    "PaginationLimitError": "._pagination",
    "SERVER_DEFAULT_LIMIT": "._pagination",
    "orders_import_result": "._resources",
    "ExportFailedError": "._export",
    "CheckpointError": "._import",
    "FailedOrder": "._import",
    "ImportProgress": "._import",
    "ImportReport": "._import",
    "WaitTimeoutError": "._effects",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    # Read lazily: importlib.metadata costs import time nobody needs up front.
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415

        return version("voucherify-orders")
    raise AttributeError(f"module 'voucherify_orders' has no attribute {name!r}")
