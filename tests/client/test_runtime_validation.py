"""The client's request validation (`generator/client/runtime_validation.py`, shipped as `_validation.py`): the compiled
validator (jsonschema-rs) decides, jsonschema explains a rejection, and without jsonschema-rs jsonschema alone gives
the same verdicts and errors.

The module is tested in place on a small schema document of its own (what `_request_schemas.json` holds in a client);
its verdicts on the formats are in tests/test_formats.py, which sends the same values through a generated client.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from generator.client import runtime_validation
from tests.modules import load_file

DOCUMENT: dict[str, Any] = {
    "operations": {
        "create_thing": {
            "body": {"$ref": "#/components/schemas/Thing"},
            "query": {"limit": {"type": "integer", "minimum": 1, "maximum": 100,
                                "x-constraint-source": ["minimum: things.rst:9: The value ranges from 1 to 100."]}},
            "header": {},
        },
        "odd_pattern": {  # a pattern the compiled validator's regex engine does not read (`a{,3}`: Python's re does)
            "body": {"type": "object", "properties": {"code": {"type": "string", "pattern": "^a{,3}$"}}},
            "query": {}, "header": {},
        },
    },
    "components": {"schemas": {
        "Thing": {
            "type": "object", "required": ["name"], "x-doc-source": "things.rst:3",
            "properties": {
                "name": {"type": "string", "minLength": 4, "pattern": "^[a-z]+$",
                         "x-constraint-source": ["minLength: things.rst:5: The name must contain 4 to 64 characters.",
                                                 "pattern: things.rst:6: Only lowercase letters are allowed."]},
                "id": {"type": "string", "format": "uuid"},
                "port": {"type": "string", "not": {"enum": ["8000"]}},
                "count": {"type": "integer", "format": "int32"},
                "password": {"type": "string", "minLength": 8, "x-secret": True},
            },
        },
    }},
}
GOOD = {"name": "widget", "id": "490a4a08-ef4b-44c5-94be-3051ef9e4fce", "port": "8001", "count": 7,
        "password": "Secur3#Passw0rd"}
# (field, value, rule): one broken keyword each
BAD = [
    ("name", "abc", "minLength"),
    ("name", "Widget", "pattern"),
    ("id", "0", "format"),
    ("port", "8000", "not"),
    ("count", 2**31, "format"),
    ("count", "7", "type"),
    ("password", "short", "minLength"),
    ("(body)", None, "required"),
]


def _load(name: str, without_compiled: bool) -> ModuleType:
    """A fresh copy of the module (its caches empty), with `jsonschema_rs` unimportable when asked: as in a client
    installed where jsonschema-rs is not."""
    module = load_file(name, runtime_validation.__file__, ["jsonschema_rs"] if without_compiled else [])
    module._document = lambda: DOCUMENT  # type: ignore[attr-defined]  # what _request_schemas.json holds
    return module


@pytest.fixture(scope="module")
def compiled() -> Iterator[ModuleType]:
    yield _load("_validation_compiled", without_compiled=False)


@pytest.fixture(scope="module")
def pure() -> Iterator[ModuleType]:
    yield _load("_validation_pure", without_compiled=True)


def _body(field: str, value: Any) -> dict[str, Any]:
    if field == "(body)":
        return {k: v for k, v in GOOD.items() if k != "name"}
    return dict(GOOD, **{field: value})


def _error(module: ModuleType, operation: str, kwargs: dict[str, Any]) -> Any:
    try:
        module.validate_request(operation, kwargs)
    except module.RequestValidationError as error:
        return error
    return None


def test_the_compiled_validator_is_used_where_it_is_installed(compiled: ModuleType, pure: ModuleType) -> None:
    assert compiled.native() and compiled._check("create_thing", "body", "").native is not None
    assert not pure.native() and pure._check("create_thing", "body", "").native is None


def test_a_valid_request_passes_both_paths(compiled: ModuleType, pure: ModuleType) -> None:
    for module in (compiled, pure):
        assert _error(module, "create_thing", {"json": GOOD, "params": {"limit": 100}}) is None


@pytest.mark.parametrize(("field", "value", "rule"), BAD, ids=[f"{f}-{r}" for f, _, r in BAD])
def test_both_paths_reject_with_the_same_error(compiled: ModuleType, pure: ModuleType, field: str, value: Any,
                                               rule: str) -> None:
    """The compiled validator rejects the body by itself, and the error it raises is jsonschema's: field, rule, doc
    source and message are those of the pure-Python path."""
    body = _body(field, value)
    assert not compiled._check("create_thing", "body", "").native.is_valid(body)
    errors = [_error(module, "create_thing", {"json": body}) for module in (compiled, pure)]
    assert all(e is not None for e in errors), errors
    assert {(e.field, e.rule, e.doc_source, str(e)) for e in errors} == {(errors[0].field, rule, errors[0].doc_source,
                                                                          str(errors[0]))}
    assert errors[0].field == field


def test_a_rejected_parameter_names_its_rule_and_source(compiled: ModuleType, pure: ModuleType) -> None:
    for module in (compiled, pure):
        error = _error(module, "create_thing", {"json": GOOD, "params": {"limit": 0}})
        assert (error.field, error.rule, error.doc_source) == (
            "query parameter limit", "minimum", "things.rst:9: The value ranges from 1 to 100.")


def test_no_secret_in_the_error_of_either_path(compiled: ModuleType, pure: ModuleType) -> None:
    for module in (compiled, pure):
        error = _error(module, "create_thing", {"json": dict(GOOD, password="hunter2")})
        assert error.field == "password" and "hunter2" not in str(error)


def test_where_the_compiled_validator_is_stricter_jsonschema_decides(compiled: ModuleType) -> None:
    """Python's `$` matches before a final newline and its `\\d` reads any digit; the compiled regex engine does not.
    The compiled validator's rejection is only a reason to ask jsonschema: one verdict, jsonschema's."""
    body = dict(GOOD, name="widget\n")
    assert not compiled._check("create_thing", "body", "").native.is_valid(body)
    assert _error(compiled, "create_thing", {"json": body}) is None


def test_a_schema_the_compiled_validator_cannot_build_is_validated_by_jsonschema(compiled: ModuleType) -> None:
    check = compiled._check("odd_pattern", "body", "")
    assert check.native is None
    assert _error(compiled, "odd_pattern", {"json": {"code": "aa"}}) is None
    error = _error(compiled, "odd_pattern", {"json": {"code": "aaaa"}})
    assert (error.field, error.rule) == ("code", "pattern")


def test_a_value_that_is_not_json_is_judged_by_jsonschema(compiled: ModuleType) -> None:
    """A query value the compiled validator cannot take (a Python object) is validated by jsonschema, not let
    through and not a crash."""
    error = _error(compiled, "create_thing", {"json": GOOD, "params": {"limit": object()}})
    assert (error.field, error.rule) == ("query parameter limit", "type")


def test_the_validators_are_built_once_per_schema(compiled: ModuleType) -> None:
    first = compiled._check("create_thing", "body", "")
    for _ in range(3):
        compiled.validate_request("create_thing", {"json": GOOD})
    assert compiled._check("create_thing", "body", "") is first
