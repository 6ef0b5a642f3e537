"""`DefaultAioHttpClient`: an `httpx.AsyncClient` that sends through aiohttp (extra `aiohttp`).

    from voucherify_orders import AsyncVoucherify, DefaultAioHttpClient

    async with DefaultAioHttpClient() as http, AsyncVoucherify(http_client=http) as client:
        order = await client.orders.get("ord_1")

The same convention as openai-python's `DefaultAioHttpClient`, on the maintained
`httpx-aiohttp` transport. Under many concurrent calls aiohttp's connection pool costs
far less CPU per request than httpx's own async pool (BENCHMARKS.md, concurrency).

This module is imported only when `DefaultAioHttpClient` is first used, so
`import voucherify_orders` never loads aiohttp.

Corrections to the transport, on every route (proxied ones too). httpx-aiohttp reports
every aiohttp connection error (a connection the server dropped after the request went
out, say) as `httpx.ConnectTimeout`, which reads as "never sent" and would let the client
retry a request that may have been applied. Here only a failure to connect says so
(`httpx.ConnectError`, or `httpx.ConnectTimeout` for a connect that timed out); anything
else is an `httpx.ReadError`: the request may have reached the server. And an error it
leaves as aiohttp's own (a malformed answer) becomes an httpx protocol or read error,
without aiohttp's copy of the sent headers.

And the short path of the client's own pools (_pool.py): `send` hands a client's call
straight to the transport when nothing `httpx.AsyncClient.send` would add applies to it.
That machinery costs about as much CPU per call as aiohttp itself (BENCHMARKS.md,
concurrency). What the short path leaves out: the pool's cookie jar and httpx's INFO log
line per request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

from ._config import DEFAULT_TIMEOUT
from ._pool import AsyncShortPath

__all__ = ["DEFAULT_AIOHTTP_LIMITS", "DefaultAioHttpClient"]

#: httpx's own defaults. aiohttp's pool uses `max_connections` (at most 100 at once) and
#: `keepalive_expiry`; it has no separate cap on idle connections kept alive.
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
        """
        httpx-aiohttp's transport, with every aiohttp error told as httpx's: a connection
        error by whether the request was sent, a malformed answer as a protocol error.
        """

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            try:
                response = await super().handle_async_request(request)
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
            except aiohttp.ClientError as exc:
                problem = _unmapped(exc)
            else:
                response.stream = _Body(response.stream, response)  # type: ignore[arg-type]
                return response
            # Raised outside the handler: aiohttp's error (its request_info holds the sent
            # headers, credentials included) must not stay reachable as the context.
            raise httpx.RemoteProtocolError(problem, request=request)

    def _unmapped(exc: aiohttp.ClientError) -> str:
        if isinstance(exc, aiohttp.ClientResponseError):  # a malformed status line or header, say
            return f"the answer could not be read: {exc.message or type(exc).__name__}"
        return f"the answer could not be read ({type(exc).__name__})"

    class _Body(httpx.AsyncByteStream):
        """A response body, aiohttp's errors told as httpx's."""

        def __init__(self, stream: httpx.AsyncByteStream, response: httpx.Response) -> None:
            self._stream = stream
            self._response = response

        async def __aiter__(self) -> AsyncIterator[bytes]:
            problem = None
            try:
                async for chunk in self._stream:
                    yield chunk
            except aiohttp.ClientError as exc:
                problem = _unmapped(exc)
            if problem is not None:
                raise httpx.ReadError(problem, request=self._response.request)

        async def aclose(self) -> None:
            await self._stream.aclose()

    class DefaultAioHttpClient(AsyncShortPath, HttpxAiohttpClient):  # type: ignore[no-redef]
        """
        An `httpx.AsyncClient` on aiohttp, with this package's defaults: 60 s timeout
        (10 s to connect), no redirects, httpx's connection limits. Keyword arguments are
        `httpx.AsyncClient`'s (`verify`, `cert`, `proxy`, `limits`, ...) and override the
        defaults; proxies from the environment apply as in httpx. Pass it as
        `AsyncVoucherify(http_client=...)`; close it yourself (`async with`, or `aclose()`).
        """

        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
            kwargs.setdefault("follow_redirects", False)
            kwargs.setdefault("limits", DEFAULT_AIOHTTP_LIMITS)
            super().__init__(**kwargs)

        # Every route, proxied or not, gets the corrected transport (httpx-aiohttp's client
        # overrides these two hooks too).
        def _init_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
            given: httpx.AsyncBaseTransport | None = kwargs.pop("transport", None)
            if given is not None:
                self._routed = True  # the caller's transport: nothing of ours to short-cut to
                return given
            transport = self._direct = _Transport(*args, **kwargs)
            return transport

        def _init_proxy_transport(
            self, proxy: httpx.Proxy, *args: Any, **kwargs: Any
        ) -> httpx.AsyncBaseTransport:
            self._routed = True  # a proxy, given or from the environment: httpx picks the route
            return _Transport(*args, **{**kwargs, "proxy": proxy})
