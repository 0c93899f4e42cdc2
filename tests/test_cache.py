"""The build cache (issue 12): a warm or partly warm build gives the bytes of a cold one, and a cache that is corrupt,
from another version, unreadable or unwritable is ignored with a warning, never a wrong result."""

from __future__ import annotations

import ast
import errno
import json
import shutil
from pathlib import Path

import pytest

from generator import cache as cache_module
from generator.cache import KINDS, ROOTS, BuildCache, fingerprint, import_closure, import_statements, stale_folders
from generator.constraints.rules import Cell, Finding
from generator.pipeline import build
from generator.rst.entry import PageEntry
from generator.writer import dump_report, dump_spec
from tests.conftest import SAMPLE


def _bytes(docs: Path, cache: BuildCache | None, jobs: int = 1) -> tuple[str, str]:
    result = build(docs, jobs=jobs, cache=cache)
    return dump_spec(result.spec), dump_report(result.report)


@pytest.fixture(scope="module")
def cold() -> tuple[str, str]:
    return _bytes(SAMPLE, None)


def _entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _page_entries(folder: Path) -> list[Path]:
    """The entries that hold a page (their payload names a `page`), not a cell's findings."""
    return [p for p in _entries(folder) if p.read_bytes().partition(b"\n")[2].startswith(b'{"page"')]


def _ignored(cache: BuildCache) -> list[str]:
    diags = cache.diagnostics()
    assert all(d.code == "cache-ignored" and str(d.severity) == "warning" for d in diags)
    return [d.message for d in diags]


def test_a_warm_build_gives_the_bytes_of_a_cold_one_and_reads_nothing(tmp_path: Path,
                                                                      cold: tuple[str, str]) -> None:
    first = BuildCache(tmp_path)
    assert _bytes(SAMPLE, first) == cold
    assert first.hits == 0 and first.misses > 0 and _entries(tmp_path)
    warm = BuildCache(tmp_path)
    assert _bytes(SAMPLE, warm) == cold
    assert warm.misses == 0 and warm.hits == first.misses
    assert _ignored(warm) == []
    assert _bytes(SAMPLE, BuildCache(tmp_path), jobs=2) == cold


def test_an_edited_page_is_read_anew_and_the_build_is_that_of_the_edited_tree(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SAMPLE, docs)
    folder = tmp_path / "cache"
    _bytes(docs, BuildCache(folder))
    page = next(p for p in sorted(docs.rglob("*.rst")) if "Maximum" in p.read_text() or "maximum" in p.read_text())
    text = page.read_text()
    page.write_text(text.replace("aximum", "aximal", 1))
    warm = BuildCache(folder)
    assert _bytes(docs, warm) == _bytes(docs, None)
    pages = len(list(docs.rglob("*.rst")))
    assert 1 <= warm.misses and warm.hits >= pages - 1  # the edited page (and its changed cells) only


def test_the_same_bytes_under_another_path_are_another_entry(tmp_path: Path) -> None:
    cache = BuildCache(tmp_path)
    assert cache.page_key("a.rst", b"x") != cache.page_key("b.rst", b"x")
    other = BuildCache(tmp_path, fingerprints={kind: "other" for kind in KINDS})
    assert cache.page_key("a.rst", b"x") != other.page_key("a.rst", b"x")
    assert cache.page_key("a.rst", b"x") == BuildCache(tmp_path).page_key("a.rst", b"x")


# an edit of a module -> whether each kind's fingerprint changes
_EDITS = {
    "rst/reader.py": {"page": True, "cell": False},
    "model.py": {"page": True, "cell": False},  # what a page entry decodes into
    "constraints/rules/length.py": {"page": False, "cell": True},
    "constraints/rules/__init__.py": {"page": False, "cell": True},  # the table and `run_rules`
    "cache.py": {"page": True, "cell": True},  # the entry format
    "openapi/builder.py": {"page": False, "cell": False},  # later stages: no entry is their result
    "constraints/engine.py": {"page": False, "cell": False},
    "operations/rows.py": {"page": False, "cell": False},
}


