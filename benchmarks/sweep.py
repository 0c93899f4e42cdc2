"""Sweep: build every service under a corpus folder, and with `--generate` also its client and contract suite.

    python -m benchmarks.sweep [CORPUS_DIR] [--generate] [--only svc,svc] [--jobs N] [--keep DIR]

CORPUS_DIR (default `../shared/corpus` beside the project) holds one folder per service (a docs repository root or
its `api-ref/source` folder). Per service one line: pages, operation pages, operations, parameter rows, rows typed
(`rows_as_properties`) and row % (typed / rows), diagnostics by severity (error/warning/info), whether the spec is a
valid OpenAPI document (openapi-spec-validator) and the build's seconds; then a total line.

With `--generate`, per service the client and its contract suite are generated into a temporary folder
(`generator.client.generate_client`), `mypy --strict` runs on the package and `pytest` on the suite (subprocesses, as
`tests/client/test_six_services.py` runs them), and the line goes on with: generator findings (warnings, missing
functions or models, untyped properties, failed post-processing or lint), mypy errors, suite passed/failed/errors,
the doc defects the suite lists (`doc_defects.yaml`: documented examples that break their schema, every candidate
accepted as found, unreviewed; their tests pass by asserting each defect's rules and places), the seconds of
generation, mypy and suite together, and those of the suite's pytest run alone; under the total, the slowest suite
(issue 12: every suite under 60 s). What failed is listed after the table (first lines of each).

A service whose build or generation raises is a line with the error and where it was raised; the sweep goes on.
Exit code 1 when a service crashed, a spec is invalid, or (with `--generate`) a generation has a finding, mypy
reports an error or a suite test fails or errors; else 0. Diagnostics of the build are figures, not failures.
`--jobs N` sweeps N services at a time (separate processes). A script that prints figures, not a test.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from openapi_spec_validator import validate

from generator.client import generate_client
from generator.client.view import python_name
from generator.pipeline import DocsError, build, docs_root

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DETAIL_LINES = 8  # lines of each failure listed after the table


@dataclass(frozen=True)
class BuildFigures:
    pages: int
    operation_pages: int
    operations: int
    rows: int
    typed: int
    errors: int
    warnings: int
    infos: int
    spec_error: str  # "" when openapi-spec-validator accepts the spec
    seconds: float

    @property
    def row_percent(self) -> float:
        return 100.0 * self.typed / self.rows if self.rows else 100.0


@dataclass(frozen=True)
class GenerateFigures:
    findings: tuple[str, ...]  # generator diagnostics, `code: message`
    mypy_errors: tuple[str, ...]
    passed: int
    failed: int
    errors: int
    defects: int
    suite_failures: tuple[str, ...]  # FAILED/ERROR lines of the suite run (or its tail when it did not summarise)
    seconds: float
    suite_seconds: float = 0.0  # the contract suite's pytest run alone (issue 12: under 60 s for any service)


@dataclass(frozen=True)
class ServiceResult:
    service: str
    build: BuildFigures | None = None
    generate: GenerateFigures | None = None
    crash: str = ""  # `Type: message (file:line)` of an exception that stopped this service

    @property
    def failed(self) -> bool:
        if self.crash or self.build is None or self.build.spec_error:
            return True
        g = self.generate
        return g is not None and bool(g.findings or g.mypy_errors or g.failed or g.errors)


def list_services(corpus: Path, only: Sequence[str] = ()) -> list[str]:
    """The service folders of `corpus`, sorted; `only` restricts them (and names one that is missing, too)."""
    found = sorted(p.name for p in corpus.iterdir() if p.is_dir() and not p.name.startswith("."))
    return [s for s in only] if only else found


def crash_text(exc: BaseException) -> str:
    """The exception on one line with the innermost frame of the project that raised it."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if Path(f.filename).resolve().is_relative_to(ROOT)] or frames
    where = ""
    if ours:
        frame = ours[-1]
        path = Path(frame.filename).resolve()
        where = f" ({path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name}:{frame.lineno})"
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message[:200]}{where}"


