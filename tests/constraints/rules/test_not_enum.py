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
