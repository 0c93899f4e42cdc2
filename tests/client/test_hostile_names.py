"""Issue 11: doc text that becomes Python identifiers, docstrings, defaults and file names cannot break the client.

`tests/fixtures/hostile` is a docs tree whose names and text are the hostile classes: page titles that are keywords
(Class, Importing, Global, With, Lambda, Async), query parameters named like the endpoint's own arguments and locals
(`body`, `client`, `params`, `headers`), names that are one identifier (`Name`/`name`, `a-b`/`a_b`), a leading digit,
non-ASCII, a 255-character name, `__import__('os').system(...)` as a name, and `\"\"\"`, `{{ 7*7 }}`, `{% raw %}` and a
backslash at the end of a line in descriptions, a default and an example. It builds, generates with no finding,
passes `mypy --strict` and its own contract suite (which sends the documented request and checks the wire names),
and no payload runs.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.client import GenerateResult, generate_client
from generator.pipeline import build
from tests.modules import importable

FIXTURE = Path(__file__).parents[1] / "fixtures" / "hostile"
PACKAGE = "hostile_names_client"
PAYLOAD = "__import__('os').system('touch hostile-pwned')"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, Any], GenerateResult, Path]]:
    built = build(FIXTURE)
    project = tmp_path_factory.mktemp("hostile") / "hostile"
    result = generate_client(built.spec, project, PACKAGE)
    with importable(project, PACKAGE):
        yield built.spec, result, project


def _record(seen: list[httpx.Request], request: httpx.Request, answer: Any) -> httpx.Response:
    seen.append(request)
    return httpx.Response(200, json=answer)


def test_the_hostile_tree_builds_and_generates_without_a_finding(
        hostile: tuple[dict[str, Any], GenerateResult, Path]) -> None:
    _, result, project = hostile
    assert result.diagnostics == [], [str(d) for d in result.diagnostics]
    assert result.operations == result.functions == 6
    # the keyword titles are modules named as the generator names them, and the check found each of them
    modules = sorted(p.name for p in (project / PACKAGE / "api").glob("*/*.py") if p.stem != "__init__")
    assert modules == ["async_.py", "class_.py", "global_.py", "import_.py", "lambda_.py", "with_.py"]
    assert result.view is not None and result.view.modules["class"] == "class_"


def test_the_hostile_client_passes_mypy_strict_and_its_suite(
        hostile: tuple[dict[str, Any], GenerateResult, Path], mypy_cache: Path) -> None:
    _, _, project = hostile
    mypy = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), "-p", PACKAGE],
                          cwd=project, capture_output=True, text=True, check=False)
    assert mypy.returncode == 0, mypy.stdout[-3000:]
    suite = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], cwd=project,
                           capture_output=True, text=True, check=False)
    assert suite.returncode == 0, suite.stdout[-3000:]
    assert " passed" in suite.stdout and "failed" not in suite.stdout
    assert not list(project.rglob("hostile-pwned")) and not Path("hostile-pwned").exists()


def test_hostile_names_travel_under_their_wire_names(hostile: tuple[dict[str, Any], GenerateResult, Path]) -> None:
    spec, result, project = hostile
    assert result.view is not None
    [module] = (project / PACKAGE / "api").glob(f"*/{result.view.modules['class']}.py")
    endpoint = importlib.import_module(f"{PACKAGE}.api.{module.parent.name}.{module.stem}")
    models = importlib.import_module(f"{PACKAGE}.models")
    body_schema = spec["components"]["schemas"]["ClassRequest"]
    # a property with an enum (`mode`: `{{7*7}}`, `{%raw%}`, ...) travels with one of its hostile values
    wire_body = {name: prop["enum"][0] if "enum" in prop else f"value of {name}"
                 for name, prop in body_schema["properties"].items()}
    body = models.ClassRequest.from_dict(wire_body)
    assert body.to_dict() == wire_body  # `to_dict`, `additional_properties`, `Name`/`name` ... all kept apart
    assert body.additional_properties == {}
    query = [p["name"] for p in spec["paths"]["/v1/{project_id}/class"]["post"]["parameters"] if p["in"] == "query"]
    for name in ("body", "client", "params", "headers", "Name", "name", PAYLOAD):
        assert name in query
    params = spec["paths"]["/v1/{project_id}/class"]["post"]["parameters"]
    arguments = {p["name"]: f"q-{i}" for i, p in enumerate(params) if p["in"] == "query"}
    headers = {p["name"]: f"h-{i}" for i, p in enumerate(params) if p["in"] == "header"}
    seen: list[httpx.Request] = []
    client = importlib.import_module(PACKAGE).Client(
        base_url="https://hostile.test", httpx_args={"transport": httpx.MockTransport(
            lambda request: _record(seen, request, wire_body))})
    names = result.view.arguments["class"]
    kwargs = {names[f"query:{wire}"]: value for wire, value in arguments.items()}
    kwargs.update({names[f"header:{wire}"]: value for wire, value in headers.items()})
    response = endpoint.sync_detailed("p1", client=client, body=body, **kwargs)
    [request] = seen
    assert dict(request.url.params) == arguments
    assert {name: request.headers[name] for name in headers} == headers
    assert json.loads(request.content) == wire_body
    assert response.parsed is not None and response.parsed.to_dict() == wire_body
