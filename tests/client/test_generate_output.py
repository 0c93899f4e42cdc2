"""`generate -o`: the project is built and checked beside the output folder and swapped in only when it passes.

A client that fails its own checks leaves an existing folder as it was (exit 1, one line saying so); `--force`
writes it anyway, marked (`CHECKS_FAILED.txt`, the marker); with no earlier folder it is written for inspection. A
swap that fails brings the old folder back. Files in the folder that generate did not write (not in its manifest)
survive a regeneration. A `--package` that is no Python identifier, an `-o` that is a symbolic link and a spec of
the wrong shape are one line and exit 2, before anything is written.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import writer
from generator.cli import main
from generator.client.generate import FAILED, MARKER, own_files
from generator.writer import load_yaml
from tests.conftest import SAMPLE

SAMPLE_SPEC = SAMPLE.parents[1] / "spec" / "sample-service.yaml"


def _tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(path.relative_to(folder).as_posix().encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _failing_spec(tmp_path: Path) -> Path:
    """The sample spec with a request body the client generator cannot type (text/csv): its checks fail."""
    spec = load_yaml(SAMPLE_SPEC.read_text(encoding="utf-8"))
    operation = next(op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict))
    operation["requestBody"] = {"content": {"text/csv": {"schema": {"type": "string"}}}}
    path = tmp_path / "failing.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A good client of the sample spec, generated once; each test works on a copy."""
    out = tmp_path_factory.mktemp("good") / "client"
    assert main(["generate", str(SAMPLE_SPEC), "-o", str(out)]) == 0
    return out


@pytest.fixture
def client(generated: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out" / "client"
    shutil.copytree(generated, out)
    return out


def _lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("rst2openapi generate:")]


