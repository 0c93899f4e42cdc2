from __future__ import annotations

from pathlib import Path
from typing import Any

import docutils.nodes as nodes
import pytest
from docutils.parsers.rst import roles

from generator.diagnostics import Diagnostic, Severity
from generator.rst.parse import (
    LINE_LENGTH_LIMIT,
    NO_BLANK_LINE_CLASS,
    REF_CLASS,
    PageRefused,
    ensure_registered,
    message_diagnostics,
    parse_page,
    parse_rst,
)
from tests.conftest import FIXTURES

PAGE = """\
:original_name: x.html

.. _x_label:

Title
=====

See :ref:`Table 3 <x__table_3>` and :ref:`plain_label`, :doc:`other` and :download:`f <f.zip>`.

.. toctree::
   :maxdepth: 1

   a
   b
"""


def test_registration_is_idempotent() -> None:
    ensure_registered()
    first = roles._roles.get("ref")
    ensure_registered()
    assert roles._roles.get("ref") is first


def test_sphinx_markup_parses_without_messages() -> None:
    doc = parse_rst(PAGE, "x.rst")
    assert list(doc.findall(nodes.system_message)) == []
    refs = [n for n in doc.findall(nodes.inline) if REF_CLASS in n["classes"]]
    assert [(r.astext(), r["reftarget"]) for r in refs] == [("Table 3", "x__table_3"), ("plain_label", "plain_label")]
    assert "toctree" not in doc.astext()


# --- what docutils reports becomes diagnostics (issue 9: nothing silent) -------------------------------------------

SILENT = FIXTURES / "silent"


def _diagnostics(text: str, path: str = "p.rst") -> list[Diagnostic]:
    parsed = parse_page(text, path)
    return message_diagnostics(path, parsed.doc, parsed.messages, {})


def test_a_broken_table_is_one_error_saying_where_and_what() -> None:
    """`broken_grid_table.rst`: one row of Table 3 (line 48) has its right border a column short. docutils drops
    the whole table; the error points at the table (line 43) and says what the content parse found, once."""
    diags = _diagnostics((SILENT / "broken_grid_table.rst").read_text(encoding="utf-8"), "broken_grid_table.rst")
    assert [(d.loc.line, d.code, d.severity) for d in diags] == [(43, "table-unparsed", Severity.ERROR)]
    assert "line 48: Malformed table. Right border not aligned or missing." in diags[0].message


def test_a_bare_broken_table_is_reported_too() -> None:
    page = "Title\n=====\n\n+---+---+\n| a | b |\n+===+===+\n| c | d  |\n+---+---+\n\nAfter.\n"
    diags = _diagnostics(page)
    assert [(d.loc.line, d.code) for d in diags] == [(7, "table-unparsed")]
    assert "Right border not aligned or missing" in diags[0].message


def test_other_docutils_errors_are_rst_errors_with_their_line() -> None:
    page = "Title\n=====\n\n.. no-such-directive:: x\n\n   body\n\nText.\n\n.. code-block::\n\nEnd.\n"
    diags = _diagnostics(page)
    assert [(d.loc.line, d.code, d.severity) for d in diags] == [(4, "rst-error", Severity.ERROR),
                                                                 (10, "rst-error", Severity.ERROR)]
    assert 'Unknown directive type "no-such-directive"' in diags[0].message
    assert 'Content block expected for the "code-block" directive' in diags[1].message


def test_info_and_warning_messages_are_no_diagnostics() -> None:
    page = "Title\n=====\n\nAbc\n--\n\nText *unclosed.\n\n.. table::\n"  # short underline, open emphasis, empty table
    parsed = parse_page(page, "p.rst")
    assert sorted(int(m["level"]) for m in parsed.doc.findall(nodes.system_message)) == [1, 2, 2]
    assert parsed.messages == () and _diagnostics(page) == []


def _code_blocks(doc: nodes.document) -> list[tuple[str, list[str]]]:
    return [(b.astext(), [c for c in b["classes"] if c != "code"]) for b in doc.findall(nodes.literal_block)
            if not isinstance(b.parent, nodes.system_message)]


def test_a_code_block_without_blank_line_is_read_and_reported() -> None:
    """`code_block_no_blank_line.rst`: docutils (and Sphinx) take the lines under `.. code-block::` for its
    arguments and fail ("maximum 1 argument(s) allowed"), dropping the example. They are read as its content."""
    text = (SILENT / "code_block_no_blank_line.rst").read_text(encoding="utf-8")
    parsed = parse_page(text, "c.rst")
    assert _code_blocks(parsed.doc) == [
        ('{\n    "name": "crate-8"\n}', [NO_BLANK_LINE_CLASS]),
        ('{\n    "name": "crate-8",\n\n    "renamed": true\n}', ["json", NO_BLANK_LINE_CLASS]),  # blank line kept
    ]
    diags = message_diagnostics("c.rst", parsed.doc, parsed.messages, {})
    assert [(d.loc.line, d.code, d.severity) for d in diags] == [(56, "code-block-no-blank-line", Severity.WARNING),
                                                                 (64, "code-block-no-blank-line", Severity.WARNING)]


