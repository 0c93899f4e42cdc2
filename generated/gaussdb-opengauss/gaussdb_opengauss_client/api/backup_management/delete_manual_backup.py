from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ..._validation import validate_request
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    project_id: str,
    backup_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/{project_id}/backups/{backup_id}".format(
            project_id=quote(str(project_id), safe=""),
            backup_id=quote(str(backup_id), safe=""),
        ),
    }

    validate_request("delete_manual_backup", _kwargs)
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    backup_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Deleting a Manual Backup

     This API is used to delete a manual backup. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        backup_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        backup_id=backup_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    backup_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Deleting a Manual Backup

     This API is used to delete a manual backup. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        backup_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        project_id=project_id,
        backup_id=backup_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    backup_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Deleting a Manual Backup

     This API is used to delete a manual backup. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        backup_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        backup_id=backup_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    backup_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Deleting a Manual Backup

     This API is used to delete a manual backup. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        backup_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            backup_id=backup_id,
            client=client,
        )
    ).parsed
