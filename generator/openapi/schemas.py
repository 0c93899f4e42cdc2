"""Schemas of the page model -> JSON Schema in the OpenAPI document. An object with properties becomes a named
component; identical structures are shared once, and names are readable and deterministic (the body's own name,
the field's name hint, then the operation's context, then a number)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from generator.model import Schema
from generator.openapi.naming import pascal
from generator.openapi.secrets import is_secret_field

__all__ = ["Components", "SchemaWriter", "ref"]

JSON = dict[str, Any]


@dataclass
class Components:
    """Named schemas; identical structures are shared once, names are readable and deterministic."""

    schemas: dict[str, JSON] = field(default_factory=dict)
    by_content: dict[str, str] = field(default_factory=dict)

    def snapshot(self) -> tuple[dict[str, JSON], dict[str, str]]:
        """What `restore` puts back (an operation adds components and may set a component's top-level title)."""
        return {k: dict(v) for k, v in self.schemas.items()}, dict(self.by_content)

    def restore(self, saved: tuple[dict[str, JSON], dict[str, str]]) -> None:
        self.schemas, self.by_content = saved

    def add(self, preferred: Sequence[str], schema: JSON) -> str:
        key = json.dumps(_strip_sources(schema), sort_keys=True)
        if key in self.by_content:
            return self.by_content[key]
        name = ""
        for cand in preferred:
            if cand and cand not in self.schemas:
                name = cand
                break
        if not name:
            base = preferred[-1] if preferred else "Schema"
            n = 2
            while f"{base}{n}" in self.schemas:
                n += 1
            name = f"{base}{n}"
        self.schemas[name] = schema
        self.by_content[key] = name
        return name


def _strip_sources(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_sources(v) for k, v in value.items() if k not in ("x-doc-source", "x-constraint-source")}
    if isinstance(value, list):
        return [_strip_sources(v) for v in value]
    return value


def mark_secret(schema: JSON, name: str, description: str) -> None:
    """`x-secret: true` on the schema of a text field whose name or description says it holds a secret."""
    if schema.get("type") == "string" and is_secret_field(name, description):
        schema["x-secret"] = True


def ref(name: str) -> JSON:
    return {"$ref": f"#/components/schemas/{name}"}


_PRIMITIVE = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}


class SchemaWriter:
    def __init__(self, components: Components) -> None:
        self.components = components

    def property_schema(self, s: Schema, context: str) -> JSON:
        """A schema at a property position: objects with properties become components."""
        out: JSON
        if s.one_of:
            out = {"oneOf": [self.property_schema(replace(alt, description="", loc=None), context)
                             for alt in s.one_of]}
        elif s.kind == "object" and s.properties:
            name = self.component(s, context)
            out = ref(name)
        elif s.kind == "array":
            out = {"type": "array"}
            if s.items is not None:
                out["items"] = self.property_schema(s.items, context)
        elif s.kind == "map":
            out = {"type": "object",
                   "additionalProperties": self.property_schema(s.values, context) if s.values is not None else True}
        elif s.kind == "object":
            out = {"type": "object"}
            if s.values is not None:
                out["additionalProperties"] = self.property_schema(s.values, context)
        elif s.kind in _PRIMITIVE:
            out = {"type": _PRIMITIVE[s.kind]}
        else:
            out = {}
            if s.raw_type:
                out["x-doc-type"] = s.raw_type
        if s.format:
            out["format"] = s.format
        if s.max_length is not None:
            out["maxLength"] = s.max_length
        for k, v in s.keywords:
            out[k] = v
        if s.description:
            out["description"] = s.description
        if s.loc is not None:
            out["x-doc-source"] = str(s.loc)
        if s.sources:
            out["x-constraint-source"] = [f"{k}: {src}" for k, src in s.sources]
        return out

    def object_body(self, s: Schema, context: str) -> JSON:
        props: JSON = {}
        required: list[str] = []
        for p in s.properties:
            props[p.name] = self.property_schema(p.schema, context)
            mark_secret(props[p.name], p.name, p.schema.description)
            if p.required_when:
                props[p.name]["x-required-when"] = p.required_when
            if p.required:
                required.append(p.name)
        out: JSON = {"type": "object", "properties": props}
        if required:
            out["required"] = required
        if s.values is not None:
            out["additionalProperties"] = self.property_schema(s.values, context)
        for k, v in s.object_keywords:
            out[k] = v
        if s.table_title:
            out["description"] = s.table_title
        if s.xml_name:
            out["xml"] = {"name": s.xml_name}
        if s.table is not None:
            out["x-doc-source"] = str(s.table)
        return out

    def body(self, s: Schema, context: str, base: str, title: str) -> list[str]:
        """Component names for a request/response body: one, or one per documented alternative."""
        parts = s.one_of or (s,)
        names: list[str] = []
        for i, part in enumerate(parts, start=1):
            preferred = (base,) if len(parts) == 1 else (f"{base}{i}",)
            if not part.properties and part.xml_name:  # an XML body that is one element with text
                scalar = {**self.property_schema(part, context), "xml": {"name": part.xml_name}}
                names.append(self.components.add(preferred, scalar))
                continue
            if part.kind == "array":  # a body that is itself an array (`[Array]`, `[items]`)
                names.append(self.components.add(preferred, {**self.property_schema(part, context),
                                                             "title": title}))
                continue
            if not part.properties:  # a bare value (`-` | String, raw data) is written in place by the operation
                continue
            name = self.component(part, context, preferred=preferred)
            self.components.schemas[name].setdefault("title", title)
            if name not in names:
                names.append(name)
        return names

    def component(self, s: Schema, context: str, preferred: Sequence[str] = ()) -> str:
        body = self.object_body(s, context)
        hint = pascal(s.name_hint or "Object")
        names = [*preferred, hint, f"{context}{hint}"]
        return self.components.add(names, body)
