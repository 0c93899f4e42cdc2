"""Raw pages -> operations: link nested tables, type every row, place parameters, examples and statuses.

Input is the read layer of `generator.model` for a whole docs tree (labels resolve across pages); output
is the operation layer, per page, with the row accounting the report needs. Nothing here knows OpenAPI.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Literal

from generator.diagnostics import CODES, Diagnostic, Loc
from generator.model import (
    Example,
    Operation,
    PageInfo,
    PageResult,
    Parameter,
    Property,
    RawBlock,
    RawPage,
    RawRow,
    RawTable,
    Response,
    Schema,
    TypeInfo,
    UriLine,
)
from generator.rst.examples import SniffedBlock, sniff_block
from generator.rst.types import looks_like_type, parse_mandatory, parse_type
from generator.rst.uri import normalise_path, path_placeholders

__all__ = ["ServiceModel", "build_service", "tag_of"]

TableKey = tuple[str, int]  # (page path, table index)
Part = Literal["params", "request", "response", "other"]


@dataclass(frozen=True)
class ServiceModel:
    pages: tuple[PageResult, ...]
    error_schema: Schema | None
    uses_auth_token: bool
    diagnostics: tuple[Diagnostic, ...]


def _diag(loc: Loc, code: str, message: str) -> Diagnostic:
    return Diagnostic(loc, code, CODES[code][0], message)


def tag_of(path: str) -> str:
    parent = PurePosixPath(path).parent
    return parent.name if parent.name else "default"


_PLACEHOLDER_NAMES = {"", "-", "/", "n/a", "na", "none", "null", "--", "—"}
_HEADER_NAME = re.compile(r"^(x-[a-z0-9-]+|content-type|accept|accept-language|authorization|user-agent|host|"
                          r"content-length|date|x-auth-token|x-subject-token|if-match|etag)$", re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(if|when|unless|only|required|mandatory)\b", re.IGNORECASE)
_SEE_TABLE = re.compile(r"\b(?:see|in|refer to)\s+(?:the\s+)?table\s+(\d+)\b", re.IGNORECASE)
_TITLE_WORDS = re.compile(r"[A-Za-z0-9_.\-/]+")
_STRUCT_WORDS = {"field", "fields", "object", "objects", "structure", "structures", "description", "parameter",
                 "parameters", "data", "element", "elements", "list", "array", "info", "information"}
_OBJECTISH = {"object", "array", "map", "any", "unknown"}
_SCALARS = {"string", "integer", "number", "boolean"}


def _part_of(table: RawTable) -> Part:
    s = table.section
    if s in ("uri", "path", "query", "header", "request-syntax"):
        return "params"
    if s == "request":
        return "request"
    if s in ("response",):
        return "response"
    if s in ("request-example", "example") and "header" in table.title.lower():
        return "params"
    return "other"


def _words(text: str) -> set[str]:
    return {w.lower().strip(".") for w in _TITLE_WORDS.findall(text.replace("**", " "))}


@dataclass
class _PageBuild:
    """Mutable scratch state while one page is turned into operations."""

    page: RawPage
    diagnostics: list[Diagnostic] = field(default_factory=list)
    used_tables: set[TableKey] = field(default_factory=set)
    row_outcomes: dict[tuple[str, int, int], bool] = field(default_factory=dict)  # True: typed property
    schema_cache: dict[TableKey, Schema] = field(default_factory=dict)
    sniffed: list[tuple[RawBlock, SniffedBlock]] = field(default_factory=list)
    example_types: dict[str, dict[str, str]] = field(default_factory=dict)  # part -> key -> JSON type

    def __post_init__(self) -> None:
        for block in self.page.blocks:
            sniffed = sniff_block(block.text)
            self.sniffed.append((block, sniffed))
            if sniffed.has_json:
                target = "request" if sniffed.request_line is not None else _block_target(block)
                _collect_types(sniffed.value, self.example_types.setdefault(target, {}))


def _json_type(value: object) -> str | None:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return None


def _collect_types(value: object, out: dict[str, str]) -> None:
    """Every key of a documented example with the JSON type of its first non-null value."""
    if isinstance(value, dict):
        for k, v in value.items():
            t = _json_type(v)
            if t is not None:
                out.setdefault(str(k), t)
            _collect_types(v, out)
    elif isinstance(value, list):
        for v in value:
            _collect_types(v, out)


class _Service:
    def __init__(self, pages: Sequence[RawPage]) -> None:
        self.pages = {p.path: p for p in pages}
        self.labels: dict[str, tuple[str, int | None]] = {}
        for p in sorted(pages, key=lambda p: p.path):
            for label, idx in p.labels:
                self.labels.setdefault(label, (p.path, idx))
        self.diagnostics: list[Diagnostic] = []

    # -- linking -----------------------------------------------------------------------------------------------

    def resolve_label(self, label: str) -> tuple[str, int | None] | None:
        return self.labels.get(label)

    def link_row(self, b: _PageBuild, table_key: TableKey, row: RawRow, ti: TypeInfo | None,
                 title_index: dict[Part, list[tuple[TableKey, set[str]]]]) -> TableKey | None:
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
                b.diagnostics.append(_diag(row.loc, "unresolved-ref", f"`{row.name}` refers to unknown label `{ref}`"))
                continue
            tpage, tidx = target
            if tidx is None:
                continue
            ttable = self.pages[tpage].tables[tidx]
            if ttable.kind != "param" or (tpage, tidx) == table_key:
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

    def skipped_level(self, b: _PageBuild, table_key: TableKey, row: RawRow, ti: TypeInfo | None,
                      title_index: dict[Part, list[tuple[TableKey, set[str]]]], target: TableKey) -> TableKey | None:
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

    def title_match(self, b: _PageBuild, table_key: TableKey, row: RawRow, ti: TypeInfo | None,
                    title_index: dict[Part, list[tuple[TableKey, set[str]]]]) -> TableKey | None:
        """A table on the row's page, not linked by any row, whose title names the field or its structure."""
        page_path = table_key[0]
        page = self.pages[page_path]
        own = page.tables[table_key[1]] if page_path == b.page.path else None
        names = {row.name.lower()}
        if ti is not None:
            for named in (ti.named, ti.items.named if ti.items is not None else None):
                if named:
                    names.add(named.lower())
        part = _part_of(own) if own is not None else "other"
        candidates = title_index.get(part, []) + (title_index.get("other", []) if part != "other" else [])
        for key, words in candidates:
            if key == table_key or key[0] != page_path:
                continue
            if own is not None and key[1] <= own.index and names == {row.name.lower()}:
                continue
            structure_names = {n for n in names if n != row.name.lower()}
            if (names & words and words & _STRUCT_WORDS) or (structure_names & words):
                return key
        return None

    # -- rows and tables ---------------------------------------------------------------------------------------

    def row_type(self, b: _PageBuild, row: RawRow) -> tuple[TypeInfo | None, bool | None, str]:
        type_text, mand_text = row.type_text, row.mandatory_text
        if (type_text is not None and mand_text is not None and looks_like_type(mand_text)
                and not looks_like_type(type_text)):
            type_text, mand_text = mand_text, type_text
            b.diagnostics.append(_diag(row.loc, "swapped-columns", f"`{row.name}`: Mandatory `{row.mandatory_text}`"
                                       f" and Type `{row.type_text}` read as swapped"))
        required: bool | None = None
        condition = ""
        if mand_text is not None:
            required, unclear = parse_mandatory(mand_text)
            if unclear:
                b.diagnostics.append(_diag(row.loc, "mandatory-unclear",
                                           f"`{row.name}`: Mandatory cell `{mand_text[:80]}`"))
                if _CONDITIONAL.search(mand_text):
                    # "Yes (If the volume is created from ...)": required only under a condition, kept as text
                    required, condition = False, mand_text
        if type_text is None or type_text.strip().lower() in _PLACEHOLDER_NAMES:
            return None, required, condition
        return parse_type(type_text, bool(row.type_refs)), required, condition

    def table_schema(self, b: _PageBuild, key: TableKey, stack: tuple[TableKey, ...],
                     title_index: dict[Part, list[tuple[TableKey, set[str]]]], in_params: bool = False) -> Schema:
        if key in b.schema_cache:
            return b.schema_cache[key]
        page_path, idx = key
        table = self.pages[page_path].tables[idx]
        b.used_tables.add(key)
        props: list[Property] = []
        seen: set[str] = set()
        for ri, row in enumerate(table.rows):
            prop = self.row_property(b, key, ri, row, (*stack, key), title_index, in_params)
            if prop is None:
                continue
            if prop.name in seen:
                b.diagnostics.append(_diag(row.loc, "duplicate-property", f"`{prop.name}` is defined twice"))
                b.row_outcomes[(page_path, idx, ri)] = False
                continue
            seen.add(prop.name)
            props.append(prop)
        schema = Schema(kind="object", loc=table.loc, properties=tuple(props),
                        name_hint=table.title or table.context or None, description="", table=table.loc,
                        table_title=table.title or table.context)
        b.schema_cache[key] = schema
        return schema

    def row_property(self, b: _PageBuild, key: TableKey, ri: int, row: RawRow, stack: tuple[TableKey, ...],
                     title_index: dict[Part, list[tuple[TableKey, set[str]]]], in_params: bool) -> Property | None:
        outcome_key = (key[0], key[1], ri)
        name = row.name.strip()
        if name.lower() in _PLACEHOLDER_NAMES:
            b.diagnostics.append(_diag(row.loc, "row-no-name", f"row with name `{row.name}` skipped"))
            b.row_outcomes[outcome_key] = False
            return None
        ti, required, condition = self.row_type(b, row)
        child = self.link_row(b, key, row, ti, title_index)
        child_schema: Schema | None = None
        if child is not None:
            if child in stack:
                b.diagnostics.append(_diag(row.loc, "ref-cycle", f"`{name}` links back to a table above it"))
            else:
                child_schema = self.table_schema(b, child, stack, title_index)
        alternatives = [
            self.table_schema(b, alt, stack, title_index)
            for alt in self.alternative_tables(child, row, title_index) if alt not in stack
        ] if child is not None and child_schema is not None else []
        typed = True
        schema: Schema
        if ti is None:
            if child_schema is not None:
                schema = _with(child_schema, row, name)
            elif in_params:
                schema = Schema(kind="string", loc=row.loc, description=row.description, name_hint=name)
            elif (example_kind := self.example_type(b, key, name)) is not None:
                b.diagnostics.append(_diag(row.loc, "type-from-example",
                                           f"`{name}` has no Type cell; `{example_kind}` read from the page's example"))
                schema = Schema(kind=example_kind, loc=row.loc, description=row.description,  # type: ignore[arg-type]
                                name_hint=name)
            else:
                typed = False
                b.diagnostics.append(_diag(row.loc, "missing-type", f"`{name}` has no type"))
                schema = Schema(kind="any", loc=row.loc, description=row.description, name_hint=name)
        elif ti.kind == "unknown":
            typed = False
            b.diagnostics.append(_diag(row.loc, "unknown-type", f"`{name}`: type `{ti.raw}` is not in the vocabulary"))
            if child_schema is not None:
                schema = _with(child_schema, row, name, raw=ti.raw)
            else:
                schema = Schema(kind="any", loc=row.loc, description=row.description, name_hint=name, raw_type=ti.raw)
        else:
            schema = self.type_schema(ti, row, name, child_schema)
            if child is None and _wants_child(ti):
                b.diagnostics.append(_diag(row.loc, "unlinked-object",
                                           f"`{name}` ({ti.raw}) has no linked child table"))
        if alternatives and schema.kind == "object":
            # "x field data structure description (creating a read replica)": another shape of the same field
            shapes = tuple(_with(s, None, name) for s in (child_schema, *alternatives) if s is not None)
            schema = replace(schema, properties=(), one_of=shapes)
        b.row_outcomes[outcome_key] = typed
        return Property(name=name, required=bool(required), schema=schema, loc=row.loc, required_when=condition)

    def alternative_tables(self, primary: TableKey, row: RawRow,
                           title_index: dict[Part, list[tuple[TableKey, set[str]]]]) -> list[TableKey]:
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

    def example_type(self, b: _PageBuild, key: TableKey, name: str) -> str | None:
        """The JSON type the page's own examples give a key, for a table with no Type column."""
        if key[0] != b.page.path:
            return None
        part = _part_of(self.pages[key[0]].tables[key[1]])
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
            return _with(child, row, name, raw=ti.raw)
        return _scalar(ti, row.loc, desc, name)


