"""`rst2openapi lint`: documented examples checked against the schema the docs derive."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from tests.conftest import CORPUS, FIXTURES, SAMPLE

PAGE = "apis_recommended/backup_management/restoring_data_to_a_new_db_instance.rst"


def test_lint_reports_the_restore_page_defects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.json"
    code = main(["lint", str(CORPUS / "gaussdb-opengauss"), "--report", str(report)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    page = Path(os.path.relpath(CORPUS / "gaussdb-opengauss" / "api-ref" / "source" / PAGE)).as_posix()
    mine = [line for line in out if line.startswith(f"{page}:")]  # relative to the working directory: it opens
    assert (Path.cwd() / mine[0].split(":")[0]).is_file()
    port_type = [line for line in mine if "example-wrong-type" in line and "/port: 8000" in line]
    port_excluded = [line for line in mine if "example-forbidden-value" in line and '/port: "8000"' in line]
    assert len(port_type) == 3 and len(port_excluded) == 3  # the three request examples send port 8000
    assert all(f"rule from {PAGE}:112" in line for line in port_type + port_excluded)
    trailing = [line for line in mine if "example-repaired" in line]
    assert trailing and "not valid JSON (trailing-comma)" in trailing[0]
    totals = json.loads(report.read_text())["totals"]
    assert totals["example_defects"]["example-wrong-type"] >= 3
    assert totals["constraints"]["cells_with_recognised_constraint"] > 100


def test_lint_passes_a_clean_tree(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["lint", str(SAMPLE)])
    out = capsys.readouterr()
    assert code == 0, out.out
    assert "example defects: none" in out.err


RESPONSE_PAGE = "querying_a_parcel.rst"


def test_lint_reports_undocumented_response_fields_at_every_level(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`tests/fixtures/lint/querying_a_parcel.rst`: its response example has `id` at the top (the tables declare it
    inside `parcel`), `weight` in `parcel` and `colour` in an item of `parcel.labels`; each is a doc defect with the
    example's file:line, and the build report counts them."""
    code = main(["lint", str(FIXTURES / "lint")])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    undocumented = [line for line in out if "example-undocumented-field" in line]
    page = Path(os.path.relpath(FIXTURES / "lint" / RESPONSE_PAGE)).as_posix()  # relative to the working directory
    assert all(line.startswith(f"{page}:74: warning[example-undocumented-field] response 200 example of "
                               "GET /v3/{project_id}/parcels/{parcel_id} (query_parcel): ") for line in undocumented)
    assert [line.split("): ", 1)[1].split(" documented")[0] for line in undocumented] == [
        "field(s) colour at /parcel/labels/0", "field(s) id at /", "field(s) weight at /parcel"]
    assert f"rule from {RESPONSE_PAGE}:36" in undocumented[1]  # the table that does not declare `id`
    report = tmp_path / "build.json"
    assert main(["build", str(FIXTURES / "lint"), "-o", str(tmp_path / "spec.yaml"), "--report", str(report),
                 "-q", "--fail-on", "never"]) == 0
    assert json.loads(report.read_text())["totals"]["example_defects"]["example-undocumented-field"] == 3


def _here(path: Path) -> str:
    """How lint names `path`: relative to the working directory, so a terminal or an editor opens it."""
    return Path(os.path.relpath(path)).as_posix()


def _sample_with(tmp_path: Path, name: str, data: bytes) -> Path:
    """A copy of the clean sample service with one more page."""
    tree = tmp_path / "docs"
    shutil.copytree(SAMPLE, tree)
    (tree / "api-ref" / "source" / name).write_bytes(data)
    return tree


LATIN1 = ":original_name: notes.html\n\nNotes\n=====\n\nThe caf\xe9 depot opens at 08:00.\n".encode("latin-1")


@pytest.mark.parametrize(("data", "said"), [
    (LATIN1, "6: error[page-unreadable] not UTF-8 text: byte 0xe9 at line 6 (invalid continuation byte)"),
    (b"Notes\n=====\n\n\x89PNG\r\n\x1a\n",
     "4: error[page-unreadable] not UTF-8 text: byte 0x89 at line 4 (invalid start byte)"),
    (b"Notes\n=====\n\nGIF87a\x01\x00\x01\x00\n",
     "4: error[page-unreadable] a NUL byte at line 4: a binary file, not a text page"),
], ids=["latin-1", "binary", "nul"])
def test_lint_fails_on_a_page_it_could_not_read(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes,
                                                said: str) -> None:
    """A latin-1 or binary page was a build error that lint did not list: 'example defects: none', exit 0."""
    docs = _sample_with(tmp_path, "notes.rst", data)
    code = main(["lint", str(docs)])
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"{_here(docs / 'api-ref' / 'source' / 'notes.rst')}:{said}; the page is not "
                                         "read"]
    assert captured.err.rstrip().endswith("example defects: none; pages not read as written: 1 page-unreadable")
    assert code == 1


def test_lint_lists_what_docutils_could_not_read(capsys: pytest.CaptureFixture[str]) -> None:
    """`tests/fixtures/silent`: a broken grid table and two code blocks without a blank line before their content;
    their examples are valid, so only what docutils could not read makes lint fail."""
    code = main(["lint", str(FIXTURES / "silent")])
    out = capsys.readouterr().out.splitlines()
    silent = _here(FIXTURES / "silent")
    assert [line.split(" ", 2)[:2] for line in out] == [
        [f"{silent}/broken_grid_table.rst:43:", "error[table-unparsed]"],
        [f"{silent}/code_block_no_blank_line.rst:56:", "warning[code-block-no-blank-line]"],
        [f"{silent}/code_block_no_blank_line.rst:64:", "warning[code-block-no-blank-line]"],
    ]
    assert code == 1


def test_a_bug_on_one_example_is_an_internal_error_and_the_others_are_checked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.lint as lint
    from tests.corpus.catalogue import built

    spec = built("gaussdb-opengauss").spec  # the session's build (read through the tests' build cache)
    clean = lint.lint_spec(spec)
    check = lint._check

    def broken(target: Any, components: Any) -> Any:
        if target.loc.path == PAGE:
            raise TypeError("lint bug")
        return check(target, components)

    monkeypatch.setattr(lint, "_check", broken)
    found = lint.lint_spec(spec)
    errors = [d for d in found if d.code == "internal-error"]
    assert errors and {d.loc.path for d in errors} == {PAGE}
    assert all(d.message.startswith("lint: request example of POST /v3/{project_id}/instances") or
               d.message.startswith("lint: response ") for d in errors)
    assert "TypeError: lint bug" in errors[0].message
    assert [d for d in found if d.code != "internal-error"] == [d for d in clean if d.loc.path != PAGE]
