"""The rules measured on the labelled set (380 description cells from the six services, see LABELLING.md).

Issue 3's target: precision at least 0.95 and recall at least 0.85 over keywords (`python -m tests.constraints.score`
prints both per keyword family and per kind of cell, and lists every miss). The labelled set was labelled
independently of the rules, but the rules were then tuned while reading its misses, so its figures are optimistic.
`heldout.yaml` (120 cells, labelled later by someone who never saw the rules, and never used for tuning) says how
the rules generalise: measured 0.900 / 0.692 when it was added. Its floors below only catch regressions; the issue
is not done until the held-out figures reach the target too.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.constraints.score import FAMILY, HELDOUT, LABELLED, report, score

PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.85


def test_the_labelled_set_is_large_and_stratified() -> None:
    entries = yaml.safe_load(LABELLED.read_text())
    assert len(entries) >= 300
    kinds: dict[str, int] = {}
    for e in entries:
        for k in e.get("kinds") or []:
            kinds[k] = kinds.get(k, 0) + 1
        assert set(e.get("keywords") or {}) <= set(FAMILY), e
    assert len(kinds) == 11 and min(kinds.values()) >= 20, kinds


def test_precision_and_recall_over_keywords() -> None:
    s = score()
    print("\n" + report(s))
    assert s.precision() >= PRECISION_FLOOR, report(s)
    assert s.recall() >= RECALL_FLOOR, report(s)


HELDOUT_PRECISION_FLOOR = 0.88
HELDOUT_RECALL_FLOOR = 0.67


def _cells(path: Path) -> set[tuple[str, str, int, str]]:
    return {(e["service"], e["path"], e["line"], e["name"]) for e in yaml.safe_load(path.read_text())}


def test_held_out_set_is_disjoint_from_the_labelled_set() -> None:
    held, labelled = _cells(HELDOUT), _cells(LABELLED)
    assert len(held) >= 100 and not held & labelled


def test_precision_and_recall_on_the_held_out_set() -> None:
    s = score(HELDOUT)
    print("\n" + report(s))
    assert s.precision() >= HELDOUT_PRECISION_FLOOR, report(s)
    assert s.recall() >= HELDOUT_RECALL_FLOOR, report(s)
