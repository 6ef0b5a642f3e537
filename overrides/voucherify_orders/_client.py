"""`Voucherify` and `AsyncVoucherify`: configuration, the connection pool, and one attribute per tag."""

from __future__ import annotations

import copy
import functools
from dataclasses import replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar, cast

import httpx
from voucherify_orders_client.api import (
    TAGS,
    AsyncRawResources,
    AsyncResources,
    SyncRawResources,
    SyncResources,
)

from ._auth import VoucherifyAuth
from ._config import DEFAULT_TIMEOUT, ConfigurationError, Settings, resolve_settings, resolve_timeout
from ._core import CallOptions, send
from ._effects import close_async_pool, run_async, run_sync
from ._pool import AsyncPool, Pool
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from voucherify_orders_client.client import Call

    from ._effects import Workflow
    from ._pagination import AsyncPage, Page
    from ._resources import (
        AsyncActions,
        AsyncAsyncActions,
        AsyncExports,
        AsyncOrders,
        AsyncRawOrders,
        Exports,
        Orders,
        RawOrders,
    )

__all__ = ["AsyncVoucherify", "AsyncVoucherifyWithRawResponse", "Voucherify", "VoucherifyWithRawResponse"]

T = TypeVar("T")

TimeoutTypes = float | httpx.Timeout


def _policy(policy: object, max_retries: int | None) -> RetryPolicy:
    if not isinstance(policy, RetryPolicy):
        raise ConfigurationError(f"retry_policy must be a RetryPolicy, got {type(policy).__name__}")
    return policy if max_retries is None else replace(policy, max_retries=max_retries)  # checked there


def _resource(name: str) -> Any:
    """A client attribute: the resource class `name` of _resources, built on first use."""

    def build(client: _ClientBase) -> Any:
        from . import _resources  # noqa: PLC0415 (resources load on first use)

        return getattr(_resources, name)(client)

    return functools.cached_property(build)


@functools.cache
def _user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 (only when a client is built)

    try:
        return f"voucherify-orders-python/{version('voucherify-orders')}"
    except PackageNotFoundError:
        return "voucherify-orders-python/unknown"


class VoucherifyWithRawResponse(SyncRawResources, Protocol):
    """
    `Voucherify.with_raw_response`: the client's resources, each call returning an
    `APIResponse` around its result. The conveniences that run several calls (import,
    export, wait, download) are left out: they have no one answer to show.
    """

    @property
    def orders(self) -> RawOrders: ...

    @property
    def with_raw_response(self) -> VoucherifyWithRawResponse: ...


class AsyncVoucherifyWithRawResponse(AsyncRawResources, Protocol):
    """`AsyncVoucherify.with_raw_response`: as `VoucherifyWithRawResponse`, each call awaited."""

    @property
    def orders(self) -> AsyncRawOrders: ...

    @property
    def with_raw_response(self) -> AsyncVoucherifyWithRawResponse: ...


