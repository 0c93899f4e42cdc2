"""Seeds for the fuzzer: the style fixtures and the real pages, read in place (never copied into the project), and
the fuzz case (a seed, the mutations applied to its page, and whether the page gets a twin).

A seed is one page plus its companions: the pages of the same docs tree that define a label the page refers to
with `:ref:` (at most `MAX_COMPANIONS`, unmutated), so that nested tables on other pages link as they do in the
real build. The mutated page and its companions are built together as a small docs tree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from tests.fuzz.mutations import MUTATIONS, Mutation, apply_all, mutation_lists

__all__ = ["FIXTURES", "MAX_COMPANIONS", "Case", "Seed", "cases", "corpus_seeds", "seeds_in", "style_seeds"]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MAX_COMPANIONS = 3
_LABEL = re.compile(r"^[ \t]*\.\. _([^:`]+):[ \t]*$", re.MULTILINE)
_REF = re.compile(r":ref:`(?:[^`<]*<([^`>]+)>|([^`<>]+))`")


@dataclass(frozen=True)
class Seed:
    name: str  # how failures name it: `styles/simple_table.rst`, `corpus/<service>/<path>`
    root: Path  # the docs root the page and its companions are read from
    page: str  # the page, relative to `root`
    companions: tuple[str, ...] = ()

    def texts(self) -> dict[str, str]:
        return {rel: (self.root / rel).read_text(encoding="utf-8") for rel in (self.page, *self.companions)}


@dataclass(frozen=True)
class Case:
    """A seed, the mutations of its page, and `twin`: a second copy of the mutated page in the same folder (two
    pages documenting one METHOD+path, the same labels twice)."""

    seed: Seed
    mutations: tuple[Mutation, ...]
    twin: bool = False

    def mutated(self) -> str:
        """The seed page with the mutations applied."""
        return apply_all(self.seed.texts()[self.seed.page], self.mutations)

    def tree(self, text: str) -> dict[str, str]:
        """The docs tree with `text` as the page (and its twin): path relative to the docs root -> text."""
        texts = self.seed.texts()
        texts[self.seed.page] = text
        if self.twin:
            page = Path(self.seed.page)
            texts[page.with_name(f"fuzz_twin_{page.name}").as_posix()] = text
        return texts

    def pages(self) -> dict[str, str]:
        return self.tree(self.mutated())

    def __str__(self) -> str:
        twin = " + twin" if self.twin else ""
        return f"{self.seed.name}: {' then '.join(map(str, self.mutations))}{twin}"


@cache
def _labels(root: Path) -> dict[str, str]:
    """label -> the page (relative to root) that defines it; the first page wins."""
    out: dict[str, str] = {}
    for file in sorted(root.rglob("*.rst")):
        rel = file.relative_to(root).as_posix()
        for m in _LABEL.finditer(file.read_text(encoding="utf-8")):
            out.setdefault(m.group(1).strip().lower(), rel)
    return out


def seeds_in(root: Path, prefix: str, pages: Sequence[Path] | None = None) -> list[Seed]:
    """A seed per page of the docs tree at `root` (or per page of `pages`), with its companions."""
    labels = _labels(root)
    out: list[Seed] = []
    for file in sorted(pages if pages is not None else root.rglob("*.rst")):
        rel = file.relative_to(root).as_posix()
        companions: list[str] = []
        for m in _REF.finditer(file.read_text(encoding="utf-8")):
            target = labels.get((m.group(1) or m.group(2)).strip().lower())
            if target and target != rel and target not in companions and len(companions) < MAX_COMPANIONS:
                companions.append(target)
        out.append(Seed(f"{prefix}/{rel}", root, rel, tuple(companions)))
    return out


def style_seeds() -> list[Seed]:
    """Every style fixture (tests/fixtures/styles), each with the fixture pages it refers to."""
    return seeds_in(FIXTURES / "styles", "styles")


def corpus_seeds(corpus: Path, services: Sequence[str] | None = None) -> list[Seed]:
    """Every page of every service in `corpus` (a folder of docs repositories), or of `services` only."""
    out: list[Seed] = []
    for service in sorted(services or [p.name for p in corpus.iterdir() if p.is_dir()]):
        base = corpus / service
        root = next((c for c in (base / "api-ref" / "source", base / "source", base) if c.is_dir()), base)
        if any(root.rglob("*.rst")):
            out.extend(seeds_in(root, f"corpus/{service}"))
    return out


def cases(seeds: Sequence[Seed], names: Sequence[str] = tuple(MUTATIONS), max_size: int = 3) -> st.SearchStrategy[
        Case]:
    """A seed, one to `max_size` mutations of `names`, and in one case out of ten a twin page."""
    twin = st.integers(min_value=0, max_value=9).map(lambda n: n == 0)
    return st.builds(Case, st.sampled_from(list(seeds)), mutation_lists(names, max_size), twin)
