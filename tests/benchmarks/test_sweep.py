"""`python -m benchmarks.sweep` on a small corpus folder made of the project's own fixtures: one line per service
with the build report's figures, a total line that sums them, a crash as a line of its own, and (with `--generate`)
the client's figures; the exit code says whether anything failed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from benchmarks import sweep
from generator.client import GenerateResult
from generator.client.contract import SuiteResult
from generator.pipeline import build
from tests.conftest import FIXTURES, SAMPLE

BUILD = (r"(?P<service>\S+) +(?P<pages>\d+) +(?P<oppg>\d+) +(?P<ops>\d+) +(?P<rows>\d+) +(?P<typed>\d+) +"
         r"(?P<pct>\d+\.\d) +(?P<err>\d+) +(?P<warn>\d+) +(?P<info>\d+) +(?P<valid>yes|NO|\d+/\d+) +(?P<s>\d+\.\d)")
GENERATE = (r" \| +(?P<find>\d+) +(?P<mypy>\d+) +(?P<pass>\d+) +(?P<fail>\d+) +(?P<errs>\d+) +(?P<defects>\d+) +\d+\.\d"
            r" +(?P<suite>\d+\.\d)")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """Three services (symlinks to fixture folders) and one folder without pages."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "sample-service").symlink_to(SAMPLE, target_is_directory=True)
    (root / "parcels").symlink_to(FIXTURES / "variants", target_is_directory=True)
    (root / "parcel-lint").symlink_to(FIXTURES / "lint", target_is_directory=True)
    (root / "no-pages").mkdir()
    return root


