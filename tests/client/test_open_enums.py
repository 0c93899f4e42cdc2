"""Open enums (issue 15): a response value the docs did not list parses (kept as the raw value, one warning per
field), requests stay strict, and the output check refuses a client that parses an enum strictly. Run on a freshly
generated gaussdb-opengauss client, over HTTP on 127.0.0.1 where a response is involved."""

from __future__ import annotations

import importlib
import json
import shutil
import warnings
from pathlib import Path
from typing import Any

import pytest

from generator.client import GenerateResult
from generator.client.open_enums import open_models, strict_parses
from generator.client.result import GenerateResult as Result
from generator.client.verify import check_output
from tests.client.conftest import PACKAGE
from tests.client.loopback import Received, serve

RESTORE = {
    "name": "targetInst", "availability_zone": "aaa,bbb,ccc", "flavor_ref": "gaussdb.opengauss.ee.dn.m4.2xlarge.8.in",
    "volume": {"type": "ULTRAHIGH", "size": 160}, "vpc_id": "490a4a08-ef4b-44c5-94be-3051ef9e4fce",
    "subnet_id": "0e2eda62-1d42-4d64-a9d1-4e9aa9cd994f", "security_group_id": "2a1f7fc8-3307-42a7-aa6f-42c8b9b8f8c5",
    "password": "Secur3#Passw0rd", "port": "8001",
    "restore_point": {"instance_id": "d8e6ca5a624745bcb546a227aa3ae1cfin14",
                      "backup_id": "2f4ddb93b9014b0893d81d2e472f30febr14"},
}


@pytest.fixture
def client_modules(opengauss_client: GenerateResult) -> Any:
    enums = importlib.import_module(f"{PACKAGE}._enums")
    enums._reset_warnings()
    return importlib.import_module(f"{PACKAGE}.models")


def _unknown(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if w.category.__name__ == "UnknownEnumValueWarning"]


def test_unlisted_response_value_is_kept_with_one_warning_per_field(client_modules: Any) -> None:
    models = client_modules
    data = {"id": "b", "status": "SOME_NEW_STATUS", "type": "incremental"}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = models.Backup.from_dict(data)
        models.Backup.from_dict({"id": "c", "status": "ANOTHER_NEW_STATUS"})
    messages = _unknown(caught)
    assert len(messages) == 2, messages  # Backup.status once, Backup.type once
    assert any(m.startswith("Backup.status: 'SOME_NEW_STATUS'") and "'COMPLETED'" in m for m in messages)
    assert any(m.startswith("Backup.type: 'incremental'") for m in messages)
    assert first.status == "SOME_NEW_STATUS" and first.status.value == "SOME_NEW_STATUS"
    assert isinstance(first.status, models.BackupStatus)
    assert first.to_dict() == data
    listed = models.Backup.from_dict({"status": "COMPLETED"})
    assert listed.status is models.BackupStatus.COMPLETED
    with pytest.raises(ValueError, match="is not a valid BackupStatus"):
        models.Backup.from_dict({"status": 5})  # a value of another type is no enum value at all


def test_unlisted_value_in_a_response_over_http_parses(client_modules: Any) -> None:
    client_mod = importlib.import_module(f"{PACKAGE}.client")
    query = importlib.import_module(f"{PACKAGE}.api.backup_management.query_backups")
    backups = [{"id": "b1", "status": "COMPLETED"}, {"id": "b2", "status": "SOME_NEW_STATUS"}]

    def answer(got: Received) -> tuple[int, dict[str, str], Any]:
        return 200, {}, {"backups": backups, "total_count": 2}

    with serve(answer) as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client = client_mod.AuthenticatedClient(base_url=server.url, token="t", prefix="",
                                                auth_header_name="X-Auth-Token")
        parsed = query.sync("p1", client=client)
    assert [b.status for b in parsed.backups] == ["COMPLETED", "SOME_NEW_STATUS"]
    assert len(_unknown(caught)) == 1
    assert parsed.to_dict()["backups"] == backups


def test_requests_stay_strict(client_modules: Any) -> None:
    validation = importlib.import_module(f"{PACKAGE}._validation")
    client_mod = importlib.import_module(f"{PACKAGE}.client")
    restore = importlib.import_module(f"{PACKAGE}.api.backup_management.restore_data_to_new_db_instance")
    body = json.loads(json.dumps(RESTORE))
    body["volume"]["type"] = "SOME_NEW_TYPE"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        request = client_modules.RestoreDataToNewDbInstanceRequest.from_dict(body)
    with serve(lambda got: (202, {}, {"job_id": "j"})) as server:
        client = client_mod.AuthenticatedClient(base_url=server.url, token="t", prefix="",
                                                auth_header_name="X-Auth-Token")
        with pytest.raises(validation.RequestValidationError, match="volume"):
            restore.sync_detailed("p1", client=client, body=request)
    assert server.received == []


def test_output_check_refuses_a_strict_parse(opengauss_client: GenerateResult, tmp_path: Path) -> None:
    assert opengauss_client.package_dir is not None and opengauss_client.view is not None
    package = tmp_path / PACKAGE
    shutil.copytree(opengauss_client.package_dir, package)
    assert strict_parses(package) == []
    model = package / "models" / "backup.py"
    text = model.read_text(encoding="utf-8")
    opened = 'open_enum("Backup.status", BackupStatus, _status)'
    assert opened in text
    model.write_text(text.replace(opened, "BackupStatus(_status)"), encoding="utf-8")
    result = Result(package_dir=None, view=opengauss_client.view)
    check_output(opengauss_client.view, package, result)
    [finding] = [d for d in result.diagnostics if d.code == "client-enum-strict"]
    assert "models/backup.py:" in finding.message


def test_every_enum_parse_shape_is_opened() -> None:
    text = '''from ..types import UNSET

class Model:
    @classmethod
    def from_dict(cls, src_dict):
        d = dict(src_dict)
        kind = Kind(d.pop("kind"))
        _state = d.pop("state", UNSET)
        state = State(_state)
        items = []
        _items = d.pop("item\\"s")
        for items_item_data in _items:
            items_item = Kind(
                items_item_data
            )
        return cls(kind=kind, state=state)
'''
    new = open_models(text, {"Kind", "State"}, "..")
    assert 'kind = open_enum("Model.kind", Kind, d.pop("kind"))' in new
    assert 'state = open_enum("Model.state", State, _state)' in new
    assert 'items_item = open_enum("Model.item\\"s", Kind,\n' in new
    assert new.startswith("from .._enums import open_enum\nfrom ..types import UNSET\n")
    assert "Kind(" not in new.replace("open_enum(", "") and "State(" not in new
    assert open_models("x = Other(1)\n", {"Kind"}, "..") == "x = Other(1)\n"
