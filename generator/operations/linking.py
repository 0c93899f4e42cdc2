"""Nested tables linked: the label index of a docs tree and every linking style in CORPUS.md (`:ref:`, "see Table
N", a table titled after the field, a ref that skips a level, alternative shapes of one field)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.model import RawPage, RawRow, TypeInfo
from generator.operations.state import PageBuild, TableKey, TitleIndex, diag, part_of

__all__ = ["LabelIndex", "title_index_of"]


_SEE_TABLE = re.compile(r"\b(?:see|in|refer to)\s+(?:the\s+)?table\s+(\d+)\b", re.IGNORECASE)
_TITLE_WORDS = re.compile(r"[A-Za-z0-9_.\-/]+")
_STRUCT_WORDS = {"field", "fields", "object", "objects", "structure", "structures", "description", "parameter",
                 "parameters", "data", "element", "elements", "list", "array", "info", "information"}
_OBJECTISH = {"object", "array", "map", "any", "unknown"}


def _words(text: str) -> set[str]:
    return {w.lower().strip(".") for w in _TITLE_WORDS.findall(text.replace("**", " "))}


class LabelIndex:
    """The pages of one docs tree by path and their labels (labels resolve across pages): which table a row links."""

    def __init__(self, pages: Sequence[RawPage]) -> None:
        self.pages = {p.path: p for p in pages}
        self.labels: dict[str, tuple[str, int | None]] = {}
        for p in sorted(pages, key=lambda p: p.path):
            for label, idx in p.labels:
                self.labels.setdefault(label, (p.path, idx))

    def resolve_label(self, label: str) -> tuple[str, int | None] | None:
        return self.labels.get(label)

    def link_row(self, b: PageBuild, table_key: TableKey, row: RawRow, ti: TypeInfo | None,
                 title_index: TitleIndex) -> TableKey | None:
        """The child table of an object/array row, by every linking style in CORPUS.md, or None."""
        page_path, _idx = table_key
        if ti is not None and ti.kind not in _OBJECTISH and not (ti.kind == "array" and ti.items is None) and not (
            ti.kind == "array" and ti.items is not None and ti.items.kind in _OBJECTISH
        ):
            return None
        refs_in_order = (*row.type_refs, *row.name_refs, *row.desc_refs)
        elsewhere: TableKey | None = None
        for ref in refs_in_order:
            target = self.resolve_label(ref)
            if target is None:
                b.diagnostics.append(diag(row.loc, "unresolved-ref", f"`{row.name}` refers to unknown label `{ref}`"))
                continue
            tpage, tidx = target
            if tidx is None:
                continue
            ttable = self.pages[tpage].tables[tidx]
            if (tpage, tidx) == table_key:
                # a table that nests itself: the recursion is cut, like a longer cycle, and said
                b.diagnostics.append(diag(row.loc, "ref-cycle", f"`{row.name}` links to its own table `{ref}`"))
                continue
            if ttable.kind != "param":
                continue
            if tpage == page_path:
                return self.skipped_level(b, table_key, row, ti, title_index, (tpage, tidx)) or (tpage, tidx)
            elsewhere = elsewhere or (tpage, tidx)
        if elsewhere is not None:
            # a link to another page's table, unless this page documents the field in a table of its own
            # ("Data structure of the **nodeTemplate** field" beside a link to the create-node page)
            local = self.title_match(b, table_key, row, ti, title_index)
            return local or elsewhere
        page = self.pages[page_path]
        # plain text "see Table N" (same page)
        m = _SEE_TABLE.search(row.description)
        if m:
            for t in page.tables:
                if t.number == m.group(1) and t.kind == "param" and (page.path, t.index) != table_key:
                    return (page.path, t.index)
        return self.title_match(b, table_key, row, ti, title_index)

    def skipped_level(self, b: PageBuild, table_key: TableKey, row: RawRow, ti: TypeInfo | None,
                      title_index: TitleIndex, target: TableKey) -> TableKey | None:
        """A row whose `:ref:` skips a level: a table no row links, titled after the field ("**instances** field
        data structure description"), that itself links the ref's target (its `instance` row -> Table 4) is the
        field's own table; the target sits one level below it. Without this, that table would be read as one
        more top-level table of the body."""
        wrapper = self.title_match(b, table_key, row, ti, title_index)
        if wrapper is None or wrapper == target:
            return None
        for other in self.pages[wrapper[0]].tables[wrapper[1]].rows:
            if any(self.resolve_label(ref) == target for ref in (*other.type_refs, *other.name_refs, *other.desc_refs)):
                return wrapper
        return None

    def title_match(self, b: PageBuild, table_key: TableKey, row: RawRow, ti: TypeInfo | None,
                    title_index: TitleIndex) -> TableKey | None:
        """A table on the row's page, not linked by any row, whose title names the field or its structure: a
        structure word beside the field name ("**tags** field description"), the structure's name (singular too:
        `Array of matches` -> "Description of the **match** field"), or the field's dotted path alone (IAM
        "role_assignments.user" below a table titled "role_assignments")."""
        page_path = table_key[0]
        page = self.pages[page_path]
        own = page.tables[table_key[1]] if page_path == b.page.path else None
        field = row.name.strip().lower()
        structure_names: set[str] = set()
        if ti is not None:
            for named in (ti.named, ti.items.named if ti.items is not None else None):
                if named:
                    structure_names |= _singulars(named.lower())
        structure_names.discard(field)
        names = {field} | structure_names
        paths = {field}
        if own is not None and _FIELD_PATH.fullmatch(_plain_title(own.title)):
            paths.add(f"{_plain_title(own.title).lower()}.{field}")
        part = part_of(own) if own is not None else "other"
        candidates = [(key, words) for key, words in
                      title_index.get(part, []) + (title_index.get("other", []) if part != "other" else [])
                      if key != table_key and key[0] == page_path]
        # the structure's own name first: `tag` typed `Resource_tag` is the "resource_tag" table, not the "tag" one
        for key, words in candidates:
            if structure_names & words:
                return key
        for key, words in candidates:
            before = own is not None and key[1] <= own.index
            if before and not structure_names:
                continue
            title = _plain_title(page.tables[key[1]].title).lower()
            if (names & words and words & _STRUCT_WORDS) or (not before and title in paths):
                return key
        return None

    def alternative_tables(self, primary: TableKey, row: RawRow, title_index: TitleIndex) -> list[TableKey]:
        """Other shapes of the same field: tables on the primary's page that the row also links, or that nothing
        links, whose title is the primary's but for a parenthesised qualifier ("(creating a read replica)")."""
        page = self.pages[primary[0]]
        base = _base_title(page.tables[primary[1]].title)
        if not base:
            return []
        candidates = {key for entries in title_index.values() for key, _words in entries}
        for ref in (*row.type_refs, *row.name_refs, *row.desc_refs):
            target = self.resolve_label(ref)
            if target is not None and target[1] is not None:
                candidates.add((target[0], target[1]))
        return [
            (page.path, t.index) for t in page.tables
            if (page.path, t.index) != primary and (page.path, t.index) in candidates and t.kind == "param"
            and "(" in t.title and _base_title(t.title) == base
        ]


_FIELD_PATH = re.compile(r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*")


def _plain_title(title: str) -> str:
    return title.replace("**", "").strip()


def _singulars(name: str) -> set[str]:
    """A structure name and the singulars it may have (`resource_tags` -> `resource_tag`, `matches` -> `match`,
    `policies` -> `policy`): the table that describes one element is titled after the singular."""
    out = {name}
    if name.endswith("ies"):
        out.add(name[:-3] + "y")
    if name.endswith("es"):
        out.add(name[:-2])
    if name.endswith("s") and not name.endswith("ss"):
        out.add(name[:-1])
    return out


def _base_title(title: str) -> frozenset[str]:
    """A table title without its parenthesised qualifier and structure words: the field it describes."""
    return frozenset(_words(re.sub(r"\([^)]*\)", " ", title)) - _STRUCT_WORDS)


def title_index_of(page: RawPage, linked: set[int]) -> TitleIndex:
    """The parameter tables of a page that no row links (`linked`), by part, with the words of their titles."""
    out: TitleIndex = {}
    for t in page.tables:
        if t.kind != "param" or t.index in linked:
            continue
        words = _words(f"{t.title} {t.context if not t.title else ''}")
        out.setdefault(part_of(t), []).append(((page.path, t.index), words))
    return out
