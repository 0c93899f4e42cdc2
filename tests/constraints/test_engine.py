"""The constraint stage isolates faults: a rule that raises on a cell loses only its own keywords; a bug while
assembling one property's keywords leaves that property as the tables typed it. Both are `internal-error`s."""

from __future__ import annotations

from typing import Any

import pytest

import generator.constraints.engine as engine
from generator.constraints.engine import constrain_cell, run_rules
from generator.constraints.rules import RULES, Cell, Finding
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
    monkeypatch.setattr(engine, "normalise_labelled", _broken)
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
