"""generator.openapi.builder: a body that is not an object (an array: a JSON Patch document, a list response) is
written as a named component of that type, and the documented examples validate against it."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from generator.openapi.builder import BuildOptions, build_openapi
from tests.operations.pages import build, build_tree, page, table

PM = ["Parameter", "Mandatory", "Type", "Description"]
PT = ["Parameter", "Type", "Description"]


def _spec(**pages: str) -> dict[str, Any]:
    spec, _diagnostics = build_openapi(build(**pages), BuildOptions(title="widgets"))
    validate(spec)
    return spec


def _resolved(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _valid(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> bool:
    return Draft202012Validator({**schema, "components": spec["components"]}).is_valid(value)


def test_an_array_request_body_is_an_array_component() -> None:
    text = page("Modifying a Widget", {
        "Function": "Modifies a widget.", "URI": "PATCH /v2/widgets/{widget_id}",
        "Request": table([PM, ["*[Array]*", "Yes", "Array of objects", "See :ref:`Table 2 <w__patch>`."]],
                         "**Table 1** Request parameters") + "\n.. _w__patch:\n\n"
        + table([PM, ["op", "Yes", "String", "The operation."], ["path", "Yes", "String", "The attribute."]],
                "**Table 2** Data structure description of the [Array] field"),
        "Example Request": '::\n\n   PATCH https://{Endpoint}/v2/widgets/1\n   [{"op": "replace", "path": "/name"}]',
        "Response": "None"})
    spec = _spec(p=text)
    body = spec["paths"]["/v2/widgets/{widget_id}"]["patch"]["requestBody"]["content"]["application/json"]
    schema = _resolved(spec, body["schema"])
    assert schema["type"] == "array" and schema["title"] == "Modifying a Widget"
    assert _resolved(spec, schema["items"])["required"] == ["op", "path"]
    [example] = body["examples"].values()
    assert _valid(spec, body["schema"], example["value"])
    assert not _valid(spec, body["schema"], {"op": "replace", "path": "/name"})


def test_an_array_response_is_an_array_component() -> None:
    text = page("Listing Widgets", {
        "Function": "Lists widgets.", "URI": "GET /v2/widgets",
        "Response": table([PT, ["[items]", "Array of :ref:`Widget <w__widget>` objects", "Widgets."]],
                          "**Table 1** Response body parameters") + "\n.. _w__widget:\n\n"
        + table([PT, ["id", "String", "ID."]], "**Table 2** Widget")})
    spec = _spec(p=text)
    schema = spec["paths"]["/v2/widgets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert _resolved(spec, schema)["type"] == "array"
    assert _valid(spec, schema, [{"id": "a"}]) and not _valid(spec, schema, {"id": "a"})


def _bare(response: str, example: str = "") -> tuple[dict[str, Any], dict[str, Any]]:
    sections = {"Function": "Creates a tag.", "URI": "POST /v2/widgets/{id}/tags",
                "Response Parameters": "**Status code: 200**\n\n" + response}
    if example:
        sections["Example Responses"] = "**Status code: 200**\n\nOK\n\n::\n\n   " + example
    spec = _spec(p=page("Creating a Tag", sections))
    return spec, spec["paths"]["/v2/widgets/{id}/tags"]["post"]["responses"]["200"]["content"]


def test_a_bare_string_body_is_text_unless_the_page_shows_it_as_json() -> None:
    # cloud-firewall creating_a_tag: `-` | String, "Example Responses: None"
    spec, content = _bare(table([PT, ["``-``", "String", ""]], "**Table 5** Response body parameters"))
    assert list(content) == ["text/plain"] and _resolved(spec, content["text/plain"]["schema"])["type"] == "string"
    spec, content = _bare(table([PT, ["``-``", "String", ""]], "**Table 5** Response body parameters"), '"done"')
    assert list(content) == ["application/json"]
    assert _valid(spec, content["application/json"]["schema"], "done")


def test_a_bare_file_body_is_octet_stream() -> None:
    # cloud-container-engine downloading_a_chart: `-` | File; its JSON example (the file's name) stays a JSON example
    spec, content = _bare(table([PT, ["``-``", "File", "The chart."]], "**Table 5** Response body parameters"),
                          '"chart-file.tgz"')
    schema = _resolved(spec, content["application/octet-stream"]["schema"])
    assert (schema["type"], schema["format"]) == ("string", "binary")
    assert [e["value"] for e in content["application/json"]["examples"].values()] == ["chart-file.tgz"]


def test_bare_values_are_written_in_place_with_their_own_doc_source() -> None:
    body = table([PT, ["``-``", "String", ""]], "**Table 5** Response body parameters")
    spec = _spec(a=page("Creating a Tag", {"Function": "Creates.", "URI": "POST /v2/tags",
                                           "Response Parameters": "**Status code: 200**\n\n" + body}),
                 b=page("Deleting a Tag", {"Function": "Deletes.", "URI": "DELETE /v2/tags",
                                           "Response Parameters": "**Status code: 200**\n\n" + body}))
    schemas = {m: op["responses"]["200"]["content"]["text/plain"]["schema"]
               for m, op in spec["paths"]["/v2/tags"].items()}
    assert {m: s["x-doc-source"].split(":")[0] for m, s in schemas.items()} == {"post": "a.rst", "delete": "b.rst"}


def test_an_example_that_contradicts_a_bare_value_is_a_doc_defect() -> None:
    # cloud-firewall deleting_the_number_of_rule_hits: the table says String, the example is `{ }`
    from generator.lint import lint_spec

    spec, content = _bare(table([PT, ["``-``", "String", ""]], "**Table 5** Response body parameters"), "{ }")
    assert list(content) == ["application/json"]
    [defect] = [d for d in lint_spec(spec) if d.code == "example-wrong-type"]
    assert '{} is not of type "string"' in defect.message  # values as JSON, as the docs write them


def _widget_page(title: str, uri: str, headers: str = "") -> str:
    sections = {"Function": f"{title}.", "URI": uri}
    if headers:
        sections["Request"] = table([PM, [headers, "Yes", "String", "A header."]], "**Table 1** Request header "
                                    "parameters")
    return page(title, {**sections, "Response": "None"})


def test_token_authentication_is_declared_for_every_operation_even_when_no_page_names_the_header() -> None:
    """Issue 14: the platform authenticates with an IAM token in X-Auth-Token; a service whose pages never name the
    header still declares it (before, no security at all: one `security-defined` error per operation)."""
    spec = _spec(a=_widget_page("Querying Widgets", "GET /v2/widgets"),
                 b=_widget_page("Deleting a Widget", "DELETE /v2/widgets/{widget_id}", headers="Content-Type"))
    assert spec["security"] == [{"XAuthToken": []}]
    assert spec["components"]["securitySchemes"]["XAuthToken"]["name"] == "X-Auth-Token"
    # no page names any authentication: documented headers without the token do not mean "no authentication"
    assert all("security" not in op for item in spec["paths"].values() for op in item.values())


def test_a_page_that_documents_its_headers_without_the_token_needs_none_when_other_pages_name_it() -> None:
    spec = _spec(a=_widget_page("Querying Widgets", "GET /v2/widgets", headers="X-Auth-Token"),
                 b=_widget_page("Creating a Token", "POST /v3/tokens", headers="Content-Type"))
    assert spec["security"] == [{"XAuthToken": []}]
    assert spec["paths"]["/v3/tokens"]["post"]["security"] == []
    assert "security" not in spec["paths"]["/v2/widgets"]["get"]


def test_a_tag_is_described_by_the_title_of_its_section_page() -> None:
    """Issue 14: tag descriptions from the section pages (`<folder>/index.rst` or `<folder>.rst`); a folder name
    that recurs in two parts of the tree gives each distinct title once, a folder without a section page none."""
    widgets = "Widget Management\n=================\n\n-  :ref:`Querying Widgets <w>`\n"
    tree = {
        "apis/widget_management/index.rst": widgets,
        "apis/widget_management/querying.rst": _widget_page("Querying Widgets", "GET /v2/widgets"),
        "old_apis/widget_management.rst": "Widget Management (Old)\n=======================\n\nOld APIs.\n",
        "old_apis/widget_management/deleting.rst": _widget_page("Deleting a Widget", "DELETE /v1/widgets/{id}"),
        "misc/gadgets/querying.rst": _widget_page("Querying Gadgets", "GET /v2/gadgets"),
    }
    spec, _diagnostics = build_openapi(build_tree(tree), BuildOptions(title="widgets"))
    validate(spec)
    assert spec["tags"] == [{"name": "gadgets"},
                            {"name": "widget_management", "description": "Widget Management; Widget Management (Old)"}]
