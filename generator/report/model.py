"""The report site as data: per service, its figures and every diagnostic grouped by doc page, with the sentence
its rule comes from and the example lines it names; across services, the index. Built from `pipeline.build`
results; renders nothing, writes nothing."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from generator.diagnostics import Diagnostic
from generator.pipeline import DEFECT_KINDS, READ_DEFECT_KINDS, BuildResult
from generator.report.sources import ExampleLines, Sources, constraint_sentences, pointers_of, rule_of, rule_source

__all__ = ["Finding", "OtherPage", "PageFindings", "ServiceFailure", "ServiceReport", "Site", "service_report",
           "slug"]


@dataclass(frozen=True)
class Finding:
    """One diagnostic as a doc writer reads it."""

    path: str
    line: int
    code: str
    severity: str
    kind: str  # "example defect", "not read", "constraint", "other": what the filter by kind offers
    message: str
    rule: str  # the schema keyword an example breaks, or ""
    source: str  # `path:line` of the sentence the rule comes from, or ""
    sentences: tuple[str, ...]  # that sentence (the constraint sentences read there, else the doc line)
    example: ExampleLines | None


@dataclass(frozen=True)
class PageFindings:
    path: str
    title: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class OtherPage:
    """A page that is not an operation page, and why."""

    path: str
    title: str
    status: str  # "non-operation" or "failed"
    reason: str


@dataclass(frozen=True)
class ServiceReport:
    name: str
    slug: str
    totals: dict[str, Any]
    by_code: tuple[tuple[str, int], ...]
    by_severity: tuple[tuple[str, int], ...]
    defects: tuple[tuple[str, int], ...]  # doc defects by kind (examples, what was not read), those above 0
    pages: tuple[PageFindings, ...]  # pages with findings, in path order
    other_pages: tuple[OtherPage, ...]
    unrecognised: tuple[Finding, ...]  # constraint-unrecognised, also among `pages`
    kinds: tuple[str, ...]  # the kinds and severities present, for the filters
    severities: tuple[str, ...]


@dataclass(frozen=True)
class ServiceFailure:
    """A DOCS argument that gave no build: a diagnostic on the index, the other services go on."""

    name: str
    docs: str
    message: str


@dataclass(frozen=True)
class Site:
    services: tuple[ServiceReport, ...]
    failures: tuple[ServiceFailure, ...]
    tool_version: str


_SEVERITY_ORDER = ("error", "warning", "info")


def slug(name: str) -> str:
    """A file name for a service page: lower-case letters, digits and hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "service"


def _kind(code: str) -> str:
    if code in DEFECT_KINDS:
        return "example defect"
    if code in READ_DEFECT_KINDS:
        return "not read"
    if code.startswith(("constraint-", "keywords-", "default-", "enum-")):
        return "constraint"
    return "other"


def _finding(d: Diagnostic, sources: Sources, sentences: dict[tuple[str, int], list[tuple[str, str]]]) -> Finding:
    rule, source = rule_of(d.message), ""
    said: tuple[str, ...] = ()
    stated = rule_source(d.message)
    if stated is not None:
        path, line = stated
        source = f"{path}:{line}"
        read = sentences.get((path, line), [])
        said = tuple(s for k, s in read if k == rule) or tuple(s for _, s in read) or tuple(
            t for t in (sources.line(path, line),) if t)
    elif d.loc.line > 0:
        said = tuple(t for t in (sources.line(d.loc.path, d.loc.line),) if t)
    example = (sources.example(d.loc.path, d.loc.line, pointers_of(d.message))
               if d.code in DEFECT_KINDS else None)
    return Finding(path=d.loc.path, line=d.loc.line, code=d.code, severity=str(d.severity), kind=_kind(d.code),
                   message=d.message, rule=rule, source=source, sentences=said, example=example)


def _ordered(values: Sequence[str], order: Sequence[str]) -> tuple[str, ...]:
    present = set(values)
    return tuple(v for v in order if v in present) + tuple(sorted(present - set(order)))


def service_report(name: str, result: BuildResult, taken: Sequence[str] = ()) -> ServiceReport:
    """The page of one service. `taken`: slugs of the services before it (a repeated name gets a suffix)."""
    sources = Sources(result.root)
    sentences = constraint_sentences(result.spec)
    titles = {p.path: p.title for p in result.pages}
    findings = [_finding(d, sources, sentences) for d in result.diagnostics]
    grouped: dict[str, list[Finding]] = {}
    for f in findings:
        grouped.setdefault(f.path, []).append(f)
    page_slug, n = slug(name), 1
    while page_slug in taken:
        n += 1
        page_slug = f"{slug(name)}-{n}"
    report = result.report
    others = tuple(OtherPage(path=p["path"], title=titles.get(p["path"], ""), status=p["status"],
                             reason=p.get("reason", "")) for p in report["pages"] if p["status"] != "operation")
    severities = Counter(f.severity for f in findings)
    by_code = report["totals"]["diagnostics_by_code"]
    return ServiceReport(
        name=name, slug=page_slug, totals=report["totals"],
        by_code=tuple(sorted(by_code.items())),
        by_severity=tuple((s, severities[s]) for s in _ordered(list(severities), _SEVERITY_ORDER)),
        defects=tuple((k, n) for k, n in (*report["totals"]["example_defects"].items(),
                                            *((k, by_code.get(k, 0)) for k in READ_DEFECT_KINDS)) if n),
        pages=tuple(PageFindings(path=p, title=titles.get(p, ""), findings=tuple(fs))
                    for p, fs in sorted(grouped.items())),
        other_pages=others,
        unrecognised=tuple(f for f in findings if f.code == "constraint-unrecognised"),
        kinds=_ordered([f.kind for f in findings], ("example defect", "not read", "constraint", "other")),
        severities=_ordered(list(severities), _SEVERITY_ORDER),
    )
