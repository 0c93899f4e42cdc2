"""from_cloud (issue 15): clouds.yaml in a temporary folder, a Keystone stand-in (`POST /v3/auth/tokens` answering
`X-Subject-Token` and a catalog with two regions) and one service stand-in per region, all on 127.0.0.1. The client
of the freshly generated gaussdb-opengauss package calls the chosen region's endpoint with the token, gets a new
token when the old one is about to expire or the service refuses it, and never prints or logs it."""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.client import GenerateResult
from tests.client.conftest import PACKAGE
from tests.client.keystone import PROJECT, Keystone
from tests.client.loopback import Answer, Received, Server, serve

PASSWORD = "pa55-w0rd-never-shown"
LISTING = {"backups": [{"id": "b1", "status": "COMPLETED"}], "total_count": 1}


class Service:
    """A region's service: answers the backup listing to a token Keystone issued and it has not expired."""

    def __init__(self, keystone: Keystone) -> None:
        self.keystone = keystone
        self.expired: set[str] = set()

    def __call__(self, got: Received) -> Answer:
        token = got.headers.get("X-Auth-Token", "")
        if token not in self.keystone.issued or token in self.expired:
            return 401, {}, {"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information"}
        return 200, {}, LISTING


@contextlib.contextmanager
def cloud(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lifetime: int = 3600) -> Iterator[
        tuple[Keystone, Service, Server, Server]]:
    keystone = Keystone(lifetime)
    service = Service(keystone)
    with serve(keystone) as identity, serve(service) as de, serve(service) as nl:
        keystone.regions = {"eu-de": de.url, "eu-nl": nl.url}
        clouds = {"clouds": {"otc": {"auth_type": "v3password", "regions": ["eu-de", "eu-nl"], "auth": {
            "auth_url": f"{identity.url}/v3", "username": "alice", "password": PASSWORD,
            "project_id": PROJECT, "user_domain_name": "OTC-EU"}}}}
        path = tmp_path / "clouds.yaml"
        path.write_text(json.dumps(clouds), encoding="utf-8")  # JSON is YAML
        for name in [n for n in os.environ if n.startswith("OS_")]:
            monkeypatch.delenv(name)
        monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(path))
        yield keystone, service, de, nl


@pytest.fixture
def api(opengauss_client: GenerateResult) -> Any:
    return importlib.import_module(f"{PACKAGE}.api.backup_management.query_backups")


def _from_cloud() -> Any:
    return importlib.import_module(PACKAGE).from_cloud


def test_region_endpoint_and_token_from_clouds_yaml(api: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str],
                                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with cloud(tmp_path, monkeypatch) as (keystone, _, de, nl):
        client = _from_cloud()("otc", region="eu-nl")
        assert client.project_id == PROJECT and client.region == "eu-nl"
        response = api.sync_detailed(client.project_id, client=client)
        print(repr(client), client)
    assert response.status_code == 200 and response.parsed.total_count == 1
    assert de.received == []
    [call] = nl.received
    assert call.path.startswith(f"/v3/{PROJECT}/backups")
    assert call.headers["X-Auth-Token"] == keystone.issued[0] and len(keystone.issued) == 1  # valid: fetched once
    assert keystone.bodies[0]["auth"]["identity"]["password"]["user"]["name"] == "alice"
    shown = capsys.readouterr()
    for secret in (keystone.issued[0], PASSWORD):
        assert secret not in shown.out + shown.err
        assert secret not in caplog.text
    assert caplog.text  # keystoneauth1 and httpx did log (at DEBUG), only without the token


def test_default_region_of_the_cloud(api: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with cloud(tmp_path, monkeypatch) as (_, _, de, nl):
        client = _from_cloud()("otc")
        api.sync_detailed(client.project_id, client=client)
    assert len(de.received) == 1 and nl.received == []


def test_token_renewed_before_it_expires(api: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with cloud(tmp_path, monkeypatch, lifetime=60) as (keystone, _, de, _):  # expires within keystoneauth1's margin
        client = _from_cloud()("otc", region="eu-de")
        for _ in range(2):
            assert api.sync_detailed(client.project_id, client=client).status_code == 200
    sent = [r.headers["X-Auth-Token"] for r in de.received]
    assert len(sent) == 2 and sent[0] != sent[1]  # a new token for the second call, fetched before it was sent
    assert keystone.issued.index(sent[0]) < keystone.issued.index(sent[1])


def test_token_the_service_expired_is_renewed(api: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with cloud(tmp_path, monkeypatch) as (keystone, service, de, _):
        client = _from_cloud()("otc", region="eu-de")
        assert api.sync_detailed(client.project_id, client=client).status_code == 200
        service.expired.add(keystone.issued[0])
        assert api.sync_detailed(client.project_id, client=client).status_code == 200
    assert [r.headers["X-Auth-Token"] for r in de.received] == [keystone.issued[0], keystone.issued[0],
                                                                 keystone.issued[1]]
    assert all(token not in caplog.text for token in keystone.issued)


def test_an_existing_keystoneauth1_session(api: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from keystoneauth1 import session as ks_session
    from keystoneauth1.identity import v3

    with cloud(tmp_path, monkeypatch) as (_, _, de, nl):
        auth_url = json.loads((tmp_path / "clouds.yaml").read_text())["clouds"]["otc"]["auth"]["auth_url"]
        session = ks_session.Session(auth=v3.Password(auth_url=auth_url, username="alice", password=PASSWORD,
                                                      project_id=PROJECT, user_domain_name="OTC-EU"))
        client = _from_cloud()(session=session, region="eu-nl")
        api.sync_detailed(client.project_id, client=client)
        with pytest.raises(LookupError, match="no public endpoint of service type 'gaussdb' in region 'ap-1'"):
            _from_cloud()(session=session, region="ap-1")
        with pytest.raises(LookupError, match="service type 'rds'"):
            _from_cloud()(session=session, region="eu-nl", service_type="rds")
    assert len(nl.received) == 1 and de.received == []
