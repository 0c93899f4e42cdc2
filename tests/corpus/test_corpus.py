"""The acceptance figures of issue 2, measured on the six real services in ../shared/corpus.

A regression in reading, linking or building makes one of these fail in CI. All `corpus` (real services' pages): the
quick loop checks the same on fixture pages (the golden style fixtures and the sample service, tests/golden, and the
gaussdb-opengauss build its client is generated from).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openapi_spec_validator import validate

from generator.diagnostics import Severity
from generator.pipeline import build, docs_root
from tests.conftest import CORPUS, SERVICES
from tests.corpus.catalogue import built

pytestmark = pytest.mark.corpus

_METHOD_LINE = re.compile(
    r"^(?:[-*][ \t]+)?(?:[A-Za-z][A-Za-z ]{0,30}:[ \t]*)?(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)[ \t]?(?:https?://|/|\{)"
)
_SPLIT = re.compile(r"^PATH:\s*/", re.IGNORECASE)
# a section that is about the request line: `URI`, `URL`, `URI Format`, `Request URI`, `API Format`, `Request
# Syntax`; not a title that only mentions a URL ("Authentication of Signature in a URL", "Sample Request: ...
# Using a Signed URL")
_URI_SECTION = re.compile(r"^(?:request\s+)?(?:uris?|urls?|api formats?|request syntax)\b")
_UNDERLINE = re.compile(r"^([=\-~^\"'`#*+])\1{2,}\s*$")


def pages_stating_method_path(root: Path) -> set[str]:
    """An independent, docutils-free measure of the pages that state an operation of their own: a METHOD+path
    line (or `PATH:` + `Method:`) anywhere except inside a code block outside a URI-like section, where it is an
    illustration (the `calling_apis` pages show IAM's token request that way). A URI section is one whose title
    starts with URI, URL, API Format or Request Syntax, not one whose title only mentions a URL."""
    out: set[str] = set()
    for file in sorted(root.rglob("*.rst")):
        lines = file.read_text(encoding="utf-8").splitlines()
        section = ""
        code_indent: int | None = None
        for i, raw in enumerate(lines):
            stripped = raw.strip()
            indent = len(raw) - len(raw.lstrip())
            if code_indent is not None and stripped and indent <= code_indent:
                code_indent = None
            if i + 1 < len(lines) and _UNDERLINE.match(lines[i + 1]) and stripped and not _UNDERLINE.match(raw):
                section = stripped.lower()
            in_uri_section = bool(_URI_SECTION.match(section))
            if code_indent is None or in_uri_section:
                if _METHOD_LINE.match(stripped) or _SPLIT.match(stripped):
                    out.add(file.relative_to(root).as_posix())
                    break
            if stripped.endswith("::") or stripped.startswith(".. code-block::") or stripped.startswith(".. code::"):
                code_indent = indent
    return out


@pytest.mark.parametrize("service", SERVICES)
def test_build_finishes_and_the_spec_validates(service: str) -> None:
    result = built(service)
    failed = [p for p in result.report["pages"] if p["status"] == "failed"]
    assert failed == []
    assert not [d for d in result.diagnostics if d.severity is Severity.ERROR]
    validate(result.spec)


@pytest.mark.parametrize("service", SERVICES)
def test_pages_stating_a_method_and_path_yield_operations(service: str) -> None:
    result = built(service)
    stating = pages_stating_method_path(docs_root(CORPUS / service))
    status = {p["path"]: p for p in result.report["pages"]}
    missing = sorted(p for p in stating if status[p]["status"] != "operation")
    assert len(stating) >= 30
    ratio = 1 - len(missing) / len(stating)
    assert ratio >= 0.98, f"{ratio:.3f} of {len(stating)} pages yield an operation; missing: {missing}"


@pytest.mark.parametrize("service", SERVICES)
def test_parameter_rows_become_typed_properties(service: str) -> None:
    totals = built(service).report["totals"]
    assert totals["parameter_rows"] > 300
    assert totals["parameter_rows"] == totals["rows_as_properties"] + totals["rows_as_diagnostics"]
    ratio = totals["rows_as_properties"] / totals["parameter_rows"]
    assert ratio >= 0.99, f"{ratio:.4f} of rows typed"


@pytest.mark.parametrize("service", SERVICES)
def test_report_invariant_holds_per_page(service: str) -> None:
    report = built(service).report
    for page in report["pages"]:
        assert page["parameter_rows"] == page["rows_as_properties"] + page["rows_as_diagnostics"], page["path"]
        if page["status"] == "operation":
            assert page["operations"], page["path"]
        else:
            assert page.get("reason"), page["path"]
    totals = report["totals"]
    assert totals["pages"] == len(report["pages"])
    assert sum(totals["diagnostics_by_code"].values()) == totals["diagnostics"] == len(report["diagnostics"])


@pytest.mark.parametrize("service", SERVICES)
def test_every_operation_and_property_has_a_doc_source(service: str) -> None:
    spec = built(service).spec
    root = docs_root(CORPUS / service)

    def check(source: str) -> None:
        path, _, line = source.rpartition(":")
        assert (root / path).is_file() and int(line) >= 1, source

    for item in spec["paths"].values():
        for op in item.values():
            check(op["x-doc-source"])
            for p in op.get("parameters", []):
                check(p["x-doc-source"])
    for schema in spec["components"]["schemas"].values():
        for prop in schema.get("properties", {}).values():
            check(prop["x-doc-source"])


def test_operation_ids_are_unique_snake_case() -> None:
    for service in SERVICES:
        ids = [op["operationId"] for item in built(service).spec["paths"].values() for op in item.values()]
        assert len(ids) == len(set(ids)), service
        assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids), service


def test_the_same_docs_give_a_byte_identical_spec() -> None:
    from generator.writer import dump_spec

    first = dump_spec(built("gaussdb-opengauss").spec)
    again = dump_spec(build(CORPUS / "gaussdb-opengauss").spec)
    assert first == again
