from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._validation import validate_request
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.obtain_task_information_response import ObtainTaskInformationResponse
from ...types import UNSET, Response


def _get_kwargs(
    project_id: str,
    *,
    id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/{project_id}/jobs".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    validate_request("obtain_task_information", _kwargs)
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ObtainTaskInformationResponse:
    if response.status_code == 200:
        response_200 = ObtainTaskInformationResponse.from_dict(response.json())

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
) -> Response[Error | ObtainTaskInformationResponse]:
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
    id: str,
) -> Response[Error | ObtainTaskInformationResponse]:
    """Obtaining Task Information

     This API is used to obtain information about a task with a specified ID. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ObtainTaskInformationResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> Error | ObtainTaskInformationResponse | None:
    """Obtaining Task Information

     This API is used to obtain information about a task with a specified ID. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ObtainTaskInformationResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> Response[Error | ObtainTaskInformationResponse]:
    """Obtaining Task Information

     This API is used to obtain information about a task with a specified ID. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ObtainTaskInformationResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> Error | ObtainTaskInformationResponse | None:
    """Obtaining Task Information

     This API is used to obtain information about a task with a specified ID. Before calling this API:

    - Learn how to authenticate this API.
    - Understand the API in Using APIs.
    - Obtain the required region and endpoint.

    Args:
        project_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ObtainTaskInformationResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            id=id,
        )
    ).parsed
