"""AK/SK request signing (issue 15) of a freshly generated gaussdb-opengauss client, against a stand-in on 127.0.0.1
that verifies every signature with an implementation of its own (`reference_signature`, written here from the
algorithm the signing guide describes, not from the client's signer) and answers 401 on a mismatch.

The stand-in and the reference signature: tests/client/signing.py.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.client import GenerateResult
from tests.client.conftest import PACKAGE
from tests.client.loopback import Answer, Received, serve
from tests.client.signing import AK, AUTHORIZATION, PROJECT, SK, Gateway, reference_signature
from tests.client.test_open_enums import RESTORE

LISTING = {"backups": [{"id": "b1", "status": "COMPLETED"}], "total_count": 1}


@pytest.fixture
def package(opengauss_client: GenerateResult) -> Any:
    return importlib.import_module(PACKAGE)


def _query() -> Any:
    return importlib.import_module(f"{PACKAGE}.api.backup_management.query_backups")


def _restore() -> Any:
    return importlib.import_module(f"{PACKAGE}.api.backup_management.restore_data_to_new_db_instance")


def _listing(got: Received) -> Answer:
    return 200, {}, LISTING


def test_get_with_query_parameters_is_signed(package: Any) -> None:
    gateway = Gateway(_listing)
    with serve(gateway) as server:
        client = package.from_aksk(server.url, AK, SK, project_id=PROJECT)
        response = _query().sync_detailed(client.project_id, client=client, instance_id="in 14/é+x",
                                          begin_time="2024-04-16T09:53:41+08:00", limit=10, offset=0)
    assert response.status_code == 200 and response.parsed.total_count == 1, gateway.refused
    [got] = gateway.verified
    assert got.path.startswith(f"/v3/{PROJECT}/backups?") and "begin_time=" in got.path
    assert got.headers["X-Project-Id"] == PROJECT
    signed = AUTHORIZATION.fullmatch(got.headers["Authorization"]).group(2)  # type: ignore[union-attr]
    assert signed.split(";") == ["accept", "host", "x-project-id", "x-sdk-date"]


def test_the_async_client_signs_too(package: Any) -> None:
    import asyncio

    gateway = Gateway(_listing)
    with serve(gateway) as server:
        client = package.from_aksk(server.url, AK, SK, project_id=PROJECT)
        response = asyncio.run(_query().asyncio_detailed(PROJECT, client=client, limit=3))
    assert response.status_code == 200 and len(gateway.verified) == 1, gateway.refused


def test_post_with_a_json_body_is_signed(package: Any) -> None:
    gateway = Gateway(lambda got: (202, {}, {"instance": {"id": "i1"}, "job_id": "j1"}))
    models = importlib.import_module(f"{PACKAGE}.models")
    with serve(gateway) as server:
        client = package.from_aksk(server.url, AK, SK, project_id=PROJECT)
        response = _restore().sync_detailed(PROJECT, client=client,
                                            body=models.RestoreDataToNewDbInstanceRequest.from_dict(RESTORE))
    assert response.status_code == 202, gateway.refused
    [got] = gateway.verified
    assert json.loads(got.body)["name"] == RESTORE["name"]
    assert "content-type" in AUTHORIZATION.fullmatch(got.headers["Authorization"]).group(2)  # type: ignore[union-attr]


class Tamper(httpx.BaseTransport):
    """A man in the middle: changes the signed request (`change`) before it goes out."""

    def __init__(self, change: Callable[[httpx.Request], httpx.Request]) -> None:
        self.inner = httpx.HTTPTransport()
        self.change = change

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(self.change(request))


def _body_changed(request: httpx.Request) -> httpx.Request:
    body = request.content.replace(b'"8001"', b'"8002"')
    assert body != request.content
    headers = request.headers.copy()
    headers["Content-Length"] = str(len(body))
    return httpx.Request(request.method, request.url, headers=headers, content=body)


def _query_changed(request: httpx.Request) -> httpx.Request:
    return httpx.Request(request.method, request.url.copy_set_param("limit", "99"), headers=request.headers)


def _project_changed(request: httpx.Request) -> httpx.Request:
    headers = request.headers.copy()
    headers["X-Project-Id"] = "f" * 32
    return httpx.Request(request.method, request.url, headers=headers, content=request.content)


@pytest.mark.parametrize("change", [_body_changed, _query_changed, _project_changed])
def test_a_request_changed_after_signing_is_refused(package: Any, change: Callable[[httpx.Request],
                                                                                   httpx.Request]) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    gateway = Gateway(lambda got: (202, {}, {"job_id": "j1"}))
    with serve(gateway) as server:
        client = package.from_aksk(server.url, AK, SK, project_id=PROJECT, httpx_args={"transport": Tamper(change)},
                                   retry=None)
        if change is _body_changed:
            response = _restore().sync_detailed(PROJECT, client=client,
                                                body=models.RestoreDataToNewDbInstanceRequest.from_dict(RESTORE))
        else:
            response = _query().sync_detailed(PROJECT, client=client, limit=10)
    assert response.status_code == 401 and gateway.refused == ["signature mismatch"] and gateway.verified == []


def test_a_wrong_secret_key_is_refused(package: Any) -> None:
    gateway = Gateway(_listing)
    with serve(gateway) as server:
        client = package.from_aksk(server.url, AK, SK[:-1] + "Q", project_id=PROJECT)
        assert _query().sync_detailed(PROJECT, client=client).status_code == 401
    assert gateway.refused == ["signature mismatch"]


def test_a_retried_get_is_signed_each_time(package: Any) -> None:
    answers = [(503, {"Retry-After": "0"}, {"error_msg": "busy"}), (200, {}, LISTING)]
    gateway = Gateway(lambda got: answers.pop(0))
    retry = importlib.import_module(f"{PACKAGE}._retries").default_retry()
    retry.backoff_factor = 0.01  # the default policy, without its up to 1 s of backoff (Retry-After 0 falls back to it)
    with serve(gateway) as server:
        client = package.from_aksk(server.url, AK, SK, project_id=PROJECT, retry=retry)
        response = _query().sync_detailed(PROJECT, client=client, limit=5)
    assert response.status_code == 200 and len(gateway.verified) == 2 and gateway.refused == []


def _clouds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clouds: dict[str, Any]) -> None:
    path = tmp_path / "clouds.yaml"
    path.write_text(json.dumps({"clouds": clouds}), encoding="utf-8")  # JSON is YAML
    for name in [n for n in os.environ if n.startswith("OS_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(path))


def test_from_cloud_signs_for_an_aksk_cloud(package: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str],
                                            caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    gateway = Gateway(_listing)
    with serve(gateway) as server:
        _clouds(tmp_path, monkeypatch, {
            "signed": {"auth_type": "aksk", "region_name": "eu-nl", "auth": {"ak": AK, "sk": SK, "project_id": PROJECT},
                       "gaussdb_endpoint_override": f"{server.url}/v3/{PROJECT}"},
            # otcextensions' place for the pair: beside `auth`
            "beside": {"auth_type": "aksk", "region_name": "eu-nl", "ak": AK, "sk": SK,
                       "auth": {"project_id": PROJECT}}})
        client = package.from_cloud("signed")
        beside = package.from_cloud("beside", endpoint_override=server.url)
        for each in (client, beside):
            assert _query().sync_detailed(each.project_id, client=each).status_code == 200, gateway.refused
        print(client, repr(client), client.get_httpx_client().auth, vars(client.get_httpx_client().auth))
    assert (client._base_url, client.project_id, client.region) == (server.url, PROJECT, "eu-nl")
    assert len(gateway.verified) == 2 and all(r.headers["X-Project-Id"] == PROJECT for r in gateway.verified)
    shown = capsys.readouterr()
    assert caplog.text and SK not in caplog.text and SK not in shown.out + shown.err
    for got in gateway.verified:
        assert SK not in json.dumps(got.headers) and SK.encode() not in got.body


def test_an_aksk_cloud_takes_the_documented_endpoint_of_its_region_only(package: Any, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _clouds(tmp_path, monkeypatch, {"otc": {"auth_type": "aksk", "auth": {"ak": AK, "sk": SK}}})
    assert package.from_cloud("otc", region="eu-de")._base_url == "https://gaussdb.eu-de.otc.t-systems.com"
    with pytest.raises(LookupError, match=r"no endpoint of service type 'gaussdb' for region 'eu-nl'.*"
                                          r"gaussdb_endpoint_override"):
        package.from_cloud("otc", region="eu-nl")
    _clouds(tmp_path, monkeypatch, {"otc": {"auth_type": "aksk", "auth": {"ak": AK}}})
    with pytest.raises(LookupError, match="no `ak` and `sk`"):
        package.from_cloud("otc", region="eu-de")


def test_the_os_variables_select_aksk_too(package: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _clouds(tmp_path, monkeypatch, {})
    for name, value in {"OS_AUTH_TYPE": "aksk", "OS_AK": AK, "OS_SK": SK, "OS_PROJECT_ID": PROJECT,
                        "OS_REGION_NAME": "eu-de"}.items():
        monkeypatch.setenv(name, value)
    client = package.from_cloud()
    assert (client._base_url, client.project_id, client.region) == ("https://gaussdb.eu-de.otc.t-systems.com", PROJECT,
                                                                   "eu-de")
    assert "AkSkAuth" in type(client.get_httpx_client().auth).__name__


def test_the_reference_signature_covers_every_part() -> None:
    """The stand-in's check can fail: any change of method, path, query, body, signed header or key changes it."""
    headers = {"Host": "h", "X-Sdk-Date": "20240416T095341Z"}
    signed = ["host", "x-sdk-date"]
    base = reference_signature("GET", "/v3/p?a=1", headers, signed, b"", SK)
    for other in (reference_signature("GET", "/v3/p?a=2", headers, signed, b"", SK),
                  reference_signature("GET", "/v3/q?a=1", headers, signed, b"", SK),
                  reference_signature("GET", "/v3/p?a=1", headers, signed, b"x", SK),
                  reference_signature("PUT", "/v3/p?a=1", headers, signed, b"", SK),
                  reference_signature("GET", "/v3/p?a=1", {**headers, "Host": "g"}, signed, b"", SK),
                  reference_signature("GET", "/v3/p?a=1", headers, signed, b"", SK + "x")):
        assert other != base


def test_without_the_signer_the_error_names_the_extra(package: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "huaweicloudsdkcore.signer.signer", None)  # as if it were not installed
    with pytest.raises(ImportError, match=r"the client's `aksk` extra"):
        package.from_aksk("https://gaussdb.eu-de.otc.t-systems.com", AK, SK)
