"""One page -> PageResult: which tables are top-level and their roles (parameters, request or response body,
response headers), where each parameter goes (path, query, header), the bodies, and the orphan tables."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from generator.diagnostics import Diagnostic, internal_error
from generator.model import PageResult, Parameter, Property, RawBlock, RawPage, RawTable, Schema
from generator.operations.elements import (
    Outline,
    is_element_header,
    is_element_table,
    is_raw_data,
    nest_elements,
    outline_of,
)
from generator.operations.examples import block_target
from generator.operations.linking import LabelIndex, title_index_of
from generator.operations.responses import build_operation, page_statuses
from generator.operations.rows import RowTyper, row_counts, row_location
from generator.operations.state import PageBuild, Part, TitleIndex, diag, part_of
from generator.rst.uri import path_placeholders

__all__ = ["build_page"]


_HEADER_NAME = re.compile(r"^(x-[a-z0-9-]+|content-type|accept|accept-language|authorization|user-agent|host|"
                          r"content-length|date|x-auth-token|x-subject-token|if-match|etag)$", re.IGNORECASE)


# A name that can only be an HTTP header (`X-Auth-Token`, `Content-Type`): a hyphen, not a word that is also a
# plausible query parameter (`date`, `host`, `accept`).
_UNMISTAKABLE_HEADER = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$|^authorization$", re.IGNORECASE)
_URI_TABLE_WORDS = re.compile(r"\b(path|query|uri)\s+parameters?\b|\burl\s+parameters?\b", re.IGNORECASE)


def _says_uri(table: RawTable, placeholders: set[str], query: set[str]) -> bool:
    """The table itself says its rows belong to the URI: titled (or introduced) as path/query/URI parameters, or it
    holds a placeholder of the path or a key of the query template."""
    if _URI_TABLE_WORDS.search(f"{table.title} {table.context}"):
        return True
    return any(r.name.strip() in placeholders or r.name.strip() in query for r in table.rows)


def _param_location(row_name: str, table: RawTable, placeholders: set[str], query: set[str]) -> str:
    """Where a row of a parameter table goes. The table decides where it says: a placeholder of the path, a key of
    the query template, a header table. The header-name guess (`date`, `host`) only applies where the table does
    not say; in a table that says URI, only a name that can be nothing but a header (`X-Auth-Token`) is one."""
    named = f"{table.title} {table.section_title}".lower()
    if row_name in placeholders:
        return "path"
    if row_name in query:
        return "query"
    if table.section == "header" or "header" in named:
        return "header"
    if "header" in table.context.lower() and "parameter" not in table.title.lower():
        # the sentence before the table says headers; a table titled as parameters is what its title says
        # (OBS: "you can override ... message headers using the request parameters", then `Request parameters`)
        return "header"
    if _says_uri(table, placeholders, query):
        return "header" if _HEADER_NAME.match(row_name) and _UNMISTAKABLE_HEADER.match(row_name) else "query"
    if _HEADER_NAME.match(row_name):
        return "header"
    return "query"


_BODY_TITLE = re.compile(r"\b(?:request|message)\s+body\b|\bbody\s+parameters?\b", re.IGNORECASE)


def _table_role(t: RawTable, placeholders: set[str], query: set[str], bodiless: bool) -> Part:
    """Where a top-level table belongs: URI/header parameters, request body or response body.
    A GET or HEAD has no body, so its request tables are query (or header) parameters. A table titled as the body
    (`v2.1 request message body`) is the body, whatever the paragraph before it says about headers."""
    part = part_of(t)
    if part == "request" and bodiless and is_element_header(t):
        return "request"  # an XML element table is a body, whatever the syntax block shows
    if part == "request" and (bodiless or any(k == "IN" for r in t.rows for k, _v in r.extra)):
        return "params"
    if part == "request" and _BODY_TITLE.search(t.title):
        return "request"
    if part == "request":
        low = f"{t.title} {t.context}".lower()
        names = {r.name for r in t.rows}
        if ("header" in low or "uri" in low.split() or "path parameter" in low or "query" in low
                or (names and names <= placeholders | query)):
            return "params"
    return part


def build_page(typer: RowTyper, page: RawPage) -> tuple[PageResult, list[Diagnostic]]:
    """One page with a METHOD+path -> its operations, every parameter table's rows accounted for."""
    b = PageBuild(page=page)
    placeholders: set[str] = set()
    query: set[str] = set()
    for u in page.uris:
        placeholders.update(path_placeholders(u.path))
        query.update(u.query)
    # a GET or HEAD has no body; nor has a raw HTTP request whose syntax block shows none (or only the raw data of an
    # object): its request parameter tables are query parameters
    bodiless = all(u.method in ("GET", "HEAD") for u in page.uris) or (
        all(u.http for u in page.uris) and _syntax_body(b) in ("none", "raw"))
    param_tables = [t for t in page.tables if t.kind == "param"]
    top, title_index = _top_tables(typer.links, page, param_tables, placeholders, query, bodiless)

    roles = {t.index: _table_role(t, placeholders, query, bodiless) for t in top}
    outlines = {part: outline_of(sniffed.xml for block, sniffed in b.sniffed
                                 if sniffed.xml is not None and block_target(block) == part)
                for part in ("request", "response")}
    # bodies first: tables they claim by title or "see Table N" are not top-level any more
    request_schema = _body(typer, b, [t for t in top if roles[t.index] == "request"], title_index,
                           outlines["request"])
    by_status: dict[str | None, list[RawTable]] = {}
    header_tables: dict[str | None, list[RawTable]] = {}
    for t in top:
        if roles[t.index] == "response":
            is_header = "header" in f"{t.title} {t.context}".lower()
            (header_tables if is_header else by_status).setdefault(t.status, []).append(t)
    responses = {st: _body(typer, b, ts, title_index, outlines["response"]) for st, ts in by_status.items()}
    # `<object Content>` where a body would be: the raw data of an object (S3 style uploads and downloads)
    raw = {part: next((block for block, sniffed in b.sniffed if sniffed.xml is not None and is_raw_data(sniffed.xml)
                       and block_target(block) == part), None) for part in ("request", "response")}
    if request_schema is None and raw["request"] is not None and _syntax_body(b) == "raw":
        request_schema = _raw_data(raw["request"])
    if raw["response"] is not None and not any(st in (None, "") or (st or "").startswith("2") for st in responses):
        responses[raw["response"].status] = _raw_data(raw["response"])
    response_headers: dict[str | None, tuple[Parameter, ...]] = {}
    for st, ts in header_tables.items():
        heads: list[Parameter] = []
        for t in ts:
            schema = typer.table_schema(b, (page.path, t.index), (), title_index, in_params=True)
            heads.extend(Parameter(name=p.name, location="header", required=p.required, schema=p.schema, loc=p.loc)
                         for p in schema.properties)
        response_headers[st] = tuple(heads)
    params, body_rows = _parameters(typer, b, [t for t in top if roles[t.index] == "params"], title_index,
                                    placeholders, query, bodiless)
    if body_rows:
        extra = Schema(kind="object", loc=body_rows[0].loc, properties=tuple(body_rows), name_hint="body")
        request_schema = extra if request_schema is None else _merge_objects(request_schema, extra)
    _orphans(b, param_tables)

    statuses = page_statuses(page)
    if not any(code.startswith("2") for code, _desc, _loc in statuses):
        # no success status written on the page: the status line of its raw HTTP sample response says it
        sample = next(((sniffed.status, block.loc) for block, sniffed in b.sniffed
                       if block_target(block) == "response" and (sniffed.status or "").startswith("2")), None)
        if sample is not None and sample[0] is not None:
            statuses.insert(0, (sample[0], "Normal response (the status of the documented sample response)",
                                sample[1]))
    auth = any(p.location == "header" and p.name.lower() == "x-auth-token" for p in params)
    operations = []
    for u in page.uris:
        try:
            operations.append(build_operation(b, page, u, params, request_schema,
                                              {st: sc for st, sc in responses.items() if sc is not None}, statuses,
                                              auth, response_headers))
        except Exception as exc:  # a bug on one METHOD+path of the page: the others still build
            b.diagnostics.append(internal_error(u.loc, "operations", f"operation {u.method} {u.path}", exc))
    total, typed = row_counts(b, typer.links.pages)
    result = PageResult(path=page.path, status="operation", reason="", operations=tuple(operations),
                        parameter_rows=total, rows_as_properties=typed, rows_as_diagnostics=total - typed)
    return result, b.diagnostics


