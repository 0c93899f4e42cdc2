"""Every diagnostic code a stage emits is catalogued with its severity, and diagnostics print as path:line."""

from __future__ import annotations

import re
from pathlib import Path

from generator.diagnostics import CODES, Diagnostic, Loc, Severity

PACKAGE = Path(__file__).resolve().parents[1] / "generator"


def test_codes_used_in_the_package_are_catalogued() -> None:
    used: set[str] = set()
    for file in PACKAGE.rglob("*.py"):
        used.update(re.findall(r'_diag\([^,]+,\s*"([a-z-]+)"', file.read_text()))
        used.update(re.findall(r'Diagnostic\([^"]*"([a-z-]+)",\s*CODES', file.read_text()))
    assert used, "no diagnostic codes found: the scan is broken"
    assert used <= set(CODES), used - set(CODES)


def test_format() -> None:
    d = Diagnostic(Loc("a/b.rst", 12), "unknown-type", Severity.WARNING, "`x`: type `Blob`")
    assert str(d) == "a/b.rst:12: warning[unknown-type] `x`: type `Blob`"
