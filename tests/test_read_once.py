"""The tests' memo of pages read and cells constrained (tests/conftest.py, `read_each_page_once`): a page built again
in the same test process is not read again, and gives what a fresh read gives, nor is a cell given to the rules
again; a test that patches reads every page."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.cache import BuildCache
from generator.constraints.rules import Cell, Finding
from generator.pipeline import build
from generator.rst.entry import read_page_bytes
from tests.conftest import FIXTURES, SAMPLE


def test_a_page_built_again_is_the_page_read_before_and_equal_to_a_fresh_read() -> None:
    first, second = build(SAMPLE), build(SAMPLE)
    assert first.pages and all(a is b for a, b in zip(first.pages, second.pages, strict=True))
    root = pipeline.docs_root(SAMPLE)
    fresh = [read_page_bytes(p.path, (root / p.path).read_bytes()).page for p in first.pages]
    assert list(first.pages) == fresh and not any(a is b for a, b in zip(first.pages, fresh, strict=True))


def test_pages_read_in_worker_processes_are_read_again_and_a_few_read_here_are_remembered() -> None:
    """`--jobs 2` (the CLI's default here) spreads 4 pages or more over the workers: what such a build exercises is the
    pool; fewer are read in this process, as with `--jobs 1`, and remembered."""
    few = FIXTURES / "report"
    assert len(pipeline.list_pages(pipeline.docs_root(few))) < 4 <= len(pipeline.list_pages(pipeline.docs_root(SAMPLE)))
    first, second = build(few, jobs=2), build(few, jobs=2)
    assert first.pages and all(a is b for a, b in zip(first.pages, second.pages, strict=True))
    first, second = build(SAMPLE, jobs=2), build(SAMPLE, jobs=2)
    assert first.pages == second.pages and not any(a is b for a, b in zip(first.pages, second.pages, strict=True))


def test_a_test_that_patches_reads_every_page(monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = build(SAMPLE), build(SAMPLE)
    assert first.pages == second.pages and not any(a is b for a, b in zip(first.pages, second.pages, strict=True))


def test_a_cell_constrained_again_is_not_given_to_the_rules_again(tmp_path: Path) -> None:
    from generator.constraints import engine

    build(SAMPLE)
    calls: list[object] = []
    original = engine.run_rules

    def counted(cell: Cell) -> tuple[list[Finding], list[tuple[str, Exception]]]:
        calls.append(cell)
        return original(cell)

    engine.run_rules = counted  # by hand: a test that takes monkeypatch has no memo
    try:
        again = build(SAMPLE)
    finally:
        engine.run_rules = original
    assert calls == [] and again.spec["paths"]
    # as constrained by a build that runs every rule (a build with a build cache, here a cold one, has no memo)
    assert again.spec == build(SAMPLE, cache=BuildCache(tmp_path)).spec
