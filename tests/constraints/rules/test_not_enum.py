"""The excluded-values rule (generator/constraints/rules/not_enum.py): what is not a whole excluded value."""

from __future__ import annotations

import pytest

from generator.constraints.rules import AMBIGUOUS, Cell, rule_not_enum


def excluded(text: str) -> list[object] | None:
    found = [f.value["enum"] for f in rule_not_enum(Cell(name="x", kind="string", text=text)) if f.keyword == "not"]
    return found[0] if found else None


def test_a_plain_excluded_value_still_counts() -> None:
    assert excluded("The value cannot be **default**.") == ["default"]


@pytest.mark.parametrize("text", [
    # only under a condition on another field
    "This parameter cannot be set to **Basic** when **network_type** is **private**.",
    # a bold prefix then a placeholder: a form (a pattern's business), not a value
    "The first 16 bits must be 169.254, and the value cannot be **169.254.195.***xxx*.",
    # characters, not values
    "The following special characters are not allowed: !<>'=&\"",
])
def test_no_excluded_value(text: str) -> None:
    assert excluded(text) is None


@pytest.mark.parametrize(("text", "kind", "values"), [
    # quoted whole values
    ("The OCP NotAction cannot be 'allow'.", "string", ["allow"]),
    ('The value must not be "default" or "none".', "string", ["default", "none"]),
    # plain numbers that end the sentence
    ("The value cannot be 0.", "integer", [0]),
    ("The port number must not be 22 or 23.", "string", ["22", "23"]),
    # `any ... except` / `all values except`
    ("The value can be any port except **22** and **3389**.", "integer", [22, 3389]),
    ("All values except **default** are allowed.", "string", ["default"]),
    # an Oxford comma before the last value keeps it
    ("The name cannot be **admin**, **root**, or **guest**.", "string", ["admin", "root", "guest"]),
    # reserved words, a comma inside one bold run separating two of them
    ("- Cannot contain keywords **information_schema**, **mysql, sys**, or **test**.", "string",
     ["information_schema", "mysql", "sys", "test"]),
    ("The database name cannot use the reserved words **master** and **model**.", "string", ["master", "model"]),
])
def test_excluded_value_phrasings(text: str, kind: str, values: list[object]) -> None:
    assert [f.value["enum"] for f in rule_not_enum(Cell(name="x", kind=kind, text=text)) if f.keyword == "not"] == [
        values]


@pytest.mark.parametrize("text", [
    "- Cannot be empty (the length cannot be 0).",  # a quantity of the value, not the value
    "The value cannot be 0 or negative.",  # a bound (numeric range), not one value
    "Metadata that is not specified (except for **x-obs-storage-class**) is deleted.",  # not about allowed values
    "It cannot be a reserved word, such as **select**.",  # an example of a class, not the list
    "- Cannot contain the following characters: **<**, **>**.",  # characters (a pattern), not words
])
def test_no_excluded_value_in_these_either(text: str) -> None:
    assert excluded(text) is None


def test_excluded_for_one_variant_is_ambiguous() -> None:
    found = rule_not_enum(Cell(name="x", kind="string", text="The value cannot be **a**. For MySQL, it cannot be "
                                                             "**root**."))
    assert [f.value for f in found if f.keyword == "not"] == [{"enum": ["a"]}]
    assert any(f.keyword == AMBIGUOUS for f in found)


@pytest.mark.parametrize(("text", "kind", "values"), [
    # numbers left out of the range the sentence states, after a comma or in parentheses
    ("The listener port ranges from 1 to 65535, except 22.", "integer", [22]),
    ("The port ranges from 1024 to 49151 (excluding 2049 and 8080, which the system uses).", "integer", [2049, 8080]),
    ("Value range: **1** to **65535**, excluding **53**, **67**, and **68**.", "string", ["53", "67", "68"]),
])
def test_numbers_excluded_from_a_stated_range(text: str, kind: str, values: list[object]) -> None:
    assert [f.value["enum"] for f in rule_not_enum(Cell(name="x", kind=kind, text=text)) if f.keyword == "not"] == [
        values]


@pytest.mark.parametrize("text", [
    "The address ranges from 10.0.0.1 to 10.0.0.9, except 10.0.0.5.",  # addresses, not numbers
    "The limit ranges from 1 to 100, except that 0 means no limit.",  # no value excluded
    "If the protocol is TCP, the port ranges from 1 to 65535, except 22.",  # under a condition
])
def test_no_number_excluded_from_these_ranges(text: str) -> None:
    assert excluded(text) is None


def test_a_range_excluded_in_one_of_several_bullets_is_one_variants() -> None:
    text = ("The database port.\n\n- The Engine A port ranges from 1024 to 65535 (excluding 3306 and 3307).\n"
            "- The Engine B port ranges from 2100 to 9500.")
    found = rule_not_enum(Cell(name="x", kind="integer", text=text))
    assert [f for f in found if f.keyword == "not"] == []
    assert any(f.keyword == AMBIGUOUS for f in found)
