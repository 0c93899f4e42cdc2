"""Request validation shipped inside every generated client package (copied in as `_validation.py`).

Before a request is sent, its JSON body and its query and header parameters are validated against the JSON
Schema of the spec (the original spec, not the generation view), read from `_request_schemas.json` next to this
module. A value the docs forbid raises `RequestValidationError`, which names the operation, the field, the rule
(JSON Schema keyword) and where the docs state it (`x-constraint-source`, else `x-doc-source`). Formats (`date-time`,
`date`, `uuid`, `byte`, `ipv4`, `ipv6`, `email`, `uri`, `int32`, `int64`) are checked by `_formats.py`, the format
checker rst2openapi's lint and contract suite use too (`generator/formats.py` in rst2openapi), with the same verdicts.

Turn it off with `set_validation(False)`, the `validation_disabled()` context manager, or the environment variable
`CLIENT_VALIDATION=0`.

Values of secret fields never appear in an error message, whatever combinator sits above them: a field is secret when
its schema says so (`x-secret`, `format: password`, `writeOnly`) or by its name (`_secrets.py`); every such value in
the request is masked in the message, a value of a secret field is never quoted, and an object or array is never
dumped. A body that no branch of an `anyOf`/`oneOf` accepts is reported by the branch that came closest, its field
and rule.

Speed: each schema is checked by a compiled validator (jsonschema-rs, the `jsonschema_rs` module) when it is
installed, built once per schema and kept; the detailed error (field, rule, doc source) is built with jsonschema only
when the compiled validator rejects the value, and jsonschema's verdict is the one that counts then (a compiled
validator stricter somewhere, such as a regex `$` before a final newline, never refuses a value jsonschema accepts).
Formats get one verdict: the compiled validator's `format` keyword is replaced by the checks of `_formats.py`
(`FORMATS`; any other format is an annotation there too), so it never applies format rules of its own. Without
`jsonschema_rs`, or for a schema or value it cannot take (a regex its engine does not read, a value that is not
JSON), jsonschema alone validates, with the same verdicts.
"""

from __future__ import annotations

import importlib
import json
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.formats import FORMAT_CHECKER, FORMATS
from generator.openapi.secrets import is_secret_field

__all__ = [
    "SECRET_FIELD",
    "RequestValidationError",
    "is_secret",
    "native",
    "secret_schema",
    "secret_values",
    "set_validation",
    "validate_request",
    "validation_disabled",
]

SECRET_FIELD = re.compile(r"password|passwd|pwd|secret|token|private_?key|access_?key|credential", re.IGNORECASE)
_SCHEMAS = Path(__file__).with_name("_request_schemas.json")
_state = {"enabled": os.environ.get("CLIENT_VALIDATION", "1").strip().lower() not in ("0", "false", "no", "off")}



def _compiled_module() -> Any:
    """jsonschema_rs, the compiled validator, when it is installed (see the module's docstring); None else."""
    try:
        return importlib.import_module("jsonschema_rs")
    except ImportError:
        return None


_RS = _compiled_module()


def is_secret(name: str) -> bool:
    """A field of this name holds a secret (its schema may say so too: `secret_schema`)."""
    return is_secret_field(name) or bool(SECRET_FIELD.search(name))


def secret_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("x-secret") is True or schema.get("format") == "password"
                                         or schema.get("writeOnly") is True)


def _resolve(schema: Any) -> Any:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    prefix = "#/components/schemas/"
    if isinstance(ref, str) and ref.startswith(prefix):
        return _document()["components"].get("schemas", {}).get(ref[len(prefix):], {})
    return schema


def _scalars(instance: Any) -> Iterator[str]:
    if isinstance(instance, dict):
        for value in instance.values():
            yield from _scalars(value)
    elif isinstance(instance, list):
        for value in instance:
            yield from _scalars(value)
    elif instance is not None and not isinstance(instance, bool):
        yield str(instance)


def secret_values(schema: Any, instance: Any, depth: int = 0) -> set[str]:
    """The values in `instance` that sit in a secret field of `schema` (or of a field named like one), followed
    through `$ref`, properties, items and every branch of a combinator."""
    found: set[str] = set()
    schema = _resolve(schema)
    if depth > 64 or not isinstance(schema, dict):
        return found
    if secret_schema(schema):
        return set(_scalars(instance))
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key) or []:
            found |= secret_values(branch, instance, depth + 1)
    for key in ("if", "then", "else"):
        if key in schema:
            found |= secret_values(schema[key], instance, depth + 1)
    if isinstance(instance, dict):
        props = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for name, value in instance.items():
            if isinstance(name, str) and is_secret(name):
                found |= set(_scalars(value))
            elif name in props:
                found |= secret_values(props[name], value, depth + 1)
            elif isinstance(extra, dict):
                found |= secret_values(extra, value, depth + 1)
    elif isinstance(instance, list) and isinstance(schema.get("items"), dict):
        for value in instance:
            found |= secret_values(schema["items"], value, depth + 1)
    return found


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
    """jsonschema's validator of `schema`: the reference verdict and its errors."""
    return Draft202012Validator(_rebase(schema), registry=_registry(), format_checker=FORMAT_CHECKER)


