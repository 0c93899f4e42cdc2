"""`rst2openapi`: the command line. The only place that prints diagnostics and decides the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from generator.cli import build, check, diff, generate, lint, lock, report
from generator.cli.common import EXIT_INTERRUPTED, EXIT_USAGE, tool_version

__all__ = ["main"]

COMMANDS = (build, lint, diff, generate, check, lock, report)  # one module per command: add_parser(sub) and run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rst2openapi", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Turn Open Telekom Cloud API reference docs (reStructuredText) into an OpenAPI 3.1 spec, a typed "
                    "Python client\nand its contract tests; check the docs against themselves.",
        epilog="exit codes: 0 clean, 1 findings at --fail-on, 2 usage error or unreadable input, 130 interrupted\n"
               "example:\n  rst2openapi build examples/sample-service -o spec/sample-service.yaml\n"
               "`rst2openapi COMMAND --help` describes a command.")
    parser.add_argument("-V", "--version", action="version", version=f"%(prog)s {tool_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _dispatch(argv)
    except KeyboardInterrupt:  # Ctrl-C: one line, the shell's code for SIGINT; outputs are written atomically
        words = sys.argv[1:] if argv is None else list(argv)
        command = next((w for w in words if w in {c.__name__.rsplit(".", 1)[-1] for c in COMMANDS}), None)
        print(f"rst2openapi {command}: interrupted" if command else "rst2openapi: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _dispatch(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # said by the subcommand's parser, so the line starts `rst2openapi <command>: error:`
        getattr(args, "parser", parser).error(f"unrecognized arguments: {' '.join(unknown)}")
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    return run(args) if run is not None else EXIT_USAGE  # pragma: no cover - argparse requires a command


if __name__ == "__main__":
    sys.exit(main())
