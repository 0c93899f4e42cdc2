"""A small base spec in the builder's style and the mutations the diff tests apply to it (each makes one change)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

JSON = dict[str, Any]

# ---------------------------------------------------------------------------------------------------------------
# a small base spec in the builder's style: components with $ref, x-doc-source everywhere, x-original-name

W = "apis/widget_management"


def ref(name: str, src: str | None = None) -> JSON:
    out: JSON = {"$ref": f"#/components/schemas/{name}"}
    if src:
        out["x-doc-source"] = src
    return out


def json_body(schema: JSON) -> JSON:
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
                    "responses": {"200": {"description": "OK", **json_body(ref("QueryWidgetsResponse")),
                                          "x-doc-source": f"{W}/querying_widgets.rst:60"}},
                    "x-doc-source": f"{W}/querying_widgets.rst:20",
                    "x-original-name": "widget_0001.html",
                },
                "post": {
                    "operationId": "create_widget",
                    "summary": "Creating a Widget",
                    "parameters": [_project_id("creating_a_widget.rst")],
                    "requestBody": {"required": True, **json_body(ref("CreateWidgetRequest"))},
                    "responses": {"200": {"description": "OK", **json_body(ref("Widget")),
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
                    "spec": ref("Spec", f"{W}/creating_a_widget.rst:52"),
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
                    "widgets": {"type": "array", "items": ref("WidgetSummary", f"{W}/querying_widgets.rst:70"),
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


def schemas(spec: JSON) -> JSON:
    schemas: JSON = spec["components"]["schemas"]
    return schemas


def request(spec: JSON) -> JSON:
    props: JSON = schemas(spec)["CreateWidgetRequest"]["properties"]
    return props


def get_op(spec: JSON) -> JSON:
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
    request(s)["owner"] = {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:58"}
    schemas(s)["CreateWidgetRequest"]["required"].append("owner")


def m_optional_added(s: JSON) -> None:
    request(s)["owner"] = {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:58"}


def m_made_required(s: JSON) -> None:
    schemas(s)["CreateWidgetRequest"]["required"].append("colour")


def m_made_optional(s: JSON) -> None:
    schemas(s)["Spec"]["required"].remove("version")


def m_request_property_removed(s: JSON) -> None:
    del request(s)["colour"]


def m_response_property_removed(s: JSON) -> None:
    del schemas(s)["Widget"]["properties"]["status"]


def m_response_property_added(s: JSON) -> None:
    schemas(s)["Widget"]["properties"]["created"] = {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:98"}


def m_type_changed(s: JSON) -> None:
    request(s)["size"]["type"] = "string"


def m_object_to_array(s: JSON) -> None:
    request(s)["tolerations"] = {"type": "array", "items": ref("Toleration", f"{W}/creating_a_widget.rst:70"),
                                  "x-doc-source": f"{W}/creating_a_widget.rst:56"}


def m_object_to_string_map(s: JSON) -> None:
    request(s)["labels"]["additionalProperties"] = {"type": "string"}


def m_format_changed(s: JSON) -> None:
    request(s)["size"]["format"] = "int64"


def m_enum_narrowed(s: JSON) -> None:
    request(s)["colour"]["enum"] = ["red"]


def m_enum_widened(s: JSON) -> None:
    request(s)["colour"]["enum"] = ["red", "green", "blue"]


def m_max_length_narrowed(s: JSON) -> None:
    request(s)["name"]["maxLength"] = 32


def m_min_length_narrowed(s: JSON) -> None:
    request(s)["name"]["minLength"] = 3


def m_minimum_narrowed(s: JSON) -> None:
    request(s)["size"]["minimum"] = 2


def m_maximum_narrowed(s: JSON) -> None:
    request(s)["size"]["maximum"] = 5


def m_maximum_widened(s: JSON) -> None:
    request(s)["size"]["maximum"] = 20


def m_query_range_widened(s: JSON) -> None:
    get_op(s)["parameters"][1]["schema"]["minimum"] = 0


def m_excluded_value(s: JSON) -> None:
    request(s)["port"]["not"] = {"enum": [22, 80]}


def m_pattern_changed(s: JSON) -> None:
    request(s)["name"]["pattern"] = "^[a-z][a-z0-9]*$"


def m_path_parameter_undocumented(s: JSON) -> None:
    """Applied to OLD: the path parameter is documented only in NEW (added as required)."""
    get_op(s)["parameters"].pop(0)


def m_query_required_added(s: JSON) -> None:
    get_op(s)["parameters"].append({"name": "marker", "in": "query", "required": True, "schema": {"type": "string"},
                                  "x-doc-source": f"{W}/querying_widgets.rst:38"})


def m_query_optional_added(s: JSON) -> None:
    get_op(s)["parameters"].append({"name": "marker", "in": "query", "required": False, "schema": {"type": "string"},
                                  "x-doc-source": f"{W}/querying_widgets.rst:38"})


def m_doc_text(s: JSON) -> None:
    request(s)["name"]["description"] = "Name of the widget, unique in the project."


Mutation = Callable[[JSON], None]


def pair(mutation: Mutation, on_old: bool = False) -> tuple[JSON, JSON]:
    base, mutated = base_spec(), base_spec()
    mutation(mutated)
    return (mutated, base) if on_old else (base, mutated)


def with_variants(spec: JSON) -> JSON:
    """POST /widgets documented by two pages (create, restore): request and response are oneOf variants."""
    op = spec["paths"]["/v1/{project_id}/widgets"]["post"]
    comps = schemas(spec)
    comps["RestoreWidgetRequest"] = {
        "type": "object",
        "properties": {"backup_id": {"type": "string", "x-doc-source": f"{W}/restoring_a_widget.rst:44"},
                       "name": {"type": "string", "x-doc-source": f"{W}/restoring_a_widget.rst:46"}},
        "required": ["backup_id"], "x-doc-source": f"{W}/restoring_a_widget.rst:40",
        "title": "Restoring a Widget"}
    comps["RestoreWidgetResponse"] = {
        "type": "object",
        "properties": {"job_id": {"type": "string", "x-doc-source": f"{W}/restoring_a_widget.rst:94"},
                       "widget_id": {"type": "string", "x-doc-source": f"{W}/restoring_a_widget.rst:96"}},
        "x-doc-source": f"{W}/restoring_a_widget.rst:92", "title": "Restoring a Widget: 200"}
    op["requestBody"]["content"]["application/json"]["schema"] = {
        "oneOf": [ref("CreateWidgetRequest"), ref("RestoreWidgetRequest")]}
    op["responses"]["200"]["content"]["application/json"]["schema"] = {
        "oneOf": [ref("Widget"), ref("RestoreWidgetResponse")]}
    op["x-variants"] = [
        {"operationId": "create_widget", "summary": "Creating a Widget",
         "x-doc-source": f"{W}/creating_a_widget.rst:20", "original_name": "widget_0002.html",
         "requestBody": ref("CreateWidgetRequest")},
        {"operationId": "restore_widget", "summary": "Restoring a Widget",
         "x-doc-source": f"{W}/restoring_a_widget.rst:20", "original_name": "widget_0005.html",
         "requestBody": ref("RestoreWidgetRequest")},
    ]
    return spec


