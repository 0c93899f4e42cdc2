"""The clients of real services, generated once per session into temporary folders: gaussdb-opengauss's, made
importable (`opengauss_client`); the other five services of ../shared/corpus with their suites and one `mypy --strict`
run (`six`: test_six_services.py, test_secrets.py); dedicated-host's and vpc-endpoint's beside the committed
gaussdb-opengauss suite for the live mode's tests (`live_suites`: test_live.py).

The quick loop `pytest -m "not slow and not corpus"` leaves out the multi-service generation and the runs of a real
service's suite or tools: every test that uses `six` or `live_suites` (REAL_SERVICE_FIXTURES, directly or through
another fixture) is marked `slow` here; the tests that run the gaussdb-opengauss client's suite, mypy or ruff in a
subprocess, or generate it again, are marked `slow` by hand. The gaussdb-opengauss client itself stays in the quick
loop (one generation) with the tests that call it in-process. Each fixture says what it is doing on the terminal, a
line per service and step."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.client import GenerateResult, generate_client
from generator.client.defects import load_defects
from generator.client.view import python_name
from generator.writer import load_yaml
from tests.conftest import PROJECT, SERVICES, terminal_line
from tests.corpus.catalogue import built
from tests.modules import importable

PACKAGE = "gaussdb_opengauss_client"
# the session fixtures that generate several real services' clients: a test that uses one is `slow`
# (pytest_collection_modifyitems)
REAL_SERVICE_FIXTURES = frozenset({"six", "live_suites"})
OTHERS = [s for s in SERVICES if s != "gaussdb-opengauss"]
# the reviewed doc-defect list of gaussdb-opengauss, committed with its client; the other five in tests/client/defects
COMMITTED_DEFECTS = PROJECT / "generated" / "gaussdb-opengauss" / "tests" / "doc_defects.yaml"
DEFECTS = Path(__file__).resolve().parent / "defects"


def reviewed_list(service: str) -> Path:
    """Where the reviewed doc-defect list of a service is committed."""
    return COMMITTED_DEFECTS if service == "gaussdb-opengauss" else DEFECTS / f"{service}.yaml"


@pytest.fixture(scope="session")
def opengauss_spec() -> dict[str, Any]:
    spec: dict[str, Any] = built("gaussdb-opengauss").spec  # the session's build, through the tests' build cache
    return spec


@pytest.fixture(scope="session")
def opengauss_client(
    request: pytest.FixtureRequest, opengauss_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[GenerateResult]:
    out = tmp_path_factory.mktemp("client") / "gaussdb-opengauss"
    begun = time.perf_counter()
    terminal_line(request.config, "[gaussdb-opengauss client] generating the client and its contract suite")
    result = generate_client(opengauss_spec, out, PACKAGE,
                             defects=load_defects(COMMITTED_DEFECTS.read_text(encoding="utf-8")))
    terminal_line(request.config, f"[gaussdb-opengauss client] generated in {time.perf_counter() - begun:.0f} s, "
                                  f"{result.operations} operations")
    with importable(out, PACKAGE):
        yield result


# --- the six services of ../shared/corpus, generated once per session (test_six_services.py, test_secrets.py) ---

def package_name(service: str) -> str:
    return python_name(service) + "_client"


@dataclass
class Generated:
    service: str
    result: GenerateResult
    project: Path
    suite_output: str = ""
    suite_code: int = -1
    mypy_errors: str = ""


# Every test this session collected, with its marks, before `-m` or `-k` left any out (tests/client/test_quick_loop.py)
COLLECTED = pytest.StashKey[tuple[pytest.Item, ...]]()


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marks
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test that needs several real services' generated clients (REAL_SERVICE_FIXTURES, directly or through
    another fixture: pytest's closure of the test's fixtures) is slow, whatever its module."""
    for item in items:
        if REAL_SERVICE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    config.stash[COLLECTED] = tuple(items)


def progress(config: pytest.Config, line: str) -> None:
    terminal_line(config, f"[six services] {line}")


