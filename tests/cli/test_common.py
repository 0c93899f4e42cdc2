"""One set of conventions (generator/cli/common.py): the same finding options on every command that reports
findings, one error prefix, help with a description and an example, exit 2 for bad input with one line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

from generator.cli import _parser, main
from tests.conftest import CORPUS, FIXTURES, SAMPLE

SAMPLE_SPEC = SAMPLE.parents[1] / "spec" / "sample-service.yaml"
FINDINGS = ("build", "lint", "generate", "check")


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _option(parser: argparse.ArgumentParser, flag: str) -> argparse.Action:
    return next(a for a in parser._actions if flag in a.option_strings)


@pytest.mark.parametrize("command", FINDINGS)
def test_every_command_with_findings_has_the_same_options(command: str) -> None:
    parser = _subparsers()[command]
    assert list(_option(parser, "--fail-on").choices or ()) == ["error", "warning", "info", "never"]
    assert list(_option(parser, "--min-severity").choices or ()) == ["info", "warning", "error"]
    assert _option(parser, "-q").dest == "quiet"


def test_diff_keeps_fail_on_breaking() -> None:
    assert _option(_subparsers()["diff"], "--fail-on").choices == ["breaking", "never"]


@pytest.mark.parametrize("command", ["build", "lint", "diff", "generate", "check", "lock"])
def test_help_has_a_description_and_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert stop.value.code == 0
    description = out.split("\n\n")[1]
    assert description.endswith(".") and "\n" not in description.strip()
    example = out.split("example:\n", 1)[1].splitlines()[0]
    assert example.startswith(f"  rst2openapi {command} ")


def test_top_level_help_shows_no_design_text(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "only place that prints" not in out and "exit codes: 0 clean, 1 findings" in out


def _inputs(tmp: Path) -> None:
    (tmp / "broken.yaml").write_text("paths: [\n")
    (tmp / "defects.yaml").write_text("- [\n")
    (tmp / "nosource").mkdir()
    (tmp / "nosource" / "a.rst").write_text("A\n=\n")


def _bad_inputs(tmp: Path) -> dict[str, list[str]]:
    return {
        "build: no such docs": ["build", str(tmp / "missing"), "-o", str(tmp / "s.yaml")],
        "build: -o and --report the same": ["build", str(SAMPLE), "-o", str(tmp / "x"), "--report", str(tmp / "x")],
        "lint: a file, not docs": ["lint", str(tmp / "broken.yaml")],
        "diff: unreadable spec": ["diff", str(tmp / "broken.yaml"), str(SAMPLE_SPEC)],
        "generate: unreadable spec": ["generate", str(tmp / "broken.yaml"), "-o", str(tmp / "client")],
        "generate: no such spec": ["generate", str(tmp / "missing.yaml"), "-o", str(tmp / "client")],
        "generate: bad --package": ["generate", str(SAMPLE_SPEC), "-o", str(tmp / "client"), "--package", "class"],
        "generate: unreadable defect list": ["generate", str(SAMPLE_SPEC), "-o", str(tmp / "client"), "--defects",
                                             str(tmp / "defects.yaml")],
        "check: no such spec": ["check", str(SAMPLE), "--spec", str(tmp / "missing.yaml")],
        "check: no such client": ["check", str(SAMPLE), "--spec", str(SAMPLE_SPEC), "--client", str(tmp / "none")],
        "lock: no SOURCE": ["lock", str(tmp / "nosource"), "--dir", str(tmp / "locks")],
    }


@pytest.mark.parametrize("case", list(_bad_inputs(Path("tmp")).keys()))
def test_bad_input_is_one_error_line_exit_2_and_nothing_written(case: str, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    _inputs(tmp_path)
    argv = _bad_inputs(tmp_path)[case]
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith(f"rst2openapi {argv[0]}: error: ") and "Traceback" not in err
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before  # nothing written, nothing lost


@pytest.mark.parametrize("argv", [["build", str(SAMPLE), "--fail-on", "defect"], ["lint", str(SAMPLE), "-j"],
                                  ["generate"], ["check", str(SAMPLE)]], ids=" ".join)
def test_a_usage_error_is_exit_2_with_the_command_prefix(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    err = capsys.readouterr().err
    assert stop.value.code == 2 and err.splitlines()[-1].startswith(f"rst2openapi {argv[0]}: error: ")
    assert "Traceback" not in err


def test_fail_on_means_the_same_severity_everywhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`tests/fixtures/silent` has one error and warnings; `tests/fixtures/lint` warnings only."""
    spec = str(tmp_path / "s.yaml")
    for command in ("build", "lint"):
        extra = ["-o", spec, "--force"] if command == "build" else []
        assert main([command, str(FIXTURES / "lint"), "--fail-on", "warning", "-q", *extra]) == 1
        assert main([command, str(FIXTURES / "lint"), "--fail-on", "error", "-q", *extra]) == 0
        assert main([command, str(FIXTURES / "silent"), "--fail-on", "error", "-q", *extra]) == 1
        assert main([command, str(FIXTURES / "silent"), "--fail-on", "never", "-q", *extra]) == 0


def test_min_severity_and_quiet_filter_what_is_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["lint", str(FIXTURES / "silent"), "--min-severity", "error"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and "error[table-unparsed]" in out[0]
    assert main(["lint", str(FIXTURES / "silent"), "-q"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "example defects" in captured.err  # the summary line stays


def test_check_fail_on_never_reports_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stale = tmp_path / "sample.yaml"
    stale.write_text(SAMPLE_SPEC.read_text().replace("Widget", "Gadget", 1))
    assert main(["check", str(SAMPLE), "--spec", str(stale)]) == 1
    assert main(["check", str(SAMPLE), "--spec", str(stale), "--fail-on", "never"]) == 0
    assert "1 files differ" in capsys.readouterr().err


def test_json_values_in_corpus_messages(capsys: pytest.CaptureFixture[str]) -> None:
    """jsonschema's Python reprs (`None`, `'string'`) are printed as JSON (`null`, `"string"`)."""
    main(["lint", str(CORPUS / "gaussdb-opengauss")])
    out = capsys.readouterr().out
    assert 'null is not of type "string"' in out
    assert "None is not" not in out and "'string'" not in out


def test_python_module_and_script_agree() -> None:
    assert sys.modules["generator.cli"].main is main
