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


@pytest.mark.parametrize("text", [
    # thirteenth round: the field among the named ones after the condition, or what `you must specify`
    "If **type** is **vpc**, this parameter and **y** are mandatory.",
    "If **type** is **vpc**, **x** and **y** are mandatory.",
    "If you set **type** to **vpc**, you must specify **x**.",
    "If you set **type** to **vpc**, **x** is mandatory.",
    # what follows states the other case
    "This parameter is mandatory when **type** is **vpc** and must be left empty otherwise.",
    "This parameter is mandatory when **type** is **vpc**; otherwise, it is ignored.",
])
def test_one_sibling_and_one_value_more_forms(text: str) -> None:
    assert kw(text, siblings=_SIBLINGS).get("if") == _VPC


@pytest.mark.parametrize("text", [
    # one of the named fields must be given, this one among them
    "One of **x** and **y** must be specified.",
    "Exactly one of **x** and **y** must be specified.",
    "You must specify **x** or **y**.",
    "You must specify this parameter or **y**.",
    "Parameters **x** and **y** cannot be null at the same time.",
    "This parameter and **y** cannot both be left blank.",
])
def test_one_of_the_named_fields(text: str) -> None:
    assert kw(text, siblings=_SIBLINGS).get("x-required-when")


@pytest.mark.parametrize("text", [
    # alternatives that do not include this field
    "Either **type** or **y** must be specified.",
    "One of **type** and **y** must be specified.",
    "You must specify **type** or **y**.",
    "If you set **type** to **vpc**, you must specify **y**.",
    "If **type** is **vpc**, **y** and **action** are mandatory.",
    # each is needed (no choice), or one may be given (no requirement)
    "**x** and **y** cannot be empty.",
    "Only one of **x** and **y** can be specified.",
])
def test_alternatives_without_this_field(text: str) -> None:
    got = kw(text, siblings=_SIBLINGS)
    assert "x-required-when" not in got and "if" not in got


@pytest.mark.parametrize("text", [
    # `mandatory` qualifies a noun: it names what is required, not this field
    "List of mandatory tags when **type** is **vpc**.",
    "Mandatory fields when **type** is **vpc**: **y** and **action**.",
])
def test_mandatory_as_an_adjective(text: str) -> None:
    got = kw(text, siblings=_SIBLINGS)
    assert "x-required-when" not in got and "if" not in got


@pytest.mark.parametrize("text", [
    # the other cases after a case that needs nothing: the field is needed then
    "Subnets. This parameter is not required when **type** is **er**. In other scenarios, this parameter is mandatory.",
    "Subnets. Otherwise, this parameter is mandatory.",
])
def test_mandatory_in_the_other_cases(text: str) -> None:
    assert kw(text, siblings=_SIBLINGS).get("x-required-when")


@pytest.mark.parametrize(("text", "field", "value"), [
    # a semicolon ends the condition: the clause after it says something else
    ("Pre-shared key. Required when **auth_mode** is **psk**; ignored otherwise.", "auth_mode", "psk"),
    ("Actions triggered when the alarm fires. This parameter is mandatory when **alarm_action_enabled** is set to "
     "**true**; up to 10 actions can be configured.", "alarm_action_enabled", True),
])
def test_a_condition_ends_at_a_semicolon(text: str, field: str, value: object) -> None:
    got = kw(text, name="x", siblings=(field, "y"))["if"]
    assert (got["field"], got["value"], got["required"]) == (field, value, ["x"])


def test_a_condition_that_goes_on_after_a_semicolon_stays_text() -> None:
    got = kw("This parameter is mandatory when **a** is set to **true**; or when **b** is empty.", siblings=("a", "b"))
    assert "if" not in got and "x-required-when" in got


