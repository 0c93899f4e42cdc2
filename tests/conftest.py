"""Shared fixtures: the real docs are read in place from ../shared (never copied into the project)."""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from _pytest.mark.expression import Expression
from hypothesis import settings
from xdist.scheduler import LoadScopeScheduling  # type: ignore[import-untyped]

from benchmarks import SERVICES as BENCHMARK_SERVICES

if TYPE_CHECKING:  # imported where used: the session's first process (pytest-xdist's controller) runs no test, and
    # what it imports before `keep_bytecode` is compiled again in every run
    from generator.cache import BuildCache
    from generator.constraints.engine import ConstraintStats
    from generator.constraints.rules import Cell, Finding
    from generator.diagnostics import Diagnostic
    from generator.operations import ServiceModel
    from generator.rst.entry import PageEntry

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
CORPUS = SHARED / "corpus"
FIXTURES = PROJECT / "tests" / "fixtures"
SAMPLE = PROJECT / "examples" / "sample-service"

SERVICES = BENCHMARK_SERVICES  # the six services of ../shared/corpus, listed once

# Where the corpus builds of the tests (tests/corpus/catalogue.py) keep their build cache: this folder, or `off`;
# unset, `.pytest_cache/d/rst2openapi-build` (gone with `pytest --cache-clear` or `-p no:cacheprovider`).
TEST_CACHE_VARIABLE = "RST2OPENAPI_TEST_CACHE"
# openapi-python-client through tests/generator_cache.py: its output kept by its input in
# `.pytest_cache/d/openapi-python-client` (off with RST2OPENAPI_TEST_CACHE=off or without pytest's cache); an entry
# unused for GENERATOR_CACHE_DAYS is removed
GENERATOR_CACHE = PROJECT / "tests" / "generator_cache.py"
GENERATOR_CACHE_DAYS = 14


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


# The hypothesis profile of the quick loop (a run whose `-m` keeps the unmarked tests and leaves out the `slow` ones,
# unless `--hypothesis-profile` names one): a tenth of Hypothesis's default budget, and of each test's own (`examples`)
QUICK_PROFILE = "quick"
settings.register_profile(QUICK_PROFILE, max_examples=10)


