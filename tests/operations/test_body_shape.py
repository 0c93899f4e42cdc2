"""generator.operations.page: the shape of a body. A body table whose one row is a bracketed placeholder of an array
type (`*[Array]*`, `[items]`, `[Array element]`) is how the docs write a body that is itself an array (a JSON Patch
document, a list response); a table titled as the body is the body, whatever the paragraph before it says."""

from __future__ import annotations

from tests.operations.pages import build, only_operation, page, params, result, shape, table

PM = ["Parameter", "Mandatory", "Type", "Description"]
PT = ["Parameter", "Type", "Description"]
_PATCH_ITEM = ".. _w__patch:\n\n" + table(
    [PM, ["op", "Yes", "String", "The operation."], ["path", "Yes", "String", "The attribute."]],
    "**Table 3** Data structure description of the [Array] field")


def _patch(request: str, response: str = "None") -> str:
    return page("Modifying a Widget", {"Function": "Modifies a widget.", "URI": "PATCH /v2/widgets/{widget_id}\n\n"
                                       + table([PM, ["widget_id", "Yes", "String", "Widget ID."]]),
                                       "Request": request, "Response": response})


def test_a_bracketed_array_row_is_the_whole_body() -> None:
    # image-management-service updating_an_image: `*[Array]*` | Array of objects | For details, see Table 2.
    text = _patch(table([PM, ["*[Array]*", "Yes", "Array of objects", "For details, see :ref:`Table 3 <w__patch>`."]],
                        "**Table 2** Request parameters") + "\n" + _PATCH_ITEM)
    model = build(p=text)
    op = only_operation(model)
    assert shape(op.request) == [{"op": "string", "path": "string"}]
    r = result(model, "p")
    assert r.parameter_rows == r.rows_as_properties == 4  # widget_id, [Array], op, path


def test_a_body_table_after_a_paragraph_about_headers_is_still_the_body() -> None:
    # image-management-service modifying_an_image: `[Array]` was read as a header parameter because the paragraph
    # before the table says the method is chosen by Content-Type in the HTTP header
    text = _patch("The method is specified by **Content-Type** in the HTTP header.\n\n"
                  + table([PM, ["*[Array]*", "Yes", "Array of objects",
                                "For details, see :ref:`Table 3 <w__patch>`."]],
                          "**Table 2** v2.1 request message body") + "\n" + _PATCH_ITEM)
    op = only_operation(build(p=text))
    assert params(op) == ["path:widget_id"]
    assert shape(op.request) == [{"op": "string", "path": "string"}]


def test_a_bracketed_items_row_is_a_list_response() -> None:
    # software-repository-container querying_image_tags: `[items]` | Array of ShowReposTagResp objects
    text = page("Listing Widgets", {
        "Function": "Lists widgets.", "URI": "GET /v2/widgets",
        "Response": table([PT, ["[items]", "Array of :ref:`Widget <w__widget>` objects", "Widgets."]],
                          "**Table 1** Response body parameters") + "\n.. _w__widget:\n\n"
        + table([PT, ["id", "String", "ID."], ["size", "Integer", "Size."]], "**Table 2** Widget")})
    [response] = [r for r in only_operation(build(p=text)).responses if r.schema is not None]
    assert shape(response.schema) == [{"id": "string", "size": "integer"}]


def test_a_bracketed_row_beside_other_rows_or_of_a_scalar_type_is_a_property() -> None:
    text = _patch(table([PM, ["[Array]", "Yes", "Array of strings", "Names."], ["force", "No", "Boolean", "Force."]],
                        "**Table 2** Request body parameters"))
    assert shape(only_operation(build(p=text)).request) == {"[Array]": ["string"], "force": "boolean"}
    text = _patch(table([PM, ["[name]", "Yes", "String", "Name."]], "**Table 2** Request body parameters"))
    assert shape(only_operation(build(p=text)).request) == {"[name]": "string"}


def _tag(response: str) -> tuple[object, tuple[int, int], list[str]]:
    text = page("Creating a Tag", {"Function": "Creates a tag.", "URI": "POST /v2/tags",
                                   "Request Parameters": table([PM, ["key", "Yes", "String", "Tag key."]],
                                                               "**Table 1** Request body parameters"),
                                   "Response Parameters": "**Status code: 200**\n\n" + response})
    model = build(p=text)
    r = result(model, "p")
    [ok] = [x for x in only_operation(model).responses if x.status == "200"]
    return shape(ok.schema), (r.parameter_rows, r.rows_as_properties), [d.code for d in model.diagnostics]


def test_a_single_dash_row_with_a_scalar_type_is_a_bare_value_body() -> None:
    # cloud-firewall creating_a_tag: Table 5 Response body parameters | ``-`` | String |
    got, (rows, typed), diagnostics = _tag(table([PT, ["``-``", "String", ""]], "**Table 5** Response body parameters"))
    assert got == "string" and rows == typed == 2 and "row-no-name" not in diagnostics
    # cloud-container-engine downloading_a_chart: ``-`` | File | File name of the downloaded chart.
    text = table([PT, ["``-``", "File", "The chart."]], "**Table 5** Response body parameters")
    model = build(p=page("Downloading a Chart", {"Function": "Downloads.", "URI": "GET /v2/charts/{id}/archive",
                                                  "Response Parameters": "**Status code: 200**\n\n" + text}))
    [ok] = only_operation(model).responses
    assert ok.schema is not None and (ok.schema.kind, ok.schema.format) == ("string", "binary")


def test_a_dash_row_that_is_not_alone_or_not_a_scalar_stays_a_row_diagnostic() -> None:
    got, (rows, typed), diagnostics = _tag(table([PT, ["``-``", "String", ""], ["id", "String", "ID."]],
                                                 "**Table 5** Response body parameters"))
    assert got == {"id": "string"} and (rows, typed) == (3, 2) and "row-no-name" in diagnostics
    got, (rows, typed), diagnostics = _tag(table([PT, ["``-``", "Object", "Anything."]],
                                                 "**Table 5** Response body parameters"))
    assert (rows, typed) == (2, 1) and "row-no-name" in diagnostics
