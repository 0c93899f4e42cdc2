"""What every command shares: exit codes, the options about findings, printing them, reading the docs, refusing to
write, and the one shape of an error line (`rst2openapi <command>: error: ...`)."""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from generator.cache import BuildCache
from generator.cli.output import FORMATS, located, render
from generator.diagnostics import Diagnostic, Severity
from generator.pipeline import BuildResult, DocsError, build
from generator.writer import WriteError

# what a command module's add_parser(sub) receives: argparse's subcommand registry
SubParsers = argparse._SubParsersAction

EXIT_OK = 0
EXIT_ERRORS = 1  # findings at or above --fail-on
EXIT_USAGE = 2  # a usage error, an input that cannot be read, an output that cannot be written
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)

SEVERITIES = ("info", "warning", "error")


def command_parser(sub: SubParsers[argparse.ArgumentParser], name: str, summary: str,
                   example: str) -> argparse.ArgumentParser:
    """A subcommand with its one-line description (also its line in `rst2openapi --help`) and an example."""
    parser = sub.add_parser(name, help=summary, description=summary[:1].upper() + summary[1:] + ".",
                            epilog=f"example:\n  {example}", formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.set_defaults(parser=parser)  # a usage error found after parsing is said by this parser: its prefix
    return parser


def add_finding_options(parser: argparse.ArgumentParser, fail_on: str, min_severity: str,
                        output_format: bool = False) -> None:
    """`--fail-on`, `--min-severity`, `-q` (and `--output-format`): the same meaning on every command that reports
    findings; only the defaults differ, each keeping what the command did before."""
    parser.add_argument("--fail-on", choices=[*reversed(SEVERITIES), "never"], default=fail_on,
                        help=f"exit 1 when a finding of this severity or worse was reported (default: {fail_on})")
    parser.add_argument("--min-severity", choices=SEVERITIES, default=min_severity,
                        help=f"print findings of this severity or worse (default: {min_severity})")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="print no finding, only the summary line (the exit code still follows --fail-on)")
    if output_format:
        parser.add_argument("--output-format", choices=FORMATS, default="text",
                            help="how findings are printed: text lines (default), a JSON array, GitHub workflow "
                                 "annotations or a SARIF 2.1.0 log; all but text go to standard output")


def failing(findings: Sequence[Diagnostic], fail_on: str) -> list[Diagnostic]:
    """The findings at or above `--fail-on` (none with `never`)."""
    if fail_on == "never":
        return []
    threshold = Severity[fail_on.upper()]
    return [d for d in findings if d.severity >= threshold]


def print_findings(args: argparse.Namespace, findings: Sequence[Diagnostic], root: Path | None,
                   text_stream: TextIO | None = None) -> None:
    """The findings at or above `--min-severity` (none with `-q`) in `--output-format`, paths relative to the
    working directory. Text goes to `text_stream` (default stderr), the machine formats to stdout, whole (an empty
    JSON array or SARIF log when nothing is printed), so a consumer always gets a document it can read."""
    fmt = getattr(args, "output_format", "text")
    minimum = Severity[args.min_severity.upper()]
    shown = [] if args.quiet else [d for d in located(findings, root) if d.severity >= minimum]
    if fmt == "text":
        (text_stream or sys.stderr).write(render("text", shown, tool_version()))
    else:
        sys.stdout.write(render(fmt, shown, tool_version()))


def fail(command: str, message: str) -> int:
    """One line on stderr, `rst2openapi <command>: error: <message>`; the usage exit code."""
    print(f"rst2openapi {command}: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def say(command: str, message: str) -> None:
    """One line on stderr from the command (not an error): `rst2openapi <command>: <message>`."""
    print(f"rst2openapi {command}: {message}", file=sys.stderr)


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


def build_or_report(command: str, docs: Path, title: str | None = None, version: str | None = None,
                    jobs: int = 1, cache: BuildCache | None = None) -> BuildResult | None:
    """The build, or None after printing why DOCS is not a docs tree (the caller exits with EXIT_USAGE)."""
    try:
        return build(docs, title=title, version=version, jobs=jobs, cache=cache)
    except DocsError as exc:
        fail(command, str(exc))
        return None


def cannot_write(command: str, exc: WriteError) -> int:
    return fail(command, str(exc))


def same_file(a: Path | None, b: Path | None) -> bool:
    return a is not None and b is not None and a.resolve() == b.resolve()

