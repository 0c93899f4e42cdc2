"""The audit sampler shows each emitted keyword with the value the spec gives it (audit_emitted.py)."""

from __future__ import annotations

from typing import Any

from tests.constraints.audit_emitted import _conditionals, _value


def test_a_conditional_is_shown_with_the_if_then_of_the_object_that_holds_it() -> None:
    """The `if`/`then` sits in the `allOf` of the object, not on the property the sentence is about."""
    alarm: dict[str, Any] = {"type": "string", "x-constraint-source": ["if/then: p.rst:3: Mandatory when ..."]}
    other: dict[str, Any] = {"type": "string"}
    rule = {"if": {"properties": {"kind": {"const": "ALARM"}}, "required": ["kind"]}, "then": {"required": ["alarm"]}}
    spec = {"components": {"schemas": {"Policy": {"type": "object", "properties": {"alarm": alarm, "other": other},
                                                  "allOf": [rule]}}}}
    found = _conditionals(spec)
    assert _value(alarm, "if/then", found) == rule
    assert _value(other, "if/then", found) == []
    assert _value({"maxLength": 3}, "maxLength", found) == 3
