"""The quick loop `pytest -m "not slow and not corpus"` (README, Tests) leaves out exactly the tests that need several
real services' generated clients: those that use a fixture of REAL_SERVICE_FIXTURES (tests/client/conftest.py),
directly or through a fixture of their module, and those marked `slow` by hand (they run a real service's suite or
tools in a subprocess, or generate its client again: `check`, the CLI). The mark follows the fixture (a conftest
hook), not a list of names: this test reads which tests use them from the source and compares with what pytest
collects with `-m slow`; the quick loop's expression leaves out what that selects."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import settings

from tests.client.conftest import COLLECTED, REAL_SERVICE_FIXTURES
from tests.conftest import (
    ONE_PROCESS_FILES,
    PROJECT,
    QUICK_PROFILE,
    TEST_CACHE_VARIABLE,
    FileOrGroupScheduling,
    examples,
    is_quick_loop,
    keep_bytecode,
    pytest_xdist_make_scheduler,
    scheduling_unit,
)

HERE = Path(__file__).resolve().parent


def _using(fixtures: frozenset[str], path: Path, by_hand: bool = True) -> set[str]:
    """The test functions of the module at `path` (`module.py::name`) that take one of `fixtures` as an argument, or
    a fixture of the module that takes one (as far down as the module's fixtures go), or (`by_hand`) are marked
    slow."""
    functions = [n for n in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(n, ast.FunctionDef)]
    arguments = {f.name: {a.arg for a in f.args.args} for f in functions}
    marked = {f.name for f in functions if any(ast.unparse(d) == "pytest.mark.slow" for d in f.decorator_list)}
    needing = set(fixtures)
    while more := {name for name, args in arguments.items()
                   if not name.startswith("test_") and args & needing and name not in needing}:
        needing |= more
    return {f"{path.name}::{name}" for name, args in arguments.items()
            if name.startswith("test_") and (args & needing or (by_hand and name in marked))}


def _marked_slow(config: pytest.Config) -> set[str]:
    """The test functions of tests/client (`module.py::name`, parameters dropped) that `-m slow` selects: from what
    this session collected (tests/client/conftest.py, COLLECTED) when that is every module of tests/client, else
    from a `pytest --collect-only -m slow` of the folder (the project's `-q` lists one test a line)."""
    items = [i for i in config.stash.get(COLLECTED, ()) if i.path.parent == HERE]
    if {i.path.name for i in items} == {p.name for p in HERE.glob("test_*.py")}:
        return {f"{i.path.name}::{i.name.split('[')[0]}" for i in items if i.get_closest_marker("slow") is not None}
    run = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-p", "no:cacheprovider", "-m", "slow",
                          str(HERE)], capture_output=True, text=True, check=False, cwd=PROJECT)
    assert run.returncode in (0, 5), run.stdout[-2000:] + run.stderr[-2000:]  # 5: every test deselected
    return {line.split("[")[0].rpartition("/")[2] for line in run.stdout.splitlines() if "::" in line}


def test_the_quick_loop_leaves_out_exactly_the_real_services_generation_and_suite_runs(
        pytestconfig: pytest.Config) -> None:
    needing = set().union(*(_using(REAL_SERVICE_FIXTURES, p) for p in sorted(HERE.glob("test_*.py"))))
    # each fixture has its users: the six services' tests, the live mode's
    for fixture in REAL_SERVICE_FIXTURES:
        assert any(_using(frozenset({fixture}), p, by_hand=False) for p in HERE.glob("test_*.py")), fixture
    assert _marked_slow(pytestconfig) == needing
    # outside tests/client no test uses these fixtures (the comparison above covers every user)
    elsewhere = [p for p in (PROJECT / "tests").rglob("test_*.py") if p.parent != HERE
                 and _using(REAL_SERVICE_FIXTURES, p, by_hand=False)]
    assert elsewhere == []