def test_code_blocks_docutils_reads_are_unchanged() -> None:
    page = ('T\n=\n\n.. code-block:: json\n\n   {"a": 1}\n\n'
            ".. code::\n\n   x\n     y\n\n"
            ".. code-block::\n   yaml\n\n   a: 1\n\n"  # the language may stand alone on the next line
            ".. code-block:: text\n   one\n\n"
            ".. code-block::\n   null\n")
    parsed = parse_page(page, "p.rst")
    assert parsed.messages == ()
    assert _code_blocks(parsed.doc) == [('{"a": 1}', ["json"]), ("x\n  y", []), ("a: 1", ["yaml"]),
                                        ("one", ["text", NO_BLANK_LINE_CLASS]), ("null", [NO_BLANK_LINE_CLASS])]


def test_a_literal_block_without_blank_line_is_reported() -> None:
    """`Example request::` then indented lines with no blank line: docutils (an INFO only) and Sphinx read a
    definition list, so the example is not a literal block; a warning says so. With the blank line, nothing."""
    diags = _diagnostics('T\n=\n\nExample request::\n   POST /v1/x\n   {"a": 1}\n\nText.\n')
    assert [(d.loc.line, d.code, d.severity) for d in diags] == [(5, "literal-no-blank-line", Severity.WARNING)]
    assert _diagnostics('T\n=\n\nExample request::\n\n   POST /v1/x\n\nA term\n   its definition\n') == []


def test_a_code_block_with_two_languages_keeps_docutils_error() -> None:
    diags = _diagnostics("T\n=\n\n.. code-block:: json yaml\n\n   {}\n")
    assert [(d.loc.line, d.code) for d in diags] == [(4, "rst-error")]
    assert "maximum 1 argument(s) allowed, 2 supplied" in diags[0].message


def _request_cells(doc: nodes.document) -> list[str]:
    tables = [t for t in doc.findall(nodes.table) if "Request body" in t.astext()]
    return [row[-1].astext() for row in tables[0].findall(nodes.row)]


def test_a_line_longer_than_docutils_default_limit_is_read() -> None:
    """`long_line.rst`: a table row of 12,882 characters. docutils' default `line_length_limit` (10,000) would
    parse nothing of the page."""
    text = (SILENT / "long_line.rst").read_text(encoding="utf-8")
    assert max(len(line) for line in text.splitlines()) > 10_000
    parsed = parse_page(text, "long_line.rst")
    assert parsed.messages == ()
    cells = _request_cells(parsed.doc)
    assert cells[1].startswith("Depots the parcel may pass through.") and cells[1].endswith("depot-0800.")
    assert cells[1].count("depot-") == 800


def test_a_100_kb_cell_keeps_its_page() -> None:
    text = (SILENT / "long_line.rst").read_text(encoding="utf-8")
    depots = ", ".join(f"**depot-{i:05d}**" for i in range(1, 6001))
    text = text.replace("**depot-0800**.", f"**depot-0800**, {depots}.")
    assert max(len(line) for line in text.splitlines()) > 100_000
    cell = _request_cells(parse_page(text, "long_line.rst").doc)[1]
    assert cell.count("depot-") == 6800 and cell.endswith("depot-06000.")


def test_a_line_docutils_would_still_refuse_refuses_the_page() -> None:
    page = "Title\n=====\n\nShort.\n\n" + "x" * (LINE_LENGTH_LIMIT + 1) + "\n"
    with pytest.raises(PageRefused) as refused:
        parse_page(page, "p.rst")
    assert refused.value.line == 6
    assert f"line 6 has {LINE_LENGTH_LIMIT + 1} characters" in str(refused.value)


@pytest.mark.parametrize("page", sorted((FIXTURES / "styles").rglob("*.rst")), ids=lambda p: p.name)
def test_style_fixtures_parse_without_docutils_warnings(page: Path) -> None:
    """tests/fixtures/styles/README.md: every page parses with no docutils warning or error (a broken simple table
    in `params_formdata.rst` had dropped its response table without a word)."""
    parsed = parse_page(page.read_text(encoding="utf-8"), page.name)
    assert parsed.messages == ()
    assert [m.astext() for m in parsed.doc.findall(nodes.system_message) if m["level"] >= 2] == []


