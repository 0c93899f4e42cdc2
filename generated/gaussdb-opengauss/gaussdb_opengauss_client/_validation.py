"""Request validation shipped inside every generated client package (copied in as `_validation.py`).

Before a request is sent, its JSON body and its query and header parameters are validated against the JSON
Schema of the spec (the original spec, not the generation view), read from `_request_schemas.json` next to this
module. A value the docs forbid raises `RequestValidationError`, which names the operation, the field, the rule
(JSON Schema keyword) and where the docs state it (`x-constraint-source`, else `x-doc-source`). Formats (`date-time`,
`date`, `uuid`, `byte`, `ipv4`, `ipv6`, `email`, `uri`, `int32`, `int64`) are checked by `_formats.py`, the format
checker rst2openapi's lint and contract suite use too (`generator/formats.py` in rst2openapi), with the same verdicts.

Turn it off with `set_validation(False)`, the `validation_disabled()` context manager, or the environment variable
`CLIENT_VALIDATION=0`. Values of password and other secret fields never appear in an error message.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._formats import FORMAT_CHECKER

__all__ = [
    "SECRET_FIELD",
    "RequestValidationError",
    "is_secret",
    "set_validation",
    "validate_request",
    "validation_disabled",
]

SECRET_FIELD = re.compile(r"password|passwd|secret|token|private_?key|access_?key|credential", re.IGNORECASE)
_SCHEMAS = Path(__file__).with_name("_request_schemas.json")
_state = {"enabled": os.environ.get("CLIENT_VALIDATION", "1").strip().lower() not in ("0", "false", "no", "off")}


def is_secret(name: str) -> bool:
    return bool(SECRET_FIELD.search(name))


def set_validation(enabled: bool) -> None:
    """Turn request validation on or off for every operation of the client."""
    _state["enabled"] = enabled


@contextmanager
def validation_disabled() -> Iterator[None]:
    previous = _state["enabled"]
    _state["enabled"] = False
    try:
        yield
    finally:
        _state["enabled"] = previous


class RequestValidationError(ValueError):
    """A request value the docs forbid. Raised before anything is sent."""

    def __init__(self, operation: str, field: str, rule: str, message: str, doc_source: str) -> None:
        self.operation = operation
        self.field = field
        self.rule = rule
        self.doc_source = doc_source
        self.detail = message
        text = f"{operation}: field `{field}` breaks rule `{rule}`: {message}"
        super().__init__(text + (f" (docs: {doc_source})" if doc_source else ""))


@cache
def _document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(_SCHEMAS.read_text(encoding="utf-8"))
    return loaded


@cache
def _registry() -> Registry[Any]:
    root = {"components": _document()["components"]}
    resource: Resource[Any] = Resource.from_contents(root, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return registry


def _validator(schema: Mapping[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(_rebase(schema), registry=_registry(), format_checker=FORMAT_CHECKER)


def _rebase(schema: Any) -> Any:
    """`#/components/...` references point into the spec document, registered as `urn:spec`."""
    if isinstance(schema, dict):
        return {
            k: ("urn:spec" + v if k == "$ref" and isinstance(v, str) and v.startswith("#/") else _rebase(v))
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_rebase(v) for v in schema]
    return schema


def _source(error: ValidationError) -> str:
    schema = error.schema if isinstance(error.schema, dict) else {}
    for entry in schema.get("x-constraint-source", []):
        keyword, _, rest = str(entry).partition(": ")
        if keyword == error.validator:
            return rest
    return str(schema.get("x-doc-source", ""))


def _raise(operation: str, prefix: str, error: ValidationError) -> None:
    path = [str(p) for p in error.absolute_path]
    field = prefix + "/".join(path) if path else prefix.rstrip("/") or "(body)"
    rule = str(error.validator)
    message = error.message
    if any(is_secret(p) for p in path) or is_secret(prefix):
        message = f"the value (redacted) does not satisfy `{rule}`"
    raise RequestValidationError(operation, field, rule, message, _source(error))


def _first(errors: Iterator[ValidationError]) -> ValidationError | None:
    found = sorted(errors, key=lambda e: (list(map(str, e.absolute_path)), str(e.validator)))
    return found[0] if found else None


def validate_request(operation: str, kwargs: Mapping[str, Any]) -> None:
    """Validate the request `_get_kwargs` built (json body, query params, headers) before it is sent."""
    if not _state["enabled"]:
        return
    spec = _document()["operations"].get(operation)
    if spec is None:
        return
    body_schema = spec.get("body")
    if body_schema is not None and "json" in kwargs:
        error = _first(_validator(body_schema).iter_errors(kwargs["json"]))
        if error is not None:
            _raise(operation, "", error)
    for where, key in (("query", "params"), ("header", "headers")):
        values = kwargs.get(key) or {}
        for name, schema in spec.get(where, {}).items():
            if name in values:
                error = _first(_validator(schema).iter_errors(values[name]))
                if error is not None:
                    _raise(operation, f"{where} parameter {name}", error)