def _build(docs: Path) -> tuple[BuildFigures, dict[str, object]]:
    started = time.perf_counter()
    result = build(docs)
    seconds = time.perf_counter() - started
    totals = result.report["totals"]
    severity = totals["diagnostics_by_severity"]
    try:
        validate(result.spec)
        spec_error = ""
    except Exception as exc:  # the validator's own error classes; its message says what is wrong
        spec_error = " ".join(str(exc).split())[:300] or type(exc).__name__
    figures = BuildFigures(
        pages=totals["pages"], operation_pages=totals["operation_pages"], operations=totals["operations"],
        rows=totals["parameter_rows"], typed=totals["rows_as_properties"], errors=severity.get("error", 0),
        warnings=severity.get("warning", 0), infos=severity.get("info", 0), spec_error=spec_error, seconds=seconds)
    return figures, result.spec


def _counts(output: str) -> dict[str, int]:
    """pytest's final summary line, e.g. `3 failed, 150 passed, 2 errors in 12.3s`."""
    tail = output.strip().splitlines()[-1:] or [""]
    return {("errors" if word.startswith("error") else word): int(n)
            for n, word in re.findall(r"(\d+) (passed|failed|errors?)\b", tail[0])}


def _generate(service: str, spec: dict[str, object], workdir: Path, mypy_cache: Path) -> GenerateFigures:
    started = time.perf_counter()
    package = python_name(service) + "_client"
    project = workdir / service
    # --keep: the fresh client, even a failing one. The doc-defect candidates are accepted as they are (a measurement,
    # not a review: `defects` counts them); a reviewed list is what tests/client/test_six_services.py checks
    result = generate_client(spec, project, package, force=True, accept_defects=True)
    findings = tuple(f"{d.code}: {' '.join(d.message.split())}" for d in result.diagnostics
                     if not d.code.startswith("contract-defect-"))
    mypy_errors: tuple[str, ...] = ()
    passed = failed = errors = 0
    suite_seconds = 0.0
    failures: tuple[str, ...] = ()
    if result.package_dir is not None:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        mypy = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache),
                               "-p", package], cwd=project, capture_output=True, text=True, env=env, check=False)
        mypy_errors = tuple(line for line in mypy.stdout.splitlines() if ": error:" in line)
        if mypy.returncode != 0 and not mypy_errors:
            mypy_errors = (f"mypy exit {mypy.returncode}: {(mypy.stdout + mypy.stderr).strip()[-300:]}",)
        suite_started = time.perf_counter()
        suite = subprocess.run([sys.executable, "-m", "pytest", str(project / "tests"), "-q", "-p", "no:cacheprovider",
                                "--rootdir", str(project / "tests")],
                               cwd=project / "tests", capture_output=True, text=True, env=env, check=False)
        suite_seconds = time.perf_counter() - suite_started
        counts = _counts(suite.stdout)
        passed, failed, errors = counts.get("passed", 0), counts.get("failed", 0), counts.get("errors", 0)
        failures = tuple(line for line in suite.stdout.splitlines() if line.startswith(("FAILED ", "ERROR ")))
        if suite.returncode not in (0, 1) or (suite.returncode == 1 and not failed and not errors):
            errors = max(errors, 1)  # collection failed, pytest crashed, ...: count it, show its tail
            failures += (f"pytest exit {suite.returncode}: {(suite.stdout + suite.stderr).strip()[-500:]}",)
    return GenerateFigures(findings=findings, mypy_errors=mypy_errors, passed=passed, failed=failed, errors=errors,
                           defects=result.suite.defects if result.suite is not None else 0,
                           suite_failures=failures, seconds=time.perf_counter() - started,
                           suite_seconds=suite_seconds)


