"""The stages, chained: read every page -> operations -> OpenAPI dict, plus the report. Writes nothing."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from generator.cache import BuildCache
from generator.constraints.engine import ConstraintStats, apply_constraints, cells_of
from generator.constraints.rules import Cell, Finding, run_rules
from generator.diagnostics import CODES, Diagnostic, Loc
from generator.docs_tree import DocsError, docs_root, docs_source, list_pages, service_name
from generator.lint import DEFECT_CODES, lint_spec
from generator.model import PageResult, RawPage
from generator.openapi.builder import BuildOptions, build_openapi
from generator.operations import ServiceModel, build_service
from generator.rst.entry import PageEntry, read_page_bytes, unreadable
from generator.writer import spec_value_problems

__all__ = ["BuildResult", "DocsError", "build", "docs_root", "docs_source", "list_pages", "read_docs", "service_name",
           "worker_start"]


@dataclass(frozen=True)
class BuildResult:
    root: Path
    spec: dict[str, Any]
    model: ServiceModel
    pages: tuple[RawPage, ...]
    diagnostics: tuple[Diagnostic, ...]
    report: dict[str, Any]
    # problems with the build cache (`cache-ignored`): printed, not in the report or the exit code, since the output
    # is the same without the cache
    cache_diagnostics: tuple[Diagnostic, ...] = ()


_T = TypeVar("_T")

# The cyclic garbage collector's oldest generation is collected after this many collections of the middle one (Python's
# default: 10). Reading a page makes many objects that live until the page is read (docutils' nodes and states point
# at each other), so they reach the oldest generation, and with the default every tenth collection of the middle one
# went over everything alive (the modules, the pages read so far): about a fifth of parsing's time.
_OLDEST_GENERATION_THRESHOLD = 100


def _collect_less(freeze: bool = True) -> tuple[int, int, int]:
    """Leave what is alive now out of the collector's scans (`freeze`) and collect the oldest generation ten times less
    often; the thresholds as they were."""
    threshold = gc.get_threshold()
    if freeze:
        gc.freeze()
    gc.set_threshold(threshold[0], threshold[1], max(threshold[2], _OLDEST_GENERATION_THRESHOLD))
    return threshold


# The collector's thresholds when this module was imported. A caller that changed them since (the test processes do)
# tunes the collector itself: a build leaves its thresholds and its frozen objects alone.
_THRESHOLDS_AT_IMPORT = gc.get_threshold()


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """`_collect_less` for the build (what is alive before it: the modules imported, the caller's objects); both put
    back at the end. The garbage is the same, collected later: the result does not change. A caller that set its own
    thresholds keeps them and whatever it froze: the build changes nothing. A caller that froze objects without that
    keeps them frozen: the collector cannot thaw only what the build froze, so then the build freezes nothing and only
    collects the oldest generation less often. (`gc.get_freeze_count` walks every frozen object: about 20 ms a build
    in a test process, which is why a caller with its own thresholds is not asked.)"""
    if gc.get_threshold() != _THRESHOLDS_AT_IMPORT:
        yield
        return
    thaw = not gc.get_freeze_count()
    threshold = _collect_less(freeze=thaw)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if thaw:
            gc.unfreeze()


def worker_start() -> None:
    """The initializer of a pool of worker processes (this module's, `generator.batch`'s): `_collect_less` for the
    worker's life."""
    _collect_less()


class _Workers:
    """The worker processes of one build, shared by reading and the constraint rules; started when first needed.
    A pool that cannot start or breaks leaves the work to this process (the same results, in the same order)."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False

    def spreads(self, n: int) -> bool:
        """Whether `map` over `n` items uses the worker processes (a few items stay in this process)."""
        return self.jobs > 1 and n >= 2 * self.jobs and not self._broken

    def map(self, fn: Callable[..., _T], *args: Sequence[Any]) -> list[_T]:
        n = len(args[0]) if args else 0
        if not self.spreads(n):
            return list(map(fn, *args))
        try:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=worker_start)
            return list(self._pool.map(fn, *args, chunksize=max(1, n // (self.jobs * 8))))
        except (OSError, BrokenProcessPool):
            self._broken = True
            self.close()
            return list(map(fn, *args))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def _read_all(pages: Sequence[tuple[str, bytes]], workers: _Workers) -> list[PageEntry]:
    """Every page in order, in this process or spread over the workers."""
    return workers.map(read_page_bytes, [rel for rel, _ in pages], [data for _, data in pages])


def read_docs(root: Path, jobs: int = 1, cache: BuildCache | None = None,
              ) -> tuple[list[RawPage], list[PageResult], list[Diagnostic]]:
    """Every page of the tree, read (in `jobs` worker processes). With a `cache`, a page whose bytes (and path) were
    read before by this same tool is taken from it, the others are read and stored."""
    workers = _Workers(jobs)
    try:
        return _read_docs(root, workers, cache)
    finally:
        workers.close()


def _read_docs(root: Path, workers: _Workers, cache: BuildCache | None,
               ) -> tuple[list[RawPage], list[PageResult], list[Diagnostic]]:
    entries: dict[str, PageEntry] = {}
    todo: list[tuple[str, bytes, str]] = []  # rel, bytes, cache key
    order: list[str] = []
    for file in list_pages(root):
        rel = file.relative_to(root).as_posix()
        order.append(rel)
        try:
            data = file.read_bytes()
        except OSError as exc:
            entries[rel] = unreadable(rel, str(exc), 1)
            continue
        key = cache.page_key(rel, data) if cache is not None else ""
        cached = cache.get_page(key) if cache is not None else None
        if cached is not None:
            entries[rel] = cached
        else:
            todo.append((rel, data, key))
    for (rel, _, key), entry in zip(todo, _read_all([(rel, data) for rel, data, _ in todo], workers), strict=True):
        entries[rel] = entry
        if cache is not None:
            cache.put_page(key, entry)
    pages: list[RawPage] = []
    failed: list[PageResult] = []
    diagnostics: list[Diagnostic] = []
    for rel in order:
        entry = entries[rel]
        if entry.page is not None:
            pages.append(entry.page)
        if entry.failure is not None:
            failed.append(entry.failure)
        diagnostics.extend(entry.diagnostics)
    return pages, failed, diagnostics


def _rules_on(cell: Cell) -> list[Finding] | None:
    """The rules on one cell, in a worker; None when a rule raised (the cell is run again in the parent, which
    reports the `internal-error`)."""
    findings, failures = run_rules(cell)
    return None if failures else findings


class _Findings:
    """The findings of the cells met: those the workers or the cache gave, and the cache for the others."""

    def __init__(self, known: dict[Cell, list[Finding]], cache: BuildCache | None) -> None:
        self.known = known
        self.cache = cache

    def get_findings(self, cell: Cell) -> list[Finding] | None:
        return self.known.get(cell)

    def put_findings(self, cell: Cell, findings: list[Finding]) -> None:
        if self.cache is not None:
            self.cache.put_findings(cell, findings)


def _constrain(service: ServiceModel, workers: _Workers, cache: BuildCache | None,
               ) -> tuple[ServiceModel, list[Diagnostic], ConstraintStats]:
    """The constraint stage. With workers, a first pass lists the cells and the rules run on them in the workers
    (those the cache does not hold), then the stage runs on their findings: the same result as in one process."""
    if workers.jobs <= 1:
        return apply_constraints(service, cache)
    known: dict[Cell, list[Finding]] = {}
    todo: list[Cell] = []
    for cell in cells_of(service):
        cached = cache.get_findings(cell) if cache is not None else None
        if cached is not None:
            known[cell] = cached
        else:
            todo.append(cell)
    for cell, found in zip(todo, workers.map(_rules_on, todo), strict=True):
        if found is not None:
            known[cell] = found
            if cache is not None:
                cache.put_findings(cell, found)
    return apply_constraints(service, _Findings(known, cache))


def _report(root: Path, spec: dict[str, Any], model: ServiceModel, pages: Sequence[RawPage],
            diagnostics: Sequence[Diagnostic]) -> dict[str, Any]:
    results = model.pages
    spec_ops = sum(len(v) for v in spec.get("paths", {}).values())
    totals: dict[str, Any] = {
        "pages": len(results),
        "operation_pages": sum(1 for r in results if r.status == "operation"),
        "non_operation_pages": sum(1 for r in results if r.status == "non-operation"),
        "failed_pages": sum(1 for r in results if r.status == "failed"),
        "pages_stating_uri": sum(1 for p in pages if p.states_uri),
        "operations": sum(len(r.operations) for r in results),
        "spec_operations": spec_ops,
        "schemas": len(spec.get("components", {}).get("schemas", {})),
        "parameter_rows": sum(r.parameter_rows for r in results),
        "rows_as_properties": sum(r.rows_as_properties for r in results),
        "rows_as_diagnostics": sum(r.rows_as_diagnostics for r in results),
        "diagnostics": len(diagnostics),
        "internal_errors": sum(1 for d in diagnostics if d.code == "internal-error"),  # bugs of the tool, left out
        "diagnostics_by_severity": dict(sorted(Counter(str(d.severity) for d in diagnostics).items())),
        "diagnostics_by_code": dict(sorted(Counter(d.code for d in diagnostics).items())),
    }
    page_entries = [
        {
            "path": r.path,
            "status": r.status,
            **({"reason": r.reason} if r.reason else {}),
            "operations": [f"{o.method} {o.path}" for o in r.operations],
            "parameter_rows": r.parameter_rows,
            "rows_as_properties": r.rows_as_properties,
            "rows_as_diagnostics": r.rows_as_diagnostics,
        }
        for r in results
    ]
    return {
        "docs_root": root.name if root.name != "source" else root.parent.parent.name,
        # the folder every diagnostic's `path` is relative to, as the command was given it (relative to the working
        # directory unless DOCS was absolute): `source_dir/path` opens the page
        "source_dir": root.as_posix(),
        "totals": totals,
        "pages": page_entries,
        "diagnostics": [
            {"path": d.loc.path, "line": d.loc.line, "severity": str(d.severity), "code": d.code,
             "message": d.message}
            for d in diagnostics
        ],
    }


DEFECT_KINDS = ("example-invalid", "example-repaired", *DEFECT_CODES)
# What the build could not read as written: a page, a table, a code block or other markup. `lint` lists these with
# the example defects and fails on them too: what was not read was not checked.
READ_DEFECT_KINDS = ("page-unreadable", "internal-error", "table-unparsed", "rst-error", "code-block-no-blank-line",
                     "literal-no-blank-line")
LINT_KINDS = (*READ_DEFECT_KINDS, *DEFECT_KINDS)


def example_defects(diagnostics: Sequence[Diagnostic]) -> dict[str, int]:
    """Doc defects in examples, by kind: not JSON, repaired JSON, and each way an example breaks its schema."""
    counts = Counter(d.code for d in diagnostics if d.code in DEFECT_KINDS)
    return {k: counts.get(k, 0) for k in DEFECT_KINDS}


def _no_operation(root: Path, spec: dict[str, Any], pages: int) -> list[Diagnostic]:
    """An error when the whole tree yields no operation: an empty `paths` must not pass for a good spec."""
    if spec.get("paths"):
        return []
    index = "index.rst" if (root / "index.rst").is_file() else list_pages(root)[0].relative_to(root).as_posix()
    message = (f"{pages} pages read and none states a METHOD+path: the spec has no operation "
               f"(is `{service_name(root)}` an API reference?)")
    return [Diagnostic(Loc(index, 1), "service-no-operation", CODES["service-no-operation"][0], message)]


def build(docs: Path, title: str | None = None, version: str | None = None, jobs: int = 1,
          cache: BuildCache | None = None) -> BuildResult:
    """The whole chain for one docs tree; `jobs` > 1 reads the pages in that many worker processes, and a `cache`
    reuses what earlier builds read and found (the result is the same, byte for byte)."""
    root = docs_root(docs)
    with _fewer_collections():
        return _build(root, title, version, _Workers(jobs), cache)


def _build(root: Path, title: str | None, version: str | None, workers: _Workers, cache: BuildCache | None,
           ) -> BuildResult:
    try:
        pages, failed, read_diags = _read_docs(root, workers, cache)
        model, constraint_diags, stats = _constrain(build_service(pages, failed), workers, cache)
    finally:
        workers.close()
    name = title or service_name(root)
    hosts = [h for p in pages for h in p.hosts]
    source = docs_source(root)
    spec, build_diags = build_openapi(model, BuildOptions(title=name, version=version,
                                                          repository=source.get("repository", "").strip("/"),
                                                          commit=source.get("commit", "")), hosts)
    lint_diags = lint_spec(spec)
    service_diags = [*_no_operation(root, spec, len(pages) + len(failed)), *spec_value_problems(spec)]
    diagnostics = sorted({*read_diags, *model.diagnostics, *constraint_diags, *build_diags, *lint_diags,
                          *service_diags},
                         key=lambda d: (d.loc.path, d.loc.line, d.code, d.message))
    report = _report(root, spec, model, pages, diagnostics)
    report["totals"]["constraints"] = stats.as_dict()
    report["totals"]["example_defects"] = example_defects(diagnostics)
    return BuildResult(root=root, spec=spec, model=model, pages=tuple(pages), diagnostics=tuple(diagnostics),
                       report=report, cache_diagnostics=tuple(cache.diagnostics()) if cache is not None else ())
