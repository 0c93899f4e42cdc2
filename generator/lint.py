"""Check the docs against themselves: every documented example against the derived schema of its operation.

Each violation is a doc defect with the file and line of the example, the JSON pointer in the example, the rule
it breaks and the doc source of that rule. Runs on the OpenAPI dict (after the constraint stage), so what it
checks is exactly what the spec says. Uses `jsonschema` (Draft 2020-12, the dialect of OpenAPI 3.1) with the
project's format checker (`generator/formats.py`: the client, the contract suite and openapi-core check the same).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from generator.diagnostics import CODES, Diagnostic, Loc, internal_error
from generator.formats import FORMAT_CHECKER
from generator.schema_messages import as_json, describe

__all__ = ["DEFECT_CODES", "DEFECT_KIND_BY_KEYWORD", "closed_components", "closed_schema", "lint_spec",
           "undocumented_fields"]

JSON = dict[str, Any]

# validator keyword -> defect code
_BY_KEYWORD = {
    "type": "example-wrong-type",
    "required": "example-missing-required",
    "additionalProperties": "example-undocumented-field",
    "enum": "example-forbidden-value",
    "const": "example-forbidden-value",
    "not": "example-forbidden-value",
    "minimum": "example-forbidden-value",
    "maximum": "example-forbidden-value",
    "exclusiveMinimum": "example-forbidden-value",
    "exclusiveMaximum": "example-forbidden-value",
    "minLength": "example-forbidden-value",
    "maxLength": "example-forbidden-value",
    "pattern": "example-forbidden-value",
    "format": "example-forbidden-value",
}
DEFECT_KIND_BY_KEYWORD = _BY_KEYWORD  # what kind of doc defect an example breaking a keyword is
DEFECT_CODES = ("example-wrong-type", "example-missing-required", "example-undocumented-field",
                "example-forbidden-value", "example-schema-mismatch")


@dataclass(frozen=True)
class _Target:
    loc: Loc
    where: str  # "request" or "response 202"
    operation: str
    schema: JSON
    value: Any


def _close(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("type") == "object" and "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for v in node.values():
            _close(v)
    elif isinstance(node, list):
        for v in node:
            _close(v)


def closed_schema(schema: Any) -> Any:
    """A copy of `schema` where every documented object admits only its documented fields."""
    out = copy.deepcopy(schema)
    _close(out)
    return out


def closed_components(components: JSON) -> JSON:
    """Components where a documented object admits only its documented fields (to find undocumented ones)."""
    closed = copy.deepcopy(components)
    _close(closed.get("schemas", {}))
    return closed


def _extra_fields(error: ValidationError) -> set[str] | None:
    """The pointers of the undocumented fields an error is about, or None when it is about something else. Under a
    combinator: the alternative that fails only by undocumented fields, the fewest of them."""
    if error.validator == "additionalProperties" and isinstance(error.instance, dict) and isinstance(error.schema,
                                                                                                       dict):
        declared = set(error.schema.get("properties") or {})
        base = [*error.absolute_path]
        return {"/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in [*base, key])
                for key in error.instance if key not in declared}
    if not error.context:
        return None
    by_alternative: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        by_alternative.setdefault(sub.relative_schema_path[0] if sub.relative_schema_path else None, []).append(sub)
    best: set[str] | None = None
    for subs in by_alternative.values():
        found: set[str] = set()
        for sub in subs:
            extra = _extra_fields(sub)
            if extra is None:
                break
            found |= extra
        else:
            if best is None or len(found) < len(best):
                best = found
    return best


def undocumented_fields(closed: JSON, schema: Any, value: Any) -> list[str]:
    """JSON pointers of the fields of `value` (at any depth) that its schema does not declare where they are,
    against `closed_components(...)`. What the client of a response keeps in `additional_properties`."""
    target = copy.deepcopy(schema) if isinstance(schema, dict) else {}
    _close(target)
    validator = Draft202012Validator({**target, "components": closed})
    found: set[str] = set()
    for error in validator.iter_errors(value):
        found |= _extra_fields(error) or set()
    return sorted(found)


def _loc(source: str) -> Loc:
    path, _, line = source.rpartition(":")
    return Loc(path, int(line) if line.isdigit() else 1)


def _targets(spec: JSON) -> Iterator[tuple[str, Loc, Iterator[_Target]]]:
    """Per operation (its name and where it is documented), the examples to check."""
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            where = _loc(str(op.get("x-doc-source", "")))
            yield f"{method.upper()} {path}", where, _operation_targets(path, method, op)


def _operation_targets(path: str, method: str, op: JSON) -> Iterator[_Target]:
    """The documented examples of one operation, each with the schema of its own variant."""
    variants = {v["operationId"]: v for v in op.get("x-variants", [])}
    content: JSON = op.get("requestBody", {}).get("content", {})
    media = next(iter(content), "")
    body: JSON = content.get(media, {}) if "xml" not in media else {}  # XML samples are text, not JSON
    for ex in body.get("examples", {}).values():
        name = f"{method.upper()} {path} ({ex.get('x-variant') or op.get('operationId', '')})"
        variant = variants.get(ex.get("x-variant", ""))
        schema = variant.get("requestBody") if variant else body.get("schema")
        if schema is not None and "x-doc-source" in ex:
            yield _Target(_loc(ex["x-doc-source"]), "request", name, schema, ex["value"])
    for status, response in op.get("responses", {}).items():
        returned: JSON = response.get("content", {}).get("application/json", {})
        for ex in returned.get("examples", {}).values():
            name = f"{method.upper()} {path} ({ex.get('x-variant') or op.get('operationId', '')})"
            variant = variants.get(ex.get("x-variant", ""))
            schema = (variant.get("responses", {}).get(status) if variant else None) or returned.get("schema")
            if schema is not None and "x-doc-source" in ex:
                yield _Target(_loc(ex["x-doc-source"]), f"response {status}", name, schema, ex["value"])


def _leaves(error: ValidationError) -> list[ValidationError]:
    """The most specific errors under a combinator (oneOf/allOf/if) failure."""
    if error.context:
        out: list[ValidationError] = []
        for sub in error.context:
            out.extend(_leaves(sub))
        return out
    return [error]


def _pointer(error: ValidationError) -> str:
    return "/" + "/".join(str(p) for p in error.absolute_path) if error.absolute_path else "/"


def _rule_source(error: ValidationError) -> str:
    schema = error.schema if isinstance(error.schema, dict) else {}
    for src in schema.get("x-constraint-source", []):
        if str(src).startswith(f"{error.validator}:") or (error.validator == "not" and str(src).startswith("not:")):
            return str(src).split(": ", 1)[1].split(": ", 1)[0]
    return str(schema.get("x-doc-source", ""))


def _message(error: ValidationError, target: _Target) -> str:
    where = _pointer(error)
    source = _rule_source(error)
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {}))) if isinstance(
            error.instance, dict) and isinstance(error.schema, dict) else []
        text = f"field(s) {', '.join(extra)} at {where} documented by no table"
    elif error.validator == "required":
        text = f"{where}: {describe(error)}"
    elif error.validator == "pattern":
        text = f"{where}: {as_json(error.instance)} does not match the documented pattern (rule `pattern`)"
    elif error.validator == "not":
        text = f"{where}: {as_json(error.instance)} is a value the docs exclude (rule `not`)"
    else:
        text = f"{where}: {describe(error)} (rule `{error.validator}`)"
    if error.message.endswith(_AS_STRING):
        text += _AS_STRING
    text = f"{target.where} example of {target.operation}: {text}"
    return f"{text}; rule from {source}" if source else text


_AS_STRING = " (the number read as a string)"


def _as_string(error: ValidationError, root: JSON) -> list[ValidationError]:
    """A number sent where the docs say String (ports): also check the digits against the string's rules, so
    `port: 8000` is reported as the wrong type and as a value the page forbids."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator != "type" or schema.get("type") != "string" or isinstance(error.instance, bool) or \
            not isinstance(error.instance, int | float):
        return []
    rules = {k: v for k, v in schema.items() if k != "type"}
    sub = Draft202012Validator({**rules, "components": root["components"]}, format_checker=FORMAT_CHECKER)
    out = []
    for e in sub.iter_errors(str(error.instance)):
        e.path.extendleft(reversed(list(error.absolute_path)))
        e.message = f"{e.message}{_AS_STRING}"
        out.append(e)
    return out


