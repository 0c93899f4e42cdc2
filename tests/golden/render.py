"""Render golden summaries: one compact, deterministic YAML text per fixture page, plus the sample service.

Every summary is derived from one real pipeline run (`generator.pipeline.build`) over the whole fixture tree,
so cross-page `:ref:` targets resolve exactly as they do for a real service. A page summary has four parts:

``read``        what the reader saw: tables (index, number, section, kind, rows, title), code blocks (section,
                sniffed kind, status), statuses written on the page, status cross-references, row accounting.
``operations``  the page model: ``METHOD path``, parameters as ``name (in, required|optional, type)``, the
                request/response body trees, the examples attached (value, repairs, status).
``openapi``     the `paths` operations whose ``x-doc-source`` (or an ``x-variants`` entry) points at the page,
                and every component schema they reference, transitively.
``diagnostics`` ``line severity code: message`` for the page.

Body trees use the README notation: a property key is ``name*`` when required, ``name`` when optional. A leaf
is a type word (``string``, ``integer/int64``, ``array<string>``); ``(type ?)`` marks a leaf whose page states
no type. An object is a mapping with ``type: object``, its ``table`` (line and title of the table it came from)
and its ``properties``; ``free-form`` marks an object without properties.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from generator.model import Example, Operation, PageResult, Parameter, RawPage, Response, Schema
from generator.openapi.transport import path_key
from generator.pipeline import BuildResult, build
from generator.rst.examples.sniff import sniff_block

__all__ = [
    "EXPECTED",
    "FIXTURES",
    "SAMPLE_GOLDEN",
    "SAMPLE_SERVICE",
    "STYLES_TOTALS_GOLDEN",
    "dump",
    "dump_sections",
    "fixture_pages",
    "golden_name",
    "golden_names",
    "render",
    "render_all",
    "render_page",
    "render_sample_service",
    "render_styles_totals",
]

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "styles"
SAMPLE_SERVICE = REPO / "examples" / "sample-service"
EXPECTED = Path(__file__).resolve().parent / "expected"
# Page goldens are named after page stems (snake_case); the two tree-wide goldens use a hyphen, so they can
# never collide with a page.
SAMPLE_GOLDEN = "sample-service.yaml"
STYLES_TOTALS_GOLDEN = "styles-tree-totals.yaml"

JSON = dict[str, Any]
_MAX_DEPTH = 12  # the model cuts cycles; this only guards the renderer against a regression that does not


# ---------------------------------------------------------------------------------------------------------------
# YAML output


class _Dumper(yaml.SafeDumper):
    """Safe YAML, no aliases, block style for multi-line strings."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    lines = data.split("\n")
    block = "\n" in data and all(ch.isprintable() or ch == "\n" for ch in data) and all(
        ln == ln.rstrip() for ln in lines)
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|" if block else None)


_Dumper.add_representer(str, _str_representer)


def dump(data: Any) -> str:
    """YAML with sorted keys and no line folding: the same data always gives the same bytes."""
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=True, allow_unicode=True, width=10_000,
                     default_flow_style=False)
    assert isinstance(text, str)
    return text


def dump_sections(sections: Mapping[str, Any]) -> str:
    """A top-level mapping in the given (reading) order; everything below it has sorted keys."""
    return "".join(dump({key: value}) for key, value in sections.items())


def _compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------------------------
# the page model


def _leaf(s: Schema) -> str | None:
    """A one-word type for a schema without children, or None when it has children."""
    if s.one_of or s.properties:
        return None
    if s.kind == "array":
        if s.items is None:
            word = "array"
        else:
            inner = _leaf(s.items)
            if inner is None:
                return None
            word = f"array<{inner}>"
    elif s.kind in ("map", "object") and s.values is not None:
        inner = _leaf(s.values)
        if inner is None:
            return None
        word = f"map<string,{inner}>"
    elif s.kind == "object":
        word = "object free-form"
    else:
        word = s.kind
    if s.format:
        word += f"/{s.format}"
    if s.max_length is not None:
        word += f" maxLength={s.max_length}"
    for key, value in s.keywords:
        word += f" {key}={_compact_json(value)}"
    if s.kind in ("any", "unknown") and s.raw_type:
        word += f" (raw {s.raw_type!r})"
    return word


