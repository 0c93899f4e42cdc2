"""Benchmark: `build` over each service next to plain docutils parsing of the same pages, in the same run.

    python -m benchmarks.build [--repeat N] [--jobs N] [--all] [--corpus ../shared/corpus] [SERVICE ...]

Prints, per service and in total, the median seconds of parsing alone (docutils with the Sphinx stand-ins,
which plain docutils needs to read these pages without errors) and of the whole build (parse, read, link,
OpenAPI, YAML text), and their ratio. The two are interleaved per repeat so machine drift hits both.
Target (issue 2): the build at most 1.5x parsing alone; issue 12: with `--jobs 2` at most 0.7x, with `--jobs 1` at
most 1.3x (parsing alone is always one process). `--all` takes every service of the corpus. A script that prints
figures, not a timed test.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

from generator.pipeline import build, docs_root, list_pages
from generator.rst.parse import parse_rst
from generator.writer import dump_spec

SERVICES = (
    "gaussdb-opengauss",
    "relational-database-service",
    "cloud-container-engine",
    "identity-access-management",
    "elastic-volume-service",
    "elastic-cloud-server",
)


def _parse_only(root: Path) -> float:
    start = time.perf_counter()
    for file in list_pages(root):
        parse_rst(file.read_text(encoding="utf-8"), file.relative_to(root).as_posix())
    return time.perf_counter() - start


def _build(root: Path, jobs: int) -> float:
    start = time.perf_counter()
    result = build(root, jobs=jobs)
    dump_spec(result.spec)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("services", nargs="*", default=list(SERVICES))
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes of the build (parsing alone: one)")
    parser.add_argument("--all", action="store_true", help="every service folder of the corpus")
    args = parser.parse_args()
    if args.all:
        args.services = sorted(p.name for p in args.corpus.iterdir() if p.is_dir())

    rows: list[tuple[str, int, float, float]] = []
    for name in args.services:
        root = docs_root(args.corpus / name)
        pages = len(list_pages(root))
        parse_times: list[float] = []
        build_times: list[float] = []
        for _ in range(args.repeat):
            parse_times.append(_parse_only(root))
            build_times.append(_build(root, args.jobs))
        rows.append((name, pages, statistics.median(parse_times), statistics.median(build_times)))

    print(f"{'service':32} {'pages':>6} {'parse s':>9} {'build s':>9} {'ratio':>6}")
    for name, pages, p, b in rows:
        print(f"{name:32} {pages:6d} {p:9.2f} {b:9.2f} {b / p:6.2f}")
    total_p = sum(r[2] for r in rows)
    total_b = sum(r[3] for r in rows)
    total_pages = sum(r[1] for r in rows)
    print(f"{'total':32} {total_pages:6d} {total_p:9.2f} {total_b:9.2f} {total_b / total_p:6.2f}")
    print(f"pages per second (build): {total_pages / total_b:.1f}; repeats: {args.repeat} (medians); "
          f"build jobs: {args.jobs}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
