from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._validation import validate_request
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.query_db_engine_versions_response import QueryDbEngineVersionsResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/{project_id}/datastore/versions".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    validate_request("query_db_engine_versions", _kwargs)
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | QueryDbEngineVersionsResponse:
    if response.status_code == 200:
        response_200 = QueryDbEngineVersionsResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | QueryDbEngineVersionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | QueryDbEngineVersionsResponse]:
    """Querying DB Engine Versions

     This API is used to query DB engine versions supported by a DB instance. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryDbEngineVersionsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | QueryDbEngineVersionsResponse | None:
    """Querying DB Engine Versions

     This API is used to query DB engine versions supported by a DB instance. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryDbEngineVersionsResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | QueryDbEngineVersionsResponse]:
    """Querying DB Engine Versions

     This API is used to query DB engine versions supported by a DB instance. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryDbEngineVersionsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | QueryDbEngineVersionsResponse | None:
    """Querying DB Engine Versions

     This API is used to query DB engine versions supported by a DB instance. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryDbEngineVersionsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
        )
    ).parsed
