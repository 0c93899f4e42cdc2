"""The pipeline isolates faults: a bug in one rule, one page's reading or one operation's schema is an
`internal-error` diagnostic naming its unit with file:line, and every other operation still builds."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

import generator.openapi.builder as builder
import generator.pipeline as pipeline
import generator.rst.entry as entry
from generator.constraints.rules import RULES, Cell, Finding
from generator.diagnostics import Diagnostic
from generator.model import RawPage
from generator.pipeline import BuildResult, build
from tests.conftest import CORPUS, SAMPLE

CREATE = "apis/widget_management/creating_a_widget.rst"
DELETE = "apis/widget_management/deleting_a_widget.rst"


def _operations(result: BuildResult) -> set[str]:
    return {f"{m.upper()} {p}" for p, item in result.spec["paths"].items() for m in item}


def _internal(result: BuildResult) -> list[Diagnostic]:
    return [d for d in result.diagnostics if d.code == "internal-error"]


def _rows_hold(result: BuildResult) -> None:
    totals = result.report["totals"]
    assert totals["parameter_rows"] == totals["rows_as_properties"] + totals["rows_as_diagnostics"]
    for page in result.report["pages"]:
        assert page["parameter_rows"] == page["rows_as_properties"] + page["rows_as_diagnostics"], page["path"]


def test_a_rule_a_reader_step_and_a_schema_step_fail_and_the_rest_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    clean = build(SAMPLE)
    assert not _internal(clean) and clean.report["totals"]["internal_errors"] == 0

    length = RULES["length"]

    def broken_length(cell: Cell) -> list[Finding]:
        if cell.name == "name":
            raise ValueError("length rule bug")
        return length(cell)

    read_page = entry.read_page  # type: ignore[attr-defined]

    def broken_read(doc: Any, rel: str, *args: Any) -> tuple[RawPage, list[Diagnostic]]:
        if rel == DELETE:
            raise KeyError("reader bug")
        return read_page(doc, rel, *args)

    build_operation = builder.build_operation  # type: ignore[attr-defined]

    def broken_operation(method: str, path: str, *args: Any) -> Any:
        if method == "put":
            raise TypeError("schema bug")
        return build_operation(method, path, *args)

    monkeypatch.setitem(RULES, "length", broken_length)
    monkeypatch.setattr(entry, "read_page", broken_read)
    monkeypatch.setattr(builder, "build_operation", broken_operation)
    result = build(SAMPLE)

    # every other operation is in the spec, the spec is valid
    assert _operations(result) == _operations(clean) - {"DELETE /v1/{project_id}/widgets/{widget_id}",
                                                        "PUT /v1/{project_id}/widgets/{widget_id}"}
    validate(result.spec)
    # one diagnostic per unit, each with the place in the docs, the unit, the exception and the raising line
    by_unit: dict[str, list[Diagnostic]] = {}
    for d in _internal(result):
        by_unit.setdefault(d.message.split(": ")[1], []).append(d)
    rules = by_unit.pop("rule `length` on `name`")  # each `name` cell (create and restore pages)
    assert CREATE in {d.loc.path for d in rules} and all(d.loc.line > 1 for d in rules)
    assert all("ValueError: length rule bug" in d.message
               and "(at generator/constraints/rules/__init__.py:" in d.message for d in rules)
    [page] = by_unit.pop("page")
    assert str(page.loc) == f"{DELETE}:1" and page.message.startswith("read: page: KeyError: 'reader bug'")
    [[operation]] = by_unit.values()
    assert operation.loc.path.endswith("modifying_a_widget.rst") and "TypeError: schema bug" in operation.message
    assert operation.message.startswith("openapi: operation PUT /v1/{project_id}/widgets/{widget_id} (modify_widget)")
    assert all(d.severity.name == "ERROR" for d in [*rules, page, operation])
    # the report counts them; the failed page is a failed page
    totals = result.report["totals"]
    assert totals["internal_errors"] == len(rules) + 2 == totals["diagnostics_by_code"]["internal-error"]
    assert {p["path"]: p["status"] for p in result.report["pages"]}[DELETE] == "failed"
    _rows_hold(result)
    # the failing rule lost only its own keywords: `name` keeps its pattern, not its length
    name = result.spec["components"]["schemas"]["CreateWidgetRequest"]["properties"]["name"]
    clean_name = clean.spec["components"]["schemas"]["CreateWidgetRequest"]["properties"]["name"]
    assert "minLength" in clean_name and "minLength" not in name and "maxLength" not in name
    assert name["pattern"] == clean_name["pattern"]
    # the components the failing operation would have added are not left behind
    assert not [n for n in result.spec["components"]["schemas"] if n.startswith("ModifyWidget")]


def test_an_internal_error_fails_the_build_but_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main

    def broken(cell: Cell) -> list[Finding]:
        raise RuntimeError("boom")

    monkeypatch.setitem(RULES, "unit", broken)
    out = tmp_path / "spec.yaml"
    # --no-cache: a rule replaced at run time is a tool the cache's fingerprint (the source files) does not know
    assert main(["build", str(SAMPLE), "-o", str(out), "--no-cache"]) == 1
    assert out.is_file()
    assert "error[internal-error] constraints: rule `unit` on `" in capsys.readouterr().err


@pytest.mark.parametrize(("layout", "source", "title"), [
    ("root", "repository: opentelekomcloud-docs/widget-service\ncommit: 0123abc\n", "widget-service"),
    ("api-ref", "repository: opentelekomcloud-docs/widget-service\n", "widget-service"),
    ("root", None, "copy-of-docs"),  # no SOURCE: the folder's name
    ("root", "commit: 0123abc\n", "copy-of-docs"),  # a SOURCE naming no repository
])
def test_the_service_name_comes_from_source_not_the_folder(tmp_path: Path, layout: str, source: str | None,
                                                            title: str) -> None:
    import shutil

    repo = tmp_path / "copy-of-docs"
    pages = repo / "api-ref" / "source" if layout == "api-ref" else repo
    shutil.copytree(SAMPLE / "api-ref" / "source", pages)
    if source is not None:
        (repo / "SOURCE").write_text(source, encoding="utf-8")
    assert build(repo).spec["info"]["title"] == title
    assert build(repo, title="Given").spec["info"]["title"] == "Given"


@pytest.mark.parametrize("docs", [
    SAMPLE, pytest.param(CORPUS / "identity-access-management", marks=pytest.mark.corpus)], ids=["sample", "iam"])
def test_reading_in_worker_processes_gives_the_same_build(docs: Path) -> None:
    """Issue 12: `--jobs N` spreads the pages over N processes; spec, report and diagnostics are those of one
    process, in the same order."""
    one, two = build(docs, jobs=1), build(docs, jobs=2)
    assert two.spec == one.spec and two.report == one.report and two.diagnostics == one.diagnostics
    assert [p.path for p in two.pages] == [p.path for p in one.pages]


def test_a_pool_that_cannot_start_falls_back_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", refuse)
    assert build(SAMPLE, jobs=4).spec == build(SAMPLE, jobs=1).spec


def test_the_rules_run_in_the_workers_and_a_rule_failing_there_is_reported_as_in_one_process(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 12: with --jobs the constraint rules run in the worker processes (the parent only lists the cells); a
    rule that raises there is run again in the parent, which reports it: the same diagnostics as one process."""
    ran_in: set[int] = set()
    unit = RULES["unit"]

    def watched(cell: Cell) -> list[Finding]:
        ran_in.add(os.getpid())
        return unit(cell)

    monkeypatch.setitem(RULES, "unit", watched)
    one = build(SAMPLE, jobs=1)
    ran_in.clear()
    two = build(SAMPLE, jobs=2)
    assert not ran_in  # the rules ran in the workers (the parent's set is untouched)
    assert two.spec == one.spec and two.diagnostics == one.diagnostics

    def broken(cell: Cell) -> list[Finding]:
        raise RuntimeError("boom")

    monkeypatch.setitem(RULES, "unit", broken)
    one, two = build(SAMPLE, jobs=1), build(SAMPLE, jobs=2)
    assert two.spec == one.spec and two.diagnostics == one.diagnostics
    assert any(d.code == "internal-error" and "rule `unit`" in d.message for d in two.diagnostics)


