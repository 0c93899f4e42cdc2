"""One OpenAPI document as the diff reads it: `$ref`s followed, `allOf` flattened; the shape of a schema and a
short description of it; small helpers for messages and pointers."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

JSON = dict[str, Any]
TABLE = "\x00table-source"  # private key on resolved copies: the source of the component (its table)


def as_dict(value: Any) -> JSON:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def esc(segment: str) -> str:
    """RFC 6901 escaping of one pointer segment."""
    return segment.replace("~", "~0").replace("/", "~1")


def show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def shows(values: Iterable[Any], limit: int = 8) -> str:
    shown = list(values)
    text = ", ".join(show(v) for v in shown[:limit])
    return f"{text} … (+{len(shown) - limit} more)" if len(shown) > limit else text


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def norm_text(value: Any) -> str:
    return " ".join(as_str(value).split())


def short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text_change(old: Any, new: Any) -> str:
    """`description changed`, with both texts when they are short."""
    a, b = norm_text(old), norm_text(new)
    if a and b and len(a) <= 60 and len(b) <= 60:
        return f"description changed: {a!r} -> {b!r}"
    if not a or not b:
        return "description added" if b else "description removed"
    return "description changed"


class Doc:
    """One OpenAPI document: local `$ref`s followed, `allOf` flattened."""

    def __init__(self, spec: JSON) -> None:
        self.spec = spec

    def lookup(self, ref: str) -> JSON | None:
        if not ref.startswith("#/"):
            return None
        node: Any = self.spec
        for raw in ref[2:].split("/"):
            seg = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or seg not in node:
                return None
            node = node[seg]
        return node if isinstance(node, dict) else None

    def deref(self, node: Any) -> tuple[JSON, tuple[str, ...]]:
        """The schema with every `$ref` followed (keys beside a `$ref` win, as in 3.1), and the refs followed."""
        if not isinstance(node, dict):
            return {}, ()
        out = dict(node)
        refs: list[str] = []
        while isinstance(out.get("$ref"), str):
            ref = out["$ref"]
            target = self.lookup(ref) if ref not in refs else None
            if target is None:
                break  # unresolvable or circular: compared as it is
            refs.append(ref)
            merged = dict(target)
            if "x-doc-source" in target:
                merged[TABLE] = target["x-doc-source"]
            merged.update({k: v for k, v in out.items() if k != "$ref"})
            out = merged
        if isinstance(out.get("allOf"), list):
            out = self._flatten_all_of(out)
        return out, tuple(refs)

    def _flatten_all_of(self, schema: JSON) -> JSON:
        out = {k: v for k, v in schema.items() if k != "allOf"}
        props: JSON = dict(as_dict(out.get("properties")))
        required: list[str] = list(as_list(out.get("required")))
        for part in schema["allOf"]:
            resolved, _ = self.deref(part)
            props.update(as_dict(resolved.get("properties")))
            required.extend(r for r in as_list(resolved.get("required")) if r not in required)
            for key, value in resolved.items():
                if key not in ("properties", "required", "description", "title", "x-doc-source", TABLE):
                    out.setdefault(key, value)
        if props:
            out["properties"] = props
            out.setdefault("type", "object")
        if required:
            out["required"] = required
        return out

    def source(self, node: Any) -> str:
        """The `x-doc-source` of a schema, `$ref`s followed ('' when it has none)."""
        return as_str(self.deref(node)[0].get("x-doc-source"))

    def describe(self, node: Any, depth: int = 0) -> str:
        """A short name for what a schema describes: `object Widget`, `array of string`, `string (uuid)`."""
        s, refs = self.deref(node)
        kind = shape(s)
        name = refs[-1].rsplit("/", 1)[-1] if refs else ""
        if kind == "object":
            return f"object {name}" if name else "object"
        if kind in ("map", "array"):
            inner = s.get("additionalProperties" if kind == "map" else "items")
            return f"{kind} of " + (self.describe(inner, depth + 1) if depth < 2 else "…")
        if kind == "free-object":
            return "object (free-form)"
        if kind == "oneOf":
            return f"one of {len(alternatives(s))} alternatives"
        if kind == "any":
            raw = as_str(s.get("x-doc-type"))
            return f"untyped ({raw})" if raw else "untyped"
        fmt = as_str(s.get("format"))
        return f"{kind} ({fmt})" if fmt else kind


def shape(s: JSON) -> str:
    """The kind of value a resolved schema describes: object, map, free-object, array, a primitive, any, oneOf."""
    if isinstance(s.get("oneOf"), list) or isinstance(s.get("anyOf"), list):
        return "oneOf"
    t = s.get("type")
    if isinstance(t, list):
        names = sorted(str(x) for x in t)
        if "object" not in names and "array" not in names:
            return "|".join(names)
        t = next(x for x in names if x in ("object", "array"))
    if t == "array":
        return "array"
    if t == "object" or (t is None and ("properties" in s or "additionalProperties" in s)):
        if as_dict(s.get("properties")):
            return "object"
        if isinstance(s.get("additionalProperties"), dict):
            return "map"
        return "free-object"
    if t is None:
        return "any"
    return str(t)


def alternatives(s: JSON) -> list[Any]:
    return as_list(s.get("oneOf")) or as_list(s.get("anyOf"))


def excluded(s: JSON) -> list[Any]:
    return as_list(as_dict(s.get("not")).get("enum"))


def ref_pairs(names: Sequence[str]) -> str:
    return ", ".join(f"`{x}`" for x in names)
