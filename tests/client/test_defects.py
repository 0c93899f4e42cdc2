"""generator/client/defects.py: what a documented example breaks, and the review of candidates against a list."""

from __future__ import annotations

from typing import Any

import pytest

from generator.client import contract, defects
from generator.client.defects import breaks, dump_defects, load_defects, review, spec_registry
from generator.client.view import generation_view

SPEC: dict[str, Any] = {"components": {"schemas": {
    "Item": {"type": "object", "properties": {
        "size": {"type": "integer", "maximum": 10, "x-doc-source": "page.rst:12",
                 "x-constraint-source": ["maximum: page.rst:12: The value ranges from 1 to 10."]},
        "name": {"type": "string", "x-doc-source": "page.rst:14"}},
        "required": ["name"], "x-doc-source": "page.rst:10"}}}}
BODY = {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}}


def test_breaks_name_kind_rule_place_and_the_sentence_they_contradict() -> None:
    value = {"items": [{"name": "a", "size": 11}, {"size": 12, "colour": "red"}, {"name": 3}]}
    found = breaks(SPEC, BODY, value, closed_objects=True)
    assert [(b["kind"], b["rule"], b["path"]) for b in found] == [
        ("example-undocumented-field", "additionalProperties", "/items/*/colour"),
        ("example-missing-required", "required", "/items/*/name"),
        ("example-wrong-type", "type", "/items/*/name"),
        ("example-forbidden-value", "maximum", "/items/*/size"),  # two items, one place of the schema
    ]
    reasons = {b["rule"]: b["reason"] for b in found}
    assert reasons["maximum"] == "maximum: page.rst:12: The value ranges from 1 to 10."
    assert reasons["required"] == "required: Mandatory in the table row at page.rst:14"
    assert reasons["type"] == "type 'string': the table row at page.rst:14"
    assert reasons["additionalProperties"].endswith("(object from page.rst:10)")
    assert breaks(SPEC, BODY, {"items": [{"name": "a", "colour": "red"}]}, closed_objects=False) == []


def test_one_registry_serves_every_example_and_the_suite_closes_the_components_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The closed components are made once per suite (`spec_registry`), not once per example: closing copies them
    all, which was most of a large service's suite generation (1.8 s of ECS's 95 listed examples, now 0.09 s). The
    breaks found are the same."""
    values = [{"items": [{"name": "a", "size": 11}, {"size": 12, "colour": "red"}]}, {"items": []}, {"items": 3}]
    shared = spec_registry(SPEC, closed_objects=True)
    for value in values:
        assert breaks(SPEC, BODY, value, True, shared) == breaks(SPEC, BODY, value, closed_objects=True)
    op = {"operationId": "put_items", "tags": ["items"], "responses": {"200": {"description": "ok"}},
          "requestBody": {"content": {"application/json": {"schema": BODY, "examples": {
              f"put_items_{i}": {"value": v} for i, v in enumerate(values, 1)}}}}}
    spec: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
                            "paths": {"/items": {"put": op}}, **SPEC}
    closed: list[Any] = []
    original = defects.closed_schema

    def counted(schema: Any) -> Any:
        closed.append(schema)
        return original(schema)

    monkeypatch.setattr(defects, "closed_schema", counted)
    _, found = contract.build_cases(spec, generation_view(spec))
    assert sorted(found) == ["put_items/request/put_items_1", "put_items/request/put_items_3"]
    assert sum(schema is spec["components"] for schema in closed) == 1


CANDIDATE: dict[str, Any] = {"source": "page.rst:40", "breaks": [{"kind": "example-forbidden-value", "rule": "maximum",
                                                   "path": "/items/*/size", "error": "11 > 10", "reason": "r"}]}


def test_review_never_lists_a_candidate_silently() -> None:
    listed, diagnostics = review({"op/request/op_1": CANDIDATE}, {}, accept=False)
    assert listed == {}
    [d] = diagnostics
    assert (d.code, str(d.loc), d.message.split(":")[0]) == ("contract-defect-new", "page.rst:40", "op/request/op_1")


def test_review_reports_fixed_and_changed_entries_and_keeps_them_until_accepted() -> None:
    changed = {"source": "page.rst:50", "breaks": [dict(CANDIDATE["breaks"][0], rule="minimum")]}
    reviewed = {"op/request/op_1": CANDIDATE, "op/request/op_2": changed, "op/request/op_3": CANDIDATE}
    candidates = {"op/request/op_1": CANDIDATE, "op/request/op_2": CANDIDATE}
    listed, diagnostics = review(candidates, reviewed, accept=False)
    assert listed == reviewed
    assert [(d.code, d.message.split(":")[0]) for d in diagnostics] == [
        ("contract-defect-changed", "op/request/op_2"), ("contract-defect-fixed", "op/request/op_3")]
    accepted, _ = review(candidates, {**reviewed, "op/request/op_1": {**CANDIDATE, "note": "masked"}}, accept=True)
    assert accepted == {"op/request/op_1": {**CANDIDATE, "note": "masked"}, "op/request/op_2": CANDIDATE}


def test_the_list_reads_back_as_written() -> None:
    text = dump_defects({"b": CANDIDATE, "a": CANDIDATE})
    assert text.startswith("# Documented examples") and text.index("\na:") < text.index("\nb:")
    assert load_defects(text) == {"a": CANDIDATE, "b": CANDIDATE}
    assert load_defects(dump_defects({})) == {}


def test_a_value_under_a_combinator_is_traced_to_the_nearest_table_row() -> None:
    """An array's items carry no `x-doc-source`: the reason names the row of the array above them, found through the
    `allOf` list on the way."""
    schema = {"allOf": [{"type": "object", "properties": {
        "tags": {"type": "array", "x-doc-source": "page.rst:20", "items": {"type": "string", "maxLength": 3}}}}]}
    [found] = breaks(SPEC, schema, {"tags": ["abcd"]}, closed_objects=False)
    assert (found["rule"], found["path"]) == ("maxLength", "/tags/*")
    assert found["reason"] == "maxLength: the table row at page.rst:20"
