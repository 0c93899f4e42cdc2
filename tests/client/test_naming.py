"""generator/client/naming.py: one safe, unique Python name per wire name, the one the generator then keeps.

The property-based test draws operation, parameter and property names (and enum values and defaults) from the
hostile classes of issue 11, generates a client for each drawn spec and checks that it compiles, imports and sends
and reads every value under its wire name; one `mypy --strict` run covers all the generated packages at the end.
"""

from __future__ import annotations

import builtins
import compileall
import importlib
import json
import keyword
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.client import generate_client
from generator.client.naming import (
    PARAMETER_RESERVED,
    PROPERTY_RESERVED,
    Scope,
    generator_identifier,
    safe_identifier,
)
from tests.conftest import examples

PAYLOAD = "__import__('os').system('touch naming-pwned')"


def _record(seen: list[httpx.Request], request: httpx.Request, answer: Any) -> httpx.Response:
    seen.append(request)
    return httpx.Response(200, json=answer)


def test_the_generators_own_name_is_kept_when_it_is_safe() -> None:
    scope = Scope(PROPERTY_RESERVED)
    assert [scope.claim(n) for n in ("project_id", "flavorRef", "class", "x-dash")] == \
        ["project_id", "flavor_ref", "class_", "x_dash"]


@pytest.mark.parametrize(("reserved", "names", "expected"), [
    (PARAMETER_RESERVED, ["body", "client", "params", "headers"], ["body_query", "client_query", "params_query",
                                                                   "headers_query"]),
    (PARAMETER_RESERVED, ["name", "Name", "name~"], ["name", "name_query", "name_like"]),
    (PROPERTY_RESERVED, ["to_dict", "additional_properties", "d"], ["to_dict_field", "additional_properties_field",
                                                                    "d_field"]),
    (PROPERTY_RESERVED, ["a-b", "a_b", "ünï", "名前", "1st"], ["a_b", "a_b_field", "uni", "field", "field_1st"]),
    # a name another one's generated local would shadow: `tags_item` is the loop variable of `tags`
    (PROPERTY_RESERVED, ["tags", "tags_item", "json_tags"], ["tags", "field_tags_item", "json_tags_field"]),
])
def test_clashing_names_get_names_of_their_own(reserved: frozenset[str], names: list[str], expected: list[str]) -> None:
    scope = Scope(reserved)
    suffix = "query" if reserved is PARAMETER_RESERVED else "field"
    got = [scope.claim(n, "like" if n.endswith("~") else suffix) for n in names]
    assert got == expected
    assert all(generator_identifier(n) == n for n in got)  # what the view gives is what the generator writes


def test_a_long_or_empty_name_is_still_an_identifier() -> None:
    assert safe_identifier("N" * 255) == "n" * 120
    assert safe_identifier("()") == "field"
    assert safe_identifier(PAYLOAD).isidentifier()


# --- property-based: random hostile names -> a client that compiles, imports and keeps the wire names -------------

_WORDS = sorted({*keyword.kwlist, *keyword.softkwlist, "self", "true", "None", "datetime", "id", "type", "list",
                 *[w for w in dir(builtins) if w.islower() and not w.startswith("_")][:40],
                 *PARAMETER_RESERVED, *PROPERTY_RESERVED, "UNSET", "Unset", "T", "Any", "field_dict"})
_ODD = ["Name", "NAME", "name", "a-b", "a_b", "a.b", "a b", "1abc", "9", "ünï", "名前", "ﬁle", "file", "\"\"\"",
        "{{ 7*7 }}", "{% raw %}", "x\\", "x~", "x~~", "tags", "tags_item", "json_tags", "_private", "__dunder__",
        PAYLOAD, "n" * 255]
_CHARS = st.characters(codec="utf-8", exclude_categories=["Cs"])
_NAME = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_ODD),
                  st.text(_CHARS, min_size=1, max_size=12))
