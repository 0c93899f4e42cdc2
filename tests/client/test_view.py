"""The generation view: each known trap of openapi-python-client 0.29.1 is removed; the spec is not touched."""

from __future__ import annotations

import copy
import importlib
import json
from pathlib import Path
from typing import Any

from generator.client import GenerateResult, generate_client, generation_view
from generator.client.view import VARIANT_MARK, python_name, wire_path
from tests.modules import importable


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


TRAPS: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "traps", "version": "1.0.0"},
    "paths": {
        "/things": {
            "get": {"operationId": "getThing", "tags": ["t"],
                    "responses": {"200": {"description": "ok", **_json(_ref("A"))}},
                    "parameters": [{"name": "X-Request-Id", "in": "header",
                                    "schema": {"type": "string", "format": "uuid"}}]},
            "post": {
                "operationId": "create_thing", "tags": ["t"],
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"oneOf": [_ref("CreateReq"), _ref("RestoreReq")]},
                    "examples": {"c": {"value": {"name": "x"}, "x-variant": "create_thing"},
                                 "r": {"value": {"source": "y"}, "x-variant": "restore_thing"}}}}},
                "responses": {"202": {"description": "accepted", **_json({"oneOf": [_ref("A"), _ref("B")]})}},
                "x-variants": [
                    {"operationId": "create_thing", "summary": "Creating a Thing", "x-doc-source": "c.rst:3",
                     "requestBody": _ref("CreateReq"), "responses": {"202": _ref("A")}},
                    {"operationId": "restore_thing", "summary": "Restoring a Thing", "x-doc-source": "r.rst:5",
                     "requestBody": _ref("RestoreReq"), "responses": {"202": _ref("B")}},
                ],
            },
        },
        "/things/{id}": {
            "get": {"operationId": "get_thing", "tags": ["t"],
                    "responses": {"200": {"description": "ok", **_json(_ref("B"))}},
                    # a documented default on a path parameter: an argument with a default before a required one
                    "parameters": [{"name": "id", "in": "path", "required": True,
                                    "schema": {"type": "string", "default": "1"}},
                                   {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}]},
        },
    },
    "components": {"schemas": {
        "A": {"title": "Same heading", "type": "object", "properties": {"id": {"type": "string", "readOnly": True}},
              "required": ["id"]},
        "B": {"title": "Same heading", "type": "object", "properties": {"job": {"type": "string"}}},
        "CreateReq": {"type": "object",
                      "properties": {"name": {"type": "string", "minLength": 4, "not": {"enum": ["root"]}}},
                      "anyOf": [{"required": ["name"]}], "required": ["name"]},
        "RestoreReq": {"type": "object", "properties": {"source": {"type": "string"}}, "required": ["source"],
                       "if": {"required": ["source"]}, "then": {"required": ["source"]}},
    }},
}


def test_view_removes_each_trap_and_leaves_the_spec_alone() -> None:
    before = copy.deepcopy(TRAPS)
    view = generation_view(TRAPS)
    assert TRAPS == before
    schemas = view.spec["components"]["schemas"]
    assert all("title" not in s for s in schemas.values())
    assert "anyOf" not in schemas["CreateReq"] and "not" not in schemas["CreateReq"]["properties"]["name"]
    assert "if" not in schemas["RestoreReq"] and "then" not in schemas["RestoreReq"]
    assert "readOnly" not in schemas["A"]["properties"]["id"] and "required" not in schemas["A"]
    header = view.spec["paths"]["/things"]["get"]["parameters"][0]
    assert header["schema"] == {"type": "string"}
    assert view.spec["paths"]["/things/{id}"]["get"]["parameters"][0]["schema"] == {"type": "string"}
    # two operationIds that normalise alike: the second is renamed, both stay
    assert python_name("getThing") == python_name("get_thing") == "get_thing"
    assert view.renamed == {"get_thing": "get_thing_2"}
    # each variant is an operation of its own with its own body, responses and examples
    assert view.variant_paths == {"create_thing": "/things", "restore_thing": "/things"}
    restore = view.spec["paths"][f"/things{VARIANT_MARK}restore_thing"]["post"]
    assert restore["requestBody"]["content"]["application/json"]["schema"] == _ref("RestoreReq")
    assert list(restore["requestBody"]["content"]["application/json"]["examples"]) == ["r"]
    assert restore["responses"]["202"]["content"]["application/json"]["schema"] == _ref("B")
    assert restore["summary"] == "Restoring a Thing" and restore["x-doc-source"] == "r.rst:5"
    assert "post" not in view.spec["paths"]["/things"]


