"""The rule table, one test per (change kind, side): each builds a spec pair that makes that change on that side
and checks the class against the expectation written here (not read back from the table).

Narrowing a request or parameter breaks, widening does not; a response is the other way round (a dropped
format or pattern, a relaxed bound break generated clients; narrowing breaks nobody). A wider response enum breaks
nobody either: the generated clients' enums are open on parsed data (issue 15).
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from generator.diff import RULES, Change, Side, diff_specs
from tests.diff.spec import (
    JSON,
    W,
    base_spec,
    get_op,
    m_doc_text,
    m_made_optional,
    m_made_required,
    m_operation_added,
    m_operation_moved,
    m_operation_removed,
    m_optional_added,
    m_query_optional_added,
    m_query_required_added,
    m_request_property_removed,
    m_required_added,
    m_response_property_added,
    m_response_property_removed,
    schemas,
    with_variants,
)

# (kind, side) -> breaking, as the issue states it
EXPECTED: dict[tuple[str, Side], bool] = {
    ("operation-removed", "operation"): True,
    ("operation-moved", "operation"): True,
    ("operation-added", "operation"): False,
    ("operation-deprecated", "operation"): False,
    ("doc-text", "operation"): False,
    ("doc-text", "request"): False,
    ("doc-text", "parameter"): False,
    ("doc-text", "response"): False,
    ("variant-removed", "request"): True,
    ("variant-removed", "response"): False,
    ("variant-added", "request"): False,
    ("variant-added", "response"): False,
    ("alternative-removed", "request"): True,
    ("alternative-removed", "parameter"): True,
    ("alternative-removed", "response"): False,
    ("alternative-added", "request"): False,
    ("alternative-added", "parameter"): False,
    ("alternative-added", "response"): True,
    ("request-property-added-required", "request"): True,
    ("request-property-added-optional", "request"): False,
    ("request-property-removed", "request"): True,
    ("request-property-made-required", "request"): True,
    ("request-property-made-optional", "request"): False,
    ("response-property-removed", "response"): True,
    ("response-property-added", "response"): False,
    ("response-property-made-optional", "response"): True,
    ("response-property-made-required", "response"): False,
    ("response-removed", "response"): True,
    ("response-added", "response"): False,
    ("response-status-changed", "response"): True,
    ("parameter-added-required", "parameter"): True,
    ("parameter-added-optional", "parameter"): False,
    ("parameter-removed", "parameter"): True,
    ("parameter-made-required", "parameter"): True,
    ("parameter-made-optional", "parameter"): False,
}
# value-limiting keywords: (old schema, new schema), and breaking on request, parameter, response
PROBES: dict[str, tuple[JSON, JSON, tuple[bool, bool, bool]]] = {
    "type-changed": ({"type": "string"}, {"type": "integer"}, (True, True, True)),
    "type-refined": ({}, {"type": "string"}, (False, False, False)),
    "format-added": ({"type": "string"}, {"type": "string", "format": "uuid"}, (True, True, False)),
    "format-removed": ({"type": "string", "format": "uuid"}, {"type": "string"}, (False, False, True)),
    "format-changed": ({"type": "string", "format": "uuid"}, {"type": "string", "format": "date-time"},
                       (True, True, True)),
    "enum-narrowed": ({"type": "string", "enum": ["a", "b"]}, {"type": "string", "enum": ["a"]}, (True, True, False)),
    "enum-widened": ({"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["a", "b"]}, (False, False, False)),
    "range-narrowed": ({"type": "string", "maxLength": 10}, {"type": "string", "maxLength": 5}, (True, True, False)),
    "range-widened": ({"type": "string", "maxLength": 5}, {"type": "string", "maxLength": 10}, (False, False, True)),
    "excluded-value-added": ({"type": "string"}, {"type": "string", "not": {"enum": ["x"]}}, (True, True, False)),
    "excluded-value-removed": ({"type": "string", "not": {"enum": ["x"]}}, {"type": "string"}, (False, False, True)),
    "pattern-added": ({"type": "string"}, {"type": "string", "pattern": "^a"}, (True, True, False)),
    "pattern-changed": ({"type": "string", "pattern": "^a"}, {"type": "string", "pattern": "^b"}, (True, True, True)),
    "pattern-removed": ({"type": "string", "pattern": "^a"}, {"type": "string"}, (False, False, True)),
    "default-changed": ({"type": "string", "default": "a"}, {"type": "string", "default": "b"}, (False, False, False)),
    "alternative-added": ({"oneOf": [{"type": "string"}]}, {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                          (False, False, True)),
    "alternative-removed": ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, {"oneOf": [{"type": "string"}]},
                            (True, True, False)),
}
SIDES: tuple[Side, ...] = ("request", "parameter", "response")
for _kind, (_, _, _flags) in PROBES.items():
    EXPECTED.update({(_kind, side): flag for side, flag in zip(SIDES, _flags, strict=True)})


def _with_probe(side: Side, schema: JSON) -> JSON:
    """The base spec with a field `probe` on one side: a request property, a query parameter or a response
    property."""
    spec = base_spec()
    probe = {**copy.deepcopy(schema), "x-doc-source": f"{W}/probe.rst:1"}
    if side == "request":
        schemas(spec)["CreateWidgetRequest"]["properties"]["probe"] = probe
    elif side == "parameter":
        get_op(spec)["parameters"].append({"name": "probe", "in": "query", "required": False, "schema": probe,
                                           "x-doc-source": f"{W}/querying_widgets.rst:40"})
    else:
        schemas(spec)["Widget"]["properties"]["probe"] = probe
    return spec


@pytest.mark.parametrize(("kind", "side"), [(k, s) for k in PROBES for s in SIDES], ids=lambda v: str(v))
def test_value_keywords_by_side(kind: str, side: Side) -> None:
    old_schema, new_schema, _ = PROBES[kind]
    result = diff_specs(_with_probe(side, old_schema), _with_probe(side, new_schema))
    assert [(c.kind, c.side, c.breaking) for c in result.changes] == [(kind, side, EXPECTED[(kind, side)])]
    assert result.changes[0].pointer.split("/oneOf/")[0].endswith("/probe")


# -- structural changes --------------------------------------------------------------------------------------------

Mutation = Callable[[JSON], None]


def _deprecated(s: JSON) -> None:
    get_op(s)["deprecated"] = True


def _summary(s: JSON) -> None:
    get_op(s)["summary"] = "Listing Widgets"


def _param_text(s: JSON) -> None:
    get_op(s)["parameters"][1]["description"] = "Number of widgets per page."


def _response_text(s: JSON) -> None:
    schemas(s)["Widget"]["properties"]["status"]["description"] = "Widget status."


def _response_required(s: JSON) -> None:
    schemas(s)["Widget"]["required"] = ["id"]


def _success_gone(s: JSON) -> None:
    del s["paths"]["/v1/{project_id}/widgets"]["post"]["responses"]["200"]


def _error_added(s: JSON) -> None:
    s["paths"]["/v1/{project_id}/widgets"]["post"]["responses"]["400"] = {
        "description": "Bad request", "x-doc-source": f"{W}/creating_a_widget.rst:120"}


def _status_changed(s: JSON) -> None:
    responses = s["paths"]["/v1/{project_id}/widgets"]["post"]["responses"]
    responses["202"] = responses.pop("200")


def _limit_required(s: JSON) -> None:
    get_op(s)["parameters"][1]["required"] = True


def _variants(s: JSON) -> None:
    with_variants(s)


# (kind, side) -> (mutation, applied to OLD instead of NEW)
STRUCTURAL: dict[tuple[str, Side], tuple[Mutation, bool]] = {
    ("operation-removed", "operation"): (m_operation_removed, False),
    ("operation-moved", "operation"): (m_operation_moved, False),
    ("operation-added", "operation"): (m_operation_added, False),
    ("operation-deprecated", "operation"): (_deprecated, False),
    ("doc-text", "operation"): (_summary, False),
    ("doc-text", "request"): (m_doc_text, False),
    ("doc-text", "parameter"): (_param_text, False),
    ("doc-text", "response"): (_response_text, False),
    ("variant-removed", "request"): (_variants, True),
    ("variant-removed", "response"): (_variants, True),
    ("variant-added", "request"): (_variants, False),
    ("variant-added", "response"): (_variants, False),
    ("request-property-added-required", "request"): (m_required_added, False),
    ("request-property-added-optional", "request"): (m_optional_added, False),
    ("request-property-removed", "request"): (m_request_property_removed, False),
    ("request-property-made-required", "request"): (m_made_required, False),
    ("request-property-made-optional", "request"): (m_made_optional, False),
    ("response-property-removed", "response"): (m_response_property_removed, False),
    ("response-property-added", "response"): (m_response_property_added, False),
    ("response-property-made-optional", "response"): (_response_required, True),
    ("response-property-made-required", "response"): (_response_required, False),
    ("response-removed", "response"): (_success_gone, False),
    ("response-added", "response"): (_error_added, False),
    ("response-status-changed", "response"): (_status_changed, False),
    ("parameter-added-required", "parameter"): (m_query_required_added, False),
    ("parameter-added-optional", "parameter"): (m_query_optional_added, False),
    ("parameter-removed", "parameter"): (m_query_optional_added, True),
    ("parameter-made-required", "parameter"): (_limit_required, False),
    ("parameter-made-optional", "parameter"): (_limit_required, True),
}


def _found(mutation: Mutation, on_old: bool, kind: str, side: Side) -> list[Change]:
    base, mutated = base_spec(), base_spec()
    mutation(mutated)
    old, new = (mutated, base) if on_old else (base, mutated)
    return [c for c in diff_specs(old, new).changes if (c.kind, c.side) == (kind, side)]


@pytest.mark.parametrize(("kind", "side"), list(STRUCTURAL), ids=lambda v: str(v))
def test_structural_changes_by_side(kind: str, side: Side) -> None:
    mutation, on_old = STRUCTURAL[(kind, side)]
    found = _found(mutation, on_old, kind, side)
    assert [c.breaking for c in found] == [EXPECTED[(kind, side)]]


def test_every_rule_has_its_test_and_agrees() -> None:
    tested = set(STRUCTURAL) | {(k, s) for k in PROBES for s in SIDES}
    assert tested == set(EXPECTED) == set(RULES)
    assert {key: r.breaking for key, r in RULES.items()} == EXPECTED


def test_conditions_beside_the_side() -> None:
    """The three kinds decided by more than their side: an error status removed, a status the old docs did not
    state, a moved page whose old path is still documented (tested in test_diff_specs)."""
    assert [c.breaking for c in _found(_error_added, True, "response-removed", "response")] == [False]
    base = base_spec()
    base["paths"]["/v1/{project_id}/widgets"]["post"]["responses"]["200"]["x-status-assumed"] = True
    new = base_spec()
    _status_changed(new)
    assert [c.breaking for c in diff_specs(base, new).changes if c.kind == "response-status-changed"] == [False]