def _base_title(title: str) -> frozenset[str]:
    """A table title without its parenthesised qualifier and structure words: the field it describes."""
    return frozenset(_words(re.sub(r"\([^)]*\)", " ", title)) - _STRUCT_WORDS)


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


# ---------------------------------------------------------------------------------------------------------------
# examples and statuses


def _block_target(block: RawBlock) -> Literal["request", "response", "none"]:
    ctx = f"{block.section_title} {block.context}".lower()
    if block.section == "request-example":
        return "request"
    if block.section == "response-example":
        return "response"
    if block.section in ("request", "request-syntax", "uri"):
        return "request" if "respon" not in ctx else "response"
    if block.section == "response":
        return "response"
    if block.section == "example":
        if "respon" in ctx:
            return "response"
        if "request" in ctx:
            return "request"
    return "none"


_ERRORISH = re.compile(r"\b(abnormal|fail(ed|ure)?|error|exception|unsuccessful)\b", re.IGNORECASE)
_STATUS_IN_TEXT = re.compile(r"\b([1-5]\d\d)\b")


def _example_status(block: RawBlock, sniffed_status: str | None) -> str | None:
    if sniffed_status:
        return sniffed_status
    if block.status and block.status != "error":
        return block.status
    if block.status == "error" or _ERRORISH.search(block.context):
        m = _STATUS_IN_TEXT.search(block.context)
        return m.group(1) if m else "error"
    m = re.search(r"status code[:\s]*([1-5]\d\d)", block.context, re.IGNORECASE)
    return m.group(1) if m else None