def _sweep(corpus: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = sweep.main([str(corpus), *args])
    return code, capsys.readouterr().out.splitlines()


def test_one_line_per_service_with_the_build_report_figures_and_a_total(
        corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = _sweep(corpus, "--only", "parcel-lint,parcels,sample-service", capsys=capsys)
    assert code == 0
    assert lines[0].split()[:4] == ["service", "pages", "oppg", "ops"]
    rows = [re.fullmatch(BUILD, line) for line in lines[1:4]]
    assert all(rows), lines
    by_service = {m["service"]: m for m in rows if m}
    assert list(by_service) == ["parcel-lint", "parcels", "sample-service"]
    for service, m in by_service.items():
        totals = build(corpus / service).report["totals"]
        assert [int(m[k]) for k in ("pages", "oppg", "ops", "rows", "typed")] == [
            totals["pages"], totals["operation_pages"], totals["operations"], totals["parameter_rows"],
            totals["rows_as_properties"]]
        assert float(m["pct"]) == round(100 * totals["rows_as_properties"] / totals["parameter_rows"], 1)
        severity = totals["diagnostics_by_severity"]
        assert [int(m[k]) for k in ("err", "warn", "info")] == [
            severity.get("error", 0), severity.get("warning", 0), severity.get("info", 0)]
        assert m["valid"] == "yes"
    sample = by_service["sample-service"]
    assert (sample["pages"], sample["oppg"], sample["rows"], sample["typed"], sample["pct"]) == (
        "10", "5", "73", "73", "100.0")  # the README's figures for the sample service
    total = re.fullmatch(BUILD, lines[4])
    assert total is not None and total["service"] == "total", lines[4]
    for key in ("pages", "oppg", "ops", "rows", "typed", "err", "warn", "info"):
        assert int(total[key]) == sum(int(m[key]) for m in by_service.values()), key
    assert total["valid"] == "3/3"
    assert lines[5].startswith("3 services: 3 ok, 0 failed (0 crashed); wall ")
    assert len(lines) == 6  # nothing failed: no details after the table


def test_a_service_that_crashes_is_a_line_and_the_sweep_goes_on(
        corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    real_build = sweep.build

    def build_or_fail(docs: Path) -> Any:
        if docs.name == "parcels":
            raise ValueError("could not convert string to float: '1,024'")
        return real_build(docs)

    monkeypatch.setattr(sweep, "build", build_or_fail)
    code, lines = _sweep(corpus, capsys=capsys)
    assert code == 1
    assert [line.split()[0] for line in lines[1:5]] == ["no-pages", "parcel-lint", "parcels", "sample-service"]
    assert re.fullmatch(r"no-pages +CRASH .*no-pages: no \.rst pages found.*", lines[1]), lines[1]
    assert re.fullmatch(r"parcels +CRASH build: ValueError: could not convert string to float: '1,024' "
                        r"\(tests/benchmarks/test_sweep\.py:\d+\)", lines[3]), lines[3]
    assert re.fullmatch(BUILD, lines[2]) and re.fullmatch(BUILD, lines[4])
    total = re.fullmatch(BUILD, lines[5])
    assert total is not None and total["valid"] == "2/4"
    assert lines[6].startswith("4 services: 2 ok, 2 failed (2 crashed)")


def test_jobs_give_the_same_lines_in_the_same_order(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    services = "sample-service,parcels,no-pages"
    code, serial = _sweep(corpus, "--only", services, capsys=capsys)
    code2, parallel = _sweep(corpus, "--only", services, "--jobs", "2", capsys=capsys)
    assert code == code2 == 1  # no-pages
    strip = re.compile(r"\d+\.\d$|wall \d+\.\d s$")  # seconds differ
    assert [strip.sub("", line) for line in serial] == [strip.sub("", line) for line in parallel]
    assert [line.split()[0] for line in serial[1:4]] == ["sample-service", "parcels", "no-pages"]


@pytest.mark.slow  # mypy and a suite in subprocesses: the quick loop keeps the same figures from a stand-in client
def test_generate_adds_the_client_figures(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = _sweep(corpus, "--generate", "--only", "sample-service", capsys=capsys)
    assert code == 0, "\n".join(lines)
    assert lines[0].endswith("| find mypy  pass fail errs defects  gen s suite s")
    m = re.fullmatch(BUILD + GENERATE, lines[1])
    assert m is not None, lines[1]
    assert (m["find"], m["mypy"], m["fail"], m["errs"]) == ("0", "0", "0", "0")
    assert int(m["pass"]) > 0
    total = re.fullmatch(BUILD + GENERATE, lines[2])
    assert total is not None and (total["pass"], total["defects"]) == (m["pass"], m["defects"])


def _broken_client(spec: dict[str, Any], out_dir: Path, package_name: str, force: bool = False,
                   accept_defects: bool = False) -> GenerateResult:
    """A stand-in for generate_client: a package with one type error and a suite with one failing test."""
    package = out_dir / package_name
    package.mkdir(parents=True)
    (package / "__init__.py").write_text('count: int = "many"\n', encoding="utf-8")
    (package / "py.typed").write_text("", encoding="utf-8")
    (out_dir / "tests").mkdir()
    (out_dir / "tests" / "test_it.py").write_text("def test_ok() -> None:\n    assert True\n\n\n"
                                                  "def test_broken() -> None:\n    assert 1 == 2\n", encoding="utf-8")
    suite = SuiteResult()
    suite.defects = 3
    return GenerateResult(package_dir=package, suite=suite)


def test_generate_counts_mypy_errors_and_suite_failures_and_fails(
        corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sweep, "generate_client", _broken_client)
    code, lines = _sweep(corpus, "--generate", "--only", "parcel-lint", capsys=capsys)
    assert code == 1
    m = re.fullmatch(BUILD + GENERATE, lines[1])
    assert m is not None, lines[1]
    assert (m["find"], m["mypy"], m["pass"], m["fail"], m["errs"], m["defects"]) == ("0", "1", "1", "1", "0", "3")
    assert float(m["suite"]) > 0  # the pytest run alone, timed apart from generation and mypy
    assert f"slowest contract suite: parcel-lint, 2 tests in {m['suite']} s (pytest alone)" in lines
    details = "\n".join(lines[lines.index(""):])
    assert "parcel-lint: mypy --strict (1)" in details and 'Incompatible types in assignment' in details
    assert "parcel-lint: contract suite (1)" in details and "FAILED test_it.py::test_broken" in details


def test_a_generation_finding_fails_the_sweep() -> None:
    figures = sweep.BuildFigures(1, 1, 1, 2, 1, 0, 0, 0, "", 0.1)
    clean = sweep.GenerateFigures((), (), 5, 0, 0, 0, (), 0.1)
    finding = sweep.GenerateFigures(("client-property-untyped: A.b: no attribute",), (), 5, 0, 0, 0, (), 0.1)
    assert not sweep.ServiceResult("s", figures, clean).failed
    assert sweep.ServiceResult("s", figures, finding).failed
    assert sweep.ServiceResult("s", sweep.BuildFigures(1, 1, 1, 2, 1, 0, 0, 0, "bad", 0.1)).failed
    assert figures.row_percent == 50.0
    line = sweep.format_line(sweep.ServiceResult("s", figures, finding), generate=True)
    assert re.fullmatch(BUILD + GENERATE, line) and " |    1    0" in line
