"""The source lock: spec/<service>.source names, for every committed spec, the docs repository and commit it was
built from (the docs' SOURCE file), and `rst2openapi lock` writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.lock import LOCK_DIR, LockEntry, LockError, dump_entry, entry_from_docs, parse_entry, read_lock
from tests.conftest import PROJECT, SHARED

LOCK = PROJECT / LOCK_DIR
HISTORY_LOCK = PROJECT / "tests" / "diff" / "history"


def _docs(root: Path, name: str, source: str | None) -> Path:
    folder = root / name
    (folder / "api-ref" / "source").mkdir(parents=True)
    (folder / "api-ref" / "source" / "index.rst").write_text("Title\n=====\n", encoding="utf-8")
    if source is not None:
        (folder / "SOURCE").write_text(source, encoding="utf-8")
    return folder


def _source(repo: str, commit: str, date: str) -> str:
    return f"repository: {repo}\ncommit: {commit}\ndate: {date}\npart: api-ref/source (*.rst only)\n"


def test_committed_lock_matches_the_docs_source_files(corpus: Path) -> None:
    """Every service of ../shared/corpus is locked at the commit its SOURCE names, each file what
    `rst2openapi lock ../shared/corpus/*` writes."""
    expected = dict(entry_from_docs(folder) for folder in corpus.iterdir() if folder.is_dir())
    assert len(expected) == 30
    locked = read_lock(LOCK)
    stale = {s: (locked.get(s), e) for s, e in expected.items() if locked.get(s) != e}
    assert not stale, f"spec/<service>.source is stale (rst2openapi lock ../shared/corpus/*): {stale}"
    for service, entry in expected.items():
        assert (LOCK / f"{service}.source").read_text(encoding="utf-8") == dump_entry(entry)


def test_lock_lists_exactly_the_committed_specs() -> None:
    """spec/<service>.yaml <-> spec/<service>.source; a spec built from docs inside the project (examples/) has none."""
    specs = {p.stem for p in (PROJECT / "spec").glob("*.yaml")}
    in_project = {p.name for p in (PROJECT / "examples").iterdir() if p.is_dir()}
    assert "sample-service" in specs & in_project
    assert set(read_lock(LOCK)) == specs - in_project


def test_history_lock_matches_the_history_source_files() -> None:
    history = SHARED / "corpus-history"
    expected = {f"{d.parent.name}/{d.name}": entry_from_docs(d)[1] for d in history.glob("*/*") if d.is_dir()}
    assert len(expected) == 4
    assert read_lock(HISTORY_LOCK) == expected


def test_lock_command_adds_and_moves_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lock = tmp_path / "lock"
    # the service is the repository SOURCE names, not the folder's name
    docs = _docs(tmp_path, "copy-of-docs", _source("owner/svc-a", "a" * 40, "2025-01-02"))
    other = _docs(tmp_path, "b", _source("owner/svc-b", "b" * 40, "2025-01-03"))
    assert main(["lock", str(docs), str(other), "--dir", str(lock)]) == 0
    assert read_lock(lock) == {"svc-a": LockEntry("owner/svc-a", "a" * 40, "2025-01-02"),
                               "svc-b": LockEntry("owner/svc-b", "b" * 40, "2025-01-03")}
    (docs / "SOURCE").write_text(_source("owner/svc-a", "c" * 40, "2025-02-01"), encoding="utf-8")
    capsys.readouterr()
    assert main(["lock", str(docs / "api-ref" / "source"), "--dir", str(lock)]) == 0
    assert capsys.readouterr().err.splitlines() == ["rst2openapi lock: 1 services, 1 moved",
                                                    f"  {lock / 'svc-a.source'}: aaaaaaaaaaaa -> cccccccccccc"]
    entries = read_lock(lock)
    assert entries["svc-a"] == LockEntry("owner/svc-a", "c" * 40, "2025-02-01")
    assert entries["svc-b"] == LockEntry("owner/svc-b", "b" * 40, "2025-01-03")  # untouched
    assert sorted(p.name for p in lock.iterdir()) == ["svc-a.source", "svc-b.source"]  # no temporary file left


def test_lock_without_source_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lock = tmp_path / "lock"
    no_source = _docs(tmp_path, "plain", None)
    no_commit = _docs(tmp_path, "half", "repository: owner/x\n")
    for docs, missing in ((no_source, "`repository:`, `commit:`, `date:`"), (no_commit, "`commit:`, `date:`")):
        assert main(["lock", str(docs), "--dir", str(lock)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and missing in err[0] and str(docs) in err[0]
    assert not lock.exists()
    assert main(["lock", str(tmp_path / "nowhere"), "--dir", str(lock)]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_lock_file_round_trip_and_bad_file() -> None:
    entry = LockEntry("o/x", "abc", "2025-01-02")
    assert parse_entry(dump_entry(entry), "x.source") == entry
    with pytest.raises(LockError, match=r"x.source: needs `commit:`"):
        parse_entry("# commit: in a comment does not count\nrepository: o/x\ndate: 2025-01-02\n", "x.source")
