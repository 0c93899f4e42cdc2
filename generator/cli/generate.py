"""`rst2openapi generate`: a typed Python client package and its contract suite from a spec."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from generator.cli.common import (
    EXIT_ERRORS,
    EXIT_OK,
    EXIT_USAGE,
    SubParsers,
    add_finding_options,
    cannot_write,
    command_parser,
    fail,
    failing,
    print_findings,
    say,
)
from generator.diagnostics import Diagnostic
from generator.writer import WriteError, load_yaml, write_files

# what the client generator runs (`pip install 'rst2openapi[client]'`): module to import -> distribution
CLIENT_EXTRA = {"openapi_python_client": "openapi-python-client", "ruff": "ruff"}


def add_parser(sub: SubParsers[argparse.ArgumentParser]) -> None:
    g = command_parser(sub, "generate", "generate a typed Python client package and its contract tests from a spec",
                       "rst2openapi generate spec/gaussdb-opengauss.yaml -o generated/gaussdb-opengauss")
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
    add_finding_options(g, fail_on="error", min_severity="info")
    g.set_defaults(run=run)


def missing_client_extra(command: str) -> int | None:
    """EXIT_USAGE after one line when the client generator's packages are not installed (a plain install: they are
    the `client` extra), else None."""
    import importlib.util

    missing = [dist for module, dist in CLIENT_EXTRA.items() if importlib.util.find_spec(module) is None]
    if not missing:
        return None
    return fail(command, f"the client generator needs {' and '.join(missing)}, which a plain install leaves out: "
                         "pip install 'rst2openapi[client]'")


def package_name(args: argparse.Namespace, spec: dict[str, Any]) -> str | None:
    """`--package`, or the one made from the spec's title; None (after saying why) when it is no Python identifier:
    the package is a folder inside -o and a name to import, so `../x`, `a/b` or `a.b` (a folder literally named
    `a.b`, which no import finds) are refused before anything is written."""
    import keyword

    from generator.client.view import python_name

    package = args.package if args.package is not None else \
        python_name(str((spec.get("info") or {}).get("title", "api"))) + "_client"
    if package.isascii() and package.isidentifier() and not keyword.iskeyword(package):
        return str(package)
    fail(args.command, f"--package {package!r} is not a Python identifier (letters, digits and `_`, not starting "
                       "with a digit)")
    return None


def run(args: argparse.Namespace) -> int:
    import json

    missing = missing_client_extra("generate")
    if missing is not None:
        return missing

    from generator.client import generate_client
    from generator.client.shape import shape_error

    try:
        text = args.spec.read_text(encoding="utf-8")
        spec = json.loads(text) if args.spec.suffix == ".json" else load_yaml(text)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        return fail("generate", f"cannot read spec {args.spec}: {' '.join(str(exc).split())}")
    problem = shape_error(spec)
    if problem is not None:
        return fail("generate", f"{args.spec} is not an OpenAPI document the client can be generated from: {problem}")
    package = package_name(args, spec)
    if package is None:
        return EXIT_USAGE
    reviewed = reviewed_defects("generate", args.defects)
    if isinstance(reviewed, int):
        return reviewed
    try:
        result = generate_client(spec, args.output, package, force=args.force, defects=reviewed,
                                 accept_defects=args.accept_defects)
        if args.accept_defects and args.defects is not None and result.package_dir is not None:
            listed = (args.output / "tests" / "doc_defects.yaml").read_text(encoding="utf-8")
            write_files([(args.defects, listed)])
    except WriteError as exc:
        return cannot_write("generate", exc)
    # the paging notes are info findings of their own (no iterator where the docs' paging is ambiguous): printed with
    # the diagnostics, never counted by --fail-on
    print_findings(args, [*result.diagnostics, *result.paging_notes], None)
    print(
        f"{package}: {result.operations} operations -> {result.functions} endpoint modules, {result.models} models, "
        f"{result.properties} properties checked; generated in {result.seconds:.1f} s; "
        f"{len(result.diagnostics)} diagnostics",
        file=sys.stderr,
    )
    if result.iterators or result.paging_notes:
        kinds = Counter(result.iterators.values())
        print(f"paging: {len(result.iterators)} iterate_ functions ("
              + ", ".join(f"{kinds[k]} {k}" for k in ("offset", "marker", "page")) + "), "
              f"{len(result.paging_notes)} list operations without one (client-paging-ambiguous)", file=sys.stderr)
    if result.suite is not None:
        s = result.suite
        print(f"contract suite: {s.modules} modules, {s.tests} tests ({s.examples} examples, {s.requests} requests, "
              f"{s.responses} responses, {s.boundaries} boundaries x 2, {s.properties} property-based request bodies), "
              f"{s.defects} doc defects listed",
              file=sys.stderr)
        print_review(result.diagnostics, args.accept_defects)
    errors = len(failing(result.diagnostics, "error"))
    if result.package_dir is None and args.output.exists():
        why = (f"the generated client fails its checks ({errors} errors); --force writes anyway" if result.kept
               else f"no client was generated ({errors} errors)")
        say("generate", f"kept {args.output} unchanged: {why}")
    elif not result.ok and result.package_dir is not None:
        say("generate", f"wrote {args.output} although the generated client fails its checks "
                        f"({'--force' if args.force else 'there was no earlier output to keep'})")
    return EXIT_ERRORS if failing(result.diagnostics, args.fail_on) else EXIT_OK


REVIEW = ("contract-defect-new", "contract-defect-fixed", "contract-defect-changed")


def reviewed_defects(command: str, path: Path | None) -> dict[str, Any] | int | None:
    """The reviewed doc-defect list `path` names (None: none named), or the exit code when it cannot be read."""
    from generator.client.defects import load_defects

    if path is None:
        return None
    try:
        return load_defects(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, ValueError, yaml.YAMLError) as exc:
        return fail(command, f"cannot read the doc-defect list {path}: {' '.join(str(exc).split())}")


def print_review(diagnostics: Sequence[Diagnostic], accepted: bool) -> int:
    """One line on the doc-defect candidates the reviewed list does not hold as found; their number."""
    found = Counter(d.code for d in diagnostics if d.code in REVIEW)
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
