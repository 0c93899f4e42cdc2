"""What a sentence opens with (generator/constraints/rules/subjects.py): a note's label is read past, in its plain and
bold forms, and a bold name after it is the sentence's subject; a sibling only when the table has it."""

from __future__ import annotations

import pytest

from generator.constraints.rules import Cell
from generator.constraints.rules.subjects import (
    NOTE_LABEL,
    bold_subject,
    bold_subjects,
    names_a_sibling,
    opens_with_a_count,
    sibling_subject,
    siblings_are_the_subject,
)


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


def test_a_list_of_names_in_bold_is_the_subject_and_the_rest_follows() -> None:
    assert bold_subjects("**begin_time** and **end_time** are UNIX timestamps.") == (
        ["begin_time", "end_time"], " are UNIX timestamps.")
    assert bold_subjects("Note: **a**, **b** or **c** is set.") == (["a", "b", "c"], " is set.")
    assert bold_subjects("The value of **a** is set.") == ([], "The value of **a** is set.")
    assert bold_subject("**a**, **b** and **c** are set.") == "a"  # the first of a list


def test_siblings_that_open_the_sentence_and_are_said_to_be_something_are_its_subject() -> None:
    cell = Cell(name="limit", kind="integer", text="", siblings=("begin_time", "end_time", "limit"))
    assert siblings_are_the_subject("**begin_time** and **end_time** are UNIX timestamps in milliseconds.", cell)
    assert siblings_are_the_subject("Note: **begin_time** is a UNIX timestamp.", cell)
    assert not siblings_are_the_subject("**begin_time** and **limit** are ...", cell)  # the field itself among them
    assert not siblings_are_the_subject("**begin_time** and **start** are ...", cell)  # not a field of the table
    assert not siblings_are_the_subject("**begin_time** and **end_time** must be set.", cell)  # no `is`/`are`
    assert not siblings_are_the_subject("The time is a UNIX timestamp.", cell)


@pytest.mark.parametrize(("text", "count"), [
    ("Number of retries.", True),
    ("Specifies the maximum number of backups.", True),
    ("Quantity of disks. Each disk is 100 GB.", True),
    ("The backup count.", True),
    ("Max. number of rules", True),
    ("Size of the disk, in GB.", False),
    ("The number is assigned by the system.", False),
    ("Counts the retries.", False),
])
def test_a_text_that_opens_by_naming_a_count(text: str, count: bool) -> None:
    assert opens_with_a_count(text) is count
