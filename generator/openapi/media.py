"""The media type of a body: JSON for objects and arrays; a FormData table (a `File` field) is multipart; a body
that is a bare value (a `-` row: String, File) is what the value is: a File `application/octet-stream`, a String
JSON where the page's examples show it as JSON, else `text/plain`."""

from __future__ import annotations

from collections.abc import Sequence

from generator.model import Example, Operation, Schema

__all__ = ["bare_value", "request_media", "response_media"]


def bare_value(schema: Schema | None) -> bool:
    """A body that is a single value, not an object or an array (the docs' one-row `-` table)."""
    return schema is not None and not schema.one_of and schema.kind in ("string", "integer", "number", "boolean")


def _bare_media(schema: Schema, examples: Sequence[Example]) -> str:
    if schema.format == "binary":
        return "application/octet-stream"
    return "application/json" if examples else "text/plain"


def request_media(group: Sequence[Operation]) -> str:
    """A body with a File field (`format: binary`, the docs' FormData tables) is multipart/form-data: JSON cannot
    carry a file. A bare value is its own type. Everything else these docs document is JSON."""
    for o in group:
        if o.request is not None and bare_value(o.request):
            return _bare_media(o.request, o.request_examples)
        if o.request is not None and any(p.schema.format == "binary" for p in o.request.properties):
            return "multipart/form-data"
    return "application/json"


def response_media(schema: Schema | None, examples: Sequence[Example]) -> str:
    return _bare_media(schema, examples) if schema is not None and bare_value(schema) else "application/json"
