"""The long fuzz run (issue 9 item 2): mutated real pages and style fixtures through `build`, checked by the oracle.

    python -m benchmarks.fuzz [--pages 5000] [--seed 0] [--jobs 2] [--corpus ../shared/corpus] [--out DIR]
                              [--bound 10] [--styles-share 0.1] [--minimise-budget 90]

Seeds are every page of every service in `--corpus` (read in place) and the style fixtures
(tests/fixtures/styles, `--styles-share` of the draws, default 0.1); `--pages` cases (a seed, one to three
mutations from tests/fuzz/mutations.py, sometimes a twin page) are drawn from the hypothesis strategy of the
in-suite test, fed random bytes from `--seed` (so a run is reproducible). Each case is built as a small docs
tree (the page and the pages its `:ref:`s point to) in a worker process and checked by tests/fuzz/oracle.py: an
exception, a hang (over `--bound` CPU seconds per page: an alarm in the worker, and the worker killed when it
gives no answer), an invalid spec, a broken row invariant, a page lost without a diagnostic, a
page failed on an internal error. Prints the counts, the slowest pages, and each failure class (one signature)
with how many cases show it; each class's first case is shrunk to a minimal page and saved under `--out`
(default: a new temporary folder) as `NN-kind/`: `case.txt` (seed, mutations, failures), `mutated/` (the docs tree
as built) and `minimal/` (the tree with the shrunk page): `rst2openapi build OUT/NN-kind/minimal` reproduces it.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import queue
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from tests.fuzz.oracle import BOUND, KINDS, Failure, Verdict, check_pages, minimise, write_tree
from tests.fuzz.seeds import Case, Seed, cases, corpus_seeds, style_seeds

_LABELS = {
    "exception": "exceptions",
    "hang": "hangs",
    "invalid-spec": "invalid specs",
    "invariant": "invariant breaks",
    "lost-page": "pages lost without a diagnostic",
    "internal-error": "pages failed on an internal error (caught)",
    "fuzzer-error": "cases whose mutations raised (a fuzzer bug)",
}


def draw_cases(seeds: Sequence[Seed], count: int, seed: int) -> list[Case]:
    """`count` distinct cases of the hypothesis strategy `cases(seeds)`, each drawn from random bytes of
    `random.Random(seed)` through hypothesis' fuzzing entry point (`fuzz_one_input`): uniform over seeds and
    mutations (hypothesis' own generation favours a few values), and the same list for the same seed."""
    drawn: list[Case] = []
    seen: set[str] = set()

    @settings(database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(cases(seeds))
    def collect(case: Case) -> None:
        key = str(case)
        if key not in seen:
            seen.add(key)
            drawn.append(case)

    rng = random.Random(seed)
    fuzz_one_input = collect.hypothesis.fuzz_one_input  # type: ignore[attr-defined]
    while len(drawn) < count:
        fuzz_one_input(rng.randbytes(256))
    return drawn


def _worker(tasks: Any, results: Any, bound: float) -> None:
    pid = mp.current_process().pid
    while True:
        item = tasks.get()
        if item is None:
            return
        index, case = item
        results.put(("start", index, (pid, time.monotonic())))
        try:
            verdict = check_pages(case.pages(), bound)
        except Exception as exc:  # a bug of the fuzzer itself (a mutation): reported, not a crash of the run
            verdict = Verdict((Failure("fuzzer-error", f"fuzzer: {type(exc).__name__}", repr(exc)),), 0.0, 1)
        results.put(("done", index, verdict))


def _mixed(real: Sequence[Seed], styles: Sequence[Seed], share: float) -> list[Seed]:
    """The real seeds with the style seeds spread among them (repeated as needed) to make up `share` of the list,
    so that a draw, uniform or not, picks a fixture about that often."""
    share = min(max(share, 0.0), 0.9)
    if not real or not styles or share == 0.0:
        return [*real, *styles]
    every = max(1, round((1 - share) / share))
    out: list[Seed] = []
    for i, seed in enumerate(real):
        out.append(seed)
        if i % every == every - 1:
            out.append(styles[(i // every) % len(styles)])
    return out


def _tree_size(case: Case) -> int:
    return 1 + len(case.seed.companions) + int(case.twin)


def run_cases(all_cases: Sequence[Case], jobs: int, bound: float, progress: bool = True,
              grace: float = 30.0) -> list[Verdict]:
    """Check every case in `jobs` worker processes. A worker that has not answered past the hard limit (twice the
    bound per page of wall time, plus `grace` seconds: stuck where the alarm is not seen) is killed, its case
    counted as a hang, and a new worker takes its place."""
    ctx: Any = mp.get_context("fork" if sys.platform != "win32" else "spawn")
    tasks: Any = ctx.Queue()
    results: Any = ctx.Queue()
    for item in enumerate(all_cases):
        tasks.put(item)
    workers: dict[int | None, BaseProcess] = {}

    def spawn() -> None:
        process = ctx.Process(target=_worker, args=(tasks, results, bound), daemon=True)
        process.start()
        workers[process.pid] = process

    for _ in range(jobs):
        spawn()
        tasks.put(None)  # one stop sign per worker; a killed worker leaves its own to its replacement
    verdicts: dict[int, Verdict] = {}
    running: dict[int, tuple[int, float]] = {}
    last = time.monotonic()
    while len(verdicts) < len(all_cases):
        try:
            kind, index, value = results.get(timeout=1.0)
            if kind == "start":
                running[index] = value
            else:
                running.pop(index, None)
                verdicts[index] = value
        except queue.Empty:
            pass
        now = time.monotonic()
        for index, (pid, started) in list(running.items()):
            if now - started > 2 * bound * _tree_size(all_cases[index]) + grace:
                running.pop(index)
                verdicts[index] = Verdict((Failure("hang", "killed: no answer past the hard limit",
                                                   f"{now - started:.0f} s"),), now - started,
                                          _tree_size(all_cases[index]))
                stuck = workers.pop(pid)
                stuck.kill()
                stuck.join()
                spawn()
        if progress and now - last > 60:
            last = now
            print(f"  {len(verdicts)}/{len(all_cases)} checked", file=sys.stderr, flush=True)
    for w in workers.values():
        w.join(timeout=5)
    return [verdicts[i] for i in range(len(all_cases))]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _save(folder: Path, case: Case, reduced: Case, failures: Sequence[Failure], minimal: str | None) -> None:
    """case.txt, the tree as built (`mutated/`) and the reduced tree with the shrunk page (`minimal/`)."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [f"case: {case}", f"seed page: {case.seed.page} (docs root {case.seed.root})", ""]
    if reduced != case:
        lines += [f"reduced to: {reduced}", ""]
    lines += [f"{f.kind}: {f.signature}\n{f.detail}\n" for f in failures]
    if minimal == "":
        lines.append("The minimal page is empty: the failure needs only the other pages of the tree.")
    (folder / "case.txt").write_text("\n".join(lines), encoding="utf-8")
    try:
        write_tree(folder / "mutated", case.pages())
    except Exception as exc:  # a mutation that fails (a bug of the fuzzer, reported as such)
        (folder / "case.txt").write_text("\n".join([*lines, f"the mutations raise: {exc!r}"]), encoding="utf-8")
        return
    if minimal is not None:
        write_tree(folder / "minimal", reduced.tree(minimal))


def _minimise_class(args: tuple[Case, str, float, float]) -> tuple[Case, str | None]:
    """The case with as few pages as still fail with the signature (without its companions, or the one companion
    that fails by itself), and its page shrunk to the fewest lines."""
    case, signature, bound, budget = args
    if signature.startswith("fuzzer: "):
        return case, None

    def fails(candidate: Case) -> bool:
        return any(f.signature == signature for f in check_pages(candidate.pages(), bound).failures)

    if case.seed.companions:
        alone = replace(case, seed=replace(case.seed, companions=()))
        if fails(alone):
            case = alone
        else:
            prefix = case.seed.name[: -len(case.seed.page)]
            for page in case.seed.companions:
                solo = Case(replace(case.seed, name=prefix + page, page=page, companions=()), ())
                if fails(solo):
                    case = solo
                    break
    return case, minimise(case.tree, case.mutated(), signature, bound, budget)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=5000, help="mutated pages to build (default 5000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--corpus", type=Path,
                        default=Path(__file__).resolve().parents[1].parent / "shared" / "corpus")
    parser.add_argument("--out", type=Path, default=None, help="where the reproductions go (default: a temp dir)")
    parser.add_argument("--bound", type=float, default=BOUND, help=f"seconds per page (default {BOUND:g})")
    parser.add_argument("--styles-share", type=float, default=0.1,
                        help="share of the cases drawn from the style fixtures (default 0.1)")
    parser.add_argument("--minimise-budget", type=float, default=90.0, help="seconds to shrink each class")
    args = parser.parse_args(argv)

    seeds = _mixed(corpus_seeds(args.corpus), style_seeds(), args.styles_share)
    services = len({s.name.split("/")[1] for s in seeds if s.name.startswith("corpus/")})
    start = time.monotonic()
    all_cases = draw_cases(seeds, args.pages, args.seed)
    real = sum(1 for c in all_cases if c.seed.name.startswith("corpus/"))
    print(f"fuzz: {len(all_cases)} mutated pages ({real} real pages from {services} services, "
          f"{len(all_cases) - real} style fixtures), seed {args.seed}, {args.jobs} jobs, bound {args.bound:g} s "
          f"per page", flush=True)
    verdicts = run_cases(all_cases, args.jobs, args.bound)
    elapsed = time.monotonic() - start

    print(f"\n{len(all_cases)} pages in {elapsed:.0f} s; CPU time per page: median "
          f"{statistics.median(v.seconds for v in verdicts):.2f} s, max {max(v.seconds for v in verdicts):.1f} s")
    print(f"operation pages among them: {sum(1 for v in verdicts if v.operation_pages)}")
    for kind in KINDS:
        count = sum(1 for v in verdicts if any(f.kind == kind for f in v.failures))
        print(f"  {_LABELS[kind]:<44} {count}")
    slowest = sorted(range(len(verdicts)), key=lambda i: -verdicts[i].seconds)[:3]
    print("slowest: " + "; ".join(f"{verdicts[i].seconds:.1f} s {all_cases[i]}"[:200] for i in slowest))

    classes: dict[tuple[str, str], list[int]] = {}
    for i, v in enumerate(verdicts):
        for f in v.failures:
            cases_of = classes.setdefault((f.kind, f.signature), [])
            if i not in cases_of:
                cases_of.append(i)
    mutations_of = Counter(m.name for i in {j for js in classes.values() for j in js}
                           for m in all_cases[i].mutations)
    if not classes:
        print("\nno failure")
        return 0
    ordered = sorted(classes.items(), key=lambda kv: (KINDS.index(kv[0][0]), -len(kv[1])))
    print(f"\n{len(classes)} failure classes:")
    for (kind, signature), idx in ordered:
        print(f"  {kind:<14} {len(idx):>4} pages  {signature}")
        print(f"  {'':<14} e.g. {all_cases[idx[0]]}"[:220])
    print("mutations in failing cases: " + ", ".join(f"{k} {v}" for k, v in mutations_of.most_common()), flush=True)
    out = args.out or Path(tempfile.mkdtemp(prefix="rst2openapi-fuzz-"))
    jobs = [(all_cases[idx[0]], sig, args.bound, args.minimise_budget) for (_kind, sig), idx in ordered]
    print(f"\nshrinking the first page of each class ({args.minimise_budget:g} s at most) ...", flush=True)
    with mp.get_context("fork" if sys.platform != "win32" else "spawn").Pool(args.jobs) as pool:
        pending = [pool.apply_async(_minimise_class, (job,)) for job in jobs]
        minimal: list[tuple[Case, str | None]] = []
        for (case, _sig, _bound, _budget), p in zip(jobs, pending, strict=True):
            try:
                minimal.append(p.get(timeout=args.minimise_budget * 4 + 60))
            except Exception:
                minimal.append((case, None))
    print(f"reproductions in {out}:")
    for n, (((kind, signature), idx), (case, small)) in enumerate(zip(ordered, minimal, strict=True), start=1):
        folder = out / f"{n:02d}-{kind}-{_slug(signature)}"
        _save(folder, all_cases[idx[0]], case, [f for f in verdicts[idx[0]].failures if f.signature == signature],
              small)
        size = "not shrunk" if small is None else f"{len(small.splitlines())} lines"
        first = all_cases[idx[0]]
        alone = "" if case == first else f" (the unmutated {case.seed.page} alone)" \
            if case.seed.page != first.seed.page else " (without the companion pages)"
        print(f"  {folder.name}: minimal page {size}{alone}"[:240])
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
