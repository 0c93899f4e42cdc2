"""`rst2openapi report`: build one or more docs trees and write the HTML report for doc writers (a static site)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from generator.cli.common import EXIT_ERRORS, EXIT_OK, SubParsers, cannot_write, jobs, tool_version
from generator.pipeline import DocsError, build
from generator.writer import WriteError, write_tree

# the file that marks a folder as a report this command wrote: only such a folder (or an empty one) is replaced
MARKER = ".rst2openapi-report"


def add_parser(sub: SubParsers[argparse.ArgumentParser]) -> None:
    r = sub.add_parser("report", help="write an HTML report of the docs' findings for doc writers (a static site)",
                       description="Build each docs tree and write a static site to DIR: an index across services "
                                   "and a page per service with every diagnostic grouped by doc page. "
                                   "Example: rst2openapi report ../shared/corpus/* -o report")
    r.add_argument("docs", type=Path, nargs="+", help="docs repository roots or their api-ref/source folders")
    r.add_argument("-o", "--output", type=Path, required=True, metavar="DIR",
                   help="folder to write the site to (replaced whole; an existing folder must be empty or a report "
                        "written by this command)")
    r.add_argument("-j", "--jobs", type=jobs, default=os.cpu_count() or 1, metavar="N",
                   help="read each service's pages in N worker processes (default: the number of CPUs)")
    r.set_defaults(run=run)


def _replaceable(target: Path) -> str | None:
    """Why `target` must not be replaced, or None."""
    if target.is_dir() and not target.is_symlink() and any(target.iterdir()) and not (target / MARKER).is_file():
        return f"{target} is a folder this command did not write (no {MARKER} in it); give an empty or new folder"
    return None


def run(args: argparse.Namespace) -> int:
    from generator.report import ServiceFailure, ServiceReport, Site, render_site, service_report

    refused = _replaceable(args.output)
    if refused:
        return cannot_write(WriteError(args.output, refused.split(" ", 1)[1]))
    services: list[ServiceReport] = []
    failures: list[ServiceFailure] = []
    for docs in args.docs:
        start = time.monotonic()
        try:
            result = build(docs, jobs=args.jobs)
        except DocsError as exc:
            failures.append(ServiceFailure(name=docs.name, docs=str(docs), message=str(exc)))
            print(f"rst2openapi: error: {exc}", file=sys.stderr)
            continue
        except Exception as exc:  # a bug of the tool on one service: the others are still reported
            failures.append(ServiceFailure(name=docs.name, docs=str(docs),
                                           message=f"internal error: {type(exc).__name__}: {exc}"))
            print(f"rst2openapi: error: {docs}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        name = str(result.spec.get("info", {}).get("title", docs.name))
        services.append(service_report(name, result, [s.slug for s in services]))
        print(f"{name}: {len(result.diagnostics)} diagnostics ({time.monotonic() - start:.1f} s)", file=sys.stderr)
    start = time.monotonic()
    files = render_site(Site(services=tuple(services), failures=tuple(failures), tool_version=tool_version()))
    files[MARKER] = "A report written by `rst2openapi report`; the command replaces this folder whole.\n"
    try:
        write_tree(args.output, files)
    except WriteError as exc:
        return cannot_write(exc)
    print(f"{args.output}/index.html: {len(services)} services, {len(failures)} not read "
          f"(site rendered and written in {time.monotonic() - start:.1f} s)", file=sys.stderr)
    return EXIT_ERRORS if failures else EXIT_OK