def test_a_kinds_fingerprint_changes_with_the_source_it_is_the_result_of(monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path: Path) -> None:
    package = tmp_path / "generator"
    shutil.copytree(Path(cache_module.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "__file__", str(package / "cache.py"))
    changed = {}
    try:
        for edit in _EDITS:
            cache_module.fingerprint.cache_clear()
            before = {kind: fingerprint(kind) for kind in KINDS}
            cache_module.fingerprint.cache_clear()
            (package / edit).write_text((package / edit).read_text() + "\n# changed\n")
            changed[edit] = {kind: fingerprint(kind) != before[kind] for kind in KINDS}
    finally:
        cache_module.fingerprint.cache_clear()
    assert changed == _EDITS


def test_an_edit_of_a_rule_keeps_every_page_entry_and_the_bytes(tmp_path: Path, cold: tuple[str, str]) -> None:
    first = BuildCache(tmp_path)
    assert _bytes(SAMPLE, first) == cold
    pages = len(_page_entries(tmp_path))
    after_a_rule_edit = BuildCache(tmp_path, fingerprints={"page": fingerprint("page"), "cell": "0" * 32})
    assert _bytes(SAMPLE, after_a_rule_edit) == cold
    assert after_a_rule_edit.hits == pages  # every page warm, every cell run anew
    assert after_a_rule_edit.misses == first.misses - pages
    assert stale_folders(tmp_path) == [tmp_path / f"cell-{'0' * 32}"]


def test_stale_folders_are_those_of_another_fingerprint_or_format(tmp_path: Path) -> None:
    current = [tmp_path / f"{kind}-{fingerprint(kind)}" for kind in KINDS]
    stale = [tmp_path / f"page-{'a' * 32}", tmp_path / f"cell-{'b' * 32}", tmp_path / ("c" * 32)]  # the last: format 1
    other = [tmp_path / "notes", tmp_path / f"page-{'a' * 31}"]
    for folder in (*current, *stale, *other):
        folder.mkdir()
    (tmp_path / ("d" * 32)).write_text("a file, not a folder")
    assert stale_folders(tmp_path) == sorted(stale)
    assert stale_folders(tmp_path / "none") == []


def test_the_closure_follows_imports_by_name_relative_and_in_functions(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    package = tmp_path / "generator"
    files = {
        "__init__.py": "",
        "cache.py": "",
        "a.py": "from .b import x\n",
        "b.py": "x = 1\n",
        "c/__init__.py": "",
        "c/d.py": "import json\nfrom ..a import y\nfrom . import e\n\ndef f():\n    import generator.g\n",
        "c/e.py": "",
        "g.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from generator.h import z\n",
        "h.py": "",
        "unused.py": "",
    }
    for rel, text in files.items():
        (package / rel).parent.mkdir(parents=True, exist_ok=True)
        (package / rel).write_text(text)
    monkeypatch.setattr(cache_module, "__file__", str(package / "cache.py"))
    got = {path.relative_to(package).as_posix() for path in import_closure("generator.c.d")}
    assert got == {"__init__.py", "c/__init__.py", "c/d.py", "a.py", "b.py", "c/e.py", "g.py", "h.py"}


def _described(nodes: list[ast.Import | ast.ImportFrom]) -> set[tuple[str | None, int, tuple[str, ...]]]:
    return {(getattr(n, "module", None), getattr(n, "level", 0), tuple(a.name for a in n.names)) for n in nodes}


@pytest.mark.parametrize("source", [
    "import a.b as c, d; import e\nfrom f import (g,\n    h)  # (x)\n",
    "def f():\n    from .i import j\n\n\nif TYPE_CHECKING:\n    from ..k import l\n",
    'TEXT = """\nimport this is not code\n"""\nimport m\n',  # the scan breaks: the whole file is parsed
    "from n import (  # note (1)\n    o)\nfrom p import q, \\\n    r\n",
])
def test_the_import_scan_finds_what_the_parser_finds(source: str) -> None:
    everything = [n for n in ast.walk(ast.parse(source)) if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert _described(import_statements(source.encode())) >= _described(everything) != set()


def test_the_import_scan_finds_every_import_of_the_package() -> None:
    package = Path(cache_module.__file__).parent
    for file in sorted(package.rglob("*.py")):
        source = file.read_bytes()
        everything = [n for n in ast.walk(ast.parse(source)) if isinstance(n, (ast.Import, ast.ImportFrom))]
        assert _described(import_statements(source)) >= _described(everything), file


_IMPORTED = """
import sys
from pathlib import Path
{run}
print("\\n".join(sorted(m for m in sys.modules if m == "generator" or m.startswith("generator."))))
"""


@pytest.mark.parametrize(("kind", "run"), [
    ("page", "from generator.rst.entry import read_page_bytes\n"
             "for page in sorted(Path({sample!r}).rglob('*.rst')):\n"
             "    read_page_bytes(page.name, page.read_bytes())\n"
             "read_page_bytes('x.rst', b'\\xff')\n"),
    ("cell", "from generator.constraints.rules import Cell, run_rules\n"
             "run_rules(Cell('port', 'integer', 'Port. Value range: 1 to 65535. Default value: **80**. Unit: second. "
             "Mandatory when **type** is **A**. The value can be **A** or **B**. Deprecated. '\n"
             "               'Only letters, digits and hyphens (-) are allowed. Format: yyyy-MM-ddTHH:mm:ssZ.', "
             "('type',)))\n"),
])
def test_what_reading_and_the_rules_run_is_in_their_fingerprint(kind: str, run: str) -> None:
    """Run in a fresh interpreter, reading every page of the sample service (or the rules on a cell) imports no module
    of the package outside the closure its kind's fingerprint hashes: an import the closure missed would let an edit
    of that module keep entries it changes."""
    import subprocess
    import sys

    code = _IMPORTED.format(run=run.format(sample=str(SAMPLE)))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(cache_module.__file__).parents[1])
    imported = set(done.stdout.split())
    package = Path(cache_module.__file__).resolve().parent
    hashed = {".".join(("generator", *f.relative_to(package).with_suffix("").parts)).removesuffix(".__init__")
              for f in import_closure(ROOTS[kind])}
    assert ROOTS[kind] in imported
    assert imported <= hashed, imported - hashed


def _warm(tmp_path: Path) -> Path:
    folder = tmp_path / "cache"
    _bytes(SAMPLE, BuildCache(folder))
    return folder


def _damage_payload(entry: Path) -> None:
    data = bytearray(entry.read_bytes())
    data[-5] ^= 0x01
    entry.write_bytes(bytes(data))


def _truncate(entry: Path) -> None:
    entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) // 2])


def _no_header(entry: Path) -> None:
    entry.write_bytes(b"garbage")


def _other_version(entry: Path) -> None:
    header, _, payload = entry.read_bytes().partition(b"\n")
    fields = header.split(b" ")
    fields[2] = b"0" * len(fields[2])
    entry.write_bytes(b" ".join(fields) + b"\n" + payload)


def _another_key(entry: Path) -> None:
    other = next(p for p in _page_entries(entry.parents[1]) if p != entry)
    entry.write_bytes(other.read_bytes())


def _wrong_shape(entry: Path) -> None:
    """A payload of another shape under a correct header and hash: what someone writing into a shared cache folder
    could do. It is decoded into the page types, not run, and refused."""
    import hashlib

    header, _, _ = entry.read_bytes().partition(b"\n")
    payload = json.dumps({"page": {"path": 5}, "failure": None, "diagnostics": []}).encode()
    fields = header.split(b" ")
    fields[4] = hashlib.sha256(payload).hexdigest().encode()
    entry.write_bytes(b" ".join(fields) + b"\n" + payload)


def _a_folder(entry: Path) -> None:
    entry.unlink()
    entry.mkdir()


@pytest.mark.parametrize(("damage", "why"), [
    (_damage_payload, "corrupt (its content does not match its hash)"),
    (_truncate, "corrupt"),
    (_no_header, "corrupt (no entry header)"),
    (_other_version, "from another version of the tool"),
    (_another_key, "corrupt (holds another key)"),
    (_wrong_shape, "not a page entry"),
    (_a_folder, "unreadable"),  # and it cannot be written over: a second warning
])
def test_a_bad_entry_is_ignored_with_a_warning_and_the_page_read_anew(damage: object, why: str, tmp_path: Path,
                                                                     cold: tuple[str, str]) -> None:
    folder = _warm(tmp_path)
    entries = _page_entries(folder)
    assert callable(damage)
    damage(entries[0])
    cache = BuildCache(folder)
    assert _bytes(SAMPLE, cache) == cold
    messages = _ignored(cache)
    assert len(messages) == (2 if damage is _a_folder else 1), messages
    assert any(why in m and m.startswith("a cache entry ignored") for m in messages), messages
    assert cache.misses >= 1


def test_every_entry_damaged_is_one_warning_with_the_count(tmp_path: Path, cold: tuple[str, str]) -> None:
    folder = _warm(tmp_path)
    entries = _entries(folder)
    for entry in entries:
        _damage_payload(entry)
    cache = BuildCache(folder)
    assert _bytes(SAMPLE, cache) == cold
    assert _ignored(cache) == [
        f"{len(entries)} cache entries ignored, corrupt (its content does not match its hash): first "
        f"{_ignored(cache)[0].split('first ')[1].split(';')[0]}; read anew, the output is the same"]


def test_a_cache_folder_that_cannot_be_created_is_a_warning(tmp_path: Path, cold: tuple[str, str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = BuildCache(blocker / "cache")
    assert _bytes(SAMPLE, cache) == cold
    [message] = _ignored(cache)
    assert "could not be written" in message and "writes nothing more" in message


def test_a_full_disk_stops_the_cache_writing_and_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  cold: tuple[str, str]) -> None:
    calls: list[Path] = []

    def full(path: Path, data: bytes) -> None:
        calls.append(path)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache_module, "write_cache_file", full)
    cache = BuildCache(tmp_path)
    assert _bytes(SAMPLE, cache) == cold
    assert len(calls) == 1  # tried once, then no more
    [message] = _ignored(cache)
    assert "could not be written (No space left on device)" in message


def test_a_read_only_cache_is_read_but_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   cold: tuple[str, str]) -> None:
    folder = _warm(tmp_path)
    (folder / "new").mkdir()

    def read_only(path: Path, data: bytes) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(cache_module, "write_cache_file", read_only)
    cache = BuildCache(folder)
    assert _bytes(SAMPLE, cache) == cold
    assert cache.misses == 0 and _ignored(cache) == []  # everything was there: nothing to write, nothing to say