# ---------------------------------------------------------------------------------------------------------------
# one page


def _page_info(page: RawPage) -> PageInfo:
    return PageInfo(path=page.path, loc=page.loc, title=page.title, original_name=page.original_name,
                    tag=tag_of(page.path), deprecated=page.deprecated, description=page.description)


def _title_index(page: RawPage, linked: set[int]) -> dict[Part, list[tuple[TableKey, set[str]]]]:
    out: dict[Part, list[tuple[TableKey, set[str]]]] = {}
    for t in page.tables:
        if t.kind != "param" or t.index in linked:
            continue
        words = _words(f"{t.title} {t.context if not t.title else ''}")
        out.setdefault(_part_of(t), []).append(((page.path, t.index), words))
    return out


def _param_location(row_name: str, table: RawTable, placeholders: set[str], query: set[str]) -> str:
    low_ctx = f"{table.title} {table.context} {table.section_title}".lower()
    if row_name in placeholders:
        return "path"
    if row_name in query:
        return "query"
    if table.section == "header" or "header" in low_ctx or _HEADER_NAME.match(row_name):
        return "header"
    return "query"


def _table_role(t: RawTable, placeholders: set[str], query: set[str], bodiless: bool) -> Part:
    """Where a top-level table belongs: URI/header parameters, request body or response body.
    A GET or HEAD has no body, so its request tables are query (or header) parameters."""
    part = _part_of(t)
    if part == "request" and (bodiless or any(k == "IN" for r in t.rows for k, _v in r.extra)):
        return "params"
    if part == "request":
        low = f"{t.title} {t.context}".lower()
        names = {r.name for r in t.rows}
        if ("header" in low or "uri" in low.split() or "path parameter" in low or "query" in low
                or (names and names <= placeholders | query)):
            return "params"
    return part


