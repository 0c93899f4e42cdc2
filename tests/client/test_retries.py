"""Retries (issue 15): idempotent requests of a generated client are retried on 429, 503 and connection errors,
honouring `Retry-After`, with a cap; POST is never retried. Against a freshly generated gaussdb-opengauss client
and an HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import importlib
import json
from types import SimpleNamespace
from typing import Any

import httpx
import httpx_retries.retry
import pytest

from generator.client import GenerateResult
from tests.client.conftest import PACKAGE
from tests.client.loopback import Answer, Received, serve
from tests.client.test_open_enums import RESTORE

LISTING = {"backups": [{"id": "b1"}], "total_count": 1}


def _script(*answers: Answer) -> Any:
    """A handler giving `answers` in turn, then the last one again."""
    queue = list(answers)

    def handler(got: Received) -> Answer:
        return queue.pop(0) if len(queue) > 1 else queue[0]
    return handler


@pytest.fixture
def modules(opengauss_client: GenerateResult) -> Any:
    class Modules:
        client = importlib.import_module(f"{PACKAGE}.client")
        retries = importlib.import_module(f"{PACKAGE}._retries")
        query = importlib.import_module(f"{PACKAGE}.api.backup_management.query_backups")
        delete = importlib.import_module(f"{PACKAGE}.api.backup_management.delete_manual_backup")
        restore = importlib.import_module(f"{PACKAGE}.api.backup_management.restore_data_to_new_db_instance")
        models = importlib.import_module(f"{PACKAGE}.models")
    return Modules


def _client(modules: Any, url: str, **kwargs: Any) -> Any:
    return modules.client.AuthenticatedClient(base_url=url, token="t", prefix="", auth_header_name="X-Auth-Token",
                                              **kwargs)


def _quick_default(modules: Any) -> Any:
    """The default policy without its backoff of up to 1 s, then 2 s, between tries (a `Retry-After` of 0 falls back
    to it): the tests that do not time the waits."""
    retry = modules.retries.default_retry()
    retry.backoff_factor = 0.01
    return retry


def test_get_after_503_with_retry_after_succeeds(modules: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []  # the waits the client asks for, recorded instead of slept (a second of the quick loop)
    monkeypatch.setattr(httpx_retries.retry, "time", SimpleNamespace(sleep=waits.append))
    with serve(_script((503, {"Retry-After": "1"}, {"error_msg": "busy"}), (200, {}, LISTING))) as server:
        response = modules.query.sync_detailed("p1", client=_client(modules, server.url))
    assert response.status_code == 200 and response.parsed.total_count == 1
    assert [r.method for r in server.received] == ["GET", "GET"]
    assert waits == [1.0]  # Retry-After honoured: one wait of its 1 s before the second try


def test_post_is_not_retried(modules: Any) -> None:
    body = modules.models.RestoreDataToNewDbInstanceRequest.from_dict(json.loads(json.dumps(RESTORE)))
    with serve(_script((503, {"Retry-After": "1"}, {"error_msg": "busy"}), (202, {}, {"job_id": "j"}))) as server:
        response = modules.restore.sync_detailed("p1", client=_client(modules, server.url), body=body)
    assert response.status_code == 503
    assert [r.method for r in server.received] == ["POST"]


def test_delete_after_429_and_a_dropped_connection_succeeds(modules: Any) -> None:
    with serve(_script((429, {"Retry-After": "0"}, {}), (0, {}, b""), (202, {}, b""))) as server:
        response = modules.delete.sync_detailed("p1", "b1", client=_client(modules, server.url,
                                                                           retry=_quick_default(modules)))
    assert response.status_code == 202
    assert [r.method for r in server.received] == ["DELETE"] * 3


def test_post_on_a_dropped_connection_raises(modules: Any) -> None:
    body = modules.models.RestoreDataToNewDbInstanceRequest.from_dict(json.loads(json.dumps(RESTORE)))
    with serve(_script((0, {}, b""), (202, {}, {"job_id": "j"}))) as server, \
            pytest.raises(httpx.RemoteProtocolError):
        modules.restore.sync_detailed("p1", client=_client(modules, server.url), body=body)
    assert len(server.received) == 1


def test_retries_are_capped_and_overridable(modules: Any) -> None:
    retry = modules.retries.Retry(total=2, allowed_methods=["GET"], status_forcelist=[503])
    with serve(_script((503, {}, {}))) as server:
        response = modules.query.sync_detailed("p1", client=_client(modules, server.url, retry=retry))
        assert response.status_code == 503 and len(server.received) == 3  # the first try and 2 retries
        server.received.clear()
        response = modules.query.sync_detailed("p1", client=_client(modules, server.url, retry=None))
        assert response.status_code == 503 and len(server.received) == 1
    with serve(_script((500, {}, {}), (200, {}, LISTING))) as server:
        response = modules.query.sync_detailed("p1", client=_client(modules, server.url))
        assert response.status_code == 500 and len(server.received) == 1  # 500 is not retried


def test_documented_defaults(modules: Any) -> None:
    retry = _client(modules, "http://127.0.0.1:1").retry
    assert retry.total == 3 and retry.max_backoff_wait == 30.0 and retry.total_timeout == 60.0
    assert retry.allowed_methods == {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}
    assert set(retry.status_forcelist) == {429, 503}
    assert modules.client.Client(base_url="http://127.0.0.1:1").retry.total == 3


def test_a_transport_of_the_user_is_kept_and_retried(modules: Any) -> None:
    calls: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(503 if len(calls) == 1 else 200, json=LISTING, headers={"Retry-After": "0"})

    client = _client(modules, "http://service.invalid", httpx_args={"transport": httpx.MockTransport(answer)},
                     retry=_quick_default(modules))
    assert modules.query.sync_detailed("p1", client=client).status_code == 200
    assert calls == ["GET", "GET"]


def test_async_get_is_retried(modules: Any) -> None:
    with serve(_script((503, {"Retry-After": "0"}, {}), (200, {}, LISTING))) as server:
        client = _client(modules, server.url, retry=_quick_default(modules))
        response = asyncio.run(modules.query.asyncio_detailed("p1", client=client))
    assert response.status_code == 200 and len(server.received) == 2
