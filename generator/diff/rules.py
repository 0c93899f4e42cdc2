"""The rule table: whether a change breaks clients, keyed by (change kind, side).

The side is where the change sits: `operation` (the METHOD + path itself), `request` (the request body),
`parameter` (a path, query, header or cookie parameter: part of the request) or `response` (a response body).
The rules follow oasdiff's breaking-change checkers:

- Narrowing what a *request* or *parameter* accepts (an enum value removed, an enum, format, pattern or bound
  added, a bound tightened, a value excluded) breaks callers that sent what is now refused; widening does not.
- A *response* is the other way round. Narrowing what the server returns breaks nobody (the client gets a subset of
  what it handled). Widening breaks generated clients: a dropped format or pattern or a relaxed bound lets through
  values that code and contract tests built on the old guarantee do not expect, and a new alternative of a `oneOf`
  is a shape the old client cannot decode. A new value of a response *enum* does not break them: the generated
  clients' enums are open on parsed data (`client/runtime_enums.py`: an unlisted value is kept as it came, with a
  warning), so an old client reads the new value (issue 15). A response property no longer guaranteed
  (removed, or made optional) breaks; a new or newly guaranteed one does not.
- A change whose direction cannot be told (type changed, format or pattern replaced by another) breaks on every
  side.

Three kinds are decided by more than their side, and the change says why: `operation-moved` does not break when
another page still documents the old path, `response-removed` does not break for a non-2xx status, and
`response-status-changed` does not break when the old docs did not state the status.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Side = Literal["operation", "request", "parameter", "response"]
SIDES: tuple[Side, ...] = ("operation", "request", "parameter", "response")
BODY: tuple[Side, ...] = ("request", "parameter", "response")


@dataclass(frozen=True)
class Rule:
    breaking: bool
    why: str


# kind -> what it means (the sides it occurs on are in RULES)
KINDS: dict[str, str] = {
    "operation-removed": "METHOD + path no longer documented",
    "operation-moved": "the page now documents another path",
    "operation-added": "new METHOD + path",
    "operation-deprecated": "the operation is now marked deprecated",
    "variant-removed": "a variant (merged page) of the request or response is gone",
    "variant-added": "a new variant (merged page) of the request or response",
    "alternative-removed": "a oneOf/anyOf alternative is gone",
    "alternative-added": "a new oneOf/anyOf alternative",
    "request-property-added-required": "new required request property",
    "request-property-added-optional": "new optional request property",
    "request-property-removed": "request property no longer documented",
    "request-property-made-required": "optional request property is now required",
    "request-property-made-optional": "required request property is now optional",
    "response-property-removed": "response property no longer documented",
    "response-property-added": "new response property",
    "response-property-made-optional": "response property no longer guaranteed",
    "response-property-made-required": "response property now guaranteed",
    "response-removed": "a documented status is gone",
    "response-added": "a new documented status",
    "response-status-changed": "the one success status changed (200 -> 202)",
    "parameter-added-required": "new required path, query or header parameter",
    "parameter-added-optional": "new optional parameter",
    "parameter-removed": "parameter no longer documented",
    "parameter-made-required": "optional parameter is now required",
    "parameter-made-optional": "required parameter is now optional",
    "type-changed": "type changed (or a typed value became untyped)",
    "type-refined": "an untyped or free-form value got a type or a structure",
    "format-added": "a format where there was none",
    "format-removed": "the format is gone",
    "format-changed": "one format replaced by another",
    "enum-narrowed": "enum values removed, or an enum added",
    "enum-widened": "enum values added, or the enum removed",
    "range-narrowed": "a length, numeric, item or property-count bound tightened or added (an exclusive bound"
                      " whose side flipped: by the values it admits)",
    "range-widened": "a length, numeric, item or property-count bound relaxed or removed",
    "excluded-value-added": "a new value excluded by `not: {enum}`",
    "excluded-value-removed": "a value no longer excluded",
    "pattern-added": "a pattern where there was none",
    "pattern-changed": "one pattern replaced by another",
    "pattern-removed": "the pattern is gone",
    "default-changed": "default value changed",
    "doc-text": "description, summary or placeholder name only",
}

_NARROWS = "narrows what is accepted"
_WIDENS = "widens what is accepted"


def _directed(kind: str, narrows: bool) -> dict[tuple[str, Side], Rule]:
    """A constraint change: breaking on the request side when it narrows, on the response side when it widens."""
    return {
        (kind, "request"): Rule(narrows, f"request: {_NARROWS if narrows else _WIDENS}"),
        (kind, "parameter"): Rule(narrows, f"parameter: {_NARROWS if narrows else _WIDENS}"),
        (kind, "response"): Rule(not narrows, "response: the client receives a subset of what it handled" if narrows
                                 else "response: strict generated clients receive values they do not expect"),
    }


def _every(kind: str, breaking: bool, why: str, sides: tuple[Side, ...] = BODY) -> dict[tuple[str, Side], Rule]:
    return {(kind, side): Rule(breaking, why) for side in sides}


RULES: dict[tuple[str, Side], Rule] = {
    ("operation-removed", "operation"): Rule(True, "calls to it fail"),
    ("operation-moved", "operation"): Rule(True, "calls to the old path fail (not when it is still documented)"),
    ("operation-added", "operation"): Rule(False, "nothing called it"),
    ("operation-deprecated", "operation"): Rule(False, "still works"),
    ("doc-text", "operation"): Rule(False, "text only"),
    **_every("doc-text", False, "text only"),
    ("variant-removed", "request"): Rule(True, "requests of that page are refused"),
    ("variant-removed", "response"): Rule(False, "one response shape fewer"),
    ("variant-added", "request"): Rule(False, "a new way to call"),
    ("variant-added", "response"): Rule(False, "returned only for the new request variant"),
    **_directed("alternative-removed", narrows=True),
    **_directed("alternative-added", narrows=False),
    ("request-property-added-required", "request"): Rule(True, "old requests lack it"),
    ("request-property-added-optional", "request"): Rule(False, "old requests stay valid"),
    ("request-property-removed", "request"): Rule(True, "old requests send an undocumented field"),
    ("request-property-made-required", "request"): Rule(True, "old requests may lack it"),
    ("request-property-made-optional", "request"): Rule(False, "old requests stay valid"),
    ("response-property-removed", "response"): Rule(True, "clients read a field that is gone"),
    ("response-property-added", "response"): Rule(False, "clients ignore or keep it"),
    ("response-property-made-optional", "response"): Rule(True, "clients read a field that may be missing"),
    ("response-property-made-required", "response"): Rule(False, "now always there"),
    ("response-removed", "response"): Rule(True, "a success response is gone (a non-2xx status: not breaking)"),
    ("response-added", "response"): Rule(False, "a new documented status"),
    ("response-status-changed", "response"): Rule(True, "clients check the status (not when the old docs did"
                                                        " not state it)"),
    ("parameter-added-required", "parameter"): Rule(True, "old requests lack it"),
    ("parameter-added-optional", "parameter"): Rule(False, "old requests stay valid"),
    ("parameter-removed", "parameter"): Rule(True, "old requests send an undocumented parameter"),
    ("parameter-made-required", "parameter"): Rule(True, "old requests may lack it"),
    ("parameter-made-optional", "parameter"): Rule(False, "old requests stay valid"),
    **_every("type-changed", True, "values of the old type are refused or not decoded"),
    **_every("type-refined", False, "the docs now say what the value is"),
    **_directed("format-added", narrows=True),
    **_directed("format-removed", narrows=False),
    **_every("format-changed", True, "neither narrower nor wider"),
    **_directed("enum-narrowed", narrows=True),
    ("enum-widened", "request"): Rule(False, f"request: {_WIDENS}"),
    ("enum-widened", "parameter"): Rule(False, f"parameter: {_WIDENS}"),
    ("enum-widened", "response"): Rule(False, "response: generated clients keep a value their enum does not list (open "
                                              "enums)"),
    **_directed("range-narrowed", narrows=True),
    **_directed("range-widened", narrows=False),
    **_directed("excluded-value-added", narrows=True),
    **_directed("excluded-value-removed", narrows=False),
    **_directed("pattern-added", narrows=True),
    **_every("pattern-changed", True, "neither narrower nor wider, as far as can be told"),
    **_directed("pattern-removed", narrows=False),
    **_every("default-changed", False, "values sent or received stay valid"),
}


def rule(kind: str, side: Side) -> Rule:
    """The rule for a change; a (kind, side) pair missing from the table is a bug, not a guess."""
    try:
        return RULES[(kind, side)]
    except KeyError:
        raise KeyError(f"no diff rule for {kind!r} on the {side} side") from None
