"""Excluded values: the natural variants of one statement (twelfth round, generalisation): the value named before
`is not allowed`, `other than`, literal values, and a range's `except`; with the sentences that exclude no whole value
of this field."""

from __future__ import annotations

from typing import Any

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "kind", "values"), [
    ("The value **default** is not allowed.", "string", ["default"]),
    ("The value **default** is not supported.", "string", ["default"]),
    ("The values **a** and **b** are not allowed.", "string", ["a", "b"]),
    ("Ports 22 and 3389 are not allowed.", "integer", [22, 3389]),
    ("**default** is reserved and cannot be used.", "string", ["default"]),
    ("Any value other than **default** is allowed.", "string", ["default"]),
    ("The value can be any name other than **default**.", "string", ["default"]),
    ("The value cannot be `default`.", "string", ["default"]),
    ("The value range is 1 to 65535, except **22**.", "integer", [22]),
    ("The value ranges from 1 to 65535, excluding 22 and 3389.", "integer", [22, 3389]),
])
def test_excluded_values_in_any_form(text: str, kind: str, values: list[Any]) -> None:
    assert kw(text, kind=kind).get("not") == {"enum": values}


@pytest.mark.parametrize(("text", "kind"), [
    # one variant's range
    ("- The Microsoft SQL Server database port can be 1433 or ranges from 2100 to 9500, excluding 5355 and 5985.",
     "integer"),
    # a prefix (a pattern), a quantity, a condition
    ("The value cannot start with **default**.", "string"),
    ("The length cannot be **0**.", "string"),
    ("The value cannot be **default** if **type** is **vpc**.", "string"),
])
def test_no_whole_value_excluded(text: str, kind: str) -> None:
    assert "not" not in kw(text, kind=kind)


def test_following_values_are_reserved() -> None:
    assert kw("Name. The following values are reserved: **admin**, **root**.")["not"] == {"enum": ["admin", "root"]}
    assert "not" not in kw("Name. The following characters are reserved: **<**, **>**.")


def test_an_excluded_default_is_no_default() -> None:
    got = kw("Port. The default value is 22. The value cannot be 22.", "integer")
    assert got["not"] == {"enum": [22]} and "default" not in got
