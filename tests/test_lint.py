"""`rst2openapi lint`: documented examples checked against the schema the docs derive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import CORPUS, SAMPLE

PAGE = "apis_recommended/backup_management/restoring_data_to_a_new_db_instance.rst"


def test_lint_reports_the_restore_page_defects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.json"
    code = main(["lint", str(CORPUS / "gaussdb-opengauss"), "--report", str(report)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    mine = [line for line in out if line.startswith(PAGE)]
    port_type = [line for line in mine if "example-wrong-type" in line and "/port: 8000" in line]
    port_excluded = [line for line in mine if "example-forbidden-value" in line and "/port: '8000'" in line]
    assert len(port_type) == 3 and len(port_excluded) == 3  # the three request examples send port 8000
    assert all(f"rule from {PAGE}:112" in line for line in port_type + port_excluded)
    trailing = [line for line in mine if "example-repaired" in line]
    assert trailing and "not valid JSON (trailing-comma)" in trailing[0]
    totals = json.loads(report.read_text())["totals"]
    assert totals["example_defects"]["example-wrong-type"] >= 3
    assert totals["constraints"]["cells_with_recognised_constraint"] > 100


def test_lint_passes_a_clean_tree(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["lint", str(SAMPLE)])
    out = capsys.readouterr()
    assert code == 0, out.out
    assert "example defects: none" in out.err