@pytest.mark.parametrize("docs", [SAMPLE, pytest.param(CORPUS / "gaussdb-opengauss", marks=pytest.mark.corpus)])
def test_the_report_says_where_its_paths_are_relative_to(docs: Path) -> None:
    """`source_dir` joined with a diagnostic's `path` opens that page, whether DOCS was a repository root or its
    api-ref/source folder (a bare `docs_root` name could not be resolved from the working directory)."""
    report = build(docs, jobs=1).report
    assert report["diagnostics"]
    for d in report["diagnostics"]:
        page = Path(report["source_dir"]) / d["path"]
        assert page.is_file(), page
        assert 1 <= d["line"] <= len(page.read_text(encoding="utf-8").splitlines()) + 1


def test_the_build_leaves_the_garbage_collector_as_it_found_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """build() freezes what is alive before it and collects the oldest generation less often while it runs (the
    collector's scans were a fifth of parsing); the caller's settings come back afterwards, also when it fails."""
    import gc

    threshold = gc.get_threshold()
    gc.unfreeze()  # the test processes freeze what their collection made (tests/conftest.py)
    gc.set_threshold(*pipeline._THRESHOLDS_AT_IMPORT)  # Python's default (the test processes set their own)
    before = (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled())
    seen: list[tuple[tuple[int, ...], bool]] = []
    original = pipeline._read_docs

    def watched(*args: Any) -> Any:
        seen.append((gc.get_threshold(), gc.get_freeze_count() > 0))
        return original(*args)

    def failing(*args: Any) -> Any:
        raise ZeroDivisionError

    try:
        monkeypatch.setattr(pipeline, "_read_docs", watched)
        build(SAMPLE, jobs=1)
        monkeypatch.setattr(pipeline, "_read_docs", failing)
        with pytest.raises(ZeroDivisionError):
            build(SAMPLE, jobs=1)
        first, middle, _ = pipeline._THRESHOLDS_AT_IMPORT
        assert seen == [((first, middle, 100), True)]
        assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before
    finally:
        gc.set_threshold(*threshold)
        gc.freeze()


