"""The labelled structure lines of an XML element table's description cell (S3 style): `Type: string`,
`Parent: Rule`, `Child: ID, Status`. They are structure, not prose: the row takes its type, parent and children from
them and the description the constraint rules read loses them. Also the signed requests of a page
(`Authorization: OBS AK:signature`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import docutils.nodes as nodes

from generator.model import RawBlock

__all__ = ["Labels", "signature_scheme", "split_label_lines", "take_labels"]

# `Type: string`, `Parent: Rule`, `Child: ID, Status` lines of an XML element table's description cell (S3 style)
_LABEL_LINE = re.compile(r"^\**(type|parents?|child|children)\**\s*[:：]\**\s*(\S.*)$", re.IGNORECASE)
_TRAILING_LABEL = re.compile(r"\s+\**(parents?|child|children)\**\s*[:：]\s*([A-Za-z][\w.,| -]*?)\.?\s*$",
                             re.IGNORECASE)  # "Name of a tag. Parent: Tag." (a label at the end of a sentence)
_BARE_LABEL = re.compile(r"^\**(type|parents?|child|children)\**\s*[:：]\**\s*$", re.IGNORECASE)
_LABEL_VALUE = re.compile(r"^[A-Za-z][\w.,| -]{0,100}$")  # one short line of names, no markup, no list
_ANY_LABEL = re.compile(r"\b(type|parents?|child|children)\s*[:：]", re.IGNORECASE)
_TYPE_WORD = re.compile(r"^([A-Za-z][\w ]*?)\s*(?:[,.;]\s*(.*))?$")


@dataclass(frozen=True)
class Labels:
    description: str
    type_text: str | None = None
    parent: str = ""
    child: str = ""


def split_label_lines(cell: nodes.Element) -> nodes.Element:
    """A copy of the cell where a `Type:`/`Parent:`/`Child:` line inside a paragraph (the lines of one RST
    paragraph are joined: "Name of a tag. Parent: Tag.") is a paragraph of its own."""
    copy = cell.deepcopy()
    for para in list(copy.findall(nodes.paragraph)):
        if para.parent is not copy or "\n" not in para.astext():
            continue
        lines = [ln.strip() for ln in para.astext().split("\n")]
        if not any(_LABEL_LINE.match(ln) for ln in lines[1:]):
            continue
        groups: list[list[nodes.Node]] = [[]]
        for child in para.children:
            if isinstance(child, nodes.Text):
                for i, part in enumerate(str(child).split("\n")):
                    if i:
                        groups.append([])
                    if part:
                        groups[-1].append(nodes.Text(part))
            else:
                groups[-1].append(child.deepcopy())
        merged: list[tuple[bool, list[nodes.Node]]] = []
        for group in groups:
            label = bool(_LABEL_LINE.match("".join(n.astext() for n in group).strip()))
            if merged and not label and not merged[-1][0]:
                merged[-1][1].extend([nodes.Text(" "), *group])
            else:
                merged.append((label, group))
        para.replace_self([nodes.paragraph("", "", *group) for _label, group in merged if group])
    return copy


def take_labels(cell: nodes.Element | None, has_type_column: bool, render: Callable[[nodes.Element], str]) -> Labels:
    """The description cell (rendered by `render`) with its `Type:`, `Parent:` and `Child:` lines taken out, and
    what they say. `Type: String, which must ...` keeps the clause after the type word in the description; a label
    alone (`Parent:`) takes the next short paragraph as its value; a label may close a sentence ("... Parent: Tag.").
    A `Type:` line gives no type where the table has a Type column."""
    if cell is None:
        return Labels("")
    text = render(cell)
    if not _ANY_LABEL.search(text):
        return Labels(text)
    text = render(split_label_lines(cell))
    kept: list[str] = []
    type_text: str | None = None
    parent = child = ""
    paras = text.split("\n\n")
    for i, para in enumerate(paras):
        bare = _BARE_LABEL.match(para)
        if bare and i + 1 < len(paras) and _LABEL_VALUE.match(paras[i + 1]):
            # `Parent:` alone, its value the next paragraph
            paras[i + 1] = f"{bare.group(1)}: {paras[i + 1]}"
            continue
        m = _LABEL_LINE.match(para) if not para.startswith(" ") else None
        if m is None:
            trailing = _TRAILING_LABEL.search(para) if not para.startswith((" ", "-")) else None
            if trailing is not None and trailing.start() > 0:
                if trailing.group(1).lower().startswith("parent"):
                    parent = parent or trailing.group(2).strip()
                else:
                    child = child or trailing.group(2).strip()
                para = para[:trailing.start()]
            kept.append(para)
            continue
        label, value = m.group(1).lower(), m.group(2).strip()
        if label.startswith("parent") and not parent:
            parent = value.rstrip(".")
        elif label.startswith("child") and not child:
            child = value.rstrip(".")
        elif label == "type" and type_text is None:
            word = _TYPE_WORD.match(value.replace("*", ""))
            if word is None:
                kept.append(para)
                continue
            type_text = word.group(1)
            if word.group(2):
                kept.append(word.group(2))
        else:
            kept.append(para)
    return Labels("\n\n".join(kept), None if has_type_column else type_text, parent, child)


# a signed request: `Authorization: OBS H4IPJX0TQTHTHEBQQCEC:DpSAlmLX/BTdjxU5HOEwflhM0WI=` (scheme, AK:signature)
_SIGNATURE = re.compile(r"(?m)^\s*Authorization\s*:\s*([A-Z][A-Za-z0-9-]*)\s+[A-Za-z0-9]{8,}:[A-Za-z0-9+/=%]{8,}\s*$")
_HTTP_REQUEST = re.compile(r"^[A-Z]+ \S+ HTTP/\d")
_AUTH_LINE = re.compile(r"(?im)^\s*Authorization\s*:\s*\S")


def signature_scheme(request_blocks: Sequence[RawBlock]) -> str:
    """The scheme word of the signed requests among a page's request blocks (`OBS`); `?` when a raw HTTP request
    shows only `Authorization: authorization string` (signed, the scheme is stated on other pages); else empty."""
    schemes = sorted({m.group(1) for b in request_blocks for m in _SIGNATURE.finditer(b.text)})
    if schemes:
        return schemes[0]
    if any(_HTTP_REQUEST.match(b.text.strip()) and _AUTH_LINE.search(b.text) for b in request_blocks):
        return "?"
    return ""