def _findings(result: GenerateResult) -> list[str]:
    """The generator's findings; the trap spec's documented create example breaks its minLength on purpose (a doc
    defect, accepted into the list: `contract-defect-new` says so)."""
    return [str(d) for d in result.diagnostics if not d.code.startswith("contract-defect-")]


def test_generation_of_the_trap_spec_is_clean(tmp_path: Path) -> None:
    result = generate_client(TRAPS, tmp_path / "traps", "traps_client", accept_defects=True)
    assert _findings(result) == [], [str(d) for d in result.diagnostics]
    assert result.operations == result.functions == 4
    api = tmp_path / "traps" / "traps_client" / "api" / "t"
    expected = {"__init__", "get_thing", "get_thing_2", "create_thing", "restore_thing"}
    assert {p.stem for p in api.glob("*.py")} == expected
    restore = (api / "restore_thing.py").read_text()
    assert '"/things"' in restore and VARIANT_MARK not in restore
    assert 'validate_request("restore_thing", _kwargs)' in restore


def _any_of(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with every `oneOf` an `anyOf` (merged variants the builder could not prove exclusive)."""
    loaded: dict[str, Any] = json.loads(json.dumps(spec).replace('"oneOf"', '"anyOf"'))
    return loaded


def test_an_anyof_merged_operation_is_split_into_variants_like_a_oneof() -> None:
    with_one_of, with_any_of = generation_view(TRAPS), generation_view(_any_of(TRAPS))
    assert with_any_of.variant_paths == with_one_of.variant_paths
    assert with_any_of.spec == with_one_of.spec  # the merged body is not in the view: each variant has its own


def test_generation_with_anyof_variants_and_an_anyof_variant_body_is_clean(tmp_path: Path) -> None:
    spec = _any_of(TRAPS)
    restore = spec["paths"]["/things"]["post"]["x-variants"][1]
    restore["requestBody"] = {"anyOf": [_ref("RestoreReq"), _ref("CreateReq")]}  # a page with two bodies
    result = generate_client(spec, tmp_path / "traps", "traps_client", accept_defects=True)
    assert _findings(result) == [], [str(d) for d in result.diagnostics]
    assert result.operations == result.functions == 4
    module = (tmp_path / "traps" / "traps_client" / "api" / "t" / "restore_thing.py").read_text()
    assert "RestoreReq" in module and "CreateReq" in module


def test_generate_refuses_a_folder_it_did_not_write(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep me")
    result = generate_client(TRAPS, tmp_path, "traps_client")
    assert not result.ok and result.package_dir is None
    assert [d.code for d in result.diagnostics] == ["client-generator-failed"]
    assert (tmp_path / "mine.txt").exists()


XML_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "xml", "version": "1.0.0"},
    "paths": {
        "/?acl": {"put": {
            "operationId": "put_acl", "tags": ["t"],
            "parameters": [{"name": "If-Match", "in": "header", "schema": {"x-doc-type": "HTTP time string"}}],
            "requestBody": {"required": True, "content": {"application/xml": {"schema": _ref("Acl")}}},
            "responses": {"200": {"description": "ok", "content": {"application/xml": {"schema": _ref("Acl")}}}}}},
        "/{key}#uploadId": {"delete": {
            "operationId": "abort", "tags": ["t"], "responses": {"204": {"description": "gone"}},
            "parameters": [{"name": "key", "in": "path", "required": True, "schema": {"type": "string"}},
                           {"name": "uploadId", "in": "query", "required": True, "schema": {"type": "string"}}]}},
        "/plain": {"get": {"operationId": "plain", "tags": ["t"], "responses": {"200": {"description": "ok"}}}},
    },
    "components": {"schemas": {"Acl": {"type": "object", "xml": {"name": "AccessControlPolicy"},
                                       "properties": {"Grant": {"type": "array", "items": {"type": "string"}}}}}},
}


def test_xml_bodies_are_given_as_json_and_their_operations_marked_for_the_wire() -> None:
    original = copy.deepcopy(XML_SPEC)
    view = generation_view(XML_SPEC)
    assert XML_SPEC == original
    op = view.spec["paths"]["/?acl"]["put"]
    assert list(op["requestBody"]["content"]) == ["application/json"]
    assert list(op["responses"]["200"]["content"]) == ["application/json"]
    assert view.wire_requests == {"put_acl", "abort"}  # an XML body; a literal query or a `#` label in the path
    assert view.xml_responses == {"put_acl"}
    assert op["parameters"][0]["schema"]["type"] == "string"  # untyped: the generator drops an Any header


def test_generation_of_xml_operations_is_clean_and_wires_them(tmp_path: Path) -> None:
    result = generate_client(XML_SPEC, tmp_path / "xml", "xml_client")
    assert result.ok, [str(d) for d in result.diagnostics]
    package = tmp_path / "xml" / "xml_client"
    put_acl = (package / "api" / "t" / "put_acl.py").read_text(encoding="utf-8")
    assert 'prepare_request("put_acl", _kwargs)' in put_acl and 'read_xml("put_acl", response)' in put_acl
    assert "response.json()" not in put_acl
    assert 'prepare_request("abort", _kwargs)' in (package / "api" / "t" / "abort.py").read_text(encoding="utf-8")
    assert "_wire" not in (package / "api" / "t" / "plain.py").read_text(encoding="utf-8")
    schemas = json.loads((package / "_request_schemas.json").read_text(encoding="utf-8"))
    assert schemas["xml"] == {"put_acl": {"request": _ref("Acl"), "responses": {"200": _ref("Acl")}}}


def _subresource(name: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": True, "allowEmptyValue": True,
            "schema": {"type": "string", "enum": [""]}, "x-subresource": True}


def test_a_subresource_parameter_is_given_to_the_generator_as_the_literal_query_it_is_on_the_wire() -> None:
    spec: dict[str, Any] = {
        "openapi": "3.1.0", "info": {"title": "s", "version": "1"},
        "paths": {"/#customdomain": {
            "get": {"operationId": "get_domain", "tags": ["t"], "parameters": [_subresource("customdomain")],
                    "responses": {"200": {"description": "ok"}}},
            "put": {"operationId": "put_domain", "tags": ["t"], "responses": {"200": {"description": "ok"}},
                    "parameters": [{"name": "customdomain", "in": "query", "required": True,
                                    "schema": {"type": "string"}}]}},
            "/{key}#modify&position": {"put": {
                "operationId": "modify", "tags": ["t"], "responses": {"200": {"description": "ok"}},
                "parameters": [{"name": "key", "in": "path", "required": True, "schema": {"type": "string"}},
                               _subresource("modify"),
                               {"name": "position", "in": "query", "required": True, "schema": {"type": "integer"}}]}}},
    }
    paths = generation_view(spec).spec["paths"]
    assert sorted(paths) == ["/#customdomain", "/?customdomain", "/{key}?modify#position"]
    assert list(paths["/?customdomain"]) == ["get"] and "parameters" in paths["/?customdomain"]["get"]
    assert paths["/?customdomain"]["get"]["parameters"] == []  # the caller gives no value for it
    assert list(paths["/#customdomain"]) == ["put"]  # a query parameter with a value stays one
    assert [p["name"] for p in paths["/{key}?modify#position"]["put"]["parameters"]] == ["key", "position"]
    assert wire_path("/{key}#modify&position", spec["paths"]["/{key}#modify&position"]["put"]) == \
        "/{key}?modify#position"


def test_a_property_default_is_left_to_the_service_not_sent_by_the_client(tmp_path: Path) -> None:
    """A model attribute with a default is sent by `to_dict()` for a field the caller never set (an update would reset
    what the user did not touch): the view drops every property's default, and the spec keeps it."""
    spec: dict[str, Any] = {
        "openapi": "3.1.0", "info": {"title": "d", "version": "1"},
        "paths": {"/policy": {"put": {"operationId": "set_policy", "tags": ["t"],
                                      "requestBody": {"required": True, "content": {"application/json": {
                                          "schema": {"$ref": "#/components/schemas/Policy"}}}},
                                      "responses": {"204": {"description": "ok"}}}}},
        "components": {"schemas": {"Policy": {"type": "object", "properties": {
            "keep_days": {"type": "integer"}, "prefetch_block": {"type": "integer", "default": 64}}}}},
    }
    view = generation_view(spec)
    assert "default" not in view.spec["components"]["schemas"]["Policy"]["properties"]["prefetch_block"]
    assert spec["components"]["schemas"]["Policy"]["properties"]["prefetch_block"]["default"] == 64
    result = generate_client(spec, tmp_path / "project", "defaults_client")
    assert _findings(result) == []
    with importable(tmp_path / "project", "defaults_client"):
        policy = importlib.import_module("defaults_client.models.policy").Policy(keep_days=7)
        assert policy.to_dict() == {"keep_days": 7}
