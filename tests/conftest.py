"""Shared fixtures: the real docs are read in place from ../shared (never copied into the project)."""

from __future__ import annotations

import os
from collections.abc import Iterator
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


@pytest.fixture(scope="session", autouse=True)
def build_cache_of_the_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """`rst2openapi build` keeps a cache in the user's cache folder (XDG_CACHE_HOME): the tests use one of their own,
    shared by the session (so later builds of the same docs run warm and must give the same bytes), never the
    user's."""
    folder = tmp_path_factory.mktemp("xdg-cache")
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    yield folder
    if before is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = before