def _top_tables(links: LabelIndex, page: RawPage, param_tables: Sequence[RawTable], placeholders: set[str],
                query: set[str], bodiless: bool) -> tuple[list[RawTable], TitleIndex]:
    """The parameter tables no other table of the page links (same-page links decide), in page order, and the
    title index of the linked tables the top ones may still claim by title."""
    linked_by: dict[int, set[int]] = {}
    for t in param_tables:
        for row in t.rows:
            for ref in (*row.type_refs, *row.name_refs, *row.desc_refs):
                target = links.resolve_label(ref)
                if target is not None and target[0] == page.path and target[1] is not None and target[1] != t.index:
                    linked_by.setdefault(target[1], set()).add(t.index)
    top = [t for t in param_tables if t.index not in linked_by]
    # A part whose tables all link to each other (a recursive structure: a job with sub-jobs) still has a top:
    # its first table.
    for part in ("request", "response"):
        in_part = [t for t in param_tables if _table_role(t, placeholders, query, bodiless) == part]
        if in_part and not any(t in top for t in in_part):
            top.append(in_part[0])
    top.sort(key=lambda t: t.index)
    return top, title_index_of(page, set(linked_by) - {t.index for t in top})


def _parameters(typer: RowTyper, b: PageBuild, tables: Sequence[RawTable], title_index: TitleIndex,
                placeholders: set[str], query: set[str], bodiless: bool) -> tuple[list[Parameter], list[Property]]:
    """The rows of the parameter tables placed in path, query or header; rows that belong to the body apart."""
    page = b.page
    params: list[Parameter] = []
    body_rows: list[Property] = []
    for t in tables:
        if (page.path, t.index) in b.used_tables:
            continue
        schema = typer.table_schema(b, (page.path, t.index), (), title_index, in_params=True)
        stated_at = {r.loc: where for r in t.rows if (where := row_location(r)) is not None}
        for prop in schema.properties:
            where = stated_at.get(prop.loc) or _param_location(prop.name, t, placeholders, query)
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
    return params, body_rows


