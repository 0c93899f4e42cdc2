"""Golden-file tests: the pipeline's summary of each fixture page must equal the reviewed golden.

Regenerate every golden (from the repository root) with:

    python -m tests.golden.update

then review `git diff tests/golden/expected` like code: a golden is a claim about what the reader must get
from a page (`tests/fixtures/styles/README.md`), not a snapshot to accept blindly.
"""

from __future__ import annotations

import difflib

import pytest

from generator.pipeline import build
from tests.golden.render import (
    EXPECTED,
    FIXTURES,
    SAMPLE_SERVICE,
    golden_names,
    render,
    render_page,
    render_sample_service,
)

UPDATE = "python -m tests.golden.update"


@pytest.mark.parametrize("name", golden_names())
def test_golden(name: str) -> None:
    path = EXPECTED / name
    fresh = render(name)
    if not path.exists():
        pytest.fail(f"no golden {path}; create it with `{UPDATE}` and review it")
    expected = path.read_text(encoding="utf-8")
    if fresh != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), fresh.splitlines(keepends=True),
            fromfile=f"expected/{name}", tofile=f"actual/{name}",
        ))
        pytest.fail(f"{name} differs from its golden (rewrite with `{UPDATE}`, then review):\n{diff}",
                    pytrace=False)


def test_no_stale_goldens() -> None:
    names = set(golden_names())
    stale = sorted(p.relative_to(EXPECTED).as_posix() for p in EXPECTED.rglob("*.yaml")
                   if p.relative_to(EXPECTED).as_posix() not in names)
    assert not stale, f"goldens without a fixture page: {stale}; remove them with `{UPDATE}`"


def test_render_is_deterministic() -> None:
    """Rendering twice in one process gives the same bytes (no set or id order leaks into the output)."""
    first, second = build(FIXTURES), build(FIXTURES)
    for page in ("nest_cycle.rst", "uri_two_operations.rst"):
        assert render_page(first, page) == render_page(second, page)
    assert render_sample_service(build(SAMPLE_SERVICE)) == render_sample_service(build(SAMPLE_SERVICE))
