"""A JSON Schema error as a sentence whose values are written as JSON, the language of the docs and the examples.

jsonschema writes its messages with Python's `repr` (`None is not of type 'string'`, `True is not one of ['a']`);
a doc writer reads `null`, `true` and `"a"` in the example the diagnostic points at. `describe(error)` says the
same thing with every value rendered by `json.dumps`; a keyword it does not know keeps jsonschema's message.
"""

from __future__ import annotations

import ast
import json
from typing import Any

from jsonschema.exceptions import ValidationError

__all__ = ["as_json", "describe"]


def as_json(value: Any) -> str:
    """`value` as JSON text (`null`, `true`, `"x"`); what JSON cannot hold falls back to its `str`."""
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, default=str)
    except ValueError:  # a non-finite float
        return str(value)


def _types(value: Any) -> str:
    return ", ".join(as_json(t) for t in (value if isinstance(value, list) else [value]))


_SIMPLE = {
    "enum": lambda i, v: f"{as_json(i)} is not one of {as_json(v)}",
    "const": lambda i, v: f"{as_json(v)} was expected, got {as_json(i)}",
    "type": lambda i, v: f"{as_json(i)} is not of type {_types(v)}",
    "minimum": lambda i, v: f"{as_json(i)} is less than the minimum of {as_json(v)}",
    "maximum": lambda i, v: f"{as_json(i)} is greater than the maximum of {as_json(v)}",
    "exclusiveMinimum": lambda i, v: f"{as_json(i)} is less than or equal to the minimum of {as_json(v)}",
    "exclusiveMaximum": lambda i, v: f"{as_json(i)} is greater than or equal to the maximum of {as_json(v)}",
    "multipleOf": lambda i, v: f"{as_json(i)} is not a multiple of {as_json(v)}",
    "minLength": lambda i, v: f"{as_json(i)} is shorter than {v} characters",
    "maxLength": lambda i, v: f"{as_json(i)} is longer than {v} characters",
    "minItems": lambda i, v: f"{as_json(i)} has fewer than {v} items",
    "maxItems": lambda i, v: f"{as_json(i)} has more than {v} items",
    "minProperties": lambda i, v: f"{as_json(i)} has fewer than {v} properties",
    "maxProperties": lambda i, v: f"{as_json(i)} has more than {v} properties",
    "pattern": lambda i, v: f"{as_json(i)} does not match {as_json(v)}",
    "format": lambda i, v: f"{as_json(i)} is not a {as_json(v)}",
    "uniqueItems": lambda i, v: f"{as_json(i)} has non-unique elements",
    "not": lambda i, v: f"{as_json(i)} should not be valid under {as_json(v)}",
}


def describe(error: ValidationError) -> str:
    """jsonschema's message for `error`, with values as JSON."""
    keyword = str(error.validator)
    if keyword == "required":  # one error per missing property; jsonschema names it only in the message
        name = error.message.removesuffix(" is a required property")
        try:
            return f"{as_json(ast.literal_eval(name))} is a required property"
        except (ValueError, SyntaxError):
            return error.message
    render = _SIMPLE.get(keyword)
    return error.message if render is None else render(error.instance, error.validator_value)
