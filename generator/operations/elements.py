"""XML element tables (S3 style): rows that are XML elements, nested into the tree of one XML body.

Where an element sits is read from what the docs state, in this order:

1. the `Parent:` line of its description cell (`Parent: Rule`, a dotted path `ListBucketResult.Contents`, or
   alternatives `Expiration, Transition`, `Filter or And`, `A | B`; `Parent: none` marks the root);
2. the `Child:` line of another row naming it (`Child: SSEAlgorithm and KMSMasterKeyID`);
3. the XML outline of the page's syntax and sample blocks of the same part (request or response): the element that
   encloses it there.

An element with children is an object (`Type: container`, `XML` or no type); the one element with no parent is the
root, whose name becomes the body's XML name. An element is an array only where the docs say it repeats: a `Child:`
line with "one or more X elements" / "zero or multiple X", or two X under one parent in a documented XML block.
Nothing else is guessed: an element whose parent none of these sources names stays at the top of the body, and a
diagnostic says so. Every row stays one property (the row accounting does not change).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from generator.diagnostics import Diagnostic
from generator.model import Property, RawRow, RawTable, Schema
from generator.operations.state import diag

__all__ = ["Outline", "is_element_header", "is_element_table", "is_raw_data", "is_xml_document", "nest_elements",
           "outline_of"]

_TAG = re.compile(r"<(/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>")
_ANY_TAG = re.compile(r"<[^<>]*>")
_SPLIT = re.compile(r"\s*(?:,|\||;|\bor\b|\band\b)\s*", re.IGNORECASE)
_REPEATED = re.compile(r"\b(?:one or more|zero or more|zero or multiple|one or multiple|multiple|several)\s+"
                       r"([A-Za-z_][\w.-]*)", re.IGNORECASE)
_NONE = {"none", "n/a", "-", ""}
_CONTAINER_TYPES = {"object", "any"}


@dataclass
class Outline:
    """Parent/child relations between element names in a part's documented XML blocks."""

    parents: dict[str, list[str]] = field(default_factory=dict)  # child -> parents, in document order
    repeated: set[tuple[str, str]] = field(default_factory=set)  # (parent, child): twice under one parent element
    names: set[str] = field(default_factory=set)
    roots: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        """Read one XML document (lenient: a placeholder such as `<object Content>` is no element, an unclosed
        element closes with its parent)."""
        stack: list[tuple[str, dict[str, int]]] = []
        for m in _ANY_TAG.finditer(text):
            tag = _TAG.fullmatch(m.group(0))
            if tag is None:
                continue  # `<?xml ...?>`, `<!-- -->`, `<object Content>`
            closing, name, self_closing = tag.group(1), tag.group(2).split(":")[-1], tag.group(4)
            if closing:
                while stack and stack[-1][0] != name:
                    stack.pop()
                if stack:
                    stack.pop()
                continue
            self.names.add(name)
            if stack:
                parent, counts = stack[-1]
                counts[name] = counts.get(name, 0) + 1
                if counts[name] > 1:
                    self.repeated.add((parent, name))
                known = self.parents.setdefault(name, [])
                if parent not in known:
                    known.append(parent)
            elif name not in self.roots:
                self.roots.append(name)
            if not self_closing:
                stack.append((name, {}))


def is_xml_document(text: str) -> bool:
    """At least one real element: not only placeholders such as `<object Content>` (the raw data of an object).
    An HTML page (an error page shown as the response of a JSON API) is not an XML body."""
    if re.match(r"\s*(<!doctype html|<html\b)", text, re.IGNORECASE):
        return False
    return any(_TAG.fullmatch(m.group(0)) and not m.group(0).startswith(("<?", "<!"))
               for m in _ANY_TAG.finditer(text))


def is_raw_data(text: str) -> bool:
    """Only placeholders in angle brackets, one of them naming content (`<Optional Additional Header>`, `<object
    Content>`): the body is the raw data of an object, not XML."""
    tags = [m.group(0) for m in _ANY_TAG.finditer(text)]
    return bool(tags) and not is_xml_document(text) and any(re.search(r"\bcontent\b", t, re.IGNORECASE)
                                                            for t in tags)


def outline_of(texts: Iterable[str]) -> Outline:
    outline = Outline()
    for text in texts:
        outline.add(text)
    return outline


def is_element_header(table: RawTable) -> bool:
    """The name column is headed `Element`: the rows are XML elements."""
    return any(h.strip().lower() in ("element", "elements", "element name") for h in table.headers)


