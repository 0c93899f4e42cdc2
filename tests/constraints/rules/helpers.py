"""The keywords the rules read from one cell (first finding per keyword), for the per-family rule tests."""

from __future__ import annotations

from typing import Any

from generator.constraints.engine import constrain_cell
from generator.constraints.rules import Cell


def kw(text: str, kind: str = "string", name: str = "x", siblings: tuple[str, ...] = (),
       item_kind: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in constrain_cell(Cell(name=name, kind=kind, text=text, siblings=siblings, item_kind=item_kind)):
        out.setdefault(f.keyword, f.value)
    return out
