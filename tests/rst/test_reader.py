"""generator.rst.reader: the URI part. A concrete request line that instantiates the page's template is its
example, not an operation (TaurusDB `URI example` bullets); nothing is dropped silently."""

from __future__ import annotations

from generator.diagnostics import Severity
from generator.model import RawPage
from generator.rst.parse import parse_rst
from generator.rst.reader import read_page


def _read(uri_section: str) -> tuple[RawPage, list[str]]:
    text = (f"Querying Widgets\n================\n\nFunction\n--------\n\nQueries widgets.\n\n"
            f"URI\n---\n\n{uri_section}\n")
    page, diagnostics = read_page(parse_rst(text, "page.rst"), "page.rst", text)
    assert all(d.severity is Severity.INFO for d in diagnostics)
    return page, [f"{d.loc.line} {d.code}" for d in diagnostics]


def test_a_uri_example_is_not_a_second_operation() -> None:
    page, diagnostics = _read(
        "-  URI format\n\n"
        "   GET https://{endpoint}/mysql/v3/{project_id}/instances?id={id}&limit={limit}\n\n"
        "-  URI example\n\n"
        "   GET https://gaussdb-mysql.eu-de.otc.t-systems.com/mysql/v3/97b026aa9cc4417888c14c84a1ad9860/instances"
        "?id=ed7cc6166ec24360a5ed5c5c9c2ed726in01&limit=10\n"
    )
    assert [(u.method, u.path, u.query) for u in page.uris] == [("GET", "/mysql/v3/{project_id}/instances",
                                                                  ("id", "limit"))]
    assert diagnostics == ["18 uri-example"]


def test_an_example_with_another_method_or_path_is_kept() -> None:
    page, diagnostics = _read(
        "-  GET /v3/{project_id}/instances\n"
        "-  POST /v3/97b026aa9cc4417888c14c84a1ad9860/instances\n"
        "-  GET /v3/97b026aa9cc4417888c14c84a1ad9860/backups\n"
    )
    assert [u.path for u in page.uris] == ["/v3/{project_id}/instances",
                                          "/v3/97b026aa9cc4417888c14c84a1ad9860/instances",
                                          "/v3/97b026aa9cc4417888c14c84a1ad9860/backups"]
    assert diagnostics == []


def test_a_sibling_endpoint_is_not_an_example() -> None:
    page, diagnostics = _read("-  GET /v2/{project_id}/servers/{server_id}\n-  GET /v2/{project_id}/servers/detail\n")
    assert len(page.uris) == 2 and diagnostics == []


def test_a_concrete_only_uri_section_keeps_its_lines() -> None:
    page, diagnostics = _read("GET https://iam.example.com/v3/auth/projects\n")
    assert [(u.method, u.path) for u in page.uris] == [("GET", "/v3/auth/projects")]
    assert diagnostics == []
