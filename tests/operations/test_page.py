"""generator.operations.page: where parameter rows go. The table a row is in decides where it says so; the guess
from an HTTP header name (`date`, `host`) applies only where it does not."""

from __future__ import annotations

from tests.operations.pages import build, codes, only_operation, page, params, table

PMD = ["Name", "Mandatory", "Description"]


def _get(uri: str, uri_body: str) -> list[str]:
    text = page("Querying a Widget", {"Function": "Queries a widget.", "URI": f"GET {uri}\n\n{uri_body}",
                                      "Response": table([["Name", "Type", "Description"], ["id", "String", "ID."]])})
    return params(only_operation(build(p=text)))


def test_a_header_word_in_a_table_holding_the_path_placeholders_is_a_query_parameter() -> None:
    # RDS querying_the_restoration_time_range: `date` beside `project_id` and `instance_id`
    rows = [PMD, ["project_id", "Yes", "Project ID."], ["instance_id", "Yes", "Instance ID."],
            ["date", "No", "The day to query, yyyy-mm-dd."]]
    got = _get("/v3/{project_id}/instances/{instance_id}/restore-time",
               table(rows, "**Table 1** Parameter description"))
    assert got == ["path:project_id", "path:instance_id", "query:date"]


def test_a_header_word_in_a_table_titled_query_parameters_is_a_query_parameter() -> None:
    # WAF querying_the_certificate_list: `host` in "Query Parameters"
    rows = [["Parameter", "Mandatory", "Type", "Description"], ["host", "No", "Boolean", "Whether to return hosts."]]
    got = _get("/v1/{project_id}/certificates", table([PMD, ["project_id", "Yes", "Project ID."]], "**Table 1** Path")
               + "\n" + table(rows, "**Table 2** Query Parameters"))
    assert got == ["path:project_id", "query:host"]


def test_a_name_that_can_only_be_a_header_stays_a_header_in_a_mixed_table() -> None:
    rows = [PMD, ["project_id", "Yes", "Project ID."], ["X-Auth-Token", "Yes", "User token."],
            ["date", "No", "The day to query."]]
    got = _get("/v3/{project_id}/widgets", table(rows, "**Table 1** Parameter description"))
    assert got == ["path:project_id", "header:X-Auth-Token", "query:date"]


def test_where_the_table_does_not_say_the_header_name_decides() -> None:
    # IAM obtaining_a_temporary_ak_sk: a header table under URI, introduced by an inner bullet that names no location
    rows = [PMD, ["X-Auth-Token", "Yes", "User token."], ["Content-Type", "Yes", "application/json"]]
    got = _get("/v3.0/OS-CREDENTIAL/securitytokens", "-  With an agency token\n\n" + table(rows, indent=3))
    assert got == ["header:X-Auth-Token", "header:Content-Type"]


def test_a_mandatory_cell_that_states_the_location_keeps_a_path_and_a_query_parameter_of_one_name() -> None:
    # SFS querying_all_shared_file_systems: `project_id` in the path and, for administrators, in the query
    rows = [["Parameter", "Mandatory", "Type", "Description"], ["project_id", "Yes", "String", "Operator project."],
            ["project_id", "No (query parameter)", "String", "Listed project."],
            ["status", "No (query parameter)", "String", "Status."]]
    text = page("Querying All Widgets", {
        "Function": "Lists widgets.",
        "URI": "GET /v2/{project_id}/widgets?project_id={project_id}&status={status}\n\n" + table(rows),
        "Response": table([["Name", "Type", "Description"], ["ids", "Array of strings", "IDs."]])})
    model = build(p=text)
    op = only_operation(model)
    assert params(op) == ["path:project_id", "query:project_id", "query:status"]
    assert [p.required for p in op.parameters] == [True, False, False]
    assert "duplicate-property" not in codes(model) and "mandatory-unclear" not in codes(model)


def test_the_same_name_twice_in_the_path_is_still_defined_twice() -> None:
    # SFS quota_management: `/v2/{project_id}/os-quota-sets/{project_id}` is a doc defect the diagnostic names
    rows = [PMD, ["project_id", "Yes", "Operator project."], ["project_id", "Yes", "Queried project."]]
    text = page("Querying Quotas", {"Function": "Queries quotas.",
                                    "URI": "GET /v2/{project_id}/os-quota-sets/{project_id}\n\n" + table(rows),
                                    "Response": table([["Name", "Type", "Description"], ["id", "String", "ID."]])})
    assert "duplicate-property" in codes(build(p=text))


def test_a_table_titled_as_parameters_is_not_made_headers_by_the_sentence_before_it() -> None:
    # OBS downloading_an_object: "you can override ... message headers using the request parameters", then a
    # table titled `Request parameters` of query parameters (response-content-type, versionId)
    rows = [["Parameter", "Type", "Mandatory", "Description"],
            ["response-content-type", "String", "No", "Content-Type rewritten in the response."],
            ["versionId", "String", "No", "Version to download."]]
    text = page("Downloading a Widget", {
        "Function": "Downloads a widget.",
        "URI": "GET /v1/widgets/{widget_id}",
        "Request Parameters": "You can override message headers of the response using the request parameters.\n\n"
                              + table(rows, "**Table 1** Request parameters"),
        "Response": table([["Name", "Type", "Description"], ["id", "String", "ID."]])})
    op = only_operation(build(p=text))
    assert [p for p in params(op) if not p.startswith("path:")] == ["query:response-content-type", "query:versionId"]


def test_an_untitled_table_after_a_sentence_about_headers_holds_headers() -> None:
    rows = [["Parameter", "Type", "Mandatory", "Description"], ["Content-MD5", "String", "No", "Digest."],
            ["x-widget-acl", "String", "No", "ACL."]]
    text = page("Uploading a Widget", {
        "Function": "Uploads a widget.",
        "URI": "GET /v1/widgets/{widget_id}",
        "Request Parameters": "This request uses the following headers.\n\n" + table(rows),
        "Response": table([["Name", "Type", "Description"], ["id", "String", "ID."]])})
    op = only_operation(build(p=text))
    assert [p for p in params(op) if not p.startswith("path:")] == ["header:Content-MD5", "header:x-widget-acl"]
