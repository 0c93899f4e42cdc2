"""Operations -> one OpenAPI 3.1 document (a plain dict), deterministic.

Operations are grouped by METHOD+path: pages that document the same one are merged into one operation
(`generator/openapi/operation.py`); schemas become named, shared components (`generator/openapi/schemas.py`).
This module names the operations (operationIds), orders the paths and writes servers, tags and security.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from generator.diagnostics import CODES, Diagnostic, Loc, internal_error
from generator.model import Operation
from generator.openapi.naming import operation_id
from generator.openapi.operation import build_operation, error_response_name, service_error_response
from generator.openapi.schemas import Components, SchemaWriter
from generator.openapi.transport import SIGNATURE, path_key, signature_scheme
from generator.operations import ServiceModel
from generator.rst.uri import normalise_path

__all__ = ["BuildOptions", "build_openapi"]

JSON = dict[str, Any]
_METHOD_ORDER = {m: i for i, m in enumerate(["get", "put", "post", "delete", "options", "head", "patch", "trace"])}
_SECURITY = "XAuthToken"
@dataclass(frozen=True)
class BuildOptions:
    title: str
    version: str | None = None  # None: the docs' newest release date (change history), else "1.0.0"
    description: str = ""
    repository: str = ""  # the docs repository (`owner/name` on GitHub, from the docs' SOURCE file)
    commit: str = ""


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


def _tag(name: str, sections: Sequence[tuple[str, str]]) -> JSON:
    """A tag (a folder name) described by the title of its section page; folders of one name in several parts of the
    tree (`apis_recommended/batch_operations`, `out-of-date_apis/batch_operations`) give each distinct title once."""
    titles = list(dict.fromkeys(title for folder, title in sections if PurePosixPath(folder).name == name))
    return {"name": name, "description": "; ".join(titles)} if titles else {"name": name}


def _split_key(key: str) -> tuple[str, str, str]:
    template, sep, label = key.partition("#")
    if len(template) > 1 and template.endswith("/"):
        template = template.rstrip("/") or "/"
    return template, sep, label


def _canonical_templates(keys: Iterable[str]) -> dict[str, str]:
    """Per path (normalised, with its `#` label): the template most of its operations document (`/{ObjectName}`
    rather than `/{object}`), the first in sorted order on a tie."""
    counts: dict[str, Counter[str]] = {}
    for key in keys:
        template, sep, label = _split_key(key)
        counts.setdefault(normalise_path(template) + sep + label, Counter())[template] += 1
    return {norm: min(c, key=lambda t: (-c[t], t)) for norm, c in counts.items()}


def _info(model: ServiceModel, options: BuildOptions) -> JSON:
    """Title, version and description. The version is the one asked for, else the date of the newest release in the
    docs' change history (`2024-11-20`, with `x-version-source`), else 1.0.0. No license: the docs ship none."""
    info: JSON = {"title": options.title}
    if options.version is not None:
        info["version"] = options.version
    elif model.release is not None:
        info["version"] = model.release[0]
        info["x-version-source"] = f"{model.release[1]}: the newest release date of the change history"
    else:
        info["version"] = "1.0.0"
    if options.description:
        info["description"] = options.description
    return info