def _build_page(svc: _Service, page: RawPage) -> tuple[PageResult, list[Diagnostic]]:
    b = _PageBuild(page=page)
    # same-page links decide which tables are top-level
    linked_by: dict[int, set[int]] = {}
    for t in page.tables:
        if t.kind != "param":
            continue
        for row in t.rows:
            for ref in (*row.type_refs, *row.name_refs, *row.desc_refs):
                target = svc.resolve_label(ref)
                if target is not None and target[0] == page.path and target[1] is not None and target[1] != t.index:
                    linked_by.setdefault(target[1], set()).add(t.index)
    placeholders: set[str] = set()
    query: set[str] = set()
    for u in page.uris:
        placeholders.update(path_placeholders(u.path))
        query.update(u.query)
    bodiless = all(u.method in ("GET", "HEAD") for u in page.uris)
    param_tables = [t for t in page.tables if t.kind == "param"]
    top = [t for t in param_tables if t.index not in linked_by]
    # A part whose tables all link to each other (a recursive structure: a job with sub-jobs) still has a top:
    # its first table.
    for part in ("request", "response"):
        in_part = [t for t in param_tables if _table_role(t, placeholders, query, bodiless) == part]
        if in_part and not any(t in top for t in in_part):
            top.append(in_part[0])
    top.sort(key=lambda t: t.index)
    title_index = _title_index(page, set(linked_by) - {t.index for t in top})

    roles = {t.index: _table_role(t, placeholders, query, bodiless) for t in top}
    # bodies first: tables they claim by title or "see Table N" are not top-level any more
    request_schema = _body(svc, b, [t for t in top if roles[t.index] == "request"], title_index)
    by_status: dict[str | None, list[RawTable]] = {}
    header_tables: dict[str | None, list[RawTable]] = {}
    for t in top:
        if roles[t.index] == "response":
            is_header = "header" in f"{t.title} {t.context}".lower()
            (header_tables if is_header else by_status).setdefault(t.status, []).append(t)
    responses = {st: _body(svc, b, ts, title_index) for st, ts in by_status.items()}
    response_headers: dict[str | None, tuple[Parameter, ...]] = {}
    for st, ts in header_tables.items():
        heads: list[Parameter] = []
        for t in ts:
            schema = svc.table_schema(b, (page.path, t.index), (), title_index, in_params=True)
            heads.extend(Parameter(name=p.name, location="header", required=p.required, schema=p.schema, loc=p.loc)
                         for p in schema.properties)
        response_headers[st] = tuple(heads)
    params: list[Parameter] = []
    body_rows: list[Property] = []
    for t in top:
        if roles[t.index] != "params" or (page.path, t.index) in b.used_tables:
            continue
        schema = svc.table_schema(b, (page.path, t.index), (), title_index, in_params=True)
        stated_in = {r.name.strip(): v.strip().lower() for r in t.rows for k, v in r.extra if k == "IN"}
        for prop in schema.properties:
            where = stated_in.get(prop.name) or _param_location(prop.name, t, placeholders, query)
            structured = prop.schema.kind in ("object", "array") and (
                prop.schema.properties or (prop.schema.items is not None and prop.schema.items.properties))
            if where == "query" and structured and not bodiless and prop.name not in query:
                where = "body"  # an object row with its own table, in a table under URI: the request body
            if where not in ("path", "query", "header"):  # an `IN` column that says body
                body_rows.append(prop)
                continue
            if any(p.name == prop.name and p.location == where for p in params):
                continue
            params.append(Parameter(name=prop.name, location=where,  # type: ignore[arg-type]
                                    required=True if where == "path" else prop.required,
                                    schema=prop.schema, loc=prop.loc, required_when=prop.required_when))
    if body_rows:
        extra = Schema(kind="object", loc=body_rows[0].loc, properties=tuple(body_rows), name_hint="body")
        request_schema = extra if request_schema is None else _merge_objects(request_schema, extra)
    # orphans: parameter tables on the page that nothing reached
    for t in param_tables:
        if (page.path, t.index) not in b.used_tables and t.rows:
            b.diagnostics.append(_diag(t.loc, "orphan-table",
                                       f"table `{t.title or t.context[:60]}` ({len(t.rows)} rows) is not linked from"
                                       " any operation"))
            b.used_tables.add((page.path, t.index))
            for ri in range(len(t.rows)):
                b.row_outcomes[(page.path, t.index, ri)] = False

    statuses = _statuses(page)
    auth = any(p.location == "header" and p.name.lower() == "x-auth-token" for p in params)
    operations = [
        _operation(b, page, u, params, request_schema,
                   {st: sc for st, sc in responses.items() if sc is not None}, statuses, auth, response_headers)
        for u in page.uris
    ]
    total = sum(len(svc.pages[p].tables[i].rows) for p, i in b.used_tables)
    typed = sum(1 for ok in b.row_outcomes.values() if ok)
    result = PageResult(path=page.path, status="operation", reason="", operations=tuple(operations),
                        parameter_rows=total, rows_as_properties=typed, rows_as_diagnostics=total - typed)
    return result, b.diagnostics