def is_element_table(table: RawTable, outline: Outline) -> bool:
    """Rows with `Parent:`/`Child:` lines, a name column headed `Element`, or a table whose rows are mostly elements
    of the part's XML outline."""
    if any(r.parent_text or r.child_text for r in table.rows) or is_element_header(table):
        return True
    names = [r.name.strip() for r in table.rows if r.name.strip()]
    return bool(names) and sum(n in outline.names for n in names) * 2 > len(names)


@dataclass
class _Node:
    index: int
    row: RawRow | None  # None: an element no row describes, named by a dotted Parent path or an XML block
    prop: Property
    parents: list[int] = field(default_factory=list)
    root: bool = False  # `Parent: none`

    @property
    def parent_text(self) -> str:
        return self.row.parent_text if self.row is not None else ""

    @property
    def child_text(self) -> str:
        return self.row.child_text if self.row is not None else ""


def _items(text: str) -> list[str]:
    return [w for w in (x.strip().strip(".") for x in _SPLIT.split(text)) if w]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_][\w-]*", text))


class _Tree:
    def __init__(self, entries: Sequence[tuple[RawRow, Property]], outline: Outline, table: RawTable) -> None:
        self.nodes = [_Node(i, row, prop) for i, (row, prop) in enumerate(entries)]
        self.outline = outline
        self.table = table
        self.by_name: dict[str, list[_Node]] = {}
        for n in self.nodes:
            self.by_name.setdefault(n.prop.name, []).append(n)
        self.repeated: set[tuple[int, str]] = set()  # (parent index, child name)
        self.unknown: dict[int, str] = {}  # node index -> a parent its Parent line names that nothing else knows

    def synth(self, name: str, parents: Sequence[str] = ()) -> _Node:
        """The element `name` that no row describes (an ancestor a dotted path or an XML block names), once; its
        parents are the dotted path's, else the XML outline's."""
        known = [n for n in self.by_name.get(name, []) if n.row is None]
        if known:
            return known[0]
        node = _Node(len(self.nodes), None, Property(name=name, required=False, loc=self.table.loc, schema=Schema(
            kind="object", loc=self.table.loc, name_hint=name,
            description="An element the documented XML (or a dotted Parent path) shows; no row describes it.")))
        self.nodes.append(node)
        self.by_name.setdefault(name, []).append(node)
        chain = list(parents) or self.outline.parents.get(name, [])[:1]
        if chain:
            parent = self.find(chain[-1], node) or self.synth(chain[-1], chain[:-1] if parents else ())
            node.parents.append(parent.index)
        return node

    def find(self, name: str, exclude: _Node) -> _Node | None:
        found = [c for c in self.by_name.get(name, []) if c is not exclude]
        return found[0] if found else None

    def resolve(self, dotted: str, exclude: _Node) -> _Node | None:
        """The node a `Parent:` item names: a name, or a dotted path whose last part is the parent's name (made up
        from the path or the XML outline when no row describes it); None for a name nothing else knows."""
        parts = [p for p in dotted.split(".") if p]
        candidates = [c for c in self.by_name.get(parts[-1], []) if c is not exclude]
        if len(candidates) > 1 and len(parts) > 1:
            narrowed = [c for c in candidates if any(self.nodes[p].prop.name == parts[-2] for p in c.parents)
                        or parts[-2] in _words(c.parent_text)]
            candidates = narrowed or candidates
        if candidates:
            return candidates[0]
        if len(parts) > 1 or parts[-1] in self.outline.names:
            return self.synth(parts[-1], parts[:-1])
        self.unknown.setdefault(exclude.index, parts[-1])
        return None

    def place(self) -> None:
        named_children: dict[str, list[_Node]] = {}
        rows = list(self.nodes)
        for n in rows:
            for m in _REPEATED.finditer(n.child_text):
                self.repeated.add((n.index, m.group(1)))
            for word in _words(n.child_text):
                named_children.setdefault(word, []).append(n)
        # 1. Parent lines (dotted paths resolved after the plain ones, so their ancestors are known)
        for n in sorted(rows, key=lambda n: n.parent_text.count(".")):
            text = n.parent_text.strip()
            if text.lower() in _NONE:
                n.root = bool(text)
                continue
            for item in _items(text):
                parent = self.resolve(item, n)
                if parent is not None and parent.index not in n.parents:
                    n.parents.append(parent.index)
        # 2. Child lines, 3. the XML outline, for the rows no Parent line placed
        same_name_seen: dict[str, int] = {}
        for n in rows:
            if n.parents or n.root:
                continue
            parents = [p for p in named_children.get(n.prop.name, []) if p is not n]
            if not parents:
                names = self.outline.parents.get(n.prop.name, [])
                k = same_name_seen.get(n.prop.name, 0)
                same_name_seen[n.prop.name] = k + 1
                same = [m for m in rows if m.prop.name == n.prop.name]
                if len(same) > 1 and len(names) == len(same):
                    names = [names[k]]  # the k-th row of a repeated name under the k-th parent of the outline
                parents = [self.find(name, n) or self.synth(name) for name in names]
            n.parents = [p.index for p in parents]
        for n in self.nodes:
            for p in n.parents:
                parent = self.nodes[p]
                if (parent.prop.name, n.prop.name) in self.outline.repeated:
                    self.repeated.add((p, n.prop.name))

    def roots(self) -> list[_Node]:
        return [n for n in self.nodes if not n.parents]

    def children(self, node: _Node) -> list[_Node]:
        return [n for n in self.nodes if node.index in n.parents]

    def schema(self, node: _Node, stack: tuple[int, ...], diagnostics: list[Diagnostic]) -> Schema:
        """The property schema of one element: an object over its children where it has any."""
        base = node.prop.schema
        kids = [k for k in self.children(node) if k.index not in stack]
        if not kids:  # a leaf, a table it links (`:ref:`), or a container whose children no row describes
            container = base.raw_type.strip().lower() in ("xml", "container") and base.kind not in _CONTAINER_TYPES
            return replace(base, kind="object", format=None, max_length=None) if container else base
        props: list[Property] = []
        seen: set[str] = set()
        for kid in kids:
            if kid.prop.name in seen:
                diagnostics.append(diag(kid.prop.loc, "duplicate-property",
                                        f"`{kid.prop.name}` is defined twice under `{node.prop.name}`"))
                continue
            seen.add(kid.prop.name)
            sub = self.schema(kid, (*stack, kid.index), diagnostics)
            if (node.index, kid.prop.name) in self.repeated and sub.kind != "array":
                sub = Schema(kind="array", loc=kid.prop.loc, description=sub.description,
                             items=replace(sub, description="", loc=None), name_hint=kid.prop.name)
            props.append(replace(kid.prop, schema=sub))
        return replace(base, kind="object", properties=tuple(props), format=None, max_length=None,
                       items=None, values=None, name_hint=node.prop.name, table=base.loc,
                       table_title=node.prop.name)