def _orphans(b: PageBuild, param_tables: Sequence[RawTable]) -> None:
    """Parameter tables on the page that nothing reached: a diagnostic each, their rows counted as diagnostics."""
    page = b.page
    for t in param_tables:
        if (page.path, t.index) not in b.used_tables and t.rows and t.section == "other":
            # under a heading that is none of the operation's parts ("Format of bucket access logs"): it documents
            # something else than this operation's parameters, so its rows are reported, not counted
            b.diagnostics.append(diag(t.loc, "table-outside-operation",
                                      f"table `{t.title or t.context[:60]}` ({len(t.rows)} rows) under "
                                      f"`{t.section_title}` is linked from nothing: not read as parameters"))
            continue
        if (page.path, t.index) not in b.used_tables and t.rows:
            b.diagnostics.append(diag(t.loc, "orphan-table",
                                      f"table `{t.title or t.context[:60]}` ({len(t.rows)} rows) is not linked from"
                                      " any operation"))
            b.used_tables.add((page.path, t.index))
            for ri in range(len(t.rows)):
                b.row_outcomes[(page.path, t.index, ri)] = False


def _body(typer: RowTyper, b: PageBuild, tables: Sequence[RawTable], title_index: TitleIndex,
          outline: Outline) -> Schema | None:
    """One body from its top-level tables: merged when they add fields, `oneOf` when they redefine fields
    (a page documenting two alternative bodies, e.g. create an instance / create a read replica). XML element
    tables are nested into the tree of their XML body first; two XML roots are two alternatives."""
    schemas: list[Schema] = []
    for t in tables:
        key = (b.page.path, t.index)
        if key in b.used_tables:
            continue
        if is_element_table(t, outline):
            schema, diags = nest_elements(typer.row_entries(b, key, title_index), outline, t)
            b.diagnostics.extend(diags)
            schemas.append(schema)
            continue
        bare = typer.bare_value(b, key)
        schemas.append(bare if bare is not None else _whole_body(typer.table_schema(b, key, (), title_index)))
    if not schemas:
        return None
    if any(s.kind != "object" for s in schemas):  # arrays, bare values: alternatives, never merged as fields
        return schemas[0] if len(schemas) == 1 else Schema(kind="object", loc=schemas[0].loc, one_of=tuple(schemas))
    merged = schemas[0]
    alternatives: list[Schema] = []
    for s in schemas[1:]:
        if {p.name for p in merged.properties} & {p.name for p in s.properties} or s.xml_name or merged.xml_name:
            alternatives.append(s)
        else:
            merged = _merge_objects(merged, s)
    if alternatives:
        return Schema(kind="object", loc=merged.loc, name_hint=merged.name_hint, one_of=(merged, *alternatives))
    return merged


# A body table whose one row is a bracketed placeholder (`[Array]`, `[items]`, `[Array element]`) of an array type is
# how the docs write a body that is itself an array (a JSON Patch document, a list response): the body is the array.
_WHOLE_BODY_NAME = re.compile(r"^\[[^\[\]]+\]$")


def _whole_body(table: Schema) -> Schema:
    if len(table.properties) != 1 or table.one_of:
        return table
    row = table.properties[0]
    if not _WHOLE_BODY_NAME.match(row.name) or row.schema.kind != "array":
        return table
    return replace(row.schema, name_hint=table.name_hint, table=table.table, table_title=table.table_title)


_FORM = re.compile(r"(?im)^\s*content-type\s*:\s*multipart/form-data")


def _syntax_body(b: PageBuild) -> str:
    """What the request syntax block of a raw HTTP request shows after its headers: `xml`, `json`, `raw` (the data of
    an object: `<object Content>`), `form` (a multipart form) or `none`."""
    for block, sniffed in b.sniffed:
        if block.section != "request-syntax":
            continue
        if sniffed.xml is not None:
            return "raw" if is_raw_data(sniffed.xml) else "xml"
        if sniffed.kind == "json":
            return "json"
        return "form" if _FORM.search(block.text) else "none"
    return "json"  # no syntax block: nothing to say


def _raw_data(block: RawBlock) -> Schema:
    return Schema(kind="string", format="binary", loc=block.loc, name_hint="content",
                  description="The raw data of the object (`<object Content>` in the documented request or response).")


def _merge_objects(a: Schema, other: Schema) -> Schema:
    return Schema(kind="object", loc=a.loc, description=a.description, properties=(*a.properties, *other.properties),
                  name_hint=a.name_hint, table=a.table, table_title=a.table_title)
