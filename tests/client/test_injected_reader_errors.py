"""Issue 16 acceptance: the contract suite can fail. Five reader-style errors, each injected into the committed
gaussdb spec; client and suite regenerated from it into a temporary folder with the committed, reviewed doc-defect
list (as `rst2openapi generate` does with the committed folder). Each must make the generated suite fail, or
`rst2openapi check` (which rebuilds the spec from the docs).

Before the doc-defect list was reviewed data, every one of them gave a passing suite: `generate` listed whatever
example the spec rejected as a doc defect.

Six generations and suite runs and five `check`s against the docs: marked `corpus`, out of the quick loop, which
keeps the same paths on one spec (test_contract_suite.py: a new and a fixed defect fail the suite, `check` fails on
a changed table row or an unaccepted candidate defect).
"""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.client import GenerateResult, generate_client
from generator.client.defects import load_defects
from generator.writer import load_yaml
from tests.client.conftest import PACKAGE
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "gaussdb-opengauss.yaml"
COMMITTED = ROOT / "generated" / "gaussdb-opengauss" / "tests" / "doc_defects.yaml"
CREATE = "CreateDbInstanceRequest"

pytestmark = pytest.mark.corpus


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def false_max_length(spec: dict[str, Any]) -> None:
    """A `maxLength` the prose does not state, on a field every documented create request sends (`name`)."""
    _schemas(spec)[CREATE]["properties"]["name"]["maxLength"] = 4


def name_not_required(spec: dict[str, Any]) -> None:
    _schemas(spec)[CREATE]["required"].remove("name")


def request_type_changed(spec: dict[str, Any]) -> None:
    _schemas(spec)[CREATE]["properties"]["region"]["type"] = "integer"


def response_type_changed(spec: dict[str, Any]) -> None:
    _schemas(spec)["Version"]["properties"]["id"]["type"] = "integer"


_PROSE = ("minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum", "pattern",
          "format", "not", "default")


def constraints_dropped(spec: dict[str, Any]) -> None:
    """Every keyword read from prose (`x-constraint-source`) dropped, everywhere."""
    def strip(node: Any) -> None:
        if isinstance(node, dict):
            for source in node.pop("x-constraint-source", []):
                keyword = str(source).split(":", 1)[0]
                if keyword in _PROSE:
                    node.pop(keyword, None)
            for value in node.values():
                strip(value)
        elif isinstance(node, list):
            for value in node:
                strip(value)
    strip(spec)


INJECTIONS: dict[str, Callable[[dict[str, Any]], None]] = {f.__name__: f for f in (
    false_max_length, name_not_required, request_type_changed, response_type_changed, constraints_dropped)}


def _suite(project: Path) -> subprocess.CompletedProcess[str]:
    """The generated suite but its property-based tests (the slow part; they check the client against the spec,
    which both come from the injected spec)."""
    tests = project / "tests"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tests),
                           str(tests), "-k", "not generated_bodies"], capture_output=True, text=True, check=False,
                          cwd=tests)


@pytest.fixture(scope="module")
def injected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[GenerateResult, Path, str, int]]:
    spec = load_yaml(SPEC.read_text(encoding="utf-8"))
    reviewed = load_defects(COMMITTED.read_text(encoding="utf-8"))
    root = tmp_path_factory.mktemp("injected")

    def one(name: str) -> tuple[str, tuple[GenerateResult, Path, str, int]]:
        broken = copy.deepcopy(spec)
        INJECTIONS[name](broken)
        (root / f"{name}.yaml").write_text(yaml.safe_dump(broken, sort_keys=False), encoding="utf-8")
        result = generate_client(broken, root / name, PACKAGE, defects=reviewed)
        run = _suite(root / name)
        return name, (result, root / name, run.stdout, run.returncode)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(one, INJECTIONS))


def test_the_committed_spec_gives_a_passing_suite_and_no_review_diagnostic(tmp_path: Path) -> None:
    """The control: without an injected error the same steps pass (what the injections change is what fails)."""
    spec = load_yaml(SPEC.read_text(encoding="utf-8"))
    result = generate_client(spec, tmp_path / "control", PACKAGE, defects=load_defects(COMMITTED.read_text("utf-8")))
    assert result.ok and result.diagnostics == []
    run = _suite(tmp_path / "control")
    assert run.returncode == 0, run.stdout[-3000:]


@pytest.mark.parametrize("name", ["false_max_length", "request_type_changed", "response_type_changed",
                                  "constraints_dropped"])
def test_the_generated_suite_fails_and_generate_reports_the_candidates(
        injected: dict[str, tuple[GenerateResult, Path, str, int]], name: str) -> None:
    result, _, output, code = injected[name]
    assert code == 1, output[-3000:]
    codes = {d.code for d in result.diagnostics}
    assert codes & {"contract-defect-new", "contract-defect-fixed", "contract-defect-changed"}, codes
    if name in ("false_max_length", "request_type_changed"):  # a documented request the client now refuses
        assert "FAILED" in output and "test_client_sends_the_documented_request[create_db_instance" in output
        assert "RequestValidationError" in output
    if name == "constraints_dropped":  # the masked passwords are listed as breaking minLength/pattern
        assert "now validates" in output or "doc_defects.yaml lists" in output


def test_check_fails_for_every_injection(injected: dict[str, tuple[GenerateResult, Path, str, int]],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`check` against the docs: the injected spec is not what the docs give (for `name_not_required` the only
    evidence: no documented example or sentence contradicts an optional `name`, so the suite, which has only the
    spec and the examples, passes)."""
    failing = {}
    for name, (_, project, _, _) in injected.items():
        code = main(["check", str(CORPUS / "gaussdb-opengauss"), "--spec", str(project.parent / f"{name}.yaml"),
                     "--client", str(project), "--diff-lines", "0"])
        failing[name] = code
    out = capsys.readouterr()
    assert failing == dict.fromkeys(INJECTIONS, 1), out.err[-3000:]
    assert injected["name_not_required"][3] == 0  # measured: only check catches it
