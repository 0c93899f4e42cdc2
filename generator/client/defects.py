"""The reviewed doc-defect list of a contract suite (`doc_defects.yaml`): data a person reviewed, never a side effect.

A documented example that breaks the spec schema of its operation is a *candidate* doc defect. Each candidate is
described by what it breaks (`breaks`: per error its kind, the rule (JSON Schema keyword) and the JSON pointer it
breaks, and the reason: the sentence or table row of the docs the example contradicts, with file:line).

`review` compares the candidates with the reviewed list (read from the committed suite, or a file the caller names):

- a candidate that is not listed is *new*: a `contract-defect-new` diagnostic, and it is NOT added to the list, so
  the suite fails on it (its example test, and for a request, the client refusing it) until someone accepts it;
- a listed entry that no longer breaks anything is *fixed* (`contract-defect-fixed`), one that breaks other rules
  or places than listed is *changed* (`contract-defect-changed`); both stay listed as reviewed, and the suite fails
  on them (it asserts each listed example breaks exactly its listed rules at its listed places);
- with `accept`, the list becomes the candidates (a reviewer's `note` on an entry is kept): what
  `rst2openapi generate --accept-defects` writes, for the reviewer to read in the diff.

The breaks are computed as the generated suite computes them (`_contract_*.py`, `breaks()`), so that a listed
defect asserts its own errors.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import yaml
from jsonschema import Draft202012Validator, ValidationError
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.diagnostics import CODES, Diagnostic, Loc
from generator.formats import FORMAT_CHECKER
from generator.lint import DEFECT_KIND_BY_KEYWORD, closed_schema
from generator.writer import load_yaml

__all__ = ["HEADER", "breaks", "dump_defects", "load_defects", "review", "spec_validator"]

HEADER = (
    "# Documented examples that break the spec schema of their operation: doc defects, reviewed by a person.\n"
    "# Per entry: the example (source), and per error the kind, the rule (JSON Schema keyword) and the place (JSON\n"
    "# pointer) it breaks, and the reason (the docs' sentence or table row it contradicts, file:line).\n"
    "# `rst2openapi generate` never adds an entry: a new candidate is a `contract-defect-new` warning, the contract\n"
    "# suite and `rst2openapi check` fail until the list is updated on purpose (`generate --accept-defects`).\n"
    "# The suite asserts that each listed example breaks exactly its listed rules at its listed places, and sends\n"
    "# the corrected form of a listed request through the client. A `note` is a reviewer's and is kept.\n"
)


def _rebase(schema: Any) -> Any:
    """`#/components/...` references point into the spec document, registered as `urn:spec`."""
    if isinstance(schema, dict):
        return {k: ("urn:spec" + v if k == "$ref" and isinstance(v, str) and v.startswith("#/") else _rebase(v))
                for k, v in schema.items()}
    if isinstance(schema, list):
        return [_rebase(v) for v in schema]
    return schema


def spec_registry(spec: Mapping[str, Any], closed_objects: bool = False) -> Registry[Any]:
    """The spec's components as `spec_validator` resolves its references (`closed_objects`: closed, a copy). One
    registry serves every validator of the same spec: closing the components copies them all, which once per example
    was most of a large service's suite generation."""
    components = spec.get("components", {})
    root = {"components": closed_schema(components) if closed_objects else components}
    resource: Resource[Any] = Resource.from_contents(root, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return registry


def spec_validator(spec: Mapping[str, Any], schema: Any, closed_objects: bool = False,
                   registry: Registry[Any] | None = None) -> Draft202012Validator:
    """A validator of `schema` whose `#/components/...` references resolve in `spec`, with the project's format
    checks; `closed_objects`: every documented object admits only its documented fields (the suite's `_closed`).
    `registry`: `spec_registry(spec, closed_objects)`, made once for many validators."""
    if registry is None:
        registry = spec_registry(spec, closed_objects)
    target = _rebase(closed_schema(schema) if closed_objects else schema)
    return Draft202012Validator(target, registry=registry, format_checker=FORMAT_CHECKER)


def _pointer(parts: list[Any]) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _resolve(spec: Mapping[str, Any], schema: Any) -> Any:
    for _ in range(20):
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            break
        node: Any = spec
        for part in ref[2:].split("/"):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        schema = node
    return schema


def _places(error: ValidationError) -> list[str]:
    """Where an error is: the field a `required` error misses, the undocumented fields of an `additionalProperties`
    error (one place each); otherwise the value's own place. An array index is `*`: one entry per rule and place of
    the schema, however many items break it."""
    base = ["*" if isinstance(p, int) else p for p in error.absolute_path]
    names = error.validator_value
    if error.validator == "required" and isinstance(error.instance, dict) and isinstance(names, list):
        return [_pointer([*base, n]) for n in names if isinstance(n, str) and n not in error.instance]
    if error.validator == "additionalProperties" and isinstance(error.instance, dict) \
            and isinstance(error.schema, dict):
        declared = set(error.schema.get("properties") or {})
        return [_pointer([*base, n]) for n in error.instance if n not in declared]
    return [_pointer(base)]


def _nearest_source(spec: Mapping[str, Any], root: Any, error: ValidationError) -> str | None:
    """The table row nearest above the failing schema (an array's items, a map's values carry none of their own)."""
    node, found = root, None
    for key in error.absolute_schema_path:
        if isinstance(node, dict) and isinstance(node.get("x-doc-source"), str):
            found = node["x-doc-source"]
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and (key == "$ref" or key not in node):
            node = _resolve(spec, {"$ref": node["$ref"].removeprefix("urn:spec")})  # a `$ref` the path elides
            if isinstance(node, dict) and isinstance(node.get("x-doc-source"), str):
                found = node["x-doc-source"]
            if key == "$ref":
                continue
        node = node[key] if isinstance(node, dict) and key in node else \
            node[key] if isinstance(node, list) and isinstance(key, int) and key < len(node) else None
    return found


def _reason(spec: Mapping[str, Any], root: Any, error: ValidationError, place: str) -> str:
    """The docs' statement the example contradicts: the prose sentence a keyword came from (`x-constraint-source`),
    else the table row of the field (`x-doc-source`)."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    rule = str(error.validator)
    for source in schema.get("x-constraint-source", []):
        if str(source).startswith(f"{rule}:"):
            return str(source)
    if rule == "required":
        name = place.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        row = _resolve(spec, (schema.get("properties") or {}).get(name, {}))
        where = row.get("x-doc-source") if isinstance(row, dict) else None
        return f"required: Mandatory in the table row at {where}" if where else \
            f"required: `{name}` is Mandatory in the table of {schema.get('x-doc-source', 'its object')}"
    if rule == "additionalProperties":
        return ("additionalProperties: no table declares this field at this level"
                + (f" (object from {schema['x-doc-source']})" if schema.get("x-doc-source") else ""))
    if rule in ("oneOf", "anyOf"):
        if not error.context:
            return f"{rule}: the example matches several of the documented alternatives"
        nearest = best_match(error.context)
        if nearest is not None:
            inner = _reason(spec, root, nearest, _places(nearest)[0] if _places(nearest) else place)
            return f"{rule}: no documented alternative accepts it; nearest, {_pointer(list(nearest.absolute_path))} " \
                   f"breaks {inner}"
    where = schema.get("x-doc-source") or _nearest_source(spec, root, error)
    said = f"{rule} {error.validator_value!r}" if rule in ("type", "format") else rule
    return f"{said}: the table row at {where}" if where else f"{said}: the spec schema (no source recorded)"


def _message(error: ValidationError, place: str) -> str:
    name = place.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
    if error.validator == "required":
        return f"{name!r} is a required property"
    if error.validator == "additionalProperties":
        return f"{name!r} is documented by no table at this level"
    return error.message


def breaks(spec: Mapping[str, Any], schema: Any, value: Any, closed_objects: bool,
           registry: Registry[Any] | None = None) -> list[dict[str, str]]:
    """What `value` breaks of `schema` (`closed_objects`: an undocumented field is an error too), one entry per rule
    and place, sorted: kind, rule, path, error (jsonschema's message, shortened), reason. `registry`: as
    `spec_validator`'s."""
    validator = spec_validator(spec, schema, closed_objects, registry)
    found: dict[tuple[str, str], dict[str, str]] = {}
    for error in validator.iter_errors(value):
        rule = str(error.validator)
        for place in _places(error):
            found.setdefault((place, rule), {
                "kind": DEFECT_KIND_BY_KEYWORD.get(rule, "example-schema-mismatch"), "rule": rule, "path": place,
                "error": _message(error, place)[:200], "reason": _reason(spec, validator.schema, error, place)[:400]})
    return [found[key] for key in sorted(found)]


def _shape(entry: Any) -> list[tuple[str, str]]:
    items = entry.get("breaks") if isinstance(entry, dict) else None
    return sorted((str(b.get("path")), str(b.get("rule"))) for b in items or [] if isinstance(b, dict))


def _diag(code: str, case_id: str, source: str, message: str) -> Diagnostic:
    path, _, line = source.rpartition(":")
    loc = Loc(path, int(line)) if path and line.isdigit() else Loc("<spec>", 0)
    return Diagnostic(loc, code, CODES[code][0], f"{case_id}: {message}")


def review(candidates: Mapping[str, dict[str, Any]], reviewed: Mapping[str, Any] | None,
           accept: bool) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The list to write (sorted) and a diagnostic per difference between the candidates and the reviewed list."""
    reviewed = dict(reviewed or {})
    diagnostics: list[Diagnostic] = []
    for case_id in sorted(set(candidates) | set(reviewed)):
        found, listed = candidates.get(case_id), reviewed.get(case_id)
        source = str((found or listed or {}).get("source", "")) if isinstance(found or listed, dict) else ""
        if found is not None and listed is None:
            what = "; ".join(f"{b['path']}: {b['rule']} ({b['reason']})" for b in found["breaks"])[:600]
            diagnostics.append(_diag("contract-defect-new", case_id, source,
                                     f"the example breaks {what}; not in the reviewed doc-defect list"))
        elif found is None and listed is not None:
            diagnostics.append(_diag("contract-defect-fixed", case_id, source,
                                     "listed as a doc defect, but the example now validates"))
        elif found is not None and _shape(found) != _shape(listed):
            diagnostics.append(_diag("contract-defect-changed", case_id, source,
                                     f"breaks {_shape(found)}, the reviewed list says {_shape(listed)}"))
    if not accept:
        return {k: reviewed[k] for k in sorted(reviewed)}, diagnostics
    out: dict[str, Any] = {}
    for case_id in sorted(candidates):
        entry = copy.deepcopy(candidates[case_id])
        note = reviewed.get(case_id, {}).get("note") if isinstance(reviewed.get(case_id), dict) else None
        if note:
            entry["note"] = note
        out[case_id] = entry
    return out, diagnostics


def load_defects(text: str) -> dict[str, Any]:
    """A reviewed list as written by `dump_defects` (an empty file or `{}`: no entry)."""
    loaded = load_yaml(text)
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ValueError("a doc-defect list is a mapping of case ids to entries")
    return loaded


def dump_defects(defects: Mapping[str, Any]) -> str:
    body = yaml.safe_dump(dict(defects), sort_keys=True, allow_unicode=True, width=120) if defects else "{}\n"
    return HEADER + body
