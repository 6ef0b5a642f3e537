"""`client.exports`: one method per operation of the `exports` tag, sync and async (generated from the spec)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from ...client import APIResponse, AsyncPage, AsyncResource, Call, SyncPage, SyncResource
from . import download_export as _download_export
from . import get_export as _get_export

if TYPE_CHECKING:
    from ...models import Export

__all__ = ["AsyncExportsRawResource", "AsyncExportsResource", "ExportsRawResource", "ExportsResource"]


class ExportsResource(SyncResource):
    """The `exports` operations."""

    def get(self, export_id: str) -> Export:
        """
        Get an export.

        Reads an export's status and, once it is `DONE`, the URL of its CSV.

        **Parameters:**

        * **export_id** - The export's id (`exp_...`).
        """

        return self._client._request(Call(_get_export.OPERATION, {"export_id": export_id}))


class AsyncExportsResource(AsyncResource):
    """The `exports` operations, async."""

    async def get(self, export_id: str) -> Export:
        """
        Get an export.

        Reads an export's status and, once it is `DONE`, the URL of its CSV.

        **Parameters:**

        * **export_id** - The export's id (`exp_...`).
        """

        return await self._client._request(Call(_get_export.OPERATION, {"export_id": export_id}))


class ExportsRawResource(Protocol):
    """`with_raw_response.exports`: each call returns its `APIResponse` (a page carries its own)."""

    def get(self, export_id: str) -> APIResponse[Export]:
        """
        Get an export.

        Reads an export's status and, once it is `DONE`, the URL of its CSV.

        **Parameters:**

        * **export_id** - The export's id (`exp_...`).
        """


class AsyncExportsRawResource(Protocol):
    """`with_raw_response.exports` of an async client: each call returns its `APIResponse`."""

    async def get(self, export_id: str) -> APIResponse[Export]:
        """
        Get an export.

        Reads an export's status and, once it is `DONE`, the URL of its CSV.

        **Parameters:**

        * **export_id** - The export's id (`exp_...`).
        """
