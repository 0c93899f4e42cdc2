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

AK/SK instead of a token (`_aksk.py`, the client's `aksk` extra): `from_aksk(base_url, ak, sk, project_id=None)`,
or a cloud of clouds.yaml with `auth_type: aksk` and `ak`, `sk` (in `auth`, or beside it as otcextensions has them),
`project_id` (in `auth`), `region_name`; the variables `OS_AUTH_TYPE=aksk`, `OS_AK`, `OS_SK`, `OS_PROJECT_ID` too.
Such a cloud has no token and so no catalog: the endpoint is `endpoint_override=`, else the cloud's
`<service type>_endpoint_override`, else the documented endpoint (`ENDPOINT`) when its host names the region.

Needs the client's `cloud` extra (`pip install 'CLIENT[cloud]'`: keystoneauth1, openstacksdk).
"""

from __future__ import annotations

import importlib
from collections.abc import Generator
from typing import Any
from urllib.parse import urlsplit

import httpx
from attrs import define, field

from ._aksk import AkSkAuth
from .client import Client

SERVICE_TYPE = ""
ENDPOINT = ""

__all__ = ["ENDPOINT", "SERVICE_TYPE", "CloudClient", "KeystoneAuth", "from_aksk", "from_cloud"]


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
    """The keystoneauth1 session (None: AK/SK signing)"""


def from_aksk(base_url: str, ak: str, sk: str, project_id: str | None = None, *, region: str = "",
              **client_args: Any) -> CloudClient:
    """A client at `base_url` (`https://<endpoint>`) signing every request with the access key `ak` and secret key
    `sk` (SDK-HMAC-SHA256, `_aksk.AkSkAuth`); `project_id` is sent as `X-Project-Id` and kept as `project_id`,
    `region` is only kept.

    `client_args` go to `Client` (`timeout`, `retry`, `httpx_args`, ...). Needs the client's `aksk` extra."""
    httpx_args = {**client_args.pop("httpx_args", {}), "auth": AkSkAuth(ak, sk, project_id)}
    return CloudClient(base_url=base_url.rstrip("/"), project_id=project_id or "",
                       region=region, httpx_args=httpx_args, **client_args)


def _aksk_cloud(cloud: Any, region: str | None, kind: str, endpoint_override: str | None,
                client_args: dict[str, Any]) -> CloudClient:
    """The client of a clouds.yaml cloud with `auth_type: aksk`."""
    config, auth = cloud.config, cloud.config.get("auth") or {}
    ak, sk = auth.get("ak") or config.get("ak"), auth.get("sk") or config.get("sk")
    if not ak or not sk:
        raise LookupError(f"cloud {cloud.name!r} has `auth_type: aksk` but no `ak` and `sk`")
    region = region or cloud.region_name or ""
    endpoint = endpoint_override or cloud.get_endpoint(kind)
    if endpoint and not endpoint_override:
        parts = urlsplit(str(endpoint))
        endpoint = f"{parts.scheme}://{parts.netloc}"
    if not endpoint and ENDPOINT and region and region in ENDPOINT.split("."):
        endpoint = f"https://{ENDPOINT}"
    if not endpoint:
        raise LookupError(f"no endpoint of service type {kind!r} for region {region!r}: an AK/SK cloud has no catalog; "
                          f"give endpoint_override= or `{kind.replace('-', '_')}_endpoint_override` in clouds.yaml")
    return from_aksk(str(endpoint), ak, sk, auth.get("project_id") or config.get("project_id"), region=region,
                     **client_args)


def from_cloud(name: str | None = None, region: str | None = None, *, session: Any = None,
               service_type: str | None = None, interface: str = "public", endpoint_override: str | None = None,
               **client_args: Any) -> CloudClient:
    """A client for cloud `name` of clouds.yaml (None: `OS_CLOUD`, or the `OS_*` variables) in `region`: a keystoneauth1
    token, or AK/SK signing for a cloud with `auth_type: aksk` (see the module's docstring).

    `client_args` go to `Client` (`timeout`, `retry`, `httpx_args`, ...)."""
    kind = service_type or SERVICE_TYPE
    if session is None:
        config = importlib.import_module("openstack.config").OpenStackConfig()
        cloud = config.get_one(cloud=name, region_name=region, validate=False)  # an `aksk` cloud loads no plugin
        if cloud.config.get("auth_type") == "aksk":
            return _aksk_cloud(cloud, region, kind, endpoint_override, client_args)
        cloud = config.get_one(cloud=name, region_name=region)
        region = region or cloud.region_name or None
        session = cloud.get_session()
    elif not hasattr(session, "get_endpoint"):  # an openstacksdk connection: its keystoneauth1 session
        session = session.session
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
