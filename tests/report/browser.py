"""Headless Chromium from Debian's packages (`chromium`, `chromium-driver`), driven by Selenium: no browser download.

`browser()` fails with a clear message when either is missing: the browser tests are never skipped."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

MISSING = ("headless Chromium is needed for the report's browser tests: install Debian's `chromium` and "
           "`chromium-driver` packages (apt-get install -y chromium chromium-driver; .ci/run does)")


class BrowserMissing(Exception):
    pass


def _find(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise BrowserMissing(f"{MISSING}; not found on PATH: {' or '.join(names)}")


@contextmanager
def browser(width: int = 1280, height: int = 900) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = _find("chromium", "chromium-browser")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--allow-file-access-from-files"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=_find("chromedriver")))
    try:
        yield driver
    finally:
        driver.quit()


def console_errors(driver: webdriver.Chrome) -> list[str]:
    """The console's errors and uncaught exceptions since the last call (Chromium logs both as SEVERE)."""
    entries: list[dict[str, Any]] = driver.get_log("browser")  # type: ignore[no-untyped-call]
    return [str(e.get("message", "")) for e in entries if e.get("level") == "SEVERE"]


def url(path: Path) -> str:
    return path.resolve().as_uri()
