"""`Voucherify` and `AsyncVoucherify`: configuration, the connection pool, resources."""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._auth import VoucherifyAuth
from ._config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ConfigurationError, Settings, resolve_settings
from ._core import CallOptions
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from voucherify_orders_client.models import AsyncAction, Export, Order, OrderUpdate

    from ._pagination import AsyncOrdersPage, OrdersPage
    from ._resources import (
        AsyncActions,
        AsyncAsyncActions,
        AsyncExports,
        AsyncOrders,
        Exports,
        OrderInput,
        Orders,
    )
    from ._response import APIResponse

__all__ = ["AsyncVoucherify", "Voucherify"]

TimeoutTypes = float | httpx.Timeout


def _timeout(value: TimeoutTypes | None) -> httpx.Timeout:
    if value is None:
        raise ConfigurationError("timeout must be finite: pass seconds or an httpx.Timeout")
    timeout = value if isinstance(value, httpx.Timeout) else httpx.Timeout(float(value))
    if None in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        raise ConfigurationError("every part of the timeout must be finite")
    return timeout


def _retries(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigurationError(f"max_retries must be a whole number >= 0, got {value!r}")
    return value


@functools.cache
def _user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 (only when a client is built)

    try:
        return f"voucherify-orders-python/{version('voucherify-orders')}"
    except PackageNotFoundError:
        return "voucherify-orders-python/unknown"


class _ClientBase:
    _options: CallOptions
    _owns_http: bool

    def _configure(
        self,
        app_id: str | None,
        secret_key: str | None,
        cluster: str | None,
        base_url: str | None,
        download_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        log_bodies: bool,
    ) -> None:
        settings = resolve_settings(app_id, secret_key, cluster, base_url, download_url)
        self._options = CallOptions(
            settings=settings,
            auth=VoucherifyAuth(
                settings.app_id, settings.secret_key, [settings.api_url, settings.download_url]
            ),
            timeout=_timeout(timeout),
            retry=RetryPolicy(max_retries=_retries(max_retries)),
            log_bodies=log_bodies,
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

    def _derive(
        self, timeout: TimeoutTypes | None, max_retries: int | None, retry_policy: RetryPolicy | None
    ) -> Self:
        clone = copy.copy(self)
        # Cached resources point at the original client; the clone builds its own.
        for name in ("orders", "async_actions", "exports", "with_raw_response"):
            clone.__dict__.pop(name, None)
        policy = retry_policy or self._options.retry
        if max_retries is not None:
            policy = RetryPolicy(
                max_retries=_retries(max_retries),
                initial_delay=policy.initial_delay,
                max_delay=policy.max_delay,
                max_retry_after=policy.max_retry_after,
            )
        clone._options = CallOptions(
            settings=self._options.settings,
            auth=self._options.auth,
            timeout=self._options.timeout if timeout is None else _timeout(timeout),
            retry=policy,
            log_bodies=self._options.log_bodies,
        )
        clone._owns_http = False  # the pool stays the original's to close
        return clone

    def __repr__(self) -> str:
        s = self._options.settings
        return f"{type(self).__name__}(api_url={s.api_url!r}, download_url={s.download_url!r})"


class Voucherify(_ClientBase):
    """
    A client of Voucherify's Orders API.

    Usage:

    ```python
    with Voucherify() as client:          # credentials from the environment
        order = client.orders.upsert({"source_id": "o-1", "amount": 1000})
        for order in client.orders.list(limit=100):
            ...
    ```

    **Parameters:**

    * **app_id**, **secret_key** - the project's credentials; default to
      `VOUCHERIFY_APP_ID` and `VOUCHERIFY_SECRET_KEY`.
    * **cluster** - `"eu"` (default), `"us1"` or `"as1"`.
    * **base_url** - instead of a cluster, any API server (a dedicated cluster, the
      emulator); defaults to `VOUCHERIFY_API_URL`.
    * **download_url** - the host serving export CSVs; follows the cluster, or
      `base_url` for other servers.
    * **timeout** - seconds, or an `httpx.Timeout`; must be finite (default 60 s,
      10 s to connect).
    * **max_retries** - how often a failed call is repeated when that is safe (default 2).
    * **http_client** - an `httpx.Client` to send through (you close it), or
    * **transport** - an httpx transport for the client's own pool (for example
      the emulator's, or `httpx.MockTransport`).
    * **log_bodies** - also log request and response bodies at debug level.
    """

    def __init__(
        self,
        app_id: str | None = None,
        secret_key: str | None = None,
        *,
        cluster: str | None = None,
        base_url: str | None = None,
        download_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        log_bodies: bool = False,
    ) -> None:
        self._configure(app_id, secret_key, cluster, base_url, download_url, timeout, max_retries, log_bodies)
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client or transport, not both")
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            transport=transport,
            timeout=self._options.timeout,
            follow_redirects=False,
            headers={"User-Agent": _user_agent()},
        )

    @functools.cached_property
    def orders(self) -> Orders:
        from ._resources import Orders  # noqa: PLC0415 (resources load on first use)

        return Orders(self)

    @functools.cached_property
    def async_actions(self) -> AsyncActions:
        from ._resources import AsyncActions  # noqa: PLC0415 (resources load on first use)

        return AsyncActions(self)

    @functools.cached_property
    def exports(self) -> Exports:
        from ._resources import Exports  # noqa: PLC0415 (resources load on first use)

        return Exports(self)

    @functools.cached_property
    def with_raw_response(self) -> RawResponses:
        """The same calls, each returning an APIResponse (status, headers, rate limit) around its model."""
        return RawResponses(self)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Voucherify:
        """A client sharing this one's connection pool, with other timeout or retry settings."""
        return self._derive(timeout, max_retries, retry_policy)

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


class AsyncVoucherify(_ClientBase):
    """The async twin of `Voucherify`; same parameters, `httpx.AsyncClient` underneath."""

    def __init__(
        self,
        app_id: str | None = None,
        secret_key: str | None = None,
        *,
        cluster: str | None = None,
        base_url: str | None = None,
        download_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        log_bodies: bool = False,
    ) -> None:
        self._configure(app_id, secret_key, cluster, base_url, download_url, timeout, max_retries, log_bodies)
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client or transport, not both")
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            transport=transport,
            timeout=self._options.timeout,
            follow_redirects=False,
            headers={"User-Agent": _user_agent()},
        )

    @functools.cached_property
    def orders(self) -> AsyncOrders:
        from ._resources import AsyncOrders  # noqa: PLC0415 (resources load on first use)

        return AsyncOrders(self)

    @functools.cached_property
    def async_actions(self) -> AsyncAsyncActions:
        from ._resources import AsyncAsyncActions  # noqa: PLC0415 (resources load on first use)

        return AsyncAsyncActions(self)

    @functools.cached_property
    def exports(self) -> AsyncExports:
        from ._resources import AsyncExports  # noqa: PLC0415 (resources load on first use)

        return AsyncExports(self)

    @functools.cached_property
    def with_raw_response(self) -> AsyncRawResponses:
        """The same calls, each returning an APIResponse around its model."""
        return AsyncRawResponses(self)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AsyncVoucherify:
        """A client sharing this one's connection pool, with other timeout or retry settings."""
        return self._derive(timeout, max_retries, retry_policy)

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in as http_client)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


