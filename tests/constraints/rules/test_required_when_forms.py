"""Conditionally mandatory: the natural variants of one statement (twelfth round, generalisation): the verbs that make
the field needed, the order of condition and requirement, and the ways a value is written (bold, literal, quoted,
plain); with the sentences that state no condition on this field."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw

_SIBLINGS = ("type", "enabled", "action", "y")
_VPC = {"field": "type", "value": "vpc", "required": ["x"]}


@pytest.mark.parametrize("text", [
    "This parameter must be configured when **type** is **vpc**.",
    "If **type** is **vpc**, this parameter must be configured.",
    "When **type** is set to **vpc**, this parameter must be provided.",
    "When **type** is **vpc**, this parameter needs to be specified.",
    # values written as literals, quoted or plain; the field in bold, literal or plain (a sibling)
    "This parameter is mandatory when type is set to `vpc`.",
    "This parameter is mandatory when **type** is `vpc`.",
    'This parameter is mandatory when **type** is "vpc".',
    "This parameter is mandatory when **type** is set to 'vpc'.",
    "This parameter is mandatory when type is vpc.",
    "This parameter is mandatory when type=vpc.",
    "This parameter is mandatory if the **type** parameter is set to **vpc**.",
])
def test_one_sibling_and_one_value_in_any_form(text: str) -> None:
    assert kw(text, siblings=_SIBLINGS).get("if") == _VPC


@pytest.mark.parametrize("text", [
    "This parameter is mandatory when **enabled** is true.",
    "This parameter is mandatory when enabled is true.",
    "This parameter is mandatory when **enabled** is **True**.",
])
def test_a_plain_boolean_value(text: str) -> None:
    assert kw(text, siblings=_SIBLINGS).get("if") == {"field": "enabled", "value": True, "required": ["x"]}


@pytest.mark.parametrize("text", [
    "Either this parameter or **y** is required.",
    "Use this parameter together with **y**.",
    # two tests, or two values: a compound condition
    "This parameter is mandatory when the type is vpc or the mode is x.",
    "This parameter is mandatory when **type** is `vpc` or `vpc2`.",
    # a state, not a value
    "This parameter is mandatory when **type** is not **vpc**.",
    "This parameter is mandatory when type is specified.",
    "This parameter is mandatory when **enabled** is enabled.",
])
def test_conditions_kept_as_text(text: str) -> None:
    got = kw(text, siblings=_SIBLINGS)
    assert "x-required-when" in got and "if" not in got


@pytest.mark.parametrize("text", [
    # a value under a condition, not a requirement
    "This parameter must be set to **true** when **type** is **vpc**.",
    "When **type** is **vpc**, this parameter must be set to **5**.",
    "If **type** is **vpc**, this parameter must be configured as **auto**.",
    # another field is what must be given
    "Note: **y** needs to be configured only when **action** is set to **bind**.",
    "The **y** parameter must be specified when **action** is **bind**.",
    # conditional presence, not a requirement
    "This parameter is valid only when **type** is **vpc**.",
    "This parameter takes effect only when **type** is **vpc**.",
    "If you want to filter results, specify this parameter.",
])
def test_no_condition_on_this_field(text: str) -> None:
    got = kw(text, siblings=_SIBLINGS)
    assert "x-required-when" not in got and "if" not in got
