"""Render the report for every service of ../shared/corpus and load each page in headless Chromium.

    python -m tests.report.corpus_site [--out DIR] [--screenshots DIR]

Prints the render time, the pages loaded and every console error; exit code 1 when there is any (or when the
command failed). `--screenshots DIR` saves the index and the page of `--service` (default gaussdb-opengauss) as PNG
files, that page also filtered to its example defects.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from selenium.webdriver.common.by import By

from generator.cli import main
from tests.report.browser import browser, console_errors, url

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def run(out: Path, screenshots: Path | None, service: str) -> int:
    services = sorted(p for p in CORPUS.iterdir() if p.is_dir())
    start = time.monotonic()
    code = main(["report", *map(str, services), "-o", str(out), "-j", "2"])
    seconds = time.monotonic() - start
    print(f"rendered {len(services)} services in {seconds:.1f} s (exit code {code})")
    pages = [out / "index.html", *sorted((out / "services").glob("*.html"))]
    errors: list[str] = []
    with browser() as driver:
        for page in pages:
            driver.get(url(page))
            errors += [f"{page.relative_to(out)}: {e}" for e in console_errors(driver)]
            if screenshots is not None and page.name in ("index.html", f"{service}.html"):
                screenshots.mkdir(parents=True, exist_ok=True)
                name = "index" if page.name == "index.html" else f"service-{page.stem}"
                driver.save_screenshot(str(screenshots / f"report-{name}.png"))
                if page.name != "index.html":  # only the example defects, scrolled to the first
                    for box in driver.find_elements(By.CSS_SELECTOR, 'input[name="kind"]'):
                        if box.get_attribute("value") != "example defect":
                            box.click()
                    driver.execute_script("document.getElementById('findings-heading').scrollIntoView();")
                    driver.save_screenshot(str(screenshots / f"report-{name}-example-defects.png"))
                    errors += [f"{page.relative_to(out)} (filtered): {e}" for e in console_errors(driver)]
    print(f"loaded {len(pages)} pages in headless Chromium: {len(errors)} console errors")
    for error in errors:
        print(f"  {error}")
    return 1 if errors or code != 0 else 0


def cli() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.report.corpus_site", description=__doc__)
    parser.add_argument("--out", type=Path, help="site folder (default: a temporary folder)")
    parser.add_argument("--screenshots", type=Path, help="save screenshots of the index and one service page here")
    parser.add_argument("--service", default="gaussdb-opengauss", help="the service page to take screenshots of")
    args = parser.parse_args()
    if args.out is not None:
        return run(args.out, args.screenshots, args.service)
    with tempfile.TemporaryDirectory() as tmp:
        return run(Path(tmp) / "report", args.screenshots, args.service)


if __name__ == "__main__":
    sys.exit(cli())
