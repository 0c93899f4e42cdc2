"""`rst2openapi build`: read a docs tree and write one OpenAPI 3.1 document (and its report); or several docs trees,
one spec per service into a folder."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from generator.batch import ServiceBuild, build_many, service_folders
from generator.cache import BuildCache, default_folder
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
    jobs,
    print_diagnostics,
    print_findings,
    same_file,
    say,
)
from generator.cli.common import failing as at_fail_on
from generator.cli.output import located
from generator.diagnostics import Diagnostic, Severity
from generator.pipeline import DocsError, docs_root, service_name
from generator.writer import WriteError, dump_report, dump_spec, write_files


def add_parser(sub: SubParsers[argparse.ArgumentParser]) -> None:
    b = command_parser(sub, "build", "read a docs tree and write one OpenAPI 3.1 document",
                       "rst2openapi build examples/sample-service -o spec/sample-service.yaml --output-format github")
    b.add_argument("docs", type=Path, nargs="+",
                   help="docs repository root or its api-ref/source folder; several, or a folder whose subfolders "
                        "are docs trees, build one spec per service into the -o folder")
    b.add_argument("-o", "--output", type=Path,
                   help="spec file to write (.yaml or .json; stdout when omitted); with several services, the folder "
                        "to write <service>.yaml into")
    b.add_argument("--report", type=Path, help="write figures and diagnostics as JSON (with several services: the "
                                               "folder to write <service>.json into)")
    b.add_argument("--title", help="info.title of the spec (default: the repository the docs' SOURCE names, else the "
                                   "docs folder name)")
    b.add_argument("--version", default=None,
                   help="info.version of the spec (default: the newest release date of the docs' change history, "
                        "else 1.0.0)")
    add_finding_options(b, fail_on="error", min_severity="warning", output_format=True)  # -q: nor a progress bar
    b.add_argument("--force", action="store_true",
                   help="write -o and --report even when the build fails at --fail-on and they exist already "
                        "(by default a failing build keeps them unchanged)")
    b.add_argument("-j", "--jobs", type=jobs, default=os.cpu_count() or 1, metavar="N",
                   help="read the pages in N worker processes (default: the number of CPUs; 1: in this process); "
                        "the output is the same whatever N")
    b.add_argument("--cache", type=Path, metavar="DIR",
                   help=f"the build cache: pages and description cells read before are taken from it (default: "
                        f"{default_folder()}); the output is the same with or without it")
    b.add_argument("--no-cache", action="store_true", help="read every page anew and keep nothing")
    b.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if same_file(args.output, args.report):
        return fail("build", f"-o and --report name the same file {args.output}")
    cache = None if args.no_cache else (args.cache or default_folder())
    services = _services(args.docs)
    if args.output_format != "text" and (not args.output or services is not None):
        return fail("build", f"--output-format {args.output_format} prints the findings on standard output, where "
                             "the spec goes without -o: name the spec's file with -o (and build one service)")
    if services is None:
        return _run_one(args, cache)
    return _run_many(args, services, cache)


def _services(docs: Sequence[Path]) -> list[Path] | None:
    """The docs trees to build, when there are several (or one folder of services); None for one docs tree."""
    if len(docs) == 1:
        return service_folders(docs[0]) or None
    return [tree for d in docs for tree in (service_folders(d) or [d])]


def _write(outputs: list[tuple[Path, str]], failing: bool, force: bool) -> list[Path]:
    """Writes the outputs, unless the build fails and one of them exists (spec and report are written together or
    not at all); returns those kept unchanged. Raises WriteError."""
    existing = [path for path, _ in outputs if path.exists()]
    if failing and existing and not force:
        return existing
    write_files(outputs)
    return []


def _summary(t: dict[str, Any]) -> str:
    by_sev = t["diagnostics_by_severity"]
    return (f"{t['pages']} pages: {t['operation_pages']} operation pages, {t['non_operation_pages']} other, "
            f"{t['failed_pages']} failed; {t['operations']} operations -> {t['spec_operations']} in the spec, "
            f"{t['schemas']} schemas; {t['parameter_rows']} parameter rows: {t['rows_as_properties']} typed "
            f"properties, {t['rows_as_diagnostics']} diagnostics; diagnostics: "
            + (", ".join(f"{n} {k}" for k, n in by_sev.items()) or "none"))


def _kept_line(kept: list[Path], outputs: list[tuple[Path, str]], failing: list[Diagnostic], fail_on: str) -> str:
    unwritten = [path for path, _ in outputs if path not in kept]
    return (f"kept {' and '.join(map(str, kept))} unchanged"
            + (f" (not written: {' and '.join(map(str, unwritten))})" if unwritten else "")
            + f": the build fails at --fail-on {fail_on} ({len(failing)} at {fail_on} or worse, first "
            f"{failing[0].loc} {failing[0].code}); --force writes anyway")


def _run_one(args: argparse.Namespace, cache: Path | None) -> int:
    result = build_or_report("build", args.docs[0], title=args.title, version=args.version, jobs=args.jobs,
                             cache=BuildCache(cache) if cache is not None else None)
    if result is None:
        return EXIT_USAGE
    print_findings(args, result.diagnostics, result.root)
    if not args.quiet:
        print_diagnostics(result.cache_diagnostics, Severity[args.min_severity.upper()])
    failing = at_fail_on(result.diagnostics, args.fail_on)
    outputs: list[tuple[Path, str]] = []
    if args.output:
        outputs.append((args.output, dump_spec(result.spec, "json" if args.output.suffix == ".json" else "yaml")))
    if args.report:
        outputs.append((args.report, dump_report(result.report)))
    try:
        kept = _write(outputs, bool(failing), args.force)
    except WriteError as exc:
        return cannot_write("build", exc)
    if not args.output:
        sys.stdout.write(dump_spec(result.spec))
    print(_summary(result.report["totals"]), file=sys.stderr)
    if kept:
        say("build", _kept_line(kept, outputs, located(failing, result.root), args.fail_on))
    return EXIT_ERRORS if failing else EXIT_OK


def _usage(message: str) -> int:
    return fail("build", message)


def _names(services: Sequence[Path]) -> list[str]:
    """Each docs tree's service name (what its spec file is called); a tree that is none keeps its folder name and
    fails when built."""
    names = []
    for docs in services:
        try:
            names.append(service_name(docs_root(docs)))
        except DocsError:
            names.append(docs.name)
    return names


def _root(docs: Path) -> Path | None:
    try:
        return docs_root(docs)
    except DocsError:
        return None


def _run_many(args: argparse.Namespace, services: list[Path], cache: Path | None) -> int:
    if args.output is None or args.output.suffix in (".yaml", ".json") or args.output.is_file():
        return _usage(f"{len(services)} services: -o names the folder to write <service>.yaml into")
    if args.report is not None and (args.report.suffix == ".json" or args.report.is_file()):
        return _usage(f"{len(services)} services: --report names the folder to write <service>.json into")
    if args.title:
        return _usage(f"{len(services)} services: --title names one service; each takes its own name")
    names = _names(services)
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        return _usage(f"two docs trees are the same service: {', '.join(twice)} (one spec file each)")
    console = Console(stderr=True)
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("pages"),
                        TimeElapsedColumn(), console=console, transient=True,
                        disable=args.quiet or not sys.stderr.isatty())
    with progress:
        task = progress.add_task("building", total=None)

        def started(pages: int) -> None:
            progress.update(task, total=pages)

        def done(service: ServiceBuild) -> None:
            progress.update(task, advance=service.pages, description=f"built {service.name}")

        results = build_many(services, args.jobs, cache, version=args.version, started=started, done=done)
    return _report_many(args, results, names)


def _report_many(args: argparse.Namespace, results: list[ServiceBuild], names: list[str]) -> int:
    minimum = Severity[args.min_severity.upper()]
    code = EXIT_OK
    lines: list[str] = []
    failed = 0
    for service, name in zip(results, names, strict=True):
        # each tree's paths are relative to its own docs root: rebased on the working directory, as for one service,
        # they name the file of the right service
        root = _root(service.docs)
        diagnostics = located(service.diagnostics, root)
        if not args.quiet:
            print_diagnostics(diagnostics, minimum)
            print_diagnostics(service.cache_diagnostics, minimum)
        if service.totals is None:
            lines.append(f"{name}: error: {service.error}")
            failed += 1
            code = max(code, EXIT_USAGE if not service.diagnostics else EXIT_ERRORS)
            continue
        failing = at_fail_on(diagnostics, args.fail_on)
        spec_path = args.output / f"{name}.yaml"
        outputs = [(spec_path, service.spec_text)]
        if args.report is not None:
            outputs.append((args.report / f"{name}.json", service.report_text))
        try:
            kept = _write(outputs, bool(failing), args.force)
        except WriteError as exc:
            lines.append(f"{name}: error: {exc}")
            failed += 1
            code = max(code, EXIT_USAGE)
            continue
        line = f"{name}: {_summary(service.totals)}"
        if kept:
            line += f"; {_kept_line(kept, outputs, failing, args.fail_on)}"
        elif failing:
            line += f"; fails at --fail-on {args.fail_on} (first {failing[0].loc} {failing[0].code}), written"
        lines.append(line)
        if failing:
            failed += 1
            code = max(code, EXIT_ERRORS)
    for line in lines:
        print(line, file=sys.stderr)
    print(f"{len(results)} services: {len(results) - failed} built, {failed} failing; specs in {args.output}",
          file=sys.stderr)
    return code
