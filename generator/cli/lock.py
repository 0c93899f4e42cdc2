"""`rst2openapi lock`: record the docs repository and commit each committed spec was built from."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    SubParsers,
    cannot_write,
)
from generator.pipeline import DocsError
from generator.writer import WriteError, write_files


def add_parser(sub: SubParsers[argparse.ArgumentParser]) -> None:
    lk = sub.add_parser("lock", help="record the docs repository and commit (from the docs' SOURCE) in "
                                     "spec/<service>.source, the source lock of spec/<service>.yaml")
    lk.add_argument("docs", type=Path, nargs="+", help="docs trees (repository root or api-ref/source) with a SOURCE")
    lk.add_argument("--dir", type=Path, default=None, help="the folder of the lock files (default: spec)")
    lk.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
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
        return cannot_write(exc)
    print("\n".join([f"rst2openapi lock: {len(new)} services, {len(lines)} moved", *lines]), file=sys.stderr)
    return EXIT_OK


