"""`client.async_actions`: one method per operation of the `async_actions` tag, sync and async (generated from the spec)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from ...client import APIResponse, AsyncPage, AsyncResource, Call, SyncPage, SyncResource
from . import get_async_action as _get_async_action

if TYPE_CHECKING:
    from ...models import AsyncAction

__all__ = [
    "AsyncAsyncActionsRawResource",
    "AsyncAsyncActionsResource",
    "AsyncActionsRawResource",
    "AsyncActionsResource",
]


class AsyncActionsResource(SyncResource):
    """The `async_actions` operations."""

    def get(self, async_action_id: str) -> AsyncAction:
        """
        Get an async action.

        Reads the state, progress and (once finished) the result of a background job.

        **Parameters:**

        * **async_action_id** - The async action's id (`aa_...`).
        """

        return self._client._request(Call(_get_async_action.OPERATION, {"async_action_id": async_action_id}))


class AsyncAsyncActionsResource(AsyncResource):
    """The `async_actions` operations, async."""

    async def get(self, async_action_id: str) -> AsyncAction:
        """
        Get an async action.

        Reads the state, progress and (once finished) the result of a background job.

        **Parameters:**

        * **async_action_id** - The async action's id (`aa_...`).
        """

        return await self._client._request(Call(_get_async_action.OPERATION, {"async_action_id": async_action_id}))


class AsyncActionsRawResource(Protocol):
    """`with_raw_response.async_actions`: each call returns its `APIResponse` (a page carries its own)."""

    def get(self, async_action_id: str) -> APIResponse[AsyncAction]:
        """
        Get an async action.

        Reads the state, progress and (once finished) the result of a background job.

        **Parameters:**

        * **async_action_id** - The async action's id (`aa_...`).
        """


class AsyncAsyncActionsRawResource(Protocol):
    """`with_raw_response.async_actions` of an async client: each call returns its `APIResponse`."""

    async def get(self, async_action_id: str) -> APIResponse[AsyncAction]:
        """
        Get an async action.

        Reads the state, progress and (once finished) the result of a background job.

        **Parameters:**

        * **async_action_id** - The async action's id (`aa_...`).
        """
