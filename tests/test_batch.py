"""Several services in one build (issue 12): `rst2openapi build DOCS... -o DIR` or a folder of services; one pool,
a spec per service, a summary line per service, one failing service does not stop the others."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.batch import build_many, service_folders
from generator.cli import main
from tests.conftest import SAMPLE


def _service(folder: Path, name: str) -> Path:
    """The sample service under another repository name (its SOURCE), in `folder/name`."""
    docs = folder / name
    shutil.copytree(SAMPLE, docs)
    (docs / "SOURCE").write_text(f"repository: opentelekomcloud-docs/{name}\n")
    return docs


def _no_operation(folder: Path, name: str) -> Path:
    docs = folder / name / "api-ref" / "source"
    docs.mkdir(parents=True)
    (docs / "index.rst").write_text("Notes\n=====\n\nRelease notes of the service, no operation.\n")
    return docs.parents[1]


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The sample service built alone, as `build DOCS -o FILE` does it."""
    out = tmp_path_factory.mktemp("single") / "spec.yaml"
    docs = _service(tmp_path_factory.mktemp("alone"), "alpha")  # its SOURCE gives the title and externalDocs
    assert main(["build", str(docs), "-o", str(out), "-q", "--no-cache"]) == 0
    return out.read_bytes()


def test_a_folder_of_services_is_its_docs_trees_and_a_docs_tree_is_none(tmp_path: Path) -> None:
    a, b = _service(tmp_path, "alpha"), _service(tmp_path, "beta")
    (tmp_path / "notes").mkdir()  # not a docs tree: left out
    assert service_folders(tmp_path) == [a, b]
    assert service_folders(SAMPLE) == []  # one docs tree
    assert service_folders(SAMPLE / "api-ref" / "source") == []


def test_a_folder_of_services_writes_one_spec_each_as_built_alone(tmp_path: Path, single: bytes,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    _service(corpus, "alpha")
    _service(corpus, "beta")
    out, reports = tmp_path / "specs", tmp_path / "reports"
    assert main(["build", str(corpus), "-o", str(out), "--report", str(reports), "-j", "2"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["alpha.yaml", "beta.yaml"]
    assert sorted(p.name for p in reports.iterdir()) == ["alpha.json", "beta.json"]
    assert (out / "alpha.yaml").read_bytes() == single
    assert (out / "beta.yaml").read_bytes() == single.replace(b"title: alpha", b"title: beta").replace(
        b"opentelekomcloud-docs/alpha", b"opentelekomcloud-docs/beta")
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith(("alpha: ", "beta: "))]
    assert [line.split(":")[0] for line in lines] == ["alpha", "beta"]
    assert all("pages:" in line and "operations ->" in line for line in lines)
    assert err.rstrip().endswith(f"2 services: 2 built, 0 failing; specs in {out}")
    assert "\x1b[" not in err and "building" not in err  # no progress bar when stderr is not a terminal


def test_one_failing_service_is_its_line_and_the_exit_code_the_others_are_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alpha = _service(tmp_path, "alpha")
    empty = _no_operation(tmp_path, "empty")
    out = tmp_path / "specs"
    assert main(["build", str(alpha), str(empty), str(tmp_path / "missing"), "-o", str(out), "-q"]) == 2
    assert sorted(p.name for p in out.iterdir()) == ["alpha.yaml", "empty.yaml"]  # nothing to lose: written
    err = capsys.readouterr().err
    first = os.path.relpath(empty / "api-ref" / "source" / "index.rst")  # as the path of a diagnostic prints it
    assert "empty: " in err and f"fails at --fail-on error (first {first}:1 service-no-operation), written" in err
    assert "missing: error: " in err and "no such file or directory" in err
    assert "3 services: 1 built, 2 failing" in err
    assert main(["build", str(alpha), str(empty), "-o", str(out), "-q"]) == 1
    assert "kept" in capsys.readouterr().err  # an existing spec of a failing service is kept, as for one service


def test_each_diagnostic_names_its_file_in_its_own_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Paths of diagnostics are relative to the working directory, as for one service: two trees with the same
    pages give two sets of lines, each naming a file that exists in its own tree."""
    _service(tmp_path, "alpha")
    _service(tmp_path, "beta")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "alpha", "beta", "-o", "specs", "--min-severity", "info", "--no-cache"]) == 0
    located = [line.split(":")[0] for line in capsys.readouterr().err.splitlines() if ".rst:" in line.split(" ")[0]]
    assert located and all((tmp_path / path).is_file() for path in located), located
    trees = {path.split("/")[0] for path in located}
    assert trees == {"alpha", "beta"}
    assert sorted(p for p in located if p.startswith("alpha/")) == sorted(
        "alpha/" + p.removeprefix("beta/") for p in located if p.startswith("beta/"))


def test_several_services_need_an_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _service(tmp_path, "alpha"), _service(tmp_path, "beta")
    assert main(["build", str(a), str(b)]) == 2
    assert main(["build", str(a), str(b), "-o", str(tmp_path / "x.yaml")]) == 2
    assert main(["build", str(a), str(b), "-o", str(tmp_path / "o"), "--title", "t"]) == 2
    assert main(["build", str(a), str(a), "-o", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "-o names the folder to write <service>.yaml into" in err
    assert "--title names one service" in err and "two docs trees are the same service: alpha" in err
    assert not (tmp_path / "o").exists()


def test_the_pool_gives_the_results_of_one_process_in_the_order_given(tmp_path: Path) -> None:
    docs = [_service(tmp_path, n) for n in ("gamma", "alpha", "beta")]
    seen: list[str] = []
    two = build_many(docs, 2, None, done=lambda s: seen.append(s.name))
    one = build_many(docs, 1, None)
    assert [s.name for s in two] == ["gamma", "alpha", "beta"] and sorted(seen) == ["alpha", "beta", "gamma"]
    assert [(s.spec_text, s.report_text, s.diagnostics) for s in two] == [
        (s.spec_text, s.report_text, s.diagnostics) for s in one]


def test_a_terminal_shows_progress_and_quiet_does_not(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _service(corpus, "alpha")
    _service(corpus, "beta")

    def stderr_on_a_terminal(*extra: str) -> str:
        main_fd, child_fd = pty.openpty()
        env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
        proc = subprocess.run([sys.executable, "-m", "generator", "build", str(corpus), "-o", str(tmp_path / "o"),
                               "--no-cache", "-j", "1", *extra], stderr=child_fd, stdout=subprocess.DEVNULL,
                              env=env, timeout=300, check=False)
        os.close(child_fd)
        chunks = []
        while True:
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(main_fd)
        assert proc.returncode == 0
        return b"".join(chunks).decode("utf-8", "replace")

    shown = stderr_on_a_terminal()
    assert "pages" in shown and "\x1b[" in shown  # the bar, drawn with terminal control sequences
    quiet = stderr_on_a_terminal("-q")
    assert "\x1b[" not in quiet and "2 services: 2 built" in quiet
