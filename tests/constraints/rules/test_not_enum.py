"""The excluded-values rule (generator/constraints/rules/not_enum.py): what is not a whole excluded value."""

from __future__ import annotations

import pytest

from generator.constraints.rules import Cell, rule_not_enum


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
