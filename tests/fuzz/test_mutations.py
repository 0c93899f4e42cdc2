"""The mutation library does what it says: each mutation changes a page and is deterministic, and the mutations
meant for a cell leave the page's tables well formed (so what they insert reaches the reader as cell text)."""

from __future__ import annotations

from pathlib import Path

import docutils.nodes as nodes
import pytest

from generator.rst.parse import parse_rst
from generator.rst.reader import read_page
from tests.fuzz.mutations import ARITY, MUTATIONS, NUMBER_STYLES, Mutation, apply_all
from tests.fuzz.seeds import FIXTURES
from tests.fuzz.tables import find_tables, replace_span, set_cell, swap_columns

# fixtures with simple tables, grid tables, tables in bullets, wide and multi-line cells
STYLES = [FIXTURES / "styles" / f"{stem}.rst" for stem in (
    "simple_table", "headers_swapped_cells", "headers_extra_columns", "nest_ref_in_type", "nest_parameters_in_field",
    "uri_table_cell", "mandatory_sentences", "params_header_table")]
SIMPLE = (FIXTURES / "styles" / "simple_table.rst").read_text(encoding="utf-8")
# mutations that edit inside a table and must keep it well formed (odd_unicode and rewrite_number may hit any
# word or number, so only their edits inside tables are checked, in the tests below)
CELL_EDITS = (
    Mutation("rewrite_number", (3, 0)), Mutation("rewrite_number", (5, 5)), Mutation("rewrite_number", (8, 7)),
    Mutation("big_cell", (1, 0, 1)), Mutation("self_ref", (1, 0)), Mutation("ref_cycle", (0, 0, 1)),
    Mutation("swap_columns", (1, 1, 0, 0)), Mutation("swap_columns", (1, 1, 0, 1)), Mutation("rename_row", (1, 1, 0)),
)


def _table_errors(text: str) -> list[str]:
    doc = parse_rst(text, "page.rst")
    return sorted(m.astext()[:120] for m in doc.findall(nodes.system_message)
                  if m["level"] >= 3 and "table" in m.astext().lower())


@pytest.mark.parametrize("page", STYLES, ids=lambda p: p.name)
def test_cell_edits_keep_the_tables_well_formed(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    before = _table_errors(text)
    for mutation in CELL_EDITS:
        assert _table_errors(mutation.apply(text)) == before, f"{page.name}: {mutation}"


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_every_mutation_changes_the_page_the_same_way_each_time(name: str) -> None:
    mutation = Mutation(name, (1,) * ARITY[name])
    once, again = mutation.apply(SIMPLE), mutation.apply(SIMPLE)
    assert once != SIMPLE and once == again


CELL_PAGE = """\
+------+---------+-----------------------+
| Name | Type    | Description           |
+======+=========+=======================+
| size | Integer | Value range: 1 to 64. |
+------+---------+-----------------------+
"""


@pytest.mark.parametrize(("style", "written"), [("thousands", "65,536"), ("arabic-indic", "\u0666\u0664"),
                                                ("many-digits", "9" * 5000), ("minus-zero", "-0")])
def test_a_number_rewritten_in_a_cell_is_read_by_the_reader(style: str, written: str) -> None:
    index = [name for name, _ in NUMBER_STYLES].index(style)
    page = Mutation("rewrite_number", (1, index)).apply(CELL_PAGE)  # the second number: 64
    raw, _ = read_page(parse_rst(page, "p.rst"), "p.rst", page)
    (row,) = [r for t in raw.tables for r in t.rows]
    assert row.name == "size" and f"Value range: 1 to {written}." in row.description


def test_big_cell_makes_a_cell_of_100_kb() -> None:
    page = Mutation("big_cell", (1, 0, 0)).apply(SIMPLE)
    raw, _ = read_page(parse_rst(page, "p.rst"), "p.rst", page)
    assert max(len(r.description) for t in raw.tables for r in t.rows) >= 100_000


def test_mutations_apply_in_order() -> None:
    first, second = Mutation("truncate", (30, 0)), Mutation("duplicate_lines", (5, 0))
    assert apply_all(SIMPLE, (first, second)) == second.apply(first.apply(SIMPLE))


GRID = """\
   +------+-----+
   | a    | b   |
   +======+=====+
   | x    | 1   |
   +------+-----+
"""


def test_set_cell_widens_the_column_in_every_line() -> None:
    lines = GRID.splitlines()
    (table,) = find_tables(lines)
    assert (table.kind, table.columns, table.header_end) == ("grid", 2, 2)
    out, wider = set_cell(lines, table, 3, 0, "a much longer name")
    assert len({len(line) for line in out}) == 1  # every border and row still ends in the same column
    assert "| a much longer name |" in out[3]
    assert wider.bounds[1] > table.bounds[1]


def test_replace_span_keeps_a_wide_character_aligned() -> None:
    lines = GRID.splitlines()
    index = lines[3].index("x")
    out = replace_span(lines, 3, index, index + 1, "\U0001f600\U0001f600\U0001f600\U0001f600")
    doc = parse_rst("\n".join(out) + "\n", "p.rst")
    assert not [m for m in doc.findall(nodes.system_message) if m["level"] >= 3]
    assert "\U0001f600" * 4 in doc.astext()


def test_swap_columns_body_only_keeps_the_headers() -> None:
    lines = GRID.splitlines()
    (table,) = find_tables(lines)
    assert swap_columns(lines, table, 0, 1, body_only=True) == [
        "   +------+------+",
        "   | a    | b    |",
        "   +======+======+",
        "   | 1    | x    |",
        "   +------+------+",
    ]
