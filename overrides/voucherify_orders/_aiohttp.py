"""`DefaultAioHttpClient`: an `httpx.AsyncClient` that sends through aiohttp (extra `aiohttp`).

    from voucherify_orders import AsyncVoucherify, DefaultAioHttpClient

    async with DefaultAioHttpClient() as http, AsyncVoucherify(http_client=http) as client:
        order = await client.orders.get("ord_1")

openai-python's convention, on the maintained `httpx-aiohttp` transport: under many concurrent
calls aiohttp's pool costs far less CPU per request than httpx's (BENCHMARKS.md, concurrency).
Loaded on first use, so `import voucherify_orders` never loads aiohttp. It shares the short
path of the client's own pools (_pool.py).

The transport's errors, corrected on every route (proxied ones too): httpx-aiohttp reports every
aiohttp connection error (a connection dropped after the request went out, say) as
`httpx.ConnectTimeout`, "never sent", which would let a request that may have been applied be
retried. Here only a failure to connect says so (`ConnectError`, or `ConnectTimeout`); anything
else is a `ReadError`. An error it leaves as aiohttp's own (a malformed answer) becomes an httpx
protocol or read error, without aiohttp's copy of the sent headers.
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

        def get_client(self) -> aiohttp.ClientSession:
            session = super().get_client()
            connector = session.connector
            if self.client is None and type(connector) is aiohttp.TCPConnector:  # the one it built
                connector.__class__ = _Connector
            return session

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
            except aiohttp.ClientError as exc:
                problem = _unmapped(exc)
            else:
                response.stream = _Body(response.stream)  # type: ignore[arg-type]
                return response
            # Raised outside the handler: aiohttp's error (its request_info holds the sent
            # headers, credentials included) must not stay reachable as the context.
            raise httpx.RemoteProtocolError(problem, request=request)

    class _Connector(aiohttp.TCPConnector):
        """
        aiohttp's pool, which hands out no connection on which an answer arrived while it was
        idle (a second answer to one request, sent late): aiohttp would read it as the next
        call's answer. Such a connection is closed, and the next one tried.
        """

        async def _get(self, key: Any, traces: Any) -> Any:
            while (connection := await super()._get(key, traces)) is not None:
                if connection.protocol is not None and not connection.protocol.should_close:
                    return connection
                connection.close()
            return None

    def _unmapped(exc: aiohttp.ClientError) -> str:
        if isinstance(exc, aiohttp.ClientResponseError):  # a malformed status line or header, say
            return f"the answer could not be read: {exc.message or type(exc).__name__}"
        return f"the answer could not be read ({type(exc).__name__})"

    class _Body(httpx.AsyncByteStream):
        """A response body, aiohttp's errors told as httpx's (httpx names their request as it reads)."""

        def __init__(self, stream: httpx.AsyncByteStream) -> None:
            self._stream = stream

        async def __aiter__(self) -> AsyncIterator[bytes]:
            problem = None
            try:
                async for chunk in self._stream:
                    yield chunk
            except aiohttp.ClientError as exc:
                problem = _unmapped(exc)
            if problem is not None:
                raise httpx.ReadError(problem)

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
            return _Transport(*args, **kwargs) if given is None else given

        def _init_proxy_transport(
            self, proxy: httpx.Proxy, *args: Any, **kwargs: Any
        ) -> httpx.AsyncBaseTransport:
            return _Transport(*args, **{**kwargs, "proxy": proxy})
