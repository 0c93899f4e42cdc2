"""generator.rst.element_lines, through the reader, on S3-style pages: `Type:`, `Parent:` and `Child:` lines of a
structure, read into the row and taken out of the description; signed requests are noticed."""

from __future__ import annotations

import textwrap

from generator.model import RawPage
from generator.rst.parse import parse_rst
from generator.rst.reader import read_page


def _page(body: str) -> RawPage:
    text = textwrap.dedent(body).strip() + "\n"
    page, _diags = read_page(parse_rst(text, "p.rst"), "p.rst", text)
    return page


ELEMENTS = """
    Setting Things
    ==============

    Request Syntax
    --------------

    .. code-block:: text

       PUT /?things HTTP/1.1
       Host: binname.parcel.example.com
       Authorization: authorization

    Request Elements
    ----------------

    .. table:: **Table 1** Elements

       +----------+-----------------------------------------------------+-----------+
       | Element  | Description                                         | Mandatory |
       +==========+=====================================================+===========+
       | Things   | Root element.                                       | Yes       |
       |          |                                                     |           |
       |          | Type: container                                     |           |
       |          |                                                     |           |
       |          | Parent: none                                        |           |
       |          |                                                     |           |
       |          | Child: one or more Thing elements                   |           |
       +----------+-----------------------------------------------------+-----------+
       | Thing    | One thing. Parent: Things.                          | Yes       |
       |          |                                                     |           |
       |          | Type: XML                                           |           |
       +----------+-----------------------------------------------------+-----------+
       | Name     | Name of the thing.                                  | No        |
       |          | Type: String, which must be unique in the bin.      |           |
       |          | Parent: Thing                                       |           |
       +----------+-----------------------------------------------------+-----------+

    Sample Request
    --------------

    .. code-block:: text

       PUT /?things HTTP/1.1
       Host: examplebin.parcel.example.com
       Authorization: PSS AKEXAMPLE0000000000:c2lnbmF0dXJl
"""


def test_type_parent_and_child_lines_are_read_and_taken_out_of_the_description() -> None:
    rows = {r.name: r for t in _page(ELEMENTS).tables for r in t.rows}
    root, thing, name = rows["Things"], rows["Thing"], rows["Name"]
    assert (root.type_text, root.parent_text, root.child_text) == ("container", "none", "one or more Thing elements")
    assert root.type_in_description
    assert root.description == "Root element."
    # a label at the end of a sentence, and lines of one paragraph
    assert (thing.type_text, thing.parent_text, thing.description) == ("XML", "Things", "One thing.")
    assert (name.type_text, name.parent_text) == ("String", "Thing")
    assert name.description == "Name of the thing.\n\nwhich must be unique in the bin."
    assert not any("Type:" in r.description or "Parent:" in r.description for r in rows.values())


def test_a_type_line_does_not_override_a_type_column() -> None:
    page = _page("""
        Things
        ======

        URI
        ---

        GET /v1/things

        .. table:: **Table 1** Query parameters

           ========= ========= ====== =========================================
           Parameter Mandatory Type   Description
           ========= ========= ====== =========================================
           limit     No        String Page size.

                                      Type: integer
           ========= ========= ====== =========================================
    """)
    [row] = page.tables[0].rows
    assert row.type_text == "String"
    assert not row.type_in_description
    assert row.description == "Page size."


def test_signed_requests_name_their_scheme() -> None:
    assert _page(ELEMENTS).signature_auth == "PSS"


def test_a_placeholder_authorization_line_in_a_raw_request_is_signed_with_an_unnamed_scheme() -> None:
    page = _page(ELEMENTS.replace("PSS AKEXAMPLE0000000000:c2lnbmF0dXJl", "authorization string"))
    assert page.signature_auth == "?"


def test_a_token_page_is_not_signed() -> None:
    page = _page("""
        Things
        ======

        URI
        ---

        GET /v1/things

        Example Request
        ---------------

        .. code-block:: text

           GET https://{endpoint}/v1/things
           X-Auth-Token: token
    """)
    assert page.signature_auth == ""


def test_a_label_alone_takes_its_value_from_the_next_paragraph() -> None:
    old = "| Thing    | One thing. Parent: Things.                          | Yes       |"
    blank = "|          |                                                     |           |"
    new = "\n       ".join([
        "| Thing    | One thing.                                          | Yes       |", blank,
        "|          | Parent:                                             |           |", blank,
        "|          | Things                                              |           |"])
    thing = {r.name: r for t in _page(ELEMENTS.replace(old, new)).tables for r in t.rows}["Thing"]
    assert (thing.parent_text, thing.description) == ("Things", "One thing.")