def _body(svc: _Service, b: _PageBuild, tables: Sequence[RawTable],
          title_index: dict[Part, list[tuple[TableKey, set[str]]]]) -> Schema | None:
    """One body from its top-level tables: merged when they add fields, `oneOf` when they redefine fields
    (a page documenting two alternative bodies, e.g. create an instance / create a read replica)."""
    schemas: list[Schema] = []
    for t in tables:
        key = (b.page.path, t.index)
        if key in b.used_tables:
            continue
        schemas.append(svc.table_schema(b, key, (), title_index))
    if not schemas:
        return None
    merged = schemas[0]
    alternatives: list[Schema] = []
    for s in schemas[1:]:
        if {p.name for p in merged.properties} & {p.name for p in s.properties}:
            alternatives.append(s)
        else:
            merged = _merge_objects(merged, s)
    if alternatives:
        return Schema(kind="object", loc=merged.loc, name_hint=merged.name_hint, one_of=(merged, *alternatives))
    return merged


def _merge_objects(a: Schema, other: Schema) -> Schema:
    return Schema(kind="object", loc=a.loc, description=a.description, properties=(*a.properties, *other.properties),
                  name_hint=a.name_hint, table=a.table, table_title=a.table_title)


def _statuses(page: RawPage) -> list[tuple[str, str, Loc]]:
    out: list[tuple[str, str, Loc]] = []
    for s in page.statuses:
        m = re.match(r"^\s*([1-5]\d\d)\b", s.code)
        if not m:
            continue
        if all(code != m.group(1) for code, _, _ in out):
            out.append((m.group(1), s.description, s.loc))
    return out


