"""Traps of openapi-python-client found by `python -m benchmarks.sweep --generate` on the wider corpus, each on a
small spec fragment: generated once into a temporary folder, then checked (no finding, `mypy --strict` clean, the
wire format kept)."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.client import GenerateResult, generate_client, generation_view
from generator.client.generate import check_output
from tests.modules import importable

PACKAGE = "traps2_client"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "traps2", "version": "1.0.0"},
    "paths": {
        "/e": {"get": {"operationId": "get_e", "tags": ["t"], "responses": {"200": {
            "description": "ok", **_json(_ref("E")),
            # a response header: the generator reads none, so its enum is no class of the client
            "headers": {"X-Version": {"schema": {"type": "string", "enum": ["3.0", "--"]}}}}}}},
        "/tree": {"get": {"operationId": "get_tree", "tags": ["t"], "responses": {"200": {"description": "ok",
                                                                                      **_json(_ref("ChildrenItem"))}}}},
        "/schema": {"get": {"operationId": "get_schema", "tags": ["t"], "responses": {"200": {"description": "ok",
                                                                                          **_json(_ref("Schema"))}}}},
        # a FormData body with a documented example (APIG's API import): a file, a boolean, a number, a string
        "/imports": {"post": {"operationId": "import_file", "tags": ["t"], "responses": {"204": {"description": "ok"}},
                              "requestBody": {"required": True, "content": {"multipart/form-data": {
                                  "schema": _ref("ImportFile"), "examples": {"import_file_1": {"value": {
                                      "file_name": "api_group.json", "is_create_group": False, "count": 2,
                                      "group_id": "d9ce8c9e"}}}}}}}},
        # a pattern of one repeated class with a large minLength (APIG's AppCode: 64 to 180 letters and digits)
        "/codes": {"post": {"operationId": "create_code", "tags": ["t"], "responses": {"204": {"description": "ok"}},
                            "requestBody": {"required": True, "content": {"application/json": {
                                "schema": _ref("Code"), "examples": {"create_code_1": {"value": {
                                    "app_code": "A" * 64}}}}}}}},
        # a query parameter's inline enum (a class GetRecords+Scope) beside a schema of that name (IAM's role
        # assignments): openapi-python-client drops the endpoint ("conflicting enums") unless the schema is renamed
        "/records": {"get": {"operationId": "get_records", "tags": ["t"],
                             "parameters": [{"name": "scope", "in": "query", "required": False,
                                             "schema": {"type": "string", "enum": ["project", "domain"]}}],
                             "responses": {"200": {"description": "ok", **_json(_ref("GetRecordsScope"))}}}},
        # a body that is itself an array (IMS's JSON Patch `[Array]`): the client takes `list[PatchOp]`
        "/patches/{id}": {"patch": {"operationId": "patch_widget", "tags": ["t"],
                                    # a path parameter of a stated form (Cloud Eye's `^db...{22}$`): the
                                    # suite sends a value of that form, which openapi-core checks
                                    "parameters": [{"name": "id", "in": "path", "required": True,
                                                    "schema": {"type": "string",
                                                               "pattern": "^db([a-z]|[A-Z]|[0-9]){22}$"}},
                                                   # a pattern that admits the empty string (OBS's inventory `id`):
                                                   # an empty query value is no value to openapi-core
                                                   {"name": "tag", "in": "query", "required": True,
                                                    "schema": {"type": "string", "pattern": "^[a-z0-9-]*$"}}],
                                    "responses": {"204": {"description": "ok"}},
                                    "requestBody": {"required": True, "content": {"application/json": {
                                        "schema": _ref("Patch"), "examples": {"patch_widget_1": {"value": [
                                            {"op": "replace", "path": "/name", "value": "x"}]}}}}}}},
    },
    "components": {"schemas": {
        "Patch": {"type": "array", "items": _ref("PatchOp")},
        "PatchOp": {"type": "object", "required": ["op", "path"], "properties": {
            "op": {"type": "string"}, "path": {"type": "string"},
            "value": {"type": "string"}}},
        # enum values the generator names alike: `TRUE` twice (it stops), `A_B` twice (it keeps one, silently)
        "E": {"type": "object", "properties": {
            "status": {"type": "integer", "enum": [-1, 0, 1]},  # `VALUE_NEGATIVE_1 = -1`: `-1` is no ast.Constant
            "e0": {"type": "string", "enum": ["true", "false", "True", "False"]},
            "e1": {"type": "string", "enum": ["a_b", "a-b", None]},
            "e2": {"type": "string", "enum": ["rw", "ro"]}}},
        # properties named like what the model class uses itself (an OpenStack image schema has these)
        "Schema": {"type": "object", "required": ["name", "d"], "properties": {
            "additionalProperties": _ref("Extra"), "name": {"type": "string"}, "d": {"type": "integer"},
            "field_dict": {"type": "string"}, "cls": {"type": "boolean"}, "to_dict": {"type": "string"}}},
        # a schema named like an array property's loop variable in `from_dict` (`children` -> `children_item`)
        "ChildrenItem": {"type": "object", "properties": {
            "role_name": {"type": "string"}, "children": {"type": "array", "items": {"type": "object"}}}},
        "Extra": {"type": "object", "properties": {"type": {"type": "string"}}},
        "GetRecordsScope": {"type": "object", "properties": {"project": {"type": "string"}}},
        "ImportFile": {"type": "object", "required": ["file_name"], "properties": {
            "file_name": {"type": "string", "format": "binary"}, "is_create_group": {"type": "boolean"},
            "count": {"type": "integer"}, "group_id": {"type": "string"}}},
        "Code": {"type": "object", "required": ["app_code"], "properties": {
            "app_code": {"type": "string", "minLength": 64, "maxLength": 180, "pattern": "^[A-Za-z0-9]*$"}}},
    }},
}


@pytest.fixture(scope="module")
def traps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GenerateResult, Path]]:
    project = tmp_path_factory.mktemp("traps2") / "traps2"
    result = generate_client(SPEC, project, PACKAGE)
    with importable(project, PACKAGE):
        yield result, project


def test_generation_is_clean_and_passes_mypy_strict(traps: tuple[GenerateResult, Path], mypy_cache: Path) -> None:
    result, project = traps
    assert result.diagnostics == [], [str(d) for d in result.diagnostics]
    mypy = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), "-p", PACKAGE],
                          cwd=project, capture_output=True, text=True, check=False)
    assert mypy.returncode == 0, mypy.stdout[-3000:]


def _enum_values(package: Path) -> list[list[Any]]:
    """The member values of each generated enum class, sorted."""
    found = []
    for path in (package / "models").glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") == "StrEnum" for b in node.bases):
                found.append(sorted(s.value.value for s in node.body
                                    if isinstance(s, ast.Assign) and isinstance(s.value, ast.Constant)))
    return sorted(found)


def test_a_schema_named_like_a_loop_variable_reads_its_array(traps: tuple[GenerateResult, Path]) -> None:
    """`ChildrenItem.children`: the generated `from_dict` reads the items as `children_item`, which shadowed the
    instance of the class (mypy --strict failed, MRS); renamed `ChildrenItemModel`, it gives the document back."""
    models = importlib.import_module(f"{PACKAGE}.models")
    data = {"role_name": "r", "children": [{"a": 1}, {}]}
    assert models.ChildrenItemModel.from_dict(data).to_dict() == data


def test_enum_values_named_alike_all_stay_members(traps: tuple[GenerateResult, Path]) -> None:
    """The view names the members itself where the generator would name two alike; other enums are left alone."""
    schema = generation_view(SPEC).spec["components"]["schemas"]["E"]["properties"]
    assert schema["e0"]["x-enum-varnames"] == ["TRUE", "FALSE", "TRUE_2", "FALSE_2"]
    assert schema["e1"]["x-enum-varnames"] == ["A_B", "A_B_2"]  # null is no member
    assert "x-enum-varnames" not in schema["e2"]
    assert _enum_values(traps[1] / PACKAGE) == [["False", "True", "false", "true"], ["a-b", "a_b"],
                                                ["domain", "project"], ["ro", "rw"]]


def test_an_enum_value_missing_from_the_client_is_a_finding(traps: tuple[GenerateResult, Path], tmp_path: Path) -> None:
    """check_output compares every enum of the view with the generated enum classes (what the generator did to
    `a_b`/`a-b` before the view named their members: one of them gone, no warning)."""
    import shutil

    package = tmp_path / PACKAGE
    shutil.copytree(traps[1] / PACKAGE, package)
    [module] = [p for p in (package / "models").glob("*.py") if '"a-b"' in p.read_text(encoding="utf-8")]
    text = module.read_text(encoding="utf-8")
    module.write_text("\n".join(line for line in text.splitlines() if '= "a-b"' not in line) + "\n", encoding="utf-8")
    result = GenerateResult(package_dir=package)
    check_output(generation_view(SPEC), package, result)
    assert [(d.code, d.message) for d in result.diagnostics] == [
        ("client-enum-incomplete", "#/components/schemas/E/properties/e1: no enum class has the values 'a-b', 'a_b'")]


def test_properties_named_like_model_members_keep_their_wire_names(traps: tuple[GenerateResult, Path]) -> None:
    """`additionalProperties`, `d`, `field_dict`, `cls`, `to_dict`: attributes `NAME_field`, the wire names unchanged
    both ways, and undocumented fields still in `additional_properties`."""
    models = importlib.import_module(f"{PACKAGE}.models")
    data = {"additionalProperties": {"type": "x"}, "name": "n", "d": 1, "field_dict": "f", "cls": True,
            "to_dict": "t", "undocumented": 2}
    parsed = models.Schema.from_dict(data)
    assert parsed.additional_properties_field.type_ == "x"
    assert (parsed.d_field, parsed.field_dict_field, parsed.cls_field, parsed.to_dict_field) == (1, "f", True, "t")
    assert parsed.additional_properties == {"undocumented": 2}
    assert parsed.to_dict() == data


def test_a_formdata_boolean_is_sent_as_json_spells_it(traps: tuple[GenerateResult, Path]) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    body = models.ImportFile.from_dict({"file_name": b"{}", "is_create_group": False, "count": 2})
    parts = {name: part[1] for name, part in body.to_multipart()}
    assert (parts["is_create_group"], parts["count"]) == (b"false", b"2")
    assert {name: part[1] for name, part in models.ImportFile.from_dict(
        {"file_name": b"{}", "is_create_group": True}).to_multipart()}["is_create_group"] == b"true"


def test_the_contract_suite_passes(traps: tuple[GenerateResult, Path]) -> None:
    """The documented FormData request is sent (its file's documented text as the content) and openapi-core accepts
    it; bodies are generated for the AppCode pattern (hypothesis filtered by length and never reached 64); the
    documented JSON Patch array is sent item by item as the client's `list[PatchOp]`, to a path whose parameter has
    a pattern (a value of that form is sent, inside the property-based tests too)."""
    result, project = traps
    assert result.suite is not None and (result.suite.requests, result.suite.properties) == (3, 2)
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir",
                          str(project / "tests"), str(project / "tests")], cwd=project / "tests",
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout[-3000:]
    assert f"{result.suite.tests} passed" in run.stdout


def test_a_body_without_valid_values_names_its_contradictions(traps: tuple[GenerateResult, Path]) -> None:
    """When no body can be generated, the property test names the fields whose keywords admit no value (the
    constraint stage's "no less than 0" read as minimum 0 + exclusiveMaximum 0, an enum beside a numeric pattern)."""
    import importlib.util

    path = traps[1] / "tests" / f"_contract_{PACKAGE}.py"
    spec = importlib.util.spec_from_file_location("_traps2_helper", path)
    assert spec is not None and spec.loader is not None
    helper = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helper)
    body = {"type": "object", "required": ["offset"], "properties": {
        "offset": {"type": "integer", "minimum": 0, "exclusiveMaximum": 0},
        "limit": {"type": "integer", "minimum": 1, "maximum": 1024},
        "nodes": {"type": "array", "items": {"type": "integer", "exclusiveMinimum": 32, "maximum": 30}},
        "access_to": {"type": "string", "enum": ["cert", "0.0.0.0/0"], "pattern": "^(?:[0-9]|[1-9][0-9]|100)$"},
        "name": {"type": "string", "minLength": 5, "maxLength": 4}}}
    assert helper.contradictions(body) == [
        "/offset: minimum 0 and exclusiveMaximum 0 admit no value",
        "/nodes/[]: exclusiveMinimum 32 and maximum 30 admit no value",
        "/access_to: no value of enum ['cert', '0.0.0.0/0'] meets pattern, type",
        "/name: minLength 5 and maxLength 4 admit no value"]
    assert helper.contradictions({"type": "object", "properties": {"a": {"type": "string", "enum": ["1"],
                                                                         "pattern": "^[0-9]$"}}}) == []


def test_a_parameter_enum_named_like_a_schema_keeps_its_endpoint(traps: tuple[GenerateResult, Path]) -> None:
    assert traps[0].ok
    assert generation_view(SPEC).renamed_schemas["GetRecordsScope"] == "GetRecordsScopeModel"
    module = importlib.import_module(f"{PACKAGE}.api.t.get_records")
    enum = importlib.import_module(f"{PACKAGE}.models.get_records_scope").GetRecordsScope
    assert sorted(m.value for m in enum) == ["domain", "project"] and hasattr(module, "sync_detailed")
    assert importlib.import_module(f"{PACKAGE}.models.get_records_scope_model").GetRecordsScopeModel
