"""The audit sampler shows each emitted keyword with the value the spec gives it (audit_emitted.py)."""

from __future__ import annotations

from typing import Any

from tests.constraints.audit_emitted import _conditionals, _value, changed


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


def test_a_change_adds_the_keywords_it_created_or_changed_and_nothing_else() -> None:
    def c(keyword: str, source: str, value: Any) -> dict[str, Any]:
        return {"service": "s", "keyword": keyword, "value": value, "source": source, "sentence": "..."}
    before = [c("enum", "p.rst:3", ["a"]), c("maxLength", "p.rst:5", 8), c("pattern", "p.rst:9", "^x$")]
    after = [c("enum", "p.rst:3", ["a", "b"]), c("maxLength", "p.rst:5", 8), c("default", "p.rst:7", "a")]
    assert changed(before, after) == [after[0], after[2]]
