"""Conditionally mandatory (fourteenth round, negatives first): sentences that read like a requirement under a
condition but do not make this field required on another field's value, and the natural variants of the forms
that do."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw

_SIBLINGS = ("type", "enabled", "action", "y", "mode")
_VPC = {"field": "type", "value": "vpc", "required": ["x"]}


def _conditional(text: str) -> dict[str, object]:
    return {k: v for k, v in kw(text, siblings=_SIBLINGS).items() if k in ("if", "x-required-when")}


@pytest.mark.parametrize("text", [
    # something else, named in plain words, must be given
    "The request body must be specified when **type** is **vpc**.",
    "The access key must be provided if **type** is **vpc**.",
    "The value of **y** must be specified when this parameter is **vpc**.",
    # a negated need
    "This parameter does not need to be specified when **type** is **vpc**.",
    "You do not need to specify this parameter when **type** is **vpc**.",
    "This parameter need not be specified if **type** is **vpc**.",
    # where or in which version the field appears: no condition on a sibling
    "This field is mandatory in responses when **type** is **vpc**.",
    "This field is mandatory in the response.",
    "This parameter is mandatory in API v3.",
    "This parameter is mandatory in the eu-nl region.",
    # how the value is written, not whether it is given
    "The value must be specified in ascending order when **type** is **vpc**.",
    "This parameter must be specified in the format of YYYY-MM-DD if **type** is **vpc**.",
    "This parameter must be specified as an integer when **type** is **vpc**.",
    # relevance, not a requirement
    "Set this parameter only when **type** is set to **vpc**.",
    "This parameter takes effect only when **type** is set to **vpc**.",
    "This parameter can be specified only when **type** is **vpc**.",
    # another field is what it is mandatory to give; conditions on the API version or the region
    "If this parameter is set to **vpc**, it is mandatory to specify **y**.",
    "If the API version is v2, this parameter is mandatory.",
    "If the region is eu-de, this parameter is mandatory.",
    # a pair that does not name this field
    "**y** and **mode** must be used together.",
    "Parameters **y** and **mode** cannot be null at the same time.",
])
def test_no_condition_on_this_field(text: str) -> None:
    assert _conditional(text) == {}


@pytest.mark.parametrize("text", [
    # the opposite of the condition written: never an `if` on it
    "This parameter is mandatory except when **type** is **vpc**.",
    "This parameter is required unless **type** is **vpc**.",
    "This parameter is mandatory unless **y** is specified.",
    # a state of the sibling, not a value
    "When **y** is absent, this parameter is mandatory.",
    "This parameter is mandatory if **y** is omitted.",
    # a second condition after the value
    "This parameter is mandatory when **type** is **vpc** in versions earlier than 3.0.",
])
def test_inverted_or_state_conditions_are_text(text: str) -> None:
    got = _conditional(text)
    assert "x-required-when" in got and "if" not in got


@pytest.mark.parametrize("text", [
    "This parameter is mandatory when **type** is configured to **vpc**.",
    "This parameter is mandatory when **type** is specified as **vpc**.",
    "This parameter is mandatory when **type** has the value **vpc**.",
    "This parameter is mandatory when the **type** value is **vpc**.",
    "This parameter is required if and only if **type** is **vpc**.",
    "This parameter is mandatory when **type** is **vpc**, which indicates a VPC.",
    "If **type** is **vpc**, this parameter must also be specified.",
    "If **type** is **vpc**, you must also specify this parameter.",
    "If **type** is **vpc**, you must specify **x** and **y**.",
    "This parameter is mandatory when **type** is **vpc** in the request.",
    "This parameter is mandatory when **type** is **vpc** (VPC mode).",
])
def test_one_sibling_and_one_value_variants(text: str) -> None:
    assert _conditional(text).get("if") == _VPC


@pytest.mark.parametrize("text", [
    "If **y** is specified, this parameter must also be specified.",
    "If **y** is set, you must also set this parameter.",
    "If you specify **y**, you must also specify this parameter.",
    "This parameter must be specified along with **y**.",
    "This parameter or **y** must be specified.",
    "Specify this parameter or **y**.",
    "**x** and **y** must be both specified or both left blank.",
    "Note: If you create alarm rules for resource groups, you must specify **x** and **y**, and set **type** to "
    "**vpc**.",
])
def test_conditions_in_words_variants(text: str) -> None:
    got = _conditional(text)
    assert "x-required-when" in got and "if" not in got


@pytest.mark.parametrize("text", [
    "If **type** is **vpc**, you must specify **y** and **mode**.",
    "This parameter or **y** can be specified.",
    "Specify **y** or **mode**.",
])
def test_variants_that_name_other_fields(text: str) -> None:
    assert _conditional(text) == {}
