"""Is a spec shaped as the client generator reads it? The first place where it is not, as one line.

`generate` takes a spec file from anywhere (an edited or truncated one too): a `responses: 5` or a `parameters`
that is no list would stop the generation view with a traceback. This is the skeleton the view, the checks and the
suite read (paths, operations, parameters, bodies, responses, variants, schemas and what nests in them), checked in
one walk; openapi-spec-validator checks much more but takes about 10 s on a large service, on every `generate`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["shape_error"]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_LOCATIONS = ("query", "header", "path", "cookie")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONE = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
               "unevaluatedProperties", "unevaluatedItems")


class _Bad(Exception):
    pass


def _pointer(parts: tuple[str, ...]) -> str:
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _kind(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _need(value: Any, types: type | tuple[type, ...], where: tuple[str, ...], what: str) -> None:
    if not isinstance(value, types):
        raise _Bad(f"{_pointer(where)}: {_kind(value)} is not {what}")


def _schema(schema: Any, where: tuple[str, ...], depth: int = 0) -> None:
    _need(schema, (dict, bool), where, "a schema (an object or a boolean)")
    if not isinstance(schema, dict) or depth > 200:
        return
    for key in _SCHEMA_MAPS:
        if key in schema:
            _need(schema[key], dict, (*where, key), "an object")
            for name, sub in schema[key].items():
                _schema(sub, (*where, key, str(name)), depth + 1)
    for key in _SCHEMA_LISTS:
        if key in schema:
            _need(schema[key], list, (*where, key), "a list")
            for i, sub in enumerate(schema[key]):
                _schema(sub, (*where, key, str(i)), depth + 1)
    for key in _SCHEMA_ONE:
        if key in schema:
            _schema(schema[key], (*where, key), depth + 1)
    for key in ("required", "enum"):
        if key in schema:
            _need(schema[key], list, (*where, key), "a list")
    if "required" in schema and not all(isinstance(r, str) for r in schema["required"]):
        raise _Bad(f"{_pointer((*where, 'required'))}: not a list of names")
    for key in ("$ref", "format", "pattern"):
        if key in schema:
            _need(schema[key], str, (*where, key), "a string")
    if "type" in schema and not (isinstance(schema["type"], str) or (isinstance(schema["type"], list) and all(
            isinstance(t, str) for t in schema["type"]))):
        raise _Bad(f"{_pointer((*where, 'type'))}: {_kind(schema['type'])} is not a type name or a list of them")


def _content(content: Any, where: tuple[str, ...]) -> None:
    _need(content, dict, where, "an object (media type -> media type object)")
    for media, entry in content.items():
        _need(entry, dict, (*where, str(media)), "a media type object")
        if "schema" in entry:
            _schema(entry["schema"], (*where, str(media), "schema"))


def _operation(op: Any, where: tuple[str, ...]) -> None:
    _need(op, dict, where, "an operation object")
    for key in ("operationId", "summary"):
        if key in op:
            _need(op[key], str, (*where, key), "a string")
    if "tags" in op:
        _need(op["tags"], list, (*where, "tags"), "a list")
        for i, tag in enumerate(op["tags"]):
            _need(tag, str, (*where, "tags", str(i)), "a string")
    params = op.get("parameters", [])
    _need(params, list, (*where, "parameters"), "a list")
    for i, param in enumerate(params):
        at = (*where, "parameters", str(i))
        _need(param, dict, at, "a parameter object")
        if "$ref" not in param:
            _need(param.get("name"), str, (*at, "name"), "a string")
            if param.get("in") not in _LOCATIONS:
                raise _Bad(f"{_pointer((*at, 'in'))}: {_kind(param.get('in'))} is not one of {', '.join(_LOCATIONS)}")
        if "schema" in param:
            _schema(param["schema"], (*at, "schema"))
    if "requestBody" in op:
        body = op["requestBody"]
        _need(body, dict, (*where, "requestBody"), "a request body object")
        if "content" in body:
            _content(body["content"], (*where, "requestBody", "content"))
    responses = op.get("responses", {})
    _need(responses, dict, (*where, "responses"), "an object (status -> response)")
    for status, response in responses.items():
        at = (*where, "responses", str(status))
        _need(response, dict, at, "a response object")
        if "content" in response:
            _content(response["content"], (*at, "content"))
        if "headers" in response:
            _need(response["headers"], dict, (*at, "headers"), "an object")
    variants = op.get("x-variants", [])
    _need(variants, list, (*where, "x-variants"), "a list")
    for i, variant in enumerate(variants):
        at = (*where, "x-variants", str(i))
        _need(variant, dict, at, "a variant object")
        _need(variant.get("operationId"), str, (*at, "operationId"), "a string")
        if "requestBody" in variant:
            _schema(variant["requestBody"], (*at, "requestBody"))
        _need(variant.get("responses", {}), dict, (*at, "responses"), "an object (status -> schema)")
        for status, schema in variant.get("responses", {}).items():
            _schema(schema, (*at, "responses", str(status)))


def shape_error(spec: Any) -> str | None:
    """None when `spec` has the shape the client generator reads; else where it has not, as one line
    (`/paths/~1v1~1widgets/get/responses: 5 is not an object (status -> response)`)."""
    try:
        _need(spec, dict, (), "an OpenAPI document (an object)")
        _need(spec.get("paths"), dict, ("paths",), "an object (path -> path item)")
        for path, item in spec["paths"].items():
            _need(item, dict, ("paths", str(path)), "a path item object")
            for method in _METHODS:
                if method in item:
                    _operation(item[method], ("paths", str(path), method))
        components = spec.get("components", {})
        _need(components, dict, ("components",), "an object")
        schemas = components.get("schemas", {})
        _need(schemas, dict, ("components", "schemas"), "an object (name -> schema)")
        for name, schema in schemas.items():
            _schema(schema, ("components", "schemas", str(name)))
        _need(spec.get("info", {}), dict, ("info",), "an info object")
    except _Bad as bad:
        return str(bad)
    except RecursionError:
        return "the document nests too deep"
    return None
