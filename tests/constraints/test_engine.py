"""The constraint stage isolates faults: a rule that raises on a cell loses only its own keywords; a bug while
assembling one property's keywords leaves that property as the tables typed it. Both are `internal-error`s."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

import generator.constraints.engine as engine
import generator.constraints.rules as rules
from generator.constraints.rules import RULES, Cell, Finding, constrain_cell, run_rules
from generator.diagnostics import Loc, Severity
from generator.model import Schema
from generator.pipeline import build
from tests.conftest import SAMPLE

CELL = Cell(name="name", kind="string",
            text="The name must consist of 3 to 48 characters. The default value is **abc**.")


def _broken(cell: Cell) -> list[Finding]:
    raise ValueError("bug")


def test_a_failing_rule_loses_only_its_own_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(RULES, "length", _broken)
    findings, failures = run_rules(CELL)
    assert [(name, type(exc).__name__) for name, exc in failures] == [("length", "ValueError")]
    assert {f.keyword for f in findings} == {"default"}
    with pytest.raises(ValueError, match="bug"):  # tests and the score see the bug
        constrain_cell(CELL)


def test_a_failing_normalisation_leaves_the_text_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "normalise_labelled", _broken)
    findings, failures = run_rules(CELL)
    assert [name for name, _ in failures] == ["normalise_labelled"]
    assert {f.keyword for f in findings} >= {"minLength", "maxLength", "default"}


def test_a_bug_on_one_property_leaves_it_unconstrained(monkeypatch: pytest.MonkeyPatch) -> None:
    keywords_for = engine._Engine._keywords_for

    def broken(self: Any, schema: Any, loc: Any, name: str, *args: Any) -> Any:
        if name == "quantity":
            raise KeyError("assembly bug")
        return keywords_for(self, schema, loc, name, *args)

    monkeypatch.setattr(engine._Engine, "_keywords_for", broken)
    result = build(SAMPLE)
    errors = [d for d in result.diagnostics if d.code == "internal-error"]
    assert errors and all(d.message.startswith("constraints: keywords of `quantity`: KeyError") for d in errors)
    props = result.spec["components"]["schemas"]["CreateWidgetRequest"]["properties"]
    assert "minimum" not in props["quantity"] and props["quantity"]["type"] == "integer"
    assert props["name"]["minLength"] == 3  # the others are constrained as usual


def _constrained(schema: Schema, name: str = "size") -> tuple[Schema, list[Any]]:
    e = engine._Engine()
    out, _parent = e.keywords_for(schema, name, ())
    return out, e.diagnostics


LOC = Loc("api/creating_a_disk.rst", 40)


def test_keywords_that_admit_no_value_are_left_out_with_a_warning() -> None:
    """`ranges from 10 to 20` and `The maximum value is 5`: the tighter maximum is below the minimum. Which one is
    wrong the docs do not say: neither is written; the warning names the field, keywords and sentences."""
    schema = Schema(kind="integer", loc=LOC, description="Disk size. The value ranges from 10 to 20. The maximum "
                    "value is 5. The default value is **12**.")
    out, diagnostics = _constrained(schema)
    keywords = dict(out.keywords)
    assert "minimum" not in keywords and "maximum" not in keywords
    assert keywords["default"] == 12  # checked against what is left
    assert not any(k in ("minimum", "maximum") for k, _src in out.sources)
    [warning] = [d for d in diagnostics if d.code == "keywords-contradict"]
    assert warning.severity is Severity.WARNING and warning.loc == LOC
    assert "`size`: minimum 10 and maximum 5 admit no value" in warning.message
    assert "The value ranges from 10 to 20." in warning.message and "The maximum value is 5." in warning.message


def test_a_min_length_above_the_type_columns_max_length_leaves_both_out() -> None:  # `String(8)`
    schema = Schema(kind="string", loc=LOC, max_length=8, description="Must contain at least 10 characters.")
    out, diagnostics = _constrained(schema, "name")
    assert out.max_length is None and "minLength" not in dict(out.keywords)
    [warning] = [d for d in diagnostics if d.code == "keywords-contradict"]
    assert "minLength 10 and maxLength 8" in warning.message and "maxLength from the Type column" in warning.message


def test_the_items_of_an_array_are_checked_too() -> None:
    schema = Schema(kind="array", loc=LOC, items=Schema(kind="string", max_length=8),  # `Array of String(8)`
                    description="Each tag must contain at least 10 characters.")
    out, diagnostics = _constrained(schema, "tags")
    assert out.items is not None and out.items.max_length is None and "minLength" not in dict(out.items.keywords)
    assert [d.message.split(":")[0] for d in diagnostics if d.code == "keywords-contradict"] == ["`tags[]`"]


def test_consistent_keywords_are_kept() -> None:
    schema = Schema(kind="integer", loc=LOC, description="The value ranges from 1 to 30. The maximum value is 20.")
    out, diagnostics = _constrained(schema)
    assert dict(out.keywords) == {"minimum": 1, "maximum": 20}
    assert not [d for d in diagnostics if d.code == "keywords-contradict"]


def _prop(name: str, description: str, kind: Any = "string") -> Any:
    from generator.model import Property

    return Property(name, False, Schema(kind=kind, loc=LOC, description=description), LOC)


def test_a_condition_on_a_field_of_the_object_is_an_if_then_there() -> None:
    body = Schema(kind="object", loc=LOC, properties=(
        _prop("type", "Rule type."),
        _prop("direction", "This parameter is mandatory when **type** is set to **TAG**.")))
    out = engine._Engine().schema(body)
    assert dict(out.object_keywords)["allOf"] == [
        {"if": {"properties": {"type": {"const": "TAG"}}, "required": ["type"]}, "then": {"required": ["direction"]}}]


def test_one_condition_stated_twice_is_one_rule_and_a_field_never_requires_itself() -> None:
    """The value's bullet on **type** and the NOTICE on **restore_time** state one condition: one `if`/`then`. A bullet
    that makes **type** itself mandatory under its own value says nothing an `if` on **type** does not already hold."""
    body = Schema(kind="object", loc=LOC, properties=(
        _prop("type", "Restoration mode.\n\n- **backup**: from a backup. **backup_id** is mandatory.\n"
                      "- **timestamp**: to a point in time. **restore_time** and **type** are mandatory."),
        _prop("backup_id", "Backup ID."),
        _prop("restore_time", "Time point.\n\nNOTICE: When **type** is **timestamp**, **restore_time** is mandatory.",
              "integer")))
    rules = dict(engine._Engine().schema(body).object_keywords)["allOf"]
    assert [(r["if"]["properties"]["type"]["const"], r["then"]["required"]) for r in rules] == [
        ("backup", ["backup_id"]), ("timestamp", ["restore_time"])]


def test_a_condition_on_a_field_of_an_enclosing_object_is_an_if_then_there_reaching_down() -> None:
    """No `if` of the nested object can test its parent's `type` (it would never hold): the parent holds the rule, and
    its `then` requires the field inside the nested object (through an array's items too); the field says the
    condition in words as well. Conditions with one test and path are one rule."""
    from generator.model import Property

    text = "This parameter is mandatory when **type** is set to **TAG**."
    nested = Schema(kind="object", loc=LOC, properties=(
        _prop("name", "Rule name. This parameter is mandatory when **type** is set to **TAG**."),
        _prop("direction", text)))
    out = engine._Engine().schema(Schema(kind="object", loc=LOC, properties=(
        _prop("type", "Rule type."), Property("rule", False, nested, LOC),
        Property("rules", False, Schema(kind="array", loc=LOC, items=nested), LOC))))
    rule = out.properties[1].schema
    assert "allOf" not in dict(rule.object_keywords)
    assert dict(rule.properties[1].schema.keywords)["x-required-when"] == \
        "This parameter is mandatory when type is set to TAG."
    test = {"properties": {"type": {"const": "TAG"}}, "required": ["type"]}
    assert dict(out.object_keywords)["allOf"] == [
        {"if": test, "then": {"properties": {"rule": {"required": ["name", "direction"]}}}},
        {"if": test, "then": {"properties": {"rules": {"items": {"required": ["name", "direction"]}}}}}]
    validator = Draft202012Validator({"type": "object", "properties": {}, **dict(out.object_keywords)})
    assert not list(validator.iter_errors({"type": "TAG", "rule": {"name": "a", "direction": "in"}}))
    assert not list(validator.iter_errors({"type": "IP", "rule": {}, "rules": [{}]}))
    assert not list(validator.iter_errors({"type": "TAG"}))  # no rule given: nothing in it is required
    assert list(validator.iter_errors({"type": "TAG", "rule": {"name": "a"}}))
    assert list(validator.iter_errors({"type": "TAG", "rules": [{"name": "a", "direction": "in"}, {"name": "b"}]}))


def test_a_condition_on_a_field_no_enclosing_object_holds_or_between_parameters_is_an_annotation() -> None:
    """A test of a field that no enclosing object holds, or one parameter's test of another's (OpenAPI has no rule
    across parameters): the condition is said (`x-required-when`), never enforced, and no `allOf` is written."""
    from generator.model import Parameter, Property

    text = "This parameter is mandatory when **type** is set to **TAG**."
    nested = Schema(kind="object", loc=LOC, properties=(_prop("name", "Rule name."), _prop("direction", text)))
    out = engine._Engine().schema(Schema(kind="object", loc=LOC, properties=(
        _prop("kind", "Rule kind."), Property("rule", False, nested, LOC))))
    rule = out.properties[1].schema
    assert "allOf" not in dict(rule.object_keywords) and "allOf" not in dict(out.object_keywords)
    assert dict(rule.properties[1].schema.keywords)["x-required-when"] == \
        "This parameter is mandatory when type is set to TAG."
    params = engine._Engine().parameters((
        Parameter("type", "query", False, Schema(kind="string", loc=LOC, description="Rule type."), LOC),
        Parameter("direction", "query", False, Schema(kind="string", loc=LOC, description=text), LOC)))
    assert dict(params[1].schema.keywords)["x-required-when"] == "This parameter is mandatory when type is set to TAG."
