"""Two schemas compared: alternatives (`oneOf` of structures) matched by title, a removed one reported on the side
it sits on."""

from __future__ import annotations

import pytest

from generator.diff import Side, diff_specs
from tests.diff.spec import JSON, W, base_spec, ref, schemas


def _with_target(spec: JSON, side: Side, alternatives: list[str]) -> JSON:
    """A property `target` that is one of several titled structures (two tables for one field)."""
    comps = schemas(spec)
    comps["ByName"] = {"type": "object", "title": "by name", "x-doc-source": f"{W}/creating_a_widget.rst:80",
                       "properties": {"name": {"type": "string"}}, "required": ["name"]}
    comps["ById"] = {"type": "object", "title": "by id", "x-doc-source": f"{W}/creating_a_widget.rst:84",
                     "properties": {"id": {"type": "string"}}, "required": ["id"]}
    owner = "CreateWidgetRequest" if side == "request" else "Widget"
    comps[owner]["properties"]["target"] = {"oneOf": [ref(n) for n in alternatives],
                                            "x-doc-source": f"{W}/creating_a_widget.rst:78"}
    return spec


@pytest.mark.parametrize(("side", "breaking"), [("request", True), ("response", False)])
def test_an_alternative_removed_is_found_and_classified_by_side(side: Side, breaking: bool) -> None:
    old = _with_target(base_spec(), side, ["ByName", "ById"])
    new = _with_target(base_spec(), side, ["ById"])
    result = diff_specs(old, new)
    prefix = "/requestBody" if side == "request" else "/responses/200"
    assert [(c.kind, c.side, c.breaking, c.pointer) for c in result.changes] == [
        ("alternative-removed", side, breaking, f"{prefix}/target/oneOf/0")]
    change = result.changes[0]
    assert change.message == "alternative object ByName removed"
    assert change.old_source == f"{W}/creating_a_widget.rst:80"


def test_the_remaining_alternative_is_compared_with_its_own_match() -> None:
    """Matched by title, not by position: the id structure that moved from 1 to 0 is compared with itself."""
    old = _with_target(base_spec(), "request", ["ByName", "ById"])
    new = _with_target(base_spec(), "request", ["ById"])
    schemas(new)["ById"]["properties"]["id"]["format"] = "uuid"
    kinds = [(c.kind, c.pointer) for c in diff_specs(old, new).changes]
    assert kinds == [("alternative-removed", "/requestBody/target/oneOf/0"),
                     ("format-added", "/requestBody/target/oneOf/0/id")]


@pytest.mark.parametrize(("side", "breaking"), [("request", False), ("response", True)])
def test_an_alternative_added_is_classified_by_side(side: Side, breaking: bool) -> None:
    old = _with_target(base_spec(), side, ["ById"])
    new = _with_target(base_spec(), side, ["ByName", "ById"])
    assert [(c.kind, c.breaking) for c in diff_specs(old, new).changes] == [("alternative-added", breaking)]
