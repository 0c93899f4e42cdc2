"""generator/client/runtime_validation.py (shipped in every client as `_validation.py`), on a document of its own.

The module reads the operations' schemas from `_request_schemas.json` beside it; here `_document` is replaced by a
small document, so these tests check the module's own behaviour whatever client is committed or regenerated: query
and header parameters are validated as the body is, formats are checked, and a secret value is masked in any message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from generator.client import runtime_validation as rv

DOCUMENT: dict[str, Any] = {
    "components": {"schemas": {
        "CreateRequest": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
        "RestoreRequest": {"type": "object", "required": ["restore_point"],
                           "properties": {"restore_point": {"type": "string"}}},
    }},
    "operations": {
        "create_or_restore": {"body": {"anyOf": [{"$ref": "#/components/schemas/CreateRequest"},
                                                 {"$ref": "#/components/schemas/RestoreRequest"}]}},
        "list_things": {
            "query": {"limit": {"type": "integer", "minimum": 1, "maximum": 100,
                                "x-constraint-source": ["maximum: things.rst:40: The maximum value is **100**."]}},
            "header": {"X-Language": {"type": "string", "enum": ["en-us", "zh-cn"],
                                      "x-doc-source": "things.rst:44"}},
        },
        "create_thing": {
            "body": {
                "type": "object",
                "properties": {
                    "since": {"type": "string", "format": "date-time", "x-doc-source": "things.rst:60"},
                    "owner_id": {"type": "string", "format": "uuid", "x-doc-source": "things.rst:62"},
                    "password": {"type": "string", "x-secret": True, "x-doc-source": "things.rst:64"},
                    "note": {"type": "string", "maxLength": 8, "x-doc-source": "things.rst:66"},
                    "pin_code": {"type": "string", "minLength": 8, "x-secret": True, "x-doc-source": "things.rst:68"},
                },
            },
        },
    },
}


@pytest.fixture(autouse=True)
def document(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(rv, "_document", lambda: DOCUMENT)
    previous = rv._state["enabled"]
    rv.set_validation(True)
    yield
    rv.set_validation(previous)


def _refused(operation: str, kwargs: dict[str, Any]) -> rv.RequestValidationError:
    with pytest.raises(rv.RequestValidationError) as caught:
        rv.validate_request(operation, kwargs)
    return caught.value


def test_a_query_parameter_outside_its_range_is_refused_and_one_inside_accepted() -> None:
    rv.validate_request("list_things", {"params": {"limit": 100}})
    error = _refused("list_things", {"params": {"limit": 101}})
    assert (error.operation, error.field, error.rule) == ("list_things", "query parameter limit", "maximum")
    assert error.doc_source.startswith("things.rst:40")


def test_a_header_parameter_outside_its_enum_is_refused_and_a_listed_value_accepted() -> None:
    rv.validate_request("list_things", {"headers": {"X-Language": "zh-cn"}})
    error = _refused("list_things", {"headers": {"X-Language": "fr-fr"}})
    assert (error.field, error.rule) == ("header parameter X-Language", "enum")


@pytest.mark.parametrize(("field", "good", "bad"), [
    ("since", "2024-01-01T00:00:00Z", "2024-13-01T00:00:00Z"),
    ("owner_id", "490a4a08-ef4b-44c5-94be-3051ef9e4fce", "0"),
])
def test_a_body_value_its_format_refuses_is_refused(field: str, good: str, bad: str) -> None:
    rv.validate_request("create_thing", {"json": {field: good}})
    error = _refused("create_thing", {"json": {field: bad}})
    assert (error.field, error.rule) == (field, "format")


def test_a_secret_value_is_masked_in_the_message_of_another_field() -> None:
    secret = "S3cret-value-42"
    error = _refused("create_thing", {"json": {"password": secret, "note": secret}})
    assert (error.field, error.rule) == ("note", "maxLength")
    assert secret not in str(error) and "***" in str(error)


def test_the_error_of_a_secret_field_says_nothing_of_its_value() -> None:
    """A field secret by its schema alone (`pin_code` is no secret name): its own error is not the validator's
    message with the value masked, but a message without the value."""
    error = _refused("create_thing", {"json": {"pin_code": "12345"}})
    assert (error.field, error.rule) == ("pin_code", "minLength")
    assert error.detail == "the value (redacted) does not satisfy `minLength`"


def test_a_value_of_no_secret_field_is_quoted_as_it_is() -> None:
    """Masking is for secrets only: the message of a plain field still shows what was refused."""
    error = _refused("create_thing", {"json": {"password": "S3cret-value-42", "note": "far-too-long-note"}})
    assert "far-too-long-note" in str(error) and "***" not in str(error)


def test_a_body_no_branch_accepts_is_reported_by_the_closest_branch_and_its_name() -> None:
    rv.validate_request("create_or_restore", {"json": {"name": "inst-1"}})
    error = _refused("create_or_restore", {"json": {"size": 1}})
    assert re.search(r"no branch of `anyOf` accepts it; closest, branch [01] \((Create|Restore)Request\): ",
                     str(error)), str(error)
    assert error.rule == "required"
    assert re.search(r"'(name|restore_point)' is a required property", error.detail), error.detail  # no dump, but named


def test_validation_turned_off_refuses_nothing() -> None:
    with rv.validation_disabled():
        rv.validate_request("list_things", {"params": {"limit": 101}, "headers": {"X-Language": "fr-fr"}})
