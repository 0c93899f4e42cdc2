"""Reproduce the cell sample of a held-out set for the prose-constraint rules (heldout2.yaml, heldout3.yaml).

Run from the repository root:

    PYTHONPATH=. python -m tests.constraints.sample_heldout heldout3

It prints the 150 sampled cells as YAML skeletons (kinds/keywords left empty, to be labelled by hand).

Method: every parameter-table row of the six services is read with the project's reader
(`generator.pipeline.build`, via `tests.corpus.test_corpus.built`). A cell is (service, path, line, name) with
path = row.loc.path and line = row.loc.line. Cells already in the sets before it (SETS), duplicate cells and rows with
an empty description are dropped. Per service, in SERVICES order, with one shared random.Random(seed): 18 cells via
rng.sample from the rows whose description matches CUE (case-insensitive, whole words), then 7 cells via rng.sample
from the remaining rows; both candidate lists are sorted by (service, path, line, name).
This script only reads rows; it does not use the constraint rules or their output.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import SERVICES
from tests.corpus.catalogue import built

Cell = tuple[str, str, int, str]

# set -> (seed, the sets whose cells it excludes)
SETS: dict[str, tuple[int, tuple[str, ...]]] = {
    "heldout2": (20261130, ("labelled.yaml", "heldout.yaml")),
    "heldout3": (20261201, ("labelled.yaml", "heldout.yaml", "heldout2.yaml")),
}
N_CUE = 18
N_REST = 7
CUE = re.compile(
    r"\b(?:value|range|default|characters|format|must|only|cannot|mandatory|unit|discarded|reserved|length"
    r"|maximum|minimum|enumerat\w*|support\w*|valid)\b",
    re.IGNORECASE,
)
HERE = Path(__file__).resolve().parent


def _existing(names: tuple[str, ...]) -> set[Cell]:
    out: set[Cell] = set()
    for name in names:
        for e in yaml.safe_load((HERE / name).read_text(encoding="utf-8")):
            out.add((e["service"], e["path"], int(e["line"]), e["name"]))
    return out


def candidates(service: str, exclude: set[Cell]) -> list[tuple[Cell, Any]]:
    seen: dict[Cell, Any] = {}
    for page in built(service).pages:
        for table in page.tables:
            for row in table.rows:
                key = (service, row.loc.path, row.loc.line, row.name)
                if key in exclude or key in seen:
                    continue
                if not (row.description or "").strip():
                    continue
                seen[key] = row
    return sorted(seen.items(), key=lambda kv: kv[0])


def sample(name: str) -> list[tuple[Cell, Any, str]]:
    seed, before = SETS[name]
    rng = random.Random(seed)
    exclude = _existing(before)
    out = []
    for service in SERVICES:
        rows = candidates(service, exclude)
        cue = [kv for kv in rows if CUE.search(kv[1].description)]
        rest = [kv for kv in rows if not CUE.search(kv[1].description)]
        out += [(k, r, "cue") for k, r in rng.sample(cue, N_CUE)]
        out += [(k, r, "rest") for k, r in rng.sample(rest, N_REST)]
    return out


def main(name: str) -> None:
    for (service, path, line, cell_name), row, stratum in sample(name):
        entry = {
            "service": service,
            "path": path,
            "line": line,
            "name": cell_name,
            "type": row.type_text,
            "kinds": [],
            "keywords": {},
        }
        print(f"# stratum: {stratum}")
        print(yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=120), end="")


if __name__ == "__main__":
    main(sys.argv[1])
