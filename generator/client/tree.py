"""The files of a generated client project, as `check` compares them.

Only what the generator writes counts. In the freshly generated tree that is every file it wrote. In the
committed folder it is the files named by the generator's manifest when the folder has one; without one, every file
the generated project's own `.gitignore` does not ignore (so `pip install -e` / `pip install` leaving `*.egg-info/`
and `build/` in the folder, caches and virtualenvs change nothing). Files the generator writes are compared even if
a `.gitignore` pattern would match them.

The manifest is the `files:` list of the marker `generate` writes (generator/client/install.py); an older or
foreign one is read tolerantly: a JSON object with a `files` list (or a JSON list) in `MANIFEST`, or in the marker
file, or path lines after the marker's first line (`openapi-python-client <version>`). Reading only: nothing here
writes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pathspec

from generator.client.generate import MARKER
from generator.client.install import own_files

MANIFEST = ".rst2openapi-manifest.json"
_CACHES = frozenset({"__pycache__", ".pytest_cache", ".ruff_cache", ".mypy_cache"})

Tree = dict[str, bytes]


def _files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                  if p.is_file() and not _CACHES & set(p.relative_to(root).parts) and p.suffix != ".pyc")


def _paths(values: object) -> frozenset[str] | None:
    if isinstance(values, dict):
        values = values.get("files")
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        return None
    return frozenset(v.strip().removeprefix("./") for v in values if v.strip())


def manifest(root: Path) -> frozenset[str] | None:
    """The files the generator says it wrote into `root`, or None when it left no list there."""
    own = own_files(root)  # the marker's `files:` list, as `generate` writes it
    if own:
        return frozenset(own) | {MARKER}
    for name in (MANIFEST, MARKER):
        path = root / name
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            found = _paths(json.loads(text))
        except ValueError:
            found = _paths([line for line in text.splitlines()[1:] if not line.startswith("#")])
        if found:
            return found | {name}
    return None


def ignored_by(root: Path) -> pathspec.GitIgnoreSpec | None:
    """The generated project's `.gitignore`, when it has one."""
    path = root / ".gitignore"
    if not path.is_file():
        return None
    return pathspec.GitIgnoreSpec.from_lines(path.read_text(encoding="utf-8", errors="replace").splitlines())


def generated_tree(root: Path) -> Tree:
    """A freshly generated project: every file the generator wrote (its manifest, when it writes one)."""
    own = manifest(root)
    return {name: (root / name).read_bytes() for name in _files(root) if own is None or name in own}


def committed_tree(root: Path, fresh: Tree) -> Tree:
    """The committed project as far as it is the generator's: every file the fresh tree has, plus those the
    committed manifest lists (or, without one, those its `.gitignore` does not ignore)."""
    own = manifest(root)
    ignore = ignored_by(root)
    out: Tree = {}
    for name in _files(root):
        if name in fresh:
            pass
        elif own is not None:
            if name not in own:
                continue
        elif ignore is not None and ignore.match_file(name):
            continue
        out[name] = (root / name).read_bytes()
    return out
