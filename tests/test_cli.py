"""The command line: files written, summary and diagnostics printed, exit codes, no page stops a build."""

from __future__ import annotations

import errno
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from generator.cli import main
from tests.conftest import SAMPLE

SAMPLE_SPEC = SAMPLE.parents[1] / "spec" / "sample-service.yaml"


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
    assert "apis/broken.rst:4: error[page-unreadable] not UTF-8 text: byte 0xff at line 4" in err  # the bad byte
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


# --- nothing lost: a failing build keeps its outputs, an unwritable output is one line and exit 2 ------------------


def _no_constant(name: str) -> Any:
    raise ValueError(f"not JSON: {name}")


def _no_operation_docs(tmp_path: Path) -> Path:
    """A folder of pages with no METHOD+path: prose, a table, no URI."""
    docs = tmp_path / "notes"
    docs.mkdir()
    (docs / "index.rst").write_text("Notes\n=====\n\nRelease notes of the service.\n\n.. toctree::\n\n   changes\n")
    (docs / "changes.rst").write_text("Changes\n=======\n\n+------+--------+\n| Date | Change |\n+======+========+\n"
                                      "| 2024 | First. |\n+------+--------+\n")
    return docs


@pytest.fixture
def good_outputs(tmp_path: Path) -> tuple[Path, Path]:
    spec, report = tmp_path / "out" / "spec.yaml", tmp_path / "out" / "report.json"
    assert main(["build", str(SAMPLE), "-o", str(spec), "--report", str(report), "-q"]) == 0
    return spec, report


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_docs_without_any_operation_are_an_error_not_an_empty_spec(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "spec.yaml"
    assert main(["build", str(_no_operation_docs(tmp_path)), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "index.rst:1: error[service-no-operation] 2 pages read and none states a METHOD+path" in err
    assert yaml.safe_load(out.read_text())["paths"] == {}  # no earlier spec: written, for inspection


def test_a_failing_build_keeps_the_old_spec_and_report(good_outputs: tuple[Path, Path], tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    spec, report = good_outputs
    old = spec.read_bytes(), report.read_bytes()
    capsys.readouterr()
    code = main(["build", str(_no_operation_docs(tmp_path)), "-o", str(spec), "--report", str(report), "-q"])
    assert code == 1
    assert (spec.read_bytes(), report.read_bytes()) == old
    assert _files(spec.parent) == ["report.json", "spec.yaml"]
    kept = [line for line in capsys.readouterr().err.splitlines() if line.startswith("rst2openapi:")]
    assert kept == [f"rst2openapi: kept {spec} and {report} unchanged: the build fails at --fail-on error "
                    "(1 at error or worse, first index.rst:1 service-no-operation); --force writes anyway"]


def test_a_failing_build_writes_neither_file_when_one_of_the_pair_exists(good_outputs: tuple[Path, Path],
                                                                         tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    spec, report = good_outputs
    report.unlink()
    old = spec.read_bytes()
    assert main(["build", str(_no_operation_docs(tmp_path)), "-o", str(spec), "--report", str(report), "-q"]) == 1
    assert spec.read_bytes() == old and not report.exists()  # a new report beside the old spec would not match it
    assert f"(not written: {report})" in capsys.readouterr().err


def test_force_writes_a_failing_build(good_outputs: tuple[Path, Path], tmp_path: Path) -> None:
    spec, report = good_outputs
    docs = _no_operation_docs(tmp_path)
    assert main(["build", str(docs), "-o", str(spec), "--report", str(report), "-q", "--force"]) == 1
    assert yaml.safe_load(spec.read_text())["paths"] == {}
    assert json.loads(report.read_text())["totals"]["diagnostics_by_code"] == {"service-no-operation": 1}


def test_a_warning_below_the_threshold_still_writes(good_outputs: tuple[Path, Path], tmp_path: Path) -> None:
    spec, _ = good_outputs
    docs = _no_operation_docs(tmp_path)
    assert main(["build", str(docs), "-o", str(spec), "-q", "--fail-on", "never"]) == 0
    assert yaml.safe_load(spec.read_text())["paths"] == {}


@pytest.fixture
def read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder nothing can be created in (simulated: the tests may run as root, which chmod does not stop)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    real_open, real_mkdir = os.open, os.mkdir

    def denied(path: Any) -> None:
        if Path(path).parent == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    def fake_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & os.O_CREAT:
            denied(path)
        return real_open(path, flags, *args, **kwargs)

    def fake_mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        denied(path)
        real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "mkdir", fake_mkdir)
    return folder


UNWRITABLE = {
    "build -o a directory": (["build", str(SAMPLE), "-q", "-o", "{tmp}"], "{tmp}", "is a directory"),
    "build -o below a file": (["build", str(SAMPLE), "-q", "-o", "{tmp}/file/x.yaml"], "{tmp}/file/x.yaml",
                              "{tmp}/file is not a directory"),
    "build -o in a read-only folder": (["build", str(SAMPLE), "-q", "-o", "{tmp}/ro/x.yaml"], "{tmp}/ro/x.yaml",
                                       "Permission denied"),
    "build --report a directory": (["build", str(SAMPLE), "-q", "-o", "{tmp}/x.yaml", "--report", "{tmp}"],
                                   "{tmp}", "is a directory"),
    "build --report in a read-only folder": (["build", str(SAMPLE), "-q", "--report", "{tmp}/ro/r.json"],
                                             "{tmp}/ro/r.json", "Permission denied"),
    "lint --report a directory": (["lint", str(SAMPLE), "--report", "{tmp}"], "{tmp}", "is a directory"),
    "lint --report in a read-only folder": (["lint", str(SAMPLE), "--report", "{tmp}/ro/lint.json"],
                                            "{tmp}/ro/lint.json", "Permission denied"),
    "generate -o a file": (["generate", str(SAMPLE_SPEC), "-o", "{tmp}/file"], "{tmp}/file", "not a directory"),
    "generate -o below a file": (["generate", str(SAMPLE_SPEC), "-o", "{tmp}/file/client"], "{tmp}/file/client",
                                 "{tmp}/file is not a directory"),
    "generate -o in a read-only folder": (["generate", str(SAMPLE_SPEC), "-o", "{tmp}/ro/client"],
                                          "{tmp}/ro/client", "Permission denied"),
}


@pytest.mark.parametrize("case", UNWRITABLE)
def test_an_unwritable_output_is_one_line_and_exit_2(case: str, tmp_path: Path, read_only: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file").write_text("keep")
    argv, path, reason = (x.replace("{tmp}", str(tmp_path)) if isinstance(x, str) else
                          [a.replace("{tmp}", str(tmp_path)) for a in x] for x in UNWRITABLE[case])
    before = _files(tmp_path)
    assert main(argv) == 2
    assert capsys.readouterr().err.splitlines() == [f"rst2openapi: error: cannot write {path}: {reason}"]
    assert _files(tmp_path) == before and _files(read_only) == [] and (tmp_path / "file").read_text() == "keep"


def test_a_full_disk_keeps_the_old_spec_and_report(good_outputs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    spec, report = good_outputs
    old = spec.read_bytes(), report.read_bytes()
    real_write, written = os.write, [0]

    def full_disk(fd: int, data: Any) -> int:  # 32 KiB fit, then the disk is full
        if written[0] >= 32768:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = real_write(fd, data[:32768 - written[0]])
        written[0] += n
        return n

    monkeypatch.setattr(os, "write", full_disk)
    capsys.readouterr()
    assert main(["build", str(SAMPLE), "-o", str(spec), "--report", str(report), "-q", "--title", "Other"]) == 2
    assert capsys.readouterr().err.splitlines() == [f"rst2openapi: error: cannot write {spec}: No space left on device"]
    assert (spec.read_bytes(), report.read_bytes()) == old
    assert _files(spec.parent) == ["report.json", "spec.yaml"]


def test_a_failing_report_rename_leaves_the_old_pair(good_outputs: tuple[Path, Path],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    spec, report = good_outputs
    old = spec.read_bytes(), report.read_bytes()
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == report:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    assert main(["build", str(SAMPLE), "-o", str(spec), "--report", str(report), "-q", "--title", "Other"]) == 2
    assert (spec.read_bytes(), report.read_bytes()) == old
    assert _files(spec.parent) == ["report.json", "spec.yaml"]


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_examples_with_an_infinite_number_or_a_lone_surrogate_give_a_valid_spec(
        suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SAMPLE, docs)
    page = docs / "api-ref" / "source" / "apis" / "widget_management" / "creating_a_widget.rst"
    text = page.read_text()
    request_at, response_at = text.index('"width": 120'), text.index('"name": "widget-alpha"', text.index("status"))
    text = text[:request_at] + '"width": 1e999' + text[request_at + 12:]
    text = text.replace('"name": "widget-alpha"', '"name": "widget-\\ud800"', 2).replace(
        '"name": "widget-\\ud800"', '"name": "widget-alpha"', 1)  # the second one: the response example
    page.write_text(text)
    lines = text[:request_at].count("\n") + 1, text[:response_at].count("\n") + 1
    out = tmp_path / f"spec{suffix}"
    assert main(["build", str(docs), "-o", str(out), "--min-severity", "warning"]) == 0
    raw = out.read_text(encoding="utf-8")
    spec = json.loads(raw, parse_constant=_no_constant) if suffix == ".json" else yaml.safe_load(raw)
    validate(spec)
    json.loads(json.dumps(spec, allow_nan=False), parse_constant=_no_constant)
    assert "\\ud800" not in raw and "Infinity" not in raw and ".inf" not in raw
    err = capsys.readouterr().err
    assert "the number 1e999 is beyond a 64-bit float" in err and "\\ud800 is one half of a UTF-16 surrogate" in err
    invalid = [line for line in err.splitlines() if "[example-invalid]" in line]
    assert len(invalid) == 2 and all("creating_a_widget.rst" in line for line in invalid)
    for line, file_line in zip(invalid, lines, strict=True):  # the block's line plus the line within it
        found = re.search(r"\.rst:(\d+): .* not loadable: line (\d+)", line)
        assert found and int(found[1]) + int(found[2]) - 1 == file_line, line
    assert "spec-value-replaced" not in err  # fixed where the example is read, not only by the writer's guard


# --- conventions (issue 14): --version, python -m, Ctrl-C ------------------------------------------------------------


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"rst2openapi {importlib.metadata.version('rst2openapi')}"


def test_python_dash_m_is_the_same_command_line() -> None:
    done = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "usage: rst2openapi" in done.stdout and "build" in done.stdout


def test_ctrl_c_is_one_line_and_exit_130_and_keeps_the_old_outputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """An interrupt while the spec is being written: one line, exit 130, the old spec and report as they were, no
    temporary file left."""
    out, report = tmp_path / "s.yaml", tmp_path / "r.json"
    out.write_text("old\n")
    report.write_text("{}\n")

    def interrupted(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)  # the writer flushes each output before it renames it
    assert main(["build", str(SAMPLE), "-o", str(out), "--report", str(report), "-q", "-j", "1"]) == 130
    assert capsys.readouterr().err.splitlines()[-1] == "rst2openapi: interrupted"
    assert out.read_text() == "old\n" and report.read_text() == "{}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json", "s.yaml"]


def test_build_keeps_its_cache_in_the_user_cache_folder_unless_told(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 12: the cache's default folder is the user's (XDG_CACHE_HOME on Linux); --cache DIR another one;
    --no-cache none. The spec is the same bytes each way."""
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    specs = [tmp_path / f"{i}.yaml" for i in range(4)]
    assert main(["build", str(SAMPLE), "-o", str(specs[0]), "-q", "--no-cache"]) == 0
    assert not home.exists()
    assert main(["build", str(SAMPLE), "-o", str(specs[1]), "-q"]) == 0
    assert any((home / "rst2openapi" / "build").rglob("*"))
    assert main(["build", str(SAMPLE), "-o", str(specs[2]), "-q", "--cache", str(tmp_path / "mine")]) == 0
    assert any((tmp_path / "mine").rglob("*"))
    assert main(["build", str(SAMPLE), "-o", str(specs[3]), "-q"]) == 0  # warm
    assert len({s.read_bytes() for s in specs}) == 1


def test_a_cache_that_cannot_be_written_is_a_printed_warning_not_a_failure(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    out, report = tmp_path / "spec.yaml", tmp_path / "report.json"
    code = main(["build", str(SAMPLE), "-o", str(out), "--report", str(report), "--cache", str(blocker / "c"),
                 "--fail-on", "warning"])
    assert code == 0  # the output is what it would be without the cache: nothing fails
    err = capsys.readouterr().err
    assert "<cache>:0: warning[cache-ignored] a cache entry ignored, could not be written" in err
    assert "cache-ignored" not in report.read_text()
    assert out.read_bytes() == SAMPLE_SPEC.read_bytes()