@pytest.mark.parametrize(("text", "name", "siblings"), [
    # `also` before `required`
    ("Value of the dimension. If **dim_name** is specified, this parameter is also required.", "dim_value",
     ("dim_name",)),
    # the sentence's last clause makes the field go with another
    ("Start time of the window. The time must be one of the values the query returns, and it must be set together "
     "with **maintain_end**.", "maintain_begin", ("maintain_end",)),
])
def test_further_conditions_kept_as_text(text: str, name: str, siblings: tuple[str, ...]) -> None:
    assert "x-required-when" in kw(text, name=name, siblings=siblings)


def test_set_with_a_field_is_no_condition() -> None:
    assert "x-required-when" not in kw("Start time. It is set with **maintain_end**.", siblings=("maintain_end",))


@pytest.mark.parametrize("text", [
    # a condition in words first, a test of a sibling's value later: the if/then holds, the words stay beside it
    "This parameter must be specified when the backup file is used for restoration.\n\n"
    "NOTICE: When **type** is **vpc**, **x** is mandatory.",
    "This parameter is mandatory for cloud instances. This parameter is mandatory when **type** is **vpc**.",
])
def test_a_test_of_a_sibling_after_a_condition_in_words(text: str) -> None:
    got = kw(text, siblings=_SIBLINGS)
    assert got.get("if") == _VPC and got.get("x-required-when")


@pytest.mark.parametrize("text", [
    # words only, or a test that is not of one value: no if/then
    "This parameter must be specified when the backup file is used for restoration.\n\n"
    "NOTICE: When **type** is **vpc** or **vpn**, **x** is mandatory.",
    "This parameter must be specified when the backup file is used. When **type** is **vpc**, **y** is mandatory.",
])
def test_no_test_of_this_field_after_a_condition_in_words(text: str) -> None:
    got = kw(text, siblings=_SIBLINGS)
    assert "if" not in got and got.get("x-required-when")


@pytest.mark.parametrize("text", [
    # the condition in words, spelled out as one test in brackets (CORPUS.md's example of the family)
    "This parameter is mandatory if the VPC is used (that is, **type** is set to **vpc**).",
    "This parameter is mandatory if the VPC is used (that is, type is set to vpc).",
    "Mandatory when a VPC is attached (namely, **type** is **vpc**).",
    "Mandatory when a VPC is attached (i.e., **type** is **vpc**).",
    "Mandatory when a VPC is attached (i.e. **type** is **vpc**).",  # `i.e.` ends no sentence (nor `e.g.`)
    # a remark in brackets inside the condition is no part of it
    "This parameter is mandatory if **type** is set to **vpc** (the default value is **vpn**).",
    "This parameter is mandatory when **type** is **vpc** (that is, the network is private).",
    # what holds when the field is given, after the condition
    "This parameter is mandatory when **type** is set to **vpc** and is invalid in other cases.",
    "This parameter is mandatory when **type** is set to **vpc**, and it cannot be left blank.",
])
def test_a_condition_spelled_out_or_with_a_remark(text: str) -> None:
    assert kw(text, siblings=_SIBLINGS).get("if") == _VPC


@pytest.mark.parametrize("text", [
    # brackets naming other values, or spelling out no test: kept in words
    "This parameter is mandatory when **type** is **vpc** (or **vpn**).",
    "This parameter is mandatory if the VPC is used (that is, **type** is **vpc** or **vpn**).",
    "This parameter is mandatory if the VPC is used (that is, the network is private).",
])
def test_a_condition_in_brackets_that_names_more_stays_text(text: str) -> None:
    got = kw(text, siblings=_SIBLINGS)
    assert "if" not in got and got.get("x-required-when")


@pytest.mark.parametrize("text", [
    # required in one of the objects that hold the field: no if/then of its object or those above tells them apart
    "If **type** is set to **vpc**, this parameter is mandatory in **target_endpoint**.",
    "When **type** is **vpc**, this parameter is required for **source_endpoint**.",
])
def test_required_in_a_named_object_stays_text(text: str) -> None:
    got = kw(text, siblings=_SIBLINGS)
    assert "if" not in got and got.get("x-required-when")
