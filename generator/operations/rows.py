"""Rows typed: the Type and Mandatory cells of every row read into a property schema (scalar, array, object with its
linked child table, alternative shapes), or a diagnostic; and the row accounting of a page."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from generator.diagnostics import Loc, internal_error
from generator.model import Property, RawPage, RawRow, RawTable, Schema, TypeInfo
from generator.operations.elements import Outline, nest_elements
from generator.operations.linking import LabelIndex
from generator.operations.state import PageBuild, TableKey, TitleIndex, diag, part_of
from generator.rst.types import looks_like_type, parse_mandatory, parse_structure, parse_type, stated_location

__all__ = ["RowTyper", "row_counts", "row_location"]


_PLACEHOLDER_NAMES = {"", "-", "/", "n/a", "na", "none", "null", "--", "—"}
_CONDITIONAL = re.compile(r"\b(if|when|unless|only|required|mandatory)\b", re.IGNORECASE)
_BARE_KINDS = ("string", "integer", "number", "boolean")


def row_location(row: RawRow) -> str | None:
    """Where a parameter row says it goes: an `IN` column, or a location note in its Mandatory cell."""
    for k, v in row.extra:
        if k == "IN" and v.strip():
            return v.strip().lower()
    return stated_location(row.mandatory_text)


class RowTyper:
    """Every row of a table typed into a property (its child table linked through the label index) or a
    diagnostic; the outcome of each row is recorded in the page's scratch state for the row accounting."""

    def __init__(self, links: LabelIndex) -> None:
        self.links = links

    def row_type(self, b: PageBuild, row: RawRow) -> tuple[TypeInfo | None, bool | None, str]:
        type_text, mand_text = row.type_text, row.mandatory_text
        if (type_text is not None and mand_text is not None and looks_like_type(mand_text)
                and not looks_like_type(type_text)):
            type_text, mand_text = mand_text, type_text
            b.diagnostics.append(diag(row.loc, "swapped-columns", f"`{row.name}`: Mandatory `{row.mandatory_text}`"
                                      f" and Type `{row.type_text}` read as swapped"))
        required: bool | None = None
        condition = ""
        if mand_text is not None:
            required, unclear = parse_mandatory(mand_text)
            if unclear:
                b.diagnostics.append(diag(row.loc, "mandatory-unclear",
                                          f"`{row.name}`: Mandatory cell `{mand_text[:80]}`"))
                if _CONDITIONAL.search(mand_text):
                    # "Yes (If the volume is created from ...)": required only under a condition, kept as text
                    required, condition = False, mand_text
        if type_text is None or type_text.strip().lower() in _PLACEHOLDER_NAMES:
            return None, required, condition
        return parse_type(type_text, bool(row.type_refs)), required, condition

    def table_schema(self, b: PageBuild, key: TableKey, stack: tuple[TableKey, ...], title_index: TitleIndex,
                     in_params: bool = False) -> Schema:
        """The object a table describes. A bug on one row loses that row (an `internal-error`, counted as a row
        diagnostic); a bug outside the rows gives an empty object, every row of the table a diagnostic."""
        if key in b.schema_cache:
            return b.schema_cache[key]
        page_path, idx = key
        table = self.links.pages[page_path].tables[idx]
        b.used_tables.add(key)
        try:
            schema = self._table_schema(b, key, table, stack, title_index, in_params)
        except Exception as exc:
            b.diagnostics.append(internal_error(table.loc, "operations", f"table `{table.title or table.context[:60]}`",
                                                exc))
            for ri in range(len(table.rows)):
                b.row_outcomes[(page_path, idx, ri)] = False
            schema = Schema(kind="object", loc=table.loc, name_hint=table.title or table.context or None,
                            table=table.loc, table_title=table.title or table.context)
        b.schema_cache[key] = schema
        return schema

    def _table_schema(self, b: PageBuild, key: TableKey, table: RawTable, stack: tuple[TableKey, ...],
                      title_index: TitleIndex, in_params: bool) -> Schema:
        page_path, idx = key
        if any(r.parent_text or r.child_text for r in table.rows):
            # an XML element table a row links (`:ref:`): its rows nested as elements; the row is its root element
            nested, diagnostics = nest_elements(self.row_entries(b, key, title_index, stack), Outline(), table)
            b.diagnostics.extend(diagnostics)
            return replace(nested, xml_name=None)
        props: list[Property] = []
        seen: set[tuple[str, str | None]] = set()
        for ri, row in enumerate(table.rows):
            try:
                prop = self.row_property(b, key, ri, row, (*stack, key), title_index, in_params)
            except Exception as exc:
                b.diagnostics.append(internal_error(row.loc, "operations", f"row `{row.name.strip()[:60]}`", exc))
                b.row_outcomes[(page_path, idx, ri)] = False
                continue
            if prop is None:
                continue
            # in a parameter table, a path and a query parameter may share a name when the rows say so
            seen_key = (prop.name, row_location(row) if in_params else None)
            if seen_key in seen:
                b.diagnostics.append(diag(row.loc, "duplicate-property", f"`{prop.name}` is defined twice"))
                b.row_outcomes[(page_path, idx, ri)] = False
                continue
            seen.add(seen_key)
            props.append(prop)
        return Schema(kind="object", loc=table.loc, properties=tuple(props),
                      name_hint=table.title or table.context or None, description="", table=table.loc,
                      table_title=table.title or table.context)

    def bare_value(self, b: PageBuild, key: TableKey) -> Schema | None:
        """The body a table describes when it is one row named `-` with a scalar or File type (cloud-firewall's
        `-` | String, CCE's `-` | File): the docs' way of saying the body is a bare value, not an object. The row
        counts as a property. None for any other table (its rows are typed as usual)."""
        page_path, idx = key
        table = self.links.pages[page_path].tables[idx]
        if len(table.rows) != 1 or table.rows[0].name.strip() != "-":
            return None
        row = table.rows[0]
        ti = parse_type(row.type_text, bool(row.type_refs)) if row.type_text else None
        if ti is None or ti.kind not in _BARE_KINDS or ti.named:
            return None
        b.used_tables.add(key)
        b.row_outcomes[(page_path, idx, 0)] = True
        description = "" if row.description.strip().strip("`").lower() in _PLACEHOLDER_NAMES else row.description
        return replace(_scalar(ti, row.loc, description, table.title or "body"), table=table.loc,
                       table_title=table.title or table.context)

    def row_entries(self, b: PageBuild, key: TableKey, title_index: TitleIndex,
                    stack: tuple[TableKey, ...] = ()) -> list[tuple[RawRow, Property]]:
        """Every row of a table typed, each with its row, names repeated (an XML element table has an `ID` under
        two parents); the nesting decides what is a duplicate, and where an element sits."""
        table = self.links.pages[key[0]].tables[key[1]]
        b.used_tables.add(key)
        entries: list[tuple[RawRow, Property]] = []
        for ri, row in enumerate(table.rows):
            # a row's explicit `:ref:` to its table still links it; no title or "see Table N" guess does
            explicit = bool(row.type_refs or row.name_refs or row.desc_refs)
            prop = self.row_property(b, key, ri, row, (*stack, key), title_index, False, link=explicit)
            if prop is not None:
                entries.append((row, prop))
        return entries

    def row_property(self, b: PageBuild, key: TableKey, ri: int, row: RawRow, stack: tuple[TableKey, ...],
                     title_index: TitleIndex, in_params: bool, link: bool = True) -> Property | None:
        outcome_key = (key[0], key[1], ri)
        name = row.name.strip()
        if name.lower() in _PLACEHOLDER_NAMES:
            # `None`, `null`, `-`, `N/A` say "nothing here" in these docs (268 placeholder cells); no field of the
            # catalogue is named so (no name cell, no example key), so the row is no field: counted, reported
            what = f"named `{name}`: a placeholder, not a field name" if name else "with an empty name"
            b.diagnostics.append(diag(row.loc, "row-no-name", f"row {what}; skipped"))
            b.row_outcomes[outcome_key] = False
            return None
        ti, required, condition = self.row_type(b, row)
        # a spelling outside the vocabulary that names a structure (`Trigger`, `Array of resource_tags`) is that
        # structure when a child table is linked or titled after the name; without one it stays unknown
        structure = parse_structure(ti.raw) if ti is not None and ti.kind == "unknown" else None
        child = self.links.link_row(b, key, row, structure or ti, title_index) if link else None
        if structure is not None and child is not None:
            ti = structure
        child_schema: Schema | None = None
        if child is not None:
            if child in stack:
                b.diagnostics.append(diag(row.loc, "ref-cycle", f"`{name}` links back to a table above it"))
            else:
                child_schema = self.table_schema(b, child, stack, title_index)
        alternatives = [
            self.table_schema(b, alt, stack, title_index)
            for alt in self.links.alternative_tables(child, row, title_index) if alt not in stack
        ] if child is not None and child_schema is not None else []
        typed = True
        schema: Schema
        if ti is None:
            if child_schema is not None:
                schema = _with(child_schema, row, name)
            elif in_params:
                schema = Schema(kind="string", loc=row.loc, description=row.description, name_hint=name)
            elif (example_kind := self.example_type(b, key, name)) is not None:
                b.diagnostics.append(diag(row.loc, "type-from-example",
                                          f"`{name}` has no Type cell; `{example_kind}` read from the page's example"))
                schema = Schema(kind=example_kind, loc=row.loc, description=row.description,  # type: ignore[arg-type]
                                name_hint=name)
            else:
                typed = False
                b.diagnostics.append(diag(row.loc, "missing-type", f"`{name}` has no type"))
                schema = Schema(kind="any", loc=row.loc, description=row.description, name_hint=name)
        elif ti.kind == "unknown":
            typed = False
            b.diagnostics.append(diag(row.loc, "unknown-type", f"`{name}`: type `{ti.raw}` is not in the vocabulary"))
            if child_schema is not None:
                schema = _with(child_schema, row, name, raw=ti.raw)
            else:
                schema = Schema(kind="any", loc=row.loc, description=row.description, name_hint=name, raw_type=ti.raw)
        else:
            schema = self.type_schema(ti, row, name, child_schema)
            if child is None and _wants_child(ti):
                b.diagnostics.append(diag(row.loc, "unlinked-object",
                                          f"`{name}` ({ti.raw}) has no linked child table"))
        if alternatives and schema.kind == "object":
            # "x field data structure description (creating a read replica)": another shape of the same field
            shapes = tuple(_with(s, None, name) for s in (child_schema, *alternatives) if s is not None)
            schema = replace(schema, properties=(), one_of=shapes)
        b.row_outcomes[outcome_key] = typed
        return Property(name=name, required=bool(required), schema=schema, loc=row.loc, required_when=condition)

    def example_type(self, b: PageBuild, key: TableKey, name: str) -> str | None:
        """The JSON type the page's own examples give a key, for a table with no Type column."""
        if key[0] != b.page.path:
            return None
        part = part_of(self.links.pages[key[0]].tables[key[1]])
        target = "response" if part == "response" else "request"
        return b.example_types.get(target, {}).get(name)

    def type_schema(self, ti: TypeInfo, row: RawRow, name: str, child: Schema | None) -> Schema:
        desc = row.description
        if ti.kind == "array":
            items: Schema | None
            if child is not None:
                items = _with(child, None, _singular(name))
            elif ti.items is not None:
                items = _scalar(ti.items, None, "", _singular(name))
            else:
                items = None
            return Schema(kind="array", loc=row.loc, description=desc, items=items, name_hint=name, raw_type=ti.raw)
        if ti.kind in ("object", "any") and child is not None:
            return _with(child, row, name, raw=ti.raw)
        if ti.kind == "map" and child is not None:
            entry = _map_entry(child)
            if entry is not None:  # the table describes one entry of the map (its `key` and its `value`)
                return Schema(kind="map", loc=row.loc, description=desc, values=entry, name_hint=name,
                              raw_type=ti.raw)
            return _with(child, row, name, raw=ti.raw)
        return _scalar(ti, row.loc, desc, name)


