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

from hypothesis import settings

from tests.client.conftest import REAL_SERVICE_FIXTURES
from tests.conftest import PROJECT, QUICK_PROFILE, examples, is_quick_loop

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


def _collected(*args: str) -> set[str]:
    """The test functions of tests/client (`module.py::name`, parameters dropped) pytest collects with these
    arguments (the project's `-q` lists one test a line)."""
    run = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-p", "no:cacheprovider", *args,
                          str(HERE)], capture_output=True, text=True, check=False, cwd=PROJECT)
    assert run.returncode in (0, 5), run.stdout[-2000:] + run.stderr[-2000:]  # 5: every test deselected
    return {line.split("[")[0].rpartition("/")[2] for line in run.stdout.splitlines() if "::" in line}


def test_the_quick_loop_leaves_out_exactly_the_real_services_generation_and_suite_runs() -> None:
    needing = set().union(*(_using(REAL_SERVICE_FIXTURES, p) for p in sorted(HERE.glob("test_*.py"))))
    # each fixture has its users: the six services' tests, the live mode's
    for fixture in REAL_SERVICE_FIXTURES:
        assert any(_using(frozenset({fixture}), p, by_hand=False) for p in HERE.glob("test_*.py")), fixture
    assert _collected("-m", "slow") == needing
    # outside tests/client no test uses these fixtures (the comparison above covers every user)
    elsewhere = [p for p in (PROJECT / "tests").rglob("test_*.py") if p.parent != HERE
                 and _using(REAL_SERVICE_FIXTURES, p, by_hand=False)]
    assert elsewhere == []


def test_the_quick_loop_runs_a_tenth_of_each_property_tests_budget_and_the_full_run_all_of_it() -> None:
    assert is_quick_loop("not slow and not corpus") and is_quick_loop("not slow")
    assert not any(is_quick_loop(e) for e in ("", "slow", "corpus", "slow or corpus", "not corpus"))
    # this run's own budgets: the profile follows this run's -m
    quick = settings().max_examples == settings.get_profile(QUICK_PROFILE).max_examples
    assert (examples(300), examples(12), examples(5)) == ((30, 1, 1) if quick else (300, 12, 5))
