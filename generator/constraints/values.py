"""Every value a keyword states, checked against the field's own keywords before it is written: a stated `default`
and each `enum` member must be values the field accepts, `format` included, as an OpenAPI 3.1 validator checks
them (its dialect) with the project's format checker (`generator/formats.py`: `date-time`, `date`, `uuid`, `byte`,
`ipv4`, `ipv6`, `email`, `uri`, the `int32`/`int64` ranges), the one the client, lint and the contract suite use.

Keywords that contradict each other (`minimum 0` beside `exclusiveMaximum 0`, `minLength` above `maxLength`) admit no
value at all: `contradictions` finds them, and the engine writes neither (a false constraint refuses every request;
it is worse than none) and reports them (`keywords-contradict`). An `enum` none of whose members the other keywords
accept is the case below (`enum-outside-schema`).

A value the field rejects never reaches the keyword (a `default` must be a valid value; openapi-spec-validator
rejects a spec whose default breaks its schema): the default is kept as `x-default`, rejected enum members as
`x-enum-outside-schema`, and the engine reports each (`default-outside-schema`, `enum-outside-schema`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import best_match
from openapi_schema_validator import OAS31Validator

from generator.formats import FORMAT_CHECKER
from generator.schema_messages import describe

__all__ = ["Contradiction", "Rejected", "check_values", "contradictions"]

_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}
# the keywords that decide whether a value is valid (annotations, `default` and `enum` themselves aside)
_RULES = ("type", "format", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
          "maxLength", "multipleOf", "not", "allOf", "const")


@dataclass(frozen=True)
class Rejected:
    keyword: str  # "default" or "enum"
    values: tuple[Any, ...]
    reason: str  # the first rule broken: `format ('30' is not a 'date-time')`


def check_values(kind: str, fmt: str | None, max_length: int | None,
                 keywords: dict[str, Any]) -> tuple[dict[str, Any], list[Rejected]]:
    """`keywords` with every rejected value moved to its annotation, and what was rejected. `kind`, `fmt` and
    `max_length` are what the tables typed (`Long` is int64, `String(64)` maxLength 64); `keywords` may override."""
    rules: dict[str, Any] = {}
    if kind in _TYPES:
        rules["type"] = _TYPES[kind]
    if fmt:
        rules["format"] = fmt
    if max_length is not None:
        rules["maxLength"] = max_length
    rules.update({k: v for k, v in keywords.items() if k in _RULES})
    out = dict(keywords)
    rejected: list[Rejected] = []
    if isinstance(out.get("enum"), list):
        reasons = [_violation(rules, v) for v in out["enum"]]
        if any(reasons):
            bad = [v for v, reason in zip(out["enum"], reasons, strict=True) if reason]
            kept = [v for v, reason in zip(out["enum"], reasons, strict=True) if not reason]
            annotation = "x-enum-outside-schema"
            if kept:
                out["enum"] = kept
                out[annotation] = bad
            else:  # the list and the other keywords contradict each other: neither list nor a guess
                out[annotation] = out.pop("enum")
            rejected.append(Rejected("enum", tuple(bad), next(r for r in reasons if r)))
    if "default" in out:
        with_enum = {**rules, **({"enum": out["enum"]} if "enum" in out else {})}
        if reason := _violation(with_enum, out["default"]):
            out["x-default"] = out.pop("default")
            rejected.append(Rejected("default", (out["x-default"],), reason))
    return out, rejected


def _violation(schema: dict[str, Any], value: Any) -> str:
    """The keyword `value` fails under `schema`, with the validator's message, or '' when it is valid."""
    error = best_match(OAS31Validator(schema, format_checker=FORMAT_CHECKER).iter_errors(value))
    return "" if error is None else f"{error.validator} ({describe(error)})"


@dataclass(frozen=True)
class Contradiction:
    keywords: tuple[str, ...]  # the keywords that together admit no value
    reason: str  # `minimum 0 and exclusiveMaximum 0 admit no value`


_LOWER = ("minimum", "exclusiveMinimum")
_UPPER = ("maximum", "exclusiveMaximum")


def contradictions(kind: str, max_length: int | None, keywords: dict[str, Any]) -> list[Contradiction]:
    """Pairs of keywords under which no value of the field is valid: a lower bound above an upper one (for an
    integer, no integer between them: `exclusiveMinimum 4` and `exclusiveMaximum 5`), `minLength` above the
    `maxLength` of the keywords or of the Type column (`max_length`)."""
    out: list[Contradiction] = []
    if kind in ("integer", "number", "any"):
        for low in _LOWER:
            for high in _UPPER:
                lo, hi = _number(keywords.get(low)), _number(keywords.get(high))
                if lo is not None and hi is not None and _empty(kind == "integer", low, lo, high, hi):
                    out.append(Contradiction((low, high), f"{low} {lo} and {high} {hi} admit no value"))
    min_len = _number(keywords.get("minLength"))
    lengths = [v for v in (_number(keywords.get("maxLength")), _number(max_length)) if v is not None]
    if min_len is not None and lengths and min_len > min(lengths):
        out.append(Contradiction(("minLength", "maxLength"),
                                 f"minLength {min_len} and maxLength {min(lengths)} admit no value"))
    return out


def _number(value: Any) -> int | float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _empty(integer: bool, low: str, lo: int | float, high: str, hi: int | float) -> bool:
    low_open, high_open = low.startswith("exclusive"), high.startswith("exclusive")
    if integer:  # the smallest and the largest integer the bounds admit
        first = math.floor(lo) + 1 if low_open else math.ceil(lo)
        last = math.ceil(hi) - 1 if high_open else math.floor(hi)
        return first > last
    return lo > hi or (lo == hi and (low_open or high_open))