def test_findings_are_stored_only_when_they_come_back_exactly(tmp_path: Path) -> None:
    cache = BuildCache(tmp_path)
    cell = Cell(name="port", kind="integer", text="Value range: 1 to 9.")
    exact = [Finding("minimum", 1, "Value range: 1 to 9."), Finding("enum", ["a", "b"], "x")]
    cache.put_findings(cell, exact)
    assert BuildCache(tmp_path).get_findings(cell) == exact
    other = Cell(name="ports", kind="integer", text="Value range: 1 to 9.")
    cache.put_findings(other, [Finding("enum", ("a", "b"), "a tuple comes back a list")])
    assert BuildCache(tmp_path).get_findings(other) is None


def test_a_page_entry_is_json_behind_a_header(tmp_path: Path) -> None:
    folder = _warm(tmp_path)
    entry = _page_entries(folder)[0]
    header, _, payload = entry.read_bytes().partition(b"\n")
    assert header.startswith(b"rst2openapi-cache 2 ")
    assert entry.parents[1].name == f"page-{fingerprint('page')}"
    assert set(json.loads(payload)) == {"page", "failure", "diagnostics"}
    assert isinstance(BuildCache(folder).get_page(entry.name), PageEntry)


def _tree(folder: Path, pages: dict[str, str]) -> Path:
    for rel, text in pages.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text)
    return folder


