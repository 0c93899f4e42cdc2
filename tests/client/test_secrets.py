"""Issue 11: secret values never leak from the generated client, on all six services of ../shared/corpus.

A field is secret when its schema says so (`x-secret`, set by the build from the field's name and description;
`format: password`; `writeOnly`). For every request body of every operation and variant: every secret field the body
schema reaches (through `$ref`, properties, items and every combinator branch) gets a unique secret value, and then
(1) the secret value itself breaks its rules, (2) a field next to it gets a wrong value, (3) the object holding it
gets an undocumented field; whatever the client's validation raises must not contain a secret value. `repr` of every
model (secret attributes and an undeclared secret field set) and of the client (after a request) contains none.
"""

from __future__ import annotations

import copy
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from generator.client.view_schemas import is_secret_schema
from generator.openapi.secrets import is_secret_field
from tests.client.conftest import Generated, package_name
from tests.conftest import SERVICES

Path_ = tuple[str | int, ...]


def _resolve(schema: Any, components: dict[str, Any]) -> Any:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return components.get(ref.rsplit("/", 1)[-1], {})
    return schema


def _secret_paths(schema: Any, components: dict[str, Any], at: Path_ = (), depth: int = 0) -> Iterator[Path_]:
    """The instance paths of the secret fields a body schema reaches."""
    schema = _resolve(schema, components)
    if not isinstance(schema, dict) or depth > 12:
        return
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key) or []:
            yield from _secret_paths(branch, components, at, depth + 1)
    for name, sub in (schema.get("properties") or {}).items():
        resolved = _resolve(sub, components)
        if is_secret_schema(resolved) or (isinstance(resolved, dict) and resolved.get("type") == "string"
                                          and is_secret_field(name)):
            yield (*at, name)
        else:
            yield from _secret_paths(sub, components, (*at, name), depth + 1)
    if isinstance(schema.get("items"), dict):
        yield from _secret_paths(schema["items"], components, (*at, 0), depth + 1)


