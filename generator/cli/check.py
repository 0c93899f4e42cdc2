"""`rst2openapi check`: rebuild spec, client and contract suite from the docs and compare with what is committed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.cli.common import (
    EXIT_ERRORS,
    EXIT_OK,
    EXIT_USAGE,
    SubParsers,
    build_or_report,
    print_diagnostics,
)
from generator.cli.generate import REVIEW, package_name, print_review, reviewed_defects
from generator.diagnostics import Severity
from generator.writer import dump_spec


def add_parser(sub: SubParsers[argparse.ArgumentParser]) -> None:
    c = sub.add_parser("check", help="rebuild spec, client and contract suite from the docs; exit 1 if any differs "
                                     "from what is committed")
    c.add_argument("docs", type=Path, help="docs repository root or its api-ref/source folder")
    c.add_argument("--spec", type=Path, required=True, help="committed spec file (written by build)")
    c.add_argument("--client", type=Path, help="committed client folder (written by generate); without it only the "
                                               "spec is checked")
    c.add_argument("--package", help="Python package name (default: from info.title)")
    c.add_argument("--title", help="API title (default: the repository the docs' SOURCE names, else the folder name)")
    c.add_argument("--defects", type=Path, metavar="FILE",
                   help="the reviewed doc-defect list (default: CLIENT/tests/doc_defects.yaml)")
    c.add_argument("--diff-lines", type=int, default=12, help="lines of each file diff to print (default: 12)")
    c.set_defaults(run=run)


def diff_summary(label: str, committed: dict[str, bytes], fresh: dict[str, bytes], lines: int) -> list[str]:
    import difflib

    out: list[str] = []
    for name in sorted(set(committed) | set(fresh)):
        old, new = committed.get(name), fresh.get(name)
        if old == new:
            continue
        if old is None:
            out.append(f"added:   {label}/{name} (not committed)")
            continue
        if new is None:
            out.append(f"removed: {label}/{name} (committed, no longer generated)")
            continue
        diff = list(difflib.unified_diff(old.decode("utf-8", "replace").splitlines(),
                                         new.decode("utf-8", "replace").splitlines(),
                                         f"committed/{name}", f"regenerated/{name}", n=0, lineterm=""))
        changed = sum(1 for d in diff if d[:1] in "+-" and not d.startswith(("+++", "---")))
        out.append(f"changed: {label}/{name} ({changed} lines)")
        out.extend("    " + (d if len(d) <= 160 else d[:157] + "...") for d in diff[:lines])
        if len(diff) > lines:
            out.append(f"    ... {len(diff) - lines} more diff lines")
    return out


def _check_inputs(args: argparse.Namespace) -> str | None:
    """Why the committed spec or client cannot be checked (one line), or None."""
    if not args.spec.parent.is_dir():
        return f"no such folder: {args.spec.parent} (--spec {args.spec})"
    if not args.spec.is_file():
        return f"no such file: {args.spec} (--spec)"
    if args.client is not None and not args.client.is_dir():
        return f"no such folder: {args.client} (--client)"
    return None

def run(args: argparse.Namespace) -> int:
    import tempfile

    from generator.client import generate_client
    from generator.client.tree import committed_tree, generated_tree

    problem = _check_inputs(args)
    if problem is not None:
        print(f"rst2openapi check: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    result = build_or_report(args.docs, title=args.title)
    if result is None:
        return EXIT_USAGE
    spec = result.spec
    fmt = "json" if args.spec.suffix == ".json" else "yaml"
    fresh_spec = dump_spec(spec, fmt).encode("utf-8")
    report = diff_summary(args.spec.parent.as_posix() or ".", {args.spec.name: args.spec.read_bytes()},
                           {args.spec.name: fresh_spec}, args.diff_lines)
    fresh_client: dict[str, bytes] = {}
    unreviewed = 0
    if args.client is not None:
        package = package_name(args, spec)
        if package is None:
            return EXIT_USAGE
        listed = args.defects if args.defects is not None else args.client / "tests" / "doc_defects.yaml"
        reviewed = reviewed_defects(listed)
        if isinstance(reviewed, int):
            return reviewed
        with tempfile.TemporaryDirectory(prefix="rst2openapi-check-") as tmp:
            out = Path(tmp) / "client"
            generated = generate_client(spec, out, package, defects=reviewed)
            if not generated.ok:
                print_diagnostics(generated.diagnostics, Severity.INFO)
                print("rst2openapi check: the client could not be regenerated", file=sys.stderr)
                return EXIT_ERRORS
            fresh_client = generated_tree(out)
        report += diff_summary(args.client.as_posix(), committed_tree(args.client, fresh_client), fresh_client,
                                args.diff_lines)
        print_diagnostics([d for d in generated.diagnostics if d.code in REVIEW], Severity.INFO)
        unreviewed = print_review(generated.diagnostics, False)
    if report:
        print("\n".join(report))
        files = sum(1 for line in report if not line.startswith("    "))
        again = f"\n  rst2openapi generate {args.spec} -o {args.client}" if args.client is not None else ""
        print(f"rst2openapi check: {files} files differ from the docs; regenerate with\n"
              f"  rst2openapi build {args.docs} -o {args.spec}{again}", file=sys.stderr)
        return EXIT_ERRORS
    if unreviewed:
        print(f"rst2openapi check: {unreviewed} documented examples differ from the reviewed doc-defect list",
              file=sys.stderr)
        return EXIT_ERRORS
    what = (f"{args.spec} and {args.client} ({len(fresh_client)} files) match" if args.client is not None
            else f"{args.spec} matches")
    print(f"rst2openapi check: {what} the docs", file=sys.stderr)
    return EXIT_OK


# --- end of generate -----------------------------------------------------------------------------------------------
