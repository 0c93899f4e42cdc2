"""`check` compares only the generator's files: its manifest or its own file list, the generated project's
`.gitignore` honoured (what `pip install -e` / `pip install` leave in the folder changes nothing); a missing
folder is one line and exit code 2; `--client` is optional (the spec alone)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.client.generate import MARKER
from generator.client.tree import committed_tree, manifest
from tests.conftest import CORPUS, PROJECT, SAMPLE

PACKAGE = "sample_service_client"


@pytest.fixture(scope="module")
def sample_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample spec built here (not the committed one: its freshness is another test's business)."""
    spec = tmp_path_factory.mktemp("spec") / "sample-service.yaml"
    assert main(["build", str(SAMPLE), "-o", str(spec), "-q"]) == 0
    return spec


@pytest.fixture(scope="module")
def generated(sample_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "client"
    assert main(["generate", str(sample_spec), "-o", str(out)]) == 0
    return out


@pytest.fixture
def client(generated: Path, tmp_path: Path) -> Path:
    out = tmp_path / "client"
    shutil.copytree(generated, out)
    return out


def _check(client: Path | None, spec: Path) -> list[str]:
    return ["check", str(SAMPLE), "--spec", str(spec), *(["--client", str(client)] if client else [])]


def _write(path: Path, text: str = "x\n") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_what_an_install_leaves_in_the_folder_is_not_compared(client: Path, sample_spec: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert ".gitignore" in {p.name for p in client.iterdir()}
    _write(client / f"{PACKAGE}.egg-info" / "PKG-INFO")  # pip install -e
    _write(client / "build" / "lib" / PACKAGE / "client.py")  # pip install
    _write(client / ".venv" / "pyvenv.cfg")
    _write(client / ".pytest_cache" / "README.md")
    assert main(_check(client, sample_spec)) == 0, capsys.readouterr().out


def test_a_changed_or_missing_generated_file_fails(client: Path, sample_spec: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (client / PACKAGE / "client.py").write_text("changed\n", encoding="utf-8")
    (client / "README.md").unlink()
    assert main(_check(client, sample_spec)) == 1
    out = capsys.readouterr().out
    assert f"changed: {client.as_posix()}/{PACKAGE}/client.py" in out
    assert f"added:   {client.as_posix()}/README.md (not committed)" in out


def test_without_a_manifest_a_file_the_gitignore_keeps_is_stale(client: Path, sample_spec: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    marker = client / MARKER  # a marker of an earlier version: no `files:` list, so the .gitignore decides
    marker.write_text(marker.read_text(encoding="utf-8").split("files:\n", 1)[0], encoding="utf-8")
    _write(client / PACKAGE / "api" / "gone.py")
    assert main(_check(client, sample_spec)) == 1
    assert f"removed: {client.as_posix()}/{PACKAGE}/api/gone.py" in capsys.readouterr().out


def test_with_a_manifest_only_the_files_it_lists_are_the_generators(client: Path, sample_spec: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    marker = client / MARKER  # the manifest generate writes, as if the last generation had written gone.py
    marker.write_text(marker.read_text(encoding="utf-8") + f"  {PACKAGE}/api/gone.py\n", encoding="utf-8")
    _write(client / "NOTES.md")  # the user's: not listed, not compared
    _write(client / PACKAGE / "api" / "gone.py")  # listed by the last generation, no longer generated
    assert main(_check(client, sample_spec)) == 1
    out = capsys.readouterr().out
    assert f"removed: {client.as_posix()}/{PACKAGE}/api/gone.py" in out
    assert "NOTES.md" not in out


@pytest.mark.parametrize(("text", "expected"), [
    ('{"files": ["a.py", "./b/c.py"]}', {"a.py", "b/c.py"}),
    ('["a.py"]', {"a.py"}),
    ("openapi-python-client 0.29.1\na.py\n# comment\n\nb/c.py\n", {"a.py", "b/c.py"}),
    ("openapi-python-client 0.29.1\n", None),  # the marker as generate writes it today: no list
    ('{"generator": "x"}', None),
])
def test_the_manifest_is_read_tolerantly(tmp_path: Path, text: str, expected: set[str] | None) -> None:
    (tmp_path / MARKER).write_text(text, encoding="utf-8")
    found = manifest(tmp_path)
    assert found == (None if expected is None else frozenset(expected | {MARKER}))


def test_a_generated_file_the_gitignore_matches_is_still_compared(tmp_path: Path) -> None:
    _write(tmp_path / ".gitignore", "*.json\nbuild/\n")
    _write(tmp_path / "pkg" / "_schemas.json", "{}\n")
    _write(tmp_path / "build" / "x.py")
    fresh = {"pkg/_schemas.json": b"{}\n", ".gitignore": b"*.json\nbuild/\n"}
    assert sorted(committed_tree(tmp_path, fresh)) == [".gitignore", "pkg/_schemas.json"]


@pytest.mark.parametrize("which", ["client", "spec", "spec folder"])
def test_a_missing_folder_or_file_is_one_line_and_exit_2(tmp_path: Path, generated: Path, sample_spec: Path,
                                                         which: str, capsys: pytest.CaptureFixture[str]) -> None:
    client, spec = generated, sample_spec
    if which == "client":
        client = tmp_path / "no-such-client"
    elif which == "spec":
        spec = tmp_path / "no-such.yaml"
    else:
        spec = tmp_path / "nowhere" / "spec.yaml"
    assert main(_check(client, spec)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    missing = {"client": client, "spec": spec, "spec folder": spec.parent}[which]
    assert line.startswith("rst2openapi check: error: no such ") and str(missing) in line


def test_the_spec_alone(tmp_path: Path, sample_spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(_check(None, sample_spec)) == 0
    assert capsys.readouterr().err.strip() == f"rst2openapi check: {sample_spec} matches the docs"
    stale = tmp_path / "sample-service.yaml"
    stale.write_text(sample_spec.read_text(encoding="utf-8").replace("Widget", "Gadget", 1), encoding="utf-8")
    assert main(_check(None, stale)) == 1
    assert "changed: " in capsys.readouterr().out


def test_a_copy_of_the_docs_in_a_folder_of_another_name_checks_the_same(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """The service name comes from the docs' SOURCE, not the folder (a copy in gdocs/ reported 417 differences)."""
    docs = tmp_path / "gdocs"
    shutil.copytree(CORPUS / "gaussdb-opengauss", docs)
    spec = PROJECT / "spec" / "gaussdb-opengauss.yaml"
    assert main(["check", str(docs), "--spec", str(spec)]) == 0, capsys.readouterr().out[-2000:]
