"""The gaussdb-opengauss client: complete, typed, and it refuses values the docs forbid before sending."""

from __future__ import annotations

import copy
import importlib
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from generator.cli import main
from generator.client import GenerateResult
from generator.client.view import HTTP_METHODS, python_name
from tests.client.conftest import PACKAGE

RESTORE_SOURCE = "apis_recommended/backup_management/restoring_data_to_a_new_db_instance.rst"


def _norm(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _spec_operations(spec: dict[str, Any]) -> list[str]:
    """Every operation the client must offer: one per operation, one per variant of a merged operation."""
    ids = []
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op and op.get("x-variants"):
                ids.extend(v["operationId"] for v in op["x-variants"])
            elif op:
                ids.append(op["operationId"])
    return ids


def _endpoint(op_id: str) -> Any:
    api = Path(importlib.import_module(PACKAGE).__file__ or "").parent / "api"
    [module] = [p for p in api.glob(f"*/{python_name(op_id)}.py")]
    return importlib.import_module(f"{PACKAGE}.api.{module.parent.name}.{module.stem}")


def test_generation_has_no_warning_and_no_finding(opengauss_client: GenerateResult) -> None:
    assert opengauss_client.diagnostics == [], [str(d) for d in opengauss_client.diagnostics]
    assert opengauss_client.ok


def test_every_operation_has_a_function(opengauss_client: GenerateResult, opengauss_spec: dict[str, Any]) -> None:
    ids = _spec_operations(opengauss_spec)
    assert len(ids) == opengauss_client.operations == opengauss_client.functions
    for op_id in ids:
        module = _endpoint(op_id)
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function)), (op_id, function)
    assert {"create_db_instance", "restore_data_to_new_db_instance"} <= set(ids)


def test_every_property_has_a_typed_attribute(opengauss_client: GenerateResult, opengauss_spec: dict[str, Any]) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    classes = {_norm(name): getattr(models, name) for name in models.__all__}
    checked = 0
    for name, schema in opengauss_spec["components"]["schemas"].items():
        if "properties" not in schema:
            continue
        cls = classes[_norm(name)]
        fields = {_norm(f.name): f for f in attrs.fields(cls)}
        for prop in schema["properties"]:
            annotation = fields[_norm(prop)].type
            assert annotation and annotation != "Any", (name, prop, annotation)
            checked += 1
    assert checked == opengauss_client.properties > 300


@pytest.fixture
def restore_body(opengauss_spec: dict[str, Any]) -> dict[str, Any]:
    """The documented restore request, with its doc defects corrected (port is a String, a real password)."""
    examples = opengauss_spec["paths"]["/v3/{project_id}/instances"]["post"]["requestBody"]["content"][
        "application/json"]["examples"]
    body: dict[str, Any] = copy.deepcopy(examples["restore_data_to_new_db_instance_1"]["value"])
    body.update(port="8001", password="Secur3#Passw0rd")
    return body


def _send(body: dict[str, Any]) -> list[httpx.Request]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(202, json={"instance": {"id": "i1"}, "job_id": "j1"})

    client_module = importlib.import_module(f"{PACKAGE}.client")
    models = importlib.import_module(f"{PACKAGE}.models")
    client = client_module.AuthenticatedClient(
        base_url="http://127.0.0.1:1", token="t0ken", prefix="", auth_header_name="X-Auth-Token",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    request = models.RestoreDataToNewDbInstanceRequest.from_dict(body)
    _endpoint("restore_data_to_new_db_instance").sync_detailed(project_id="p1", client=client, body=request)
    return sent


def test_a_valid_restore_body_is_sent_to_the_real_path(opengauss_client: GenerateResult,
                                                        restore_body: dict[str, Any]) -> None:
    [request] = _send(restore_body)
    assert request.method == "POST" and request.url.path == "/v3/p1/instances"
    assert request.headers["X-Auth-Token"] == "t0ken"
    assert json.loads(request.content) == restore_body


@pytest.mark.parametrize(("field", "value", "rule", "line"),
                         [("port", "8000", "not", 112), ("name", "abc", "minLength", 55)])
def test_a_forbidden_value_fails_before_sending(opengauss_client: GenerateResult, restore_body: dict[str, Any],
                                                field: str, value: str, rule: str, line: int) -> None:
    validation = importlib.import_module(f"{PACKAGE}._validation")
    restore_body[field] = value
    with pytest.raises(validation.RequestValidationError) as caught:
        _send(restore_body)
    error = caught.value
    assert (error.operation, error.field, error.rule) == ("restore_data_to_new_db_instance", field, rule)
    assert error.doc_source.startswith(f"{RESTORE_SOURCE}:{line}")
    assert f"field `{field}` breaks rule `{rule}`" in str(error)
    with validation.validation_disabled():
        assert len(_send(restore_body)) == 1  # the flag turns validation off


def test_secrets_stay_out_of_reprs_and_errors(opengauss_client: GenerateResult, restore_body: dict[str, Any]) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    validation = importlib.import_module(f"{PACKAGE}._validation")
    request = models.RestoreDataToNewDbInstanceRequest.from_dict(restore_body)
    assert restore_body["password"] not in repr(request) and "password" not in repr(request)
    restore_body["password"] = "weakpw"
    with pytest.raises(validation.RequestValidationError) as caught:
        _send(restore_body)
    assert caught.value.field == "password" and "weakpw" not in str(caught.value)


# runs the gaussdb-opengauss client's package and suite through mypy --strict in a subprocess: a real service's check
@pytest.mark.slow
def test_generated_package_passes_mypy_strict(opengauss_client: GenerateResult, tmp_path: Path) -> None:
    """The package and its contract suite (`tests/`, which imports the package from the project folder)."""
    assert opengauss_client.package_dir is not None
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), PACKAGE, "tests"],
        cwd=opengauss_client.package_dir.parent, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert time.perf_counter() - started < 60


@pytest.mark.slow  # the gaussdb-opengauss client generated through the CLI: a real service's generation
def test_cli_generate(opengauss_spec: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_file = tmp_path / "spec.json"
    spec_file.write_text(json.dumps(opengauss_spec))
    assert main(["generate", str(spec_file), "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / PACKAGE / "_validation.py").exists()
    assert "35 operations -> 35 endpoint modules" in capsys.readouterr().err
    assert main(["generate", str(tmp_path / "missing.yaml"), "-o", str(tmp_path / "out")]) == 2
