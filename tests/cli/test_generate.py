"""`generate` and `check --client` on a plain install (no `client` extra): one line naming the extra, exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import SAMPLE

SAMPLE_SPEC = SAMPLE.parents[1] / "spec" / "sample-service.yaml"
CLIENT = SAMPLE.parents[1] / "generated" / "gaussdb-opengauss"
ADVICE = "pip install 'rst2openapi[client]'"


@pytest.mark.parametrize("missing", [["openapi_python_client"], ["ruff"], ["openapi_python_client", "ruff"]])
def test_generate_without_the_client_extra_is_one_line_and_exit_2(missing: list[str], tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    for module in missing:  # what importlib finds when the package is not installed
        monkeypatch.setitem(sys.modules, module, None)
    out = tmp_path / "client"
    assert main(["generate", str(SAMPLE_SPEC), "-o", str(out)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    names = {"openapi_python_client": "openapi-python-client", "ruff": "ruff"}
    assert line == (f"rst2openapi generate: error: the client generator needs {' and '.join(names[m] for m in missing)}"
                    f", which a plain install leaves out: {ADVICE}")
    assert not out.exists()


def test_check_of_a_client_without_the_extra_says_so(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "openapi_python_client", None)
    assert main(["check", str(SAMPLE), "--spec", str(SAMPLE_SPEC), "--client", str(CLIENT)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("rst2openapi check: error: the client generator needs openapi-python-client")
    assert line.endswith(ADVICE)


def test_build_lint_and_check_of_a_spec_need_no_client_extra(tmp_path: Path) -> None:
    """A plain install runs everything but the client generator: in a fresh interpreter where the client generator's
    packages cannot be imported, `check --spec` passes and `generate` says what to install, with no traceback."""
    block = ("import sys; sys.modules['openapi_python_client'] = None; sys.modules['ruff'] = None; "
             "from generator.cli import main; sys.exit(main(sys.argv[1:]))")
    run = [sys.executable, "-c", block]
    ok = subprocess.run([*run, "check", str(SAMPLE), "--spec", str(SAMPLE_SPEC)], capture_output=True, text=True,
                        check=False)
    assert ok.returncode == 0, ok.stderr
    refused = subprocess.run([*run, "generate", str(SAMPLE_SPEC), "-o", str(tmp_path / "c")], capture_output=True,
                             text=True, check=False)
    assert refused.returncode == 2 and refused.stdout == "" and "Traceback" not in refused.stderr
    assert refused.stderr.strip().endswith(ADVICE) and len(refused.stderr.splitlines()) == 1