def _operation(b: _PageBuild, page: RawPage, uri: UriLine, params: list[Parameter],
               request: Schema | None, by_status: dict[str | None, Schema],
               statuses: list[tuple[str, str, Loc]], auth: bool,
               response_headers: dict[str | None, tuple[Parameter, ...]]) -> Operation:
    placeholders = path_placeholders(uri.path)
    op_params: list[Parameter] = []
    for p in params:
        if p.location == "path" and p.name not in placeholders:
            continue
        op_params.append(p)
    documented = {p.name for p in op_params if p.location == "path"}
    for ph in placeholders:
        if ph not in documented:
            b.diagnostics.append(_diag(uri.loc, "path-param-undocumented",
                                       f"`{{{ph}}}` in {uri.method} {uri.path} has no parameter row"))
            op_params.append(Parameter(name=ph, location="path", required=True,
                                       schema=Schema(kind="string", loc=uri.loc, name_hint=ph), loc=uri.loc))
    for q in uri.query:
        if not any(p.name == q and p.location == "query" for p in op_params):
            op_params.append(Parameter(name=q, location="query", required=False,
                                       schema=Schema(kind="string", loc=uri.loc, name_hint=q), loc=uri.loc))
    # examples
    req_examples: list[Example] = []
    resp_examples: dict[str, list[Example]] = {}
    key = normalise_path(uri.path)
    for block, sniffed in b.sniffed:
        if sniffed.kind in ("empty",):
            continue
        target = _block_target(block)
        if sniffed.request_line is not None:
            target = "request"
            method, url = sniffed.request_line
            if len(page.uris) > 1 and not _same_endpoint(method, url, uri, key):
                continue
        if not sniffed.has_json:
            if sniffed.kind == "json" and sniffed.error:
                b.diagnostics.append(_diag(block.loc, "example-invalid", f"example not loadable: {sniffed.error}"))
            continue
        if sniffed.repairs:
            b.diagnostics.append(_diag(block.loc, "example-repaired", "example is not valid JSON "
                                       f"({', '.join(sniffed.repairs)}); loaded after repair"))
        summary = block.context[:120]
        if target == "request":
            req_examples.append(Example(loc=block.loc, value=sniffed.value, summary=summary, repairs=sniffed.repairs))
        elif target == "response":
            st = _example_status(block, sniffed.status) or ""
            resp_examples.setdefault(st, []).append(
                Example(loc=block.loc, value=sniffed.value, summary=summary, repairs=sniffed.repairs,
                        status=st or None))
        else:
            b.diagnostics.append(_diag(block.loc, "example-unplaced", "JSON example outside request/response"))
    # responses
    success = [s for s in statuses if s[0][0] in "123"]
    errors = [s for s in statuses if s[0][0] in "45"]
    default_ok = success[0][0] if success else "200"
    responses: dict[str, Response] = {}
    for code, desc, loc in success:
        responses[code] = Response(status=code, description=desc or "Normal response", loc=loc)
    if default_ok not in responses:
        responses[default_ok] = Response(status=default_ok, description="Normal response (status not documented)",
                                         loc=uri.loc, assumed=True)
    for status_key, body in by_status.items():
        if status_key == "error":
            continue
        code = status_key or default_ok
        prev = responses.get(code) or Response(status=code, description="Response", loc=body.loc or uri.loc)
        responses[code] = replace(prev, schema=body)
    for code, desc, loc in errors:
        tabled = responses.get(code)
        responses[code] = Response(status=code, description=desc or "Error", loc=loc, is_error=True,
                                   schema=tabled.schema if tabled is not None else None)
    if not errors and page.status_refs:
        responses["default"] = Response(status="default", description="Abnormal response: see the Status Codes page",
                                        loc=uri.loc, is_error=True)
    for st, exs in resp_examples.items():
        if not st:
            code = default_ok
        elif st == "error":
            code = "default" if "default" in responses else (errors[0][0] if errors else "default")
        else:
            code = st
        if code not in responses:
            is_error = code == "default" or code[0] in "45"
            responses[code] = Response(status=code, description="Error response" if is_error else "Response",
                                       loc=exs[0].loc, is_error=is_error)
        r = responses[code]
        responses[code] = replace(r, examples=(*r.examples, *exs))
    for status_key, heads in response_headers.items():
        code = status_key if status_key and status_key in responses else default_ok
        responses[code] = replace(responses[code], headers=(*responses[code].headers, *heads))
    return Operation(method=uri.method, path=uri.path, loc=uri.loc, page=_page_info(page),
                     parameters=tuple(op_params), request=request, request_examples=tuple(req_examples),
                     responses=tuple(responses[k] for k in sorted(responses)), auth_token=auth)


