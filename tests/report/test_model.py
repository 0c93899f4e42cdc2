"""The site as data, from a build of a small docs tree with an example defect, an unrecognised sentence and a
page that is no operation page."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import BuildResult, build
from generator.report.model import service_report, slug

BOX = Path(__file__).resolve().parents[1] / "fixtures" / "report" / "box-service"
PAGE = "apis/creating_a_box.rst"


@pytest.fixture(scope="module")
def result() -> BuildResult:
    return build(BOX)


def test_findings_are_grouped_by_page_with_file_line_rule_and_sentence(result: BuildResult) -> None:
    report = service_report("box-service", result)
    assert [p.path for p in report.pages] == [PAGE]
    assert report.pages[0].title.startswith("Creating a Box")
    by_code = {f.code: f for f in report.pages[0].findings}
    assert set(by_code) == {"constraint-unrecognised", "example-forbidden-value", "example-undocumented-field"}
    forbidden = by_code["example-forbidden-value"]
    assert (forbidden.path, forbidden.line, forbidden.severity, forbidden.kind) == (PAGE, 52, "warning",
                                                                                   "example defect")
    assert forbidden.rule == "maximum" and forbidden.source == f"{PAGE}:36"
    assert forbidden.sentences == ("The value ranges from 1 to 10.",)
    assert forbidden.example is not None and forbidden.example.marked == (54,)
    undocumented = by_code["example-undocumented-field"]
    assert undocumented.example is not None and undocumented.example.marked == (55,)
    unrecognised = by_code["constraint-unrecognised"]
    assert unrecognised.kind == "constraint" and unrecognised.example is None
    assert unrecognised.sentences[0].startswith("start_time | No | String | Start time.")


def test_every_diagnostic_of_the_build_is_a_finding(result: BuildResult) -> None:
    report = service_report("box-service", result)
    assert sum(len(p.findings) for p in report.pages) == len(result.diagnostics)
    assert dict(report.by_code) == result.report["totals"]["diagnostics_by_code"]
    assert report.by_severity == (("warning", 2), ("info", 1)) and report.severities == ("warning", "info")
    assert report.kinds == ("example defect", "constraint")
    assert report.defects == (("example-undocumented-field", 1), ("example-forbidden-value", 1))


def test_pages_not_read_as_written_count_as_defects_on_the_index() -> None:
    report = service_report("sample", build(Path(__file__).resolve().parents[1] / "fixtures" / "report" / "unread"))
    assert report.defects == (("rst-error", 1),)
    assert report.pages[0].findings[0].kind == "not read"


def test_pages_that_are_no_operation_pages_say_why(result: BuildResult) -> None:
    report = service_report("box-service", result)
    assert [(p.path, p.title, p.status, p.reason) for p in report.other_pages] == [
        ("index.rst", "Box Service", "non-operation", "no METHOD+path on the page")]


def test_the_unrecognised_sentences_are_listed(result: BuildResult) -> None:
    report = service_report("box-service", result)
    assert [(f.path, f.line) for f in report.unrecognised] == [(PAGE, 38)]
    assert "must be 1 greater than the value of **hh**" in report.unrecognised[0].message


def test_a_repeated_service_name_gets_its_own_page(result: BuildResult) -> None:
    assert service_report("Box Service", result).slug == "box-service"
    assert service_report("Box Service", result, ["box-service"]).slug == "box-service-2"
    assert slug("../../etc/passwd") == "etc-passwd" and slug("<>") == "service"
