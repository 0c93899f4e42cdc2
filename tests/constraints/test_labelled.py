"""The rules measured on the labelled set (380 description cells from the six services, see LABELLING.md).

Issue 3 targets precision 0.95 and recall 0.85 over keywords. Measured when this test was written: precision 0.912,
recall 0.843 (`python -m tests.constraints.score` prints them per kind and lists every miss). The floors below
guard against regressions; they are not the target, and the issue stays open until the target is met.
"""

from __future__ import annotations

import yaml

from tests.constraints.score import FAMILY, LABELLED, report, score

PRECISION_FLOOR = 0.90
RECALL_FLOOR = 0.83


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
