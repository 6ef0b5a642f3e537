"""`DefaultAioHttpClient`: an `httpx.AsyncClient` that sends through aiohttp (extra `aiohttp`).

    from voucherify_orders import AsyncVoucherify, DefaultAioHttpClient

    async with DefaultAioHttpClient() as http, AsyncVoucherify(http_client=http) as client:
        order = await client.orders.get("ord_1")

The same convention as openai-python's `DefaultAioHttpClient`, on the maintained
`httpx-aiohttp` transport. Under many concurrent calls aiohttp's connection pool costs
far less CPU per request than httpx's own async pool (BENCHMARKS.md, concurrency).

This module is imported only when `DefaultAioHttpClient` is first used, so
`import voucherify_orders` never loads aiohttp.

One correction to the transport: httpx-aiohttp reports every aiohttp connection error
(a connection the server dropped after the request went out, say) as
`httpx.ConnectTimeout`, which reads as "never sent" and would let the client retry a
request that may have been applied. Here only a failure to connect says so
(`httpx.ConnectError`, or `httpx.ConnectTimeout` for a connect that timed out);
anything else is an `httpx.ReadError`: the request may have reached the server.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._config import DEFAULT_TIMEOUT

__all__ = ["DEFAULT_AIOHTTP_LIMITS", "DefaultAioHttpClient"]

#: httpx's own defaults: at most 100 connections, 20 of them kept alive when idle.
DEFAULT_AIOHTTP_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

_MISSING = "DefaultAioHttpClient needs aiohttp and httpx-aiohttp: pip install 'voucherify-orders[aiohttp]'"

try:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport, HttpxAiohttpClient
except ImportError:  # the extra is not installed: fail when one is built, not on import

    class DefaultAioHttpClient(httpx.AsyncClient):
        """Needs the `aiohttp` extra (`pip install 'voucherify-orders[aiohttp]'`)."""

        def __init__(self, **kwargs: Any) -> None:
            raise RuntimeError(_MISSING)

else:

    class _Transport(AiohttpTransport):
        """httpx-aiohttp's transport, with connection errors classified by whether the request was sent."""

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            try:
                return await super().handle_async_request(request)
            except httpx.ConnectTimeout as exc:
                cause = exc.__cause__
                message = str(exc) or type(cause).__name__
                if isinstance(cause, aiohttp.ConnectionTimeoutError):
                    raise httpx.ConnectTimeout(message, request=request) from cause
                if isinstance(cause, aiohttp.ClientConnectorError):
                    raise httpx.ConnectError(message, request=request) from cause
                raise httpx.ReadError(message, request=request) from cause
            except httpx.TransportError as exc:
                try:
                    exc.request  # noqa: B018 (httpx-aiohttp raises some without their request)
                except RuntimeError:
                    exc.request = request
                raise

    class DefaultAioHttpClient(HttpxAiohttpClient):  # type: ignore[no-redef]
        """
        An `httpx.AsyncClient` on aiohttp, with this package's defaults: 60 s timeout
        (10 s to connect), no redirects, httpx's connection limits. Keyword arguments are
        `httpx.AsyncClient`'s and override the defaults. Pass it as
        `AsyncVoucherify(http_client=...)`; close it yourself (`async with`, or `aclose()`).
        """

        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
            kwargs.setdefault("follow_redirects", False)
            limits = kwargs.pop("limits", DEFAULT_AIOHTTP_LIMITS)
            if "transport" not in kwargs:
                kwargs["transport"] = _Transport(limits=limits)
            super().__init__(limits=limits, **kwargs)