def test_the_tests_of_a_real_services_fixture_run_in_one_process_of_the_test_command(
        pytestconfig: pytest.Config, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test command `pytest -n 2 --dist loadfile` sends each scheduling unit to one process: the users of a
    fixture of REAL_SERVICE_FIXTURES (minutes of generation, made once per process) are one unit, a file or a group of
    ONE_PROCESS_FILES; any other file is its own unit."""
    # two processes, as `-n 2` gives (options xdist adds, absent in a run with `-p no:xdist`)
    monkeypatch.setattr(pytestconfig.option, "tx", ["popen", "popen"], raising=False)
    for dist, made in (("loadfile", FileOrGroupScheduling), ("load", type(None)), ("no", type(None))):
        monkeypatch.setattr(pytestconfig.option, "dist", dist, raising=False)
        assert isinstance(pytest_xdist_make_scheduler(pytestconfig, None), made), dist
    monkeypatch.setattr(pytestconfig.option, "dist", "loadfile")
    scheduler = pytest_xdist_make_scheduler(pytestconfig, None)
    assert scheduler is not None and scheduler._split_scope("tests/a.py::b") == scheduling_unit("tests/a.py::b")
    for fixture in REAL_SERVICE_FIXTURES:
        users = {f"tests/client/{test}" for p in sorted(HERE.glob("test_*.py"))
                 for test in _using(frozenset({fixture}), p, by_hand=False)}
        units = {scheduling_unit(f"{test}[x]") for test in users}
        assert len(units) == 1, (fixture, units)
    # a group names files that exist; a file of no group is a unit of its own, with all its tests
    for files in ONE_PROCESS_FILES.values():
        assert all((PROJECT / f).is_file() for f in files), files
        assert {scheduling_unit(f"{f}::test_a") for f in files} == {scheduling_unit(f"{files[0]}::b")}
    assert scheduling_unit("tests/test_cli.py::test_a[1]") == scheduling_unit("tests/test_cli.py::b")
    assert scheduling_unit("tests/test_cli.py::a") != scheduling_unit("tests/test_writer.py::a")


def test_the_tests_run_without_xdist_too() -> None:
    """The scheduler hook is xdist's: with xdist off (`pytest -p no:xdist`, one process) the project's conftest still
    loads, instead of stopping the run with an unknown hook."""
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:xdist", "-p", "no:cacheprovider", "--collect-only",
                          "-q", "tests/test_writer.py"], cwd=PROJECT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "INTERNALERROR" not in run.stdout + run.stderr, run.stdout[-2000:] + run.stderr


def test_the_quick_loop_runs_a_tenth_of_each_property_tests_budget_and_the_full_run_all_of_it() -> None:
    assert is_quick_loop("not slow and not corpus") and is_quick_loop("not slow")
    assert not any(is_quick_loop(e) for e in ("", "slow", "corpus", "slow or corpus", "not corpus"))
    # this run's own budgets: the profile follows this run's -m
    quick = settings().max_examples == settings.get_profile(QUICK_PROFILE).max_examples
    assert (examples(300), examples(12), examples(5)) == ((30, 1, 1) if quick else (300, 12, 5))


# What the quick loop leaves out beyond the real services' clients, each with the tests of the same behaviour it keeps
# (`path` is a whole module, `path::name` one test function)
COUNTERPARTS: dict[str, tuple[str, ...]] = {
    # the six services' acceptance builds (real pages): the style fixtures' specs, the sample service built twice, the
    # build of gaussdb-opengauss the quick loop makes for its client, the fuzz cases' row and page invariants
    "tests/corpus/test_corpus.py": ("tests/golden/test_golden.py::test_golden",
                                    "tests/cli/test_build.py::test_output_is_deterministic",
                                    "tests/corpus/test_catalogue.py::"
                                    "test_the_builds_through_the_tests_build_cache_are_uncached_builds",
                                    "tests/fuzz/test_cases.py::test_fuzz_case"),
    "tests/test_cache.py::test_a_real_service_warm_gives_the_bytes_of_a_cold_build": (
        "tests/test_cache.py::test_a_warm_build_gives_the_bytes_of_a_cold_one_and_reads_nothing",
        "tests/test_cache.py::test_an_edited_page_is_read_anew_and_the_build_is_that_of_the_edited_tree"),
    "tests/fuzz/test_fuzz.py::test_a_100_kb_cell_or_a_long_line_builds": ("tests/fuzz/test_cases.py::test_fuzz_case",),
    "tests/benchmarks/test_sweep.py::test_generate_adds_the_client_figures": (
        "tests/benchmarks/test_sweep.py::test_generate_counts_mypy_errors_and_suite_failures_and_fails",),
}


def _marks(path: Path) -> tuple[set[str], dict[str, set[str]]]:
    """The marks of a test module (`pytestmark`) and of each of its functions (decorators), as `slow`, `corpus`..."""
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def names(nodes: list[ast.expr]) -> set[str]:
        return {ast.unparse(n).removeprefix("pytest.mark.") for n in nodes if ast.unparse(n).startswith("pytest.mark.")}

    module = {ast.unparse(n.value).removeprefix("pytest.mark.") for n in tree.body if isinstance(n, ast.Assign)
              and any(ast.unparse(t) == "pytestmark" for t in n.targets)}
    return module, {n.name: names(n.decorator_list) for n in tree.body if isinstance(n, ast.FunctionDef)}


def _left_out(test: str) -> bool:
    """Whether the quick loop's `not slow and not corpus` leaves out `test` (a module or `module::function`)."""
    path, _, name = test.partition("::")
    module, functions = _marks(PROJECT / path)
    assert not name or name in functions, test
    marks = module | (functions[name] if name else set())
    return bool(marks & {"slow", "corpus"})


def test_what_the_quick_loop_leaves_out_has_a_quick_counterpart() -> None:
    for left_out, kept in COUNTERPARTS.items():
        assert _left_out(left_out), left_out
        for test in kept:
            assert not _left_out(test), test
            path, _, name = test.partition("::")
            assert not _using(REAL_SERVICE_FIXTURES, PROJECT / path) & {f"{Path(path).name}::{name}"}, test


def test_the_processes_a_session_starts_keep_their_bytecode_in_the_kept_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under PYTHONDONTWRITEBYTECODE a generated suite's pytest, a CLI run or an xdist worker compiled the project and
    rewrote all of Hypothesis anew in each process: `keep_bytecode` gives the processes the session starts the same
    bytecode folder as its own (PYTHONPYCACHEPREFIX), and never a `__pycache__` beside the sources."""
    kept = tmp_path / "kept"
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.delenv("PYTHONPYCACHEPREFIX", raising=False)
    monkeypatch.delenv(TEST_CACHE_VARIABLE, raising=False)
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw9")  # a worker: the kept folder is not cleared
    config = SimpleNamespace(cache=SimpleNamespace(mkdir=lambda name: kept.joinpath(name)))
    kept.joinpath("pycache").mkdir(parents=True)
    keep_bytecode(config)  # type: ignore[arg-type]
    assert sys.pycache_prefix == str(kept / "pycache") and not sys.dont_write_bytecode

    source = tmp_path / "src" / "probe_module.py"
    source.parent.mkdir()
    source.write_text("VALUE = 1\n", encoding="utf-8")
    child = subprocess.run([sys.executable, "-c", "import sys, probe_module; print(sys.pycache_prefix)"],
                           cwd=source.parent, capture_output=True, text=True, check=True)
    assert child.stdout.strip() == str(kept / "pycache")
    assert not (source.parent / "__pycache__").exists()
    assert list((kept / "pycache").rglob("probe_module.*.pyc"))
