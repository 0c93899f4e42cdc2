"""The command line: files written, summary and diagnostics printed, exit codes, no page stops a build."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

from generator.cli import main
from tests.conftest import SAMPLE


def test_build_sample_service(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, report = tmp_path / "spec.yaml", tmp_path / "report.json"
    code = main(["build", str(SAMPLE), "-o", str(out), "--report", str(report)])
    assert code == 0
    spec = yaml.safe_load(out.read_text())
    validate(spec)
    assert "/v1/{project_id}/widgets" in spec["paths"]
    data = json.loads(report.read_text())
    t = data["totals"]
    assert t["operations"] >= 5 and t["parameter_rows"] == t["rows_as_properties"] + t["rows_as_diagnostics"]
    err = capsys.readouterr().err
    assert f"{t['pages']} pages:" in err and "parameter rows" in err


def test_docs_root_or_api_ref_source_give_the_same_spec(tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert main(["build", str(SAMPLE), "-o", str(a), "-q"]) == 0
    assert main(["build", str(SAMPLE / "api-ref" / "source"), "-o", str(b), "-q"]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_output_is_deterministic(tmp_path: Path) -> None:
    outs = []
    for i in range(2):
        out = tmp_path / f"{i}.yaml"
        main(["build", str(SAMPLE), "-o", str(out), "-q"])
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_missing_docs_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path / "nope")]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_folder_without_pages_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path)]) == 2
    assert "no .rst pages found" in capsys.readouterr().err


def test_an_unreadable_page_is_a_diagnostic_and_the_rest_builds(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SAMPLE, docs)
    bad = docs / "api-ref" / "source" / "apis" / "broken.rst"
    bad.write_bytes(b"Broken\n======\n\n\xff\xfe not utf-8\n")
    out, report = tmp_path / "spec.yaml", tmp_path / "report.json"
    code = main(["build", str(docs), "-o", str(out), "--report", str(report)])
    assert code == 1  # an error diagnostic, and --fail-on error is the default
    err = capsys.readouterr().err
    assert "apis/broken.rst:1: error[page-unreadable]" in err
    data = json.loads(report.read_text())
    pages = {p["path"]: p for p in data["pages"]}
    assert pages["apis/broken.rst"]["status"] == "failed"
    assert data["totals"]["operations"] >= 5
    assert main(["build", str(docs), "-o", str(out), "--fail-on", "never", "-q"]) == 0


def test_doc_text_cannot_break_or_inject_yaml(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SAMPLE, docs)
    page = docs / "api-ref" / "source" / "apis" / "widget_management" / "creating_a_widget.rst"
    nasty = "Evil: !!python/object/apply:os.system ['x'] {{ a }} # c \\' \" --- ... %TAG &a *a"
    text = page.read_text().replace("This API is used to", nasty + " This API is used to", 1)
    page.write_text(text)
    out = tmp_path / "spec.yaml"
    main(["build", str(docs), "-o", str(out), "-q"])
    spec = yaml.safe_load(out.read_text())  # safe_load raises on python tags
    descriptions = [op.get("description", "") for item in spec["paths"].values() for op in item.values()]
    assert any(nasty.replace("\\'", "'") in d for d in descriptions)


def test_json_output(tmp_path: Path) -> None:
    out = tmp_path / "spec.json"
    assert main(["build", str(SAMPLE), "-o", str(out), "-q"]) == 0
    validate(json.loads(out.read_text()))


def test_committed_sample_spec_is_current(tmp_path: Path) -> None:
    out = tmp_path / "s.yaml"
    main(["build", str(SAMPLE), "-o", str(out), "-q"])
    committed = SAMPLE.parents[1] / "spec" / "sample-service.yaml"
    regenerate = "rst2openapi build examples/sample-service -o spec/sample-service.yaml"
    assert committed.read_bytes() == out.read_bytes(), regenerate
