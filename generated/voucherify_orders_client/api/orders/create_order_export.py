from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export import Export
from ...models.order_export_create import OrderExportCreate
from ...types import Response


def _get_kwargs(
    *,
    body: OrderExportCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/orders/export",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Export | None:
    if response.status_code == 200:
        response_200 = Export.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Export]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderExportCreate,
) -> Response[Error | Export]:
    """Export orders to CSV

     Schedules a CSV export of orders. The export runs in the background; read it back with get-export
    until its status is `DONE`, then fetch `result.url`. An empty body exports `id`, `source_id` and
    `status` of every order.

    Args:
        body (OrderExportCreate): What to export. Every part is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Export]
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
    body: OrderExportCreate,
) -> Error | Export | None:
    """Export orders to CSV

     Schedules a CSV export of orders. The export runs in the background; read it back with get-export
    until its status is `DONE`, then fetch `result.url`. An empty body exports `id`, `source_id` and
    `status` of every order.

    Args:
        body (OrderExportCreate): What to export. Every part is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Export
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderExportCreate,
) -> Response[Error | Export]:
    """Export orders to CSV

     Schedules a CSV export of orders. The export runs in the background; read it back with get-export
    until its status is `DONE`, then fetch `result.url`. An empty body exports `id`, `source_id` and
    `status` of every order.

    Args:
        body (OrderExportCreate): What to export. Every part is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Export]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderExportCreate,
) -> Error | Export | None:
    """Export orders to CSV

     Schedules a CSV export of orders. The export runs in the background; read it back with get-export
    until its status is `DONE`, then fetch `result.url`. An empty body exports `id`, `source_id` and
    `status` of every order.

    Args:
        body (OrderExportCreate): What to export. Every part is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Export
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
