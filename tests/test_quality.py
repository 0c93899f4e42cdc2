"""House rules enforced in CI: `ruff` and `mypy --strict` clean on the package, benchmarks, scripts and tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_clean() -> None:
    result = run("ruff", "check", "generator", "benchmarks", "scripts", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_clean() -> None:
    result = run("mypy", "--strict", "generator", "benchmarks", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr
