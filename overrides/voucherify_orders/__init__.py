"""A typed client for Voucherify's Orders API.

from voucherify_orders import Voucherify
with Voucherify() as client:
    client.orders.upsert({"source_id": "order-1", "status": "PAID", "amount": 2500})
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what _LAZY loads on first use, as type checkers must see it
    from voucherify_orders_client.client import APIResponse, RateLimit

    from ._aiohttp import DefaultAioHttpClient
    from ._auth import VoucherifyAuth
    from ._client import *
    from ._config import *
    from ._effects import ClientClosedError, WaitTimeoutError
    from ._exceptions import *
    from ._export import DownloadError, ExportFailedError
    from ._import import CheckpointError, FailedOrder, ImportProgress, ImportReport, InputBrokeOffError
    from ._pagination import *  # its __all__ is all public, as are the other star imports
    from ._resources import (
        MAX_CHUNK,
        AsyncActions,
        AsyncAsyncActions,
        AsyncExports,
        AsyncOrders,
        Exports,
        OrderInput,
        Orders,
        orders_import_result,
    )
    from ._retry import *

__all__ = [
    "CLUSTERS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_CHUNK",
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
    "AsyncVoucherifyWithRawResponse",
    "AuthenticationError",
    "BadRequestError",
    "CheckpointError",
    "ClientClosedError",
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
    "InputBrokeOffError",
    "ListChangedError",
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
    "VoucherifyWithRawResponse",
    "WaitTimeoutError",
    "orders_import_result",
]


# Every name loads on first use. `import voucherify_orders`, which pytest does at start for
# the fixtures' plugin, costs nothing; building a client does not pay for the generated
# endpoint modules and models, nor for the bulk workflows most programs never run.
_MODULES = {
    "._aiohttp": ["DefaultAioHttpClient"],  # aiohttp loads only when it is asked for
    "._auth": ["VoucherifyAuth"],
    "._client": [
        "AsyncVoucherify",
        "AsyncVoucherifyWithRawResponse",
        "Voucherify",
        "VoucherifyWithRawResponse",
    ],
    "._config": ["CLUSTERS", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "Settings"],
    "._effects": ["ClientClosedError", "WaitTimeoutError"],
    "._exceptions": [
        "APIConnectionError",
        "APIError",
        "APIStatusError",
        "APITimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "ConfigurationError",
        "ConflictError",
        "DecodeError",
        "NotFoundError",
        "ParameterError",
        "RateLimitError",
        "ServerError",
        "VoucherifyError",
    ],
    "._export": ["DownloadError", "ExportFailedError"],
    "._import": ["CheckpointError", "FailedOrder", "ImportProgress", "ImportReport", "InputBrokeOffError"],
    "._pagination": [
        "MAX_PAGE",
        "SERVER_DEFAULT_LIMIT",
        "AsyncOrdersPage",
        "AsyncPage",
        "ListChangedError",
        "OrdersPage",
        "Page",
        "PaginationLimitError",
    ],
    "._resources": [
        "MAX_CHUNK",
        "AsyncActions",
        "AsyncAsyncActions",
        "AsyncExports",
        "AsyncOrders",
        "Exports",
        "OrderInput",
        "Orders",
        "orders_import_result",
    ],
    "voucherify_orders_client.client": ["APIResponse", "RateLimit"],  # what generated raw views name
    "._retry": ["Clock", "RetryPolicy"],
}
_LAZY = {name: module for module, names in _MODULES.items() for name in names}


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:
    __version__: str
else:  # hidden from type checkers, which would read any misspelt name through it as Any

    def __getattr__(name: str) -> Any:
        if name in _LAZY:
            import importlib  # noqa: PLC0415

            value = getattr(importlib.import_module(_LAZY[name], __name__), name)
            globals()[name] = value  # found directly from now on
            return value
        # Read lazily: importlib.metadata costs import time nobody needs up front.
        if name == "__version__":
            from importlib.metadata import version  # noqa: PLC0415

            return version("voucherify-orders")
        raise AttributeError(f"module 'voucherify_orders' has no attribute {name!r}")