def examples(full: int) -> int:
    """A property test's budget: `full` under Hypothesis's default profile (100 examples: the full run), the same
    share of it under another (a tenth in the quick loop), at least one."""
    return max(1, full * settings().max_examples // 100)


def _no_mark(name: str, /, **kwargs: str | int | bool | None) -> bool:
    return False


def _slow_only(name: str, /, **kwargs: str | int | bool | None) -> bool:
    return name == "slow"


def is_quick_loop(markexpr: str) -> bool:
    """Whether a `-m` expression keeps the tests with no mark and leaves out those marked `slow` (the quick loop's
    `not slow and not corpus` does; no `-m`, `-m slow` or `-m corpus` do not)."""
    if not markexpr:
        return False
    expression = Expression.compile(markexpr)
    return expression.evaluate(_no_mark) and not expression.evaluate(_slow_only)


def keep_bytecode(config: pytest.Config) -> None:
    """With PYTHONDONTWRITEBYTECODE (no `__pycache__` beside the sources) every run compiled the project and rewrote
    the asserts of every test module again, a few seconds per test process: the bytecode of what this process
    imports from now on is kept in `.pytest_cache/d/pycache` instead (Python's `sys.pycache_prefix`, which pytest's
    assert rewriting follows), never beside the sources. The processes the session starts (pytest-xdist's workers,
    the generated suites, CLI and client runs in subprocesses) keep theirs there too, from their first import
    (`PYTHONPYCACHEPREFIX` in their environment): a generated suite's pytest otherwise compiled the project and the
    client and rewrote all of Hypothesis (a pytest plugin's distribution) in each run, about 0.7 s of CPU. What was
    kept for the temporary folders of an earlier session (generated clients) goes when a session starts. Off with
    RST2OPENAPI_TEST_CACHE=off or without pytest's cache."""
    if not sys.dont_write_bytecode or sys.pycache_prefix is not None:
        return
    folder = kept_folder(config, "pycache")
    if folder is None:
        return
    if "PYTEST_XDIST_WORKER" not in os.environ:  # once a session, before its test processes start
        shutil.rmtree(folder / Path(tempfile.gettempdir()).resolve().relative_to(Path("/").resolve()),
                      ignore_errors=True)
    sys.pycache_prefix = str(folder)
    sys.dont_write_bytecode = False
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def pytest_configure(config: pytest.Config) -> None:
    from tests.corpus.catalogue import use_build_cache  # it imports this module

    keep_bytecode(config)
    use_build_cache(corpus_build_cache(config), say=lambda line: terminal_line(config, f"[corpus] {line}"))
    if is_quick_loop(config.getoption("markexpr", "") or "") and config.getoption("hypothesis_profile", None) is None:
        settings.load_profile(QUICK_PROFILE)


# Test files that run in one test process under `-n 2 --dist loadfile`, as if they were one file: each group's files
# share a costly session fixture (the `six` services' clients: 2 minutes, both cores), which a process makes once.
# tests/client/test_quick_loop.py checks that every test using such a fixture is in one group or one file.
ONE_PROCESS_FILES = {
    "six": ("tests/client/test_readme.py", "tests/client/test_secrets.py", "tests/client/test_six_services.py"),
}
_GROUP_OF_FILE = {file: group for group, files in ONE_PROCESS_FILES.items() for file in files}


class FileOrGroupScheduling(LoadScopeScheduling):  # type: ignore[misc]  # pytest-xdist has no type hints
    """`--dist loadfile` in this project: each test file runs in one test process (a module's fixtures, a generated
    client, are made once, and its later tests find what its first ones made), and the files of a group of
    ONE_PROCESS_FILES in one process together. pytest-xdist's `xdist_group` mark would say the same, but it works by
    rewriting test ids, which pytest 9.2 no longer lets it do (pytest-dev/pytest-xdist#1386)."""

    def _split_scope(self, nodeid: str) -> str:
        return scheduling_unit(nodeid)


def scheduling_unit(nodeid: str) -> str:
    """What the test `nodeid` runs with in one process under `--dist loadfile`: its file, or its file's group."""
    file = nodeid.split("::", 1)[0]
    return _GROUP_OF_FILE.get(file, file)


@pytest.hookimpl(optionalhook=True)  # an xdist hook: `pytest -p no:xdist` runs the tests without it
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> FileOrGroupScheduling | None:
    return FileOrGroupScheduling(config, log) if config.getoption("dist") == "loadfile" else None


# The cyclic garbage collector's thresholds in the test processes (Python's default: 700, 10, 10)
TEST_GC_THRESHOLD = (50_000, 20, 20)


def pytest_collection_finish(session: pytest.Session) -> None:
    """What is alive when the tests are collected (the modules imported, the test items, Hypothesis's strategies)
    lives for the session: it is frozen out of the garbage collector's scans, and the young generations are collected
    less often. A test process holds far more than a build (every test module, the pages and cells read once per
    process, generated clients), and each scan of the oldest generation went over all of it: about a third of the
    quick loop's CPU time went to the collector. The garbage is the same, collected later; a build keeps what the
    session froze frozen (`generator.pipeline`)."""
    gc.freeze()
    gc.set_threshold(*TEST_GC_THRESHOLD)


def kept_folder(config: pytest.Config, name: str) -> Path | None:
    """The folder `name` in pytest's cache (`.pytest_cache/d/<name>`), or None with RST2OPENAPI_TEST_CACHE=off or
    without pytest's cache."""
    cache = getattr(config, "cache", None)
    if os.environ.get(TEST_CACHE_VARIABLE, "") == "off" or cache is None:
        return None
    folder: Path = cache.mkdir(name)
    return folder


def _prune(folder: Path, days: int) -> None:
    """Entries not used for `days` go (a hit renews an entry's time)."""
    oldest = time.time() - days * 86400
    for entry in folder.glob("*/*"):
        if entry.stat().st_mtime < oldest:
            shutil.rmtree(entry, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def generator_output_cache(request: pytest.FixtureRequest) -> Iterator[Callable[[], list[str]]]:
    """`generate_client` runs openapi-python-client through tests/generator_cache.py: each distinct input (view
    spec, config, versions) is generated once and kept; the rest of the generation runs as always. A test that
    must run the generator itself uses `uncached_generator`. The fixture's value: the package's own
    `_generator_command`."""
    from generator.client import generate

    own = generate._generator_command
    folder = kept_folder(request.config, "openapi-python-client")
    if folder is None:
        yield own
        return
    _prune(folder, GENERATOR_CACHE_DAYS)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(generate, "_generator_command", lambda: [sys.executable, str(GENERATOR_CACHE), str(folder)])
        yield own


@pytest.fixture
def uncached_generator(generator_output_cache: Callable[[], list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    """openapi-python-client itself for this test (not a copy of its output kept by `generator_output_cache`): a
    test of the generation's determinism must run it."""
    from generator.client import generate

    monkeypatch.setattr(generate, "_generator_command", generator_output_cache)


@pytest.fixture(scope="session")
def mypy_cache(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `--cache-dir` of the tests' `mypy --strict` runs on generated clients: one for the session and the next
    ones (`.pytest_cache/d/mypy`), so the standard library, httpx and attrs are analysed once, not in every run; a
    folder of the session's own with RST2OPENAPI_TEST_CACHE=off or without pytest's cache. mypy checks each cached
    module against its source and writes its entries atomically (two test processes may share it)."""
    return kept_folder(request.config, "mypy") or tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"the real docs are expected at {CORPUS} (../shared beside the project)")
    return CORPUS


@pytest.fixture(scope="session", autouse=True)
def no_fsync_in_the_test_processes() -> Iterator[None]:
    """`os.fsync` does nothing in the test processes: the writer fsyncs every file of a generated client before its
    swap (1,600 calls of 2 to 6 ms a session, blocking), and what an fsync guards, the output after a power cut, is not
    something a test can observe. The order of writes and renames is unchanged, and the writer's tests still see
    every call (they patch `os.fsync` themselves). Processes the tests start fsync as always."""
    real = os.fsync
    os.fsync = lambda fd: None
    try:
        yield
    finally:
        os.fsync = real


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


# Pages this test process has read (`generator.pipeline._read_all` in one process), by path and bytes, and what the
# rules found in each cell (by the cell): the sample service and the fixture trees are built again and again (the
# sample service about 95 times in the quick loop).
_PAGES_READ: dict[tuple[str, bytes], PageEntry] = {}
_CELLS_CONSTRAINED: dict[Cell, list[Finding]] = {}


class _FindingsOfTheProcess:
    """The findings store (`generator.constraints.engine.FindingsStore`) of the builds that have no build cache."""

    def get_findings(self, cell: Cell) -> list[Finding] | None:
        return _CELLS_CONSTRAINED.get(cell)

    def put_findings(self, cell: Cell, findings: list[Finding]) -> None:
        _CELLS_CONSTRAINED[cell] = findings


@pytest.fixture(autouse=True)
def read_each_page_once(request: pytest.FixtureRequest) -> Iterator[None]:
    """A page read once by this test process is not read again, nor a cell given to the rules again: reading depends
    on nothing but the page's path and bytes (what the build cache keys it by), the rules on nothing but the cell,
    and both results are frozen (a cell on which a rule failed is not kept: the engine stores no such findings). Not
    for a test that patches anything (`monkeypatch`: it may break a stage), nor for pages a build reads in worker
    processes (the pool is what such a test exercises; a build of a few pages reads them in the test's process, and
    they are remembered), nor for the rules of a build with worker processes or with a build cache (what such a test
    exercises): those read every page and run the rules on every cell."""
    from generator import pipeline
    from generator.constraints.engine import apply_constraints

    if "monkeypatch" in request.fixturenames:
        yield
        return
    read_all, constrain = pipeline._read_all, pipeline._constrain

    def read_once(pages: Sequence[tuple[str, bytes]], workers: pipeline._Workers) -> list[PageEntry]:
        if workers.spreads(len(pages)):
            return read_all(pages, workers)
        todo = [page for page in pages if page not in _PAGES_READ]
        _PAGES_READ.update(zip(todo, read_all(todo, workers), strict=True))
        return [_PAGES_READ[page] for page in pages]

    def constrain_once(service: ServiceModel, workers: pipeline._Workers, cache: BuildCache | None,
                       ) -> tuple[ServiceModel, list[Diagnostic], ConstraintStats]:
        if workers.jobs > 1 or cache is not None:
            return constrain(service, workers, cache)
        return apply_constraints(service, _FindingsOfTheProcess())

    pipeline._read_all, pipeline._constrain = read_once, constrain_once
    try:
        yield
    finally:
        pipeline._read_all, pipeline._constrain = read_all, constrain
