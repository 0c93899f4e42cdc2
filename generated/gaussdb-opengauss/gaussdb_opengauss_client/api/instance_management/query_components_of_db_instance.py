from collections.abc import Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._paging import by_offset, expect_page
from ..._validation import validate_request
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.query_components_of_db_instance_component_type import QueryComponentsOfDbInstanceComponentType
from ...models.query_components_of_db_instance_node import QueryComponentsOfDbInstanceNode
from ...models.query_components_of_db_instance_response import QueryComponentsOfDbInstanceResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    component_type: QueryComponentsOfDbInstanceComponentType | Unset = UNSET,
    availability_zone_id: str | Unset = "ALL",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_component_type: str | Unset = UNSET
    if not isinstance(component_type, Unset):
        json_component_type = component_type.value

    params["component_type"] = json_component_type

    params["availability_zone_id"] = availability_zone_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/{project_id}/instances/{instance_id}/components".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    validate_request("query_components_of_db_instance", _kwargs)
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | QueryComponentsOfDbInstanceResponse:
    if response.status_code == 200:
        response_200 = QueryComponentsOfDbInstanceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = Error.from_dict(response.json())

        return response_405

    if response.status_code == 406:
        response_406 = Error.from_dict(response.json())

        return response_406

    if response.status_code == 407:
        response_407 = Error.from_dict(response.json())

        return response_407

    if response.status_code == 408:
        response_408 = Error.from_dict(response.json())

        return response_408

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 410:
        response_410 = Error.from_dict(response.json())

        return response_410

    if response.status_code == 411:
        response_411 = Error.from_dict(response.json())

        return response_411

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = Error.from_dict(response.json())

        return response_414

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 416:
        response_416 = Error.from_dict(response.json())

        return response_416

    if response.status_code == 417:
        response_417 = Error.from_dict(response.json())

        return response_417

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = Error.from_dict(response.json())

        return response_501

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Error.from_dict(response.json())

        return response_504

    if response.status_code == 505:
        response_505 = Error.from_dict(response.json())

        return response_505

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | QueryComponentsOfDbInstanceResponse]:
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    component_type: QueryComponentsOfDbInstanceComponentType | Unset = UNSET,
    availability_zone_id: str | Unset = "ALL",
) -> Response[Error | QueryComponentsOfDbInstanceResponse]:
    """Querying the Components of a DB Instance

     This API is used to query components of a DB instance. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        instance_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        component_type (QueryComponentsOfDbInstanceComponentType | Unset):
        availability_zone_id (str | Unset):  Default: 'ALL'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryComponentsOfDbInstanceResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        limit=limit,
        offset=offset,
        component_type=component_type,
        availability_zone_id=availability_zone_id,
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    component_type: QueryComponentsOfDbInstanceComponentType | Unset = UNSET,
    availability_zone_id: str | Unset = "ALL",
) -> Error | QueryComponentsOfDbInstanceResponse | None:
    """Querying the Components of a DB Instance

     This API is used to query components of a DB instance. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        instance_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        component_type (QueryComponentsOfDbInstanceComponentType | Unset):
        availability_zone_id (str | Unset):  Default: 'ALL'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryComponentsOfDbInstanceResponse
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        limit=limit,
        offset=offset,
        component_type=component_type,
        availability_zone_id=availability_zone_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    component_type: QueryComponentsOfDbInstanceComponentType | Unset = UNSET,
    availability_zone_id: str | Unset = "ALL",
) -> Response[Error | QueryComponentsOfDbInstanceResponse]:
    """Querying the Components of a DB Instance

     This API is used to query components of a DB instance. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        instance_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        component_type (QueryComponentsOfDbInstanceComponentType | Unset):
        availability_zone_id (str | Unset):  Default: 'ALL'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryComponentsOfDbInstanceResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        limit=limit,
        offset=offset,
        component_type=component_type,
        availability_zone_id=availability_zone_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    component_type: QueryComponentsOfDbInstanceComponentType | Unset = UNSET,
    availability_zone_id: str | Unset = "ALL",
) -> Error | QueryComponentsOfDbInstanceResponse | None:
    """Querying the Components of a DB Instance

     This API is used to query components of a DB instance. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        instance_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        component_type (QueryComponentsOfDbInstanceComponentType | Unset):
        availability_zone_id (str | Unset):  Default: 'ALL'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryComponentsOfDbInstanceResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            limit=limit,
            offset=offset,
            component_type=component_type,
            availability_zone_id=availability_zone_id,
        )
    ).parsed


def iterate_query_components_of_db_instance(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    component_type: QueryComponentsOfDbInstanceComponentType | Unset = UNSET,
    availability_zone_id: str | Unset = 'ALL',
) -> Iterator[QueryComponentsOfDbInstanceNode]:
    """Every item of `nodes` across the pages (offset paging).

    `offset` is moved by the iterator, `limit` items a page;
    stops at an empty page or `total_count` items.

    Raises:
        _paging.PageError: a page request answered with something else than a page.
    """

    def _fetch_page(offset: int) -> tuple[list[QueryComponentsOfDbInstanceNode] | Unset, int | Unset | None]:
        _page = expect_page(sync_detailed(project_id, instance_id, client=client, limit=limit, component_type=component_type, availability_zone_id=availability_zone_id, offset=offset), QueryComponentsOfDbInstanceResponse)
        return _page.nodes, _page.total_count

    return by_offset(_fetch_page)
