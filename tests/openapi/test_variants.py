"""Merged variants: `oneOf` only where the schemas prove a body matches one variant, else `anyOf` + diagnostic.

`tests/fixtures/variants/` has three pairs of pages on one METHOD+path each, in the docs' style:
tags add/delete (same fields, `action` "can be **create** or **delete**" on both: not exclusive), mark/unmark
(`action` "The value is **mark**" / "**unmark**": disjoint values) and open/seal (seal requires `seal`, a field
the open page does not declare: exclusive once each variant admits only its own fields).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from generator.diagnostics import CODES, Severity
from generator.openapi.variants import overlaps
from generator.pipeline import BuildResult, build
from tests.conftest import FIXTURES

JSON = dict[str, Any]
TREE = FIXTURES / "variants"


@cache
def built() -> BuildResult:
    return build(TREE)


def body(path: str) -> JSON:
    schema: JSON = built().spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return schema


def test_same_fields_and_overlapping_values_give_anyof_and_a_diagnostic() -> None:
    schema = body("/v3/{project_id}/parcels/{parcel_id}/tags/action")
    assert "oneOf" not in schema
    assert [s["$ref"].rsplit("/", 1)[1] for s in schema["anyOf"]] == ["AddParcelTagsRequest",
                                                                      "DeleteParcelTagsRequest"]
    assert all(s["unevaluatedProperties"] is False for s in schema["anyOf"])
    [diag] = [d for d in built().diagnostics if d.code == "variants-overlap"]
    assert diag.severity is Severity.INFO and CODES["variants-overlap"][0] is Severity.INFO
    assert str(diag.loc) == "adding_parcel_tags.rst:16"
    # which variants, where they are documented, and why the builder could not tell them apart
    assert "tags/action request body" in diag.message
    assert "`AddParcelTagsRequest` (add_parcel_tags adding_parcel_tags.rst:16)" in diag.message
    assert "`DeleteParcelTagsRequest` (delete_parcel_tags deleting_parcel_tags.rst:16)" in diag.message
    assert "`action` create|delete" in diag.message


def test_disjoint_values_of_a_field_both_require_keep_oneof() -> None:
    schema = body("/v3/{project_id}/parcels/{parcel_id}/flags/action")
    assert [s["$ref"].rsplit("/", 1)[1] for s in schema["oneOf"]] == ["MarkParcelRequest", "UnmarkParcelRequest"]


def test_a_required_field_the_other_variant_does_not_declare_keeps_oneof() -> None:
    schema = body("/v3/{project_id}/parcels/{parcel_id}/action")
    assert [s["$ref"].rsplit("/", 1)[1] for s in schema["oneOf"]] == ["OpenParcelRequest", "SealParcelRequest"]


@pytest.mark.parametrize("path", ["/v3/{project_id}/parcels/{parcel_id}/tags/action",
                                  "/v3/{project_id}/parcels/{parcel_id}/flags/action",
                                  "/v3/{project_id}/parcels/{parcel_id}/action"])
def test_every_documented_request_is_valid_against_the_merged_body(path: str) -> None:
    spec = built().spec
    content = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]
    validator = Draft202012Validator({**content["schema"], "components": spec["components"]})
    assert len(content["examples"]) == 2
    for example in content["examples"].values():
        assert list(validator.iter_errors(example["value"])) == [], example["x-doc-source"]


# --- the proof on its own -------------------------------------------------------------------------------------


def _obj(required: list[str], **props: JSON) -> JSON:
    return {"type": "object", "properties": props, "required": required}


def test_required_field_undeclared_by_the_other_proves_exclusive_only_when_closed() -> None:
    schemas = {"A": _obj(["start"], start={"type": "object"}), "B": _obj(["stop"], stop={"type": "object"})}
    assert overlaps(schemas, ["A", "B"], closed=True) == []
    [found] = overlaps(schemas, ["A", "B"], closed=False)  # open bodies: {"start": {}, "stop": {}} matches both
    assert (found.first, found.second) == ("A", "B")
    assert "they require no field in common" in found.reason


def test_a_map_admits_any_field_so_nothing_is_proven_by_declared_fields() -> None:
    schemas = {"A": _obj(["start"], start={}), "B": {**_obj([], stop={}), "additionalProperties": {"type": "string"}}}
    assert len(overlaps(schemas, ["A", "B"], closed=True)) == 1  # B requires nothing and admits `start`
    schemas["B"]["required"] = ["stop"]
    # A still rejects B's bodies (A lacks `stop`), and that one direction is enough
    assert overlaps(schemas, ["A", "B"], closed=True) == []
    schemas["A"] = {**schemas["A"], "additionalProperties": True}
    assert len(overlaps(schemas, ["A", "B"], closed=True)) == 1


def test_disjoint_enum_or_const_on_a_field_both_require() -> None:
    schemas = {"A": _obj(["action"], action={"type": "string", "const": "create"}),
               "B": _obj(["action"], action={"type": "string", "enum": ["delete", "remove"]}),
               "C": _obj(["action"], action={"type": "string", "enum": ["create", "delete"]}),
               "D": _obj([], action={"type": "string", "enum": ["other"]})}
    assert overlaps(schemas, ["A", "B"], closed=False) == []
    assert [(o.first, o.second) for o in overlaps(schemas, ["A", "B", "C"], closed=False)] == [("A", "C"),
                                                                                               ("B", "C")]
    [found] = overlaps(schemas, ["C", "D"], closed=True)  # D does not require `action`: `{}` matches D only, but
    assert "they require no field in common" in found.reason  # a body with action=create matches C and D


def test_values_compare_as_json_values() -> None:
    schemas = {"A": _obj(["n"], n={"enum": [1]}), "B": _obj(["n"], n={"enum": [1.0]}),
               "C": _obj(["n"], n={"enum": ["1"]}), "D": _obj(["n"], n={"enum": [True]})}
    assert len(overlaps(schemas, ["A", "B"], closed=False)) == 1  # 1 and 1.0 are one JSON Schema value
    assert overlaps(schemas, ["A", "C"], closed=False) == []
    assert overlaps(schemas, ["A", "D"], closed=False) == []


def test_disjoint_values_inside_an_object_both_require() -> None:
    schemas = {"A": _obj(["resize"], resize={"$ref": "#/components/schemas/RA"}),
               "B": _obj(["resize"], resize={"$ref": "#/components/schemas/RB"}),
               "RA": _obj(["kind"], kind={"const": "volume"}, size={"type": "integer"}),
               "RB": _obj(["kind"], kind={"const": "flavor"}, flavor={"type": "string"}),
               "RC": _obj([], kind={"const": "flavor"})}
    assert overlaps(schemas, ["A", "B"], closed=True) == []
    schemas["B"] = _obj(["resize"], resize={"$ref": "#/components/schemas/RC"})  # `kind` optional in RC
    [found] = overlaps(schemas, ["A", "B"], closed=True)
    assert "no field both require has disjoint values (`resize` any value)" in found.reason


def test_fields_a_conditional_declares_count_as_declared() -> None:
    schemas = {"A": _obj(["mode"], mode={"type": "string"}),
               "B": {**_obj(["kind"], kind={"type": "string"}),
                     "allOf": [{"if": {"properties": {"kind": {"const": "x"}}},
                                "then": {"properties": {"mode": {"type": "string"}}}}]}}
    # B (closed) admits `mode` through its conditional, so A's bodies are not proven to fail B; but A does not
    # declare `kind`, which B requires: exclusive
    assert overlaps(schemas, ["A", "B"], closed=True) == []
    schemas["A"]["properties"]["kind"] = {"type": "string"}
    assert len(overlaps(schemas, ["A", "B"], closed=True)) == 1
