"""Credentials and endpoints the platform's way, shipped in every generated client as `_cloud.py`.

`from_cloud(name=None, region=None)` reads the cloud `name` of `clouds.yaml` (or the `OS_*` environment variables)
through openstacksdk's config loader, authenticates with keystoneauth1 and takes the service's endpoint for the
region from the token's service catalog. keystoneauth1 fetches the token and fetches a new one before it expires; a
401 answer makes the client drop its token and send the request once more with a new one. The token is sent as
`X-Auth-Token` by an `httpx.Auth` (`KeystoneAuth`) and appears in no repr and no log line of the client.

`session=` takes an existing keystoneauth1 session, or an openstacksdk connection (its `.session`), instead of
`clouds.yaml`. The service type is the one the docs give (`SERVICE_TYPE`, set by generate: the first label of the
documented endpoint host) unless `service_type=` overrides it; `endpoint_override=` skips the catalog.
The catalog URL's path (often `/v3/<project id>`) is not kept: the client's paths are the documented absolute ones.

Needs the client's `cloud` extra (`pip install 'CLIENT[cloud]'`: keystoneauth1, openstacksdk).
"""

from __future__ import annotations

import importlib
from collections.abc import Generator
from typing import Any
from urllib.parse import urlsplit

import httpx
from attrs import define, field

from .client import Client

SERVICE_TYPE = ""

__all__ = ["SERVICE_TYPE", "CloudClient", "KeystoneAuth", "from_cloud"]


class KeystoneAuth(httpx.Auth):
    """`X-Auth-Token` from a keystoneauth1 session, renewed by it; after a 401 once more with a new token."""

    requires_response_body = False

    def __init__(self, session: Any) -> None:
        self._session = session

    def __repr__(self) -> str:
        return "KeystoneAuth()"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Auth-Token"] = self._session.get_token()
        response = yield request
        if response.status_code == 401:
            self._session.invalidate()
            request.headers["X-Auth-Token"] = self._session.get_token()
            yield request


@define
class CloudClient(Client):
    """A `Client` for a cloud of `clouds.yaml`: its token from keystoneauth1, its endpoint from the catalog."""

    project_id: str = field(default="", kw_only=True)
    """The project (tenant) of the token: most paths of the docs need it"""
    region: str = field(default="", kw_only=True)
    session: Any = field(default=None, kw_only=True, repr=False)
    """The keystoneauth1 session"""


def from_cloud(name: str | None = None, region: str | None = None, *, session: Any = None,
               service_type: str | None = None, interface: str = "public", endpoint_override: str | None = None,
               **client_args: Any) -> CloudClient:
    """A client for cloud `name` of clouds.yaml (None: `OS_CLOUD`, or the `OS_*` variables) in `region`.

    `client_args` go to `Client` (`timeout`, `retry`, `httpx_args`, ...)."""
    if session is None:
        config = importlib.import_module("openstack.config")
        cloud = config.OpenStackConfig().get_one(cloud=name, region_name=region)
        region = region or cloud.region_name or None
        session = cloud.get_session()
    elif not hasattr(session, "get_endpoint"):  # an openstacksdk connection: its keystoneauth1 session
        session = session.session
    kind = service_type or SERVICE_TYPE
    missing = importlib.import_module("keystoneauth1.exceptions").EndpointNotFound
    try:
        endpoint = endpoint_override or session.get_endpoint(service_type=kind, interface=interface,
                                                             region_name=region)
    except missing:
        endpoint = None
    if not endpoint:
        raise LookupError(f"no {interface} endpoint of service type {kind!r} in region {region!r} in the catalog")
    parts = urlsplit(str(endpoint))
    base = f"{parts.scheme}://{parts.netloc}" if not endpoint_override else str(endpoint).rstrip("/")
    project = session.get_project_id() or ""
    httpx_args = {**client_args.pop("httpx_args", {}), "auth": KeystoneAuth(session)}
    return CloudClient(base_url=base, project_id=project, region=region or "", session=session,
                       httpx_args=httpx_args, **client_args)
