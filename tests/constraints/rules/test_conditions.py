"""The shared condition helpers on every family: a sentence under the field's own absence states a case unless it
defines a default; `In this case,` / `Otherwise,` follow a case a sentence before states; a hedge (`usually`,
`generally`, `in most cases`) states what the value usually is. None gives a constraint keyword."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw

_RULES = {"pattern", "minLength", "maxLength", "minimum", "maximum", "enum", "format", "x-unit", "default"}


@pytest.mark.parametrize(("text", "kind"), [
    # the field's absence opens a case the sentence states a rule for, no default
    ("If you do not specify this parameter, only letters are allowed.", "string"),
    ("If this parameter is not specified, only letters and digits are allowed.", "string"),
    ("If you do not specify this parameter, the value contains 1 to 64 characters.", "string"),
    ("If this parameter is not specified, the value ranges from 1 to 10.", "integer"),
    # the case a sentence before states
    ("In this case, only letters and digits are allowed.", "string"),
    ("In this case, the value contains 1 to 64 characters.", "string"),
    ("Otherwise, the value contains 1 to 64 characters.", "string"),
    ("In this case, the value ranges from 1 to 10.", "integer"),
    ("In this case, the value is in UUID format.", "string"),
    ("Otherwise, the unit is MB.", "integer"),
    # hedges
    ("The value usually contains 1 to 64 characters.", "string"),
    ("Generally, the value contains 1 to 64 characters.", "string"),
    ("The value usually ranges from 1 to 10.", "integer"),
    ("In most cases, the value ranges from 1 to 10.", "integer"),
])
def test_a_case_or_a_hedge_gives_no_keyword(text: str, kind: str) -> None:
    assert set(kw(text, kind)) & _RULES == set()


@pytest.mark.parametrize(("text", "kind", "keyword", "value"), [
    # the field's absence and what it then gives: a default
    ("If this parameter is not specified, the default value **7** is used.", "string", "default", "7"),
    ("If this parameter is not specified, the default value is 10.", "integer", "default", 10),
    ("If you do not specify this parameter, the system uses **auto**.", "string", "default", "auto"),
    # a hedge on the usual values after the range, not on the range
    ("The number ranges from **0** to **1000** and is generally **10**, **20**, or **50**.", "integer", "maximum",
     1000),
])
def test_a_default_or_a_firm_rule_still_reads(text: str, kind: str, keyword: str, value: object) -> None:
    assert kw(text, kind).get(keyword) == value


@pytest.mark.parametrize(("text", "keyword", "value"), [
    # values written as literals or quoted read as the bold ones in every family, not only the enum rule
    ("If this parameter is not specified, `asc` is used.", "default", "asc"),
    ("The value cannot be `default`.", "not", {"enum": ["default"]}),
    ("This parameter is mandatory when `type` is `A`.", "if", {"field": "type", "value": "A", "required": ["x"]}),
    ("The value cannot start with `http://`.", "pattern", "^(?!http://).*$"),
])
def test_literal_values_read_in_every_family(text: str, keyword: str, value: object) -> None:
    assert kw(text).get(keyword) == value


@pytest.mark.parametrize(("text", "kind"), [
    ("Suggestion: Enter 1 to 64 characters.", "string"),
    ("Recommendation: The name contains 1 to 64 characters.", "string"),
    ("Suggestions: The value ranges from 1 to 100.", "integer"),
    ("Best practice: Use only letters and digits.", "string"),
    ("Suggestion: The value is in UUID format.", "string"),
    # a wish, in words the pattern pass read for characters only (2026-12-07): every family's advice
    ("The name should preferably contain 1 to 64 characters.", "string"),
    ("Ideally, the value ranges from 1 to 100.", "integer"),
    ("Try to keep the description within 255 characters.", "string"),
    ("We recommend a value from 10 to 60.", "integer"),
])
def test_a_sentence_under_an_advice_label_gives_no_keyword(text: str, kind: str) -> None:
    """`Suggestion:`, `Recommendation:` and `Best practice:` open advice, as `It is recommended that` does (the shared
    ADVICE): no family reads a rule from it."""
    assert set(kw(text, kind)) & _RULES == set()


def test_an_advice_label_later_in_the_cell_leaves_the_rule_before_it() -> None:
    assert kw("The value contains 1 to 64 characters. Suggestion: Use a name that is easy to remember.", "string") == {
        "minLength": 1, "maxLength": 64}