def sweep_one(corpus: Path, service: str, generate: bool, workdir: Path) -> ServiceResult:
    """Build (and generate) one service; an exception becomes the result's `crash`, never propagates."""
    figures: BuildFigures | None = None
    try:
        figures, spec = _build(docs_root(corpus / service))
        if not generate:
            return ServiceResult(service, figures)
        return ServiceResult(service, figures, _generate(service, spec, workdir, workdir / ".mypy_cache"))
    except DocsError as exc:
        return ServiceResult(service, figures, crash=str(exc))
    except Exception as exc:
        stage = "generate" if figures is not None else "build"
        return ServiceResult(service, figures, crash=f"{stage}: {crash_text(exc)}")


def _columns(generate: bool) -> str:
    head = (f"{'service':34} {'pages':>5} {'oppg':>5} {'ops':>5} {'rows':>6} {'typed':>6} {'row%':>6} "
            f"{'err':>4} {'warn':>5} {'info':>5} {'valid':>5} {'build s':>7}")
    if generate:
        head += (f" | {'find':>4} {'mypy':>4} {'pass':>5} {'fail':>4} {'errs':>4} {'defects':>7} {'gen s':>6} "
                 f"{'suite s':>7}")
    return head


def _build_cells(b: BuildFigures, valid: str) -> str:
    return (f"{b.pages:5d} {b.operation_pages:5d} {b.operations:5d} {b.rows:6d} {b.typed:6d} {b.row_percent:6.1f} "
            f"{b.errors:4d} {b.warnings:5d} {b.infos:5d} {valid:>5} {b.seconds:7.1f}")


def _generate_cells(g: GenerateFigures) -> str:
    return (f" | {len(g.findings):4d} {len(g.mypy_errors):4d} {g.passed:5d} {g.failed:4d} {g.errors:4d} "
            f"{g.defects:7d} {g.seconds:6.1f} {g.suite_seconds:7.1f}")


def format_line(result: ServiceResult, generate: bool) -> str:
    line = f"{result.service:34} "
    if result.build is None:
        return line + f"CRASH {result.crash}"
    line += _build_cells(result.build, "NO" if result.build.spec_error else "yes")
    if result.crash:
        return line + f" | CRASH {result.crash}"
    if generate and result.generate is not None:
        line += _generate_cells(result.generate)
    return line


def _sum_build(built: Sequence[BuildFigures]) -> BuildFigures:
    return BuildFigures(
        pages=sum(b.pages for b in built), operation_pages=sum(b.operation_pages for b in built),
        operations=sum(b.operations for b in built), rows=sum(b.rows for b in built),
        typed=sum(b.typed for b in built), errors=sum(b.errors for b in built),
        warnings=sum(b.warnings for b in built), infos=sum(b.infos for b in built), spec_error="",
        seconds=sum(b.seconds for b in built))


def _sum_generate(generated: Sequence[GenerateFigures]) -> GenerateFigures:
    return GenerateFigures(findings=tuple(f for g in generated for f in g.findings),
                           mypy_errors=tuple(e for g in generated for e in g.mypy_errors),
                           passed=sum(g.passed for g in generated), failed=sum(g.failed for g in generated),
                           errors=sum(g.errors for g in generated), defects=sum(g.defects for g in generated),
                           suite_failures=(), seconds=sum(g.seconds for g in generated),
                           suite_seconds=sum(g.suite_seconds for g in generated))


