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

And one short cut: `send` hands a client's call straight to the transport when nothing
`httpx.AsyncClient.send` would add applies to it (no event hooks, redirects, proxies,
mounts, or auth: the client sets its two headers itself). That machinery costs about as much
CPU per call as aiohttp itself (BENCHMARKS.md, concurrency); anything else goes through it.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any
from urllib.request import getproxies

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

    class _Timed(httpx.AsyncByteStream):
        """A response body that sets the response's `elapsed` when closed, as httpx's client does."""

        def __init__(self, stream: httpx.AsyncByteStream, response: httpx.Response, started: float) -> None:
            self._stream = stream
            self._response = response
            self._started = started

        async def __aiter__(self) -> Any:
            async for chunk in self._stream:
                yield chunk

        async def aclose(self) -> None:
            self._response.elapsed = timedelta(seconds=time.perf_counter() - self._started)
            await self._stream.aclose()

    # Settings under which httpx.AsyncClient.send would do more than call the transport.
    _ROUTED = {"transport", "mounts", "proxy", "auth", "event_hooks"}

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
            # Proxies from the environment become mounts inside httpx: those calls take its route.
            direct = not (_ROUTED & kwargs.keys()) and not (kwargs.get("trust_env", True) and getproxies())
            self._direct = _Transport(limits=limits) if direct else None
            kwargs.setdefault("transport", self._direct or _Transport(limits=limits))
            super().__init__(limits=limits, **kwargs)

        async def send(
            self,
            request: httpx.Request,
            *,
            stream: bool = False,
            auth: Any = httpx.USE_CLIENT_DEFAULT,
            follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
        ) -> httpx.Response:
            if follow_redirects is httpx.USE_CLIENT_DEFAULT:
                follow_redirects = self.follow_redirects
            hooks = self.event_hooks
            if (
                self._direct is None
                or follow_redirects
                or auth is not None  # the client's own auth, or another: httpx runs its flow
                or request.url.userinfo  # httpx would add Basic auth from the URL
                or hooks["request"]
                or hooks["response"]
                or self.is_closed
            ):
                return await super().send(
                    request, stream=stream, auth=auth, follow_redirects=follow_redirects
                )
            request.extensions.setdefault("timeout", self.timeout.as_dict())
            started = time.perf_counter()
            response = await self._direct.handle_async_request(request)
            response.request = request
            response.stream = _Timed(response.stream, response, started)  # type: ignore[arg-type]
            if not stream:
                try:
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
            return response
