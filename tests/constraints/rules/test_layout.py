"""Issue 10's layout of the rules: one module per keyword family and no module over 400 lines."""

from __future__ import annotations

from pathlib import Path

import generator.constraints.rules as rules

RULES_DIR = Path(rules.__file__).parent


def test_no_rule_module_is_over_400_lines() -> None:
    sizes = {path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in RULES_DIR.glob("*.py")}
    assert len(sizes) > 10
    assert {name: n for name, n in sizes.items() if n > 400} == {}
