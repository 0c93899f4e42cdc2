"""The site as HTML: every piece of doc text escaped, the figures, the chart, a failed service on the index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.pipeline import build
from generator.report.model import ServiceFailure, ServiceReport, Site, service_report
from generator.report.render import CHART_WIDTH, chart, render_site

BOX = Path(__file__).resolve().parents[1] / "fixtures" / "report" / "box-service"


@pytest.fixture(scope="module")
def box() -> ServiceReport:
    return service_report("box-service <script>alert('name')</script>", build(BOX))


@pytest.fixture(scope="module")
def site(box: ServiceReport) -> dict[str, str]:
    failure = ServiceFailure(name="x", docs="docs/<script>", message="docs/<script>: no such file or directory")
    return render_site(Site(services=(box,), failures=(failure,), tool_version="1.2.3"))


def test_one_page_per_service_and_an_index(site: dict[str, str], box: ServiceReport) -> None:
    assert sorted(site) == ["index.html", f"services/{box.slug}.html"]
    assert box.slug == "box-service-script-alert-name-script"
    assert f'href="services/{box.slug}.html"' in site["index.html"]


def test_hostile_doc_text_is_escaped_everywhere(site: dict[str, str]) -> None:
    # the fixture's title, table cell and example hold <script>; so do the service name and a failed DOCS argument
    index, page = site["index.html"], next(v for k, v in site.items() if k.startswith("services/"))
    assert "<script" not in index
    assert page.count("<script") == 1 and '<script>\n"use strict";' in page  # the page's own filter script only
    assert "&lt;script&gt;alert(&#39;example&#39;)&lt;/script&gt;" in page  # the example line
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in page  # the page title
    assert "docs/&lt;script&gt;: no such file or directory" in index


def test_the_service_page_shows_each_finding_with_its_source(site: dict[str, str]) -> None:
    page = next(v for k, v in site.items() if k.startswith("services/"))
    finding = re.search(r'<div class="finding warning" data-kind="example defect" data-severity="warning" '
                        r'data-code="example-forbidden-value">(.*?)</pre>', page, re.S)
    assert finding is not None
    text = finding.group(1)
    assert "apis/creating_a_box.rst:52" in text and "rule <code>maximum</code>" in text
    assert '<span class="loc">apis/creating_a_box.rst:36</span>: The value ranges from 1 to 10.' in text
    assert '<span class="hit"><i>54</i>    &#34;size&#34;: 20,</span>' in text
    assert '<td class="loc">index.rst</td><td>Box Service</td><td>non-operation</td>' \
           '<td>no METHOD+path on the page</td>' in page
    assert '<input type="checkbox" name="kind" value="example defect" checked>' in page
    assert '<input type="checkbox" name="severity" value="info" checked>' in page


def test_the_index_has_the_figures_and_a_chart_per_service(site: dict[str, str], box: ServiceReport) -> None:
    index = site["index.html"]
    row = re.search(r'<tr data-service="[^"]+">(.*?)</tr>', index, re.S)
    assert row is not None
    cells = re.findall(r'<td class="num">(.*?)</td>', row.group(1))
    assert cells == ["2", "1", "1", "0", "1", "4 / 4"]
    assert "example-undocumented-field: 1<br>example-forbidden-value: 1<br>" in row.group(1)
    assert row.group(1).count("<svg") == 1 and "http://www.w3.org/2000/svg" in row.group(1)
    assert "1.2.3" in index and "http" not in index.replace("http://www.w3.org/2000/svg", "")  # nothing fetched


def test_the_chart_scales_to_the_largest_bar(box: ServiceReport) -> None:
    bars = {b.label: b for b in chart(box)}
    assert (bars["warnings"].value, bars["warnings"].width) == (2, CHART_WIDTH)
    assert (bars["info"].value, bars["info"].width) == (1, CHART_WIDTH / 2)
    assert bars["example defects"].value == 2 and bars["errors"].width == 0