def _schema_node(s: Schema, depth: int = 0, top: bool = False) -> Any:
    """A schema as a type word (leaf) or a mapping (object, array of objects, oneOf)."""
    if depth > _MAX_DEPTH:
        return "... (renderer depth limit)"
    leaf = _leaf(s)
    if leaf is not None:
        if top and not s.raw_type and s.kind not in ("any", "unknown"):
            leaf += " (type ?)"
        return leaf
    node: JSON = {"type": s.kind}
    if s.format:
        node["format"] = s.format
    if s.table is not None:
        node["table"] = f"{s.table} {s.table_title}".rstrip()
    if s.xml_name:
        node["xml_name"] = s.xml_name
    if s.one_of:
        node["one_of"] = [_schema_node(alt, depth + 1) for alt in s.one_of]
    if s.properties:
        node["properties"] = _properties(s, depth + 1)
    if s.items is not None:
        node["items"] = _schema_node(s.items, depth + 1)
    if s.values is not None:
        node["values"] = _schema_node(s.values, depth + 1)
    for key, value in s.keywords:
        node[key] = value
    return node


def _properties(s: Schema, depth: int) -> JSON:
    out: JSON = {}
    for p in s.properties:
        key = f"{p.name}*" if p.required else p.name
        out[key] = _schema_node(p.schema, depth, top=True)
    return out


def _param(p: Parameter) -> str:
    kind = _schema_node(p.schema, top=True)
    word = kind if isinstance(kind, str) else _compact_json(kind)
    return f"{p.name} ({p.location}, {'required' if p.required else 'optional'}, {word})"


def _example(ex: Example) -> JSON:
    out: JSON = {"line": ex.loc.line, "value": _compact_json(ex.value)}
    if ex.media_type != "application/json":
        out["media_type"] = ex.media_type
    if ex.repairs:
        out["repairs"] = list(ex.repairs)
    if ex.status is not None:
        out["status"] = ex.status
    if ex.summary:
        out["summary"] = ex.summary
    return out


def _response(r: Response) -> JSON:
    out: JSON = {"description": r.description, "has_schema": r.schema is not None,
                 "example_count": len(r.examples)}
    if r.is_error:
        out["error"] = True
    if r.schema is not None:
        out["body"] = _schema_node(r.schema)
    if r.examples:
        out["examples"] = [_example(ex) for ex in r.examples]
    return out


def _operation(op: Operation) -> JSON:
    out: JSON = {
        "operation": f"{op.method} {path_key(op)}",
        "line": op.loc.line,
        "parameters": [_param(p) for p in op.parameters],
        "request_body": _schema_node(op.request) if op.request is not None else None,
        "request_examples": [_example(ex) for ex in op.request_examples],
        "responses": {r.status: _response(r) for r in op.responses},
        "auth_token": op.auth_token,
        "deprecated": op.page.deprecated,
    }
    if op.signature_auth:
        out["signature_auth"] = op.signature_auth
    return out


def _read(page: RawPage, result: PageResult) -> JSON:
    tables = [
        f"T{t.index} L{t.loc.line} {t.kind} section={t.section}"
        + (f" number={t.number}" if t.number else "")
        + (f" status={t.status}" if t.status else "")
        + f" rows={len(t.rows)} title={t.title!r}"
        + ("" if t.title else f" context={t.context[:60]!r}")
        for t in page.tables
    ]
    blocks = []
    for b in page.blocks:
        sniffed = sniff_block(b.text)
        line = f"L{b.loc.line} section={b.section} kind={sniffed.kind}"
        if sniffed.request_line is not None:
            line += f" request_line={' '.join(x for x in sniffed.request_line if x)!r}"
        if sniffed.status:
            line += f" status_line={sniffed.status}"
        if b.status:
            line += f" status={b.status}"
        if sniffed.error:
            line += f" error={sniffed.error!r}"
        blocks.append(line)
    out: JSON = {
        "title": page.title,
        "status": result.status,
        "tables": tables,
        "code_blocks": blocks,
        "statuses_on_page": [s.code for s in page.statuses],
        "status_refs": list(page.status_refs),
        "uri_source": page.uri_source,
        "deprecated": page.deprecated,
        "rows": {"parameter_rows": result.parameter_rows, "rows_as_properties": result.rows_as_properties,
                 "rows_as_diagnostics": result.rows_as_diagnostics},
    }
    if result.reason:
        out["reason"] = result.reason
    return out


