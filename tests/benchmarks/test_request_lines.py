"""The query values of the request lines a page writes (benchmarks/request_lines.py), and the refusal audit that
checks them with the client's own validation: the values as written, the template and the response's links left out,
each refused value attributed to the prose rule that refuses it."""

from __future__ import annotations

from pathlib import Path

from benchmarks import refusals
from benchmarks.request_lines import query_examples
from generator.pipeline import build
from tests.conftest import FIXTURES

LINES = FIXTURES / "request_lines"
PAGE = "listing_crates.rst"


def test_the_request_lines_with_values_are_read_as_written() -> None:
    spec = build(LINES).spec
    assert list(query_examples(spec, LINES, {})) == [
        ("list_crates", f"{PAGE}:35", {"limit": "10", "name": "crate01", "since": "2022-05-09T16:15:50+0800"}),
        ("list_crates", f"{PAGE}:43", {"limit": "500"}),
    ]  # not the template (`limit={limit}`) nor the link of the response example
    renamed = query_examples(spec, LINES, {"list_crates": "list_crates_renamed"})
    assert {operation for operation, _, _ in renamed} == {"list_crates_renamed"}


def test_a_line_of_another_path_or_method_is_no_example_of_the_operation(tmp_path: Path) -> None:
    text = (LINES / PAGE).read_text(encoding="utf-8")
    (tmp_path / PAGE).write_text(text.replace("GET https://{Endpoint}/v1/{project_id}/crates?",
                                              "DELETE https://{Endpoint}/v1/{project_id}/crates?")
                                 .replace("0483b6b16e954cb88930a360d2c4e663/crates?limit=500",
                                          "0483b6b16e954cb88930a360d2c4e663/boxes?limit=500"), encoding="utf-8")
    assert list(query_examples(build(LINES).spec, tmp_path, {})) == []


def test_the_audit_refuses_the_values_the_prose_excludes() -> None:
    spec = build(LINES).spec
    assert refusals.audit_spec("crates", spec).examples == 0  # without the docs folder: bodies only, and none here
    audit = refusals.audit_spec("crates", spec, LINES)
    assert (audit.examples, audit.refused, audit.by_prose) == (2, 2, 2)
    assert [(r.example, r.keyword, r.rule, r.pointer, r.value) for r in audit.prose] == [
        (f"{PAGE}:35", "format", f"{PAGE}:29", "?since", "'2022-05-09T16:15:50+0800'"),  # RFC 3339 wants +08:00
        (f"{PAGE}:43", "maximum", f"{PAGE}:25", "?limit", "500"),  # read as the integer the client is given
    ]


def test_query_values_are_read_as_their_declared_type() -> None:
    declared = {"limit": {"type": "integer"}, "sealed": {"type": "boolean"},
                "ids": {"type": "array", "items": {"type": "integer"}}, "name": {"type": "string"}}
    written = {"limit": "10", "sealed": "True", "ids": "1,2", "name": "7", "other": "x"}
    assert refusals._query_values(written, declared) == {"limit": 10, "sealed": True, "ids": [1, 2], "name": "7"}
    assert refusals._query_values({"limit": "ten"}, declared) == {"limit": "ten"}  # the type's refusal, as written


def test_a_refusal_at_the_root_is_the_body_or_the_query_value_itself() -> None:
    from jsonschema import Draft202012Validator

    error = next(Draft202012Validator({"minimum": 1}).iter_errors(0))
    found = [(error, "minimum", "a.rst:3: The value is at least 1.")]
    body = next(refusals._prose_refusals("s", "a.rst:9", "op", found))
    query = next(refusals._prose_refusals("s", "a.rst:9", "op", found, "?limit"))
    assert (body.pointer, query.pointer) == ("/", "?limit")
    assert (body.rule, body.sentence) == ("a.rst:3", "The value is at least 1.")
