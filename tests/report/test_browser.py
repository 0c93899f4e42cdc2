"""The report in a real browser (headless Chromium from Debian's packages, driven by Selenium): the index, a link to
a service, the filters, and no console error. Never skipped: without the browser the test fails and says what to
install."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By

from generator.cli import main
from tests.conftest import SAMPLE
from tests.report.browser import MISSING, BrowserMissing, browser, console_errors, url

BOX = Path(__file__).resolve().parents[1] / "fixtures" / "report" / "box-service"


@pytest.fixture(scope="module")
def driver() -> Iterator[webdriver.Chrome]:
    try:
        with browser() as chrome:
            yield chrome
    except BrowserMissing as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "site"
    assert main(["report", str(SAMPLE), str(BOX), "-o", str(out), "-j", "1"]) == 0
    return out


def _visible(driver: webdriver.Chrome, css: str) -> list[str]:
    return [e.get_attribute("data-code") or e.text for e in driver.find_elements(By.CSS_SELECTOR, css)
            if e.is_displayed()]


def test_index_link_filter_and_no_console_error(driver: webdriver.Chrome, site: Path) -> None:
    driver.get(url(site / "index.html"))
    rows = driver.find_elements(By.CSS_SELECTOR, "#services tbody tr")
    assert [r.get_attribute("data-service") for r in rows] == ["sample-service", "box-service"]
    assert len(driver.find_elements(By.CSS_SELECTOR, "#services svg.chart")) == 2
    driver.find_element(By.LINK_TEXT, "box-service").click()
    assert driver.current_url.endswith("/services/box-service.html")
    assert driver.find_element(By.TAG_NAME, "h1").text == "box-service"
    everything = ["constraint-unrecognised", "example-forbidden-value", "example-undocumented-field"]
    assert _visible(driver, ".finding") == everything
    assert driver.find_element(By.ID, "shown").text == "3 shown"
    hit = driver.find_element(By.CSS_SELECTOR, '.finding[data-code="example-forbidden-value"] span.hit')
    assert hit.text == '54    "size": 20,'

    driver.find_element(By.CSS_SELECTOR, 'input[name="kind"][value="constraint"]').click()
    assert _visible(driver, ".finding") == ["example-forbidden-value", "example-undocumented-field"]
    assert driver.find_element(By.ID, "shown").text == "2 shown"
    driver.find_element(By.CSS_SELECTOR, 'input[name="severity"][value="warning"]').click()
    assert _visible(driver, ".finding") == [] and _visible(driver, "section.page") == []
    assert driver.find_element(By.ID, "shown").text == "0 shown"
    driver.find_element(By.CSS_SELECTOR, 'input[name="kind"][value="constraint"]').click()
    assert _visible(driver, ".finding") == ["constraint-unrecognised"]

    assert "no METHOD+path on the page" in driver.find_element(By.ID, "other-pages").text
    assert "must be 1 greater than the value of **hh**" in driver.find_element(By.ID, "unrecognised").text
    driver.find_element(By.ID, "back").click()
    assert driver.current_url.endswith("/index.html")
    assert console_errors(driver) == []


def test_a_console_error_is_caught(driver: webdriver.Chrome, tmp_path: Path) -> None:
    """The check above can fail: a page that throws and logs an error gives both."""
    page = tmp_path / "broken.html"
    page.write_text('<!DOCTYPE html><html><head><link rel="icon" href="data:,"></head><body><script>'
                    'console.error("logged"); undefinedFunction();</script></body></html>')
    driver.get(url(page))
    errors = console_errors(driver)
    assert len(errors) == 2 and "logged" in errors[0] and "undefinedFunction" in errors[1]


def test_a_missing_browser_is_a_clear_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(BrowserMissing) as caught, browser():
        pass  # pragma: no cover - never reached
    assert str(caught.value) == f"{MISSING}; not found on PATH: chromium or chromium-browser"
    assert "apt-get install -y chromium chromium-driver" in MISSING
