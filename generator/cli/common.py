"""What every command shares: exit codes, printing diagnostics, reading the docs, refusing to write."""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.diagnostics import Diagnostic, Severity
from generator.pipeline import BuildResult, DocsError, build
from generator.writer import WriteError

# what a command module's add_parser(sub) receives: argparse's subcommand registry
SubParsers = argparse._SubParsersAction

EXIT_OK = 0
EXIT_ERRORS = 1  # diagnostics at or above --fail-on
EXIT_USAGE = 2  # DOCS is not a docs tree, or an output cannot be written
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)


def tool_version() -> str:
    try:
        return importlib.metadata.version("rst2openapi")
    except importlib.metadata.PackageNotFoundError:  # run from a checkout that is not installed
        return "unknown"


def print_diagnostics(diagnostics: Sequence[Diagnostic], minimum: Severity) -> None:
    for d in diagnostics:
        if d.severity >= minimum:
            print(str(d), file=sys.stderr)


def jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes >= 1, got {value!r}")
    return n


def build_or_report(docs: Path, title: str | None = None, version: str = "1.0.0",
                     jobs: int = 1) -> BuildResult | None:
    """The build, or None after printing why DOCS is not a docs tree (the caller exits with EXIT_USAGE)."""
    try:
        return build(docs, title=title, version=version, jobs=jobs)
    except DocsError as exc:
        print(f"rst2openapi: error: {exc}", file=sys.stderr)
        return None


def cannot_write(exc: WriteError) -> int:
    print(f"rst2openapi: error: {exc}", file=sys.stderr)
    return EXIT_USAGE


def same_file(a: Path | None, b: Path | None) -> bool:
    return a is not None and b is not None and a.resolve() == b.resolve()

