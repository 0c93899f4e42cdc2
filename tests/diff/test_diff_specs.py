"""`diff_specs` on seeded mutations of a small spec: one change per class, exactly; matching of operations,
variants, renames; recursion."""

from __future__ import annotations

import copy
import json

import pytest

from generator.diff import diff_specs, render_text, rule
from tests.diff.spec import (
    JSON,
    Mutation,
    W,
    base_spec,
    m_doc_text,
    m_enum_narrowed,
    m_enum_widened,
    m_excluded_value,
    m_format_changed,
    m_made_optional,
    m_made_required,
    m_max_length_narrowed,
    m_maximum_narrowed,
    m_maximum_widened,
    m_min_length_narrowed,
    m_minimum_narrowed,
    m_object_to_array,
    m_object_to_string_map,
    m_operation_added,
    m_operation_moved,
    m_operation_removed,
    m_optional_added,
    m_path_parameter_undocumented,
    m_pattern_changed,
    m_query_optional_added,
    m_query_range_widened,
    m_query_required_added,
    m_request_property_removed,
    m_required_added,
    m_response_property_added,
    m_response_property_removed,
    m_type_changed,
    pair,
    ref,
    request,
    schemas,
    with_variants,
)

# (mutation, applied to OLD instead of NEW, kind, breaking, operation, pointer)
CASES: list[tuple[Mutation, bool, str, bool, str, str]] = [
    (m_operation_removed, False, "operation-removed", True,
     "DELETE /v1/{project_id}/widgets/{widget_id} (delete_widget)", ""),
    (m_operation_moved, False, "operation-moved", True,
     "DELETE /v2/{project_id}/widgets/{widget_id} (delete_widget)", ""),
    (m_operation_added, False, "operation-added", False,
     "PUT /v1/{project_id}/widgets/{widget_id} (rename_widget)", ""),
    (m_required_added, False, "request-property-added-required", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/owner"),
    (m_optional_added, False, "request-property-added-optional", False,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/owner"),
    (m_made_required, False, "request-property-made-required", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/colour"),
    (m_made_optional, False, "request-property-made-optional", False,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/spec/version"),
    (m_request_property_removed, False, "request-property-removed", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/colour"),
    (m_response_property_removed, False, "response-property-removed", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/responses/200/status"),
    (m_response_property_added, False, "response-property-added", False,
     "POST /v1/{project_id}/widgets (create_widget)", "/responses/200/created"),
    (m_type_changed, False, "type-changed", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/size"),
    (m_object_to_array, False, "type-changed", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/tolerations"),
    (m_object_to_string_map, False, "type-refined", False,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/labels"),
    (m_format_changed, False, "format-changed", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/size"),
    (m_enum_narrowed, False, "enum-narrowed", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/colour"),
    (m_enum_widened, False, "enum-widened", False,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/colour"),
    (m_max_length_narrowed, False, "range-narrowed", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/name"),
    (m_min_length_narrowed, False, "range-narrowed", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/name"),
    (m_minimum_narrowed, False, "range-narrowed", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/size"),
    (m_maximum_narrowed, False, "range-narrowed", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/size"),
    (m_maximum_widened, False, "range-widened", False,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/size"),
    (m_query_range_widened, False, "range-widened", False,
     "GET /v1/{project_id}/widgets (query_widgets)", "/parameters/query/limit"),
    (m_excluded_value, False, "excluded-value-added", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/port"),
    (m_pattern_changed, False, "pattern-changed", True,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/name"),
    (m_path_parameter_undocumented, True, "parameter-added-required", True,
     "GET /v1/{project_id}/widgets (query_widgets)", "/parameters/path/project_id"),
    (m_query_required_added, False, "parameter-added-required", True,
     "GET /v1/{project_id}/widgets (query_widgets)", "/parameters/query/marker"),
    (m_query_optional_added, False, "parameter-added-optional", False,
     "GET /v1/{project_id}/widgets (query_widgets)", "/parameters/query/marker"),
    (m_doc_text, False, "doc-text", False,
     "POST /v1/{project_id}/widgets (create_widget)", "/requestBody/name"),
]


@pytest.mark.parametrize(("mutation", "on_old", "kind", "breaking", "operation", "pointer"), CASES,
                         ids=[c[0].__name__[2:] for c in CASES])
def test_each_seeded_mutation_is_reported_exactly(mutation: Mutation, on_old: bool, kind: str, breaking: bool,
                                                  operation: str, pointer: str) -> None:
    old, new = pair(mutation, on_old)
    result = diff_specs(old, new)
    assert [(c.kind, c.breaking, str(c.operation), c.pointer) for c in result.changes] == [
        (kind, breaking, operation, pointer)]
    change = result.changes[0]
    assert rule(kind, change.side).breaking == breaking
    # both sides named, even for a property added or removed (the table where it is missing); an operation that
    # exists on one side only has a source on that side only
    assert change.old_source or kind == "operation-added"
    assert change.new_source or kind == "operation-removed"
    assert result.has_breaking == breaking


def test_every_class_of_the_issue_is_seeded() -> None:
    seeded = {c[2] for c in CASES}
    wanted = {
        "operation-removed", "operation-moved", "operation-added",
        "request-property-added-required", "request-property-added-optional", "request-property-made-required",
        "request-property-made-optional", "response-property-removed", "response-property-added",
        "type-changed", "format-changed", "enum-narrowed", "enum-widened", "range-narrowed", "range-widened",
        "excluded-value-added", "pattern-changed", "parameter-added-required", "doc-text",
    }
    assert wanted <= seeded


def test_identical_inputs_report_nothing() -> None:
    assert diff_specs(base_spec(), base_spec()).changes == ()
    assert render_text(diff_specs(base_spec(), base_spec())).strip().endswith("no changes")


def test_moved_lines_and_renamed_components_are_not_changes() -> None:
    """Only the resolved tree counts: other line numbers, other component names, an inlined table: no change."""
    old, new = base_spec(), base_spec()
    text = json.dumps(new).replace("creating_a_widget.rst:4", "creating_a_widget.rst:14")
    new = json.loads(text.replace("#/components/schemas/Spec", "#/components/schemas/CreateWidgetSpec"))
    schemas(new)["CreateWidgetSpec"] = schemas(new).pop("Spec")
    request(new)["spec"] = {**copy.deepcopy(schemas(new)["CreateWidgetSpec"]),
                             "x-doc-source": f"{W}/creating_a_widget.rst:52"}
    assert diff_specs(old, new).changes == ()


def test_placeholder_names_do_not_make_another_operation() -> None:
    old, new = base_spec(), base_spec()
    item = new["paths"].pop("/v1/{project_id}/widgets/{widget_id}")
    item["delete"]["parameters"][1]["name"] = "id"
    new["paths"]["/v1/{project_id}/widgets/{id}"] = item
    result = diff_specs(old, new)
    assert [(c.kind, c.pointer, c.message) for c in result.changes] == [
        ("doc-text", "/parameters/path/id", "path parameter renamed `widget_id` -> `id`")]


def test_a_page_moved_while_the_old_path_stays_documented_is_a_move_but_not_breaking() -> None:
    old, new = base_spec(), base_spec()
    kept = copy.deepcopy(new["paths"]["/v1/{project_id}/widgets/{widget_id}"])
    new["paths"]["/v2/{project_id}/widgets/{widget_id}"] = new["paths"].pop("/v1/{project_id}/widgets/{widget_id}")
    kept["delete"].update({"x-original-name": "widget_1003.html", "deprecated": True,
                           "operationId": "delete_widget_historical"})
    new["paths"]["/v1/{project_id}/widgets/{widget_id}"] = kept
    result = diff_specs(old, new)
    kinds = {(c.kind, c.breaking, str(c.operation)) for c in result.changes if c.kind != "doc-text"}
    assert kinds == {
        ("operation-moved", False, "DELETE /v2/{project_id}/widgets/{widget_id} (delete_widget)"),
        ("operation-deprecated", False, "DELETE /v1/{project_id}/widgets/{widget_id} (delete_widget_historical)"),
    }
    moved = next(c for c in result.changes if c.kind == "operation-moved")
    assert "still documented" in moved.message and "widget_1003.html" in moved.message


def test_rename_is_a_removal_and_an_addition_with_a_hint() -> None:
    old, new = base_spec(), base_spec()
    request(new)["hue"] = request(new).pop("colour")
    result = diff_specs(old, new)
    assert [(c.kind, c.breaking, c.pointer) for c in result.changes] == [
        ("request-property-removed", True, "/requestBody/colour"),
        ("request-property-added-optional", False, "/requestBody/hue"),
    ]
    assert "renamed to `hue`" in result.changes[0].message


def test_variants_are_compared_variant_by_variant() -> None:
    old, new = with_variants(base_spec()), with_variants(base_spec())
    schemas(new)["RestoreWidgetRequest"]["required"].append("name")
    del schemas(new)["RestoreWidgetResponse"]["properties"]["job_id"]
    result = diff_specs(old, new)
    assert [(c.kind, str(c.operation), c.pointer) for c in result.changes] == [
        ("request-property-made-required", "POST /v1/{project_id}/widgets (restore_widget)", "/requestBody/name"),
        ("response-property-removed", "POST /v1/{project_id}/widgets (restore_widget)", "/responses/200/job_id"),
    ]
    assert result.changes[0].old_source == f"{W}/restoring_a_widget.rst:46"


def test_a_new_variant_is_not_breaking_and_the_old_one_still_matches() -> None:
    result = diff_specs(base_spec(), with_variants(base_spec()))
    assert [(c.kind, c.breaking, str(c.operation), c.pointer) for c in result.changes] == [
        ("variant-added", False, "POST /v1/{project_id}/widgets (restore_widget)", "/requestBody"),
        ("variant-added", False, "POST /v1/{project_id}/widgets (restore_widget)", "/responses/200"),
    ]
    back = diff_specs(with_variants(base_spec()), base_spec())
    assert [(c.kind, c.breaking, c.pointer) for c in back.changes] == [
        ("variant-removed", True, "/requestBody"), ("variant-removed", False, "/responses/200")]


def test_success_status_changed_compares_the_bodies() -> None:
    old, new = base_spec(), base_spec()
    op = new["paths"]["/v1/{project_id}/widgets"]["post"]
    op["responses"]["202"] = op["responses"].pop("200")
    del schemas(new)["Widget"]["properties"]["status"]
    result = diff_specs(old, new)
    assert [(c.kind, c.breaking, c.pointer) for c in result.changes] == [
        ("response-status-changed", True, "/responses/202"),
        ("response-property-removed", True, "/responses/202/status"),
    ]
    old["paths"]["/v1/{project_id}/widgets"]["post"]["responses"]["200"]["description"] = (
        "Normal response (status not documented)")
    assert not diff_specs(old, base_spec() | {"paths": new["paths"], "components": old["components"]}).has_breaking


def test_recursive_schemas_terminate() -> None:
    def spec(extra: bool) -> JSON:
        s = base_spec()
        schemas(s)["Job"] = {"type": "object", "properties": {
            "id": {"type": "string"}, "sub_jobs": {"type": "array", "items": ref("Job")}}}
        if extra:
            schemas(s)["Job"]["properties"]["status"] = {"type": "string"}
        schemas(s)["Widget"]["properties"]["job"] = ref("Job")
        return s

    result = diff_specs(spec(False), spec(True))
    assert [(c.kind, c.pointer) for c in result.changes] == [("response-property-added", "/responses/200/job/status")]