@pytest.fixture(scope="session")
def six(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
        opengauss_client: GenerateResult) -> dict[str, Generated]:
    root = tmp_path_factory.mktemp("six")
    started = time.perf_counter()
    progress(request.config, f"generating the clients and contract suites of {len(OTHERS)} services "
                             f"({', '.join(OTHERS)}), 2 at a time")

    def one(service: str) -> Generated:
        project = root / service
        reviewed = load_defects(reviewed_list(service).read_text(encoding="utf-8"))
        begun = time.perf_counter()
        result = generate_client(built(service).spec, project, package_name(service), defects=reviewed)
        tests = result.suite.tests if result.suite is not None else 0
        progress(request.config, f"{service}: generated in {time.perf_counter() - begun:.0f} s, {result.operations} "
                                 f"operations, {tests} contract tests, {len(result.diagnostics)} findings")
        return Generated(service, result, project)

    with ThreadPoolExecutor(max_workers=2) as pool:
        generated = {g.service: g for g in pool.map(one, OTHERS)}
    progress(request.config, f"running the {len(generated)} contract suites and one mypy --strict over the clients")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    suites = {
        s: subprocess.Popen([sys.executable, "-m", "pytest", str(g.project / "tests"), "-q", "-p", "no:cacheprovider",
                             "--rootdir", str(g.project / "tests")],
                            cwd=g.project / "tests", stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=env)
        for s, g in generated.items() if g.result.package_dir is not None
    }
    mypy_path = os.pathsep.join(str(g.project) for g in generated.values())
    mypy = subprocess.Popen(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(root / ".mypy_cache"),
         *[a for s in generated for a in ("-p", package_name(s))]],
        cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**env, "MYPYPATH": mypy_path})
    mypy_out, _ = mypy.communicate()
    progress(request.config, f"mypy --strict: exit code {mypy.returncode}")
    for service, proc in suites.items():
        out, _ = proc.communicate()
        generated[service].suite_output, generated[service].suite_code = out, proc.returncode
        summary = out.strip().splitlines()[-1] if out.strip() else "no output"
        progress(request.config, f"{service}: contract suite {summary}")
    progress(request.config, f"done in {time.perf_counter() - started:.0f} s")
    for service, g in generated.items():
        g.mypy_errors = "\n".join(line for line in mypy_out.splitlines()
                                  if line.startswith(package_name(service) + "/") and ": error:" in line)
    if mypy.returncode != 0 and not any(g.mypy_errors for g in generated.values()):
        pytest.fail(f"mypy failed without naming a package: {mypy_out[-2000:]}")
    generated["gaussdb-opengauss"] = Generated("gaussdb-opengauss", opengauss_client,
                                               Path(str(opengauss_client.package_dir)).parent)
    return generated


# --- the live mode's suites (test_live.py) ---

LIVE_OTHERS = ("dedicated-host", "vpc-endpoint")
COMMITTED_SUITE = PROJECT / "generated" / "gaussdb-opengauss" / "tests"


@pytest.fixture(scope="session")
def live_suites(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The tests folder of each service's suite for the live mode's tests: gaussdb-opengauss's committed one, the
    others generated here from their committed specs (their doc-defect list: the candidates, as `--accept-defects`
    writes it)."""
    found = {"gaussdb-opengauss": COMMITTED_SUITE}
    for service in LIVE_OTHERS:
        out = tmp_path_factory.mktemp("live") / service
        begun = time.perf_counter()
        terminal_line(request.config, f"[live suites] {service}: generating the client and its contract suite")
        spec = load_yaml((PROJECT / "spec" / f"{service}.yaml").read_text(encoding="utf-8"))
        result = generate_client(spec, out, package_name(service), accept_defects=True)
        assert result.ok, [d.message for d in result.diagnostics]
        terminal_line(request.config, f"[live suites] {service}: generated in {time.perf_counter() - begun:.0f} s, "
                                      f"{result.operations} operations")
        found[service] = out / "tests"
    return found
