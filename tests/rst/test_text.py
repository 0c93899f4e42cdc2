"""generator/rst/text.py: the text of a node, without what docutils inserts into it."""

from __future__ import annotations

from docutils import nodes

from generator.rst.text import plain, text_of


def _cell_with_a_system_message() -> nodes.entry:
    message = nodes.system_message("Unexpected indentation.", nodes.paragraph(text="Unexpected indentation."),
                                   type="ERROR", level=3)
    return nodes.entry("", nodes.paragraph(text="Backup ID."), message, nodes.paragraph(text="Value: - auto"))


def test_the_system_messages_docutils_inserts_into_a_cell_are_no_text() -> None:
    cell = _cell_with_a_system_message()
    assert "indentation" not in text_of(cell) and text_of(cell).startswith("Backup ID.\n\n")
    assert "indentation" not in plain(cell) and plain(cell) == "Backup ID. Value: - auto"


def test_a_text_node_is_its_text() -> None:
    assert text_of(nodes.Text("4 to 64 characters")) == "4 to 64 characters"
    assert text_of(nodes.paragraph("", "", nodes.Text("a"), nodes.strong(text="b"))) == "ab"
