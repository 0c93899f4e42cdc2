"""The keywords that limit a value, old against new: format, enum, excluded values, pattern, bounds, default.

Pure: each change is a (kind, message) pair; whether it breaks is the rule table's business (it depends on the
side). Each kind says which way the set of admitted values moved (narrowed, widened, or neither: changed).
"""

from __future__ import annotations

from typing import Any

from generator.diff.doc import JSON, as_list, excluded, is_number, short, show, shows

Found = list[tuple[str, str]]

_LENGTHS: tuple[tuple[str, bool], ...] = (  # keyword, True when it is a lower bound
    ("minLength", True), ("maxLength", False),
    ("minItems", True), ("maxItems", False),
    ("minProperties", True), ("maxProperties", False),
)
# numeric bounds: (inclusive keyword, exclusive keyword, True for the lower bound)
_BOUNDS: tuple[tuple[str, str, bool], ...] = (("minimum", "exclusiveMinimum", True),
                                               ("maximum", "exclusiveMaximum", False))


def constraint_changes(o: JSON, n: JSON) -> Found:
    """Every change of the value-limiting keywords between two resolved schemas of the same shape."""
    out: Found = []
    out += _format(o, n)
    out += _enum(o, n)
    out += _excluded(o, n)
    out += _pattern(o, n)
    out += _lengths(o, n)
    for inclusive, exclusive, lower in _BOUNDS:
        out += _bound(o, n, inclusive, exclusive, lower)
    if ("default" in o or "default" in n) and o.get("default") != n.get("default"):
        was = show(o["default"]) if "default" in o else "none"
        now = show(n["default"]) if "default" in n else "none"
        out.append(("default-changed", f"default {was} -> {now}"))
    return out


def _format(o: JSON, n: JSON) -> Found:
    a, b = o.get("format"), n.get("format")
    if a == b:
        return []
    kind = "format-added" if a is None else "format-removed" if b is None else "format-changed"
    return [(kind, f"format {a or 'none'} -> {b or 'none'}")]


def _enum(o: JSON, n: JSON) -> Found:
    old_enum, new_enum = o.get("enum"), n.get("enum")
    if not isinstance(old_enum, list) and not isinstance(new_enum, list):
        return []
    if not isinstance(old_enum, list):
        return [("enum-narrowed", f"values limited to {shows(as_list(new_enum))}")]
    if not isinstance(new_enum, list):
        return [("enum-widened", f"enum {shows(old_enum)} removed: any value")]
    out: Found = []
    removed = [v for v in old_enum if v not in new_enum]
    added = [v for v in new_enum if v not in old_enum]
    if removed:
        out.append(("enum-narrowed", f"enum values removed: {shows(removed)}"))
    if added:
        out.append(("enum-widened", f"enum values added: {shows(added)}"))
    return out


def _excluded(o: JSON, n: JSON) -> Found:
    old_not, new_not = excluded(o), excluded(n)
    out: Found = []
    now_excluded = [v for v in new_not if v not in old_not]
    now_allowed = [v for v in old_not if v not in new_not]
    if now_excluded:
        out.append(("excluded-value-added", f"values now excluded: {shows(now_excluded)}"))
    if now_allowed:
        out.append(("excluded-value-removed", f"values no longer excluded: {shows(now_allowed)}"))
    return out


def _pattern(o: JSON, n: JSON) -> Found:
    a, b = o.get("pattern"), n.get("pattern")
    if a == b:
        return []
    if b is None:
        return [("pattern-removed", f"pattern {short(show(a))} removed")]
    if a is None:
        return [("pattern-added", f"pattern none -> {short(show(b))}")]
    was, now = short(show(a)), short(show(b))
    return [("pattern-changed", f"pattern {was} -> {now}" if was != now
             else "pattern changed (long patterns: see the sources)")]


def _lengths(o: JSON, n: JSON) -> Found:
    out: Found = []
    for key, lower in _LENGTHS:
        a, b = o.get(key), n.get(key)
        if a == b or not all(v is None or is_number(v) for v in (a, b)):
            continue
        narrowed = a is None or (b is not None and (b > a if lower else b < a))
        out.append(("range-narrowed" if narrowed else "range-widened",
                    f"{key} {show(a) if a is not None else 'none'} -> {show(b) if b is not None else 'none'}"))
    return out


Bound = tuple[float, bool]  # (value, exclusive)


def _effective(s: JSON, inclusive: str, exclusive: str, lower: bool) -> tuple[Bound, str, Any] | None:
    """The tightest of a schema's inclusive and exclusive bound on one side, and how to show it.

    On an integer an exclusive integral bound is the inclusive one next to it (`exclusiveMinimum: 0` admits what
    `minimum: 1` admits), so a bound rewritten from one keyword to the other that admits the same values is no
    change. (OpenAPI 3.0's boolean `exclusiveMinimum` is not a number and is ignored, as before.)
    """
    integer = s.get("type") == "integer"
    found: list[tuple[Bound, str, Any]] = []
    for key, is_exclusive in ((inclusive, False), (exclusive, True)):
        value: Any = s.get(key)
        if not is_number(value):
            continue
        bound: Bound = (value, is_exclusive)
        if integer and is_exclusive and float(value).is_integer():
            bound = (value + 1 if lower else value - 1, False)
        found.append((bound, key, value))
    if not found:
        return None
    return max(found, key=lambda f: _tightness(f[0], lower))


def _tightness(bound: Bound, lower: bool) -> tuple[float, bool]:
    """Sort key: greater is tighter (a higher lower bound, a lower upper bound; exclusive beats inclusive)."""
    value, exclusive = bound
    return (value if lower else -value, exclusive)


def _bound(o: JSON, n: JSON, inclusive: str, exclusive: str, lower: bool) -> Found:
    a = _effective(o, inclusive, exclusive, lower)
    b = _effective(n, inclusive, exclusive, lower)
    if a is None and b is None:
        return []
    if a is not None and b is not None and a[0] == b[0]:
        return []
    narrowed = a is None or (b is not None and _tightness(b[0], lower) > _tightness(a[0], lower))
    key = (a or b or ((0.0, False), inclusive, None))[1]
    if a is not None and b is not None and a[1] != b[1]:
        text = f"{a[1]} {show(a[2])} -> {b[1]} {show(b[2])}"  # the bound's side flipped
    else:
        text = f"{key} {show(a[2]) if a is not None else 'none'} -> {show(b[2]) if b is not None else 'none'}"
    return [("range-narrowed" if narrowed else "range-widened", text)]