def test_what_a_page_points_to_or_includes_is_not_part_of_its_reading(tmp_path: Path) -> None:
    """The cache keys a page by its own bytes: that is complete only while reading depends on nothing else. A
    change to a shared page that other pages point to (the error body their error responses refer to) or to a file a
    page `.. include::`s must show in a warm build as in a cold one (links are made after reading; includes are not
    read), and the pages pointing to it still come from the cache."""
    docs = tmp_path / "docs"
    shutil.copytree(SAMPLE, docs)
    source = docs / "api-ref" / "source"
    folder = tmp_path / "cache"
    first = _bytes(docs, BuildCache(folder))
    status = source / "appendix" / "abnormal_request_results.rst"
    status.write_text(status.read_text().replace("Error code returned when", "Error code RETURNED when"))
    (source / "shared.txt").write_text("Shared text.\n")
    page = source / "apis" / "widget_management" / "deleting_a_widget.rst"
    page.write_text(page.read_text() + "\n.. include:: shared.txt\n")
    warm = BuildCache(folder)
    second = _bytes(docs, warm)
    assert second == _bytes(docs, None)
    assert second != first and "Error code RETURNED when" in second[0]
    assert warm.hits >= len(list(source.rglob("*.rst"))) - 2
    (source / "shared.txt").write_text("Other text.\n")
    assert _bytes(docs, BuildCache(folder)) == _bytes(docs, None) == second


@pytest.mark.corpus  # a real service, three builds: the quick loop keeps the fixture tree's cold, warm, edited ones
def test_a_real_service_warm_gives_the_bytes_of_a_cold_build(corpus: Path, tmp_path: Path) -> None:
    docs = corpus / "gaussdb-opengauss"
    cold = _bytes(docs, None, jobs=2)
    assert _bytes(docs, BuildCache(tmp_path), jobs=2) == cold
    warm = BuildCache(tmp_path)
    assert _bytes(docs, warm, jobs=2) == cold
    assert warm.misses == 0 and warm.hits > 0
