"""The source lock: `spec/<service>.source` beside each committed `spec/<service>.yaml` names the docs repository,
commit and date the spec was built from, as the docs' `SOURCE` file states them. `rst2openapi lock DOCS...` writes
it; the workflows read it (one docs-sync job per service, the docs fetched at the locked commit for the tests). One
file per service, so that the docs-sync pull requests of two services never touch the same file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.docs_tree import docs_root, docs_source, service_name

LOCK_DIR = Path("spec")
SUFFIX = ".source"
FIELDS = ("repository", "commit", "date")


class LockError(Exception):
    """A lock file that cannot be read, or docs without a usable SOURCE file."""


@dataclass(frozen=True)
class LockEntry:
    repository: str  # owner/name on GitHub
    commit: str  # full commit id
    date: str  # YYYY-MM-DD, as SOURCE states it


def entry_from_docs(docs: Path) -> tuple[str, LockEntry]:
    """The service and its lock entry, from the docs tree's SOURCE file (LockError when it lacks a field)."""
    root = docs_root(docs)
    source = docs_source(root)
    missing = [k for k in FIELDS if not source.get(k)]
    if missing:
        raise LockError(f"{docs}: no SOURCE file with {', '.join(f'`{k}:`' for k in missing)} beside api-ref/")
    return service_name(root), LockEntry(source["repository"], source["commit"], source["date"])


def lock_path(folder: Path, name: str) -> Path:
    return folder / f"{name}{SUFFIX}"


def parse_entry(text: str, name: str) -> LockEntry:
    """One lock file's `key: value` lines (`#` comments allowed)."""
    pairs = (line.split(":", 1) for line in text.splitlines() if ":" in line and not line.lstrip().startswith("#"))
    fields = {key.strip(): value.strip() for key, value in pairs}
    missing = [k for k in FIELDS if not fields.get(k)]
    if missing:
        raise LockError(f"{name}: needs {', '.join(f'`{k}:`' for k in missing)}")
    return LockEntry(fields["repository"], fields["commit"], fields["date"])


def dump_entry(entry: LockEntry) -> str:
    return (f"# source lock: the docs repository and commit; written by `rst2openapi lock DOCS`\n"
            f"repository: {entry.repository}\ncommit: {entry.commit}\ndate: {entry.date}\n")


def read_lock(folder: Path) -> dict[str, LockEntry]:
    """Every `*.source` under `folder`, by its path relative to it without the suffix (`gaussdb-opengauss`)."""
    out: dict[str, LockEntry] = {}
    for path in sorted(folder.rglob(f"*{SUFFIX}")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LockError(f"{path}: cannot read: {exc}") from exc
        out[path.relative_to(folder).as_posix().removesuffix(SUFFIX)] = parse_entry(text, str(path))
    return out
