"""Fetch the docs the tests read, at the commits the source lock names, into the layout the tests expect.

    python scripts/fetch_docs.py                       # every spec/<service>.source -> ../shared/corpus/<service>
    python scripts/fetch_docs.py gaussdb-opengauss     # one service
    python scripts/fetch_docs.py --head gaussdb-opengauss  # the docs' default branch HEAD (docs-sync), not the lock
    python scripts/fetch_docs.py --lock tests/diff/history --dest ../shared/corpus-history  # the diff tests' history
    python scripts/fetch_docs.py --matrix [NAME ...]   # the locked services (or NAMEs, checked) as a JSON list

Each entry becomes DEST/<name>/api-ref/source/**.rst (a sparse, shallow checkout of the `*.rst` pages only, the rest
of the repository is not fetched) and DEST/<name>/SOURCE (`repository:`, `commit:`, `date:`, `part:`), the folder
replaced as a whole. At a locked commit the date is the lock's; at HEAD the commit's date. Needs `git`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from generator.lock import LOCK_DIR, LockEntry, LockError, read_lock

PART = "api-ref/source (*.rst only)"
REMOTE = "https://github.com/"


class FetchError(Exception):
    """A git command that failed, or a checkout that is not what the lock names."""

    @property
    def reason(self) -> str:
        """git's last line (`fatal: ...`), without the command."""
        return str(self).strip().splitlines()[-1]


def _git(*args: str, cwd: Path | None = None) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise FetchError(f"git {' '.join(args)}: {result.stderr.strip() or f'exit {result.returncode}'}")
    return result.stdout.strip()


def fetch(name: str, entry: LockEntry, dest: Path, *, head: bool = False, remote: str = REMOTE) -> LockEntry:
    """Check out `entry`'s commit (or its repository's HEAD) into dest/name; the entry of what was fetched."""
    with tempfile.TemporaryDirectory(prefix="fetch-docs-") as tmp:
        repo = Path(tmp) / "repo"
        _git("init", "-q", str(repo))
        _git("remote", "add", "origin", f"{remote}{entry.repository}.git", cwd=repo)
        _git("sparse-checkout", "set", "--no-cone", "/api-ref/source/**/*.rst", cwd=repo)
        ref = "HEAD" if head else entry.commit
        try:
            _git("fetch", "-q", "--depth", "1", "--filter=blob:none", "origin", ref, cwd=repo)
        except FetchError as exc:
            raise FetchError(f"{name}: cannot fetch {entry.repository} at {ref}: {exc.reason}") from exc
        _git("checkout", "-q", "FETCH_HEAD", cwd=repo)
        commit = _git("rev-parse", "HEAD", cwd=repo)
        if not head and commit != entry.commit:
            raise FetchError(f"{name}: fetched {commit}, the lock names {entry.commit}")
        got = LockEntry(entry.repository, commit, _git("log", "-1", "--format=%cs", cwd=repo) if head else entry.date)
        pages = repo / "api-ref" / "source"
        if not pages.is_dir():
            raise FetchError(f"{name}: {entry.repository}@{commit} has no api-ref/source/*.rst")
        target = dest / name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(pages, target / "api-ref" / "source")
    (target / "SOURCE").write_text(f"repository: {got.repository}\ncommit: {got.commit}\ndate: {got.date}\n"
                                   f"part: {PART}\n", encoding="utf-8")
    return got


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fetch_docs.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="entries of the lock to fetch (default: all)")
    parser.add_argument("--lock", type=Path, default=LOCK_DIR,
                        help=f"the folder of the lock files, NAME.source (default: {LOCK_DIR})")
    parser.add_argument("--dest", type=Path, default=Path("..") / "shared" / "corpus",
                        help="the folder to fetch into (default: ../shared/corpus)")
    parser.add_argument("--head", action="store_true", help="fetch the default branch's HEAD instead of the lock")
    parser.add_argument("--matrix", action="store_true", help="print the lock's entries as a JSON list and stop")
    parser.add_argument("--remote", default=REMOTE, help=f"prefix of the repository URLs (default: {REMOTE})")
    args = parser.parse_args(argv)
    try:
        entries = read_lock(args.lock)
    except LockError as exc:
        print(f"fetch_docs: error: {exc}", file=sys.stderr)
        return 2
    unknown = sorted(set(args.names) - set(entries))
    if unknown or not entries:
        print(f"fetch_docs: error: no lock in {args.lock} for {', '.join(unknown) or 'any service'}", file=sys.stderr)
        return 2
    if args.matrix:
        print(json.dumps(sorted(set(args.names) or set(entries))))
        return 0
    for name in args.names or sorted(entries):
        try:
            got = fetch(name, entries[name], args.dest, head=args.head, remote=args.remote)
        except (FetchError, OSError) as exc:
            print(f"fetch_docs: error: {exc}", file=sys.stderr)
            return 1
        print(f"{name}: {got.repository}@{got.commit} ({got.date}) -> {args.dest / name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
