from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...models.order_create import OrderCreate
from ...types import Response


def _get_kwargs(
    *,
    body: OrderCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Order | None:
    if response.status_code == 200:
        response_200 = Order.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Order]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
) -> Response[Error | Order]:
    """Create or upsert an order

     Stores an order. When the body names an `id` or a `source_id` that already exists, that order is
    updated in place and returned (an upsert), still with status 200; otherwise a new order is created.
    Amounts left out are computed from the items.

    Args:
        body (OrderCreate): An order to store. Give `id` or `source_id` to make the call an
            upsert: if it names an existing order, that order is updated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
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
    body: OrderCreate,
) -> Error | Order | None:
    """Create or upsert an order

     Stores an order. When the body names an `id` or a `source_id` that already exists, that order is
    updated in place and returned (an upsert), still with status 200; otherwise a new order is created.
    Amounts left out are computed from the items.

    Args:
        body (OrderCreate): An order to store. Give `id` or `source_id` to make the call an
            upsert: if it names an existing order, that order is updated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
) -> Response[Error | Order]:
    """Create or upsert an order

     Stores an order. When the body names an `id` or a `source_id` that already exists, that order is
    updated in place and returned (an upsert), still with status 200; otherwise a new order is created.
    Amounts left out are computed from the items.

    Args:
        body (OrderCreate): An order to store. Give `id` or `source_id` to make the call an
            upsert: if it names an existing order, that order is updated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
) -> Error | Order | None:
    """Create or upsert an order

     Stores an order. When the body names an `id` or a `source_id` that already exists, that order is
    updated in place and returned (an upsert), still with status 200; otherwise a new order is created.
    Amounts left out are computed from the items.

    Args:
        body (OrderCreate): An order to store. Give `id` or `source_id` to make the call an
            upsert: if it names an existing order, that order is updated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