# -- raw responses ---------------------------------------------------------------


class _RawOrders:
    def __init__(self, orders: Orders) -> None:
        self._orders = orders

    def create(self, order: OrderInput) -> APIResponse[Order]:
        return self._orders._create(order)

    def upsert(self, order: OrderInput) -> APIResponse[Order]:
        return self._orders._upsert(order)

    def get(self, order_id: str) -> APIResponse[Order]:
        return self._orders._get(order_id)

    def update(self, order_id: str, changes: OrderUpdate | Mapping[str, Any]) -> APIResponse[Order]:
        return self._orders._update(order_id, changes)

    def list(self, **kwargs: Any) -> OrdersPage:
        """Pages already carry their response: `page.response`."""
        return self._orders.list(**kwargs)


class _RawAsyncActions:
    def __init__(self, actions: AsyncActions) -> None:
        self._actions = actions

    def get(self, async_action_id: str) -> APIResponse[AsyncAction]:
        return self._actions._get(async_action_id)


class _RawExports:
    def __init__(self, exports: Exports) -> None:
        self._exports = exports

    def get(self, export_id: str) -> APIResponse[Export]:
        return self._exports._get(export_id)


class RawResponses:
    """`client.with_raw_response`: every call returns an APIResponse."""

    def __init__(self, client: Voucherify) -> None:
        self.orders = _RawOrders(client.orders)
        self.async_actions = _RawAsyncActions(client.async_actions)
        self.exports = _RawExports(client.exports)


class _AsyncRawOrders:
    def __init__(self, orders: AsyncOrders) -> None:
        self._orders = orders

    async def create(self, order: OrderInput) -> APIResponse[Order]:
        return await self._orders._create(order)

    async def upsert(self, order: OrderInput) -> APIResponse[Order]:
        return await self._orders._upsert(order)

    async def get(self, order_id: str) -> APIResponse[Order]:
        return await self._orders._get(order_id)

    async def update(self, order_id: str, changes: OrderUpdate | Mapping[str, Any]) -> APIResponse[Order]:
        return await self._orders._update(order_id, changes)

    async def list(self, **kwargs: Any) -> AsyncOrdersPage:
        return await self._orders.list(**kwargs)


class _AsyncRawAsyncActions:
    def __init__(self, actions: AsyncAsyncActions) -> None:
        self._actions = actions

    async def get(self, async_action_id: str) -> APIResponse[AsyncAction]:
        return await self._actions._get(async_action_id)


class _AsyncRawExports:
    def __init__(self, exports: AsyncExports) -> None:
        self._exports = exports

    async def get(self, export_id: str) -> APIResponse[Export]:
        return await self._exports._get(export_id)


class AsyncRawResponses:
    """`client.with_raw_response` of the async client."""

    def __init__(self, client: AsyncVoucherify) -> None:
        self.orders = _AsyncRawOrders(client.orders)
        self.async_actions = _AsyncRawAsyncActions(client.async_actions)
        self.exports = _AsyncRawExports(client.exports)
