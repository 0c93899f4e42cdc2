"""The stages, chained: read every page -> operations -> OpenAPI dict, plus the report. Writes nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from generator.constraints.engine import apply_constraints
from generator.diagnostics import CODES, Diagnostic, Loc, internal_error
from generator.lint import DEFECT_CODES, lint_spec
from generator.model import PageResult, RawPage
from generator.openapi.builder import BuildOptions, build_openapi
from generator.operations import ServiceModel, build_service
from generator.rst.parse import PageRefused, parse_page
from generator.rst.reader import read_page
from generator.writer import spec_value_problems

__all__ = ["BuildResult", "DocsError", "build", "docs_root", "list_pages", "read_docs"]


class DocsError(Exception):
    """The DOCS argument is not a docs tree."""


@dataclass(frozen=True)
class BuildResult:
    root: Path
    spec: dict[str, Any]
    model: ServiceModel
    pages: tuple[RawPage, ...]
    diagnostics: tuple[Diagnostic, ...]
    report: dict[str, Any]


def docs_root(docs: Path) -> Path:
    """`DOCS` may be a docs repository root or its `api-ref/source` folder."""
    if not docs.exists():
        raise DocsError(f"{docs}: no such file or directory")
    if docs.is_file():
        raise DocsError(f"{docs}: expected a folder of .rst pages")
    for cand in (docs / "api-ref" / "source", docs / "source", docs):
        if cand.is_dir() and any(cand.rglob("*.rst")):
            return cand
    raise DocsError(f"{docs}: no .rst pages found (looked in api-ref/source, source and the folder itself)")


def list_pages(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.rst") if p.is_file())


class _Unreadable(Exception):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def _read_text(file: Path) -> str:
    """A page's text. Raises `_Unreadable` (with the line of the first bad byte) for a page that is not UTF-8 text:
    latin-1 or another encoding, or a binary file (a NUL byte, which no text page holds)."""
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise _Unreadable(str(exc), 1) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _Unreadable(f"not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line} ({exc.reason}); "
                          "the page is not read", line) from exc
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise _Unreadable(f"a NUL byte at line {line}: a binary file, not a text page; the page is not read", line)
    return text


_Read = tuple[RawPage | None, PageResult | None, list[Diagnostic]]


def _read_one(root: Path, file: Path) -> _Read:
    """One page: the page and its diagnostics, or the reason it failed. Runs in a worker process with --jobs."""
    rel = file.relative_to(root).as_posix()
    try:
        text = _read_text(file)
    except _Unreadable as exc:
        return None, PageResult(path=rel, status="failed", reason=f"unreadable: {exc}"), [
            Diagnostic(Loc(rel, exc.line), "page-unreadable", CODES["page-unreadable"][0], str(exc))]
    try:
        parsed = parse_page(text, rel)
        page, diags = read_page(parsed.doc, rel, text, parsed.messages)
    except PageRefused as exc:  # docutils would read nothing of the page (a line past its length limit)
        return None, PageResult(path=rel, status="failed", reason=f"unreadable: {exc}"), [
            Diagnostic(Loc(rel, exc.line), "page-unreadable", CODES["page-unreadable"][0], str(exc))]
    except Exception as exc:  # the parser never halts on doc text (halt_level 5): this is a bug of the reader
        line = getattr(exc, "line", None)
        error = internal_error(Loc(rel, line if isinstance(line, int) and line > 0 else 1), "read", "page", exc)
        return None, PageResult(path=rel, status="failed", reason=error.message), [error]
    return page, None, list(diags)


def _read_all(root: Path, files: Sequence[Path], jobs: int) -> list[_Read]:
    """Every page in `files` order: in this process, or spread over `jobs` worker processes (same result, same
    order; a pool that cannot start falls back to this process)."""
    if jobs <= 1 or len(files) < 2 * jobs:
        return [_read_one(root, f) for f in files]
    try:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            return list(pool.map(partial(_read_one, root), files, chunksize=max(1, len(files) // (jobs * 8))))
    except (OSError, BrokenProcessPool):
        return [_read_one(root, f) for f in files]


def read_docs(root: Path, jobs: int = 1) -> tuple[list[RawPage], list[PageResult], list[Diagnostic]]:
    pages: list[RawPage] = []
    failed: list[PageResult] = []
    diagnostics: list[Diagnostic] = []
    for page, failure, diags in _read_all(root, list_pages(root), jobs):
        if page is not None:
            pages.append(page)
        if failure is not None:
            failed.append(failure)
        diagnostics.extend(diags)
    return pages, failed, diagnostics


def _report(root: Path, spec: dict[str, Any], model: ServiceModel, pages: Sequence[RawPage],
            diagnostics: Sequence[Diagnostic]) -> dict[str, Any]:
    results = model.pages
    spec_ops = sum(len(v) for v in spec.get("paths", {}).values())
    totals: dict[str, Any] = {
        "pages": len(results),
        "operation_pages": sum(1 for r in results if r.status == "operation"),
        "non_operation_pages": sum(1 for r in results if r.status == "non-operation"),
        "failed_pages": sum(1 for r in results if r.status == "failed"),
        "pages_stating_uri": sum(1 for p in pages if p.states_uri),
        "operations": sum(len(r.operations) for r in results),
        "spec_operations": spec_ops,
        "schemas": len(spec.get("components", {}).get("schemas", {})),
        "parameter_rows": sum(r.parameter_rows for r in results),
        "rows_as_properties": sum(r.rows_as_properties for r in results),
        "rows_as_diagnostics": sum(r.rows_as_diagnostics for r in results),
        "diagnostics": len(diagnostics),
        "internal_errors": sum(1 for d in diagnostics if d.code == "internal-error"),  # bugs of the tool, left out
        "diagnostics_by_severity": dict(sorted(Counter(str(d.severity) for d in diagnostics).items())),
        "diagnostics_by_code": dict(sorted(Counter(d.code for d in diagnostics).items())),
    }
    page_entries = [
        {
            "path": r.path,
            "status": r.status,
            **({"reason": r.reason} if r.reason else {}),
            "operations": [f"{o.method} {o.path}" for o in r.operations],
            "parameter_rows": r.parameter_rows,
            "rows_as_properties": r.rows_as_properties,
            "rows_as_diagnostics": r.rows_as_diagnostics,
        }
        for r in results
    ]
    return {
        "docs_root": root.name if root.name != "source" else root.parent.parent.name,
        "totals": totals,
        "pages": page_entries,
        "diagnostics": [
            {"path": d.loc.path, "line": d.loc.line, "severity": str(d.severity), "code": d.code,
             "message": d.message}
            for d in diagnostics
        ],
    }


DEFECT_KINDS = ("example-invalid", "example-repaired", *DEFECT_CODES)
# What the build could not read as written: a page, a table, a code block or other markup. `lint` lists these with
# the example defects and fails on them too: what was not read was not checked.
READ_DEFECT_KINDS = ("page-unreadable", "internal-error", "table-unparsed", "rst-error", "code-block-no-blank-line",
                     "literal-no-blank-line")
LINT_KINDS = (*READ_DEFECT_KINDS, *DEFECT_KINDS)


def example_defects(diagnostics: Sequence[Diagnostic]) -> dict[str, int]:
    """Doc defects in examples, by kind: not JSON, repaired JSON, and each way an example breaks its schema."""
    counts = Counter(d.code for d in diagnostics if d.code in DEFECT_KINDS)
    return {k: counts.get(k, 0) for k in DEFECT_KINDS}


def _repository_root(root: Path) -> Path:
    if root.name == "source" and root.parent.name == "api-ref":
        return root.parent.parent
    if root.name == "source":
        return root.parent
    return root


def docs_source(root: Path) -> dict[str, str]:
    """The docs tree's `SOURCE` file (`repository: owner/name`, `commit: ...`, `date: ...`) at the repository root,
    as keys and values; empty when there is none or it cannot be read."""
    path = _repository_root(root) / "SOURCE"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    pairs = (line.split(":", 1) for line in text.splitlines() if ":" in line)
    return {key.strip().lower(): value.strip() for key, value in pairs if key.strip()}


def service_name(root: Path) -> str:
    """The service: the repository its `SOURCE` names (`opentelekomcloud-docs/gaussdb-opengauss`), so a copy of the
    docs in a folder of another name builds the same spec; without one, the folder's name."""
    repository = docs_source(root).get("repository", "").rstrip("/")
    name = repository.rsplit("/", 1)[-1].strip()
    return name or _repository_root(root).name


