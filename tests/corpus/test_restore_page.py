"""Acceptance for the page the project started from: restoring data to a new DB instance (gaussdb-opengauss)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.corpus.catalogue import built

PAGE = "apis_recommended/backup_management/restoring_data_to_a_new_db_instance.rst"
JSON = dict[str, Any]


@pytest.fixture(scope="module")
def spec() -> JSON:
    return built("gaussdb-opengauss").spec


def resolve(spec: JSON, schema: JSON) -> JSON:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def operation(spec: JSON) -> JSON:
    op: JSON = spec["paths"]["/v3/{project_id}/instances"]["post"]
    return op


def restore_variant(spec: JSON) -> JSON:
    op = operation(spec)
    variants = {v["operationId"]: v for v in op["x-variants"]}
    assert set(variants) == {"create_db_instance", "restore_data_to_new_db_instance"}
    variant = variants["restore_data_to_new_db_instance"]
    assert variant["x-doc-source"].startswith(PAGE + ":")
    body = resolve(spec, variant["requestBody"])
    assert body["title"] == "Restoring Data to a New DB Instance"
    return body


def test_operation_and_path_parameter(spec: JSON) -> None:
    op = operation(spec)
    params = {(p["in"], p["name"]): p for p in op["parameters"]}
    assert params[("path", "project_id")]["required"] is True
    assert params[("path", "project_id")]["schema"]["type"] == "string"


def test_request_body_is_a_oneof_of_named_variants(spec: JSON) -> None:
    schema = operation(spec)["requestBody"]["content"]["application/json"]["schema"]
    names = {s["$ref"].rsplit("/", 1)[1] for s in schema["oneOf"]}
    assert names == {"CreateDbInstanceRequest", "RestoreDataToNewDbInstanceRequest"}


def test_restore_variant_fields(spec: JSON) -> None:
    body = restore_variant(spec)
    props = body["properties"]
    assert set(body["required"]) == {
        "name", "availability_zone", "flavor_ref", "volume", "vpc_id", "subnet_id", "security_group_id",
        "password", "restore_point",
    }
    for optional in ("charge_info", "backup_strategy", "configuration_id", "port", "time_zone",
                     "enable_force_switch"):
        assert optional in props and optional not in body["required"]
    assert props["port"]["type"] == "string"
    assert props["enable_force_switch"]["type"] == "boolean"
    volume = resolve(spec, props["volume"])
    assert volume["properties"]["type"]["type"] == "string"
    assert volume["properties"]["size"]["type"] == "integer"
    assert set(volume["required"]) == {"type", "size"}
    restore_point = resolve(spec, props["restore_point"])
    assert restore_point["required"] == ["instance_id"]
    rp = restore_point["properties"]
    assert rp["restore_time"]["type"] == "integer" and rp["restore_time"]["format"] == "int64"
    assert {"backup_id", "type", "restore_time"} <= set(rp)
    for name, prop in props.items():
        assert prop["x-doc-source"].startswith(PAGE + ":"), name


def test_response_202(spec: JSON) -> None:
    response = operation(spec)["responses"]["202"]
    # both pages answer `instance` + `job_id` (no field required, responses open): a response matches both, so the
    # merged 202 body is an anyOf, unlike the request body, which the required fields tell apart
    schemas = response["content"]["application/json"]["schema"]["anyOf"]
    restore = next(resolve(spec, s) for s in schemas if "RestoreDataToNewDb" in s["$ref"])
    assert set(restore["properties"]) == {"instance", "job_id"}
    instance = resolve(spec, restore["properties"]["instance"])
    for nested in ("datastore", "ha", "volume", "backup_strategy", "charge_info"):
        assert resolve(spec, instance["properties"][nested])["type"] == "object", nested
        assert resolve(spec, instance["properties"][nested])["properties"], nested


def test_examples_attached(spec: JSON) -> None:
    op = operation(spec)
    request_examples = op["requestBody"]["content"]["application/json"]["examples"]
    mine = {k: v for k, v in request_examples.items() if v["x-doc-source"].startswith(PAGE)}
    assert len(mine) == 3
    assert {v["value"]["restore_point"].get("type") for v in mine.values()} == {None, "backup", "timestamp"}
    response_examples = op["responses"]["202"]["content"]["application/json"]["examples"]
    mine_resp = [v for v in response_examples.values() if v["x-doc-source"].startswith(PAGE)]
    assert len(mine_resp) == 1
    assert mine_resp[0]["x-repaired"] == ["trailing-comma"]  # the page's example has a trailing comma
    assert mine_resp[0]["value"]["job_id"] == "dff1d289-4d03-4942-8b9f-463ea07c000d"


def test_error_statuses_use_the_appendix_error_body(spec: JSON) -> None:
    default = operation(spec)["responses"]["default"]
    error = resolve(spec, default["content"]["application/json"]["schema"])
    assert set(error["properties"]) == {"error_code", "error_msg"}
    assert error["x-doc-source"].startswith("appendix/abnormal_request_results.rst:")
