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
    add_finding_options,
    build_or_report,
    cannot_write,
    command_parser,
    failing,
    print_findings,
)
from generator.writer import WriteError, dump_report, write_files


def add_parser(sub: SubParsers[argparse.ArgumentParser]) -> None:
    lint = command_parser(sub, "lint", "check the docs against themselves: every example against its schema",
                          "rst2openapi lint examples/sample-service --output-format sarif > lint.sarif")
    lint.add_argument("docs", type=Path, help="docs repository root or its api-ref/source folder")
    lint.add_argument("--report", type=Path, help="write figures and the defects as JSON")
    lint.add_argument("--unrecognised", action="store_true",
                      help="also list constraint-like sentences no rule understood (info)")
    add_finding_options(lint, fail_on="warning", min_severity="info", output_format=True)
    lint.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from generator.pipeline import LINT_KINDS, READ_DEFECT_KINDS

    result = build_or_report("lint", args.docs)
    if result is None:
        return EXIT_USAGE
    kinds = set(LINT_KINDS) | ({"constraint-unrecognised"} if args.unrecognised else set())
    defects = [d for d in result.diagnostics if d.code in kinds]
    print_findings(args, defects, result.root, sys.stdout)
    if args.report:
        try:
            write_files([(args.report, dump_report(result.report))])
        except WriteError as exc:
            return cannot_write("lint", exc)
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
    return EXIT_ERRORS if failing(defects, args.fail_on) else EXIT_OK
