"""A diff as text for a terminal, a pull-request comment (markdown) or JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence

from generator.diff.result import Change, DiffResult


def _summary(result: DiffResult) -> str:
    total = len(result.changes)
    if not total:
        return "no changes"
    nb = len(result.breaking)
    return f"{total} change{'s' if total != 1 else ''}: {nb} breaking, {total - nb} non-breaking"


def _counts_line(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def render_text(result: DiffResult) -> str:
    lines = [f"{result.old_label} -> {result.new_label}: {_summary(result)}"]
    for title, flag in (("breaking", True), ("non-breaking", False)):
        counts = result.counts(breaking=flag)
        if counts:
            lines.append(f"  {title}: {_counts_line(counts)}")
    for title, changes in (("BREAKING", result.breaking), ("NON-BREAKING", result.non_breaking)):
        if not changes:
            continue
        lines.append("")
        lines.append(f"{title} ({len(changes)})")
        for c in changes:
            where = f"{c.operation}{' ' + c.pointer if c.pointer else ''}"
            lines.append(f"  [{c.kind}] {where}")
            lines.append(f"      {c.message}")
            lines.append(f"      old: {c.old_source or '-'}  new: {c.new_source or '-'}")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _code(text: str | None) -> str:
    return f"`{_cell(text).replace('`', chr(39))}`" if text else "–"


def _table(changes: Sequence[Change]) -> list[str]:
    rows = ["| Change | Operation | Pointer | Details | Old source | New source |",
            "|---|---|---|---|---|---|"]
    for c in changes:
        op = f"`{c.operation.method.upper()} {_cell(c.operation.path)}`"
        if c.operation.operation_id:
            op += f" ({_cell(c.operation.operation_id)})"
        rows.append(f"| {c.kind} | {op} | {_code(c.pointer)} | {_cell(c.message)} | {_code(c.old_source)} | "
                    f"{_code(c.new_source)} |")
    return rows


def render_markdown(result: DiffResult) -> str:
    """A pull-request comment: the summary, breaking changes first, then the rest (doc-text only folded)."""
    head = f"### API diff: {_cell(result.old_label)} → {_cell(result.new_label)}"
    nb = len(result.breaking)
    summary = _summary(result)
    lines = [head, "", f"**{summary}**" if not nb else f"**{summary}** :warning:"]
    for title, flag in (("Breaking", True), ("Non-breaking", False)):
        counts = result.counts(breaking=flag)
        if counts:
            lines.append(f"<br>{title}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if result.breaking:
        lines += ["", f"#### Breaking changes ({nb})", "", *_table(result.breaking)]
    rest = [c for c in result.non_breaking if c.kind != "doc-text"]
    docs = [c for c in result.non_breaking if c.kind == "doc-text"]
    if rest:
        lines += ["", f"#### Non-breaking changes ({len(rest)})", "", *_table(rest)]
    if docs:
        lines += ["", f"<details><summary>Doc text only ({len(docs)})</summary>", "", *_table(docs), "",
                  "</details>"]
    return "\n".join(lines) + "\n"


def render_json(result: DiffResult) -> str:
    data = {
        "old": result.old_label,
        "new": result.new_label,
        "summary": {
            "changes": len(result.changes),
            "breaking": len(result.breaking),
            "non_breaking": len(result.non_breaking),
            "breaking_by_kind": result.counts(breaking=True),
            "non_breaking_by_kind": result.counts(breaking=False),
        },
        "changes": [c.as_dict() for c in result.changes],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
