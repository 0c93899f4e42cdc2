"""`oneOf` or `anyOf` for the alternative bodies of one operation (pages merged on one METHOD+path, or a page
documenting alternative bodies): `oneOf` only where the schemas prove that no body can match two alternatives.

`oneOf` rejects a body that matches several alternatives, so a documented request that the prose tells apart but
the tables do not (add and delete tags both take `action` + `tags`) would be refused. The proof is deliberately
simple and sound. Two alternatives A and B are exclusive when

- one of them requires a field the other does not declare, and the other admits only its declared fields (the
  merged request body closes every alternative with `unevaluatedProperties: false`; responses stay open), or
- a field both require has disjoint `enum`/`const` values in A and B (at the top or inside an object field both
  require, following required fields down).

Anything else is not proven, and the alternatives are written as `anyOf`; the reason is reported.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Overlap", "overlaps"]

JSON = dict[str, Any]
_IN_PLACE = ("allOf", "anyOf", "oneOf")
_CONDITIONAL = ("if", "then", "else")
_MAX_DEPTH = 4


@dataclass(frozen=True)
class Overlap:
    """Two alternatives (component names) that the schemas do not prove exclusive, and why."""

    first: str
    second: str
    reason: str


def _resolve(schemas: Mapping[str, JSON], node: Any) -> JSON:
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        if name in seen or name not in schemas:
            return {}
        seen.add(name)
        node = schemas[name]
    return node if isinstance(node, dict) else {}


def _declared(schemas: Mapping[str, JSON], schema: JSON) -> set[str] | None:
    """The field names a closed schema admits (its properties and those of its in-place subschemas), or None when
    it admits other names too (`additionalProperties`, `patternProperties`)."""
    if schema.get("additionalProperties", False) is not False or "patternProperties" in schema:
        return None
    names = set(schema.get("properties") or {})
    subs: list[Any] = [schema[k] for k in _CONDITIONAL if k in schema]
    for key in _IN_PLACE:
        subs.extend(schema.get(key) or [])
    subs.extend((schema.get("dependentSchemas") or {}).values())
    for sub in subs:
        found = _declared(schemas, _resolve(schemas, sub))
        if found is None:
            return None
        names |= found
    return names


def _required(schema: JSON) -> list[str]:
    return [str(r) for r in schema.get("required") or []]


def _canonical(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # JSON Schema: 1 and 1.0 are the same value
    return json.dumps(value, sort_keys=True)


def _values(schema: JSON) -> set[str] | None:
    """The values a field may take, as canonical JSON text, when the schema lists them."""
    if "const" in schema:
        return {_canonical(schema["const"])}
    if isinstance(schema.get("enum"), list):
        return {_canonical(v) for v in schema["enum"]}
    return None


def _show(values: set[str] | None) -> str:
    if values is None:
        return "any value"
    return "|".join(sorted(str(json.loads(v)) for v in values))


def _disjoint(schemas: Mapping[str, JSON], a: JSON, b: JSON, where: str, depth: int,
              shared: list[str]) -> str | None:
    """A field required by both with disjoint values (searched down through object fields both require), as its
    dotted path; the shared required fields seen on the way are noted in `shared` for the reason text."""
    required_b = set(_required(b))
    props_a, props_b = a.get("properties") or {}, b.get("properties") or {}
    for name in _required(a):
        if name not in required_b:
            continue
        sub_a, sub_b = _resolve(schemas, props_a.get(name)), _resolve(schemas, props_b.get(name))
        # values stated on the property itself (next to a $ref) or on what it refers to
        va = _values(props_a.get(name) or {}) or _values(sub_a)
        vb = _values(props_b.get(name) or {}) or _values(sub_b)
        path = f"{where}{name}"
        if va is not None and vb is not None and not va & vb:
            return path
        if sub_a.get("properties") and sub_b.get("properties") and depth < _MAX_DEPTH:
            before = len(shared)
            found = _disjoint(schemas, sub_a, sub_b, f"{path}.", depth + 1, shared)
            if found:
                return found
            if len(shared) > before:
                continue  # the fields inside say more than the object
        shared.append(f"`{path}` {_show(va)}" + ("" if va == vb else f" / {_show(vb)}"))
    return None


def _reason(schemas: Mapping[str, JSON], a: JSON, b: JSON, closed: bool) -> str | None:
    """None when A and B are proven exclusive, else why not."""
    if closed:
        declared_a, declared_b = _declared(schemas, a), _declared(schemas, b)
        if declared_b is not None and set(_required(a)) - declared_b:
            return None
        if declared_a is not None and set(_required(b)) - declared_a:
            return None
    shared: list[str] = []
    if _disjoint(schemas, a, b, "", 0, shared):
        return None
    first = ("every field one of them requires is a field of the other" if closed
             else "each admits fields its table does not list")
    if shared:
        return f"{first}, and no field both require has disjoint values ({', '.join(shared)})"
    return f"{first}, and they require no field in common"


def overlaps(schemas: Mapping[str, JSON], names: Sequence[str], closed: bool) -> list[Overlap]:
    """The pairs of alternatives (component names, in order) not proven exclusive; empty: `oneOf` is right.
    `closed`: each alternative admits only its own declared fields (`unevaluatedProperties: false`)."""
    found: list[Overlap] = []
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            reason = _reason(schemas, _resolve(schemas, {"$ref": first}), _resolve(schemas, {"$ref": second}),
                             closed)
            if reason is not None:
                found.append(Overlap(first, second, reason))
    return found
