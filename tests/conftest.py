"""Shared fixtures: the real docs are read in place from ../shared (never copied into the project)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path

import pytest

from benchmarks.build import SERVICES as BENCHMARK_SERVICES

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
CORPUS = SHARED / "corpus"
FIXTURES = PROJECT / "tests" / "fixtures"
SAMPLE = PROJECT / "examples" / "sample-service"

SERVICES = BENCHMARK_SERVICES  # the six services of ../shared/corpus, listed once

# Where the corpus builds of the tests (tests/corpus/catalogue.py) keep their build cache: this folder, or `off`;
# unset, `.pytest_cache/d/rst2openapi-build` (gone with `pytest --cache-clear` or `-p no:cacheprovider`).
TEST_CACHE_VARIABLE = "RST2OPENAPI_TEST_CACHE"


def terminal_line(config: pytest.Config, line: str) -> None:
    """One line on the terminal, past output capturing, as pytest writes its own (silent with `-p no:terminal`):
    what a slow session fixture is doing."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None:
        return
    capture = config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture is not None else nullcontext():
        reporter.ensure_newline()
        reporter.write_line(line)


def corpus_build_cache(config: pytest.Config) -> Path | None:
    """The folder of the corpus builds' cache (see TEST_CACHE_VARIABLE), or None for none."""
    chosen = os.environ.get(TEST_CACHE_VARIABLE, "")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen).resolve()
    cache = getattr(config, "cache", None)
    return cache.mkdir("rst2openapi-build") if cache is not None else None


def pytest_configure(config: pytest.Config) -> None:
    from tests.corpus.catalogue import use_build_cache  # it imports this module

    use_build_cache(corpus_build_cache(config), say=lambda line: terminal_line(config, f"[corpus] {line}"))


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
