from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_action_created import AsyncActionCreated
from ...models.error import Error
from ...models.order_import_item import OrderImportItem
from ...types import Response


def _get_kwargs(
    *,
    body: list[OrderImportItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/orders/import",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncActionCreated | Error | None:
    if response.status_code == 200:
        response_200 = AsyncActionCreated.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AsyncActionCreated | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[OrderImportItem],
) -> Response[AsyncActionCreated | Error]:
    """Import historical orders

     Queues up to 2,000 historical orders for import and answers at once with the id of an async action;
    poll that action for the outcome. A project runs one import at a time, in the order they were
    queued. Imports fire no webhooks, events, distributions or earning rules, and each order's
    `created_at` is the time the import ran (keep the original date in metadata).

    Args:
        body (list[OrderImportItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncActionCreated | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[OrderImportItem],
) -> AsyncActionCreated | Error | None:
    """Import historical orders

     Queues up to 2,000 historical orders for import and answers at once with the id of an async action;
    poll that action for the outcome. A project runs one import at a time, in the order they were
    queued. Imports fire no webhooks, events, distributions or earning rules, and each order's
    `created_at` is the time the import ran (keep the original date in metadata).

    Args:
        body (list[OrderImportItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncActionCreated | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[OrderImportItem],
) -> Response[AsyncActionCreated | Error]:
    """Import historical orders

     Queues up to 2,000 historical orders for import and answers at once with the id of an async action;
    poll that action for the outcome. A project runs one import at a time, in the order they were
    queued. Imports fire no webhooks, events, distributions or earning rules, and each order's
    `created_at` is the time the import ran (keep the original date in metadata).

    Args:
        body (list[OrderImportItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncActionCreated | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[OrderImportItem],
) -> AsyncActionCreated | Error | None:
    """Import historical orders

     Queues up to 2,000 historical orders for import and answers at once with the id of an async action;
    poll that action for the outcome. A project runs one import at a time, in the order they were
    queued. Imports fire no webhooks, events, distributions or earning rules, and each order's
    `created_at` is the time the import ran (keep the original date in metadata).

    Args:
        body (list[OrderImportItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncActionCreated | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
