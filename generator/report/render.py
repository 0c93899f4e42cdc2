"""The report site as HTML text: the index and one page per service, from the site model (jinja2, autoescape on:
every piece of doc text is escaped). Self-contained pages: inline CSS, JS and SVG, no network at view time."""

from __future__ import annotations

from dataclasses import dataclass

import jinja2

from generator.report.model import ServiceReport, Site

__all__ = ["Bar", "chart", "render_site"]

_ENV = jinja2.Environment(loader=jinja2.PackageLoader("generator.report", "templates"),
                          autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                          keep_trailing_newline=True)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    width: float  # in the chart's units, 0..CHART_WIDTH
    css: str


CHART_WIDTH = 160.0


def chart(service: ServiceReport) -> tuple[Bar, ...]:
    """The bars of a service's chart: diagnostics by severity and example defects, scaled to the largest."""
    t = service.totals
    by_sev = dict(service.by_severity)
    values = [("errors", by_sev.get("error", 0), "error"), ("warnings", by_sev.get("warning", 0), "warning"),
              ("info", by_sev.get("info", 0), "info"),
              ("example defects", sum(n for _, n in service.defects), "defect"),
              ("rows not typed", t["rows_as_diagnostics"], "untyped")]
    top = max((v for _, v, _ in values), default=0) or 1
    return tuple(Bar(label, value, round(CHART_WIDTH * value / top, 1), css) for label, value, css in values)


def render_site(site: Site) -> dict[str, str]:
    """Relative file name -> HTML text: `index.html` and `services/<slug>.html` per service."""
    files = {"index.html": _ENV.get_template("index.html.j2").render(site=site, chart=chart, width=CHART_WIDTH)}
    for service in site.services:
        files[f"services/{service.slug}.html"] = _ENV.get_template("service.html.j2").render(
            site=site, service=service, chart=chart, width=CHART_WIDTH)
    return files
