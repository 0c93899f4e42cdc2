"""generator.openapi: every operation gets the error statuses the service's status-code and error-code pages list,
as explicit codes (never `4XX` ranges) referring to shared `components/responses` that carry the service's error
body; a status the operation's own page documents wins."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate

from generator.openapi.builder import BuildOptions, build_openapi
from tests.operations.pages import build, page, table

PM = ["Parameter", "Mandatory", "Type", "Description"]

OPERATION = page("Deleting a Widget", {
    "Function": "Deletes a widget.",
    "URI": "DELETE /v2/widgets/{widget_id}",
    "Status Code": table([["Status Code", "Description"], ["204", "The widget is deleted."],
                          ["404", "No widget has this ID."]]),
})
STATUS_CODES = page("Status Codes", {
    "Status Codes": table([["Status Code", "Message", "Description"], ["200", "OK", "Request succeeded."],
                           ["400", "Bad Request", "The request is malformed."],
                           ["404", "Not Found", "The resource does not exist."],
                           ["503", "Service Unavailable", "Try again later."]], "**Table 1** Status codes"),
})
ERROR_CODES = page("Error Codes", {
    "Error Codes": table([["Status Code", "Error Code", "Error Message"], ["400", "WGS.0001", "Invalid name."],
                          ["400", "WGS.0002", "Invalid size."], ["429", "WGS.0003", "Too many requests."]],
                         "**Table 1** Error codes"),
})
ERROR_BODY = page("Abnormal Request Results", {
    "Response": table([PM, ["error_code", "Yes", "String", "Error code."],
                       ["error_msg", "Yes", "String", "Error message."]], "**Table 1** Error response"),
})


def _spec(**pages: str) -> dict[str, Any]:
    spec, _diagnostics = build_openapi(build(**pages), BuildOptions(title="widgets"))
    validate(spec)
    return spec


def _responses(spec: dict[str, Any]) -> dict[str, Any]:
    return dict(spec["paths"]["/v2/widgets/{widget_id}"]["delete"]["responses"])


def test_every_error_status_of_the_status_code_page_is_an_explicit_shared_response_with_the_error_body() -> None:
    spec = _spec(delete=OPERATION, status_codes=STATUS_CODES, abnormal=ERROR_BODY)
    responses = _responses(spec)
    assert sorted(responses) == ["204", "400", "404", "503"]  # no 200 (a success), no `4XX` range key
    assert responses["400"] == {"$ref": "#/components/responses/Error400"}
    shared = spec["components"]["responses"]
    assert sorted(shared) == ["Error400", "Error503"]
    assert shared["Error503"]["description"] == "Try again later."
    assert shared["Error400"]["content"] == {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    assert shared["Error400"]["x-doc-source"].startswith("status_codes.rst:")


def test_a_status_the_operation_documents_itself_wins() -> None:
    responses = _responses(_spec(delete=OPERATION, status_codes=STATUS_CODES, abnormal=ERROR_BODY))
    assert responses["404"]["description"] == "No widget has this ID."
    assert "$ref" not in responses["404"]


def test_an_error_code_page_adds_the_codes_it_names_described_by_their_reason_phrase() -> None:
    spec = _spec(delete=OPERATION, status_codes=STATUS_CODES, error_codes=ERROR_CODES, abnormal=ERROR_BODY)
    assert sorted(_responses(spec)) == ["204", "400", "404", "429", "503"]
    shared = spec["components"]["responses"]
    assert shared["Error429"]["description"] == "Too Many Requests (see Error Codes)"
    assert shared["Error400"]["description"] == "The request is malformed."  # the status page's


def test_without_an_error_body_the_shared_responses_have_no_content() -> None:
    shared = _spec(delete=OPERATION, status_codes=STATUS_CODES)["components"]["responses"]
    assert "content" not in shared["Error400"]


def test_a_service_without_status_code_pages_gets_no_invented_error_statuses() -> None:
    spec = _spec(delete=OPERATION)
    assert sorted(_responses(spec)) == ["204", "404"]
    assert "responses" not in spec["components"]


def test_a_code_table_that_lists_no_http_statuses_adds_nothing() -> None:
    regions = page("Region Information", {
        "Regions": table([["Continent", "Code"], ["Europe", "EU"], ["Asia", "AS"]], "**Table 1** Continents"),
    })
    assert sorted(_responses(_spec(delete=OPERATION, regions=regions))) == ["204", "404"]


def test_a_status_cell_with_a_reason_phrase_gives_its_reason_phrase_with_the_description() -> None:
    returned = page("Status Codes", {
        "Status Codes": table([["Status Code", "Description"], ["200 OK", "The request succeeded."],
                         ["409 Conflict", "The request conflicts with the state of the resource."]]),
    })
    shared = _spec(delete=OPERATION, status_codes=returned)["components"]["responses"]
    assert shared["Error409"]["description"] == "Conflict\n\nThe request conflicts with the state of the resource."
