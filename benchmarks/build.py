"""Benchmark: `build` over each service next to plain docutils parsing of the same pages, in the same run.

    python -m benchmarks.build [--repeat N] [--jobs N] [--all] [--corpus ../shared/corpus] [SERVICE ...]
    python -m benchmarks.build --cache [--jobs N] [SERVICE ...]

Prints, per service and in total, the median seconds of parsing alone (docutils with the Sphinx stand-ins,
which plain docutils needs to read these pages without errors, its own character checks and every state of a state
machine made with it: the build's parse skips the checks on ASCII lines and makes a state when it is used,
`generator.rst.parse`) and of the whole build (parse, read, link,
OpenAPI, YAML text), and their ratio. The two are interleaved per repeat so machine drift hits both. Each service's
build is `build DOCS -o FILE` of that service alone (with `--jobs N`, its own pool of N workers).
With several services, a last line times them built at once, as `build CORPUS -o DIR` does (`generator.batch`: one
pool of `--jobs` workers, a service per task, the spec and report turned into text in the worker), next to the
total of parsing alone: after each repeat's per-service rows, so the same drift hits it.
Target (issue 2): the build at most 1.5x parsing alone; issue 12: with `--jobs 2` at most 0.7x (several services:
the line `all at once`), with `--jobs 1` at most 1.3x (parsing alone is always one process). `--all` takes every
service of the corpus. A script that prints figures, not a timed test.

`--cache`: the incremental build (issue 12). Per service, in a copy of its docs in a temporary folder and with a new
cache folder: a cold build (empty cache), a warm one (nothing changed), and one after changing one description cell
(a word's case in a table row of the middle page with a table, so the grid keeps its shape), next to a build of the
edited copy with no cache; prints the seconds, the edit's share of the cold build, and whether the bytes are the same.
Target: the edit rebuilt in at most 1 s or 15% of the cold build. `rule s` is a rebuild after an edit of the rules (as
the cell entries' fingerprint then is another: a cache whose cell fingerprint is changed), with every page warm.
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks import SERVICES
from generator.batch import build_many
from generator.cache import BuildCache, fingerprint
from generator.pipeline import build, docs_root, list_pages
from generator.rst.parse import parse_rst
from generator.writer import dump_spec


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _parse_only(root: Path) -> tuple[float, float]:
    """Wall and CPU seconds of parsing every page in this process."""
    start, cpu = time.perf_counter(), time.process_time()
    for file in list_pages(root):
        parse_rst(file.read_text(encoding="utf-8"), file.relative_to(root).as_posix(), fast_path=False)
    return time.perf_counter() - start, time.process_time() - cpu


def _build(root: Path, jobs: int) -> tuple[float, float, float]:
    """Wall seconds of the build, CPU seconds of this process and of its worker processes (reaped at its end)."""
    start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    result = build(root, jobs=jobs)
    dump_spec(result.spec)
    return time.perf_counter() - start, time.process_time() - cpu, _children_cpu() - children


def _build_all(docs: list[Path], jobs: int) -> tuple[float, float, float]:
    """`_build` of every service at once, as `build CORPUS -o DIR` (no cache)."""
    start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    built = build_many(docs, jobs, None)
    assert all(not b.error for b in built), [b.error for b in built if b.error]
    return time.perf_counter() - start, time.process_time() - cpu, _children_cpu() - children


def _timed(root: Path, jobs: int, cache: Path | None, rules_edited: bool = False) -> tuple[float, str]:
    """A build through `cache`; `rules_edited`: as after an edit of the rules (another cell fingerprint)."""
    fingerprints = {"page": fingerprint("page"), "cell": "0" * 32} if rules_edited else None
    start = time.perf_counter()
    result = build(root, jobs=jobs, cache=BuildCache(cache, fingerprints) if cache is not None else None)
    text = dump_spec(result.spec)
    return time.perf_counter() - start, text


_WORD = re.compile(r"(?<=[ |])([a-z]{4,})(?= )")


def _edit_one_cell(root: Path) -> str:
    """Changes the case of one word in a table row of the middle page that has one; returns `page:line`."""
    candidates = [p for p in list_pages(root) if re.search(r"^\s*\|.*\b[a-z]{4,} .*\|\s*$", p.read_text("utf-8"), re.M)]
    page = candidates[len(candidates) // 2]
    lines = page.read_text("utf-8").split("\n")
    for i, line in enumerate(lines):
        cells = line.strip().split("|")
        if line.strip().startswith("|") and len(cells) > 3 and _WORD.search(cells[-2]):
            last = line.rindex("|", 0, len(line.rstrip()))
            word = _WORD.search(line, last - len(cells[-2]))
            if word is None:
                continue
            lines[i] = line[:word.start()] + word.group(1).upper() + line[word.end():]
            page.write_text("\n".join(lines), "utf-8")
            return f"{page.relative_to(root).as_posix()}:{i + 1}"
    raise SystemExit(f"{page}: no description cell to edit")


def _incremental(corpus: Path, services: list[str], jobs: int) -> None:
    print(f"{'service':32} {'pages':>6} {'cold s':>7} {'warm s':>7} {'rule s':>7} {'edit s':>7} {'edit/cold':>9} "
          f"{'no-cache s':>10} same  edited")
    for name in services:
        with tempfile.TemporaryDirectory(prefix="rst2openapi-bench-") as tmp:
            docs = Path(tmp) / name
            shutil.copytree(corpus / name, docs)
            cache = Path(tmp) / "cache"
            root = docs_root(docs)
            cold, cold_text = _timed(root, jobs, cache)
            warm, warm_text = _timed(root, jobs, cache)
            rule, rule_text = _timed(root, jobs, cache, rules_edited=True)
            where = _edit_one_cell(root)
            edit, edit_text = _timed(root, jobs, cache)
            fresh, fresh_text = _timed(root, jobs, None)
            same = warm_text == cold_text == rule_text and edit_text == fresh_text and edit_text != cold_text
            print(f"{name:32} {len(list_pages(root)):6d} {cold:7.2f} {warm:7.2f} {rule:7.2f} {edit:7.2f} "
                  f"{edit / cold:9.2f} {fresh:10.2f} {'yes' if same else 'NO':5} {where}")
    print(f"build jobs: {jobs}; same: warm == cold == after a rule edit, and edit == a build of the edited copy "
          "with no cache (and the edit changed the spec)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("services", nargs="*", default=list(SERVICES))
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes of the build (parsing alone: one)")
    parser.add_argument("--all", action="store_true", help="every service folder of the corpus")
    parser.add_argument("--cache", action="store_true", help="cold, warm and one-edit builds with the build cache")
    args = parser.parse_args()
    if args.all:
        args.services = sorted(p.name for p in args.corpus.iterdir() if p.is_dir())
    if args.cache:
        _incremental(args.corpus, args.services, args.jobs)
        return

    roots = {name: docs_root(args.corpus / name) for name in args.services}
    parses: dict[str, list[tuple[float, float]]] = {name: [] for name in args.services}
    builds: dict[str, list[tuple[float, float, float]]] = {name: [] for name in args.services}
    together: list[tuple[float, float, float, float, float]] = []  # parse wall, cpu (summed); build wall, cpu, workers
    for _ in range(args.repeat):
        for name, root in roots.items():
            parses[name].append(_parse_only(root))
            builds[name].append(_build(root, args.jobs))
        if len(roots) > 1:
            together.append((sum(parses[n][-1][0] for n in roots), sum(parses[n][-1][1] for n in roots),
                             *_build_all([args.corpus / n for n in roots], args.jobs)))
    rows: list[tuple[str, int, float, float, float, float, float]] = [
        (name, len(list_pages(root)), *(statistics.median(x[i] for x in parses[name]) for i in range(2)),
         *(statistics.median(x[i] for x in builds[name]) for i in range(3)))
        for name, root in roots.items()]

    print(f"{'service':32} {'pages':>6} {'parse s':>8} {'build s':>8} {'ratio':>6} {'parse cpu':>9} {'parent cpu':>10} "
          f"{'workers cpu':>11} {'est':>5}")

    def line(name: str, pages: int, p: float, pc: float, b: float, bc: float, wc: float) -> str:
        est = (bc + wc / args.jobs) / pc
        return (f"{name:32} {pages:6d} {p:8.2f} {b:8.2f} {b / p:6.2f} {pc:9.2f} {bc:10.2f} {wc:11.2f} {est:5.2f}")

    for row in rows:
        print(line(*row))
    totals = [sum(float(r[i]) for r in rows) for i in range(2, 7)]
    total_pages = sum(r[1] for r in rows)
    print(line("total", total_pages, *totals))
    if together:
        print(line("all at once", total_pages, *(statistics.median(x[i] for x in together) for i in range(5))))
    print(f"pages per second (build): {total_pages / totals[2]:.1f}; repeats: {args.repeat} (medians); "
          f"build jobs: {args.jobs}")
    print("est: (the build's CPU seconds in this process + its workers' / jobs) / parsing's CPU seconds: the ratio "
          "with `jobs` free cores, which a loaded machine's wall times do not show")
    if together:
        print("all at once: the services built together over one pool (`build CORPUS -o DIR`; each spec and report "
              "turned into text), next to the same parse total; the target's line with several services")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
