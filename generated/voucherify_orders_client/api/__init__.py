"""Per tag: the generated resources (in the tag's __init__) and each operation's metadata.

`SyncResources` and `AsyncResources` give a client one attribute per tag, built on first use.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from ..client import AsyncPage, Call, SyncPage
    from .async_actions import (
        AsyncActionsRawResource,
        AsyncActionsResource,
        AsyncAsyncActionsRawResource,
        AsyncAsyncActionsResource,
    )
    from .exports import (
        AsyncExportsRawResource,
        AsyncExportsResource,
        ExportsRawResource,
        ExportsResource,
    )
    from .orders import (
        AsyncOrdersRawResource,
        AsyncOrdersResource,
        OrdersRawResource,
        OrdersResource,
    )

__all__ = ["TAGS", "AsyncRawResources", "AsyncResources", "SyncRawResources", "SyncResources"]

T = TypeVar("T")

#: Every tag of the spec: each is an attribute of a client.
TAGS = (
    "orders",
    "async_actions",
    "exports",
)


class SyncResources:
    """One attribute per tag for a sync client (which implements `_request` and `_paginate`)."""

    def _request(self, call: Call[T]) -> T:
        raise NotImplementedError

    def _paginate(self, call: Call[T]) -> SyncPage[T, Any]:
        raise NotImplementedError

    @functools.cached_property
    def orders(self) -> OrdersResource:
        from .orders import OrdersResource

        return OrdersResource(self)

    @functools.cached_property
    def async_actions(self) -> AsyncActionsResource:
        from .async_actions import AsyncActionsResource

        return AsyncActionsResource(self)

    @functools.cached_property
    def exports(self) -> ExportsResource:
        from .exports import ExportsResource

        return ExportsResource(self)


class AsyncResources:
    """One attribute per tag for an async client (which implements `_request` and `_paginate`)."""

    async def _request(self, call: Call[T]) -> T:
        raise NotImplementedError

    async def _paginate(self, call: Call[T]) -> AsyncPage[T, Any]:
        raise NotImplementedError

    @functools.cached_property
    def orders(self) -> AsyncOrdersResource:
        from .orders import AsyncOrdersResource

        return AsyncOrdersResource(self)

    @functools.cached_property
    def async_actions(self) -> AsyncAsyncActionsResource:
        from .async_actions import AsyncAsyncActionsResource

        return AsyncAsyncActionsResource(self)

    @functools.cached_property
    def exports(self) -> AsyncExportsResource:
        from .exports import AsyncExportsResource

        return AsyncExportsResource(self)


class SyncRawResources(Protocol):
    """A sync client's `with_raw_response`: one attribute per tag, each call returning its `APIResponse`."""

    @property
    def orders(self) -> OrdersRawResource: ...

    @property
    def async_actions(self) -> AsyncActionsRawResource: ...

    @property
    def exports(self) -> ExportsRawResource: ...


class AsyncRawResources(Protocol):
    """An async client's `with_raw_response`: one attribute per tag, each call returning its `APIResponse`."""

    @property
    def orders(self) -> AsyncOrdersRawResource: ...

    @property
    def async_actions(self) -> AsyncAsyncActionsRawResource: ...

    @property
    def exports(self) -> AsyncExportsRawResource: ...