def nest_elements(entries: Sequence[tuple[RawRow, Property]], outline: Outline,
                  table: RawTable) -> tuple[Schema, list[Diagnostic]]:
    """The body of one part from its element rows (each with its typed property): the root element's schema with
    `xml_name`, or, when the rows have no single root, an object of the top elements (no XML name)."""
    diagnostics: list[Diagnostic] = []
    tree = _Tree(entries, outline, table)
    tree.place()
    roots = tree.roots()
    declared = [n for n in roots if n.root]
    containers = [n for n in roots if tree.children(n)]
    root = declared[0] if len(declared) == 1 else (containers[0] if len(containers) == 1 else None)
    if root is None and len(roots) == 1:
        root = roots[0]  # one element and nothing inside it: the body is that element (`<Location>region</Location>`)
    if root is not None:
        for n in roots:
            if n is not root and not n.root:
                n.parents = [root.index]
                why = (f"its Parent `{tree.unknown[n.index]}` is no element of this body" if n.index in tree.unknown
                       else "no Parent line, Child line or XML block places it")
                diagnostics.append(diag(n.prop.loc, "xml-parent-unknown",
                                        f"`{n.prop.name}`: {why}; read as a child of the root `{root.prop.name}`"))
        body = tree.schema(root, (root.index,), diagnostics)
        return replace(body, description=root.prop.schema.description, xml_name=root.prop.name,
                       table=table.loc, table_title=table.title or root.prop.name), diagnostics
    props = [replace(n.prop, schema=tree.schema(n, (n.index,), diagnostics)) for n in roots]
    return Schema(kind="object", loc=table.loc, properties=tuple(props), name_hint=table.title or None,
                  table=table.loc, table_title=table.title), diagnostics
