"""`rst2openapi report`: several services in sequence, a failing one on the index, the old site kept on failure."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.cli.report import MARKER
from tests.conftest import SAMPLE

BOX = Path(__file__).resolve().parents[1] / "fixtures" / "report" / "box-service"


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_a_site_for_two_services_and_one_that_is_no_docs_tree(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site"
    code = main(["report", str(BOX), str(SAMPLE), str(tmp_path / "missing"), "-o", str(out), "-j", "1"])
    err = capsys.readouterr().err
    assert code == 1  # a DOCS argument that could not be read is a finding; the others are reported
    assert _files(out) == [MARKER, "index.html", "services/box-service.html", "services/sample-service.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "2 services read, 1 could not be read" in index and "missing: no such file or directory" in index
    assert f"rst2openapi: error: {tmp_path / 'missing'}: no such file or directory" in err
    assert f"{out}/index.html: 2 services, 1 not read (site rendered and written in " in err
    assert "Traceback" not in err


def test_a_clean_run_exits_0_and_a_second_run_replaces_the_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert main(["report", str(SAMPLE), "-o", str(out), "-j", "1"]) == 0
    assert main(["report", str(BOX), "-o", str(out), "-j", "1"]) == 0
    assert _files(out) == [MARKER, "index.html", "services/box-service.html"]
    assert sorted(os.listdir(tmp_path)) == ["site"]


def test_a_folder_the_command_did_not_write_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    assert main(["report", str(BOX), "-o", str(out), "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (f"rst2openapi: error: cannot write {out}: is a folder this command did not write "
                           f"(no {MARKER} in it); give an empty or new folder")
    assert _files(out) == ["notes.txt"]


def test_a_failed_write_keeps_the_old_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site"
    assert main(["report", str(SAMPLE), "-o", str(out), "-j", "1"]) == 0
    before = {name: (out / name).read_bytes() for name in _files(out)}

    def full(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)  # the writer's fsync of every file of the site
    capsys.readouterr()
    assert main(["report", str(BOX), "-o", str(out), "-j", "1"]) == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(": No space left on device")
    assert {name: (out / name).read_bytes() for name in _files(out)} == before
    assert sorted(os.listdir(tmp_path)) == ["site"]
