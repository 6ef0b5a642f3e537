from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    export_id: str,
    *,
    token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/exports/{export_id}/csv".format(
            export_id=quote(str(export_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[Error | str]:
    """Download an export's CSV

     Streams the CSV of a finished export. This operation lives on the download host of the cluster, not
    on the API host, and the real path there is `/v1/exports/{exportId}`: the `/csv` suffix exists only
    in this document, to keep the two operations apart (see CURATION.md). Clients should fetch the
    export's `result.url`, which already carries the right host, path and token.

    Args:
        export_id (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Error | str | None:
    """Download an export's CSV

     Streams the CSV of a finished export. This operation lives on the download host of the cluster, not
    on the API host, and the real path there is `/v1/exports/{exportId}`: the `/csv` suffix exists only
    in this document, to keep the two operations apart (see CURATION.md). Clients should fetch the
    export's `result.url`, which already carries the right host, path and token.

    Args:
        export_id (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        export_id=export_id,
        client=client,
        token=token,
    ).parsed


async def asyncio_detailed(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[Error | str]:
    """Download an export's CSV

     Streams the CSV of a finished export. This operation lives on the download host of the cluster, not
    on the API host, and the real path there is `/v1/exports/{exportId}`: the `/csv` suffix exists only
    in this document, to keep the two operations apart (see CURATION.md). Clients should fetch the
    export's `result.url`, which already carries the right host, path and token.

    Args:
        export_id (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Error | str | None:
    """Download an export's CSV

     Streams the CSV of a finished export. This operation lives on the download host of the cluster, not
    on the API host, and the real path there is `/v1/exports/{exportId}`: the `/csv` suffix exists only
    in this document, to keep the two operations apart (see CURATION.md). Clients should fetch the
    export's `result.url`, which already carries the right host, path and token.

    Args:
        export_id (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            export_id=export_id,
            client=client,
            token=token,
        )
    ).parsed
