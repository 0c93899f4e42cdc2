"""`rst2openapi lint`: check the docs against themselves, every example against its schema."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from generator.cli.common import (
    EXIT_ERRORS,
    EXIT_OK,
    EXIT_USAGE,
    SubParsers,
    build_or_report,
    cannot_write,
)
from generator.writer import WriteError, dump_report, write_files


def add_parser(sub: SubParsers[argparse.ArgumentParser]) -> None:
    lint = sub.add_parser("lint", help="check the docs against themselves: every example against its schema")
    lint.add_argument("docs", type=Path, help="docs repository root or its api-ref/source folder")
    lint.add_argument("--report", type=Path, help="write figures and the defects as JSON")
    lint.add_argument("--unrecognised", action="store_true",
                      help="also list constraint-like sentences no rule understood (info)")
    lint.add_argument("--fail-on", choices=["defect", "never"], default="defect",
                      help="exit 1 when a doc defect was found (default: defect)")
    lint.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from generator.pipeline import LINT_KINDS, READ_DEFECT_KINDS

    result = build_or_report(args.docs)
    if result is None:
        return EXIT_USAGE
    kinds = set(LINT_KINDS) | ({"constraint-unrecognised"} if args.unrecognised else set())
    defects = [d for d in result.diagnostics if d.code in kinds]
    for d in defects:
        print(str(d))
    if args.report:
        try:
            write_files([(args.report, dump_report(result.report))])
        except WriteError as exc:
            return cannot_write(exc)
    t = result.report["totals"]
    c = t["constraints"]
    by_kind = ", ".join(f"{n} {k}" for k, n in t["example_defects"].items() if n) or "none"
    read = Counter(d.code for d in defects if d.code in READ_DEFECT_KINDS)
    unread = "; pages not read as written: " + ", ".join(f"{n} {k}" for k, n in sorted(read.items())) if read else ""
    print(
        f"{t['operations']} operations; {c['description_cells']} description cells, "
        f"{c['cells_with_recognised_constraint']} with a recognised constraint, "
        f"{c['unrecognised_constraint_sentences']} unrecognised constraint-like sentences; "
        f"example defects: {by_kind}{unread}",
        file=sys.stderr,
    )
    found = any(d.code in LINT_KINDS for d in defects)
    return EXIT_ERRORS if found and args.fail_on == "defect" else EXIT_OK


# --- diff: what changed between two versions (spec files or docs folders) ---------------------------------------
