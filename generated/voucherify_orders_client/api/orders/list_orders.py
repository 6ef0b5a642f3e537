from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_orders_sort import ListOrdersSort
from ...models.orders_list import OrdersList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: ListOrdersSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OrdersList | None:
    if response.status_code == 200:
        response_200 = OrdersList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | OrdersList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: ListOrdersSort | Unset = UNSET,
) -> Response[Error | OrdersList]:
    """List orders

     One page of the project's orders. `total` counts every order in the project, so a caller can tell
    how many pages remain.

    Args:
        limit (int | Unset):
        page (int | Unset):
        order (ListOrdersSort | Unset): Sort key for listing orders; `-` means descending.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrdersList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: ListOrdersSort | Unset = UNSET,
) -> Error | OrdersList | None:
    """List orders

     One page of the project's orders. `total` counts every order in the project, so a caller can tell
    how many pages remain.

    Args:
        limit (int | Unset):
        page (int | Unset):
        order (ListOrdersSort | Unset): Sort key for listing orders; `-` means descending.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrdersList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: ListOrdersSort | Unset = UNSET,
) -> Response[Error | OrdersList]:
    """List orders

     One page of the project's orders. `total` counts every order in the project, so a caller can tell
    how many pages remain.

    Args:
        limit (int | Unset):
        page (int | Unset):
        order (ListOrdersSort | Unset): Sort key for listing orders; `-` means descending.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrdersList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: ListOrdersSort | Unset = UNSET,
) -> Error | OrdersList | None:
    """List orders

     One page of the project's orders. `total` counts every order in the project, so a caller can tell
    how many pages remain.

    Args:
        limit (int | Unset):
        page (int | Unset):
        order (ListOrdersSort | Unset): Sort key for listing orders; `-` means descending.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrdersList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            order=order,
        )
    ).parsed
