from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._validation import validate_request
from ...client import AuthenticatedClient, Client
from ...models.change_v_cpus_and_memory_of_db_instance_request import ChangeVCpusAndMemoryOfDbInstanceRequest
from ...models.change_v_cpus_and_memory_of_db_instance_response import ChangeVCpusAndMemoryOfDbInstanceResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: ChangeVCpusAndMemoryOfDbInstanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/{project_id}/instances/{instance_id}/flavor".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    validate_request("change_v_cpus_and_memory_of_db_instance", _kwargs)
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChangeVCpusAndMemoryOfDbInstanceResponse | Error:
    if response.status_code == 202:
        response_202 = ChangeVCpusAndMemoryOfDbInstanceResponse.from_dict(response.json())

        return response_202

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChangeVCpusAndMemoryOfDbInstanceResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangeVCpusAndMemoryOfDbInstanceRequest,
) -> Response[ChangeVCpusAndMemoryOfDbInstanceResponse | Error]:
    """Changing vCPUs and Memory of a DB Instance

     This API is used to change the vCPUs and memory of a DB instance. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        instance_id (str):
        body (ChangeVCpusAndMemoryOfDbInstanceRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeVCpusAndMemoryOfDbInstanceResponse | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangeVCpusAndMemoryOfDbInstanceRequest,
) -> ChangeVCpusAndMemoryOfDbInstanceResponse | Error | None:
    """Changing vCPUs and Memory of a DB Instance

     This API is used to change the vCPUs and memory of a DB instance. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        instance_id (str):
        body (ChangeVCpusAndMemoryOfDbInstanceRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeVCpusAndMemoryOfDbInstanceResponse | Error
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangeVCpusAndMemoryOfDbInstanceRequest,
) -> Response[ChangeVCpusAndMemoryOfDbInstanceResponse | Error]:
    """Changing vCPUs and Memory of a DB Instance

     This API is used to change the vCPUs and memory of a DB instance. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        instance_id (str):
        body (ChangeVCpusAndMemoryOfDbInstanceRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeVCpusAndMemoryOfDbInstanceResponse | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangeVCpusAndMemoryOfDbInstanceRequest,
) -> ChangeVCpusAndMemoryOfDbInstanceResponse | Error | None:
    """Changing vCPUs and Memory of a DB Instance

     This API is used to change the vCPUs and memory of a DB instance. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        instance_id (str):
        body (ChangeVCpusAndMemoryOfDbInstanceRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeVCpusAndMemoryOfDbInstanceResponse | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
