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
    add_finding_options,
    build_or_report,
    cannot_write,
    command_parser,
    fail,
    failing,
    jobs,
    print_findings,
    same_file,
    say,
)
from generator.cli.output import located
from generator.writer import WriteError, dump_report, dump_spec, write_files


def add_parser(sub: SubParsers[argparse.ArgumentParser]) -> None:
    b = command_parser(sub, "build", "read a docs tree and write one OpenAPI 3.1 document",
                       "rst2openapi build examples/sample-service -o spec/sample-service.yaml --output-format github")
    b.add_argument("docs", type=Path, help="docs repository root or its api-ref/source folder")
    b.add_argument("-o", "--output", type=Path, help="spec file to write (.yaml or .json); stdout when omitted")
    b.add_argument("--report", type=Path, help="write figures and diagnostics as JSON")
    b.add_argument("--title", help="info.title of the spec (default: the repository the docs' SOURCE names, else the "
                                   "docs folder name)")
    b.add_argument("--version", default="1.0.0", help="info.version of the spec")
    add_finding_options(b, fail_on="error", min_severity="warning", output_format=True)
    b.add_argument("--force", action="store_true",
                   help="write -o and --report even when the build fails at --fail-on and they exist already "
                        "(by default a failing build keeps them unchanged)")
    b.add_argument("-j", "--jobs", type=jobs, default=os.cpu_count() or 1, metavar="N",
                   help="read the pages in N worker processes (default: the number of CPUs; 1: in this process); "
                        "the output is the same whatever N")
    b.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if same_file(args.output, args.report):
        return fail("build", f"-o and --report name the same file {args.output}")
    if args.output_format != "text" and not args.output:
        return fail("build", f"--output-format {args.output_format} prints the findings on standard output, where "
                             "the spec goes without -o: name the spec's file with -o")
    result = build_or_report("build", args.docs, title=args.title, version=args.version, jobs=args.jobs)
    if result is None:
        return EXIT_USAGE
    print_findings(args, result.diagnostics, result.root)
    failed = failing(result.diagnostics, args.fail_on)
    outputs: list[tuple[Path, str]] = []
    if args.output:
        outputs.append((args.output, dump_spec(result.spec, "json" if args.output.suffix == ".json" else "yaml")))
    if args.report:
        outputs.append((args.report, dump_report(result.report)))
    existing = [path for path, _ in outputs if path.exists()]
    kept = bool(failed and existing and not args.force)  # spec and report are written together or not at all
    if not kept:
        try:
            write_files(outputs)
        except WriteError as exc:
            return cannot_write("build", exc)
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
        first = located(failed[:1], result.root)[0]
        say("build", f"kept {' and '.join(map(str, existing))} unchanged"
            + (f" (not written: {' and '.join(map(str, unwritten))})" if unwritten else "")
            + f": the build fails at --fail-on {args.fail_on} ({len(failed)} at {args.fail_on} or worse, first "
            f"{first.loc} {first.code}); --force writes anyway")
    return EXIT_ERRORS if failed else EXIT_OK
