"""One minimal fixture per failure class the fuzzer found or the issue lists (tests/fuzz/cases/README.md): each is
built as a one-page docs tree, must pass the whole oracle (tests/fuzz/oracle.py), and must do what its class
needs (the diagnostic at its line, the keyword that must or must not appear).

A case is a page (in tests/fuzz/cases/, or an existing fixture) and the mutations applied to it: the 100 kB cell,
the swapped cells and the duplicated lines are made from a style fixture by the mutation that found them, not
committed as text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Severity
from generator.pipeline import BuildResult, build
from tests.fuzz.mutations import Mutation, apply_all
from tests.fuzz.oracle import BOUND, PageTimeout, result_failures, spec_failures, time_limit, write_tree

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
FIXTURES = HERE.parent / "fixtures"


def _diags(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.loc.line, d.message) for d in result.diagnostics if d.code == code]


def _line_of(page: str, needle: str) -> int:
    return next(i for i, line in enumerate(page.splitlines(), start=1) if needle in line)


def _schema(result: BuildResult, name: str) -> dict[str, Any]:
    """The schema of the property `name`, wherever it is in the components."""
    for schema in result.spec["components"]["schemas"].values():
        if name in schema.get("properties", {}):
            prop: dict[str, Any] = schema["properties"][name]
            return prop
    raise AssertionError(f"no property {name}")


def _ops(result: BuildResult) -> list[tuple[str, str]]:
    return sorted((m.upper(), p) for p, item in result.spec["paths"].items() for m in item)


# --- expectations, one per class --------------------------------------------------------------------------------


def unclosed_brace(result: BuildResult, page: str) -> None:
    assert _ops(result) == [("PUT", "/v2/{project_id}/fleets/{fleet_id}/name")]
    ((line, message),) = _diags(result, "path-template-repaired")
    assert line == _line_of(page, "PUT /v2/") and "`{project_id}` was missing its `}`" in message


def empty_braces(result: BuildResult, page: str) -> None:
    assert _ops(result) == [("GET", "/v3/{project_id}/fleets/{fleet_id}/stops")]
    problems = sorted(message.split(": the path has ")[1] for _line, message in _diags(result, "path-template-invalid"))
    assert problems == ["a `{` or `}` that matches no other brace; no operation is made of it",
                        "an empty placeholder `{}`; no operation is made of it"]


def row_named_none(result: BuildResult, page: str) -> None:
    assert list(_schema(result, "depot")) and "None" not in json.dumps(list(result.spec["components"]["schemas"]))
    body = next(s for s in result.spec["components"]["schemas"].values() if "depot" in s.get("properties", {}))
    assert list(body["properties"]) == ["depot"]
    lines = sorted(line for line, _ in _diags(result, "row-no-name"))
    assert lines == [_line_of(page, "| None "), _line_of(page, "| null ")]
    (entry,) = result.report["pages"]
    assert (entry["rows_as_properties"], entry["rows_as_diagnostics"]) == (3, 2)  # project_id, fleet_id, depot


def thousands(result: BuildResult, page: str) -> None:
    assert _schema(result, "note")["maxLength"] == 20480
    assert _schema(result, "max_stops")["maximum"] == 1024


def beyond_float(result: BuildResult, page: str) -> None:
    assert "maxLength" not in _schema(result, "label") and "maximum" not in _schema(result, "max_vehicles")
    assert any("1e999" in message for _line, message in _diags(result, "example-invalid"))


def odd_numbers(result: BuildResult, page: str) -> None:
    assert "minLength" not in _schema(result, "code") or _schema(result, "code")["minLength"] >= 0
    for name in ("max_speed", "lane"):  # non-ASCII digits state no bound these docs would write
        assert not {"minimum", "maximum"} & set(_schema(result, name)), name


def default_format(result: BuildResult, page: str) -> None:
    start, end = _schema(result, "start_time"), _schema(result, "end_time")
    assert start.get("format") == "date-time" and start.get("default") != "now"
    assert end.get("default") not in ("30", 30)  # "30 days after the start time" is no value of the field


def odd_unicode(result: BuildResult, page: str) -> None:
    assert _ops(result) == [("GET", "/v2/{project_id}/fleets/{fleet_id}/drivers")]
    ((_line, message),) = _diags(result, "path-template-repaired")
    assert "U+200B" in message


def self_reference(result: BuildResult, page: str) -> None:
    ((line, _message),) = _diags(result, "ref-cycle")
    assert line == _line_of(page, "| next ")


def many_alternatives(result: BuildResult, page: str) -> None:
    ((line, message),) = _diags(result, "unknown-type")
    assert line == _line_of(page, "finish ") and "`finish`" in message


def big_cell(result: BuildResult, page: str) -> None:
    (entry,) = result.report["pages"]
    assert entry["status"] == "operation"
    description = _schema(result, "vehicle_id")["description"]
    assert len(description) > 100_000


def swapped_cells(result: BuildResult, page: str) -> None:
    assert _diags(result, "swapped-columns")
    assert _schema(result, "width")["type"] == "integer"


def duplicated_row(result: BuildResult, page: str) -> None:
    assert _diags(result, "duplicate-property")


def no_page_lost(result: BuildResult, page: str) -> None:
    """The page states an operation: it is one, or a warning says why not."""
    (entry,) = result.report["pages"]
    assert entry["status"] == "operation" or any(d.severity >= Severity.WARNING for d in result.diagnostics)


@dataclass(frozen=True)
class FuzzCase:
    name: str
    page: Path
    expect: Callable[[BuildResult, str], None]
    mutations: tuple[Mutation, ...] = ()


STYLES = FIXTURES / "styles"
CASE_LIST: tuple[FuzzCase, ...] = (
    FuzzCase("path with an unclosed {", CASES / "path_unclosed_brace.rst", unclosed_brace),
    FuzzCase("path with an empty {} or a stray }", CASES / "path_empty_braces.rst", empty_braces),
    FuzzCase("rows named None and null", CASES / "row_named_none.rst", row_named_none),
    FuzzCase("numbers written 1,024", CASES / "numbers_thousands_separator.rst", thousands),
    FuzzCase("numbers float() makes infinite, 5,000 digits, 1e999", CASES / "numbers_beyond_float.rst", beyond_float),
    FuzzCase("numbers -0, 1e9, non-ASCII digits, a negative length", CASES / "numbers_odd_forms.rst", odd_numbers),
    FuzzCase("a default that breaks its own format", CASES / "default_breaks_format.rst", default_format),
    FuzzCase("zero-width, bidi marks, emoji, BOM", CASES / "odd_unicode.rst", odd_unicode),
    FuzzCase("a self-referencing :ref:", CASES / "self_reference.rst", self_reference),
    FuzzCase("a Type cell of 400 alternatives", CASES / "type_many_alternatives.rst", many_alternatives),
    FuzzCase("a 100 kB cell", STYLES / "simple_table.rst", big_cell, (Mutation("big_cell", (1, 0, 0)),)),
    FuzzCase("Mandatory and Type cells swapped", STYLES / "headers_swapped_cells.rst", swapped_cells,
             (Mutation("swap_columns", (1, 1, 0, 1)),)),
    FuzzCase("duplicated lines", STYLES / "simple_table.rst", duplicated_row, (Mutation("duplicate_lines", (34, 0)),)),
    FuzzCase("truncated in a table", STYLES / "simple_table.rst", no_page_lost, (Mutation("truncate", (25, 30)),)),
    FuzzCase("deleted table border", STYLES / "headers_swapped_cells.rst", no_page_lost,
             (Mutation("break_border", (1, 3, 2)),)),
    FuzzCase("a line over 10,000 characters", FIXTURES / "silent" / "long_line.rst", no_page_lost),
)


@pytest.mark.parametrize("case", CASE_LIST, ids=lambda c: c.name)
def test_fuzz_case(case: FuzzCase, tmp_path: Path) -> None:
    page = apply_all(case.page.read_text(encoding="utf-8"), case.mutations)
    write_tree(tmp_path, {case.page.name: page})
    try:
        with time_limit(BOUND):
            result = build(tmp_path)
    except PageTimeout as exc:
        raise AssertionError(f"{case.name}: over {BOUND:g} s") from exc
    failures = [*spec_failures(result.spec), *result_failures(tmp_path, result)]
    assert not failures, "\n".join(map(str, failures))
    case.expect(result, page)
