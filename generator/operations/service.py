"""A whole docs tree -> ServiceModel: every page built (or the reason it is no operation page), the shared error
schema, whether the service uses an auth token, the titles of its section pages, and the diagnostics sorted and
unique."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import PurePosixPath

from generator.diagnostics import Diagnostic, Loc, internal_error
from generator.model import PageResult, Property, RawPage, RawStatus, Schema
from generator.operations.linking import LabelIndex
from generator.operations.page import build_page
from generator.operations.request_line import normalise_request_lines, placeholder_words, signature_scheme
from generator.operations.rows import RowTyper
from generator.operations.state import diag
from generator.rst.types import parse_mandatory

__all__ = ["ServiceModel", "build_service"]


@dataclass(frozen=True)
class ServiceModel:
    """Every page of one docs tree (operations or why not), the shared error body, and the build's diagnostics."""

    pages: tuple[PageResult, ...]
    error_schema: Schema | None
    uses_auth_token: bool
    diagnostics: tuple[Diagnostic, ...]
    # folder -> title of the page that introduces it (`<folder>/index.rst` or `<folder>.rst`), sorted by folder
    sections: tuple[tuple[str, str], ...] = ()
    # the 4xx/5xx statuses the service's status-code and error-code pages list (code, description, where), by code
    error_statuses: tuple[RawStatus, ...] = ()
    # the newest release date of the docs' change history (`2024-11-20`) and where it is written, if they have one
    release: tuple[str, Loc] | None = None


def _error_schema(pages: Iterable[RawPage]) -> Schema | None:
    """The common error body (`error_code`, `error_msg`) from the page that documents it, if any."""
    for page in sorted(pages, key=lambda p: p.path):
        if not page.error_body_page:
            continue
        for t in page.tables:
            names = {r.name for r in t.rows}
            if t.kind == "param" and {"error_code", "error_msg"} <= names:
                props = tuple(
                    Property(name=r.name, required=parse_mandatory(r.mandatory_text or "")[0] is True,
                             schema=Schema(kind="string", loc=r.loc,
                                                                       description=r.description, name_hint=r.name),
                             loc=r.loc)
                    for r in t.rows if r.name in ("error_code", "error_msg")
                )
                return Schema(kind="object", loc=t.loc, description=t.title, properties=props, name_hint="Error",
                              table=t.loc, table_title=t.title)
    return None


_HTTP_CODES = re.compile(r"([1-5]\d\d)((?:\s*/\s*[1-5]\d\d)*)(?:\s+(.*))?", re.DOTALL)


def _http_codes(cell: str) -> tuple[list[str], str]:
    """The HTTP status codes a status cell states (`400`, `400 Bad Request`, `400/403`) and its reason text."""
    m = _HTTP_CODES.fullmatch(cell.strip())
    if not m:
        return [], ""
    return [m.group(1), *re.findall(r"\d{3}", m.group(2))], (m.group(3) or "").strip()


def _error_statuses(pages: Iterable[RawPage]) -> tuple[RawStatus, ...]:
    """The error statuses (400-599) the service documents for all its operations: the rows of the status tables of
    pages that are no operation page. A page listing each code once is a status-code page (`400 | Bad Request |
    Invalid request.`): its row describes the code. A page listing a code on several rows is an error-code page
    (one row per error code of a status): it adds the codes it names, described by their HTTP reason phrase and the
    page's title. The first status-code page (in path order) that lists a code describes it."""
    described: dict[str, RawStatus] = {}
    named: dict[str, RawStatus] = {}
    for page in sorted(pages, key=lambda p: p.path):
        if page.uris or not page.statuses:
            continue
        rows = [(codes, reason, s) for s in page.statuses for codes, reason in [_http_codes(s.code)] if codes]
        seen = [c for codes, _r, _s in rows for c in codes]
        listing = len(seen) == len(set(seen))
        for codes, reason, status in rows:
            for code in codes:
                if not 400 <= int(code) <= 599:
                    continue
                if listing:
                    text = "\n\n".join(t for t in (reason, status.description.strip()) if t)
                    described.setdefault(code, RawStatus(status.loc, code, text or _phrase(code)))
                else:
                    named.setdefault(code, RawStatus(status.loc, code, f"{_phrase(code)} (see {page.title})"))
    merged = {**named, **described}
    return tuple(merged[c] for c in sorted(merged))


def _phrase(code: str) -> str:
    try:
        return HTTPStatus(int(code)).phrase
    except ValueError:
        return "Error"


def _sections(pages: Iterable[RawPage]) -> tuple[tuple[str, str], ...]:
    """The section page of each folder: `apis/batch_operations/index.rst` or `apis/batch_operations.rst`, titled
    "Batch Operations". A folder's own index page wins over a sibling page of the same name."""
    folders = {str(PurePosixPath(p.path).parent) for p in pages}
    out: dict[str, str] = {}
    for page in sorted(pages, key=lambda p: (PurePosixPath(p.path).name != "index.rst", p.path)):
        path = PurePosixPath(page.path)
        folder = str(path.parent) if path.name == "index.rst" else str(path.with_suffix(""))
        if folder in folders and folder != "." and page.title.strip():
            out.setdefault(folder, page.title.strip())
    return tuple(sorted(out.items()))


def build_service(pages: Sequence[RawPage], failed: Sequence[PageResult] = ()) -> ServiceModel:
    """Turn every read page of one docs tree into operations and per-page results."""
    words, scheme = placeholder_words(pages), signature_scheme(pages)
    pages = [normalise_request_lines(p, words, scheme) for p in pages]
    typer = RowTyper(LabelIndex(pages))
    results: list[PageResult] = list(failed)
    diagnostics: list[Diagnostic] = []
    for page in sorted(pages, key=lambda p: p.path):
        if not page.uris:
            if page.states_uri:
                reason = "URI section without a readable METHOD+path"
            elif page.example_uris:
                reason = (f"no URI section; METHOD+path only in {page.example_uris} example code block(s),"
                          " an illustration rather than an operation of this service")
            else:
                reason = "no METHOD+path on the page"
            if page.states_uri:
                diagnostics.append(diag(page.loc, "no-operation", reason))
            results.append(PageResult(path=page.path, status="non-operation", reason=reason))
            continue
        try:
            result, diags = build_page(typer, page)
        except Exception as exc:  # a bug outside any one table or operation: the page is left out, rows counted
            error = internal_error(page.loc, "operations", "page", exc)
            diagnostics.append(error)
            rows = sum(len(t.rows) for t in page.tables if t.kind == "param")
            results.append(PageResult(path=page.path, status="failed", reason=error.message, parameter_rows=rows,
                                      rows_as_diagnostics=rows))
            continue
        results.append(result)
        diagnostics.extend(diags)
    try:
        error_schema = _error_schema(pages)
    except Exception as exc:
        error_schema = None
        diagnostics.append(internal_error(min((p.loc for p in pages), default=Loc("", 1)), "operations", "error body",
                                          exc))
    uses_auth = any(op.auth_token for r in results for op in r.operations) or any(
        p.mentions_auth_token for p in pages)
    unique = sorted(set(diagnostics), key=lambda d: (d.loc.path, d.loc.line, d.code, d.message))
    return ServiceModel(pages=tuple(sorted(results, key=lambda r: r.path)), error_schema=error_schema,
                        uses_auth_token=uses_auth, diagnostics=tuple(unique), sections=_sections(pages),
                        error_statuses=_error_statuses(pages),
                        release=max((d for p in pages if not p.uris for d in p.release_dates), default=None,
                                    key=lambda d: (d[0], d[1].path, -d[1].line)))
