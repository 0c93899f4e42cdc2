"""generator.operations.elements: XML element rows nested into one body by Parent/Child lines and the XML outline."""

from __future__ import annotations

from generator.diagnostics import Loc
from generator.model import Property, RawRow, RawTable, Schema
from generator.operations.elements import (
    Outline,
    is_element_table,
    is_raw_data,
    is_xml_document,
    nest_elements,
    outline_of,
)

TABLE = RawTable(loc=Loc("p.rst", 10), labels=(), title="Elements", number="1", context="", section="request",
                 section_title="Request Elements", status=None, headers=("Name", "Description"), kind="param",
                 rows=(), index=0)


def _entry(name: str, kind: str = "string", parent: str = "", child: str = "", raw: str = "", line: int = 0,
           required: bool = False) -> tuple[RawRow, Property]:
    loc = Loc("p.rst", line or 20 + len(name))
    row = RawRow(loc=loc, name=name, type_text=raw or kind, mandatory_text=None, description=f"{name} element.",
                 parent_text=parent, child_text=child)
    schema = Schema(kind=kind, loc=loc, description=f"{name} element.", name_hint=name, raw_type=raw or kind)  # type: ignore[arg-type]
    return row, Property(name=name, required=required, schema=schema, loc=loc)


def _tree(schema: Schema) -> object:
    """The body as nested dicts of property names; `[...]` for arrays, the kind for leaves."""
    if schema.kind == "array" and schema.items is not None:
        return [_tree(schema.items)]
    if schema.properties:
        return {p.name: _tree(p.schema) for p in schema.properties}
    return schema.kind


def test_parent_and_child_lines_nest_the_rows_and_name_the_root() -> None:
    entries = [
        _entry("Config", "object", parent="none", child="one or more Rule elements", raw="container"),
        _entry("ID", parent="Rule", line=31),
        _entry("Rule", "object", parent="Config", raw="container"),
        _entry("Expiration", "string", parent="Rule", child="Days", raw="XML"),
        _entry("Days", "integer", parent="Expiration, Transition"),
        _entry("Transition", "string", parent="Rule", raw="XML"),
    ]
    body, diagnostics = nest_elements(entries, Outline(), TABLE)
    assert body.xml_name == "Config"
    assert _tree(body) == {"Rule": [{"ID": "string", "Expiration": {"Days": "integer"},
                                     "Transition": {"Days": "integer"}}]}
    assert diagnostics == []


def test_a_dotted_parent_path_picks_the_parent_of_that_name_under_that_ancestor() -> None:
    entries = [
        _entry("Result", "object", raw="container"),
        _entry("Contents", "object", parent="Result", raw="container"),
        _entry("Owner", "object", parent="Result.Contents", raw="container", line=40),
        _entry("Owner", "object", parent="Result.Version", raw="container", line=41),
        _entry("Version", "object", parent="Result", raw="container"),
        _entry("ID", parent="Result.Contents.Owner"),
        _entry("Size", parent="Result.Contents"),
    ]
    body, _ = nest_elements(entries, Outline(), TABLE)
    assert body.xml_name == "Result"
    assert _tree(body) == {"Contents": {"Owner": {"ID": "string"}, "Size": "string"}, "Version": {"Owner": "object"}}


def test_the_xml_outline_places_rows_without_parent_lines_and_adds_ancestors_no_row_describes() -> None:
    outline = outline_of([
        "<Policy><Owner><ID>id</ID></Owner><List><Grant><Grantee><ID>id</ID></Grantee>"
        "<Permission>p</Permission></Grant></List></Policy>",
        "<Policy><List><Grant><Permission>a</Permission></Grant><Grant><Permission>b</Permission></Grant></List>"
        "</Policy>",
    ])
    assert outline.repeated == {("List", "Grant")}
    entries = [_entry("ID"), _entry("Grant", raw="XML"), _entry("Grantee", raw="XML"), _entry("Permission")]
    body, diagnostics = nest_elements(entries, outline, TABLE)
    assert body.xml_name == "Policy"
    assert _tree(body) == {"Owner": {"ID": "string"},
                           "List": {"Grant": [{"Grantee": {"ID": "string"}, "Permission": "string"}]}}
    assert diagnostics == []


def test_a_parent_nothing_else_knows_is_reported_and_the_row_kept_under_the_root() -> None:
    entries = [_entry("Result", "object", parent="none", raw="container"),
               _entry("Name", parent="Result"), _entry("Token", parent="OtherResult", line=50)]
    body, diagnostics = nest_elements(entries, Outline(), TABLE)
    assert _tree(body) == {"Name": "string", "Token": "string"}
    [d] = diagnostics
    assert (d.code, d.loc.line) == ("xml-parent-unknown", 50)
    assert "`OtherResult`" in d.message


def test_one_element_with_text_is_the_whole_body() -> None:
    body, _ = nest_elements([_entry("Location")], Outline(), TABLE)
    assert (body.kind, body.xml_name, body.properties) == ("string", "Location", ())


def test_two_rows_of_one_name_under_one_parent_are_a_duplicate() -> None:
    entries = [_entry("Result", "object", parent="none", raw="container"),
               _entry("Name", parent="Result", line=60), _entry("Name", parent="Result", line=61)]
    body, diagnostics = nest_elements(entries, Outline(), TABLE)
    assert _tree(body) == {"Name": "string"}
    assert [(d.code, d.loc.line) for d in diagnostics] == [("duplicate-property", 61)]


def test_which_tables_are_element_tables() -> None:
    row = RawRow(loc=Loc("p.rst", 1), name="Quota", type_text=None, mandatory_text=None, description="")
    plain = RawTable(**{**TABLE.__dict__, "headers": ("Parameter", "Description"), "rows": (row,)})
    assert not is_element_table(plain, Outline())
    assert is_element_table(plain, outline_of(["<Quota>1</Quota>"]))
    assert is_element_table(RawTable(**{**plain.__dict__, "headers": ("Element", "Description")}), Outline())


def test_raw_data_placeholders_are_no_xml() -> None:
    assert is_raw_data("<Optional Additional Header>\n<object Content>")
    assert not is_xml_document("<object Content>")
    assert is_xml_document('<?xml version="1.0"?>\n<A xmlns="urn:x"><B/></A>')
    assert not is_xml_document("<!DOCTYPE html>\n<html><body>201 Created</body></html>")
    assert not is_raw_data("<A><B>content</B></A>")
