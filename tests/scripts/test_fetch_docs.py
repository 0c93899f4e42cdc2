"""scripts/fetch_docs.py on a docs repository made here (a local git remote: no network): the locked commit's `*.rst`
pages land where the tests read them, with a SOURCE file; `--head` takes the newest commit; `--matrix` lists."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.lock import LockEntry, dump_entry
from generator.pipeline import docs_source
from tests.conftest import PROJECT

SCRIPT = PROJECT / "scripts" / "fetch_docs.py"


def _git(repo: Path, *args: str) -> str:
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_COMMITTER_DATE": "2025-03-04T05:06:07Z",
           "GIT_AUTHOR_DATE": "2025-03-04T05:06:07Z", "PATH": "/usr/bin:/bin", "HOME": str(repo)}
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture()
def remote(tmp_path: Path) -> tuple[Path, str, str]:
    """A docs repository `owner/svc` under tmp/remote/ with two commits; (remote prefix, old commit, new commit)."""
    work = tmp_path / "work"
    pages = work / "api-ref" / "source" / "apis"
    pages.mkdir(parents=True)
    _git(work, "init", "-q", "-b", "main")
    (pages / "page.rst").write_text("Old Page\n========\n", encoding="utf-8")
    (pages / "figure.png").write_bytes(b"\x89PNG")
    (pages.parent / "index.rst").write_text("Index\n=====\n", encoding="utf-8")
    (work / "README.rst").write_text("not part of the API reference\n", encoding="utf-8")
    _git(work, "add", "-A")
    _git(work, "commit", "-q", "-m", "old")
    old = _git(work, "rev-parse", "HEAD")
    (pages / "page.rst").write_text("New Page\n========\n", encoding="utf-8")
    _git(work, "commit", "-q", "-am", "new")
    new = _git(work, "rev-parse", "HEAD")
    bare = tmp_path / "remote" / "owner" / "svc.git"
    bare.parent.mkdir(parents=True)
    _git(tmp_path, "clone", "-q", "--bare", str(work), str(bare))
    return tmp_path / "remote", old, new


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], cwd=PROJECT, capture_output=True, text=True,
                          check=False)


def _lock(tmp_path: Path, commit: str) -> Path:
    lock = tmp_path / "lock"
    lock.mkdir(exist_ok=True)
    (lock / "svc.source").write_text(dump_entry(LockEntry("owner/svc", commit, "2025-01-01")), encoding="utf-8")
    return lock


def test_fetches_the_locked_commit_into_the_test_layout(tmp_path: Path, remote: tuple[Path, str, str]) -> None:
    prefix, old, _ = remote
    dest = tmp_path / "corpus"
    (dest / "svc" / "stale.rst").parent.mkdir(parents=True)
    (dest / "svc" / "stale.rst").write_text("left from before\n", encoding="utf-8")
    result = _run("--lock", str(_lock(tmp_path, old)), "--dest", str(dest), "--remote", f"file://{prefix}/")
    assert result.returncode == 0, result.stderr
    files = sorted(p.relative_to(dest / "svc").as_posix() for p in (dest / "svc").rglob("*") if p.is_file())
    # only the pages: no figure, no README, no file left from before
    assert files == ["SOURCE", "api-ref/source/apis/page.rst", "api-ref/source/index.rst"]
    assert (dest / "svc" / "api-ref" / "source" / "apis" / "page.rst").read_text(encoding="utf-8").startswith("Old")
    assert docs_source(dest / "svc") == {"repository": "owner/svc", "commit": old, "date": "2025-01-01",
                                         "part": "api-ref/source (*.rst only)"}


def test_head_fetches_the_newest_commit_with_its_date(tmp_path: Path, remote: tuple[Path, str, str]) -> None:
    prefix, old, new = remote
    dest = tmp_path / "corpus"
    result = _run("svc", "--head", "--lock", str(_lock(tmp_path, old)), "--dest", str(dest),
                  "--remote", f"file://{prefix}/")
    assert result.returncode == 0, result.stderr
    assert (dest / "svc" / "api-ref" / "source" / "apis" / "page.rst").read_text(encoding="utf-8").startswith("New")
    source = docs_source(dest / "svc")
    assert (source["commit"], source["date"]) == (new, "2025-03-04")


def test_unknown_commit_or_service_fails_clearly(tmp_path: Path, remote: tuple[Path, str, str]) -> None:
    prefix, _, _ = remote
    lock = _lock(tmp_path, "0" * 40)
    result = _run("--lock", str(lock), "--dest", str(tmp_path / "corpus"), "--remote", f"file://{prefix}/")
    assert result.returncode == 1
    assert result.stderr.startswith(f"fetch_docs: error: svc: cannot fetch owner/svc at {'0' * 40}: fatal:")
    result = _run("nosuch", "--lock", str(lock), "--dest", str(tmp_path / "corpus"))
    assert result.returncode == 2 and result.stderr.strip() == f"fetch_docs: error: no lock in {lock} for nosuch"


def test_matrix_lists_the_committed_lock() -> None:
    result = _run("--matrix")
    assert result.returncode == 0, result.stderr
    services = json.loads(result.stdout)
    assert len(services) == 30 and "gaussdb-opengauss" in services and services == sorted(services)
    result = _run("--matrix", "taurusdb", "cloud-eye")
    assert (result.returncode, json.loads(result.stdout)) == (0, ["cloud-eye", "taurusdb"])
    result = _run("--matrix", "gdocs")  # a dispatch naming no locked service fails before any job starts
    assert result.returncode == 2 and "gdocs" in result.stderr
