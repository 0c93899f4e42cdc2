"""What a finding points at: pointers in example text, the messages' rule and source, the docs' lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.report.sources import Sources, constraint_sentences, pointer_lines, pointers_of, rule_of, rule_source

BOX = Path(__file__).resolve().parents[1] / "fixtures" / "report" / "box-service" / "api-ref" / "source"
PAGE = "apis/creating_a_box.rst"


def test_pointer_lines_follow_objects_and_arrays() -> None:
    text = '{\n  "a": {\n    "b": 1,\n    "c": [\n      {"d": 2},\n      {"d": 3, "e/f": "x"}\n    ]\n  }\n}'
    lines = pointer_lines(text)
    assert lines["/a/b"] == 3 and lines["/a/c"] == 4 and lines["/a/c/0/d"] == 5 and lines["/a/c/1/d"] == 6
    assert lines["/a/c/1/e~1f"] == 6 and lines[""] == 1


def test_pointer_lines_read_through_what_repaired_examples_hold() -> None:
    text = '{\n  // a comment\n  "a": 1, /* another */\n  "b": [1, 2,],\n  "c": "x",\n}'
    lines = pointer_lines(text)
    assert lines["/a"] == 3 and lines["/b/1"] == 4 and lines["/c"] == 5
    assert "/b/2" not in lines  # a trailing comma is no item


def test_pointer_lines_of_broken_text_give_what_was_read() -> None:
    assert pointer_lines('{"a": 1, "b": ') == {"": 1, "/a": 1, "/b": 1}
    assert pointer_lines("") == {}


MESSAGE = ("request example of POST /v3/{project_id}/boxes (create_box): /size: 20 is greater than the maximum of "
           "10 (rule `maximum`); rule from apis/creating_a_box.rst:36")
UNDOCUMENTED = ("response 200 example of GET /v3/{project_id}/parcels/{parcel_id} (query_parcel): field(s) colour, "
                "a/b at /parcel/labels/0 documented by no table; rule from querying_a_parcel.rst:60")


def test_the_rule_and_its_source_are_read_from_an_example_defect() -> None:
    assert rule_of(MESSAGE) == "maximum" and rule_source(MESSAGE) == ("apis/creating_a_box.rst", 36)
    assert rule_of(UNDOCUMENTED) == "" and rule_source(UNDOCUMENTED) == ("querying_a_parcel.rst", 60)
    assert rule_source("`start_time`: The value of **HH** must be 1 greater") is None


@pytest.mark.parametrize(("message", "pointers"), [
    (MESSAGE, ("/size",)),
    (UNDOCUMENTED, ("/parcel/labels/0/colour", "/parcel/labels/0/a~1b")),
    ("request example of POST /x (op): field(s) id at / documented by no table; rule from a.rst:1", ("/id",)),
    ("example is not valid JSON (trailing-comma); loaded after repair", ()),
])
def test_the_pointers_an_example_defect_names(message: str, pointers: tuple[str, ...]) -> None:
    assert pointers_of(message) == pointers


def test_constraint_sentences_are_indexed_by_their_place() -> None:
    spec = {"components": {"schemas": {"A": {"properties": {"size": {
        "maximum": 10, "x-constraint-source": ["maximum: p.rst:36: The value ranges from 1 to 10.",
                                               "minimum: p.rst:36: The value ranges from 1 to 10.",
                                               "not a source entry"]}}}}}}
    assert constraint_sentences(spec) == {("p.rst", 36): [("maximum", "The value ranges from 1 to 10."),
                                                          ("minimum", "The value ranges from 1 to 10.")]}


def test_a_table_line_is_shown_without_its_borders() -> None:
    sources = Sources(BOX)
    assert sources.line(PAGE, 36) == "size | Yes | Integer | Size of the box. The value ranges from 1 to 10."
    assert sources.line(PAGE, 10_000) == "" and sources.line("missing.rst", 1) == ""


def test_the_example_block_is_cut_at_its_end_and_the_named_lines_marked() -> None:
    example = Sources(BOX).example(PAGE, 52, ("/size", "/colour", "/nowhere"))
    assert example is not None
    assert [n for n, _ in example.lines] == [52, 53, 54, 55, 56]
    assert example.lines[0] == (52, "{") and example.lines[2] == (54, '    "size": 20,')
    assert example.marked == (54, 55)
    assert Sources(BOX).example(PAGE, 51, ("/size",)) is None  # a blank line: no block starts there
