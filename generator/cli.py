"""`rst2openapi`: the command line. The only place that prints diagnostics and decides the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.diagnostics import Diagnostic, Severity
from generator.pipeline import DocsError, build
from generator.writer import dump_spec, write_report, write_spec

__all__ = ["main"]

EXIT_OK = 0
EXIT_ERRORS = 1  # diagnostics at or above --fail-on
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rst2openapi", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="read a docs tree and write one OpenAPI 3.1 document")
    b.add_argument("docs", type=Path, help="docs repository root or its api-ref/source folder")
    b.add_argument("-o", "--output", type=Path, help="spec file to write (.yaml or .json); stdout when omitted")
    b.add_argument("--report", type=Path, help="write figures and diagnostics as JSON")
    b.add_argument("--title", help="info.title of the spec (default: the docs folder name)")
    b.add_argument("--version", default="1.0.0", help="info.version of the spec")
    b.add_argument("--fail-on", choices=["error", "warning", "never"], default="error",
                   help="exit 1 when a diagnostic of this severity or worse was found (default: error)")
    b.add_argument("-q", "--quiet", action="store_true", help="print the summary only, not each diagnostic")
    b.add_argument("--min-severity", choices=["info", "warning", "error"], default="warning",
                   help="print diagnostics of this severity or worse (default: warning)")
    return parser


def _print_diagnostics(diagnostics: Sequence[Diagnostic], minimum: Severity) -> None:
    for d in diagnostics:
        if d.severity >= minimum:
            print(str(d), file=sys.stderr)


def _cmd_build(args: argparse.Namespace) -> int:
    try:
        result = build(args.docs, title=args.title, version=args.version)
    except DocsError as exc:
        print(f"rst2openapi: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        _print_diagnostics(result.diagnostics, Severity[args.min_severity.upper()])
    if args.output:
        write_spec(result.spec, args.output)
    else:
        sys.stdout.write(dump_spec(result.spec))
    if args.report:
        write_report(result.report, args.report)
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
    if args.fail_on == "never":
        return EXIT_OK
    threshold = Severity[args.fail_on.upper()]
    return EXIT_ERRORS if any(d.severity >= threshold for d in result.diagnostics) else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "build":
        return _cmd_build(args)
    return EXIT_USAGE  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":
    sys.exit(main())
