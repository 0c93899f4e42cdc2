"""scripts/mutation.py guarded cheaply (the mutation runs themselves are too slow for the test command): the 17 hand
mutations of tests/mutations.yaml still apply (each text occurs exactly once in its file, so the list cannot rot
silently), one of them is applied in a scratch copy and killed, and the cosmic-ray sample is reproducible."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import PROJECT

SCRIPT = PROJECT / "scripts" / "mutation.py"


@pytest.fixture(scope="module")
def mutation() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mutation_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["mutation_script"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_the_17_hand_mutations_still_apply(mutation: ModuleType) -> None:
    hand = mutation.load_hand()
    assert len(hand) == 17 and len({h.name for h in hand}) == 17
    # the audit: 11 killed by behaviour tests, 4 only by snapshots, 2 not at all
    assert Counter(h.kind for h in hand) == {"behaviour": 11, "snapshot-only": 4, "not-killed": 2}
    for h in hand:
        text = (PROJECT / h.file).read_text(encoding="utf-8")
        assert text.count(h.find) == 1, f"{h.name}: {h.find!r} occurs {text.count(h.find)} times in {h.file}"
        assert h.replace != h.find and h.why.strip()
        assert h.tests and all((PROJECT / t).exists() for t in h.tests if t.startswith("tests/")), h.name
        for target in h.regenerate:
            assert (PROJECT / target).exists(), f"{h.name}: nothing to regenerate at {target}"
            assert target.startswith(("spec/", "generated/")), target


def test_every_core_module_is_named_by_a_hand_mutation(mutation: ModuleType) -> None:
    files = {h.file for h in mutation.load_hand()}
    for module in mutation.MODULES:
        assert any(f.startswith(s) for f in files for s in module.sources), module.name
    assert any(f.startswith("generator/client/templates/") for f in files)


def test_apply_refuses_a_text_that_does_not_occur_exactly_once(mutation: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("a = 1\na = 1\n", encoding="utf-8")
    twice = mutation.HandMutation("x", "m.py", "a = 1", "a = 2", "why", "behaviour", ("tests",))
    with pytest.raises(ValueError, match="occurs 2 times"):
        mutation.apply_hand(twice, tmp_path)
    with pytest.raises(ValueError, match="occurs 0 times"):
        mutation.apply_hand(dataclasses.replace(twice, find="b = 1"), tmp_path)


def test_one_hand_mutation_is_applied_in_a_scratch_copy_and_killed(mutation: ModuleType) -> None:
    [made_required] = [h for h in mutation.load_hand() if h.name == "diff-made-required-not-breaking"]
    before = (PROJECT / made_required.file).read_text(encoding="utf-8")
    fast = dataclasses.replace(made_required, tests=("tests/diff/test_rules.py",))
    result, output = mutation.run_hand(fast, 600)
    assert result == "killed", output
    assert "request-property-made-required" in output
    assert (PROJECT / made_required.file).read_text(encoding="utf-8") == before  # the working tree untouched


def test_the_sample_is_reproducible_and_one_mutant_per_place(mutation: ModuleType) -> None:
    [diff] = [m for m in mutation.MODULES if m.name == "diff-rules"]
    mutants = mutation.all_mutants(diff, PROJECT)
    assert len(mutants) > 100 and {m.path for m in mutants} == set(diff.sources)
    first = mutation.sample(mutants, diff.name, 16, 10)
    assert first == mutation.sample(mutants, diff.name, 16, 10)
    assert len({(m.path, m.line, m.column) for m in first}) == 10
    assert first != mutation.sample(mutants, diff.name, 17, 10)
