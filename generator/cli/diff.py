"""`rst2openapi diff`: what changed between two versions (spec files or docs folders), and whether it breaks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from generator.cli.common import (
    EXIT_ERRORS,
    EXIT_OK,
    SubParsers,
    command_parser,
    fail,
)
from generator.pipeline import DocsError, build
from generator.writer import load_yaml


class _UnusableInput(Exception):
    """A diff argument that is neither a readable spec file nor a docs folder."""


def add_parser(sub: SubParsers[argparse.ArgumentParser]) -> None:
    d = command_parser(sub, "diff", "compare two versions: what changed, and whether it breaks clients",
                       "rst2openapi diff old-spec.yaml spec/sample-service.yaml --format markdown --fail-on breaking")
    d.add_argument("old", help="the OLD version: a spec file (.yaml/.json) or a docs folder (built on the fly)")
    d.add_argument("new", help="the NEW version: a spec file (.yaml/.json) or a docs folder (built on the fly)")
    d.add_argument("--format", choices=["text", "markdown", "json"], default="text",
                   help="output format (default: text; markdown fits a pull-request comment)")
    d.add_argument("--fail-on", choices=["breaking", "never"], default="never",
                   help="exit 1 when a change breaks clients (default: never); diff reports changes, not findings "
                        "of a severity, so it has no --min-severity")
    d.set_defaults(run=run)


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
        data = json.loads(text) if path.suffix.lower() == ".json" else load_yaml(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        reason = " ".join(str(exc).split())
        raise _UnusableInput(f"{arg}: not readable as {path.suffix[1:].upper()}: {reason}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        raise _UnusableInput(f"{arg}: not an OpenAPI document (no `paths` object)")
    return data


def run(args: argparse.Namespace) -> int:
    from generator.diff import diff_specs, render_json, render_markdown, render_text

    try:
        old = _load_diff_input(args.old)
        new = _load_diff_input(args.new)
    except _UnusableInput as exc:
        return fail("diff", str(exc))
    result = diff_specs(old, new, old_label=args.old, new_label=args.new)
    render = {"text": render_text, "markdown": render_markdown, "json": render_json}[args.format]
    sys.stdout.write(render(result))
    return EXIT_ERRORS if args.fail_on == "breaking" and result.has_breaking else EXIT_OK
