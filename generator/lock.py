"""The source lock (`spec/sources.lock`): for every committed spec built from a docs repository, the repository and
commit it was built from, read from the docs' `SOURCE` file. `rst2openapi lock DOCS...` writes it; the workflows read
it (one docs-sync job per service, the docs fetched at the locked commit for the tests)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.pipeline import docs_root, docs_source, service_name

LOCK_FILE = Path("spec") / "sources.lock"
HEADER = """\
# Source lock (YAML): the docs each committed spec/<service>.yaml was built from, as the docs' SOURCE file states
# them. Written by `rst2openapi lock DOCS...`; `python scripts/fetch_docs.py` fetches these commits into
# ../shared/corpus. Specs built from docs inside this project (examples/) are not listed.
"""


class LockError(Exception):
    """A lock file that cannot be read, or docs without a usable SOURCE file."""


@dataclass(frozen=True)
class LockEntry:
    repository: str  # owner/name on GitHub
    commit: str  # full commit id
    date: str  # YYYY-MM-DD, as SOURCE states it

    def as_dict(self) -> dict[str, str]:
        return {"repository": self.repository, "commit": self.commit, "date": self.date}


def entry_from_docs(docs: Path) -> tuple[str, LockEntry]:
    """The service and its lock entry, from the docs tree's SOURCE file (LockError when it lacks a field)."""
    root = docs_root(docs)
    source = docs_source(root)
    missing = [k for k in ("repository", "commit", "date") if not source.get(k)]
    if missing:
        raise LockError(f"{docs}: no SOURCE file with {', '.join(f'`{k}:`' for k in missing)} beside api-ref/")
    return service_name(root), LockEntry(source["repository"], source["commit"], source["date"])


def parse_lock(text: str, name: str = str(LOCK_FILE)) -> dict[str, LockEntry]:
    """The entries of a lock file's text, by service."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise LockError(f"{name}: not YAML: {' '.join(str(exc).split())}") from exc
    services = (data or {}).get("services", {}) if isinstance(data, dict) else None
    if not isinstance(services, dict):
        raise LockError(f"{name}: expected a mapping `services:` of service -> repository, commit, date")
    out: dict[str, LockEntry] = {}
    for service, entry in services.items():
        fields = {k: str(entry.get(k) or "") for k in ("repository", "commit", "date")} if isinstance(entry, dict) \
            else {}
        if not all(fields.values()) or not fields:
            raise LockError(f"{name}: service {service!r} needs `repository`, `commit` and `date`")
        out[str(service)] = LockEntry(fields["repository"], fields["commit"], fields["date"])
    return out


def read_lock(path: Path) -> dict[str, LockEntry]:
    """The entries of the lock file at `path`; none when it does not exist yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise LockError(f"{path}: cannot read: {exc}") from exc
    return parse_lock(text, str(path))


def updated(entries: Mapping[str, LockEntry], new: Iterable[tuple[str, LockEntry]]) -> dict[str, LockEntry]:
    """`entries` with each of `new` put in (a service's entry replaced), sorted by service."""
    merged = dict(entries)
    merged.update(new)
    return dict(sorted(merged.items()))


def dump_lock(entries: Mapping[str, LockEntry]) -> str:
    """The lock file's text: the header, then the services in name order (the same entries give the same bytes)."""
    body = {"services": {s: e.as_dict() for s, e in sorted(entries.items())}}
    return HEADER + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=1000)
