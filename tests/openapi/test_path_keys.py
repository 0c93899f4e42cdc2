"""generator.openapi.builder: path keys OpenAPI tools accept. A documented trailing slash is dropped and paths that
differ only in their parameter names become one path with the names most operations use; each with an info
diagnostic `path-normalised` and the docs' path in `x-documented-path`."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate

from generator.diagnostics import Diagnostic
from generator.openapi.builder import BuildOptions, build_openapi
from tests.operations.pages import build, page, table

PM = ["Parameter", "Mandatory", "Type", "Description"]


def _page(title: str, line: str, name: str) -> str:
    return page(title, {"Function": f"{title}.", "URI": line,
                        "Path Parameters": table([PM, [name, "Yes", "String", "The widget."]],
                                                 "**Table 1** Path parameters")})


def _spec(**pages: str) -> tuple[dict[str, Any], list[Diagnostic]]:
    spec, diagnostics = build_openapi(build(**pages), BuildOptions(title="widgets"))
    validate(spec)
    return spec, [d for d in diagnostics if d.code == "path-normalised"]


def test_paths_that_differ_only_in_parameter_names_are_one_path_with_the_names_most_operations_use() -> None:
    spec, diags = _spec(get=_page("Querying a Widget", "GET /v1/widgets/{widget_id}", "widget_id"),
                        put=_page("Updating a Widget", "PUT /v1/widgets/{widget_id}", "widget_id"),
                        delete=_page("Deleting a Widget", "DELETE /v1/widgets/{id}", "id"))
    assert list(spec["paths"]) == ["/v1/widgets/{widget_id}"]
    delete = spec["paths"]["/v1/widgets/{widget_id}"]["delete"]
    assert [(p["name"], p["in"]) for p in delete["parameters"]] == [("widget_id", "path")]
    assert delete["x-documented-path"] == "/v1/widgets/{id}"
    assert "x-documented-path" not in spec["paths"]["/v1/widgets/{widget_id}"]["get"]
    (diag,) = diags
    assert diag.loc.path == "delete.rst"
    assert "DELETE /v1/widgets/{id} is written /v1/widgets/{widget_id}" in diag.message


def test_a_trailing_slash_is_dropped_with_a_diagnostic() -> None:
    spec, diags = _spec(versions=page("Querying API Versions", {"Function": "Lists versions.", "URI": "GET /rds/"}))
    assert list(spec["paths"]) == ["/rds"]
    assert spec["paths"]["/rds"]["get"]["x-documented-path"] == "/rds/"
    assert len(diags) == 1 and "trailing slash" in diags[0].message


def test_the_root_path_keeps_its_slash() -> None:
    spec, diags = _spec(root=page("Listing Versions", {"Function": "Lists versions.", "URI": "GET /"}))
    assert list(spec["paths"]) == ["/"] and diags == []
