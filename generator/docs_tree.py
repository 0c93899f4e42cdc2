"""Where a docs tree's pages are and what it is: its `api-ref/source` folder, its pages, its `SOURCE` file and the
service it documents. Reads file names and the `SOURCE` file only, never a page (a lock file or a script needs no
parser)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["DocsError", "docs_root", "docs_source", "list_pages", "service_name"]


class DocsError(Exception):
    """The DOCS argument is not a docs tree."""


def docs_root(docs: Path) -> Path:
    """`DOCS` may be a docs repository root or its `api-ref/source` folder."""
    if not docs.exists():
        raise DocsError(f"{docs}: no such file or directory")
    if docs.is_file():
        raise DocsError(f"{docs}: expected a folder of .rst pages")
    for cand in (docs / "api-ref" / "source", docs / "source", docs):
        if cand.is_dir() and any(cand.rglob("*.rst")):
            return cand
    raise DocsError(f"{docs}: no .rst pages found (looked in api-ref/source, source and the folder itself)")


def list_pages(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.rst") if p.is_file())


def _repository_root(root: Path) -> Path:
    if root.name == "source" and root.parent.name == "api-ref":
        return root.parent.parent
    if root.name == "source":
        return root.parent
    return root


def docs_source(root: Path) -> dict[str, str]:
    """The docs tree's `SOURCE` file (`repository: owner/name`, `commit: ...`, `date: ...`) at the repository root,
    as keys and values; empty when there is none or it cannot be read."""
    path = _repository_root(root) / "SOURCE"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    pairs = (line.split(":", 1) for line in text.splitlines() if ":" in line)
    return {key.strip().lower(): value.strip() for key, value in pairs if key.strip()}


def service_name(root: Path) -> str:
    """The service: the repository its `SOURCE` names (`opentelekomcloud-docs/gaussdb-opengauss`), so a copy of the
    docs in a folder of another name builds the same spec; without one, the folder's name."""
    repository = docs_source(root).get("repository", "").rstrip("/")
    name = repository.rsplit("/", 1)[-1].strip()
    return name or _repository_root(root).name