def _same_endpoint(method: str, url: str, uri: UriLine, key: str) -> bool:
    if method.upper() != uri.method:
        return False
    segs = [s for s in key.split("/") if s and s != "{}"]
    return all(s in url for s in segs[:2])


# ---------------------------------------------------------------------------------------------------------------


def _error_schema(pages: Iterable[RawPage]) -> Schema | None:
    for page in sorted(pages, key=lambda p: p.path):
        if not page.error_body_page:
            continue
        for t in page.tables:
            names = {r.name for r in t.rows}
            if t.kind == "param" and {"error_code", "error_msg"} <= names:
                props = tuple(
                    Property(name=r.name, required=parse_mandatory(r.mandatory_text or "")[0] is True,
                             schema=Schema(kind="string", loc=r.loc,
                                                                       description=r.description, name_hint=r.name),
                             loc=r.loc)
                    for r in t.rows if r.name in ("error_code", "error_msg")
                )
                return Schema(kind="object", loc=t.loc, description=t.title, properties=props, name_hint="Error",
                              table=t.loc, table_title=t.title)
    return None


def build_service(pages: Sequence[RawPage], failed: Sequence[PageResult] = ()) -> ServiceModel:
    """Turn every read page of one docs tree into operations and per-page results."""
    svc = _Service(pages)
    results: list[PageResult] = list(failed)
    diagnostics: list[Diagnostic] = []
    for page in sorted(pages, key=lambda p: p.path):
        if not page.uris:
            if page.states_uri:
                reason = "URI section without a readable METHOD+path"
            elif page.example_uris:
                reason = (f"no URI section; METHOD+path only in {page.example_uris} example code block(s),"
                          " an illustration rather than an operation of this service")
            else:
                reason = "no METHOD+path on the page"
            if page.states_uri:
                diagnostics.append(_diag(page.loc, "no-operation", reason))
            results.append(PageResult(path=page.path, status="non-operation", reason=reason))
            continue
        try:
            result, diags = _build_page(svc, page)
        except Exception as exc:
            diagnostics.append(_diag(page.loc, "page-failed", f"{type(exc).__name__}: {exc}"))
            results.append(PageResult(path=page.path, status="failed", reason=f"{type(exc).__name__}: {exc}"))
            continue
        results.append(result)
        diagnostics.extend(diags)
    uses_auth = any(op.auth_token for r in results for op in r.operations) or any(
        p.mentions_auth_token for p in pages)
    unique = sorted(set(diagnostics), key=lambda d: (d.loc.path, d.loc.line, d.code, d.message))
    return ServiceModel(pages=tuple(sorted(results, key=lambda r: r.path)), error_schema=_error_schema(pages),
                        uses_auth_token=uses_auth, diagnostics=tuple(unique))
