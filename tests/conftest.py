"""Shared fixtures: the real docs are read in place from ../shared (never copied into the project)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.build import SERVICES as BENCHMARK_SERVICES

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
CORPUS = SHARED / "corpus"
FIXTURES = PROJECT / "tests" / "fixtures"
SAMPLE = PROJECT / "examples" / "sample-service"

SERVICES = BENCHMARK_SERVICES  # the six services of ../shared/corpus, listed once


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"the real docs are expected at {CORPUS} (../shared beside the project)")
    return CORPUS
