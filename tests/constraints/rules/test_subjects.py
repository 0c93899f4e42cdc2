"""What a sentence opens with (generator/constraints/rules/subjects.py): a note's label is read past, in its plain and
bold forms, and a bold name after it is the sentence's subject; a sibling only when the table has it."""

from __future__ import annotations

import pytest

from generator.constraints.rules import Cell
from generator.constraints.rules.subjects import NOTE_LABEL, bold_subject, names_a_sibling, sibling_subject


@pytest.mark.parametrize(("text", "rest"), [
    ("Note: **subnet_id** is the network ID.", "**subnet_id** is the network ID."),
    ("**Note:** The key cannot be empty.", "The key cannot be empty."),
    ("**Note**: The key cannot be empty.", "The key cannot be empty."),
    ("NOTICE: When ...", "When ..."),
    ("Notes on the value.", "Notes on the value."),
])
def test_a_notes_label_and_nothing_else_is_read_past(text: str, rest: str) -> None:
    assert NOTE_LABEL.sub("", text) == rest


def test_the_bold_subject_and_the_sibling() -> None:
    cell = Cell(name="vpc_id", kind="string", text="", siblings=("subnet_id", "vpc_id"))
    assert bold_subject("Note: **subnet_id** is the network ID.") == "subnet_id"
    assert sibling_subject("Note: **subnet_id** is the network ID.", cell) == "subnet_id"
    assert sibling_subject("**vpc_id** is the VPC's ID.", cell) == ""  # the field itself
    assert sibling_subject("**TRACE** is deprecated.", cell) == ""  # a value, not a sibling
    assert bold_subject("The **subnet_id** field.") == "subnet_id"
    assert bold_subject("A **subnet_id** field.") == ""


def test_a_sibling_named_anywhere_in_the_text() -> None:
    cell = Cell(name="vpc_channel_id", kind="string", text="", siblings=("vpc_channel_status", "vpc_channel_id"))
    assert names_a_sibling("Values of **vpc_channel_status**:", cell)
    assert names_a_sibling("Note that the ** vpc_channel_status ** cannot be", cell)
    assert not names_a_sibling("Values of **vpc_channel_id**:", cell)  # the field itself
    assert not names_a_sibling("Values of **ACTIVE** and **DOWN**:", cell)  # values, not siblings
