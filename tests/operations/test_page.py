"""generator.operations.page: where the rows of a parameter table go."""

from __future__ import annotations

from tests.corpus.test_object_storage import built


def test_a_prose_paragraph_that_mentions_headers_does_not_make_a_table_a_header_table() -> None:
    """OBS's download page: "... override values for a set of message headers using the request parameters" in a
    note before the Request parameters table; its rows are query parameters (`response-content-type`)."""
    params = {p["name"]: p["in"] for p in built().spec["paths"]["/{ObjectName}"]["get"]["parameters"]}
    assert params["response-content-type"] == "query" and params["versionId"] == "query"
    assert params["Range"] == "header"
