"""`rst2openapi diff`: seeded mutations (one per class of change), the command line, and real history.

The history tests read ../shared/corpus-history in place and build each docs tree once per session.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.diff import KINDS, Change, DiffResult, diff_specs, render_json, render_markdown, render_text
from generator.pipeline import build
from tests.conftest import CORPUS, SAMPLE, SHARED

JSON = dict[str, Any]
HISTORY = SHARED / "corpus-history"

# ---------------------------------------------------------------------------------------------------------------
# a small base spec in the builder's style: components with $ref, x-doc-source everywhere, x-original-name

W = "apis/widget_management"


def _ref(name: str, src: str | None = None) -> JSON:
    out: JSON = {"$ref": f"#/components/schemas/{name}"}
    if src:
        out["x-doc-source"] = src
    return out


def _json_body(schema: JSON) -> JSON:
    return {"content": {"application/json": {"schema": schema}}}


def _project_id(page: str) -> JSON:
    return {"name": "project_id", "in": "path", "required": True, "schema": {"type": "string"},
            "description": "Project ID.", "x-doc-source": f"{W}/{page}:30"}


def base_spec() -> JSON:
    return {
        "openapi": "3.1.0",
        "info": {"title": "widgets", "version": "1.0.0"},
        "paths": {
            "/v1/{project_id}/widgets": {
                "get": {
                    "operationId": "query_widgets",
                    "summary": "Querying Widgets",
                    "parameters": [
                        _project_id("querying_widgets.rst"),
                        {"name": "limit", "in": "query", "required": False,
                         "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                         "description": "Page size.", "x-doc-source": f"{W}/querying_widgets.rst:34"},
                    ],
                    "responses": {"200": {"description": "OK", **_json_body(_ref("QueryWidgetsResponse")),
                                          "x-doc-source": f"{W}/querying_widgets.rst:60"}},
                    "x-doc-source": f"{W}/querying_widgets.rst:20",
                    "x-original-name": "widget_0001.html",
                },
                "post": {
                    "operationId": "create_widget",
                    "summary": "Creating a Widget",
                    "parameters": [_project_id("creating_a_widget.rst")],
                    "requestBody": {"required": True, **_json_body(_ref("CreateWidgetRequest"))},
                    "responses": {"200": {"description": "OK", **_json_body(_ref("Widget")),
                                          "x-doc-source": f"{W}/creating_a_widget.rst:90"}},
                    "x-doc-source": f"{W}/creating_a_widget.rst:20",
                    "x-original-name": "widget_0002.html",
                },
            },
            "/v1/{project_id}/widgets/{widget_id}": {
                "delete": {
                    "operationId": "delete_widget",
                    "summary": "Deleting a Widget",
                    "parameters": [
                        _project_id("deleting_a_widget.rst"),
                        {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"},
                         "x-doc-source": f"{W}/deleting_a_widget.rst:32"},
                    ],
                    "responses": {"204": {"description": "Deleted", "x-doc-source": f"{W}/deleting_a_widget.rst:50"}},
                    "x-doc-source": f"{W}/deleting_a_widget.rst:20",
                    "x-original-name": "widget_0003.html",
                },
            },
        },
        "components": {"schemas": {
            "CreateWidgetRequest": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[a-z][a-z0-9-]*$",
                             "description": "Widget name.", "x-doc-source": f"{W}/creating_a_widget.rst:44"},
                    "colour": {"type": "string", "enum": ["red", "green"],
                               "x-doc-source": f"{W}/creating_a_widget.rst:46"},
                    "size": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 10,
                             "x-doc-source": f"{W}/creating_a_widget.rst:48"},
                    "port": {"type": "integer", "not": {"enum": [22]}, "x-doc-source": f"{W}/creating_a_widget.rst:50"},
                    "spec": _ref("Spec", f"{W}/creating_a_widget.rst:52"),
                    "labels": {"type": "object", "x-doc-source": f"{W}/creating_a_widget.rst:54"},
                    "tolerations": {"type": "object", "x-doc-source": f"{W}/creating_a_widget.rst:56"},
                },
                "required": ["name", "spec"],
                "x-doc-source": f"{W}/creating_a_widget.rst:40",
                "title": "Creating a Widget",
            },
            "Spec": {
                "type": "object",
                "properties": {
                    "version": {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:64"},
                    "mode": {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:66"},
                },
                "required": ["version"],
                "x-doc-source": f"{W}/creating_a_widget.rst:60",
            },
            "Toleration": {
                "type": "object",
                "properties": {"key": {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:74"}},
                "x-doc-source": f"{W}/creating_a_widget.rst:70",
            },
            "Widget": {
                "type": "object",
                "properties": {
                    "id": {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:94"},
                    "status": {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:96"},
                },
                "x-doc-source": f"{W}/creating_a_widget.rst:92",
                "title": "Creating a Widget: 200",
            },
            "QueryWidgetsResponse": {
                "type": "object",
                "properties": {
                    "widgets": {"type": "array", "items": _ref("WidgetSummary", f"{W}/querying_widgets.rst:70"),
                                "x-doc-source": f"{W}/querying_widgets.rst:64"},
                    "count": {"type": "integer", "x-doc-source": f"{W}/querying_widgets.rst:66"},
                },
                "x-doc-source": f"{W}/querying_widgets.rst:62",
            },
            "WidgetSummary": {
                "type": "object",
                "properties": {"id": {"type": "string", "x-doc-source": f"{W}/querying_widgets.rst:74"}},
                "x-doc-source": f"{W}/querying_widgets.rst:72",
            },
        }},
    }


def _schemas(spec: JSON) -> JSON:
    schemas: JSON = spec["components"]["schemas"]
    return schemas


def _request(spec: JSON) -> JSON:
    props: JSON = _schemas(spec)["CreateWidgetRequest"]["properties"]
    return props


def _get(spec: JSON) -> JSON:
    op: JSON = spec["paths"]["/v1/{project_id}/widgets"]["get"]
    return op


# -- the mutations: each makes exactly one change of one class ------------------------------------------------


def m_operation_removed(s: JSON) -> None:
    del s["paths"]["/v1/{project_id}/widgets/{widget_id}"]


def m_operation_moved(s: JSON) -> None:
    s["paths"]["/v2/{project_id}/widgets/{widget_id}"] = s["paths"].pop("/v1/{project_id}/widgets/{widget_id}")


def m_operation_added(s: JSON) -> None:
    s["paths"]["/v1/{project_id}/widgets/{widget_id}"]["put"] = {
        "operationId": "rename_widget", "summary": "Renaming a Widget", "parameters": [],
        "responses": {"200": {"description": "OK"}}, "x-doc-source": f"{W}/renaming_a_widget.rst:20",
        "x-original-name": "widget_0004.html"}


def m_required_added(s: JSON) -> None:
    _request(s)["owner"] = {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:58"}
    _schemas(s)["CreateWidgetRequest"]["required"].append("owner")


def m_optional_added(s: JSON) -> None:
    _request(s)["owner"] = {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:58"}


def m_made_required(s: JSON) -> None:
    _schemas(s)["CreateWidgetRequest"]["required"].append("colour")


def m_made_optional(s: JSON) -> None:
    _schemas(s)["Spec"]["required"].remove("version")


def m_request_property_removed(s: JSON) -> None:
    del _request(s)["colour"]


def m_response_property_removed(s: JSON) -> None:
    del _schemas(s)["Widget"]["properties"]["status"]


def m_response_property_added(s: JSON) -> None:
    _schemas(s)["Widget"]["properties"]["created"] = {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:98"}


def m_type_changed(s: JSON) -> None:
    _request(s)["size"]["type"] = "string"


def m_object_to_array(s: JSON) -> None:
    _request(s)["tolerations"] = {"type": "array", "items": _ref("Toleration", f"{W}/creating_a_widget.rst:70"),
                                  "x-doc-source": f"{W}/creating_a_widget.rst:56"}


def m_object_to_string_map(s: JSON) -> None:
    _request(s)["labels"]["additionalProperties"] = {"type": "string"}


def m_format_changed(s: JSON) -> None:
    _request(s)["size"]["format"] = "int64"


def m_enum_narrowed(s: JSON) -> None:
    _request(s)["colour"]["enum"] = ["red"]


def m_enum_widened(s: JSON) -> None:
    _request(s)["colour"]["enum"] = ["red", "green", "blue"]


def m_max_length_narrowed(s: JSON) -> None:
    _request(s)["name"]["maxLength"] = 32


def m_min_length_narrowed(s: JSON) -> None:
    _request(s)["name"]["minLength"] = 3


def m_minimum_narrowed(s: JSON) -> None:
    _request(s)["size"]["minimum"] = 2


def m_maximum_narrowed(s: JSON) -> None:
    _request(s)["size"]["maximum"] = 5


def m_maximum_widened(s: JSON) -> None:
    _request(s)["size"]["maximum"] = 20


def m_query_range_widened(s: JSON) -> None:
    _get(s)["parameters"][1]["schema"]["minimum"] = 0


def m_excluded_value(s: JSON) -> None:
    _request(s)["port"]["not"] = {"enum": [22, 80]}


def m_pattern_changed(s: JSON) -> None:
    _request(s)["name"]["pattern"] = "^[a-z][a-z0-9]*$"


def m_path_parameter_undocumented(s: JSON) -> None:
    """Applied to OLD: the path parameter is documented only in NEW (added as required)."""
    _get(s)["parameters"].pop(0)


def m_query_required_added(s: JSON) -> None:
    _get(s)["parameters"].append({"name": "marker", "in": "query", "required": True, "schema": {"type": "string"},
                                  "x-doc-source": f"{W}/querying_widgets.rst:38"})


def m_query_optional_added(s: JSON) -> None:
    _get(s)["parameters"].append({"name": "marker", "in": "query", "required": False, "schema": {"type": "string"},
                                  "x-doc-source": f"{W}/querying_widgets.rst:38"})


def m_doc_text(s: JSON) -> None:
    _request(s)["name"]["description"] = "Name of the widget, unique in the project."


Mutation = Callable[[JSON], None]
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


def _pair(mutation: Mutation, on_old: bool = False) -> tuple[JSON, JSON]:
    base, mutated = base_spec(), base_spec()
    mutation(mutated)
    return (mutated, base) if on_old else (base, mutated)


@pytest.mark.parametrize(("mutation", "on_old", "kind", "breaking", "operation", "pointer"), CASES,
                         ids=[c[0].__name__[2:] for c in CASES])
def test_each_seeded_mutation_is_reported_exactly(mutation: Mutation, on_old: bool, kind: str, breaking: bool,
                                                  operation: str, pointer: str) -> None:
    old, new = _pair(mutation, on_old)
    result = diff_specs(old, new)
    assert [(c.kind, c.breaking, str(c.operation), c.pointer) for c in result.changes] == [
        (kind, breaking, operation, pointer)]
    change = result.changes[0]
    assert KINDS[kind][0] == breaking
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
    _schemas(new)["CreateWidgetSpec"] = _schemas(new).pop("Spec")
    _request(new)["spec"] = {**copy.deepcopy(_schemas(new)["CreateWidgetSpec"]),
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
    _request(new)["hue"] = _request(new).pop("colour")
    result = diff_specs(old, new)
    assert [(c.kind, c.breaking, c.pointer) for c in result.changes] == [
        ("request-property-removed", True, "/requestBody/colour"),
        ("request-property-added-optional", False, "/requestBody/hue"),
    ]
    assert "renamed to `hue`" in result.changes[0].message


def _with_variants(spec: JSON) -> JSON:
    """POST /widgets documented by two pages (create, restore): request and response are oneOf variants."""
    op = spec["paths"]["/v1/{project_id}/widgets"]["post"]
    schemas = _schemas(spec)
    schemas["RestoreWidgetRequest"] = {
        "type": "object",
        "properties": {"backup_id": {"type": "string", "x-doc-source": f"{W}/restoring_a_widget.rst:44"},
                       "name": {"type": "string", "x-doc-source": f"{W}/restoring_a_widget.rst:46"}},
        "required": ["backup_id"], "x-doc-source": f"{W}/restoring_a_widget.rst:40",
        "title": "Restoring a Widget"}
    schemas["RestoreWidgetResponse"] = {
        "type": "object",
        "properties": {"job_id": {"type": "string", "x-doc-source": f"{W}/restoring_a_widget.rst:94"},
                       "widget_id": {"type": "string", "x-doc-source": f"{W}/restoring_a_widget.rst:96"}},
        "x-doc-source": f"{W}/restoring_a_widget.rst:92", "title": "Restoring a Widget: 200"}
    op["requestBody"]["content"]["application/json"]["schema"] = {
        "oneOf": [_ref("CreateWidgetRequest"), _ref("RestoreWidgetRequest")]}
    op["responses"]["200"]["content"]["application/json"]["schema"] = {
        "oneOf": [_ref("Widget"), _ref("RestoreWidgetResponse")]}
    op["x-variants"] = [
        {"operationId": "create_widget", "summary": "Creating a Widget",
         "x-doc-source": f"{W}/creating_a_widget.rst:20", "original_name": "widget_0002.html",
         "requestBody": _ref("CreateWidgetRequest")},
        {"operationId": "restore_widget", "summary": "Restoring a Widget",
         "x-doc-source": f"{W}/restoring_a_widget.rst:20", "original_name": "widget_0005.html",
         "requestBody": _ref("RestoreWidgetRequest")},
    ]
    return spec


def test_variants_are_compared_variant_by_variant() -> None:
    old, new = _with_variants(base_spec()), _with_variants(base_spec())
    _schemas(new)["RestoreWidgetRequest"]["required"].append("name")
    del _schemas(new)["RestoreWidgetResponse"]["properties"]["job_id"]
    result = diff_specs(old, new)
    assert [(c.kind, str(c.operation), c.pointer) for c in result.changes] == [
        ("request-property-made-required", "POST /v1/{project_id}/widgets (restore_widget)", "/requestBody/name"),
        ("response-property-removed", "POST /v1/{project_id}/widgets (restore_widget)", "/responses/200/job_id"),
    ]
    assert result.changes[0].old_source == f"{W}/restoring_a_widget.rst:46"


def test_a_new_variant_is_not_breaking_and_the_old_one_still_matches() -> None:
    result = diff_specs(base_spec(), _with_variants(base_spec()))
    assert [(c.kind, c.breaking, str(c.operation), c.pointer) for c in result.changes] == [
        ("variant-added", False, "POST /v1/{project_id}/widgets (restore_widget)", "/requestBody"),
        ("variant-added", False, "POST /v1/{project_id}/widgets (restore_widget)", "/responses/200"),
    ]
    back = diff_specs(_with_variants(base_spec()), base_spec())
    assert [(c.kind, c.breaking, c.pointer) for c in back.changes] == [
        ("variant-removed", True, "/requestBody"), ("variant-removed", False, "/responses/200")]


def test_success_status_changed_compares_the_bodies() -> None:
    old, new = base_spec(), base_spec()
    op = new["paths"]["/v1/{project_id}/widgets"]["post"]
    op["responses"]["202"] = op["responses"].pop("200")
    del _schemas(new)["Widget"]["properties"]["status"]
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
        _schemas(s)["Job"] = {"type": "object", "properties": {
            "id": {"type": "string"}, "sub_jobs": {"type": "array", "items": _ref("Job")}}}
        if extra:
            _schemas(s)["Job"]["properties"]["status"] = {"type": "string"}
        _schemas(s)["Widget"]["properties"]["job"] = _ref("Job")
        return s

    result = diff_specs(spec(False), spec(True))
    assert [(c.kind, c.pointer) for c in result.changes] == [("response-property-added", "/responses/200/job/status")]


def test_output_is_deterministic_and_renderers_agree() -> None:
    old, new = base_spec(), base_spec()
    for mutation in (m_required_added, m_made_optional, m_response_property_removed, m_type_changed,
                     m_enum_widened, m_max_length_narrowed, m_excluded_value, m_query_optional_added, m_doc_text,
                     m_object_to_array, m_object_to_string_map, m_operation_added):
        mutation(new)
    first, second = diff_specs(old, new), diff_specs(copy.deepcopy(old), copy.deepcopy(new))
    assert first == second
    data = json.loads(render_json(first))
    assert data["summary"]["changes"] == len(first.changes)
    assert data["summary"]["breaking"] == len(first.breaking)
    assert [c["kind"] for c in data["changes"]] == [c.kind for c in first.changes]
    md = render_markdown(first)
    assert md.index("#### Breaking changes") < md.index("#### Non-breaking changes")
    assert f"**{len(first.changes)} changes: {len(first.breaking)} breaking" in md


def test_markdown_is_a_pull_request_comment() -> None:
    old, new = _pair(m_required_added)
    m_doc_text(new)
    m_optional_added_elsewhere = _schemas(new)["Widget"]["properties"]
    m_optional_added_elsewhere["created"] = {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:98"}
    md = render_markdown(diff_specs(old, new, old_label="v1", new_label="v2"))
    lines = md.splitlines()
    assert lines[0] == "### API diff: v1 → v2"
    assert "**3 changes: 1 breaking, 2 non-breaking** :warning:" in md
    row = "| request-property-added-required | `POST /v1/{project_id}/widgets` (create_widget) | `/requestBody/owner` |"
    assert row in md
    assert f"`{W}/creating_a_widget.rst:40` | `{W}/creating_a_widget.rst:58` |" in md  # path:line on both sides
    assert "<details><summary>Doc text only (1)</summary>" in md
    assert md.index("request-property-added-required") < md.index("response-property-added")


# ---------------------------------------------------------------------------------------------------------------
# the command line


def _write(tmp_path: Path, name: str, spec: JSON) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(spec) if name.endswith(".json") else yaml.safe_dump(spec), encoding="utf-8")
    return path


def test_cli_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old_spec, new_spec = _pair(m_required_added)
    old, new = _write(tmp_path, "old.yaml", old_spec), _write(tmp_path, "new.json", new_spec)
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{old} -> {new}: 1 change: 1 breaking, 0 non-breaking")
    assert "[request-property-added-required] POST /v1/{project_id}/widgets (create_widget) /requestBody/owner" in out
    assert main(["diff", str(old), str(new), "--format", "markdown"]) == 0
    assert "#### Breaking changes (1)" in capsys.readouterr().out
    assert main(["diff", str(old), str(new), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["breaking_by_kind"] == {"request-property-added-required": 1}
    assert data["changes"][0]["operation"] == {"method": "POST", "path": "/v1/{project_id}/widgets",
                                               "operationId": "create_widget"}
    assert data["changes"][0]["new_source"] == f"{W}/creating_a_widget.rst:58"


def test_cli_fail_on_breaking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = _write(tmp_path, "base.json", base_spec())
    breaking = _write(tmp_path, "breaking.json", _pair(m_enum_narrowed)[1])
    fine = _write(tmp_path, "fine.json", _pair(m_enum_widened)[1])
    assert main(["diff", str(base), str(breaking), "--fail-on", "breaking"]) == 1
    assert main(["diff", str(base), str(breaking)]) == 0
    assert main(["diff", str(base), str(fine), "--fail-on", "breaking"]) == 0
    assert main(["diff", str(base), str(base), "--fail-on", "breaking"]) == 0
    assert "no changes" in capsys.readouterr().out


def test_cli_docs_folder_against_its_own_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _write(tmp_path, "sample.json", build(SAMPLE).spec)
    assert main(["diff", str(SAMPLE), str(spec), "--fail-on", "breaking"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("no changes")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.yaml", None, "no such file or directory"),
    ("broken.yaml", "paths: [\n", "not readable as YAML"),
    ("broken.json", "{\"paths\": ", "not readable as JSON"),
    ("list.yaml", "- a\n- b\n", "not an OpenAPI document"),
    ("nopaths.json", "{\"openapi\": \"3.1.0\"}", "not an OpenAPI document"),
    ("spec.txt", "paths: {}\n", "expected a spec file"),
])
def test_cli_unusable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str | None,
                            message: str) -> None:
    bad = tmp_path / name
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    good = _write(tmp_path, "good.json", base_spec())
    assert main(["diff", str(bad), str(good)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert main(["diff", str(good), str(bad)]) == 2


def test_cli_empty_folder_is_unusable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path, "good.json", base_spec())
    (tmp_path / "docs").mkdir()
    assert main(["diff", str(tmp_path / "docs"), str(good)]) == 2
    assert "no .rst pages found" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------------------------
# history: real docs, each tree built once per session


@functools.cache
def _built(folder: str) -> JSON:
    root = SHARED / folder
    if not root.is_dir():
        pytest.fail(f"the docs history is expected at {root} (../shared beside the project)")
    spec: JSON = build(root).spec
    return spec


@functools.cache
def _history_diff(old: str, new: str) -> DiffResult:
    return diff_specs(_built(old), _built(new), old_label=old, new_label=new)


GAUSS_OLD = "corpus-history/gaussdb-opengauss/2024-11-04"
GAUSS_MID = "corpus-history/gaussdb-opengauss/2025-03-19"
GAUSS_NOW = f"{CORPUS.name}/gaussdb-opengauss"
CCE_OLD = "corpus-history/cloud-container-engine/2025-11-07"
CCE_NEW = "corpus-history/cloud-container-engine/2025-12-01"


def _find(result: DiffResult, kind: str, operation_id: str | None = None) -> list[Change]:
    return [c for c in result.changes
            if c.kind == kind and (operation_id is None or c.operation.operation_id == operation_id)]


def test_gaussdb_paths_moved_from_opengauss_v3_to_v3() -> None:
    result = _history_diff(GAUSS_OLD, GAUSS_MID)
    moves = _find(result, "operation-moved")
    moved = {(c.operation.method.upper(), c.operation.path, c.breaking) for c in moves}
    assert moved == {
        # the old path is gone: breaking
        ("GET", "/v3/{project_id}/instances", True),
        ("POST", "/v3/{project_id}/instances", True),
        ("PUT", "/v3/{project_id}/instances/{instance_id}/backups/policy", True),
        ("PUT", "/v3/{project_id}/instances/{instance_id}/name", True),
        ("POST", "/v3/{project_id}/instances/{instance_id}/password", True),
        # the page moved to /v3/, a historical page still documents the /opengauss/v3/ path: not breaking
        ("DELETE", "/v3/{project_id}/instances/{instance_id}", False),
        ("POST", "/v3/{project_id}/instances/{instance_id}/action", False),
        ("PUT", "/v3/{project_id}/instances/{instance_id}/configurations", False),
    }
    for c in moves:
        assert f"from {c.operation.method.upper()} /opengauss/v3/{{project_id}}/" in c.message
        assert c.old_source and c.old_source.startswith("api/")
        assert c.new_source and c.new_source.startswith("apis_recommended/")
    assert not _find(result, "operation-removed")
    # the nine pages now documenting a moved path: one per moved operation, plus restore-to-new-instance, a new
    # page merged into the moved create-instance operation (a new variant, not a move)
    variants = _find(result, "variant-added")
    assert {str(c.operation) for c in variants} == {
        "POST /v3/{project_id}/instances (restore_data_to_new_db_instance)"}
    assert len(moves) + 1 == 9


def test_gaussdb_list_instances_response_fields() -> None:
    result = _history_diff(GAUSS_OLD, GAUSS_MID)
    removed = {c.pointer: c for c in _find(result, "response-property-removed", "query_db_instances")}
    assert set(removed) == {f"/responses/200/instances/[]/{n}" for n in ("public_ips", "related_instance",
                                                                           "switch_strategy")}
    assert all(c.breaking for c in removed.values())
    assert removed["/responses/200/instances/[]/public_ips"].old_source == (
        "api/db_instance_management/querying_details_about_db_instances.rst:125")
    added = {c.pointer for c in _find(result, "response-property-added", "query_db_instances")}
    assert {"/responses/200/instances/[]/backup_used_space", "/responses/200/instances/[]/disk_encryption_id"} <= added
    assert not any(c.breaking for c in _find(result, "response-property-added"))


def test_gaussdb_datastore_version_made_optional_and_no_false_new_required() -> None:
    result = _history_diff(GAUSS_OLD, GAUSS_MID)
    version = [c for c in _find(result, "request-property-made-optional", "create_db_instance")
               if c.pointer == "/requestBody/datastore/version"]
    assert len(version) == 1 and not version[0].breaking
    assert version[0].old_source == "api/db_instance_management/creating_a_db_instance.rst:131"
    assert version[0].new_source == "apis_recommended/instance_management/creating_a_db_instance.rst:141"
    assert _find(result, "request-property-added-required") == []
    assert _find(result, "operation-removed") == []


def test_gaussdb_march_to_current() -> None:
    result = _history_diff(GAUSS_MID, GAUSS_NOW)
    assert not result.has_breaking
    assert {str(c.operation) for c in _find(result, "operation-added")} == {
        "GET / (query_api_versions)", "GET /{version} (query_version_information_of_api)"}


def test_cce_rename_taints_k8s_tags_user_tags() -> None:
    result = _history_diff(CCE_OLD, CCE_NEW)
    removed = _find(result, "request-property-removed", "create_node")
    assert [(c.pointer, c.breaking) for c in removed] == [("/requestBody/spec/extendParam/dockerBaseSize", True)]
    assert "renamed to `containerBaseSize`" in removed[0].message
    added = _find(result, "request-property-added-optional", "create_node")
    assert [c.pointer for c in added] == ["/requestBody/spec/extendParam/containerBaseSize"]
    renamed_in = {c.operation.operation_id for c in result.changes if c.pointer.endswith("/dockerBaseSize")}
    assert renamed_in == {"accept_node", "create_node", "delete_node", "list_all_nodes_in_cluster",
                          "read_specified_node", "reset_node"}

    update = "update_specified_node_pool"
    taints = [c for c in _find(result, "type-changed", update) if c.pointer.endswith("/taints")]
    assert len(taints) == 1 and taints[0].breaking
    assert taints[0].message.startswith("type object (free-form) -> array of object")
    k8s = [c for c in _find(result, "type-refined", update) if c.pointer.endswith("/k8sTags")]
    assert len(k8s) == 1 and not k8s[0].breaking and k8s[0].message.endswith("-> map of string")
    user = [c for c in _find(result, "request-property-added-optional", update) if c.pointer.endswith("/userTags")]
    assert len(user) == 1 and not user[0].breaking
    assert _find(result, "request-property-added-required") == []


def test_cce_node_template_fields_sit_under_spec_node_template() -> None:
    result = _history_diff(CCE_OLD, CCE_NEW)
    pointers = {c.pointer for c in result.changes if c.operation.operation_id == "update_specified_node_pool"}
    assert {"/requestBody/spec/nodeTemplate/taints", "/requestBody/spec/nodeTemplate/k8sTags",
            "/requestBody/spec/nodeTemplate/userTags"} <= pointers
