"""Enumeration, a fourth battery (issue 10, generalisation): a listed value that is a word the docs elsewhere use as a
label or for "no value" (`**default**`, `**NONE**`, `**OPTIONS**` among HTTP methods) is a value where a sentence or a
value label lists it with others, and `Only **a**, **b** and **c** can be chosen.` states the values as `... are
supported` does. Each case fails without its rule; the near forms below (the word alone, the null value, a list that
goes on, `etc.` included, one variant's list) give no enum."""

from __future__ import annotations

from typing import Any

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "kind", "values"), [
    ("Access mode. The value can be **default** or **custom**.", "string", ["default", "custom"]),
    ("Security authentication mode of the API.\n\nThe value can be **NONE**, **APP**, **IAM**, or **AUTHORIZER**.",
     "string", ["NONE", "APP", "IAM", "AUTHORIZER"]),
    ("Password strength. The value can be **Low**, **Middle**, **Strong**, or **None**.", "string",
     ["Low", "Middle", "Strong", "None"]),
    ("Request method of the API.\n\nOptions: **GET**, **POST**, **PUT**, **DELETE**, **HEAD**, **PATCH**, **OPTIONS**, "
     "and **ANY**. **ANY** matches every method.", "string",
     ["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS", "ANY"]),
    ("HTTP status code of the block page. Only **200**, **403**, **404** and **502** can be chosen.", "integer",
     [200, 403, 404, 502]),
    ("Disk type. Only **SSD** and **SAS** can be selected.", "string", ["SSD", "SAS"]),
])
def test_fourth_forms_give_their_enum(text: str, kind: str, values: list[Any]) -> None:
    assert kw(text, kind, name="x")["enum"] == values


@pytest.mark.parametrize(("text", "kind"), [
    # the word alone: a label or no value, not the one value allowed
    ("Access mode. The value can be **default**.", "string"),
    ("Mode. The value can be **None**.", "string"),
    # a label before its colon among the bold words is no value
    ("Mode. Value: **fast**, **slow** **Default:** fast", "string"),
    # the null value is no value of a string
    ("Mode. The value can be **null** or **all**.", "string"),
    ("Mode. The value can be **nil** or **all**.", "string"),
    # a list that goes on, a list of one variant's values
    ("Method. Options: **GET**, **OPTIONS**, ...", "string"),
    ("Method. Valid values: **GET**, **POST**, etc.", "string"),
    ("Method. Valid values: **GET**, **POST**, and so on.", "string"),
    ("Method. The value can be **GET**, **POST**, etc.", "string"),
    ("Mode. For MySQL, only **a** and **b** can be chosen.", "string"),
    ("Mode. Only **a** and **b** can be chosen for MySQL instances.", "string"),
])
def test_fourth_near_forms_give_no_enum(text: str, kind: str) -> None:
    assert "enum" not in kw(text, kind, name="x")


@pytest.mark.parametrize(("text", "values", "default"), [
    # a bullet value marked as the one the field's absence gives: a value (`default` too) and the default
    ("Access type of the IAM user.\n\n-  **default** (used when the parameter is omitted): programmatic access and "
     "management console access.\n-  **programmatic**: programmatic access only.\n-  **console**: management console "
     "access only.", ["default", "programmatic", "console"], "default"),
    ("Access type.\n\n-  **basic** (used if this parameter is not specified): both.\n-  **programmatic**: programmatic "
     "access only.", ["basic", "programmatic"], "basic"),
])
def test_a_bullet_marked_as_used_when_omitted(text: str, values: list[str], default: str) -> None:
    got = kw(text, "string", name="access_mode")
    assert (got["enum"], got["default"]) == (values, default)
