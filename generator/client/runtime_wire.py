"""What goes on the wire for S3-style operations, shipped inside a generated client package (copied in as `_wire.py`)
when one of its operations needs it.

- A path key that carries a literal query (`/?acl`, `/{ObjectName}?tagging`: the sub-resource that addresses the
  operation) keeps it: httpx replaces the query of a URL with `params`, so the parameters are appended to it
  instead. A `#...` part (`/{ObjectName}#uploadId`: the required query key that tells two operations on one path
  apart) is no part of the URL; its value travels in `params` like any query parameter.
- An XML body (`application/xml` in the spec): the body model's `to_dict()` is written as XML, and an XML response
  is read into the dict its model's `from_dict()` takes. Both follow the spec schema: the body's `xml.name` is the
  root element, a property is a child element, an array is its element repeated, scalar text is read as the schema's
  type. The schemas come from `_request_schemas.json` next to this module.

Pure functions of the request or response; the same document and spec always give the same bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

if TYPE_CHECKING:
    import httpx

__all__ = ["from_xml", "prepare_request", "read_xml", "to_xml"]

_SCHEMAS = Path(__file__).with_name("_request_schemas.json")
_INTEGER = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


@cache
def _document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(_SCHEMAS.read_text(encoding="utf-8"))
    return loaded


def _components() -> Mapping[str, Any]:
    schemas: Mapping[str, Any] = _document().get("components", {}).get("schemas", {})
    return schemas


def _resolve(schema: Any, components: Mapping[str, Any]) -> dict[str, Any]:
    seen = 0
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 32:
        schema, seen = components.get(str(schema["$ref"]).rpartition("/")[2], {}), seen + 1
    return schema if isinstance(schema, dict) else {}


def _alternatives(schema: dict[str, Any], components: Mapping[str, Any]) -> list[dict[str, Any]]:
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list):
            return [_resolve(alt, components) for alt in schema[key]]
    return [schema]


def _xml_name(schema: dict[str, Any]) -> str | None:
    xml = schema.get("xml")
    return str(xml["name"]) if isinstance(xml, dict) and xml.get("name") else None


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


# --- request ---------------------------------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _element(name: str, schema: Any, value: Any, components: Mapping[str, Any]) -> ElementTree.Element:
    element = ElementTree.Element(name)
    resolved = _resolve(schema, components)
    if isinstance(value, dict):
        options = _alternatives(resolved, components)
        chosen = next((o for o in options if set(value) <= set(o.get("properties") or {})), options[0])
        properties = chosen.get("properties") or {}
        for key, item in value.items():
            sub = _resolve(properties.get(key, {}), components)
            if isinstance(item, list):
                for entry in item:
                    element.append(_element(key, sub.get("items", {}), entry, components))
            else:
                element.append(_element(key, sub, item, components))
    elif value is not None:
        element.text = _text(value)
    return element


def to_xml(schema: Any, value: Any, components: Mapping[str, Any] | None = None) -> bytes:
    """`value` (a body model's `to_dict()`) as the XML document the spec schema describes (`components`: the spec's
    component schemas, by default those of `_request_schemas.json`)."""
    components = _components() if components is None else components
    resolved = _resolve(schema, components)
    options = _alternatives(resolved, components)
    if isinstance(value, dict):
        chosen = next((o for o in options if set(value) <= set(o.get("properties") or {})), options[0])
    else:
        chosen = options[0]
    root = _element(_xml_name(chosen) or _xml_name(resolved) or "Body", chosen, value, components)
    data: bytes = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


def prepare_request(operation: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The request `_get_kwargs` built, as it goes on the wire: the literal query of the path kept (the parameters
    appended to it), the `#...` label dropped, an XML body written as XML."""
    import httpx

    url = str(kwargs["url"]).partition("#")[0]
    params = kwargs.pop("params", None)
    if "?" in url:
        query = str(httpx.QueryParams(params or {}))
        url = f"{url}&{query}" if query else url
    elif params is not None:
        kwargs["params"] = params
    kwargs["url"] = url
    xml = _document().get("xml", {}).get(operation, {}) if "json" in kwargs else {}
    if "request" in xml:
        kwargs["content"] = to_xml(xml["request"], kwargs.pop("json"))
        headers = dict(kwargs.get("headers") or {})
        headers["Content-Type"] = "application/xml"
        kwargs["headers"] = headers
    return kwargs


# --- response --------------------------------------------------------------------------------------------------------


def _scalar(schema: dict[str, Any], text: str) -> Any:
    kind = schema.get("type")
    stripped = text.strip()
    if kind == "integer" and _INTEGER.match(stripped):
        return int(stripped)
    if kind == "number" and _NUMBER.match(stripped):
        return float(stripped) if not _INTEGER.match(stripped) else int(stripped)
    if kind == "boolean" and stripped.lower() in ("true", "false"):
        return stripped.lower() == "true"
    return text


def _value(schema: Any, element: ElementTree.Element, components: Mapping[str, Any]) -> Any:
    resolved = _resolve(schema, components)
    options = _alternatives(resolved, components)
    tag = _local(element.tag)
    children = list(element)
    names = {_local(c.tag) for c in children}
    chosen = next((o for o in options if _xml_name(o) == tag), None) or max(
        options, key=lambda o: len(names & set(o.get("properties") or {})))
    properties = chosen.get("properties")
    if not children and properties is None and chosen.get("type") != "object":
        return _scalar(chosen, element.text or "")
    out: dict[str, Any] = {}
    repeated: set[str] = set()  # names that occur again where the docs do not say they repeat: all are kept
    for child in children:
        name = _local(child.tag)
        sub = _resolve((properties or {}).get(name, {}), components)
        value = _value(sub.get("items", {}) if sub.get("type") == "array" else sub, child, components)
        if sub.get("type") == "array":
            out.setdefault(name, []).append(value)
        elif name in repeated:
            out[name].append(value)
        elif name in out:
            out[name] = [out[name], value]
            repeated.add(name)
        else:
            out[name] = value
    return out


def from_xml(schema: Any, content: bytes | str, components: Mapping[str, Any] | None = None) -> Any:
    """An XML document as the dict (or text) the spec schema describes."""
    root = ElementTree.fromstring(content)
    return _value(schema, root, _components() if components is None else components)


def read_xml(operation: str, response: httpx.Response) -> Any:
    """The XML body of a response, read for the model of its status."""
    statuses = _document().get("xml", {}).get(operation, {}).get("responses", {})
    schema = statuses.get(str(response.status_code), statuses.get("default", {}))
    return from_xml(schema, response.content)
