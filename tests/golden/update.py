"""Rewrite every golden file from the current pipeline output.

    python -m tests.golden.update

Run it from the repository root. It writes `tests/golden/expected/`, deletes goldens whose fixture page is
gone, and prints what changed. Review the result with `git diff tests/golden/expected` like code.
"""

from __future__ import annotations

import sys

from tests.golden.render import EXPECTED, render_all


def main() -> int:
    fresh = render_all()
    changed: list[str] = []
    for name, text in fresh.items():
        target = EXPECTED / name
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if old != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
            changed.append(("new " if old is None else "changed ") + name)
    for stale in sorted(EXPECTED.rglob("*.yaml")):
        name = stale.relative_to(EXPECTED).as_posix()
        if name not in fresh:
            stale.unlink()
            changed.append("deleted " + name)
    for line in changed:
        print(line)
    print(f"{len(fresh)} goldens, {len(changed)} written or deleted", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
