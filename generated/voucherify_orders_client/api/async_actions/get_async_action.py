from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_action import AsyncAction
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    async_action_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/async-actions/{async_action_id}".format(
            async_action_id=quote(str(async_action_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AsyncAction | Error | None:
    if response.status_code == 200:
        response_200 = AsyncAction.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Error.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AsyncAction | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    async_action_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AsyncAction | Error]:
    """Get an async action

     Reads the state, progress and (once finished) the result of a background job.

    Args:
        async_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncAction | Error]
    """

    kwargs = _get_kwargs(
        async_action_id=async_action_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    async_action_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AsyncAction | Error | None:
    """Get an async action

     Reads the state, progress and (once finished) the result of a background job.

    Args:
        async_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncAction | Error
    """

    return sync_detailed(
        async_action_id=async_action_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    async_action_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AsyncAction | Error]:
    """Get an async action

     Reads the state, progress and (once finished) the result of a background job.

    Args:
        async_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncAction | Error]
    """

    kwargs = _get_kwargs(
        async_action_id=async_action_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    async_action_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AsyncAction | Error | None:
    """Get an async action

     Reads the state, progress and (once finished) the result of a background job.

    Args:
        async_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncAction | Error
    """

    return (
        await asyncio_detailed(
            async_action_id=async_action_id,
            client=client,
        )
    ).parsed
