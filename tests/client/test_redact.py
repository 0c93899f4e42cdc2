"""`ruff_command`: the ruff that `python -m ruff` runs, started directly; `python -m ruff` where none is found."""

from __future__ import annotations

import subprocess
import sys

import pytest
import ruff.__main__  # type: ignore[import-untyped]

from generator.client.redact import ruff_command


def _version(command: list[str]) -> str:
    return subprocess.run([*command, "--version"], capture_output=True, text=True, check=True).stdout


def test_the_executable_is_the_one_python_dash_m_ruff_runs() -> None:
    command = ruff_command()
    assert len(command) == 1 and command[0] != sys.executable
    assert _version(command) == _version([sys.executable, "-m", "ruff"])


def test_without_an_executable_it_is_python_dash_m_ruff(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> str:
        raise FileNotFoundError("ruff")

    monkeypatch.setattr(ruff.__main__, "find_ruff_bin", missing)
    assert ruff_command() == [sys.executable, "-m", "ruff"]
