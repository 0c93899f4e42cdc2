"""Issue 9 item 7 acceptance, client side: the object-storage-service client has a function per operation, no
generator warning, passes `mypy --strict`, and its contract suite fails only on the doc defects it lists."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.client import GenerateResult, generate_client
from generator.client.defects import load_defects
from tests.client.conftest import DEFECTS
from tests.client.test_six_services import _spec_operation_ids
from tests.corpus.test_object_storage import built

PACKAGE = "object_storage_service_client"

# a second real service generated, checked by mypy and its suite run: out of the quick loop, which keeps the
# S3-style client on the fixture pages (test_wire.py)
pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def obs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GenerateResult, Path]]:
    project = tmp_path_factory.mktemp("obs") / "object-storage-service"
    reviewed = load_defects((DEFECTS / "object-storage-service.yaml").read_text(encoding="utf-8"))
    yield generate_client(built().spec, project, PACKAGE, defects=reviewed), project


def test_a_function_per_operation_and_no_generator_warning(obs: tuple[GenerateResult, Path]) -> None:
    result, _ = obs
    assert result.diagnostics == [], [f"{d.code}: {d.message[:300]}" for d in result.diagnostics]
    assert len(_spec_operation_ids(built().spec)) == result.operations == result.functions


def test_the_package_passes_mypy_strict(obs: tuple[GenerateResult, Path]) -> None:
    _, project = obs
    run = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(project.parent / ".mypy"),
                          "-p", PACKAGE], cwd=project, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout[-3000:]


def test_the_contract_suite_fails_only_on_listed_doc_defects(obs: tuple[GenerateResult, Path]) -> None:
    result, project = obs
    run = subprocess.run([sys.executable, "-m", "pytest", str(project / "tests"), "-q", "-p", "no:cacheprovider",
                          "--rootdir", str(project / "tests")], cwd=project / "tests", capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stdout[-4000:]
    assert result.suite is not None and f"{result.suite.tests} passed" in run.stdout