# ---------------------------------------------------------------------------------------------------------------
# the OpenAPI fragment


def _source_path(source: Any) -> str | None:
    if not isinstance(source, str) or ":" not in source:
        return None
    return source.rsplit(":", 1)[0]


def _points_at(operation: Mapping[str, Any], page_path: str) -> bool:
    if _source_path(operation.get("x-doc-source")) == page_path:
        return True
    return any(_source_path(v.get("x-doc-source")) == page_path for v in operation.get("x-variants", []))


def _refs(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "$ref" and isinstance(v, str) and v.startswith("#/components/schemas/"):
                yield v.rsplit("/", 1)[1]
            else:
                yield from _refs(v)
    elif isinstance(value, list):
        for v in value:
            yield from _refs(v)


def _fragment(spec: Mapping[str, Any], page_path: str) -> JSON:
    paths: JSON = {}
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and _points_at(operation, page_path):
                paths.setdefault(path, {})[method] = operation
    schemas = spec.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    todo = list(_refs(paths))
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_refs(schemas.get(name, {})))
    components = {name: schemas.get(name, "MISSING: referenced but not defined") for name in sorted(seen)}
    return {"paths": paths, "components": components}


# ---------------------------------------------------------------------------------------------------------------
# whole goldens


def fixture_pages() -> list[str]:
    """Every fixture page, relative to the fixture root, in POSIX form."""
    return sorted(p.relative_to(FIXTURES).as_posix() for p in FIXTURES.rglob("*.rst") if p.is_file())


def golden_name(page_path: str) -> str:
    return page_path.removesuffix(".rst") + ".yaml"


def golden_names() -> list[str]:
    """Every golden file, relative to `EXPECTED`: one per fixture page, then the two tree-wide ones."""
    return [*(golden_name(p) for p in fixture_pages()), STYLES_TOTALS_GOLDEN, SAMPLE_GOLDEN]


@cache
def styles_build() -> BuildResult:
    return build(FIXTURES)


@cache
def sample_build() -> BuildResult:
    return build(SAMPLE_SERVICE)


def render_page(result: BuildResult, page_path: str) -> str:
    page = next((p for p in result.pages if p.path == page_path), None)
    page_result = next((r for r in result.model.pages if r.path == page_path), None)
    data: JSON = {"page": page_path}
    if page is None or page_result is None:
        data["read"] = {"status": page_result.status if page_result else "missing",
                        "reason": page_result.reason if page_result else "not read"}
    else:
        data["read"] = _read(page, page_result)
    data["operations"] = [_operation(op) for op in page_result.operations] if page_result else []
    data["diagnostics"] = [f"L{d.loc.line} {d.severity} {d.code}: {d.message}"
                           for d in result.diagnostics if d.loc.path == page_path]
    data["openapi"] = _fragment(result.spec, page_path)
    return dump_sections(data)


def render_styles_totals(result: BuildResult) -> str:
    return dump({"report_totals": result.report["totals"]})


def render_sample_service(result: BuildResult) -> str:
    data: JSON = {
        "report_totals": result.report["totals"],
        "report_pages": result.report["pages"],
        "diagnostics": [f"{d.loc} {d.severity} {d.code}: {d.message}" for d in result.diagnostics],
        "spec": result.spec,
    }
    return dump_sections(data)


def render(name: str) -> str:
    """The fresh text of one golden, by its name relative to `EXPECTED`."""
    if name == SAMPLE_GOLDEN:
        return render_sample_service(sample_build())
    if name == STYLES_TOTALS_GOLDEN:
        return render_styles_totals(styles_build())
    return render_page(styles_build(), name.removesuffix(".yaml") + ".rst")


def render_all() -> dict[str, str]:
    return {name: render(name) for name in golden_names()}
