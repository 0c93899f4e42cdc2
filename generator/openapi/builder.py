"""Operations -> one OpenAPI 3.1 document (a plain dict), deterministic.

Pages that document the same METHOD+path are merged into one operation: the request body becomes a `oneOf`
of named variants, responses likewise, and `x-variants` lists each page with its own operationId, title and
doc source, so nothing from either page is lost. Where the schemas do not prove that a body matches only one
variant (add and delete tags both take `action` + `tags`), the variants are an `anyOf` instead, with an info
diagnostic `variants-overlap` saying which variants overlap and why (`generator/openapi/variants.py`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from generator.diagnostics import CODES, Diagnostic, Loc, internal_error
from generator.model import Example, Operation, Parameter, Schema
from generator.openapi.naming import operation_id, pascal
from generator.openapi.transport import (
    OCTET,
    SIGNATURE,
    is_bare,
    is_binary,
    path_key,
    request_media,
    response_media,
    signature_scheme,
)
from generator.openapi.variants import overlaps
from generator.operations import ServiceModel
from generator.rst.uri import normalise_path, path_placeholders

__all__ = ["BuildOptions", "build_openapi"]

JSON = dict[str, Any]
_METHOD_ORDER = {m: i for i, m in enumerate(["get", "put", "post", "delete", "options", "head", "patch", "trace"])}
_SECURITY = "XAuthToken"
@dataclass(frozen=True)
class BuildOptions:
    title: str
    version: str = "1.0.0"
    description: str = ""


@dataclass
class _Components:
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


def _ref(name: str) -> JSON:
    return {"$ref": f"#/components/schemas/{name}"}


_PRIMITIVE = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}


class _SchemaWriter:
    def __init__(self, components: _Components) -> None:
        self.components = components

    def property_schema(self, s: Schema, context: str) -> JSON:
        """A schema at a property position: objects with properties become components."""
        out: JSON
        if s.one_of:
            out = {"oneOf": [self.property_schema(replace(alt, description="", loc=None), context)
                             for alt in s.one_of]}
        elif s.kind == "object" and s.properties:
            name = self.component(s, context)
            out = _ref(name)
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


def _param(p: Parameter, writer: _SchemaWriter, context: str) -> JSON:
    schema = writer.property_schema(p.schema, context)
    desc = schema.pop("description", "")
    src = schema.pop("x-doc-source", str(p.loc))
    out: JSON = {"name": p.name, "in": p.location, "required": p.required or p.location == "path",
                 "schema": schema}
    if desc:
        out["description"] = desc
    if p.required_when:
        out["x-required-when"] = p.required_when
    out["x-doc-source"] = src
    return out


def _examples(examples: Sequence[Example], prefix: str, variant: str, media: str | None = None) -> JSON:
    """The examples as OpenAPI example objects; with `media`, only those of that media type."""
    out: JSON = {}
    mine = [ex for ex in examples if media is None or ex.media_type == media]
    for i, ex in enumerate(mine, start=1):
        entry: JSON = {"value": ex.value, "x-doc-source": str(ex.loc), "x-variant": variant}
        if ex.summary:
            entry["summary"] = ex.summary
        if ex.repairs:
            entry["x-repaired"] = list(ex.repairs)
        out[f"{prefix}_{i}" if prefix else f"example_{i}"] = entry
    return out


def _diag(op: Operation, code: str, message: str) -> Diagnostic:
    return Diagnostic(op.loc, code, CODES[code][0], message)


def _assign_ids(ops: Sequence[Operation]) -> tuple[dict[int, str], list[Diagnostic]]:
    """operationIds from page titles; a collision gets the tag, then a number, as suffix (in page order)."""
    ids: dict[int, str] = {}
    used: set[str] = set()
    diags: list[Diagnostic] = []
    bases: dict[int, str] = {}
    per_page: Counter[tuple[str, str]] = Counter()
    for i, op in enumerate(ops):
        base = operation_id(op.page.title)
        per_page[(op.page.path, base)] += 1
        bases[i] = base
    page_seen: Counter[tuple[str, str]] = Counter()
    for i, op in enumerate(ops):
        base = bases[i]
        if per_page[(op.page.path, base)] > 1:
            # several operations on one page (`/v2/` and `/v2.1/`): the first path segment tells them apart
            first = next((s for s in op.path.split("/") if s), "")
            page_seen[(op.page.path, base)] += 1
            base = f"{base}_{operation_id(first)}" if first and page_seen[(op.page.path, base)] > 1 else base
        ident = base
        if ident in used:
            ident = f"{base}_{operation_id(op.page.tag)}"
            n = 2
            while ident in used:
                ident = f"{base}_{n}"
                n += 1
            diags.append(_diag(op, "operation-id-collision", f"operationId `{base}` taken; using `{ident}`"))
        used.add(ident)
        ids[i] = ident
    return ids, diags


def _rename_path_params(op: Operation, canonical: str) -> tuple[Parameter, ...]:
    mine = path_placeholders(op.path)
    theirs = path_placeholders(canonical)
    mapping = dict(zip(mine, theirs, strict=False))
    out = []
    for p in op.parameters:
        if p.location == "path" and p.name in mapping and mapping[p.name] != p.name:
            p = Parameter(name=mapping[p.name], location="path", required=True, schema=p.schema, loc=p.loc)
        out.append(p)
    return tuple(out)


def build_openapi(model: ServiceModel, options: BuildOptions,
                  hosts: Sequence[str] = ()) -> tuple[JSON, list[Diagnostic]]:
    diagnostics: list[Diagnostic] = []
    ops = [op for page in model.pages for op in page.operations]
    ops.sort(key=lambda o: (o.page.path, o.loc.line, o.method, o.path))
    ids, id_diags = _assign_ids(ops)
    diagnostics.extend(id_diags)
    op_id = {id(op): ids[i] for i, op in enumerate(ops)}

    groups: dict[tuple[str, str, tuple[str, ...], tuple[str, ...]], list[Operation]] = {}
    for op in ops:
        key = (op.method.lower(), normalise_path(op.path), tuple(sorted(op.subresources)),
               tuple(sorted(op.discriminators)))
        groups.setdefault(key, []).append(op)

    components = _Components()
    writer = _SchemaWriter(components)
    error_name: str | None = None
    if model.error_schema is not None:
        try:
            error_name = writer.component(model.error_schema, "", preferred=("Error",))
        except Exception as exc:
            components.restore(({}, {}))
            diagnostics.append(internal_error(model.error_schema.loc or Loc("", 1), "openapi", "error body", exc))

    uses_token = model.uses_auth_token
    schemes = sorted({op.signature_auth for op in ops if op.signature_auth})
    global_signature = not uses_token and bool(schemes) and all(op.signature_auth for op in ops)
    paths: dict[str, JSON] = {}
    for (method, *_key), group in sorted(groups.items(),
                                         key=lambda kv: (kv[0][1:], _METHOD_ORDER.get(kv[0][0], 9))):
        # the primary page: not deprecated first, then the shortest operationId, then page path
        group.sort(key=lambda o: (o.page.deprecated, len(op_id[id(o)]), o.page.path, o.loc.line))
        primary = group[0]
        path = path_key(primary)
        if len(group) > 1:
            diagnostics.append(_diag(primary, "variant-merged",
                                     f"{method.upper()} {path} is documented by {len(group)} pages: "
                                     + ", ".join(o.page.path for o in group)))
        saved = components.snapshot()
        try:
            operation, op_diags = _build_operation(method, path, group, op_id, writer, error_name,
                                                   global_signature)
        except Exception as exc:  # a bug on one operation: it is left out (with the components it added)
            components.restore(saved)
            diagnostics.append(internal_error(primary.loc, "openapi", f"operation {method.upper()} {path} ("
                                              + ", ".join(op_id[id(o)] for o in group) + ")", exc))
            continue
        diagnostics.extend(op_diags)
        paths.setdefault(path, {})[method] = operation

    doc: JSON = {
        "openapi": "3.1.0",
        "info": {"title": options.title, "version": options.version},
    }
    if options.description:
        doc["info"]["description"] = options.description
    default_host = Counter(hosts).most_common(1)[0][0] if hosts else "localhost"
    doc["servers"] = [{
        "url": "https://{endpoint}",
        "description": "The service endpoint of a region (see Regions and Endpoints), or any URL",
        "variables": {"endpoint": {"default": default_host, "description": "Host name of the service endpoint"}},
    }]
    if uses_token:
        doc["security"] = [{_SECURITY: []}]
    elif global_signature:
        doc["security"] = [{SIGNATURE: []}]
    tags = sorted({op.page.tag for op in ops})
    doc["tags"] = [{"name": t} for t in tags]
    doc["paths"] = {p: paths[p] for p in sorted(paths)}
    comps: JSON = {"schemas": {k: components.schemas[k] for k in sorted(components.schemas)}}
    if uses_token or schemes:
        comps["securitySchemes"] = {}
    if uses_token:
        comps["securitySchemes"][_SECURITY] = {"type": "apiKey", "in": "header", "name": "X-Auth-Token",
                                               "description": "IAM token (see the Authentication page)"}
    if schemes:
        comps["securitySchemes"][SIGNATURE] = signature_scheme(schemes)
    doc["components"] = comps
    return doc, diagnostics


class _Unions:
    """`oneOf` of alternative bodies where they are proven exclusive, else `anyOf` and a diagnostic."""

    def __init__(self, method: str, path: str, writer: _SchemaWriter) -> None:
        self.operation = f"{method.upper()} {path}"
        self.schemas = writer.components.schemas
        self.owners: dict[str, list[tuple[str, Operation]]] = {}
        self.diagnostics: list[Diagnostic] = []

    def own(self, name: str, ident: str, op: Operation) -> None:
        if all(o is not op for _i, o in self.owners.get(name, [])):
            self.owners.setdefault(name, []).append((ident, op))

    def union(self, alternatives: list[JSON], names: list[str], what: str, closed: bool) -> JSON:
        found = overlaps(self.schemas, names, closed)
        if not found:
            return {"oneOf": alternatives}
        involved = [n for n in names if any(n in (o.first, o.second) for o in found)]
        by_reason: dict[str, list[str]] = {}
        for o in found:
            by_reason.setdefault(o.reason, []).append(f"`{o.first}`/`{o.second}`")
        why = "; ".join(f"{', '.join(pairs)}: {reason}" for reason, pairs in by_reason.items())
        owners = self.owners.get(involved[0], [])
        loc = owners[0][1].loc if owners else Loc("", 1)
        self.diagnostics.append(Diagnostic(
            loc, "variants-overlap", CODES["variants-overlap"][0],
            f"{self.operation} {what}: a body may match more than one of "
            f"{', '.join(self._label(n) for n in involved)}, so they are an anyOf, not a oneOf. {why}"))
        return {"anyOf": alternatives}

    def _label(self, name: str) -> str:
        owners = ", ".join(f"{ident} {o.loc}" for ident, o in self.owners.get(name, []))
        return f"`{name}` ({owners})" if owners else f"`{name}`"


def _build_operation(method: str, path: str, group: list[Operation], op_id: dict[int, str],
                     writer: _SchemaWriter, error_name: str | None,
                     global_signature: bool = False) -> tuple[JSON, list[Diagnostic]]:
    primary = group[0]
    pid = op_id[id(primary)]
    unions = _Unions(method, path, writer)
    out: JSON = {
        "operationId": pid,
        "summary": primary.page.title,
    }
    if primary.page.description:
        out["description"] = primary.page.description
    out["tags"] = sorted({o.page.tag for o in group})
    if all(o.page.deprecated for o in group):
        out["deprecated"] = True
    # parameters: union by (in, name); required only where every variant requires it
    params: dict[tuple[str, str], JSON] = {}
    counts: Counter[tuple[str, str]] = Counter()
    k: tuple[str, str]
    for o in group:
        ctx = pascal(op_id[id(o)])
        for p in _rename_path_params(o, path):
            if p.name.lower() == "x-auth-token" and p.location == "header":
                continue
            k = (p.location, p.name)
            counts[k] += 1
            if k not in params:
                params[k] = _param(p, writer, ctx)
            elif not p.required:
                params[k]["required"] = params[k]["required"] and p.location == "path"
    for k, entry in params.items():
        if counts[k] < len(group) and k[0] != "path":
            entry["required"] = False
    if params:
        order = {"path": 0, "query": 1, "header": 2}
        out["parameters"] = [params[k] for k in sorted(params, key=lambda k: (order[k[0]], list(params).index(k)))]
    # request bodies
    variants: list[JSON] = []
    bodies: list[tuple[Operation, str | None]] = []
    for o in group:
        ctx = pascal(op_id[id(o)])
        names = writer.body(o.request, ctx, f"{ctx}Request", o.page.title) if o.request is not None else []
        bodies.extend((o, n) for n in names)
        for n in names:
            unions.own(n, op_id[id(o)], o)
        if not names:
            bodies.append((o, None))
        variant: JSON = {"operationId": op_id[id(o)], "summary": o.page.title, "x-doc-source": str(o.loc)}
        if o.page.original_name:
            variant["original_name"] = o.page.original_name
        if len(names) == 1:
            variant["requestBody"] = _ref(names[0])
        elif names and len(group) > 1:  # a variant with alternative bodies of its own (x-variants only)
            variant["requestBody"] = unions.union([_ref(n) for n in names], names,
                                                  f"request body of {op_id[id(o)]}", closed=False)
        if o.page.deprecated:
            variant["deprecated"] = True
        variants.append(variant)
    named = [(o, n) for o, n in bodies if n]
    variant_of = {v["operationId"]: v for v in variants}
    media = request_media(group)
    examples: JSON = {}
    for o in group:
        examples.update(_examples(o.request_examples, op_id[id(o)], op_id[id(o)], media))
    binary = next((o.request for o in group if o.request is not None
                   and (is_binary(o.request) or is_bare(o.request))), None)  # raw data, a `-` | String body
    if binary is not None and not named:
        out["requestBody"] = {"required": True,
                              "content": {media: {"schema": writer.property_schema(binary, pascal(pid)),
                                                  **({"examples": examples} if examples else {})}}}
    elif named or examples:
        distinct = list(dict.fromkeys(n for _, n in named if n))
        schema: JSON
        if len(distinct) == 1:
            schema = _ref(distinct[0])
        elif distinct:
            # each variant admits only its own documented fields (`{"restart": {}}` is not also a valid empty
            # `resize` body); a oneOf where that, or a field's values, proves a body matches one variant only
            schema = unions.union([{**_ref(n), "unevaluatedProperties": False} for n in distinct], distinct,
                                  "request body", closed=True)
        else:
            schema = {"type": "object"}
        content: JSON = {"schema": schema}
        if examples:
            content["examples"] = examples
        out["requestBody"] = {"required": bool(named), "content": {media: content}}
    # responses, per status
    responses: dict[str, JSON] = {}
    schemas_by_status: dict[str, list[str]] = {}
    for o in group:
        ctx = pascal(op_id[id(o)])
        for r in o.responses:
            new = r.status not in responses
            entry = responses.setdefault(r.status, {"description": r.description or "Response",
                                                    "x-doc-source": str(r.loc)})
            if r.assumed and new:
                entry["x-status-assumed"] = True
            elif not r.assumed:
                entry.pop("x-status-assumed", None)
            comp_names: list[str] = []
            if r.schema is not None and is_binary(r.schema):
                entry["content"] = {OCTET: {"schema": writer.property_schema(r.schema, ctx)}}
            elif r.schema is not None and is_bare(r.schema):  # `-` | String: the body is that value
                entry["content"] = {response_media(group, r.status): {"schema": writer.property_schema(r.schema,
                                                                                                       ctx)}}
            elif r.schema is not None:
                suffix = "Response" if r.status.startswith("2") or r.status == "default" else f"Response{r.status}"
                comp_names = writer.body(r.schema, ctx, f"{ctx}{suffix}", f"{o.page.title}: {r.status}")
            if not comp_names and r.is_error and error_name and not (r.schema is not None and is_bare(r.schema)):
                comp_names = [error_name]
            for comp_name in comp_names:
                unions.own(comp_name, op_id[id(o)], o)
            for comp_name in comp_names:
                if comp_name not in schemas_by_status.setdefault(r.status, []):
                    schemas_by_status[r.status].append(comp_name)
            if len(comp_names) == 1:
                variant_of[op_id[id(o)]].setdefault("responses", {})[r.status] = _ref(comp_names[0])
            elif comp_names and len(group) > 1:  # a variant with alternative bodies of its own (x-variants only)
                variant_of[op_id[id(o)]].setdefault("responses", {})[r.status] = unions.union(
                    [_ref(n) for n in comp_names], comp_names, f"response {r.status} of {op_id[id(o)]}",
                    closed=False)
            for h in r.headers:
                header = _param(h, writer, ctx)
                for key in ("name", "in"):
                    header.pop(key)
                entry.setdefault("headers", {})[h.name] = header
            # the samples of the response's media type (an HTML error page beside a JSON body documents no body)
            ex_media = response_media(group, r.status)
            if any(ex.media_type == ex_media for ex in r.examples):
                content = entry.setdefault("content", {}).setdefault(ex_media, {})
                content.setdefault("examples", {}).update(
                    _examples(r.examples, f"{op_id[id(o)]}_{r.status}", op_id[id(o)], ex_media))
    for status, names in schemas_by_status.items():
        content = responses[status].setdefault("content", {}).setdefault(response_media(group, status), {})
        content["schema"] = _ref(names[0]) if len(names) == 1 else unions.union(
            [_ref(n) for n in names], names, f"response {status}", closed=False)
    out["responses"] = {k: _order_response(responses[k]) for k in sorted(responses)}
    if all(o.signature_auth for o in group) and not global_signature:
        out["security"] = [{SIGNATURE: []}]
    elif not primary.auth_token and not any(o.signature_auth for o in group) and _documents_headers(group):
        out["security"] = []
    out["x-doc-source"] = str(primary.loc)
    if primary.page.original_name:
        out["x-original-name"] = primary.page.original_name
    if len(group) > 1:
        out["x-variants"] = variants
    return out, unions.diagnostics


def _documents_headers(group: Sequence[Operation]) -> bool:
    """Pages that document their request headers and leave X-Auth-Token out need no token (IAM's create-token)."""
    return all(any(p.location == "header" for p in o.parameters) and not o.auth_token for o in group)


def _order_response(entry: JSON) -> JSON:
    out: JSON = {"description": entry["description"]}
    if "headers" in entry:
        out["headers"] = entry["headers"]
    if "content" in entry:
        out["content"] = {}
        for media, c in sorted(entry["content"].items()):
            ordered: JSON = {}
            if "schema" in c:
                ordered["schema"] = c["schema"]
            if "examples" in c:
                ordered["examples"] = c["examples"]
            out["content"][media] = ordered
    if entry.get("x-status-assumed"):
        out["x-status-assumed"] = True
    out["x-doc-source"] = entry["x-doc-source"]
    return out


