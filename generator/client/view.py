"""The generation view: the spec as openapi-python-client (0.29.1) can digest it without silent losses.

A pure function of the spec (which is not modified). The traps it avoids, each measured on the generator:

- `title` on a schema becomes the model's class name; two schemas with one title (two pages with the same
  response table heading) make it drop both with "duplicate models". The view drops every `title`, so models are
  named after their component key (unique by construction) or their parent and property.
- `anyOf`/`oneOf`/`allOf`/`not`/`if`/`then`/`else` next to `properties` turn the model untyped without a warning.
  These keywords only constrain values, and values are checked at run time against the original spec, so the
  view drops them wherever the schema has `properties` (and `not`/`if`/`then`/`else` everywhere).
- `readOnly`/`writeOnly` are ignored by the generator (a read-only field would be required in a request model):
  the view drops them and takes read-only properties out of `required`.
- a `Content-Type` (or `Accept`) header parameter makes it drop the endpoint ("not allowed in header"): the view
  drops those parameters (httpx sends `Content-Type: application/json` with a JSON body).
- every parameter, property and operation name goes through `naming.py` (keywords, names the generated functions and
  models use themselves, names that are one identifier, non-ASCII): a parameter that needs a name of its own is
  renamed in the view (`body_query`, `name_like`) and generate puts the wire name back
  (`GenerationView.renamed_parameters`); the module and argument names are listed for the check and the suite
  (`GenerationView.modules`, `GenerationView.arguments`).
- `format: uuid` on a header parameter raises TypeError at run time: the view drops `format` on parameters; on a
  schema it makes the attribute a `UUID`, which gives the value back lower-cased (`to_dict()` changes the data):
  the view drops `format: uuid` everywhere (the attribute is a `str`; validation still checks the format).
- two operationIds that normalise to one Python name lose an endpoint silently: the view renames the later ones
  (`_2`, `_3`, ...) and lists the renames; an operationId that is a keyword (`Class`) is module `class_.py`.
- `x-variants` (pages merged into one METHOD+path with a `oneOf` or `anyOf` body): each variant becomes its own
  operation with its own typed body, responses and examples, on a synthetic path `{path}/__variant__/{operationId}`;
  the generated module is then given back the real path (`GenerationView.variant_paths`).
- a parameter whose schema has no type (the docs' Type cell is not in the vocabulary) makes it drop the endpoint
  ("Any | Unset is not allowed in header"): the view gives it `type: string`, which it is on the wire.
- `type: array` without `items` makes it drop the schema and every schema referring to it (and, in a `oneOf`, keep a
  reference to a model it never writes): the view gives such arrays `items: {}` (a `list[Any]`, as documented).
- a path naming one parameter twice (`/v2/{project_id}/os-quota-sets/{project_id}`) drops the endpoint: the view
  writes the later occurrences as `__dup__NAME` and generate puts `{NAME}` back (the generated `.format()` fills
  both with the one argument).
- an `application/xml` body makes it drop the endpoint (request) or warn (response): the view gives XML bodies as
  JSON with the same schema and generate has the module write and read XML instead (`GenerationView.wire_requests`,
  `GenerationView.xml_responses`); path keys with a literal query (`/?acl`) or a `#` label go the same way, since
  httpx would replace the query with the parameters.
- a schema whose class name shadows something the model module uses (`Mapping`, `Any`, ...) or whose snake_case
  name equals one of its properties (`Status.status`: the local variable shadows the instance in `from_dict`) or
  an array property's loop variable (`ChildrenItem.children` reads its items as `children_item`)
  gives code that fails `mypy --strict`; an inline enum named like another schema (`Version.id` and `VersionId`)
  makes it drop both ("conflicting enums"), and so does a parameter's inline enum (a class OPERATION+PARAMETER) named
  like a schema (`query_records`'s `scope` and `QueryRecordsScope`), which drops the endpoint: the view renames the
  schema `NAMEModel` (`GenerationView.renamed_schemas`).
- a property whose Python name is one the model class uses itself (`additionalProperties` is the attribute that
  keeps undocumented fields; `to_dict`, `from_dict`; a local of `to_dict`/`from_dict` such as `d` or `field_dict`),
  or that is one identifier with another (`Name`, `name`), gives a model that fails `mypy --strict` or breaks at run
  time: the view names it `IDENT~~` (`naming.Scope.claim`: the attribute becomes e.g. `additional_properties_field`;
  the generator drops `~`) and generate puts the wire name back (`GenerationView.wire_properties`).
- a string `default` holding `"` or a backslash is escaped twice by the generator (the client would send another
  value): the view drops it (the attribute is UNSET; the service applies its default).
- a property's `default` becomes the model attribute's default, which `to_dict()` sends: a body built without the
  field would carry the default the docs state (an update would reset what the user did not touch, and a cell whose
  omitted field means something else, such as ECS's `delete_publicip`, would change meaning). The view drops the
  default of every property (the attribute is UNSET; the service applies its own); the spec keeps it.
- a `default` on a required parameter (a path parameter's `Default: 1`) becomes an argument with a default before
  the required ones: a module that is not valid Python (`non-default argument follows default argument`). The view
  drops the default of every required parameter (the caller always passes it).
- a string enum member is named after its value upper-cased (`true` -> `TRUE`): two values that differ only in case
  or punctuation (`true` and `True`, `a-b` and `a_b`) stop the generator ("Duplicate key") or, after its second
  normalisation, silently keep one of them; the view names the members of such an enum itself (`x-enum-varnames`:
  the generator's names, later duplicates suffixed `_2`, `_3`, ...), so every value stays a member.

The traps inside one schema (titles, conditionals, read-only, uuid, defaults, enum member names, property names) are
handled in `view_schemas.py`; this module handles operations, parameters, paths and schema names.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from typing import Any

from generator.client.naming import PARAMETER_RESERVED, Scope, generator_identifier
from generator.client.view_schemas import COMBINATORS, PROP_MARK, PropertyNames, clean_schema

__all__ = ["DUP_MARK", "HTTP_METHODS", "IGNORED_HEADERS", "PROP_MARK", "VARIANT_MARK", "XML", "GenerationView",
           "generation_view", "python_name", "transport_header"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
VARIANT_MARK = "/__variant__/"
XML = "application/xml"
DUP_MARK = "__dup__"
_PLAIN = ("string", "integer", "number", "boolean")
# names the generated model modules import or define themselves: a model class of that name breaks them
_RESERVED_CLASSES = frozenset({"Any", "BinaryIO", "Mapping", "TextIO", "TypeVar", "Unset", "UNSET", "File", "T",
                               "Response", "Client", "AuthenticatedClient", "HTTPStatus", "Literal", "Union", "cast"})


@dataclass
class GenerationView:
    spec: dict[str, Any]
    # operationId in the view -> the real path of the operation (for variants on a synthetic path)
    variant_paths: dict[str, str] = field(default_factory=dict)
    # operationId in the view -> operationId of the spec operation it comes from (variants: the merged operation)
    origin: dict[str, str] = field(default_factory=dict)
    # original operationId -> new operationId, where two normalised alike
    renamed: dict[str, str] = field(default_factory=dict)
    # component schema name in the spec -> its name in the view, where the class name would break the model module
    renamed_schemas: dict[str, str] = field(default_factory=dict)
    # operationId in the view -> {parameter name in the view: its name on the wire}, where two named one identifier
    renamed_parameters: dict[str, dict[str, str]] = field(default_factory=dict)
    # operationIds whose request needs `_wire.prepare_request` (a literal query or `#` in the path key, an XML body)
    wire_requests: set[str] = field(default_factory=set)
    # operationId in the view -> its module name in the client (`naming.generator_identifier`, unique)
    modules: dict[str, str] = field(default_factory=dict)
    # operationId in the view -> {"IN:wire name": the Python argument of the parameter}
    arguments: dict[str, dict[str, str]] = field(default_factory=dict)
    # view key of a renamed property -> its wire name (generate puts it back into the models)
    wire_properties: dict[str, str] = field(default_factory=dict)
    # Python attribute names of secret properties (`is_secret_schema`): left out of the model reprs
    secret_attributes: set[str] = field(default_factory=set)
    # operationIds whose responses include an XML body (read by `_wire.read_xml`)
    xml_responses: set[str] = field(default_factory=set)


def python_name(name: str) -> str:
    """The snake_case Python identifier a name becomes (the generator's rule: split camelCase, non-alnum to `_`)."""
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    s = re.sub(r"[^0-9A-Za-z]+", "_", s).strip("_").lower()
    return s or "operation"


# the header parameters OpenAPI 3.1 says SHALL be ignored: the media types and the security scheme say them
IGNORED_HEADERS = ("accept", "content-type", "authorization")


def transport_header(param: Any, names: tuple[str, ...] = ("content-type", "accept")) -> bool:
    """A documented `Content-Type`/`Accept` header (or another of `names`): httpx sets it, and the generator refuses
    it (endpoint dropped)."""
    return isinstance(param, dict) and param.get("in") == "header" and str(param.get("name", "")).lower() in names


def _clean_operation(op: dict[str, Any], names: PropertyNames) -> None:
    if isinstance(op.get("parameters"), list):
        op["parameters"] = [p for p in op["parameters"] if not transport_header(p)]
    for param in op.get("parameters", []):
        if isinstance(param, dict) and isinstance(param.get("schema"), dict):
            param["schema"].pop("format", None)
            if param.get("required") or param.get("in") == "path":
                param["schema"].pop("default", None)  # a required argument with a default: invalid Python
            clean_schema(param["schema"], names)
            if not any(k in param["schema"] for k in ("type", "$ref", "enum", "const", *COMBINATORS)):
                param["schema"]["type"] = "string"  # a parameter of no known type travels as text
    body = op.get("requestBody")
    if isinstance(body, dict):
        for media in body.get("content", {}).values():
            clean_schema(media.get("schema"), names)
    for response in op.get("responses", {}).values():
        if isinstance(response, dict):
            for media in response.get("content", {}).values():
                clean_schema(media.get("schema"), names)


def _variant_operation(merged: dict[str, Any], variant: dict[str, Any]) -> dict[str, Any]:
    """One variant of a merged operation as an operation of its own."""
    op = {k: copy.deepcopy(v) for k, v in merged.items() if k not in ("x-variants", "requestBody", "responses")}
    op["operationId"] = variant["operationId"]
    op["summary"] = variant.get("summary", variant["operationId"])
    source = variant.get("x-doc-source")
    op["description"] = f"{op['summary']}." + (f"\n\nDocumented in {source}." if source else "")
    if source:
        op["x-doc-source"] = source
    if variant.get("deprecated"):
        op["deprecated"] = True
    else:
        op.pop("deprecated", None)
    merged_body = merged.get("requestBody")
    if isinstance(merged_body, dict) and "requestBody" in variant:
        media_type = next(iter(merged_body.get("content", {})), "application/json")
        media: dict[str, Any] = {"schema": copy.deepcopy(variant["requestBody"])}
        examples = merged_body.get("content", {}).get(media_type, {}).get("examples", {})
        mine = {k: copy.deepcopy(v) for k, v in examples.items() if v.get("x-variant") == variant["operationId"]}
        if mine:
            media["examples"] = mine
        op["requestBody"] = {"required": merged_body.get("required", True), "content": {media_type: media}}
    responses: dict[str, Any] = {}
    merged_responses = merged.get("responses", {})
    for status, schema in variant.get("responses", {}).items():
        base = merged_responses.get(status, {})
        description = base.get("description", f"Status {status}") if isinstance(base, dict) else f"Status {status}"
        content = base.get("content", {}) if isinstance(base, dict) else {}
        media_type = next(iter(content), "application/json")
        responses[status] = {"description": description, "content": {media_type: {"schema": copy.deepcopy(schema)}}}
    if responses:  # the service's shared error responses (`$ref`s to components/responses) are every variant's
        responses.update({status: copy.deepcopy(r) for status, r in merged_responses.items()
                          if status not in responses and isinstance(r, dict) and "$ref" in r})
        responses = {status: responses[status] for status in sorted(responses)}
    op["responses"] = responses or copy.deepcopy(merged_responses)
    return op


def _xml_as_json(op: dict[str, Any], path: str, result: GenerationView) -> None:
    """An `application/xml` body is unsupported by the generator (endpoint dropped, or response untyped with a
    warning): the view gives it as JSON with the same schema, so the models are typed, and generate has the module
    write and read XML (`_wire.py`) where it would send and read JSON. A path key with a literal query (`/?acl`) or
    a `#` label (`/{ObjectName}#uploadId`) needs `_wire.prepare_request` too (httpx would drop the query)."""
    op_id = str(op.get("operationId"))
    body = op.get("requestBody")
    if "?" in path or "#" in path:
        result.wire_requests.add(op_id)
    if isinstance(body, dict) and isinstance(body.get("content"), dict) and XML in body["content"]:
        body["content"] = {("application/json" if k == XML else k): v for k, v in body["content"].items()}
        result.wire_requests.add(op_id)
    for response in op.get("responses", {}).values():
        content = response.get("content") if isinstance(response, dict) else None
        if isinstance(content, dict) and XML in content:
            response["content"] = {("application/json" if k == XML else k): v for k, v in content.items()}
            result.xml_responses.add(op_id)


def _name_parameters(op: dict[str, Any], op_id: str, result: GenerationView) -> dict[str, str]:
    """Every parameter a safe Python argument of its own (`naming.Scope`): one that would duplicate or shadow an
    argument or local of the endpoint function (`body`, `client`, `params`), or that is one identifier with another
    (`name` and `name~`, `Name`), gets a new name in the view (`name_like`, `body_query`); generate puts the wire name
    back into the module. Returns the renamed path parameters (wire name -> view name)."""
    scope = Scope(PARAMETER_RESERVED)
    wire: dict[str, str] = {}
    arguments: dict[str, str] = {}
    path_renames: dict[str, str] = {}
    params = [p for p in op.get("parameters", []) if isinstance(p, dict) and isinstance(p.get("name"), str)]
    for param in sorted(params, key=lambda p: generator_identifier(p["name"]) != p["name"]):
        name = param["name"]
        ident = scope.claim(name, "like" if name.endswith("~") else str(param.get("in", "param")))
        arguments[f"{param.get('in')}:{name}"] = ident
        if ident != generator_identifier(name) or not name.isprintable():
            wire[ident] = name
            if param.get("in") == "path":
                path_renames[name] = ident
            param["name"] = ident
    result.arguments[op_id] = arguments
    if wire:
        result.renamed_parameters[op_id] = wire
    return path_renames


def _rename_path_keys(path: str, renames: dict[str, str]) -> str:
    return re.sub(r"\{([^{}]+)\}", lambda m: "{" + renames.get(m.group(1), m.group(1)) + "}", path)


def _dedupe_path(path: str) -> str:
    """Later occurrences of a path parameter named twice become `__dup__NAME` (literal for the generator)."""
    seen: set[str] = set()

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in seen:
            return f"{DUP_MARK}{name}"
        seen.add(name)
        return match.group(0)

    return re.sub(r"\{([^{}]+)\}", one, path)


def _rewrite_refs(node: Any, renames: dict[str, str]) -> None:
    if isinstance(node, list):
        for item in node:
            _rewrite_refs(item, renames)
    elif isinstance(node, dict):
        ref = node.get("$ref")
        prefix = "#/components/schemas/"
        if isinstance(ref, str) and ref.startswith(prefix) and ref[len(prefix):] in renames:
            node["$ref"] = prefix + renames[ref[len(prefix):]]
        for value in node.values():
            _rewrite_refs(value, renames)


def _squash(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _rename_schemas(view: dict[str, Any], result: GenerationView) -> None:
    schemas = view.get("components", {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    renames: dict[str, str] = {}
    squashed = {_squash(name) for name in schemas}
    # a parameter's inline enum becomes a class OPERATION+PARAMETER (IAM `query_permission_assignment_records`'s
    # `scope` beside the response's model `QueryPermissionAssignmentRecordsScope`): no schema may have that name
    param_enums = {_squash(str(op.get("operationId", "")) + str(p.get("name", "")))
                   for item in view.get("paths", {}).values() if isinstance(item, dict)
                   for m in HTTP_METHODS if isinstance(op := item.get(m), dict)
                   for p in op.get("parameters", []) if isinstance(p, dict) and isinstance(p.get("schema"), dict)
                   and "enum" in p["schema"]}
    for name, schema in schemas.items():
        props = schema.get("properties") if isinstance(schema, dict) else None
        # a same-named property gets a typed local variable in `from_dict` (enum, model, list, date...), which the
        # instance then reassigns; a plain scalar's local is untyped and harmless
        own = {python_name(str(p)) for p, sub in props.items() if isinstance(sub, dict) and (
            "$ref" in sub or "enum" in sub or "format" in sub or sub.get("type") not in _PLAIN)} \
            if isinstance(props, dict) else set()
        # an array property's items are read in a loop whose variable is `PROPERTY_item` (MRS `ChildrenItem.children`:
        # the loop variable then shadows the instance of a schema named `ChildrenItem`)
        own |= {python_name(str(p)) + "_item" for p, sub in (props or {}).items()
                if isinstance(sub, dict) and sub.get("type") == "array"}
        # an inline enum/object property becomes a class NAME+PROPERTY: it must not be another schema's name
        inline = {_squash(name + str(p)) for p, sub in (props or {}).items()
                  if isinstance(sub, dict) and ("enum" in sub or "properties" in sub)}
        if name in _RESERVED_CLASSES or python_name(name) in own or inline & squashed or _squash(name) in param_enums:
            new = f"{name}Model"
            while new in schemas or new in renames.values():
                new += "_"
            renames[name] = new
    if not renames:
        return
    result.renamed_schemas = renames
    view["components"]["schemas"] = {renames.get(k, k): v for k, v in schemas.items()}
    _rewrite_refs(view, renames)


def wire_path(path: str, op: dict[str, Any]) -> str:
    """The path key with the operation's sub-resources (required query parameters marked `x-subresource`) as the
    literal query they are on the wire: `/#acl` -> `/?acl`, `/{ObjectName}#modify&position` ->
    `/{ObjectName}?modify#position`."""
    params: list[Any] = op["parameters"] if isinstance(op.get("parameters"), list) else []
    subs = [str(p["name"]) for p in params if isinstance(p, dict) and p.get("x-subresource") and p.get("in") == "query"]
    if not subs:
        return path
    template, _, label = path.partition("#")
    rest = [k for k in label.split("&") if k and k not in subs]
    return f"{template}?{'&'.join(subs)}" + (f"#{'&'.join(rest)}" if rest else "")


def _literal_subresources(paths: dict[str, Any]) -> dict[str, Any]:
    """The generator sees a sub-resource as the literal query it is on the wire (`/?acl`, which
    `_wire.prepare_request` sends as written), not as a parameter the caller would have to give an empty value."""
    out: dict[str, Any] = {}
    for path, item in paths.items():
        ops = {m: op for m in HTTP_METHODS if isinstance(item, dict) and isinstance(op := item.get(m), dict)}
        keys = {m: wire_path(path, op) for m, op in ops.items()}
        if all(k == path for k in keys.values()):
            out[path] = item
            continue
        base = {k: v for k, v in item.items() if k not in HTTP_METHODS}
        for method, op in ops.items():
            if keys[method] != path:
                op["parameters"] = [p for p in op["parameters"] if not (isinstance(p, dict) and p.get("x-subresource"))]
            out.setdefault(keys[method], dict(base))[method] = op
    return out


def generation_view(spec: dict[str, Any]) -> GenerationView:
    """The spec as the generator should see it. The argument is not modified."""
    view = copy.deepcopy(spec)
    result = GenerationView(spec=view)
    names = PropertyNames(json.dumps(spec))
    if isinstance(view.get("paths"), dict):
        view["paths"] = _literal_subresources(view["paths"])
    new_paths: dict[str, Any] = {}
    for path, item in view.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        kept = {k: v for k, v in item.items() if k not in HTTP_METHODS}
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            variants = op.get("x-variants")
            if isinstance(variants, list) and variants:
                for variant in variants:
                    vop = _variant_operation(op, variant)
                    synthetic = f"{_dedupe_path(path)}{VARIANT_MARK}{vop['operationId']}"
                    new_paths.setdefault(synthetic, {})[method] = vop
                    result.variant_paths[vop["operationId"]] = path
                    result.origin[vop["operationId"]] = str(op.get("operationId", ""))
            else:
                kept[method] = op
                result.origin[str(op.get("operationId", ""))] = str(op.get("operationId", ""))
        if any(m in kept for m in HTTP_METHODS):
            new_paths[_dedupe_path(path)] = kept
    view["paths"] = dict(sorted(new_paths.items()))
    modules = Scope(frozenset({"init"}))
    named_paths: dict[str, Any] = {}
    for view_path, item in view["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            _clean_operation(op, names)
            op_id = str(op.get("operationId") or f"{method}_{op.get('summary', 'operation')}")
            module = modules.claim(op_id, "")
            if module != generator_identifier(op_id):
                result.renamed[op_id] = module
                result.origin[module] = result.origin.pop(op_id, op_id)
                if op_id in result.variant_paths:
                    result.variant_paths[module] = result.variant_paths.pop(op_id)
                op_id = module
            op["operationId"] = op_id
            result.modules[op_id] = module
            renames = _name_parameters(op, op_id, result)
            new_path = _rename_path_keys(view_path, renames)
            target = named_paths.setdefault(new_path, {k: v for k, v in item.items() if k not in HTTP_METHODS})
            target[method] = op
            _xml_as_json(op, result.variant_paths.get(op_id, view_path), result)
    view["paths"] = named_paths
    for schema in view.get("components", {}).get("schemas", {}).values():
        clean_schema(schema, names)
    _rename_schemas(view, result)
    result.wire_properties = names.wire
    result.secret_attributes = names.secret
    return result
