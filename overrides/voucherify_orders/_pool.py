"""The client's own connection pools: httpx's, with a short path to the transport.

`send` hands a call straight to the transport when nothing `httpx.Client.send` would add
applies to it (event hooks, redirects, proxies or mounts, auth: the client sets its two headers
itself); that machinery costs about as much CPU per call as an in-process transport
(BENCHMARKS.md). The short path leaves out the pool's cookie jar (the official SDK keeps no
cookies either) and httpx's INFO log line per request (the client logs each call itself).

The sync pool's sockets also keep the deadline of the attempt the sync driver is sending
(`attempt_deadline`): httpx bounds a sync call only read by read, so a server trickling its
headers a byte at a time could otherwise hold a call for as long as it liked.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from contextvars import ContextVar
from datetime import timedelta
from typing import Any

import httpx

__all__ = ["AsyncPool", "AsyncShortPath", "Pool", "attempt_deadline"]

#: The `time.monotonic()` reading past which the sync attempt this thread is sending gives
#: up: set by the sync driver, kept by the sockets of the pools `Pool` builds.
attempt_deadline: ContextVar[float | None] = ContextVar("attempt_deadline", default=None)


class _ShortPath:
    """When a request may skip httpx's send: mixed into an httpx client class."""

    def _short_path(self, request: httpx.Request, auth: Any, follow_redirects: Any) -> Any:
        """The transport to hand `request` to directly, or None where httpx's send has work to do."""
        client: Any = self
        if follow_redirects is httpx.USE_CLIENT_DEFAULT:
            follow_redirects = client.follow_redirects
        hooks = client.event_hooks
        if (
            any(
                mounted is not None for mounted in client._mounts.values()
            )  # a proxy or a mount: httpx routes
            or follow_redirects
            or auth is not None  # the pool's own auth, or another: httpx runs its flow
            or request.url.userinfo  # httpx would add Basic auth from the URL
            or hooks["request"]
            or hooks["response"]
            or client.is_closed
        ):
            return None
        request.extensions.setdefault("timeout", client.timeout.as_dict())
        return client._transport


class _Timed(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that sets the response's `elapsed` when closed, as httpx's send does."""

    def __init__(self, response: httpx.Response, started: float) -> None:
        self._stream: Any = response.stream
        self._response = response
        self._started = started

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)

    def __aiter__(self) -> AsyncIterator[bytes]:
        return aiter(self._stream)

    def close(self) -> None:
        self._response.elapsed = timedelta(seconds=time.perf_counter() - self._started)
        self._stream.close()

    async def aclose(self) -> None:
        self._response.elapsed = timedelta(seconds=time.perf_counter() - self._started)
        await self._stream.aclose()


def _answered(request: httpx.Request, response: httpx.Response, started: float) -> httpx.Response:
    response.request = request
    if not response.is_closed:  # one made whole in-process is never read again: the driver times it
        response.stream = _Timed(response, started)
    return response


def _within_deadline(timeout: float | None, late: str) -> float | None:
    """
    A socket wait's timeout, cut to what is left of the attempt's deadline. Past it httpcore's
    `late` timeout error (its name) is raised: a wait however short would still be granted by
    bytes already there, so a server sending without a pause could go on past the deadline.
    """
    deadline = attempt_deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        import httpcore  # noqa: PLC0415 (loaded with the transport whose sockets these are)

        raise getattr(httpcore, late)("the answer did not arrive within the timeout")
    return left if timeout is None else min(timeout, left)


#: The most a socket write of the pool's is given at once (see `_DeadlineStream.write`).
_WRITE_SLICE = 16384


# httpcore's network stream and backend, wrapped (httpcore itself loads with the first
# transport, not with this module).
class _DeadlineStream:
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _within_deadline(timeout, "ReadTimeout"))  # type: ignore[no-any-return]

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        # httpcore writes a whole request body in one call, whose socket sends each wait up to
        # the timeout it was given: a server reading slowly would hold the attempt for as long
        # as the body lasts. Written a slice at a time, each slice's waits are cut afresh.
        for start in range(0, len(buffer), _WRITE_SLICE):
            self._stream.write(
                buffer[start : start + _WRITE_SLICE], _within_deadline(timeout, "WriteTimeout")
            )

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        return _DeadlineStream(
            self._stream.start_tls(ssl_context, server_hostname, _within_deadline(timeout, "ConnectTimeout"))
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend:
    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> Any:
        timeout = _within_deadline(timeout, "ConnectTimeout")
        return _DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> Any:
        timeout = _within_deadline(timeout, "ConnectTimeout")
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _keeping_deadlines(transport: Any) -> Any:
    # httpx's transport takes no network backend: its httpcore pool's is wrapped after the
    # fact. A transport without one (another httpcore) keeps only the body's bound.
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if hasattr(backend, "connect_tcp") and not isinstance(backend, _DeadlineBackend):
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    return transport


class Pool(_ShortPath, httpx.Client):
    """`httpx.Client`, with the short path to its transport and sockets that keep deadlines."""

    def _init_transport(self, *args: Any, **kwargs: Any) -> Any:
        transport = super()._init_transport(*args, **kwargs)
        return transport if kwargs.get("transport") is not None else _keeping_deadlines(transport)

    def _init_proxy_transport(self, *args: Any, **kwargs: Any) -> Any:
        return _keeping_deadlines(super()._init_proxy_transport(*args, **kwargs))

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        transport = self._short_path(request, auth, follow_redirects)
        if transport is None:
            return super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
        started = time.perf_counter()
        try:
            response = _answered(request, transport.handle_request(request), started)
        except httpx.RequestError as exc:
            exc.request = request  # as httpx's send names it
            raise
        if not stream:
            try:
                response.read()
            except BaseException:
                response.close()
                raise
        return response


class AsyncShortPath(_ShortPath):
    """The short path for an `httpx.AsyncClient` class: mix it in before the client class."""

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        transport = self._short_path(request, auth, follow_redirects)
        if transport is None:
            return await super().send(  # type: ignore[misc,no-any-return]
                request, stream=stream, auth=auth, follow_redirects=follow_redirects
            )
        started = time.perf_counter()
        try:
            response = _answered(request, await transport.handle_async_request(request), started)
        except httpx.RequestError as exc:
            exc.request = request
            raise
        if not stream:
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        return response


class AsyncPool(AsyncShortPath, httpx.AsyncClient):
    """`httpx.AsyncClient`, with the short path to its transport."""
