"""The text of doctree nodes: a cell or body element as Markdown-ish text, plain text without docutils' system
messages, the `:ref:`/`:doc:` targets a node names, and the best known line of a node."""

from __future__ import annotations

import re

import docutils.nodes as nodes

from generator.rst.parse import DOC_CLASS, REF_CLASS

__all__ = ["cell_markdown", "description_text", "line_of", "plain", "refs", "text_of"]


def line_of(node: nodes.Node) -> int:
    """The best known 1-based line of a node: its own, a descendant's, a previous sibling's or a parent's."""
    if node.line:
        return int(node.line)
    for sub in node.findall(include_self=False):
        if sub.line:
            return int(sub.line)
    cur: nodes.Node | None = node
    while cur is not None:
        parent = cur.parent
        if parent is None:
            break
        idx = parent.index(cur)
        for sib in reversed(parent.children[:idx]):
            lines = [int(n.line) for n in sib.findall() if n.line]
            if lines:
                return max(lines) + 1
        if parent.line:
            return int(parent.line)
        cur = parent
    return 1


def _inline_md(node: nodes.Node) -> str:
    if isinstance(node, nodes.system_message):
        return ""
    if isinstance(node, nodes.Text):
        return node.astext().replace("\n", " ")
    assert isinstance(node, nodes.Element)
    inner = "".join(_inline_md(c) for c in node.children)
    if isinstance(node, nodes.strong):
        return f"**{inner}**" if inner.strip() else inner
    if isinstance(node, nodes.emphasis):
        return f"*{inner}*" if inner.strip() else inner
    if isinstance(node, nodes.literal):
        return f"`{inner}`"
    return inner


def cell_markdown(node: nodes.Node, indent: str = "") -> str:
    """Render a cell (or any body element) to Markdown-ish text: strong stays `**x**`, lists stay `- x`."""
    if isinstance(node, nodes.system_message):
        return ""
    if isinstance(node, nodes.Text):
        return node.astext()
    assert isinstance(node, nodes.Element)
    if isinstance(node, nodes.paragraph | nodes.title | nodes.rubric):
        return indent + _inline_md(node).strip()
    if isinstance(node, nodes.bullet_list | nodes.enumerated_list):
        items: list[str] = []
        for i, item in enumerate(node.children, start=1):
            marker = "- " if isinstance(node, nodes.bullet_list) else f"{i}. "
            body = cell_markdown(item, indent + "  ").lstrip()
            items.append(indent + marker + body)
        return "\n".join(items)
    if isinstance(node, nodes.literal_block):
        return "\n".join(indent + "    " + ln for ln in node.astext().splitlines())
    if isinstance(node, nodes.Admonition):
        label = node.tagname.capitalize()
        body = "\n\n".join(cell_markdown(c, indent) for c in node.children if not isinstance(c, nodes.title))
        return f"{indent}{label}:\n\n{body.strip()}"
    if isinstance(node, nodes.table):
        return indent + re.sub(r"\s+", " ", node.astext()).strip()
    parts = [cell_markdown(c, indent) for c in node.children]
    return "\n\n".join(p for p in parts if p.strip())


def text_of(node: nodes.Node) -> str:
    """astext() without the system messages docutils inserts (even at report level 4, into a cell holding `/`)."""
    if isinstance(node, nodes.system_message):
        return ""
    if isinstance(node, nodes.Text):
        return node.astext()
    assert isinstance(node, nodes.Element)
    sep = "\n\n" if isinstance(node, nodes.entry | nodes.list_item | nodes.bullet_list) else ""
    return sep.join(text_of(c) for c in node.children)


def plain(node: nodes.Node) -> str:
    return re.sub(r"\s+", " ", text_of(node)).strip()


_PLACEHOLDER_CELL = {"", "-", "/", "n/a", "na", "none", "null", "--", "—"}


def description_text(cell: nodes.Node | None) -> str:
    """A Description cell as Markdown-ish text; a placeholder cell (`/`, `-`, `N/A`, `None`) says nothing."""
    if cell is None:
        return ""
    text = cell_markdown(cell)
    return "" if text.strip().lower() in _PLACEHOLDER_CELL else text


def refs(node: nodes.Node) -> tuple[str, ...]:
    out: list[str] = []
    for sub in node.findall(nodes.inline):
        if REF_CLASS in sub.get("classes", ()) or DOC_CLASS in sub.get("classes", ()):
            target = str(sub.get("reftarget", ""))
            if target and target not in out:
                out.append(target)
    return tuple(out)
