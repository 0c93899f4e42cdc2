"""The generated suite's own checks (generator/client/templates/contract_helper.py.j2 and its parts in
templates/contract/, and the cases contract.py writes) fail when what they check is wrong: each test breaks one thing
in a copy of a freshly generated gaussdb suite, runs the suite's tests of that kind, and asserts that every one of them
fails.

These test the templates' behaviour, not the committed output: a template that stops checking (the request test no
longer calling openapi-core, the response test no longer comparing, the boundary test no longer asserting) still
fails here after `generated/` is regenerated with it (issue 16, "tests that survive regeneration").
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.client import GenerateResult
from tests.client.conftest import PACKAGE


def _copy(opengauss_client: GenerateResult, tmp_path: Path) -> Path:
    project = tmp_path / "copy"
    shutil.copytree(Path(str(opengauss_client.package_dir)).parent, project)
    return project / "tests"


def _suite(tests: Path, keyword: str) -> tuple[int, dict[str, int], str]:
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tests),
                          str(tests), "-k", keyword], capture_output=True, text=True, check=False, cwd=tests)
    counts = {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|error)", run.stdout)}
    return run.returncode, counts, run.stdout


def _cases(tests: Path) -> dict[str, Any]:
    cases: dict[str, Any] = json.loads((tests / "cases.json").read_text(encoding="utf-8"))
    return cases


def _restrict_path_parameters(node: Any) -> None:
    """Every path parameter of the spec the suite validates with accepts no value the client sends."""
    if isinstance(node, dict):
        if node.get("in") == "path":
            node["schema"] = {"type": "string", "pattern": "^no-value-matches-this$"}
        for value in node.values():
            _restrict_path_parameters(value)
    elif isinstance(node, list):
        for value in node:
            _restrict_path_parameters(value)


@pytest.mark.slow  # runs the gaussdb-opengauss client's suite in a subprocess: a real service's suite run
def test_the_request_test_fails_when_openapi_core_rejects_the_request(opengauss_client: GenerateResult,
                                                                       tmp_path: Path) -> None:
    """The client does not validate path parameters; only openapi-core, against `spec.json`, can refuse them."""
    tests = _copy(opengauss_client, tmp_path)
    spec = json.loads((tests / "spec.json").read_text(encoding="utf-8"))
    _restrict_path_parameters(spec)
    (tests / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    with_path_parameters = [c for c in _cases(tests)["requests"].values() if "{" in c["path"]]
    assert with_path_parameters
    code, counts, output = _suite(tests, "client_sends_the_documented_request")
    assert code == 1, output[-3000:]
    assert counts.get("failed") == len(with_path_parameters), output[-3000:]
    assert "no-value-matches-this" in output or "InvalidParameter" in output or "openapi_core" in output


@pytest.mark.slow  # runs the gaussdb-opengauss client's suite in a subprocess: a real service's suite run
def test_the_response_test_fails_when_the_models_lose_a_field(opengauss_client: GenerateResult,
                                                               tmp_path: Path) -> None:
    """Every model's `to_dict()` made to drop its first field: every response round trip parsed to a model fails."""
    tests = _copy(opengauss_client, tmp_path)
    with (tests / "conftest.py").open("a", encoding="utf-8") as conftest:
        conftest.write(f"""

import importlib as _importlib
import inspect as _inspect

_models = _importlib.import_module("{PACKAGE}.models")


def _lossy(to_dict):
    def lossy(self):
        out = to_dict(self)
        if out:
            out.pop(next(iter(out)))
        return out
    return lossy


for _cls in list(vars(_models).values()):
    if _inspect.isclass(_cls) and hasattr(_cls, "to_dict") and hasattr(_cls, "from_dict"):
        _cls.to_dict = _lossy(_cls.to_dict)
""")
    code, counts, output = _suite(tests, "documented_response_round_trips")
    assert code == 1, output[-3000:]
    assert counts.get("failed", 0) > 0 and "to_dict() differs from the example" in output, output[-3000:]


@pytest.mark.slow  # runs the gaussdb-opengauss client's suite in a subprocess: a real service's suite run
def test_the_boundary_test_fails_when_the_outside_value_is_accepted(opengauss_client: GenerateResult,
                                                                     tmp_path: Path) -> None:
    tests = _copy(opengauss_client, tmp_path)
    cases = _cases(tests)
    assert cases["boundaries"]
    for case in cases["boundaries"].values():
        case["outside"] = case["inside"]
    (tests / "cases.json").write_text(json.dumps(cases), encoding="utf-8")
    code, counts, output = _suite(tests, "boundary_outside_is_rejected")
    assert code == 1, output[-3000:]
    assert counts.get("failed") == len(cases["boundaries"]), output[-3000:]
    assert "was accepted" in output


def test_each_numeric_and_length_boundary_is_a_pair_of_neighbours(opengauss_client: GenerateResult) -> None:
    """Just inside and just outside are one step apart (1 on an integer, 0.5 on a number, one character): with the
    suite's check that the inside value is accepted and the outside one refused, the inside value is the bound."""
    cases = _cases(Path(str(opengauss_client.package_dir)).parent / "tests")
    checked = 0
    for case in cases["boundaries"].values():
        inside, outside, keyword = case["inside"], case["outside"], case["keyword"]
        if keyword in ("minLength", "maxLength"):
            assert abs(len(outside) - len(inside)) == 1, case["id"]
            assert (len(outside) < len(inside)) == (keyword == "minLength"), case["id"]
        elif keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            step = 1 if isinstance(inside, int) and isinstance(outside, int) else 0.5
            assert abs(outside - inside) == step, case["id"]
            assert (outside < inside) == (keyword in ("minimum", "exclusiveMinimum")), case["id"]
        else:
            continue
        checked += 1
    assert checked >= 10  # gaussdb-opengauss: ports, backup policy, lengths


def test_every_scalar_property_gets_its_boundaries_whatever_precedes_it() -> None:
    """`contract._boundaries` walks every property of a body: an array or a free-form property before a
    constrained one does not end the walk."""
    from generator.client.contract import _boundaries

    schema = {"type": "object", "properties": {
        "tags": {"type": "array", "items": {"type": "string"}},
        "name": {"type": "string", "minLength": 4, "maxLength": 8},
        "volume": {"type": "object", "properties": {"size": {"type": "integer", "minimum": 40}}},
    }}
    example = {"tags": ["a"], "name": "inst", "volume": {"size": 40}}
    found = {(".".join(b["field"]), b["keyword"]): (b["inside"], b["outside"])
             for b in _boundaries({}, schema, example, [])}
    assert found == {("name", "minLength"): ("iiii", "iii"), ("name", "maxLength"): ("iiiiiiii", "iiiiiiiii"),
                     ("volume.size", "minimum"): (40, 39)}


def test_a_form_data_file_field_is_given_as_openapi_31_binary_and_scalars_as_json_parts() -> None:
    """`spec.json` states the encoding of FormData bodies as openapi-core reads them (README): a file field is
    `contentMediaType: application/octet-stream` without a type, a boolean or number part is JSON."""
    from generator.client.contract import _as_validated_form

    media: dict[str, Any] = {"schema": {"type": "object", "properties": {
        "file": {"type": "string", "format": "binary"}, "name": {"type": "string"}, "force": {"type": "boolean"}}}}
    _as_validated_form({}, media)
    properties = media["schema"]["properties"]
    assert properties["file"] == {"contentMediaType": "application/octet-stream"}
    assert properties["name"] == {"type": "string"}
    assert media["encoding"] == {"force": {"contentType": "application/json"}}
