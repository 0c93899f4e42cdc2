"""The value-limiting keywords compared, above all numeric bounds: an exclusive bound whose side flipped
(`minimum` <-> `exclusiveMinimum`) is one change, classified by whether the values it admits narrowed or widened."""

from __future__ import annotations

import pytest

from generator.diff import diff_specs
from generator.diff.constraints import constraint_changes
from tests.diff.spec import JSON, W, base_spec, schemas

NUMBER: JSON = {"type": "number"}
INTEGER: JSON = {"type": "integer"}


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the same value, the bound now exclusive: the value itself is refused
    ({"minimum": 0}, {"exclusiveMinimum": 0}, ("range-narrowed", "minimum 0 -> exclusiveMinimum 0")),
    ({"maximum": 10}, {"exclusiveMaximum": 10}, ("range-narrowed", "maximum 10 -> exclusiveMaximum 10")),
    # and back: admitted again
    ({"exclusiveMinimum": 0}, {"minimum": 0}, ("range-widened", "exclusiveMinimum 0 -> minimum 0")),
    ({"exclusiveMaximum": 10}, {"maximum": 10}, ("range-widened", "exclusiveMaximum 10 -> maximum 10")),
    # the side flipped and the value moved: the values decide (0 < x admits 0.5, 1 <= x does not)
    ({"minimum": 1}, {"exclusiveMinimum": 0}, ("range-widened", "minimum 1 -> exclusiveMinimum 0")),
    ({"exclusiveMinimum": 0}, {"minimum": 1}, ("range-narrowed", "exclusiveMinimum 0 -> minimum 1")),
    ({"maximum": 9}, {"exclusiveMaximum": 10}, ("range-widened", "maximum 9 -> exclusiveMaximum 10")),
    ({"exclusiveMaximum": 10}, {"maximum": 9}, ("range-narrowed", "exclusiveMaximum 10 -> maximum 9")),
    # added and removed
    ({}, {"exclusiveMinimum": 0}, ("range-narrowed", "exclusiveMinimum none -> 0")),
    ({"exclusiveMaximum": 5}, {}, ("range-widened", "exclusiveMaximum 5 -> none")),
    # both keywords: the tighter one is the bound
    ({"minimum": 0, "exclusiveMinimum": 0}, {"minimum": 0}, ("range-widened", "exclusiveMinimum 0 -> minimum 0")),
])
def test_numeric_bound_on_a_number(old: JSON, new: JSON, expected: tuple[str, str]) -> None:
    assert constraint_changes({**NUMBER, **old}, {**NUMBER, **new}) == [expected]


@pytest.mark.parametrize(("old", "new"), [
    ({"exclusiveMinimum": 0}, {"minimum": 1}),
    ({"maximum": 9}, {"exclusiveMaximum": 10}),
])
def test_an_integer_bound_rewritten_to_admit_the_same_values_is_no_change(old: JSON, new: JSON) -> None:
    assert constraint_changes({**INTEGER, **old}, {**INTEGER, **new}) == []
    assert constraint_changes({**NUMBER, **old}, {**NUMBER, **new}) != []


def test_an_integer_bound_that_flipped_and_moved_is_judged_by_its_values() -> None:
    assert constraint_changes({**INTEGER, "minimum": 0}, {**INTEGER, "exclusiveMinimum": 0}) == [
        ("range-narrowed", "minimum 0 -> exclusiveMinimum 0")]


def test_openapi_30_boolean_exclusive_bounds_are_not_numbers() -> None:
    assert constraint_changes({**NUMBER, "minimum": 0, "exclusiveMinimum": True},
                              {**NUMBER, "minimum": 0, "exclusiveMinimum": False}) == []


def _port(schema: JSON, where: str) -> JSON:
    spec = base_spec()
    target = "CreateWidgetRequest" if where == "request" else "Widget"
    schemas(spec)[target]["properties"]["port"] = {**schema, "x-doc-source": f"{W}/creating_a_widget.rst:50"}
    return spec


@pytest.mark.parametrize(("old", "new", "request_breaks"), [
    ({"minimum": 0}, {"exclusiveMinimum": 0}, True),
    ({"exclusiveMinimum": 0}, {"minimum": 0}, False),
    ({"exclusiveMaximum": 10}, {"maximum": 9.5}, True),
    ({"maximum": 9.5}, {"exclusiveMaximum": 10}, False),
])
def test_a_flipped_bound_breaks_the_request_when_it_narrows_and_the_response_when_it_widens(
        old: JSON, new: JSON, request_breaks: bool) -> None:
    for side, breaks in (("request", request_breaks), ("response", not request_breaks)):
        result = diff_specs(_port({**NUMBER, **old}, side), _port({**NUMBER, **new}, side))
        assert [(c.kind, c.side, c.breaking) for c in result.changes] == [
            ("range-narrowed" if request_breaks else "range-widened", side, breaks)]


@pytest.mark.parametrize(("old", "new", "kind"), [
    ({"format": "uuid"}, {}, "format-removed"),
    ({}, {"format": "uuid"}, "format-added"),
    ({"format": "uuid"}, {"format": "date-time"}, "format-changed"),
    ({"pattern": "^a"}, {}, "pattern-removed"),
    ({}, {"pattern": "^a"}, "pattern-added"),
    ({"pattern": "^a"}, {"pattern": "^b"}, "pattern-changed"),
    ({"enum": ["a"]}, {}, "enum-widened"),
    ({}, {"enum": ["a"]}, "enum-narrowed"),
])
def test_format_pattern_enum_direction(old: JSON, new: JSON, kind: str) -> None:
    assert [k for k, _ in constraint_changes({"type": "string", **old}, {"type": "string", **new})] == [kind]
