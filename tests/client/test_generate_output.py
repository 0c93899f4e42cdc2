"""`generate -o`: the project is built and checked beside the output folder and swapped in only when it passes.

A client that fails its own checks leaves an existing folder as it was (exit 1, one line saying so); `--force`
writes it anyway; with no earlier folder it is written for inspection. A swap that fails brings the old folder back.
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
    spec = yaml.safe_load(SAMPLE_SPEC.read_text(encoding="utf-8"))
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
    return [line for line in err.splitlines() if line.startswith("rst2openapi:")]


def test_failing_checks_keep_the_existing_folder(client: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = _tree_digest(client)
    capsys.readouterr()
    assert main(["generate", str(_failing_spec(tmp_path)), "-o", str(client)]) == 1
    err = capsys.readouterr().err
    assert "error[client-operation-missing]" in err
    assert _lines(err) == [f"rst2openapi: kept {client} unchanged: the generated client fails its checks "
                           f"({err.count(': error[')} errors); --force writes anyway"]
    assert _tree_digest(client) == before
    assert sorted(p.name for p in client.parent.iterdir()) == ["client"]  # no staging folder left


def test_force_replaces_the_folder_with_the_failing_client(client: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    before = _tree_digest(client)
    assert main(["generate", str(_failing_spec(tmp_path)), "-o", str(client), "--force"]) == 1
    assert _tree_digest(client) != before
    assert _lines(capsys.readouterr().err) == [
        f"rst2openapi: wrote {client} although the generated client fails its checks (--force)"]
    assert sorted(p.name for p in client.parent.iterdir()) == ["client"]


def test_failing_checks_with_no_earlier_folder_write_it_for_inspection(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "new" / "client"
    assert main(["generate", str(_failing_spec(tmp_path)), "-o", str(out)]) == 1
    assert (out / "sample_service_client").is_dir()
    assert _lines(capsys.readouterr().err) == [
        f"rst2openapi: wrote {out} although the generated client fails its checks "
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
    assert _lines(capsys.readouterr().err) == [f"rst2openapi: error: cannot write {client}: No space left on device"]
    assert _tree_digest(client) == before
    assert sorted(p.name for p in client.parent.iterdir()) == ["client"]


def test_a_good_client_replaces_the_folder(client: Path, tmp_path: Path) -> None:
    (client / "stale.py").write_text("# from an earlier generation")
    assert main(["generate", str(SAMPLE_SPEC), "-o", str(client)]) == 0
    assert not (client / "stale.py").exists() and (client / "sample_service_client" / "client.py").is_file()
    assert sorted(p.name for p in client.parent.iterdir()) == ["client"]
