"""`--output-format text|json|github|sarif` (generator/cli/output.py): SARIF valid under the SARIF 2.1.0 schema,
GitHub lines in the documented workflow-command syntax, every path relative to the working directory and opening
the file the diagnostic names."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator, FormatChecker

from generator.cli import main
from generator.cli.output import located, render, sarif
from generator.diagnostics import CODES, Diagnostic, Loc, Severity
from tests.conftest import CORPUS, FIXTURES

SCHEMA = json.loads((Path(__file__).parent / "sarif" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
VALIDATOR = Draft4Validator(SCHEMA, format_checker=FormatChecker())
LINT_DOCS = FIXTURES / "lint"  # a small tree with doc defects (undocumented fields at every level)
SILENT_DOCS = FIXTURES / "silent"  # an error (table-unparsed) and warnings

# https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions: `::error file={name},line={line},
# title={title}::{message}` (also warning, notice); a property value escapes `%` `\r` `\n` `:` `,`, the message `%`
# `\r` `\n` (actions/toolkit, src/command.ts)
GITHUB_LINE = re.compile(r"::(?P<level>error|warning|notice) (?P<props>[^:]*)::(?P<message>[^\r\n]*)")
PROPERTY = re.compile(r"(?P<key>file|line|endLine|col|endColumn|title)=(?P<value>[^,:\r\n]*)")


def _unescape(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def _github(line: str) -> tuple[str, dict[str, str], str]:
    match = GITHUB_LINE.fullmatch(line)
    assert match, f"not a GitHub workflow command: {line}"
    props = {}
    for part in match["props"].split(","):
        prop = PROPERTY.fullmatch(part)
        assert prop, f"not a property: {part} in {line}"
        props[prop["key"]] = _unescape(prop["value"])
    return match["level"], props, _unescape(match["message"])


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("command", ["build", "lint"])
def test_sarif_is_valid_sarif_2_1_0_and_names_each_file_and_line(command: str, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    argv = [command, str(SILENT_DOCS), "--output-format", "sarif", "--min-severity", "info"]
    code, out, _ = _run(capsys, argv + (["-o", str(tmp_path / "spec.yaml")] if command == "build" else []))
    assert code == 1  # the silent fixture has a table-unparsed error
    log = json.loads(out)
    errors = sorted(VALIDATOR.iter_errors(log), key=str)
    assert not errors, [e.message for e in errors]
    [run] = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(CODES)
    results = run["results"]
    assert {r["ruleId"] for r in results} >= {"table-unparsed", "code-block-no-blank-line"}
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[
            str(CODES[result["ruleId"]][0])]
        [location] = result["locations"]
        physical = location["physicalLocation"]
        path = Path(physical["artifactLocation"]["uri"])
        assert not path.is_absolute() and path.is_file()  # relative to the working directory, and it opens
        assert 1 <= physical["region"]["startLine"] <= len(_lines(path))
    unparsed = next(r for r in results if r["ruleId"] == "table-unparsed")
    where = unparsed["locations"][0]["physicalLocation"]
    assert (where["artifactLocation"]["uri"].endswith("broken_grid_table.rst") and
            where["region"]["startLine"] == 43)


def test_the_schema_check_catches_a_broken_log() -> None:
    """The validation above could fail: a level SARIF does not know and a line 0 are refused."""
    log: Any = sarif([Diagnostic(Loc("a.rst", 3), "rst-error", Severity.ERROR, "m")], "1.0")
    assert not list(VALIDATOR.iter_errors(log))
    log["runs"][0]["results"][0]["level"] = "fatal"
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert len(list(VALIDATOR.iter_errors(log))) == 2


def test_sarif_of_corpus_lint_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, ["lint", str(CORPUS / "gaussdb-opengauss"), "--output-format", "sarif"])
    log = json.loads(out)
    assert code == 1 and not list(VALIDATOR.iter_errors(log))
    results = log["runs"][0]["results"]
    assert len(results) >= 30 and all(Path(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
                                      .is_file() for r in results)
    assert any('"8000"' in r["message"]["text"] for r in results)  # values as JSON, not Python reprs


@pytest.mark.parametrize("command", ["build", "lint"])
def test_github_lines_follow_the_workflow_command_syntax(command: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    argv = [command, str(LINT_DOCS), "--output-format", "github", "--min-severity", "info"]
    code, out, _ = _run(capsys, argv + (["-o", str(tmp_path / "spec.yaml")] if command == "build" else []))
    lines = out.splitlines()
    assert lines and code == (1 if command == "lint" else 0)  # lint fails on warnings, build on errors
    for line in lines:
        level, props, message = _github(line)
        path = Path(props["file"])
        assert path.is_file() and not path.is_absolute()
        assert 1 <= int(props["line"]) <= len(_lines(path))
        code_name = props["title"].removeprefix("rst2openapi ")
        assert level == {"error": "error", "warning": "warning", "info": "notice"}[str(CODES[code_name][0])]
        assert message
    assert any("example-undocumented-field" in line for line in lines)


def test_github_escapes_what_the_syntax_reserves() -> None:
    """`%`, CR and LF in the message; also `:` and `,` in a property (a path with a comma, a colon)."""
    d = Diagnostic(Loc("we,ird:name%.rst", 7), "rst-error", Severity.ERROR, "50% done:\r\nnext, line")
    [line] = render("github", [d], "1.0").splitlines()
    assert line == ("::error file=we%2Cird%3Aname%25.rst,line=7,title=rst2openapi rst-error::"
                    "50%25 done:%0D%0Anext, line")
    level, props, message = _github(line)
    assert (level, props["file"], props["line"], message) == ("error", "we,ird:name%.rst", "7", d.message)


def test_a_diagnostic_without_a_docs_place_has_no_file() -> None:
    """`generate` reports about the spec (`<spec>:0`): no file property, no location in SARIF."""
    d = Diagnostic(Loc("<spec>", 0), "client-lint-failed", Severity.ERROR, "ruff")
    assert render("github", [d], "1.0") == "::error title=rst2openapi client-lint-failed::ruff\n"
    log: Any = sarif([d], "1.0")
    assert "locations" not in log["runs"][0]["results"][0] and not list(VALIDATOR.iter_errors(log))


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_text_and_json_paths_open_from_the_working_directory(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, ["lint", str(LINT_DOCS), "--output-format", fmt])
    assert code == 1
    if fmt == "json":
        found = [(d["path"], d["line"]) for d in json.loads(out)]
        assert set(json.loads(out)[0]) == {"path", "line", "severity", "code", "message"}
    else:
        found = [(line.split(":")[0], int(line.split(":")[1])) for line in out.splitlines()]
    assert found and all(Path(p).is_file() and 1 <= n <= len(_lines(Path(p))) for p, n in found)


def test_located_rebases_on_the_working_directory(tmp_path: Path) -> None:
    root = tmp_path / "docs" / "api-ref" / "source"
    d = Diagnostic(Loc("apis/a.rst", 2), "rst-error", Severity.ERROR, "m")
    [moved] = located([d], root, cwd=tmp_path / "project")
    assert moved.loc == Loc("../docs/api-ref/source/apis/a.rst", 2)
    assert located([d], None) == [d]


def test_quiet_machine_output_is_still_a_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, ["lint", str(LINT_DOCS), "--output-format", "sarif", "-q"])
    log = json.loads(out)
    assert code == 1 and log["runs"][0]["results"] == [] and not list(VALIDATOR.iter_errors(log))
    code, out, _ = _run(capsys, ["lint", str(LINT_DOCS), "--output-format", "json", "--min-severity", "error"])
    assert code == 1 and json.loads(out) == []  # only warnings: none printed, the exit code still says they exist


def test_build_refuses_machine_output_where_the_spec_goes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without -o the spec is written to stdout: SARIF there too would make neither readable. One line, exit 2."""
    code, out, err = _run(capsys, ["build", str(LINT_DOCS), "--output-format", "sarif"])
    assert (code, out) == (2, "")
    assert err.splitlines() == ["rst2openapi build: error: --output-format sarif prints the findings on standard "
                                "output, where the spec goes without -o: name the spec's file with -o (and build one "
                                "service)"]
