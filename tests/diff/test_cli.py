"""`rst2openapi diff` on the command line: formats, --fail-on, unusable input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.pipeline import build
from tests.conftest import SAMPLE
from tests.diff.spec import JSON, W, base_spec, m_enum_narrowed, m_enum_widened, m_required_added, pair

# ---------------------------------------------------------------------------------------------------------------
# the command line


def _write(tmp_path: Path, name: str, spec: JSON) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(spec) if name.endswith(".json") else yaml.safe_dump(spec), encoding="utf-8")
    return path


def test_cli_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old_spec, new_spec = pair(m_required_added)
    old, new = _write(tmp_path, "old.yaml", old_spec), _write(tmp_path, "new.json", new_spec)
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{old} -> {new}: 1 change: 1 breaking, 0 non-breaking")
    assert "[request-property-added-required] POST /v1/{project_id}/widgets (create_widget) /requestBody/owner" in out
    assert main(["diff", str(old), str(new), "--format", "markdown"]) == 0
    assert "#### Breaking changes (1)" in capsys.readouterr().out
    assert main(["diff", str(old), str(new), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["breaking_by_kind"] == {"request-property-added-required": 1}
    assert data["changes"][0]["operation"] == {"method": "POST", "path": "/v1/{project_id}/widgets",
                                               "operationId": "create_widget"}
    assert data["changes"][0]["new_source"] == f"{W}/creating_a_widget.rst:58"


def test_cli_fail_on_breaking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = _write(tmp_path, "base.json", base_spec())
    breaking = _write(tmp_path, "breaking.json", pair(m_enum_narrowed)[1])
    fine = _write(tmp_path, "fine.json", pair(m_enum_widened)[1])
    assert main(["diff", str(base), str(breaking), "--fail-on", "breaking"]) == 1
    assert main(["diff", str(base), str(breaking)]) == 0
    assert main(["diff", str(base), str(fine), "--fail-on", "breaking"]) == 0
    assert main(["diff", str(base), str(base), "--fail-on", "breaking"]) == 0
    assert "no changes" in capsys.readouterr().out


def test_cli_docs_folder_against_its_own_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _write(tmp_path, "sample.json", build(SAMPLE).spec)
    assert main(["diff", str(SAMPLE), str(spec), "--fail-on", "breaking"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("no changes")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.yaml", None, "no such file or directory"),
    ("broken.yaml", "paths: [\n", "not readable as YAML"),
    ("broken.json", "{\"paths\": ", "not readable as JSON"),
    ("list.yaml", "- a\n- b\n", "not an OpenAPI document"),
    ("nopaths.json", "{\"openapi\": \"3.1.0\"}", "not an OpenAPI document"),
    ("spec.txt", "paths: {}\n", "expected a spec file"),
])
def test_cli_unusable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str | None,
                            message: str) -> None:
    bad = tmp_path / name
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    good = _write(tmp_path, "good.json", base_spec())
    assert main(["diff", str(bad), str(good)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert main(["diff", str(good), str(bad)]) == 2


def test_cli_empty_folder_is_unusable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path, "good.json", base_spec())
    (tmp_path / "docs").mkdir()
    assert main(["diff", str(tmp_path / "docs"), str(good)]) == 2
    assert "no .rst pages found" in capsys.readouterr().err