def _written_path(key: str, canonical: dict[str, str]) -> tuple[str, list[str]]:
    """The path key an operation is written under, and why it differs from the documented one: without a trailing
    slash, and with the parameter names most operations on the same path use (`canonical`). OpenAPI tools refuse a
    path that ends in a slash (`/rds/`) and two paths that differ only in their parameter names (`/{ObjectName}`,
    `/{object}`): to them these are one path."""
    template, sep, label = _split_key(key)
    why: list[str] = []
    if template != key.partition("#")[0]:
        why.append("the trailing slash is dropped (OpenAPI tools refuse a path that ends in one)")
    first = canonical.get(normalise_path(template) + sep + label, template)
    if first != template:
        why.append(f"other operations document this path as {first}; paths that differ only in parameter names "
                   "are one path in OpenAPI, so the parameters take those names")
        template = first
    return template + sep + label, why


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

    components = Components()
    writer = SchemaWriter(components)
    error_name: str | None = None
    if model.error_schema is not None:
        try:
            error_name = writer.component(model.error_schema, "", preferred=("Error",))
        except Exception as exc:
            components.restore(({}, {}))
            diagnostics.append(internal_error(model.error_schema.loc or Loc("", 1), "openapi", "error body", exc))

    token_named = model.uses_auth_token
    schemes = sorted({op.signature_auth for op in ops if op.signature_auth})
    # a service that documents request signing and never names the token signs every request (OBS); any other
    # service authenticates with the platform's IAM token in X-Auth-Token, whether or not a page names the header
    global_signature = not token_named and bool(schemes)
    uses_token = not global_signature
    paths: dict[str, JSON] = {}
    canonical = _canonical_templates(path_key(min(group, key=lambda o: (o.page.deprecated, len(op_id[id(o)]),
                                                                        o.page.path, o.loc.line)))
                                     for group in groups.values() for _ in group)
    for (method, *_key), group in sorted(groups.items(),
                                         key=lambda kv: (kv[0][1:], _METHOD_ORDER.get(kv[0][0], 9))):
        # the primary page: not deprecated first, then the shortest operationId, then page path
        group.sort(key=lambda o: (o.page.deprecated, len(op_id[id(o)]), o.page.path, o.loc.line))
        primary = group[0]
        documented = path_key(primary)
        path, why = _written_path(documented, canonical)
        if method in paths.get(path, {}):  # another operation took that key: the documented one keeps them apart
            path, why = documented, []
        if why:
            diagnostics.append(_diag(primary, "path-normalised", f"{method.upper()} {documented} is written "
                                     f"{path} (`x-documented-path` keeps the docs' path): " + "; ".join(why)))
        if len(group) > 1:
            diagnostics.append(_diag(primary, "variant-merged",
                                     f"{method.upper()} {path} is documented by {len(group)} pages: "
                                     + ", ".join(o.page.path for o in group)))
        saved = components.snapshot()
        try:
            operation, op_diags = build_operation(method, path, group, op_id, writer, error_name,
                                                   global_signature, token_named or bool(schemes),
                                                   model.error_statuses)
        except Exception as exc:  # a bug on one operation: it is left out (with the components it added)
            components.restore(saved)
            diagnostics.append(internal_error(primary.loc, "openapi", f"operation {method.upper()} {path} ("
                                              + ", ".join(op_id[id(o)] for o in group) + ")", exc))
            continue
        diagnostics.extend(op_diags)
        if why:
            operation["x-documented-path"] = primary.path
        paths.setdefault(path, {})[method] = operation

    doc: JSON = {"openapi": "3.1.0", "info": _info(model, options)}
    if options.repository:
        at = f" at commit {options.commit}" if options.commit else ""
        doc["externalDocs"] = {"description": f"The API reference docs this document is built from "
                                              f"({options.repository}{at})",
                               "url": f"https://github.com/{options.repository}"}
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
    doc["tags"] = [_tag(t, model.sections) for t in tags]
    doc["paths"] = {p: paths[p] for p in sorted(paths)}
    comps: JSON = {"schemas": {k: components.schemas[k] for k in sorted(components.schemas)}}
    used = {ref.get("$ref") for item in paths.values() for op in item.values()
            for ref in op.get("responses", {}).values()}
    shared = {error_response_name(s.code): service_error_response(s, error_name) for s in model.error_statuses
              if f"#/components/responses/{error_response_name(s.code)}" in used}
    if shared:
        comps["responses"] = shared
    if uses_token or schemes:
        comps["securitySchemes"] = {}
    if uses_token:
        comps["securitySchemes"][_SECURITY] = {"type": "apiKey", "in": "header", "name": "X-Auth-Token",
                                               "description": "IAM token (see the Authentication page)"}
    if schemes:
        comps["securitySchemes"][SIGNATURE] = signature_scheme(schemes)
    doc["components"] = comps
    return doc, diagnostics
