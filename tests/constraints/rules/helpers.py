"""The keywords the rules read from one cell (first finding per keyword), and the pattern rule's reading of one
cell, for the per-family rule tests."""

from __future__ import annotations

import re
from typing import Any

from generator.constraints.rules import Cell, constrain_cell, rule_pattern


def kw(text: str, kind: str = "string", name: str = "x", siblings: tuple[str, ...] = (),
       item_kind: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in constrain_cell(Cell(name=name, kind=kind, text=text, siblings=siblings, item_kind=item_kind)):
        out.setdefault(f.keyword, f.value)
    return out


def pattern(text: str, kind: str = "string", item_kind: str = "") -> str | None:
    found = [f.value for f in rule_pattern(Cell(name="x", kind=kind, text=text, item_kind=item_kind))
             if f.keyword == "pattern"]
    return found[0] if found else None


def admits(text: str, good: list[str], bad: list[str]) -> None:
    """The pattern read from `text` matches every `good` value and no `bad` one."""
    got = pattern(text)
    assert got is not None, text
    rx = re.compile(got)
    assert [v for v in good if not rx.search(v)] == [], got
    assert [v for v in bad if rx.search(v)] == [], got