def test_failing_checks_keep_the_existing_folder(client: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = _tree_digest(client)
    capsys.readouterr()
    assert main(["generate", str(_failing_spec(tmp_path)), "-o", str(client)]) == 1
    err = capsys.readouterr().err
    assert "error[client-operation-missing]" in err
    assert _lines(err) == [f"rst2openapi generate: kept {client} unchanged: the generated client fails its checks "
                           f"({err.count(': error[')} errors); --force writes anyway"]
    assert _tree_digest(client) == before
    assert sorted(p.name for p in client.parent.iterdir()) == ["client"]  # no staging folder left


def test_force_replaces_the_folder_with_the_failing_client(client: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    before = _tree_digest(client)
    assert main(["generate", str(_failing_spec(tmp_path)), "-o", str(client), "--force"]) == 1
    assert _tree_digest(client) != before
    assert _lines(capsys.readouterr().err) == [
        f"rst2openapi generate: wrote {client} although the generated client fails its checks (--force)"]
    assert sorted(p.name for p in client.parent.iterdir()) == ["client"]


def test_failing_checks_with_no_earlier_folder_write_it_for_inspection(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "new" / "client"
    assert main(["generate", str(_failing_spec(tmp_path)), "-o", str(out)]) == 1
    assert (out / "sample_service_client").is_dir()
    assert _lines(capsys.readouterr().err) == [
        f"rst2openapi generate: wrote {out} although the generated client fails its checks "
        "(there was no earlier output to keep)"]


def test_a_failed_swap_keeps_the_old_folder(client: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    before = _tree_digest(client)
    real_rename = os.rename

    def rename(src: Any, dst: Any) -> None:
        if Path(dst) == client and Path(src).name.endswith(".tmp"):  # the new project renamed in: disk full
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_rename(src, dst)

    monkeypatch.setattr(writer.os, "rename", rename)
    capsys.readouterr()
    assert main(["generate", str(SAMPLE_SPEC), "-o", str(client), "--package", "other_client"]) == 2
    assert _lines(capsys.readouterr().err) == [f"rst2openapi generate: error: cannot write {client}: "
                                               "No space left on device"]
    assert _tree_digest(client) == before
    assert sorted(p.name for p in client.parent.iterdir()) == ["client"]


def _own(client: Path, name: str) -> None:
    """`name` becomes a file of an earlier generation: written, and listed in the marker's manifest."""
    (client / name).write_text("# from an earlier generation")
    with (client / MARKER).open("a", encoding="utf-8") as marker:
        marker.write(f"  {name}\n")


def _user_files(client: Path) -> dict[str, bytes]:
    files = {"NOTES.md": b"my notes\n", ".venv/bin/python": b"#!/bin/sh\n", "tests/test_mine.py": b"def test(): pass\n",
             "sample_service_client/my_helpers.py": b"X = 1\n"}
    for name, data in files.items():
        (client / name).parent.mkdir(parents=True, exist_ok=True)
        (client / name).write_bytes(data)
    return files


def test_a_good_client_replaces_the_folder(client: Path, tmp_path: Path) -> None:
    _own(client, "stale.py")
    assert main(["generate", str(SAMPLE_SPEC), "-o", str(client)]) == 0
    assert not (client / "stale.py").exists() and (client / "sample_service_client" / "client.py").is_file()
    assert sorted(p.name for p in client.parent.iterdir()) == ["client"]


def test_the_users_files_survive_a_regeneration(client: Path) -> None:
    files = _user_files(client)
    _own(client, "stale.py")
    assert main(["generate", str(SAMPLE_SPEC), "-o", str(client)]) == 0
    assert {name: (client / name).read_bytes() for name in files} == files
    assert not (client / "stale.py").exists()
    own = own_files(client)
    assert own is not None and "README.md" in own and "sample_service_client/client.py" in own
    assert not set(files) & own  # still not generate's: a third run keeps them too
    assert sorted(p.name for p in client.parent.iterdir()) == ["client"]


def test_a_failed_swap_puts_the_users_files_back(client: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _user_files(client)
    before = _tree_digest(client)
    real_rename = os.rename

    def rename(src: Any, dst: Any) -> None:
        if Path(dst) == client and Path(src).name.endswith(".tmp"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_rename(src, dst)

    monkeypatch.setattr(writer.os, "rename", rename)
    assert main(["generate", str(SAMPLE_SPEC), "-o", str(client), "--package", "other_client"]) == 2
    assert _tree_digest(client) == before
    assert sorted(p.name for p in client.parent.iterdir()) == ["client"]


def test_a_user_file_where_the_new_client_writes_keeps_the_folder(client: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (client / "other_client").mkdir()
    (client / "other_client" / "client.py").write_text("# mine")
    before = _tree_digest(client)
    assert main(["generate", str(SAMPLE_SPEC), "-o", str(client), "--package", "other_client"]) == 1
    assert f"{client / 'other_client'} is not generate's" in capsys.readouterr().err
    assert _tree_digest(client) == before


def test_a_forced_failing_client_is_marked_and_a_good_one_unmarks_it(client: Path, tmp_path: Path) -> None:
    assert main(["generate", str(_failing_spec(tmp_path)), "-o", str(client), "--force"]) == 1
    assert "client-operation-missing" in (client / FAILED).read_text(encoding="utf-8")
    assert "checks: FAILED" in (client / MARKER).read_text(encoding="utf-8")
    assert main(["generate", str(SAMPLE_SPEC), "-o", str(client)]) == 0
    assert not (client / FAILED).exists() and "FAILED" not in (client / MARKER).read_text(encoding="utf-8")


@pytest.mark.parametrize("package", ["../../x", "a/b", "a.b", "1x", "class", "x-y", ""])
def test_a_package_that_is_no_identifier_is_refused_and_nothing_is_written(
        package: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    work = tmp_path / "w" / "v"
    work.mkdir(parents=True)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert main(["generate", str(SAMPLE_SPEC), "-o", str(work / "out"), "--package", package]) == 2
    assert _lines(capsys.readouterr().err) == [f"rst2openapi generate: error: --package {package!r} is not a Python "
                                               "identifier (letters, digits and `_`, not starting with a digit)"]
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_an_output_that_is_a_symbolic_link_is_refused(client: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "link"
    link.symlink_to(client, target_is_directory=True)
    before = _tree_digest(client)
    capsys.readouterr()
    assert main(["generate", str(SAMPLE_SPEC), "-o", str(link)]) == 2
    assert _lines(capsys.readouterr().err) == [
        f"rst2openapi generate: error: cannot write {link}: a symbolic link (give the folder it points to)"]
    assert link.is_symlink() and _tree_digest(client) == before


@pytest.mark.parametrize(("edit", "where"), [
    (lambda op: op.update(responses=5), "/responses: 5 is not an object (status -> response)"),
    (lambda op: op.update(parameters={"a": 1}), "/parameters: {'a': 1} is not a list"),
    (lambda op: op.update(requestBody={"content": {"application/json": {"schema": 3}}}),
     "/requestBody/content/application~1json/schema: 3 is not a schema (an object or a boolean)"),
])
def test_a_spec_of_the_wrong_shape_is_one_line(edit: Any, where: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    spec = load_yaml(SAMPLE_SPEC.read_text(encoding="utf-8"))
    path, item = next(iter(spec["paths"].items()))
    method = next(m for m in item if m in ("get", "post", "put", "delete"))
    edit(item[method])
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(spec), encoding="utf-8")
    assert main(["generate", str(bad), "-o", str(tmp_path / "out")]) == 2
    pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + f"/{method}"
    assert _lines(capsys.readouterr().err) == [
        f"rst2openapi generate: error: {bad} is not an OpenAPI document the client can be generated from: "
        f"{pointer}{where}"]
    assert not (tmp_path / "out").exists()