def _put(body: Any, path: Path_, value: Any) -> Any:
    """`body` with `value` at `path` (objects and one-item arrays made on the way)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        items = body if isinstance(body, list) and body else [{}]
        return [_put(items[0], rest, value), *items[1:]]
    node = dict(body) if isinstance(body, dict) else {}
    node[head] = _put(node.get(head, {}), rest, value)
    return node


@pytest.fixture(scope="module")
def packages(six: dict[str, Generated]) -> Iterator[dict[str, Any]]:
    loaded: dict[str, Any] = {}
    for service in SERVICES:
        project = six[service].project
        sys.path.insert(0, str(project))
        loaded[service] = importlib.import_module(package_name(service))
    try:
        yield loaded
    finally:
        for service in SERVICES:
            sys.path.remove(str(six[service].project))


def _mutations(body: Any, path: Path_, secret: str) -> Iterator[tuple[str, Any]]:
    with_secret = _put(body, path, secret)
    yield "the secret breaks its rules", _put(body, path, secret + " \u0000" + "x" * 600)
    yield "the secret has a wrong type", _put(with_secret, path, {"value": secret})
    parent, name = path[:-1], path[-1]
    yield "a field next to it is wrong", _put(with_secret, (*parent, f"{name}_neighbour_undocumented"), 12345)
    if parent:
        yield "its object has a wrong type", _put(with_secret, parent, [secret])
        yield "an undocumented sibling holds it", _put(with_secret, (*parent[:-1], "undocumented_sibling"),
                                                       {"x": secret})
    else:
        yield "the body has a wrong type", [with_secret]


@pytest.mark.parametrize("service", SERVICES)
def test_no_error_message_contains_a_secret_value(six: dict[str, Generated], packages: dict[str, Any],
                                                  service: str) -> None:
    package = packages[service]
    validation = importlib.import_module(f"{package.__name__}._validation")
    document = json.loads((Path(package.__file__).parent / "_request_schemas.json").read_text(encoding="utf-8"))
    components = document["components"]["schemas"]
    cases = json.loads((six[service].project / "tests" / "cases.json").read_text(encoding="utf-8"))
    examples = {c["operation"]: c["body"] for c in cases["requests"].values()}
    fields = raised = 0
    for operation, entry in sorted(document["operations"].items()):
        if "body" not in entry:
            continue
        for n, path in enumerate(sorted(set(_secret_paths(entry["body"], components)), key=str)):
            fields += 1
            secret = f"Zq{n}#{operation[:6]}-S3cr3t"
            for label, body in _mutations(copy.deepcopy(examples.get(operation, {})), path, secret):
                try:
                    validation.validate_request(operation, {"json": body})
                except validation.RequestValidationError as error:
                    raised += 1
                    shown = f"{error} {error.detail} {error.field} {error!r}"
                    assert secret not in shown and "S3cr3t" not in shown, (operation, path, label, str(error))
    assert raised >= fields  # each secret field's mutations were refused at least once
    if service in ("relational-database-service", "gaussdb-opengauss", "elastic-cloud-server"):
        assert fields > 0  # these services have password fields


@pytest.mark.parametrize("service", SERVICES)
def test_no_repr_contains_a_secret_value(six: dict[str, Generated], packages: dict[str, Any], service: str) -> None:
    package = packages[service]
    view = six[service].result.view
    assert view is not None
    models = importlib.import_module(f"{package.__name__}.models")
    hidden = 0
    for name in models.__all__:
        cls = getattr(models, name)
        if not attrs.has(cls):
            continue
        obj = cls.__new__(cls)
        secrets = []
        for f in attrs.fields(cls):
            if f.name == "additional_properties":
                value: Any = {"adminPass": "AP-S3cr3t", "note": {"password": "NP-S3cr3t"}, "plain": "shown"}
            elif f.name in view.secret_attributes or is_secret_field(f.name):
                value = f"{name}.{f.name}-S3cr3t"
                secrets.append(value)
            else:
                value = f"{f.name}-plain"
            object.__setattr__(obj, f.name, value)
        text = repr(obj)
        assert "S3cr3t" not in text, (name, text)
        assert "shown" in text  # the repr still shows what is not secret
        hidden += len(secrets)
    marked = len(list(_spec_secret_properties(six[service].result.view.spec)))  # type: ignore[union-attr]
    assert (hidden > 0) == (marked > 0)


def _spec_secret_properties(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                yield from (name for name, sub in value.items() if is_secret_schema(sub))
            yield from _spec_secret_properties(value)
    elif isinstance(node, list):
        for value in node:
            yield from _spec_secret_properties(value)


@pytest.mark.parametrize("service", SERVICES)
def test_the_clients_repr_hides_its_token(packages: dict[str, Any], service: str) -> None:
    package = packages[service]
    client = package.AuthenticatedClient(base_url="https://secret.test", token="Tk-S3cr3t", cookies={"s": "Ck-S3cr3t"},
                                         headers={"X-Api-Key": "Hd-S3cr3t"},
                                         httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(204))})
    client.get_httpx_client().get("/")  # after the first request the token is in the client's headers too
    assert "S3cr3t" not in repr(client) and "secret.test" in repr(client)
    assert "S3cr3t" not in repr(package.Client(base_url="https://secret.test", headers={"X-Auth-Token": "S3cr3t"}))


@pytest.mark.parametrize("service", SERVICES)
def test_httpx_request_log_lines_hide_secret_query_values(packages: dict[str, Any], service: str,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    """httpx logs every request's URL at INFO; with a generated client imported, a secret sent as a query parameter
    (MRS sends `new_password` in the query) shows as `***` there, the other parameters as they were."""
    package = packages[service]
    client = package.Client(base_url="https://secret.test",
                            httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(204))})
    with caplog.at_level("INFO", logger="httpx"):
        client.get_httpx_client().get("/v1/users", params={"new_password": "Pw-S3cr3t", "limit": 10})
    assert "Pw-S3cr3t" not in caplog.text and "new_password=***" in caplog.text and "limit=10" in caplog.text