# A grid table whose cells hold combining characters (`t̆`), East Asian wide ones (`名前`) and plain ASCII: the lines
# the ASCII shortcuts pass over and those they hand to docutils.
WIDE_TABLE = """\
Title
=====

+------------+----------------------+
| Name       | Description          |
+============+======================+
| tag        | A t̆ab̆lĕ cell.        |
+------------+----------------------+
| 名前       | A wide name.         |
+------------+----------------------+
| plain      | ASCII only.          |
+------------+----------------------+
"""


@pytest.mark.parametrize("page", [WIDE_TABLE, PAGE], ids=["combining-and-wide", "ascii"])
def test_the_fast_path_gives_the_doctree_docutils_gives(page: str) -> None:
    fast, plain = parse_page(page, "x.rst"), parse_page(page, "x.rst", fast_path=False)
    assert fast.doc.pformat() == plain.doc.pformat()
    assert [m.pformat() for m in fast.messages] == [m.pformat() for m in plain.messages]


def test_a_table_with_combining_and_wide_characters_is_read_whole() -> None:
    rows = [[entry.astext() for entry in row.findall(nodes.entry)] for row in parse_rst(WIDE_TABLE, "x.rst").findall(
        nodes.row)]
    assert rows == [["Name", "Description"], ["tag", "A t̆ab̆lĕ cell."], ["名前", "A wide name."],
                    ["plain", "ASCII only."]]


def _docutils_functions() -> tuple[object, ...]:
    """What the fast path replaces while a page is parsed (the names states and tableparser import from utils)."""
    import docutils.parsers.rst.states as states
    import docutils.parsers.rst.tableparser as tableparser
    import docutils.statemachine as statemachine
    import docutils.utils as utils

    return (getattr(states, "strip_combining_chars"), getattr(tableparser, "strip_combining_chars"),  # noqa: B009
            utils.column_indices, statemachine.StringList.pad_double_width, statemachine.StateMachine.add_states,
            statemachine.StateMachine.runtime_init)


def test_docutils_is_as_it_was_after_a_page_is_parsed() -> None:
    import docutils.utils as utils

    before = _docutils_functions()
    parse_page(WIDE_TABLE, "x.rst")
    assert _docutils_functions() == before
    assert utils.column_indices("t̆ab") == [0, 2, 3]  # docutils' own, skipping the combining breve


# lists in a list, a table with a list in a cell, a directive, a definition list, a literal block: nested parses
NESTED_PAGE = """\
Title
=====

- one

  - one a
  - one b

    #. first
    #. second

+------+------------------+
| Name | Description      |
+======+==================+
| a    | - x              |
|      | - y              |
+------+------------------+

.. note::

   term
      A definition with ``code``.

::

   literal
"""


@pytest.mark.parametrize("page", [NESTED_PAGE, PAGE, WIDE_TABLE], ids=["nested", "page", "wide"])
def test_the_fast_path_makes_a_state_only_when_a_machine_uses_it(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """docutils makes all of a state machine's 15 states for every nested parse; the fast path makes those it
    uses, and gives the same doctree and messages (the test above, and every page of ../shared in the corpus tests)."""
    import docutils.statemachine as statemachine

    made: list[str] = []
    init = statemachine.State.__init__

    def counted(self: statemachine.State[Any], *args: object, **kwargs: object) -> None:
        made.append(type(self).__name__)
        init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(statemachine.State, "__init__", counted)
    plain = parse_page(page, "x.rst", fast_path=False)
    made_plain, made[:] = list(made), []
    fast = parse_page(page, "x.rst")
    assert fast.doc.pformat() == plain.doc.pformat()
    assert [m.pformat() for m in fast.messages] == [m.pformat() for m in plain.messages]
    assert 0 < len(made) < len(made_plain) / 3, (len(made), len(made_plain))
    assert set(made) < set(made_plain)


def test_docutils_is_as_it_was_after_parses_in_threads_that_overlap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two parses in threads, the second begun while the first is in docutils and ended after it: each saving and
    restoring docutils on its own, the second restored the first's patches and left them in place for good."""
    import threading

    import docutils.core

    before = _docutils_functions()
    first_in, second_in, first_done = threading.Event(), threading.Event(), threading.Event()
    publish = docutils.core.publish_doctree

    def publish_in_turn(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread().name == "first":
            first_in.set()
            assert second_in.wait(10)  # the second parse has begun
        else:
            second_in.set()
            assert first_done.wait(10)  # the first parse has ended
        return publish(*args, **kwargs)

    def run() -> None:
        parse_page(NESTED_PAGE, "x.rst")
        if threading.current_thread().name == "first":
            first_done.set()

    monkeypatch.setattr(docutils.core, "publish_doctree", publish_in_turn)
    first = threading.Thread(target=run, name="first")
    second = threading.Thread(target=run, name="second")
    first.start()
    assert first_in.wait(10)
    second.start()
    first.join(20)
    second.join(20)
    assert first_done.is_set() and not first.is_alive() and not second.is_alive()
    assert _docutils_functions() == before