def _no_operation(root: Path, spec: dict[str, Any], pages: int) -> list[Diagnostic]:
    """An error when the whole tree yields no operation: an empty `paths` must not pass for a good spec."""
    if spec.get("paths"):
        return []
    index = "index.rst" if (root / "index.rst").is_file() else list_pages(root)[0].relative_to(root).as_posix()
    message = (f"{pages} pages read and none states a METHOD+path: the spec has no operation "
               f"(is `{service_name(root)}` an API reference?)")
    return [Diagnostic(Loc(index, 1), "service-no-operation", CODES["service-no-operation"][0], message)]


def build(docs: Path, title: str | None = None, version: str | None = None, jobs: int = 1) -> BuildResult:
    """The whole chain for one docs tree; `jobs` > 1 reads the pages in that many worker processes (the result is
    the same, byte for byte)."""
    root = docs_root(docs)
    pages, failed, read_diags = read_docs(root, jobs)
    model, constraint_diags, stats = apply_constraints(build_service(pages, failed))
    name = title or service_name(root)
    hosts = [h for p in pages for h in p.hosts]
    source = docs_source(root)
    spec, build_diags = build_openapi(model, BuildOptions(title=name, version=version,
                                                          repository=source.get("repository", "").strip("/"),
                                                          commit=source.get("commit", "")), hosts)
    lint_diags = lint_spec(spec)
    service_diags = [*_no_operation(root, spec, len(pages) + len(failed)), *spec_value_problems(spec)]
    diagnostics = sorted({*read_diags, *model.diagnostics, *constraint_diags, *build_diags, *lint_diags,
                          *service_diags},
                         key=lambda d: (d.loc.path, d.loc.line, d.code, d.message))
    report = _report(root, spec, model, pages, diagnostics)
    report["totals"]["constraints"] = stats.as_dict()
    report["totals"]["example_defects"] = example_defects(diagnostics)
    return BuildResult(root=root, spec=spec, model=model, pages=tuple(pages), diagnostics=tuple(diagnostics),
                       report=report)
