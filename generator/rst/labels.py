"""Which table each `.. _label:` of a page names.

A label names the table right after it: on the table itself, or on a bullet or intro paragraph (at most two
paragraphs) followed by the table. A label before a section, before more prose, or before markup docutils could
not read (a lost table: an ERROR system message stands where it was) names no table.

Labels are taken where they are written, not where docutils put them: docutils moves a label onto the next element
(`PropagateTargets`) and skips system messages on the way, so the label of a table it could not parse lands on the
next table, which the label does not name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import docutils.nodes as nodes

__all__ = ["PageLabels", "page_labels"]

_ERROR = 3  # docutils' level of a system message for markup it could not read


@dataclass(frozen=True)
class PageLabels:
    labels: tuple[tuple[str, int | None], ...]  # every label of the page -> index of the table it names, or None
    cut: dict[int, tuple[str, ...]] = field(default_factory=dict)  # id(system message) -> labels it kept off a table


def _target_names(doc: nodes.document, by_id: dict[str, list[str]], target: nodes.target) -> list[str]:
    """The labels a block-level `.. _label:` target declares. docutils moves them onto the next element and leaves
    the target, where the label was written, with a `refid` to it."""
    if isinstance(target.parent, nodes.TextElement) or "refuri" in target or "refname" in target:
        return []
    names = [str(n) for n in target["names"]]
    if not names and "refid" in target:
        names = by_id.get(str(target["refid"]), [])
    return [n for n in names if doc.nametypes.get(n)]


def _elements(node: nodes.Element) -> Iterator[nodes.Element]:
    """The elements in document order; a system message is yielded, what it holds (its text, the markup it quotes)
    is not."""
    yield node
    if isinstance(node, nodes.system_message):
        return
    for child in node.children:
        if isinstance(child, nodes.Element):
            yield from _elements(child)


def page_labels(doc: nodes.document, table_nodes: dict[int, int]) -> PageLabels:
    """`table_nodes`: id(table node) -> index of the table as read."""
    by_id: dict[str, list[str]] = {}
    for name, id_ in doc.nameids.items():
        if id_:
            by_id.setdefault(str(id_), []).append(str(name))
    moved = {str(t["refid"]) for t in doc.findall(nodes.target) if "refid" in t and not t["names"]}
    labels: list[tuple[str, int | None]] = []
    cut: dict[int, tuple[str, ...]] = {}
    pending: list[str] = []
    paragraphs = 0
    for n in _elements(doc):
        lost = isinstance(n, nodes.system_message) and n["level"] >= _ERROR
        if lost and pending:
            cut[id(n)] = tuple(pending)
        if isinstance(n, nodes.section | nodes.title) or paragraphs > 2 or lost:
            labels.extend((name, None) for name in pending)
            pending, paragraphs = [], 0
        if isinstance(n, nodes.system_message):
            continue
        if isinstance(n, nodes.paragraph) and pending:
            paragraphs += 1
        if isinstance(n, nodes.target):
            names = _target_names(doc, by_id, n)
            if isinstance(doc.ids.get(str(n.get("refid", ""))), nodes.section | nodes.document):
                labels.extend((name, None) for name in names)  # it names a section or the page (moved by DocTitle)
            elif names:
                pending.extend(names)
                paragraphs = 0
            continue
        # names an element carries itself (`:name:`, a section's label), not moved there from a target
        own = [str(name) for name in n["names"] if doc.nametypes.get(name) and str(doc.nameids.get(name)) not in moved]
        if own and not isinstance(n, nodes.section):
            pending.extend(own)
            paragraphs = 1 if isinstance(n, nodes.paragraph) else 0
        elif own:
            labels.extend((name, None) for name in own)
        if id(n) in table_nodes and pending:
            labels.extend((name, table_nodes[id(n)]) for name in pending)
            pending, paragraphs = [], 0
    labels.extend((name, None) for name in pending)
    return PageLabels(tuple(labels), cut)