class _ClientBase:
    """
    A client of Voucherify's Orders API.

    **Parameters:**

    * **app_id**, **secret_key** - the project's credentials; default to
      `VOUCHERIFY_APP_ID` and `VOUCHERIFY_SECRET_KEY`.
    * **cluster** - `"eu"` (default), `"us1"` or `"as1"`.
    * **base_url** - instead of a cluster, any API server (a dedicated cluster, the
      emulator); defaults to `VOUCHERIFY_API_URL`.
    * **download_url** - the host serving export CSVs; follows the cluster, or
      `base_url` for other servers.
    * **timeout** - seconds, or an `httpx.Timeout`; every part finite and above 0
      (default 60 s, 10 s to connect).
    * **max_retries** - how often a failed call is repeated when that is safe (default 2,
      or the retry policy's).
    * **retry_policy** - backoff and waits in full (a `RetryPolicy`; its `clock`
      performs the waits, so tests can pass a `testing.FakeClock`).
    * **http_client** - an `httpx.Client` (`httpx.AsyncClient` for `AsyncVoucherify`) to send
      through (you close it), or
    * **transport** - an httpx transport for the client's own pool (for example
      the emulator's, or `httpx.MockTransport`).
    * **log_bodies** - also log request and response bodies at debug level.
    * **allow_insecure_http** - allow a plain `http://` base_url or download_url to a
      host that is not loopback (the credentials then travel unencrypted).
    """

    _http: Any
    #: Calls return the APIResponse around their result (`with_raw_response`).
    _raw: bool = False
    _pool_type: type[httpx.Client] | type[httpx.AsyncClient]
    _own_pool: type[Pool] | type[AsyncPool]

    def __init__(
        self,
        app_id: str | None = None,
        secret_key: str | None = None,
        *,
        cluster: str | None = None,
        base_url: str | None = None,
        download_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        http_client: Any = None,
        transport: Any = None,
        log_bodies: bool = False,
        allow_insecure_http: bool = False,
    ) -> None:
        settings = resolve_settings(
            app_id, secret_key, cluster, base_url, download_url, allow_insecure_http=allow_insecure_http
        )
        policy = _policy(RetryPolicy() if retry_policy is None else retry_policy, max_retries)
        self._options = CallOptions(
            settings=settings,
            auth=VoucherifyAuth(
                settings.app_id, settings.secret_key, [settings.api_url, settings.download_url]
            ),
            timeout=resolve_timeout(timeout),
            retry=policy,
            log_bodies=log_bodies,
        )
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client or transport, not both")
        if http_client is not None and not isinstance(http_client, self._pool_type):
            raise ConfigurationError(f"http_client must be an httpx.{self._pool_type.__name__}")
        self._owns_http = http_client is None
        self._http = http_client or self._own_pool(
            transport=transport,
            timeout=self._options.timeout,
            follow_redirects=False,
            headers={"User-Agent": _user_agent()},
        )

    @property
    def settings(self) -> Settings:
        """The resolved hosts (credentials are not shown)."""
        return self._options.settings

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.retry.max_retries

    def _raw_view(self) -> Self:
        if self._raw:
            return self
        clone = copy.copy(self)
        clone._raw = True
        return clone

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Self:
        """A client sharing this one's connection pool, with other timeout or retry settings."""
        clone = copy.copy(self)
        policy = _policy(self._options.retry if retry_policy is None else retry_policy, max_retries)
        clone._options = replace(
            self._options,
            timeout=self._options.timeout if timeout is None else resolve_timeout(timeout),
            retry=policy,
        )
        return clone

    def __copy__(self) -> Self:
        """A client sharing this one's pool, which stays the original's to close."""
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        # Cached resources point at the original client; the clone builds its own.
        for name in (*TAGS, "with_raw_response"):
            clone.__dict__.pop(name, None)
        clone._owns_http = False
        return clone

    def __repr__(self) -> str:
        s = self._options.settings
        return f"{type(self).__name__}(api_url={s.api_url!r}, download_url={s.download_url!r})"


class Voucherify(SyncResources, _ClientBase):
    __doc__ = _ClientBase.__doc__
    _pool_type = httpx.Client
    _own_pool = Pool
    orders: Orders = _resource("Orders")
    async_actions: AsyncActions = _resource("AsyncActions")
    exports: Exports = _resource("Exports")

    @functools.cached_property
    def with_raw_response(self) -> VoucherifyWithRawResponse:
        """
        The same resources, each call returning an `APIResponse` (status, headers,
        rate limit, retries) around its result; pages carry theirs as `page.response`.
        """
        return cast("VoucherifyWithRawResponse", self._raw_view())

    def _run(self, workflow: Workflow[T]) -> T:
        return run_sync(self._http, self._options, workflow)

    def _request(self, call: Call[T]) -> T:
        response = self._run(send(call, self._options))
        return response if self._raw else response.parsed  # type: ignore[return-value]

    def _paginate(self, call: Call[T]) -> Page[T, Any]:
        from ._pagination import Page  # noqa: PLC0415

        return Page(self, call, self._run(send(call, self._options)))

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as http_client)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncVoucherify(AsyncResources, _ClientBase):
    __doc__ = "The async twin of `Voucherify`: the same parameters, `httpx.AsyncClient` underneath."
    _pool_type = httpx.AsyncClient
    _own_pool = AsyncPool
    orders: AsyncOrders = _resource("AsyncOrders")
    async_actions: AsyncAsyncActions = _resource("AsyncAsyncActions")
    exports: AsyncExports = _resource("AsyncExports")

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoucherifyWithRawResponse:
        """The same resources, each call returning an `APIResponse` around its result."""
        return cast("AsyncVoucherifyWithRawResponse", self._raw_view())

    async def _run(self, workflow: Workflow[T]) -> T:
        return await run_async(self._http, self._options, workflow)

    async def _request(self, call: Call[T]) -> T:
        response = await self._run(send(call, self._options))
        return response if self._raw else response.parsed  # type: ignore[return-value]

    async def _paginate(self, call: Call[T]) -> AsyncPage[T, Any]:
        from ._pagination import AsyncPage  # noqa: PLC0415

        return AsyncPage(self, call, await self._run(send(call, self._options)))

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in as http_client), in the event loop
        the client was used in, or once that loop has ended."""
        if self._owns_http:
            await close_async_pool(self._http)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
