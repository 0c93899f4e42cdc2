"""The generation view's schema cleaning: the keywords and names inside one schema that openapi-python-client
(0.29.1) would lose or break, stripped or renamed in place (the traps are listed in `view.py`'s docstring).

`clean_schema` is called by `view.generation_view` on every component schema and on the parameters and bodies of each
operation; `PropertyNames` collects the renamed properties across the view.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from generator.client.naming import PROPERTY_RESERVED, Scope, generator_identifier

__all__ = ["COMBINATORS", "CONDITIONALS", "PROP_MARK", "PropertyNames", "clean_schema", "is_secret_schema"]

PROP_MARK = "~~"  # ends the view key of a renamed property: the generator's sanitizer drops it
COMBINATORS = ("anyOf", "oneOf", "allOf")
CONDITIONALS = ("not", "if", "then", "else", "dependentRequired", "dependentSchemas")


def _snake_upper(name: str) -> str:
    """The generator's `snake_case(name).upper()` (openapi_python_client.strings): word split at case changes and at
    `. _-`, other non-identifier characters dropped."""
    kept = "".join(c for c in name if c.isidentifier() or c.isdecimal() or c in ". _-")
    if any(c.isupper() for c in kept):
        kept = " ".join(re.split("([A-Z]?[a-z]+)", kept))
    return "_".join(re.findall(r"[^. _-]+", kept)).upper()


def _enum_member_names(values: list[Any]) -> list[str] | None:
    """Member names for a string enum whose values the generator would name alike (None: it names them apart).
    A `null` value is no member (the generator makes the enum nullable), so it gets no name."""
    strings = [v for v in values if v is not None]
    if not strings or not all(isinstance(v, str) for v in strings):
        return None
    natural = [_snake_upper(v.upper() if v[:1].isalpha() else f"VALUE_{i}") for i, v in enumerate(strings)]
    if len(set(natural)) == len(natural):
        return None
    names: list[str] = []
    for name in natural:
        new, n = name, 1
        while new in names or (n > 1 and new in natural):  # a suffixed name never takes another value's own name
            n += 1
            new = f"{name}_{n}"
        names.append(new)
    return names


@dataclass
class PropertyNames:
    """The view keys of renamed properties, unique across the view, each standing for one wire name."""

    spec_text: str  # the spec as JSON: a view key is no string the spec holds anywhere
    wire: dict[str, str] = field(default_factory=dict)  # view key -> wire name
    secret: set[str] = field(default_factory=set)  # Python names of properties whose schema says they are secret

    def key(self, ident: str, wire: str) -> str:
        """A view key the generator names `ident` (`PROP_MARK` is dropped by its sanitizer) and that no other wire
        name, and no string of the spec, shares."""
        key = ident + PROP_MARK
        while (key in self.wire and self.wire[key] != wire) or (key not in self.wire and json.dumps(key) in
                                                                   self.spec_text):
            key += PROP_MARK[-1]
        self.wire[key] = wire
        return key


def is_secret_schema(schema: Any) -> bool:
    """The spec says the field is secret: `x-secret` (set by the build from its name and description),
    `format: password` or `writeOnly`."""
    return isinstance(schema, dict) and (schema.get("x-secret") is True or schema.get("format") == "password"
                                         or schema.get("writeOnly") is True)


def _name_properties(props: dict[str, Any], names: PropertyNames) -> dict[str, str]:
    """Wire name -> view key for the properties of one schema that need a name of their own (`naming.Scope`)."""
    scope = Scope(PROPERTY_RESERVED)
    renames: dict[str, str] = {}
    # the names the generator gives unchanged are kept first, so `name` stays `name` beside `Name`
    order = sorted(props, key=lambda wire: generator_identifier(wire) != wire)
    for wire in order:
        ident = scope.claim(wire)
        # a name with a character the generator leaves out of its string literals (control, format, line separator)
        # would be sent without it: renamed, and generate writes the wire name itself
        if ident != generator_identifier(wire) or PROP_MARK in wire or not wire.isprintable():
            renames[wire] = names.key(ident, wire)
    return renames


def clean_schema(schema: Any, names: PropertyNames) -> None:
    """Strip the trap keywords from a schema and everything nested in it, in place."""
    if isinstance(schema, list):
        for item in schema:
            clean_schema(item, names)
        return
    if not isinstance(schema, dict):
        return
    schema.pop("title", None)
    default = schema.get("default")
    if isinstance(default, str) and ("\\" in default or '"' in default or not default.isprintable()):
        del schema["default"]  # the generator escapes it twice (`repr` of an escaped string): the client would send
        # `\\"` for `"`; without it the attribute is UNSET and the service applies its own default
    enum = schema.get("enum")
    if isinstance(enum, list) and any(isinstance(v, str) and not v.isprintable() for v in enum):
        del schema["enum"]  # the generator leaves control and unassigned characters out of its literals: a member
        # would hold another value; the attribute is a `str`, and the values are still checked against the spec
    if schema.get("format") == "uuid":
        del schema["format"]  # a UUID attribute gives the value back lower-cased: `to_dict()` would change the data
    for key in CONDITIONALS:
        schema.pop(key, None)
    members = _enum_member_names(schema["enum"]) if isinstance(schema.get("enum"), list) else None
    if members is not None:
        schema["x-enum-varnames"] = members
    props = schema.get("properties")
    if isinstance(props, dict):
        for key in COMBINATORS:
            schema.pop(key, None)
        read_only = [name for name, sub in props.items() if isinstance(sub, dict) and sub.get("readOnly")]
        if read_only and isinstance(schema.get("required"), list):
            schema["required"] = [r for r in schema["required"] if r not in read_only]
            if not schema["required"]:
                del schema["required"]
        renames = _name_properties(props, names)
        names.secret.update(generator_identifier(renames.get(str(key), str(key))) for key, sub in props.items()
                            if is_secret_schema(sub))
        for sub in props.values():
            if isinstance(sub, dict):
                sub.pop("default", None)  # else `to_dict()` sends it for a field the caller never set
            clean_schema(sub, names)
        if renames:
            schema["properties"] = {renames.get(name, name): sub for name, sub in props.items()}
            if isinstance(schema.get("required"), list):
                schema["required"] = [renames.get(name, name) for name in schema["required"]]
    schema.pop("readOnly", None)
    schema.pop("writeOnly", None)
    if schema.get("type") == "array" and "items" not in schema and "prefixItems" not in schema:
        schema["items"] = {}
    for key in ("items", "additionalProperties", "contains", "propertyNames"):
        clean_schema(schema.get(key), names)
    for key in (*COMBINATORS, "prefixItems"):
        clean_schema(schema.get(key), names)
    for key in ("patternProperties", "$defs"):
        sub = schema.get(key)
        if isinstance(sub, dict):
            for value in sub.values():
                clean_schema(value, names)
