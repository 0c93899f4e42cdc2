from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._validation import validate_request
from ...client import AuthenticatedClient, Client
from ...models.add_cns_response import AddCnsResponse
from ...models.error import Error
from ...models.scale_up_storage_space_of_db_instance_request import ScaleUpStorageSpaceOfDbInstanceRequest
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: ScaleUpStorageSpaceOfDbInstanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/opengauss/v3/{project_id}/instances/{instance_id}/action".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    validate_request("scale_up_storage_space_of_db_instance", _kwargs)
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddCnsResponse | Error:
    if response.status_code == 202:
        response_202 = AddCnsResponse.from_dict(response.json())

        return response_202

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddCnsResponse | Error]:
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
    body: ScaleUpStorageSpaceOfDbInstanceRequest,
) -> Response[AddCnsResponse | Error]:
    """Scaling up Storage Space of a DB Instance

     Scaling up Storage Space of a DB Instance.

    Documented in
    historical_apis/db_instance_management/scaling_up_storage_space_of_a_db_instance.rst:28.

    Args:
        project_id (str):
        instance_id (str):
        body (ScaleUpStorageSpaceOfDbInstanceRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCnsResponse | Error]
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
    body: ScaleUpStorageSpaceOfDbInstanceRequest,
) -> AddCnsResponse | Error | None:
    """Scaling up Storage Space of a DB Instance

     Scaling up Storage Space of a DB Instance.

    Documented in
    historical_apis/db_instance_management/scaling_up_storage_space_of_a_db_instance.rst:28.

    Args:
        project_id (str):
        instance_id (str):
        body (ScaleUpStorageSpaceOfDbInstanceRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCnsResponse | Error
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
    body: ScaleUpStorageSpaceOfDbInstanceRequest,
) -> Response[AddCnsResponse | Error]:
    """Scaling up Storage Space of a DB Instance

     Scaling up Storage Space of a DB Instance.

    Documented in
    historical_apis/db_instance_management/scaling_up_storage_space_of_a_db_instance.rst:28.

    Args:
        project_id (str):
        instance_id (str):
        body (ScaleUpStorageSpaceOfDbInstanceRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCnsResponse | Error]
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
    body: ScaleUpStorageSpaceOfDbInstanceRequest,
) -> AddCnsResponse | Error | None:
    """Scaling up Storage Space of a DB Instance

     Scaling up Storage Space of a DB Instance.

    Documented in
    historical_apis/db_instance_management/scaling_up_storage_space_of_a_db_instance.rst:28.

    Args:
        project_id (str):
        instance_id (str):
        body (ScaleUpStorageSpaceOfDbInstanceRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCnsResponse | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
