from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._validation import validate_request
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.restore_data_to_new_db_instance_request import RestoreDataToNewDbInstanceRequest
from ...models.restore_data_to_new_db_instance_response import RestoreDataToNewDbInstanceResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: RestoreDataToNewDbInstanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/{project_id}/instances".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    validate_request("restore_data_to_new_db_instance", _kwargs)
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RestoreDataToNewDbInstanceResponse:
    if response.status_code == 202:
        response_202 = RestoreDataToNewDbInstanceResponse.from_dict(response.json())

        return response_202

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RestoreDataToNewDbInstanceResponse]:
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
    body: RestoreDataToNewDbInstanceRequest,
) -> Response[Error | RestoreDataToNewDbInstanceResponse]:
    """Restoring Data to a New DB Instance

     Restoring Data to a New DB Instance.

    Documented in apis_recommended/backup_management/restoring_data_to_a_new_db_instance.rst:29.

    Args:
        project_id (str):
        body (RestoreDataToNewDbInstanceRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RestoreDataToNewDbInstanceResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RestoreDataToNewDbInstanceRequest,
) -> Error | RestoreDataToNewDbInstanceResponse | None:
    """Restoring Data to a New DB Instance

     Restoring Data to a New DB Instance.

    Documented in apis_recommended/backup_management/restoring_data_to_a_new_db_instance.rst:29.

    Args:
        project_id (str):
        body (RestoreDataToNewDbInstanceRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RestoreDataToNewDbInstanceResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RestoreDataToNewDbInstanceRequest,
) -> Response[Error | RestoreDataToNewDbInstanceResponse]:
    """Restoring Data to a New DB Instance

     Restoring Data to a New DB Instance.

    Documented in apis_recommended/backup_management/restoring_data_to_a_new_db_instance.rst:29.

    Args:
        project_id (str):
        body (RestoreDataToNewDbInstanceRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RestoreDataToNewDbInstanceResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RestoreDataToNewDbInstanceRequest,
) -> Error | RestoreDataToNewDbInstanceResponse | None:
    """Restoring Data to a New DB Instance

     Restoring Data to a New DB Instance.

    Documented in apis_recommended/backup_management/restoring_data_to_a_new_db_instance.rst:29.

    Args:
        project_id (str):
        body (RestoreDataToNewDbInstanceRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RestoreDataToNewDbInstanceResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