_VALUE = st.one_of(st.sampled_from(["\"\"\"", "{{ 7*7 }}", "{% raw %}", "x\\", "a\"b", PAYLOAD, "ok"]),
                   st.text(_CHARS, max_size=8))


def _spec(op_id: str, params: list[str], props: list[str], enum: list[str], default: str) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": {p: {"type": "string"} for p in props}}
    schema["properties"]["zz_enum"] = {"type": "string", "enum": enum}
    schema["properties"]["zz_default"] = {"type": "string", "default": default}
    return {"openapi": "3.1.0", "info": {"title": "naming", "version": "1"},
            "paths": {"/v1/things": {"post": {
                "operationId": op_id, "tags": [op_id],
                "parameters": [{"name": p, "in": "query", "required": True, "schema": {"type": "string"}}
                               for p in params],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref":
                                                                                         "#/components/schemas/Thing"}}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                    "$ref": "#/components/schemas/Thing"}}}}}}}},
            "components": {"schemas": {"Thing": schema}}}


_PROJECTS: list[Path] = []


@settings(max_examples=examples(12), derandomize=True, database=None, deadline=None, print_blob=True,
          phases=(Phase.explicit, Phase.generate),  # no shrinking: a failing case prints as drawn
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(op_id=_NAME, params=st.lists(_NAME, min_size=1, max_size=8, unique=True),
       props=st.lists(_NAME.filter(lambda p: not p.startswith("zz_")), min_size=1, max_size=8, unique=True),
       enum=st.lists(_VALUE, min_size=1, max_size=4, unique=True), default=_VALUE)
def test_random_hostile_names_give_a_working_client(tmp_path_factory: pytest.TempPathFactory, op_id: str,
                                                    params: list[str], props: list[str], enum: list[str],
                                                    default: str) -> None:
    package = f"naming{len(_PROJECTS)}_client"
    project = tmp_path_factory.mktemp("naming") / package
    result = generate_client(_spec(op_id, params, props, enum, default), project, package)
    assert result.ok, [str(d) for d in result.diagnostics]
    assert result.view is not None
    assert compileall.compile_dir(str(project / package), quiet=1)
    _PROJECTS.append(project)
    sys.path.insert(0, str(project))
    try:
        view_op = result.view.spec["paths"]["/v1/things"]["post"]["operationId"]
        [module] = (project / package / "api").glob(f"*/{result.view.modules[view_op]}.py")
        endpoint = importlib.import_module(f"{package}.api.{module.parent.name}.{module.stem}")
        thing = importlib.import_module(f"{package}.models").Thing
        wire = {p: f"v{i}" for i, p in enumerate(props)} | {"zz_enum": enum[0]}
        body = thing.from_dict(wire)
        assert body.to_dict() == {**wire, **({"zz_default": default} if "zz_default" in body.to_dict() else {})}
        seen: list[httpx.Request] = []
        client = importlib.import_module(package).Client(
            base_url="https://naming.test", httpx_args={"transport": httpx.MockTransport(
                lambda request: _record(seen, request, wire))})
        arguments = result.view.arguments[view_op]
        query = {p: f"q{i}" for i, p in enumerate(params)}
        endpoint.sync_detailed(client=client, body=body, **{arguments[f"query:{p}"]: v for p, v in query.items()})
        [request] = seen
        assert dict(request.url.params) == query
        sent = json.loads(request.content)
        assert {k: v for k, v in sent.items() if k != "zz_default"} == wire
        assert sent.get("zz_default", default) == default  # a default is sent as written, or not at all
        assert not list(project.rglob("naming-pwned"))
    finally:
        sys.path.remove(str(project))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def test_the_random_clients_pass_mypy_strict(mypy_cache: Path) -> None:
    """One `mypy --strict` over every package the property-based test generated (it runs first, in file order)."""
    if not _PROJECTS:
        pytest.fail("the property-based test generated nothing (run the whole module)")
    mypy = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache),
                           *[str(p / p.name) for p in _PROJECTS]], capture_output=True, text=True, check=False)
    assert mypy.returncode == 0, mypy.stdout[-3000:]
