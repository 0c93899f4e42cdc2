"""A bug while turning one row, table, operation or page into the model is an `internal-error` at that unit; the
row accounting still holds (a row lost to a bug is a row diagnostic) and the rest of the service builds."""

from __future__ import annotations

from typing import Any

import pytest

import generator.operations.page as page_module
from generator.diagnostics import Diagnostic
from generator.operations.rows import RowTyper
from generator.pipeline import BuildResult, build
from tests.conftest import SAMPLE

CREATE = "apis/widget_management/creating_a_widget.rst"
QUERY = "apis/widget_management/querying_widgets.rst"


def _internal(result: BuildResult) -> list[Diagnostic]:
    return [d for d in result.diagnostics if d.code == "internal-error"]


def _page(result: BuildResult, path: str) -> dict[str, Any]:
    return next(p for p in result.report["pages"] if p["path"] == path)


def _rows_hold(result: BuildResult) -> None:
    totals = result.report["totals"]
    assert totals["parameter_rows"] == totals["rows_as_properties"] + totals["rows_as_diagnostics"]
    for p in result.report["pages"]:
        assert p["parameter_rows"] == p["rows_as_properties"] + p["rows_as_diagnostics"], p["path"]


@pytest.fixture(scope="module")
def clean() -> BuildResult:
    return build(SAMPLE)


def test_a_row_that_fails_is_lost_alone_and_counted(clean: BuildResult, monkeypatch: pytest.MonkeyPatch) -> None:
    row_property = RowTyper.row_property

    def broken(self: RowTyper, b: Any, key: Any, ri: int, row: Any, *args: Any) -> Any:
        if key[0] == CREATE and row.name == "quantity":
            raise AttributeError("row bug")
        return row_property(self, b, key, ri, row, *args)

    monkeypatch.setattr(RowTyper, "row_property", broken)
    result = build(SAMPLE)
    [error] = _internal(result)
    assert error.loc.path == CREATE and error.loc.line > 1
    assert error.message.startswith("operations: row `quantity`: AttributeError: row bug (at generator/operations/")
    before, after = _page(clean, CREATE), _page(result, CREATE)
    assert after["parameter_rows"] == before["parameter_rows"]
    assert after["rows_as_diagnostics"] == before["rows_as_diagnostics"] + 1
    _rows_hold(result)
    create = result.spec["components"]["schemas"]["CreateWidgetRequest"]["properties"]
    assert "quantity" not in create and {"name", "colour", "size"} <= set(create)
    assert result.spec["paths"].keys() == clean.spec["paths"].keys()


def test_a_table_that_fails_is_an_empty_object_and_its_rows_diagnostics(
        clean: BuildResult, monkeypatch: pytest.MonkeyPatch) -> None:
    table_schema = RowTyper._table_schema

    def broken(self: RowTyper, b: Any, key: Any, table: Any, *args: Any) -> Any:
        if key == (CREATE, 2):  # `size field data structure description` of the request
            raise IndexError("table bug")
        return table_schema(self, b, key, table, *args)

    monkeypatch.setattr(RowTyper, "_table_schema", broken)
    result = build(SAMPLE)
    [error] = _internal(result)
    assert error.loc.path == CREATE and "table `" in error.message and "IndexError: table bug" in error.message
    rows = next(t for t in result.pages if t.path == CREATE).tables
    lost = len(rows[2].rows)
    assert _page(result, CREATE)["rows_as_diagnostics"] == _page(clean, CREATE)["rows_as_diagnostics"] + lost
    _rows_hold(result)
    size = result.spec["components"]["schemas"]["CreateWidgetRequest"]["properties"]["size"]
    assert size.get("type") == "object" and "$ref" not in size


def test_an_operation_that_fails_leaves_the_page_and_the_others(clean: BuildResult,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    build_operation = page_module.build_operation  # type: ignore[attr-defined]

    def broken(b: Any, page: Any, uri: Any, *args: Any) -> Any:
        if uri.method == "GET":
            raise ZeroDivisionError("operation bug")
        return build_operation(b, page, uri, *args)

    monkeypatch.setattr(page_module, "build_operation", broken)
    result = build(SAMPLE)
    [error] = _internal(result)
    assert error.loc.path == QUERY and error.message.startswith("operations: operation GET /v1/{project_id}/widgets:")
    assert "get" not in result.spec["paths"]["/v1/{project_id}/widgets"]
    assert len(result.spec["paths"]) == len(clean.spec["paths"])
    _rows_hold(result)


def test_a_page_that_fails_is_failed_and_its_rows_counted(clean: BuildResult, monkeypatch: pytest.MonkeyPatch) -> None:
    orphans = page_module._orphans

    def broken(b: Any, tables: Any) -> None:
        if b.page.path == QUERY:
            raise RecursionError("page bug")
        orphans(b, tables)

    monkeypatch.setattr(page_module, "_orphans", broken)
    result = build(SAMPLE)
    [error] = _internal(result)
    assert error.loc.path == QUERY and error.message.startswith("operations: page: RecursionError: page bug")
    page = _page(result, QUERY)
    assert page["status"] == "failed" and page["parameter_rows"] == _page(clean, QUERY)["parameter_rows"] > 0
    assert page["rows_as_diagnostics"] == page["parameter_rows"]
    _rows_hold(result)
    assert result.report["totals"]["failed_pages"] == 1
    assert "get" not in result.spec["paths"]["/v1/{project_id}/widgets"]