def lint_spec(spec: JSON) -> list[Diagnostic]:
    """Every example of the spec validated against the schema of its operation (and variant)."""
    components = closed_components(spec.get("components", {}))
    out: list[Diagnostic] = []
    for operation, loc, targets in _targets(spec):
        try:
            found = list(targets)
        except Exception as exc:  # a bug finding the examples of one operation: the others are still checked
            out.append(internal_error(loc, "lint", f"examples of {operation}", exc))
            continue
        for target in found:
            try:
                out += _check(target, components)
            except Exception as exc:  # a bug on one example: the others are still checked
                out.append(internal_error(target.loc, "lint", f"{target.where} example of {target.operation}", exc))
    return sorted(out, key=lambda d: (d.loc.path, d.loc.line, d.code, d.message))


def _check(target: _Target, components: JSON) -> list[Diagnostic]:
    root = {"$schema": "https://json-schema.org/draft/2020-12/schema", **target.schema, "components": components}
    validator = Draft202012Validator(root, format_checker=FORMAT_CHECKER)
    out: list[Diagnostic] = []
    seen: set[tuple[str, str]] = set()
    for error in sorted(validator.iter_errors(target.value), key=lambda e: list(e.absolute_path)):
        for leaf in [*_leaves(error), *_as_string(error, root)]:
            code = _BY_KEYWORD.get(str(leaf.validator), "example-schema-mismatch")
            message = _message(leaf, target)
            if (code, message) in seen:
                continue
            seen.add((code, message))
            out.append(Diagnostic(target.loc, code, CODES[code][0], message))
    return out
