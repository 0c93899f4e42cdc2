"""`rst2openapi build`: read a docs tree and write one OpenAPI 3.1 document (and its report)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from generator.cli.common import (
    EXIT_ERRORS,
    EXIT_OK,
    EXIT_USAGE,
    SubParsers,
    build_or_report,
    cannot_write,
    jobs,
    print_diagnostics,
    same_file,
)
from generator.diagnostics import Severity
from generator.writer import WriteError, dump_report, dump_spec, write_files


def add_parser(sub: SubParsers[argparse.ArgumentParser]) -> None:
    b = sub.add_parser("build", help="read a docs tree and write one OpenAPI 3.1 document")
    b.add_argument("docs", type=Path, help="docs repository root or its api-ref/source folder")
    b.add_argument("-o", "--output", type=Path, help="spec file to write (.yaml or .json); stdout when omitted")
    b.add_argument("--report", type=Path, help="write figures and diagnostics as JSON")
    b.add_argument("--title", help="info.title of the spec (default: the repository the docs' SOURCE names, else the "
                                   "docs folder name)")
    b.add_argument("--version", default="1.0.0", help="info.version of the spec")
    b.add_argument("--fail-on", choices=["error", "warning", "never"], default="error",
                   help="exit 1 when a diagnostic of this severity or worse was found (default: error)")
    b.add_argument("-q", "--quiet", action="store_true", help="print the summary only, not each diagnostic")
    b.add_argument("--min-severity", choices=["info", "warning", "error"], default="warning",
                   help="print diagnostics of this severity or worse (default: warning)")
    b.add_argument("--force", action="store_true",
                   help="write -o and --report even when the build fails at --fail-on and they exist already "
                        "(by default a failing build keeps them unchanged)")
    b.add_argument("-j", "--jobs", type=jobs, default=os.cpu_count() or 1, metavar="N",
                   help="read the pages in N worker processes (default: the number of CPUs; 1: in this process); "
                        "the output is the same whatever N")
    b.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if same_file(args.output, args.report):
        print(f"rst2openapi: error: -o and --report name the same file {args.output}", file=sys.stderr)
        return EXIT_USAGE
    result = build_or_report(args.docs, title=args.title, version=args.version, jobs=args.jobs)
    if result is None:
        return EXIT_USAGE
    if not args.quiet:
        print_diagnostics(result.diagnostics, Severity[args.min_severity.upper()])
    threshold = None if args.fail_on == "never" else Severity[args.fail_on.upper()]
    failing = [d for d in result.diagnostics if threshold is not None and d.severity >= threshold]
    outputs: list[tuple[Path, str]] = []
    if args.output:
        outputs.append((args.output, dump_spec(result.spec, "json" if args.output.suffix == ".json" else "yaml")))
    if args.report:
        outputs.append((args.report, dump_report(result.report)))
    existing = [path for path, _ in outputs if path.exists()]
    kept = bool(failing and existing and not args.force)  # spec and report are written together or not at all
    if not kept:
        try:
            write_files(outputs)
        except WriteError as exc:
            return cannot_write(exc)
    if not args.output:
        sys.stdout.write(dump_spec(result.spec))
    t = result.report["totals"]
    by_sev = t["diagnostics_by_severity"]
    print(
        f"{t['pages']} pages: {t['operation_pages']} operation pages, {t['non_operation_pages']} other, "
        f"{t['failed_pages']} failed; {t['operations']} operations -> {t['spec_operations']} in the spec, "
        f"{t['schemas']} schemas; {t['parameter_rows']} parameter rows: {t['rows_as_properties']} typed properties, "
        f"{t['rows_as_diagnostics']} diagnostics; diagnostics: "
        + (", ".join(f"{n} {k}" for k, n in by_sev.items()) or "none"),
        file=sys.stderr,
    )
    if kept:
        unwritten = [path for path, _ in outputs if path not in existing]
        print(f"rst2openapi: kept {' and '.join(map(str, existing))} unchanged"
              + (f" (not written: {' and '.join(map(str, unwritten))})" if unwritten else "")
              + f": the build fails at --fail-on {args.fail_on} ({len(failing)} at {args.fail_on} or worse, first "
              f"{failing[0].loc} {failing[0].code}); --force writes anyway", file=sys.stderr)
    return EXIT_ERRORS if failing else EXIT_OK
