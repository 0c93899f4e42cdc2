from collections.abc import Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._paging import by_offset, expect_page
from ..._validation import validate_request
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.query_tasks_name import QueryTasksName
from ...models.query_tasks_response import QueryTasksResponse
from ...models.query_tasks_status import QueryTasksStatus
from ...models.task import Task
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    status: QueryTasksStatus | Unset = UNSET,
    name: QueryTasksName | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_name: str | Unset = UNSET
    if not isinstance(name, Unset):
        json_name = name.value

    params["name"] = json_name

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/{project_id}/tasks".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    validate_request("query_tasks", _kwargs)
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | QueryTasksResponse:
    if response.status_code == 200:
        response_200 = QueryTasksResponse.from_dict(response.json())

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
) -> Response[Error | QueryTasksResponse]:
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
    status: QueryTasksStatus | Unset = UNSET,
    name: QueryTasksName | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[Error | QueryTasksResponse]:
    """Querying Tasks

     This API is used to query the tasks in the task center. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        status (QueryTasksStatus | Unset):
        name (QueryTasksName | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryTasksResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        status=status,
        name=name,
        start_time=start_time,
        end_time=end_time,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: QueryTasksStatus | Unset = UNSET,
    name: QueryTasksName | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Error | QueryTasksResponse | None:
    """Querying Tasks

     This API is used to query the tasks in the task center. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        status (QueryTasksStatus | Unset):
        name (QueryTasksName | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryTasksResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        status=status,
        name=name,
        start_time=start_time,
        end_time=end_time,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: QueryTasksStatus | Unset = UNSET,
    name: QueryTasksName | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[Error | QueryTasksResponse]:
    """Querying Tasks

     This API is used to query the tasks in the task center. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        status (QueryTasksStatus | Unset):
        name (QueryTasksName | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryTasksResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        status=status,
        name=name,
        start_time=start_time,
        end_time=end_time,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: QueryTasksStatus | Unset = UNSET,
    name: QueryTasksName | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Error | QueryTasksResponse | None:
    """Querying Tasks

     This API is used to query the tasks in the task center. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        status (QueryTasksStatus | Unset):
        name (QueryTasksName | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryTasksResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            status=status,
            name=name,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
        )
    ).parsed


def iterate_query_tasks(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: QueryTasksStatus | Unset = UNSET,
    name: QueryTasksName | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Iterator[Task]:
    """Every item of `tasks` across the pages (offset paging).

    `offset` is moved by the iterator, `limit` items a page;
    stops at an empty page or `total_count` items.

    Raises:
        _paging.PageError: a page request answered with something else than a page.
    """

    def _fetch_page(offset: int) -> tuple[list[Task] | Unset, int | Unset | None]:
        _page = expect_page(sync_detailed(project_id, client=client, status=status, name=name, start_time=start_time, end_time=end_time, limit=limit, offset=offset), QueryTasksResponse)
        return _page.tasks, _page.total_count

    return by_offset(_fetch_page)
