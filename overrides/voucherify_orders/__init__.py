"""A typed client for Voucherify's Orders API.

from voucherify_orders import Voucherify
with Voucherify() as client:
    client.orders.upsert({"source_id": "order-1", "status": "PAID", "amount": 2500})
"""

from __future__ import annotations

from typing import Any

from ._auth import *
from ._client import *
from ._config import *
from ._exceptions import *
from ._pagination import *
from ._resources import *
from ._response import *
from ._retry import *

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
    "AsyncVoucherify",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DecodeError",
    "ExportFailedError",
    "Exports",
    "FailedOrder",
    "ImportProgress",
    "ImportReport",
    "NotFoundError",
    "OrderInput",
    "Orders",
    "OrdersPage",
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


# Workflow types load on first use: most programs never import or export in bulk.
_LAZY = {
    "ExportFailedError": "._export",
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
