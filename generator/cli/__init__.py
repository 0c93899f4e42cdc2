"""`rst2openapi`: the command line. The only place that prints diagnostics and decides the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from generator.cli import build, check, diff, generate, lint, lock
from generator.cli.common import EXIT_INTERRUPTED, EXIT_USAGE, tool_version

__all__ = ["main"]

COMMANDS = (build, lint, diff, generate, check, lock)  # one module per command: add_parser(sub) and run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rst2openapi", description=__doc__)
    parser.add_argument("-V", "--version", action="version", version=f"%(prog)s {tool_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _dispatch(argv)
    except KeyboardInterrupt:  # Ctrl-C: one line, the shell's code for SIGINT; outputs are written atomically
        print("rst2openapi: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _dispatch(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    return run(args) if run is not None else EXIT_USAGE  # pragma: no cover - argparse requires a command


if __name__ == "__main__":
    sys.exit(main())
