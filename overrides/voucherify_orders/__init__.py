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
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOrdersPage",
    "AsyncVoucherify",
    "AuthenticationError",
    "BadRequestError",
    "CLUSTERS",
    "ConfigurationError",
    "ConflictError",
    "DecodeError",
    "NotFoundError",
    "OrdersPage",
    "PaginationLimitError",
    "ParameterError",
    "RateLimit",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "Voucherify",
    "VoucherifyAuth",
    "VoucherifyError",
    "orders_import_result",
]


def __getattr__(name: str) -> Any:
    # Read lazily: importlib.metadata costs import time nobody needs up front.
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415

        return version("voucherify-orders")
    raise AttributeError(f"module 'voucherify_orders' has no attribute {name!r}")
