"""generator/schema_messages.py: jsonschema's messages with values written as JSON, as the docs write them."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from generator.schema_messages import as_json, describe


@pytest.mark.parametrize(("schema", "value", "said"), [
    ({"type": "string"}, None, 'null is not of type "string"'),
    ({"type": ["string", "integer"]}, True, 'true is not of type "string", "integer"'),
    ({"enum": ["low", "high"]}, "medium", '"medium" is not one of ["low", "high"]'),
    ({"const": False}, None, "false was expected, got null"),
    ({"minimum": 1}, 0, "0 is less than the minimum of 1"),
    ({"exclusiveMaximum": 5}, 5, "5 is greater than or equal to the maximum of 5"),
    ({"maxLength": 2}, "abc", '"abc" is longer than 2 characters'),
    ({"pattern": "^a$"}, "b", '"b" does not match "^a$"'),
    ({"required": ["name"]}, {}, '"name" is a required property'),
    ({"not": {"enum": ["8000"]}}, "8000", '"8000" should not be valid under {"enum": ["8000"]}'),
    ({"minItems": 1}, [], "[] has fewer than 1 items"),
    ({"uniqueItems": True}, [None, None], "[null, null] has non-unique elements"),
], ids=lambda x: x if isinstance(x, str) else None)
def test_values_are_json(schema: dict[str, Any], value: Any, said: str) -> None:
    [error] = Draft202012Validator(schema).iter_errors(value)
    assert describe(error) == said
    assert "None" not in describe(error) and "True" not in describe(error) and "'" not in describe(error)


def test_an_unknown_keyword_keeps_jsonschemas_message() -> None:
    [error] = Draft202012Validator({"dependentRequired": {"a": ["b"]}}).iter_errors({"a": 1})
    assert describe(error) == error.message


def test_as_json_of_what_json_cannot_hold() -> None:
    assert (as_json(float("inf")), as_json("é"), as_json(b"x")) == ("inf", '"é"', '"b\'x\'"')
