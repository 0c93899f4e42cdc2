"""What changed between two OpenAPI documents, and whether it breaks clients. Pure functions: no I/O.

The comparison works on *resolved* schemas: every `$ref` is followed and the property trees are compared, so a
field that moved from one table to another (tables merged or split between versions) but sits at the same place
in the body is not reported as removed and added.

Operations are matched by METHOD + path (placeholder names do not matter: `{id}` == `{server_id}`), then, for the
ones left over, by the page's `:original_name:` (`x-original-name`, and `original_name` of each `x-variants`
entry): an operation whose path changed is a move, not a removal plus an addition. When a page moved to a new path
and another (historical) page still documents the old one, the move is reported but is not breaking, and the old
path is compared with what documents it now.

Request bodies and responses that are a `oneOf` of the variants of merged pages are compared variant by variant
(matched by operationId, page name, title, then by shared fields); each change then names the variant's
operationId. Property-level `oneOf` alternatives are matched the same way (title, then shared fields).

Every change carries its class (`kind`), the side it sits on (`operation`, `request`, `parameter`,
`response`), whether it breaks clients (decided by the rule table in `rules.py` from kind and side: narrowing a
request breaks, widening a response breaks), the operation (`METHOD path (operationId)`),
a pointer into the resolved body (`/requestBody/datastore/version`, `/responses/200/instances/[]/public_ips`,
`/parameters/query/limit`; `[]` stands for array items, `{}` for map values, `oneOf/N` for an alternative), a
message and the `x-doc-source` on both sides (for a property that exists on one side only, the other side names
the table where it would be).

The package, along the data it handles: `doc` (a document: `$ref`s followed, shapes), `matching` (which old
operation, variant or alternative is which new one), `operations` (two operations: parameters, bodies, responses),
`schemas` (two schemas: type, properties, alternatives), `constraints` (the keywords that limit a value), `rules`
(the table), `result` (the changes) and `render` (text, markdown, JSON).
"""

from __future__ import annotations

from generator.diff.doc import Doc, as_dict, as_str, ref_pairs
from generator.diff.matching import list_operations, pair_operations
from generator.diff.operations import OperationComparer
from generator.diff.render import render_json, render_markdown, render_text
from generator.diff.result import JSON, Change, DiffResult, OpRef, Recorder
from generator.diff.rules import KINDS, RULES, Rule, Side, rule

__all__ = [
    "KINDS",
    "RULES",
    "Change",
    "DiffResult",
    "OpRef",
    "Rule",
    "Side",
    "diff_specs",
    "render_json",
    "render_markdown",
    "render_text",
    "rule",
]


def _compare(old_spec: JSON, new_spec: JSON) -> list[Change]:
    old, new = Doc(old_spec), Doc(new_spec)
    rec = Recorder()
    ops = OperationComparer(old, new, rec)
    olds, news = list_operations(old_spec), list_operations(new_spec)
    pairs = pair_operations(olds, news)
    for i, o in enumerate(olds):
        if i not in pairs.same and i not in pairs.moved:
            rec.emit("operation-removed", "operation", o.ref(), "",
                     f"{o.method.upper()} {o.path} is no longer documented", o.source, None)
    for j, n in enumerate(news):
        if j not in pairs.claimed:
            rec.emit("operation-added", "operation", n.ref(), "", f"new operation {n.method.upper()} {n.path}",
                     None, n.source)
    for i, j in sorted(pairs.same.items()):
        ops.operation(olds[i], news[j])
    for i, j in sorted(pairs.moved.items()):
        o, n = olds[i], news[j]
        rec.emit("operation-moved", "operation", n.ref(), "",
                 f"moved from {o.method.upper()} {o.path} ({o.operation_id}); page "
                 + ref_pairs(sorted(o.names & n.names)), o.source, n.source)
        ops.operation(o, n)
    for i, j in sorted(pairs.relocated.items()):
        o, n, same = olds[i], news[j], news[pairs.same[i]]
        now = ref_pairs(sorted(same.names)) or f"`{same.operation_id}`"
        rec.emit("operation-moved", "operation", n.ref(), "",
                 f"page {ref_pairs(sorted(o.names & n.names))} moved here from {o.method.upper()} {o.path} "
                 f"({o.operation_id}); not breaking: the old path is still documented (by {now})", o.source,
                 n.source, breaking=False)
        ops.operation(o, n)
    return rec.changes


def _label(spec: JSON, fallback: str) -> str:
    info = as_dict(spec.get("info"))
    title, version = as_str(info.get("title")), as_str(info.get("version"))
    return f"{title} {version}".strip() or fallback


def diff_specs(old: JSON, new: JSON, *, old_label: str | None = None, new_label: str | None = None) -> DiffResult:
    """Every change from `old` to `new` (two OpenAPI documents as dicts), in a deterministic order."""
    ordered = sorted(_compare(old, new), key=lambda c: (*c.operation.sort_key(), c.pointer, c.kind, c.message,
                                                        c.old_source or "", c.new_source or ""))
    # the same finding reached twice (several old variants compared with one new body): reported once
    unique = list({(c.operation, c.kind, c.pointer, c.message): c for c in reversed(ordered)}.values())
    unique.reverse()
    return DiffResult(changes=tuple(unique), old_label=old_label or _label(old, "OLD"),
                      new_label=new_label or _label(new, "NEW"))
