"""`rst2openapi`: the command line. The only place that prints diagnostics and decides the exit code."""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, Severity
from generator.pipeline import BuildResult, DocsError, build
from generator.writer import WriteError, dump_report, dump_spec, write_files

__all__ = ["main"]

EXIT_OK = 0
EXIT_ERRORS = 1  # diagnostics at or above --fail-on
EXIT_USAGE = 2  # DOCS is not a docs tree, or an output cannot be written
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rst2openapi", description=__doc__)
    parser.add_argument("-V", "--version", action="version", version=f"%(prog)s {_tool_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
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
    b.add_argument("-j", "--jobs", type=_jobs, default=os.cpu_count() or 1, metavar="N",
                   help="read the pages in N worker processes (default: the number of CPUs; 1: in this process); "
                        "the output is the same whatever N")
    lint = sub.add_parser("lint", help="check the docs against themselves: every example against its schema")
    lint.add_argument("docs", type=Path, help="docs repository root or its api-ref/source folder")
    lint.add_argument("--report", type=Path, help="write figures and the defects as JSON")
    lint.add_argument("--unrecognised", action="store_true",
                      help="also list constraint-like sentences no rule understood (info)")
    lint.add_argument("--fail-on", choices=["defect", "never"], default="defect",
                      help="exit 1 when a doc defect was found (default: defect)")
    _add_diff_parser(sub)
    _add_generate_parser(sub)
    _add_lock_parser(sub)
    return parser


def _tool_version() -> str:
    try:
        return importlib.metadata.version("rst2openapi")
    except importlib.metadata.PackageNotFoundError:  # run from a checkout that is not installed
        return "unknown"


def _print_diagnostics(diagnostics: Sequence[Diagnostic], minimum: Severity) -> None:
    for d in diagnostics:
        if d.severity >= minimum:
            print(str(d), file=sys.stderr)


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes >= 1, got {value!r}")
    return n


def _build_or_report(docs: Path, title: str | None = None, version: str = "1.0.0",
                     jobs: int = 1) -> BuildResult | None:
    """The build, or None after printing why DOCS is not a docs tree (the caller exits with EXIT_USAGE)."""
    try:
        return build(docs, title=title, version=version, jobs=jobs)
    except DocsError as exc:
        print(f"rst2openapi: error: {exc}", file=sys.stderr)
        return None


def _cannot_write(exc: WriteError) -> int:
    print(f"rst2openapi: error: {exc}", file=sys.stderr)
    return EXIT_USAGE


def _same_file(a: Path | None, b: Path | None) -> bool:
    return a is not None and b is not None and a.resolve() == b.resolve()


def _cmd_build(args: argparse.Namespace) -> int:
    if _same_file(args.output, args.report):
        print(f"rst2openapi: error: -o and --report name the same file {args.output}", file=sys.stderr)
        return EXIT_USAGE
    result = _build_or_report(args.docs, title=args.title, version=args.version, jobs=args.jobs)
    if result is None:
        return EXIT_USAGE
    if not args.quiet:
        _print_diagnostics(result.diagnostics, Severity[args.min_severity.upper()])
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
            return _cannot_write(exc)
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


def _cmd_lint(args: argparse.Namespace) -> int:
    from generator.pipeline import LINT_KINDS, READ_DEFECT_KINDS

    result = _build_or_report(args.docs)
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
            return _cannot_write(exc)
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


class _UnusableInput(Exception):
    """A diff argument that is neither a readable spec file nor a docs folder."""


def _add_diff_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    d = sub.add_parser("diff", help="compare two versions: what changed, and whether it breaks clients")
    d.add_argument("old", help="the OLD version: a spec file (.yaml/.json) or a docs folder (built on the fly)")
    d.add_argument("new", help="the NEW version: a spec file (.yaml/.json) or a docs folder (built on the fly)")
    d.add_argument("--format", choices=["text", "markdown", "json"], default="text",
                   help="output format (default: text; markdown fits a pull-request comment)")
    d.add_argument("--fail-on", choices=["breaking", "never"], default="never",
                   help="exit 1 when a breaking change was found (default: never)")


def _load_diff_input(arg: str) -> dict[str, object]:
    import json


    path = Path(arg)
    if path.is_dir():
        try:
            return build(path).spec
        except DocsError as exc:
            raise _UnusableInput(str(exc)) from exc
    if not path.is_file():
        raise _UnusableInput(f"{arg}: no such file or directory")
    if path.suffix.lower() not in (".json", ".yaml", ".yml"):
        raise _UnusableInput(f"{arg}: expected a spec file (.yaml, .yml or .json) or a docs folder")
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        reason = " ".join(str(exc).split())
        raise _UnusableInput(f"{arg}: not readable as {path.suffix[1:].upper()}: {reason}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        raise _UnusableInput(f"{arg}: not an OpenAPI document (no `paths` object)")
    return data


def _cmd_diff(args: argparse.Namespace) -> int:
    from generator.diff import diff_specs, render_json, render_markdown, render_text

    try:
        old = _load_diff_input(args.old)
        new = _load_diff_input(args.new)
    except _UnusableInput as exc:
        print(f"rst2openapi diff: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    result = diff_specs(old, new, old_label=args.old, new_label=args.new)
    render = {"text": render_text, "markdown": render_markdown, "json": render_json}[args.format]
    sys.stdout.write(render(result))
    return EXIT_ERRORS if args.fail_on == "breaking" and result.has_breaking else EXIT_OK


# --- end of diff ---------------------------------------------------------------------------------------------------


# --- generate: a typed client package from a spec (generator/client) ----------------------------------------------


def _add_generate_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    g = sub.add_parser("generate", help="generate a typed Python client package from a spec (openapi-python-client)")
    g.add_argument("spec", type=Path, help="spec file (.yaml or .json) written by build")
    g.add_argument("-o", "--output", type=Path, required=True, help="project folder to write (replaced if generated)")
    g.add_argument("--package", help="Python package name (default: from info.title, e.g. gaussdb_opengauss_client)")
    g.add_argument("--force", action="store_true",
                   help="replace the output folder even when the generated client fails its checks "
                        "(by default an existing folder is kept unchanged)")
    g.add_argument("--defects", type=Path, metavar="FILE",
                   help="the reviewed doc-defect list (default: OUTPUT/tests/doc_defects.yaml, as committed)")
    g.add_argument("--accept-defects", action="store_true",
                   help="after review: make the doc-defect list the examples that break their schema now "
                        "(written to the suite, and to --defects FILE when given)")
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


def _package_name(args: argparse.Namespace, spec: dict[str, Any]) -> str | None:
    """`--package`, or the one made from the spec's title; None (after saying why) when it is no Python identifier:
    the package is a folder inside -o and a name to import, so `../x`, `a/b` or `a.b` (a folder literally named
    `a.b`, which no import finds) are refused before anything is written."""
    import keyword

    from generator.client.view import python_name

    package = args.package if args.package is not None else \
        python_name(str((spec.get("info") or {}).get("title", "api"))) + "_client"
    if package.isascii() and package.isidentifier() and not keyword.iskeyword(package):
        return str(package)
    print(f"rst2openapi: error: --package {package!r} is not a Python identifier (letters, digits and `_`, not "
          f"starting with a digit)", file=sys.stderr)
    return None


def _cmd_generate(args: argparse.Namespace) -> int:
    import json

    from generator.client import generate_client
    from generator.client.shape import shape_error

    try:
        text = args.spec.read_text(encoding="utf-8")
        spec = json.loads(text) if args.spec.suffix == ".json" else yaml.safe_load(text)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"rst2openapi: error: cannot read spec {args.spec}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    problem = shape_error(spec)
    if problem is not None:
        print(f"rst2openapi: error: {args.spec} is not an OpenAPI document the client can be generated from: "
              f"{problem}", file=sys.stderr)
        return EXIT_USAGE
    package = _package_name(args, spec)
    if package is None:
        return EXIT_USAGE
    reviewed = _reviewed(args.defects)
    if isinstance(reviewed, int):
        return reviewed
    try:
        result = generate_client(spec, args.output, package, force=args.force, defects=reviewed,
                                 accept_defects=args.accept_defects)
        if args.accept_defects and args.defects is not None and result.package_dir is not None:
            listed = (args.output / "tests" / "doc_defects.yaml").read_text(encoding="utf-8")
            write_files([(args.defects, listed)])
    except WriteError as exc:
        return _cannot_write(exc)
    _print_diagnostics(result.diagnostics, Severity.INFO)
    print(
        f"{package}: {result.operations} operations -> {result.functions} endpoint modules, {result.models} models, "
        f"{result.properties} properties checked; generated in {result.seconds:.1f} s; "
        f"{len(result.diagnostics)} diagnostics",
        file=sys.stderr,
    )
    if result.suite is not None:
        s = result.suite
        print(f"contract suite: {s.modules} modules, {s.tests} tests ({s.examples} examples, {s.requests} requests, "
              f"{s.responses} responses, {s.boundaries} boundaries x 2, {s.properties} property-based request bodies), "
              f"{s.defects} doc defects listed",
              file=sys.stderr)
        _print_review(result.diagnostics, args.accept_defects)
    errors = sum(1 for d in result.diagnostics if d.severity >= Severity.ERROR)
    if result.package_dir is None and args.output.exists():
        why = (f"the generated client fails its checks ({errors} errors); --force writes anyway" if result.kept
               else f"no client was generated ({errors} errors)")
        print(f"rst2openapi: kept {args.output} unchanged: {why}", file=sys.stderr)
    elif not result.ok and result.package_dir is not None:
        print(f"rst2openapi: wrote {args.output} although the generated client fails its checks "
              f"({'--force' if args.force else 'there was no earlier output to keep'})", file=sys.stderr)
    return EXIT_OK if result.ok else EXIT_ERRORS


def _diff_summary(label: str, committed: dict[str, bytes], fresh: dict[str, bytes], lines: int) -> list[str]:
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


_REVIEW = ("contract-defect-new", "contract-defect-fixed", "contract-defect-changed")


def _reviewed(path: Path | None) -> dict[str, Any] | int | None:
    """The reviewed doc-defect list `path` names (None: none named), or the exit code when it cannot be read."""
    from generator.client.defects import load_defects

    if path is None:
        return None
    try:
        return load_defects(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"rst2openapi: error: cannot read the doc-defect list {path}: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _print_review(diagnostics: Sequence[Diagnostic], accepted: bool) -> int:
    """One line on the doc-defect candidates the reviewed list does not hold as found; their number."""
    found = Counter(d.code for d in diagnostics if d.code in _REVIEW)
    if not found:
        return 0
    counts = ", ".join(f"{n} {code.removeprefix('contract-defect-')}" for code, n in sorted(found.items()))
    if accepted:
        print(f"doc-defect list updated ({counts}): review the diff of doc_defects.yaml before committing it",
              file=sys.stderr)
    else:
        print(f"doc-defect candidates not in the reviewed list ({counts}): the contract suite and `check` fail "
              f"until they are reviewed and accepted with `generate --accept-defects`", file=sys.stderr)
    return sum(found.values())


def _cmd_check(args: argparse.Namespace) -> int:
    import tempfile

    from generator.client import generate_client
    from generator.client.tree import committed_tree, generated_tree

    problem = _check_inputs(args)
    if problem is not None:
        print(f"rst2openapi check: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    result = _build_or_report(args.docs, title=args.title)
    if result is None:
        return EXIT_USAGE
    spec = result.spec
    fmt = "json" if args.spec.suffix == ".json" else "yaml"
    fresh_spec = dump_spec(spec, fmt).encode("utf-8")
    report = _diff_summary(args.spec.parent.as_posix() or ".", {args.spec.name: args.spec.read_bytes()},
                           {args.spec.name: fresh_spec}, args.diff_lines)
    fresh_client: dict[str, bytes] = {}
    unreviewed = 0
    if args.client is not None:
        package = _package_name(args, spec)
        if package is None:
            return EXIT_USAGE
        reviewed = _reviewed(args.defects if args.defects is not None else args.client / "tests" / "doc_defects.yaml")
        if isinstance(reviewed, int):
            return reviewed
        with tempfile.TemporaryDirectory(prefix="rst2openapi-check-") as tmp:
            out = Path(tmp) / "client"
            generated = generate_client(spec, out, package, defects=reviewed)
            if not generated.ok:
                _print_diagnostics(generated.diagnostics, Severity.INFO)
                print("rst2openapi check: the client could not be regenerated", file=sys.stderr)
                return EXIT_ERRORS
            fresh_client = generated_tree(out)
        report += _diff_summary(args.client.as_posix(), committed_tree(args.client, fresh_client), fresh_client,
                                args.diff_lines)
        _print_diagnostics([d for d in generated.diagnostics if d.code in _REVIEW], Severity.INFO)
        unreviewed = _print_review(generated.diagnostics, False)
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


# --- lock: the docs repository and commit each committed spec was built from (generator/lock.py) -----------------


def _add_lock_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lk = sub.add_parser("lock", help="record the docs repository and commit (from the docs' SOURCE) in "
                                     "spec/<service>.source, the source lock of spec/<service>.yaml")
    lk.add_argument("docs", type=Path, nargs="+", help="docs trees (repository root or api-ref/source) with a SOURCE")
    lk.add_argument("--dir", type=Path, default=None, help="the folder of the lock files (default: spec)")


def _cmd_lock(args: argparse.Namespace) -> int:
    from generator.lock import LOCK_DIR, LockError, dump_entry, entry_from_docs, lock_path, parse_entry

    folder: Path = args.dir or LOCK_DIR
    try:
        new = dict(entry_from_docs(docs) for docs in args.docs)
    except (LockError, DocsError) as exc:
        print(f"rst2openapi lock: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    lines = []
    for service, entry in sorted(new.items()):
        path = lock_path(folder, service)
        try:
            old = parse_entry(path.read_text(encoding="utf-8"), str(path)).commit[:12] if path.is_file() else "(new)"
        except (OSError, UnicodeDecodeError, LockError):
            old = "(unreadable)"
        if old != entry.commit[:12]:
            lines.append(f"  {path}: {old} -> {entry.commit[:12]}")
    try:
        write_files([(lock_path(folder, s), dump_entry(e)) for s, e in sorted(new.items())])
    except WriteError as exc:
        return _cannot_write(exc)
    print("\n".join([f"rst2openapi lock: {len(new)} services, {len(lines)} moved", *lines]), file=sys.stderr)
    return EXIT_OK


# --- end of lock ---------------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _dispatch(argv)
    except KeyboardInterrupt:  # Ctrl-C: one line, the shell's code for SIGINT; outputs are written atomically
        print("rst2openapi: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _dispatch(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "build":
        return _cmd_build(args)
    if args.command == "lint":
        return _cmd_lint(args)
    if args.command == "diff":
        return _cmd_diff(args)
    if args.command == "generate":
        return _cmd_generate(args)
    if args.command == "check":
        return _cmd_check(args)
    if args.command == "lock":
        return _cmd_lock(args)
    return EXIT_USAGE  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":
    sys.exit(main())