def test_a_caller_with_its_own_thresholds_keeps_them_and_is_not_asked_what_it_froze(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A caller that set the collector's thresholds since the pipeline was imported (the test processes do) tunes the
    collector itself: the build leaves its thresholds and what it froze as they are, and does not count the frozen
    objects (`gc.get_freeze_count` walks all of them: about 20 ms a build in a test process, 5 s of the quick loop)."""
    import gc

    threshold = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    original = pipeline._read_docs

    def watched(*args: Any) -> Any:
        seen.append(gc.get_threshold())
        return original(*args)

    def not_asked() -> int:
        raise AssertionError("the build counted the frozen objects")

    try:
        gc.set_threshold(5_000, 15, 15)
        monkeypatch.setattr(pipeline, "_read_docs", watched)
        monkeypatch.setattr(gc, "get_freeze_count", not_asked)
        assert build(SAMPLE, jobs=1).report["pages"]
        monkeypatch.undo()
        assert seen == [(5_000, 15, 15)] and gc.get_threshold() == (5_000, 15, 15)
        assert gc.get_freeze_count() > 0  # what the session froze stays frozen
    finally:
        gc.set_threshold(*threshold)


def test_a_caller_that_froze_objects_finds_them_frozen_after_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector cannot thaw only what the build froze: a caller that froze objects itself (as the test processes
    do) keeps them frozen, and the build only collects the oldest generation less often."""
    import gc

    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*pipeline._THRESHOLDS_AT_IMPORT)
    before = (gc.get_threshold(), gc.get_freeze_count())
    assert before[1] > 0
    seen: list[tuple[tuple[int, ...], int]] = []
    original = pipeline._read_docs

    def watched(*args: Any) -> Any:
        seen.append((gc.get_threshold(), gc.get_freeze_count()))
        return original(*args)

    try:
        monkeypatch.setattr(pipeline, "_read_docs", watched)
        build(SAMPLE, jobs=1)
        # frozen objects can still be freed (by reference counting), never thawed or added to
        first, middle, _ = pipeline._THRESHOLDS_AT_IMPORT
        assert len(seen) == 1 and seen[0][0] == (first, middle, 100) and 0 < seen[0][1] <= before[1]
        assert gc.get_threshold() == before[0] and 0 < gc.get_freeze_count() <= seen[0][1]
    finally:
        gc.set_threshold(*threshold)
