"""generator.rst.reader: docutils' system messages are diagnostics, never page text; and the URI part: a concrete
request line that instantiates the page's template is its example, not an operation (TaurusDB `URI example`
bullets), never dropped silently."""

from __future__ import annotations

from generator.diagnostics import Diagnostic, Severity
from generator.model import RawPage
from generator.rst.parse import parse_page
from generator.rst.reader import read_page
from tests.conftest import FIXTURES


def _read(text: str, path: str = "p.rst") -> tuple[RawPage, list[Diagnostic]]:
    parsed = parse_page(text, path)
    return read_page(parsed.doc, path, text, parsed.messages)


DUPLICATE_TITLE = """\
Object Models
=============

Object Models
-------------

.. table:: **Table 1** widget

   ==== ======
   Name Type
   ==== ======
   a    String
   ==== ======
"""


def test_an_info_message_is_not_the_context_of_a_table() -> None:
    """docutils puts an INFO message ("Duplicate implicit target name") in front of the table; it was read as the
    table's context (dedicated-host, ecs, ims pages)."""
    page, diags = _read(DUPLICATE_TITLE)
    assert [t.context for t in page.tables] == ["Object Models"]
    assert diags == []


def test_the_markup_docutils_quotes_in_an_error_is_not_read_as_a_code_block() -> None:
    """An error message quotes the markup docutils could not read in a literal block: a broken table, an empty
    code-block (geminidb). Neither is a code block of the page."""
    page, diags = _read("T\n=\n\nResponse example\n\n.. code-block::\n\nStatus Codes\n------------\n\nNone.\n")
    assert page.blocks == ()
    assert [(d.loc.line, d.code) for d in diags] == [(6, "rst-error")]
    broken = (FIXTURES / "silent" / "broken_grid_table.rst").read_text(encoding="utf-8")
    page, diags = _read(broken, "broken_grid_table.rst")
    assert [b.text.lstrip()[0] for b in page.blocks] == ["{", "{"]  # the two JSON examples, not the table
    assert [(d.loc.line, d.code) for d in diags] == [(43, "table-unparsed")]
    assert diags[0].message.endswith("The label silent_size in front of it names no table.")


def test_a_recovered_code_block_is_an_example_at_its_first_line() -> None:
    page, diags = _read((FIXTURES / "silent" / "code_block_no_blank_line.rst").read_text(encoding="utf-8"))
    assert [(b.loc.line, b.section, b.text) for b in page.blocks] == [
        (56, "request-example", '{\n    "name": "crate-8"\n}'),
        (64, "response-example", '{\n    "name": "crate-8",\n\n    "renamed": true\n}'),
    ]
    assert [(d.loc.line, d.code) for d in diags] == [(56, "code-block-no-blank-line"), (64, "code-block-no-blank-line")]


NESTED_EXAMPLES = """\
T
=

Function
--------

This API creates a crate.

Example
-------

-  Example request

   -  Creating a crate with a lid

      .. code-block::

         {"name": "crate-1"}

-  Example response

   .. code-block::

      {"id": "c1"}

-  Notes

   -  Creating a crate alone

      .. code-block::

         {"name": "crate-2"}
"""


def test_a_block_under_an_example_sections_nested_bullet_is_placed_by_the_enclosing_item() -> None:
    """`- Example request` then `- Creating a crate with a lid` and the block: the nearest text names neither request
    nor response, the item around it does (mapreduce-service, virtual-private-network pages lost 21 examples)."""
    from generator.operations.examples import block_target

    page, _ = _read(NESTED_EXAMPLES)
    assert [(b.loc.line, b.context, block_target(b)) for b in page.blocks] == [
        (18, "Example request: Creating a crate with a lid", "request"),
        (24, "Example response", "response"),
        (32, "Creating a crate alone", "none"),  # no item around it says which
    ]


# ---------------------------------------------------------------------------------------------------------------
# URI examples


def _read_uri(uri_section: str) -> tuple[RawPage, list[str]]:
    text = (f"Querying Widgets\n================\n\nFunction\n--------\n\nQueries widgets.\n\n"
            f"URI\n---\n\n{uri_section}\n")
    page, diagnostics = _read(text, "page.rst")
    assert all(d.severity is Severity.INFO for d in diagnostics)
    return page, [f"{d.loc.line} {d.code}" for d in diagnostics]


def test_a_uri_example_is_not_a_second_operation() -> None:
    page, diagnostics = _read_uri(
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
    page, diagnostics = _read_uri(
        "-  GET /v3/{project_id}/instances\n"
        "-  POST /v3/97b026aa9cc4417888c14c84a1ad9860/instances\n"
        "-  GET /v3/97b026aa9cc4417888c14c84a1ad9860/backups\n"
    )
    assert [u.path for u in page.uris] == ["/v3/{project_id}/instances",
                                          "/v3/97b026aa9cc4417888c14c84a1ad9860/instances",
                                          "/v3/97b026aa9cc4417888c14c84a1ad9860/backups"]
    assert diagnostics == []


def test_a_sibling_endpoint_is_not_an_example() -> None:
    page, diagnostics = _read_uri("-  GET /v2/{project_id}/servers/{server_id}\n"
                                  "-  GET /v2/{project_id}/servers/detail\n")
    assert len(page.uris) == 2 and diagnostics == []


def test_a_concrete_only_uri_section_keeps_its_lines() -> None:
    page, diagnostics = _read_uri("GET https://iam.example.com/v3/auth/projects\n")
    assert [(u.method, u.path) for u in page.uris] == [("GET", "/v3/auth/projects")]
    assert diagnostics == []
