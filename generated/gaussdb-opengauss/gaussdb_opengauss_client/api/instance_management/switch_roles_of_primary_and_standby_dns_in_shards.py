from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._validation import validate_request
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.switch_roles_of_primary_and_standby_dns_in_shards_request import (
    SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest,
)
from ...models.switch_roles_of_primary_and_standby_dns_in_shards_response import (
    SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse,
)
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/{project_id}/instances/{instance_id}/switch-shard".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    validate_request("switch_roles_of_primary_and_standby_dns_in_shards", _kwargs)
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse:
    if response.status_code == 202:
        response_202 = SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse.from_dict(response.json())

        return response_202

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse]:
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
    body: SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest,
) -> Response[Error | SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse]:
    """Switching Roles of the Primary and Standby DNs in Shards

     This API is used to perform a primary/standby DN switchover for one or more shards. In a shard, only
    one standby node can be promoted to primary. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        instance_id (str):
        body (SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse]
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
    body: SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest,
) -> Error | SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse | None:
    """Switching Roles of the Primary and Standby DNs in Shards

     This API is used to perform a primary/standby DN switchover for one or more shards. In a shard, only
    one standby node can be promoted to primary. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        instance_id (str):
        body (SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse
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
    body: SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest,
) -> Response[Error | SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse]:
    """Switching Roles of the Primary and Standby DNs in Shards

     This API is used to perform a primary/standby DN switchover for one or more shards. In a shard, only
    one standby node can be promoted to primary. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        instance_id (str):
        body (SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse]
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
    body: SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest,
) -> Error | SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse | None:
    """Switching Roles of the Primary and Standby DNs in Shards

     This API is used to perform a primary/standby DN switchover for one or more shards. In a shard, only
    one standby node can be promoted to primary. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        instance_id (str):
        body (SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest): Parameter description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
