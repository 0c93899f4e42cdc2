"""Issue 9 acceptance on every service of ../shared/corpus (30 today: the deep six and the wide 24).

Each service builds without an internal error, its spec validates, the pages that state an operation are read as
operations (>= 99% per service), rows are typed (>= 98% per service, >= 99.5% over the catalogue), every row is a
property or a diagnostic, and the committed spec in spec/ is what the docs give today.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openapi_spec_validator import validate

from generator.cache import BuildCache
from generator.pipeline import build, docs_root
from generator.writer import dump_report, dump_spec
from tests.conftest import CORPUS, PROJECT
from tests.corpus.catalogue import CATALOGUE, build_cache_folder, built, built_all
from tests.corpus.test_corpus import pages_stating_method_path


def test_the_catalogue_is_there() -> None:
    assert len(CATALOGUE) >= 30, CATALOGUE


@pytest.mark.corpus
@pytest.mark.parametrize("service", CATALOGUE)
def test_builds_without_internal_error_and_validates(service: str) -> None:
    result = built_all()[service]
    internal = [str(d) for d in result.diagnostics if d.code == "internal-error"]
    assert internal == []
    failed = [(p["path"], p.get("reason")) for p in result.report["pages"] if p["status"] == "failed"]
    assert failed == []
    assert result.report["totals"]["operations"] > 0
    validate(result.spec)


@pytest.mark.corpus
@pytest.mark.parametrize("service", CATALOGUE)
def test_pages_stating_an_operation_are_read(service: str) -> None:
    result = built_all()[service]
    stating = pages_stating_method_path(docs_root(CORPUS / service))
    status = {p["path"]: p["status"] for p in result.report["pages"]}
    missing = sorted(p for p in stating if status.get(p) != "operation")
    assert stating
    ratio = 1 - len(missing) / len(stating)
    assert ratio >= 0.99, f"{ratio:.3f} of {len(stating)} pages read as operations; missing: {missing}"


@pytest.mark.corpus
@pytest.mark.parametrize("service", CATALOGUE)
def test_rows_are_typed_and_accounted_for(service: str) -> None:
    report = built_all()[service].report
    totals = report["totals"]
    assert totals["parameter_rows"] == totals["rows_as_properties"] + totals["rows_as_diagnostics"]
    for page in report["pages"]:
        assert page["parameter_rows"] == page["rows_as_properties"] + page["rows_as_diagnostics"], page["path"]
    ratio = totals["rows_as_properties"] / totals["parameter_rows"]
    assert ratio >= 0.98, f"{ratio:.4f} of {totals['parameter_rows']} rows typed"


@pytest.mark.corpus
def test_rows_typed_over_the_catalogue() -> None:
    results = built_all()
    rows = sum(r.report["totals"]["parameter_rows"] for r in results.values())
    typed = sum(r.report["totals"]["rows_as_properties"] for r in results.values())
    assert typed / rows >= 0.995, f"{typed}/{rows} = {typed / rows:.4f} rows typed over {len(results)} services"


@pytest.mark.corpus
@pytest.mark.parametrize("service", CATALOGUE)
def test_committed_spec_is_current(service: str) -> None:
    """spec/<service>.yaml is what the docs give today; regenerate with
    `rst2openapi build ../shared/corpus/<service> -o spec/<service>.yaml`."""
    committed = PROJECT / "spec" / f"{service}.yaml"
    assert committed.is_file(), (
        f"no committed spec: rst2openapi build ../shared/corpus/{service} -o spec/{service}.yaml")
    assert committed.read_text(encoding="utf-8") == dump_spec(built_all()[service].spec), (
        f"{committed.name} is stale: rst2openapi build ../shared/corpus/{service} -o spec/{service}.yaml")


def test_every_committed_spec_has_its_service() -> None:
    """No spec of a service that is no longer in the corpus (the sample service has its own folder)."""
    names = {p.stem for p in (PROJECT / "spec").glob("*.yaml")} - {"sample-service"}
    assert names <= set(CATALOGUE), sorted(names - set(CATALOGUE))




def test_the_builds_through_the_tests_build_cache_are_uncached_builds(tmp_path: Path) -> None:
    """The corpus builds of the tests read through a build cache that outlives the session (catalogue.py): what
    they give, warm or cold, is what an uncached build gives, and the next build through that folder reads nothing
    anew. (With RST2OPENAPI_TEST_CACHE=off the builds are uncached; the same is then checked in a folder of its own.)"""
    service = "gaussdb-opengauss"
    uncached = build(CORPUS / service)
    expected = (dump_spec(uncached.spec), dump_report(uncached.report), uncached.diagnostics)
    first = built(service)
    assert (dump_spec(first.spec), dump_report(first.report), first.diagnostics) == expected
    folder = build_cache_folder() or tmp_path
    if folder == tmp_path:
        build(CORPUS / service, cache=BuildCache(folder))
    warm = BuildCache(folder)
    again = build(CORPUS / service, cache=warm)
    assert (dump_spec(again.spec), dump_report(again.report), again.diagnostics) == expected
    assert warm.hits > 0 and warm.misses == 0 and warm.diagnostics() == []
