"""One METHOD+path -> one OpenAPI operation object: parameters, request body, responses, security.

Pages that document the same METHOD+path are merged into one operation: the request body becomes a `oneOf`
of named variants, responses likewise, and `x-variants` lists each page with its own operationId, title and
doc source, so nothing from either page is lost. Where the schemas do not prove that a body matches only one
variant (add and delete tags both take `action` + `tags`), the variants are an `anyOf` instead, with an info
diagnostic `variants-overlap` saying which variants overlap and why (`generator/openapi/variants.py`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from generator.diagnostics import CODES, Diagnostic, Loc
from generator.model import Example, Operation, Parameter, RawStatus
from generator.openapi.naming import pascal
from generator.openapi.schemas import SchemaWriter, mark_secret, ref
from generator.openapi.transport import (
    JSON_MEDIA,
    OCTET,
    SIGNATURE,
    is_bare,
    is_binary,
    request_media,
    response_media,
    subresource_parameter,
)
from generator.openapi.variants import overlaps
from generator.rst.uri import path_placeholders

__all__ = ["build_operation", "error_response_name", "service_error_response"]

JSON = dict[str, Any]


def _param(p: Parameter, writer: SchemaWriter, context: str) -> JSON:
    schema = writer.property_schema(p.schema, context)
    mark_secret(schema, p.name, p.schema.description)
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


class _Unions:
    """`oneOf` of alternative bodies where they are proven exclusive, else `anyOf` and a diagnostic."""

    def __init__(self, method: str, path: str, writer: SchemaWriter) -> None:
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


def build_operation(method: str, path: str, group: list[Operation], op_id: dict[int, str],
                     writer: SchemaWriter, error_name: str | None,
                     global_signature: bool = False, auth_named: bool = True,
                     error_statuses: Sequence[RawStatus] = ()) -> tuple[JSON, list[Diagnostic]]:
    """`auth_named`: the service's pages name X-Auth-Token or a signature, so a page that documents its headers
    without either says that the operation needs no authentication. `error_statuses`: the error statuses the
    service's status-code pages list for every operation; a status the operation's own page documents wins."""
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
    subresources = [subresource_parameter(s, str(primary.loc)) for s in primary.subresources
                    if ("query", s) not in params]
    if params or subresources:
        order = {"path": 0, "query": 1, "header": 2}
        listed = [params[k] for k in sorted(params, key=lambda k: (order[k[0]], list(params).index(k)))]
        at = sum(1 for p in listed if p["in"] == "path")
        out["parameters"] = [*listed[:at], *subresources, *listed[at:]]
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
            variant["requestBody"] = ref(names[0])
        elif names and len(group) > 1:  # a variant with alternative bodies of its own (x-variants only)
            variant["requestBody"] = unions.union([ref(n) for n in names], names,
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
            schema = ref(distinct[0])
        elif distinct:
            # each variant admits only its own documented fields (`{"restart": {}}` is not also a valid empty
            # `resize` body); a oneOf where that, or a field's values, proves a body matches one variant only
            schema = unions.union([{**ref(n), "unevaluatedProperties": False} for n in distinct], distinct,
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
                variant_of[op_id[id(o)]].setdefault("responses", {})[r.status] = ref(comp_names[0])
            elif comp_names and len(group) > 1:  # a variant with alternative bodies of its own (x-variants only)
                variant_of[op_id[id(o)]].setdefault("responses", {})[r.status] = unions.union(
                    [ref(n) for n in comp_names], comp_names, f"response {r.status} of {op_id[id(o)]}",
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
        content["schema"] = ref(names[0]) if len(names) == 1 else unions.union(
            [ref(n) for n in names], names, f"response {status}", closed=False)
    ordered = {k: _order_response(v) for k, v in responses.items()}
    for shared in error_statuses:  # shared: a reference to the service's response of that status
        ordered.setdefault(shared.code, {"$ref": f"#/components/responses/{error_response_name(shared.code)}"})
    out["responses"] = {k: ordered[k] for k in sorted(ordered)}
    if all(o.signature_auth for o in group) and not global_signature:
        out["security"] = [{SIGNATURE: []}]
    elif auth_named and not primary.auth_token and not any(o.signature_auth for o in group) \
            and _documents_headers(group):
        out["security"] = []
    out["x-doc-source"] = str(primary.loc)
    if primary.page.original_name:
        out["x-original-name"] = primary.page.original_name
    if len(group) > 1:
        out["x-variants"] = variants
    return out, unions.diagnostics


def error_response_name(code: str) -> str:
    """The name under `components/responses` of the service's response of an error status."""
    return f"Error{code}"


def service_error_response(status: RawStatus, error_name: str | None) -> JSON:
    """An error status from the service's status-code page, with the service's error body where it documents one."""
    entry: JSON = {"description": status.description}
    if error_name:
        entry["content"] = {JSON_MEDIA: {"schema": ref(error_name)}}
    entry["x-doc-source"] = str(status.loc)
    return entry


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