def format_total(results: Sequence[ServiceResult], generate: bool, wall: float) -> str:
    """The sums over the services (row % of the summed rows; valid: specs valid / services), then a count of the
    services that failed or crashed and the wall time."""
    built = [r.build for r in results if r.build is not None]
    valid = sum(1 for b in built if not b.spec_error)
    line = f"{'total':34} " + _build_cells(_sum_build(built), f"{valid}/{len(results)}")
    if generate:
        line += _generate_cells(_sum_generate([r.generate for r in results if r.generate is not None]))
    crashed = sum(1 for r in results if r.crash)
    failed = sum(1 for r in results if r.failed)
    line += (f"\n{len(results)} services: {len(results) - failed} ok, {failed} failed ({crashed} crashed); "
             f"wall {wall:.1f} s")
    suites = [(r.generate.suite_seconds, r.service, r.generate.passed + r.generate.failed + r.generate.errors)
              for r in results if generate and r.generate is not None]
    if suites:
        seconds, service, tests = max(suites)
        line += f"\nslowest contract suite: {service}, {tests} tests in {seconds:.1f} s (pytest alone)"
    return line


def format_details(results: Iterable[ServiceResult]) -> list[str]:
    """What failed, per service: the spec error, generator findings, mypy errors, failed suite tests."""
    out: list[str] = []
    for r in results:
        parts: list[tuple[str, Sequence[str]]] = []
        if r.build is not None and r.build.spec_error:
            parts.append(("spec invalid", [r.build.spec_error]))
        if r.generate is not None:
            parts += [("generator findings", r.generate.findings), ("mypy --strict", r.generate.mypy_errors),
                      ("contract suite", r.generate.suite_failures)]
        for title, lines in parts:
            if lines:
                out.append(f"{r.service}: {title} ({len(lines)})")
                out += [f"  {line[:400]}" for line in lines[:DETAIL_LINES]]
                if len(lines) > DETAIL_LINES:
                    out.append(f"  ... {len(lines) - DETAIL_LINES} more")
    return out


def run(corpus: Path, services: Sequence[str], generate: bool, jobs: int,
        emit: Callable[[str], None] | None = None, keep: Path | None = None) -> list[ServiceResult]:
    """Sweep `services`, emitting the header, one line per service (in order, as each finishes) and the total.
    Generated clients go to a temporary folder, or to `keep/<service>` (replaced) when given."""
    if emit is None:
        def emit(line: str) -> None:
            print(line, flush=True)
    started = time.perf_counter()
    emit(_columns(generate))
    results: list[ServiceResult] = []
    with tempfile.TemporaryDirectory(prefix="rst2openapi-sweep-") as tmp:
        for result in _results(corpus, services, generate, keep or Path(tmp), jobs):
            emit(format_line(result, generate))
            results.append(result)
    emit(format_total(results, generate, time.perf_counter() - started))
    details = format_details(results)
    if details:
        emit("")
        for line in details:
            emit(line)
    return results


def _results(corpus: Path, services: Sequence[str], generate: bool, workdir: Path,
             jobs: int) -> Iterator[ServiceResult]:
    if jobs <= 1:
        for service in services:
            yield sweep_one(corpus, service, generate, workdir)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(sweep_one, corpus, service, generate, workdir) for service in services]
        for service, future in zip(services, futures, strict=True):
            try:
                yield future.result()
            except Exception as exc:  # the worker process died (memory, a signal): still one line
                yield ServiceResult(service, crash=f"worker: {crash_text(exc)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                        help="folder of service folders (default: ../shared/corpus beside the project)")
    parser.add_argument("--generate", action="store_true", help="also generate client and contract suite, run "
                                                                "mypy --strict and the suite")
    parser.add_argument("--only", default="", help="comma-separated service folders to sweep (default: all)")
    parser.add_argument("--jobs", type=int, default=1, help="services swept at a time (default: 1)")
    parser.add_argument("--keep", type=Path, help="write the generated clients to KEEP/<service> (each replaced when "
                                                  "it was written by generate) instead of a temporary folder")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"{args.corpus}: not a folder")
    services = list_services(args.corpus, [s for s in args.only.split(",") if s.strip()] if args.only else ())
    if not services:
        parser.error(f"{args.corpus}: no service folders")
    results = run(args.corpus, [s.strip() for s in services], args.generate, args.jobs, keep=args.keep)
    return 1 if any(r.failed for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
