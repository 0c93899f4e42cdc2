"""Several docs trees built at once over one pool of worker processes: one service per task, each read in its
worker with the shared build cache, the spec and report turned into text there. Writes nothing.

A folder whose subfolders are docs trees (`../shared/corpus`) stands for those services. The results come back in
the order of the docs given, whatever order the workers finish in, so the output does not depend on `jobs`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.cache import BuildCache
from generator.diagnostics import Diagnostic, Loc, internal_error
from generator.pipeline import DocsError, build, docs_root, list_pages, service_name, worker_start
from generator.writer import dump_report, dump_spec

__all__ = ["ServiceBuild", "build_many", "service_folders"]


def _is_docs_tree(folder: Path) -> bool:
    return any(cand.is_dir() for cand in (folder / "api-ref" / "source", folder / "source"))


def service_folders(folder: Path) -> list[Path]:
    """The services a folder holds: its subfolders that are docs trees (an `api-ref/source` or `source` folder), when
    the folder is none itself and has no page of its own; else none (it is one docs tree, or not a docs folder)."""
    if not folder.is_dir() or _is_docs_tree(folder) or any(folder.glob("*.rst")):
        return []
    return sorted(sub for sub in folder.iterdir() if sub.is_dir() and _is_docs_tree(sub))


@dataclass(frozen=True)
class ServiceBuild:
    """One service, built: its spec and report as text, its diagnostics and figures; or why it could not be."""

    docs: Path
    name: str
    pages: int
    spec_text: str = ""
    report_text: str = ""
    totals: dict[str, Any] | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    cache_diagnostics: tuple[Diagnostic, ...] = ()
    error: str = ""  # not a docs tree, or a bug of the tool outside what a diagnostic catches


@dataclass(frozen=True)
class _Task:
    docs: Path
    version: str | None
    cache: Path | None
    fmt: str
    jobs: int


def _build_one(task: _Task) -> ServiceBuild:
    """One service, in a worker (or in this process when there is one service)."""
    try:
        root = docs_root(task.docs)
    except DocsError as exc:
        return ServiceBuild(task.docs, task.docs.name, 0, error=str(exc))
    name = service_name(root)
    try:
        result = build(root, version=task.version, jobs=task.jobs,
                       cache=BuildCache(task.cache) if task.cache is not None else None)
    except Exception as exc:  # a bug: this service fails with it, the others are built
        error = internal_error(Loc(name, 0), "build", "service", exc)
        return ServiceBuild(task.docs, name, len(list_pages(root)), diagnostics=(error,), error=error.message)
    return ServiceBuild(task.docs, name, result.report["totals"]["pages"], spec_text=dump_spec(result.spec, task.fmt),
                        report_text=dump_report(result.report), totals=result.report["totals"],
                        diagnostics=result.diagnostics, cache_diagnostics=result.cache_diagnostics)


def _pages(docs: Path) -> int:
    try:
        return len(list_pages(docs_root(docs)))
    except DocsError:
        return 0


def build_many(docs: Sequence[Path], jobs: int, cache: Path | None, version: str | None = None, fmt: str = "yaml",
               started: Callable[[int], None] | None = None,
               done: Callable[[ServiceBuild], None] | None = None) -> list[ServiceBuild]:
    """Every docs tree of `docs`, over `jobs` worker processes (the largest first, so that none is left alone at
    the end); `started(total pages)` once, `done(service)` as each one is built. Results in the order of `docs`."""
    sizes = [_pages(d) for d in docs]
    if started is not None:
        started(sum(sizes))
    tasks = [_Task(d, version, cache, fmt, jobs if len(docs) == 1 else 1) for d in docs]
    results: dict[int, ServiceBuild] = {}

    def finish(i: int, result: ServiceBuild) -> None:
        results[i] = result
        if done is not None:
            done(result)

    if jobs <= 1 or len(docs) == 1:
        for i, task in enumerate(tasks):
            finish(i, _build_one(task))
        return [results[i] for i in range(len(tasks))]
    order = sorted(range(len(tasks)), key=lambda i: -sizes[i])
    try:
        pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), initializer=worker_start)
        try:
            futures: dict[Future[ServiceBuild], int] = {pool.submit(_build_one, tasks[i]): i for i in order}
            for future in as_completed(futures):
                finish(futures[future], future.result())
        finally:  # on Ctrl-C too: the services not started are dropped, not waited for
            pool.shutdown(cancel_futures=True)
    except (OSError, BrokenProcessPool):  # no pool could be started, or it broke: the rest in this process
        for i in order:
            if i not in results:
                finish(i, _build_one(tasks[i]))
    return [results[i] for i in range(len(tasks))]