def _map_entry(child: Schema) -> Schema | None:
    """The schema of a map's values when the map's table has exactly the rows `key` and `value` (`Map<String,String>`
    with a table "key: Parameter name ...; value: Parameter value ..."): the rows describe an entry, not two fields."""
    rows = {p.name.lower(): p for p in child.properties}
    if set(rows) != {"key", "value"} or child.values is not None:
        return None
    return rows["value"].schema


def _wants_child(ti: TypeInfo) -> bool:
    if ti.named:
        return True
    if ti.kind == "array" and ti.items is not None and ti.items.kind == "object":
        return True
    return False


def _singular(name: str) -> str:
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name + "_item"


def _scalar(ti: TypeInfo, loc: Loc | None, desc: str, name: str) -> Schema:
    values = _scalar(ti.values, None, "", name + "_value") if ti.values is not None else None
    items = _scalar(ti.items, None, "", _singular(name)) if ti.items is not None else None
    return Schema(kind=ti.kind, loc=loc, description=desc, format=ti.format, max_length=ti.max_length,
                  items=items, values=values, name_hint=name, raw_type=ti.raw)


def _with(child: Schema, row: RawRow | None, name: str, raw: str = "") -> Schema:
    return Schema(kind="object", loc=row.loc if row is not None else child.loc,
                  description=row.description if row is not None else "", properties=child.properties,
                  name_hint=name, raw_type=raw, values=child.values, table=child.table,
                  table_title=child.table_title)


def row_counts(b: PageBuild, pages: Mapping[str, RawPage]) -> tuple[int, int]:
    """The row accounting of one page: rows of every table it used, and how many of them became typed properties
    (the rest are diagnostics)."""
    total = sum(len(pages[p].tables[i].rows) for p, i in b.used_tables)
    typed = sum(1 for ok in b.row_outcomes.values() if ok)
    return total, typed