class _Format:
    """The compiled validator's `format` keyword: the checks of `_formats.py`, nothing of the compiled validator's
    own (its verdicts on `uri`, `email`, `date-time`, ... differ), and any other format an annotation."""

    def __init__(self, parent: Any, value: Any, path: Any) -> None:
        self.name = value
        self.check = FORMATS.get(value) if isinstance(value, str) else None

    def validate(self, instance: Any) -> None:
        if self.check is not None and not self.check(instance):
            raise ValueError(f"{instance!r} is not a {self.name!r}")


@cache
def _native_registry() -> Any:
    return _RS.Registry([("urn:spec", {"components": _document()["components"]})])


class _Check:
    """The validators of one schema, built once: the compiled one (if any) decides whether a value is valid, and
    jsonschema, built when first needed, finds the error to report when it is not."""

    def __init__(self, schema: Any) -> None:
        self.schema = schema
        self.native = _compile(schema)
        self._python: Draft202012Validator | None = None

    @property
    def python(self) -> Draft202012Validator:
        if self._python is None:
            self._python = _validator(self.schema)
        return self._python

    def first_error(self, instance: Any) -> ValidationError | None:
        if self.native is not None:
            try:
                if self.native.is_valid(instance):
                    return None
            except Exception:  # a value it cannot take (not JSON, a regex it gave up on): jsonschema decides
                pass
        return _first(self.python.iter_errors(instance))


def _compile(schema: Any) -> Any:
    """The compiled validator of `schema`, or None: jsonschema_rs not installed, or a schema it cannot build (a
    pattern its regex engine does not read, an API it no longer has); jsonschema validates then."""
    if _RS is None:
        return None
    try:
        return _RS.Draft202012Validator(_rebase(schema), registry=_native_registry(), keywords={"format": _Format},
                                        validate_formats=False)
    except Exception:  # any failure to build leaves jsonschema's validation, never none
        return None


@cache
def _check(operation: str, where: str, name: str) -> _Check:
    """The check of an operation's body (`where` "body") or of one of its query or header parameters."""
    spec = _document()["operations"][operation]
    return _Check(spec["body"] if where == "body" else spec[where][name])


def native() -> bool:
    """Whether the compiled validator (jsonschema-rs) is in use."""
    return _RS is not None


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


def _closest_branch(error: ValidationError) -> tuple[ValidationError, str]:
    """For an `anyOf`/`oneOf` no branch accepts: the error of the branch that came closest, and that branch's name
    (`branch 2 (RestoreRequest)`)."""
    inner = best_match(error.context or [])
    if inner is None:
        return error, ""
    index = inner.relative_schema_path[0] if inner.relative_schema_path else "?"
    branches = error.schema.get(str(error.validator)) if isinstance(error.schema, dict) else None
    branch = branches[index] if isinstance(branches, list) and isinstance(index, int) else {}
    ref = branch.get("$ref", "") if isinstance(branch, dict) else ""
    name = f" ({ref.rsplit('/', 1)[-1]})" if isinstance(ref, str) and ref else ""
    return inner, f"no branch of `{error.validator}` accepts it; closest, branch {index}{name}: "


def _message(error: ValidationError, secrets: set[str], named_secret: bool) -> str:
    """The validator's message with no secret in it: a secret field's value never quoted, an object or array never
    dumped, and any secret value of the request masked."""
    rule = str(error.validator)
    if named_secret or secret_schema(error.schema):
        return f"the value (redacted) does not satisfy `{rule}`"
    message = error.message
    if isinstance(error.instance, dict | list):
        kind = "the object" if isinstance(error.instance, dict) else "the array"
        message = message.replace(repr(error.instance), kind)
        if len(message) > 300 or "{" in message or "[" in message:  # the instance quoted another way
            message = f"{kind} does not satisfy `{rule}`"
    for secret in sorted(secrets, key=len, reverse=True):
        forms = {secret, repr(secret)[1:-1], json.dumps(secret)[1:-1]}
        if any(form and form in message for form in forms):
            if len(secret) < 4:  # masking a short value inside the text would garble it: say nothing of the value
                return f"the value (redacted) does not satisfy `{rule}`"
            for form in sorted(forms, key=len, reverse=True):
                if form:
                    message = message.replace(form, "***")
    return message


def _raise(operation: str, prefix: str, error: ValidationError, secrets: set[str]) -> None:
    lead = ""
    if error.validator in ("anyOf", "oneOf") and error.context:
        error, lead = _closest_branch(error)
    path = [str(p) for p in error.absolute_path]
    field = prefix + "/".join(path) if path else prefix.rstrip("/") or "(body)"
    rule = str(error.validator)
    named = any(is_secret(p) for p in path) or is_secret(prefix)
    raise RequestValidationError(operation, field, rule, lead + _message(error, secrets, named), _source(error))


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
        error = _check(operation, "body", "").first_error(kwargs["json"])
        if error is not None:
            _raise(operation, "", error, secret_values(body_schema, kwargs["json"]))
    for where, key in (("query", "params"), ("header", "headers")):
        values = kwargs.get(key) or {}
        for name, schema in spec.get(where, {}).items():
            if name in values:
                error = _check(operation, where, name).first_error(values[name])
                if error is not None:
                    secret = secret_schema(schema) or is_secret(name)
                    _raise(operation, f"{where} parameter {name}", error,
                           set(_scalars(values[name])) if secret else set())
