"""`python -m benchmarks.fuzz`: cases drawn reproducibly from a seed, the style fixtures mixed in at their share,
the figures printed, and a worker stuck where the alarm is not seen killed and its case counted as a hang."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from benchmarks import fuzz
from tests.conftest import SAMPLE
from tests.fuzz.oracle import Verdict
from tests.fuzz.seeds import Case, corpus_seeds, style_seeds


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "sample-service").symlink_to(SAMPLE, target_is_directory=True)
    return root


def test_the_same_seed_draws_the_same_distinct_cases(corpus: Path) -> None:
    seeds = fuzz._mixed(corpus_seeds(corpus), style_seeds(), 0.1)
    first, again, other = (fuzz.draw_cases(seeds, 40, s) for s in (7, 7, 8))
    assert [str(c) for c in first] == [str(c) for c in again]
    assert [str(c) for c in first] != [str(c) for c in other]
    assert len({str(c) for c in first}) == 40


def test_the_style_fixtures_make_up_their_share_of_the_seeds(corpus: Path) -> None:
    real, styles = corpus_seeds(corpus) * 20, style_seeds()
    mixed = fuzz._mixed(real, styles, 0.1)
    share = sum(1 for s in mixed if s.name.startswith("styles/")) / len(mixed)
    assert 0.08 <= share <= 0.12
    assert fuzz._mixed(real, styles, 0.0) == [*real, *styles]


def test_the_run_prints_every_figure_and_exits_0_without_a_failure(
        corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = fuzz.main(["--pages", "6", "--seed", "1", "--jobs", "1", "--corpus", str(corpus),
                      "--out", str(tmp_path / "out"), "--styles-share", "0.5"])
    out = capsys.readouterr().out
    assert "fuzz: 6 mutated pages" in out
    for label in fuzz._LABELS.values():
        assert label in out
    failures = [line for line in out.splitlines() if line.strip().startswith(tuple(fuzz._LABELS.values()))]
    assert code == (1 if any(not line.rstrip().endswith(" 0") for line in failures) else 0)


def _stuck(pages: object, bound: float = 0.0) -> Verdict:
    time.sleep(60)  # no CPU time: the alarm never fires
    raise AssertionError("not reached")


def test_a_worker_that_gives_no_answer_is_killed_and_its_case_is_a_hang(
        monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    case = Case(corpus_seeds(corpus)[0], ())
    monkeypatch.setattr(fuzz, "check_pages", _stuck)  # the worker is forked: it runs the patched function
    start = time.monotonic()
    (verdict,) = fuzz.run_cases([case], jobs=1, bound=0.1, progress=False, grace=0.2)
    assert time.monotonic() - start < 30
    assert [(f.kind, f.signature) for f in verdict.failures] == [("hang", "killed: no answer past the hard limit")]
