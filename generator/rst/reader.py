"""Read one docutils doctree into a `RawPage`: what the page says, each piece with file and line.

This stage knows nothing about OpenAPI. It walks the doctree with the page's state: classifies sections, finds
METHOD+path lines, reads parameter tables by header name, collects code blocks with their context and reads status
codes. What titles and header cells name is `headings`; the text of a node (Markdown-ish, plain, its line) is `text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

import docutils.nodes as nodes

from generator.diagnostics import CODES, Diagnostic, Loc
from generator.model import RawBlock, RawPage, RawRow, RawStatus, RawTable, UriLine
from generator.rst.element_lines import signature_scheme, take_labels
from generator.rst.headings import map_columns, section_kind
from generator.rst.labels import page_labels
from generator.rst.parse import message_diagnostics
from generator.rst.text import cell_markdown, description_text, line_of, plain, refs, text_of
from generator.rst.uri import find_split_uri, find_uris, instantiates, path_placeholders, template_diagnostics

__all__ = ["read_page"]

_STATUS_TEXT = re.compile(
    r"^\s*(?:\*\*)?(?:status\s*code|http\s*status(?:\s*code)?|response\s*code)\s*[:：]?\s*(?:\*\*)?\s*"
    r"([1-5]\d\d)\b", re.IGNORECASE)
_STATUS_ALONE = re.compile(r"^\s*([1-5]\d\d)(?:\s+[A-Za-z][A-Za-z -]*)?\s*[.,;]?\s*$")
_HOST = re.compile(r"https?://([a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,})(?=[/:])", re.IGNORECASE)
_RELEASE_DATE = re.compile(r"\s*(?:(?:released?\s+)?date|released?\s+on)\s*", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TABLE_NUMBER = re.compile(r"^\s*(?:\*\*)?table\s+(\d+)(?:\*\*)?\s*", re.IGNORECASE)


# ----------------------------------------------------------------------------------------------------------------
# the walk


@dataclass
class _State:
    path: str
    source_lines: list[str] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)  # (kind, title)
    context: str = ""
    status: str | None = None
    uri_texts: list[tuple[str, int]] = field(default_factory=list)  # paragraph texts of the current URI section
    uris: list[UriLine] = field(default_factory=list)
    uri_section_seen: bool = False
    fallback: list[UriLine] = field(default_factory=list)
    tables: list[RawTable] = field(default_factory=list)
    blocks: list[RawBlock] = field(default_factory=list)
    statuses: list[RawStatus] = field(default_factory=list)
    status_refs: list[str] = field(default_factory=list)
    release_dates: list[tuple[str, Loc]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    example_uris: int = 0  # code blocks outside URI sections that hold a METHOD+path line
    all_uri_texts: list[tuple[str, int]] = field(default_factory=list)
    table_nodes: dict[int, int] = field(default_factory=dict)  # id(table node) -> index in `tables`
    leads: list[str] = field(default_factory=list)  # the first paragraph of each list item the walk is inside

    @property
    def kind(self) -> str:
        for kind, _title in reversed(self.sections):
            if kind != "other":
                return kind
        return "other"

    @property
    def title(self) -> str:
        return self.sections[-1][1] if self.sections else ""

    def loc(self, node: nodes.Node) -> Loc:
        return Loc(self.path, line_of(node))


def _add_uris(state: _State, text: str, node: nodes.Node, *, in_uri: bool) -> None:
    for m in find_uris(text, allow_concrete=in_uri):
        state.diagnostics.extend(template_diagnostics(m, state.loc(node)))
        if m.problem:
            continue
        line = UriLine(state.loc(node), m.method, m.path, m.query, m.raw, m.subresources, m.http)
        target = state.uris if in_uri else state.fallback
        if all((u.method, u.path, u.subresources) != (line.method, line.path, line.subresources) for u in target):
            target.append(line)


def _drop_uri_examples(uris: list[UriLine]) -> tuple[list[UriLine], list[Diagnostic]]:
    """A concrete request line that instantiates a templated line of the same page (same method, a value in place of
    each placeholder: a `URI example` bullet under the `URI format` one) is that line's example, not an operation
    of its own: dropped, with an info diagnostic. A URI section with concrete lines only keeps them."""
    kept: list[UriLine] = []
    diagnostics: list[Diagnostic] = []
    for u in uris:
        template = next((t for t in uris if t.method == u.method and path_placeholders(t.path)
                         and instantiates(u.path, t.path)), None)
        if template is None:
            kept.append(u)
            continue
        diagnostics.append(Diagnostic(u.loc, "uri-example", CODES["uri-example"][0],
                                      f"`{u.method} {u.path}` is an example of `{template.method} {template.path}`"
                                      f" (line {template.loc.line}), not an operation of its own"))
    return kept, diagnostics


def _read_table(state: _State, node: nodes.table) -> RawTable | None:
    title_node = node.next_node(nodes.title)
    caption = plain(title_node) if title_node is not None and title_node.parent is node else ""
    number: str | None = None
    m = _TABLE_NUMBER.match(caption)
    if m:
        number = m.group(1)
        caption = caption[m.end():].strip()
    tgroup = node.next_node(nodes.tgroup)
    if tgroup is None:
        return None
    thead = tgroup.next_node(nodes.thead)
    tbody = tgroup.next_node(nodes.tbody)
    if tbody is None:
        return None
    header_cells: tuple[str, ...] = ()
    if thead is not None:
        first = thead.next_node(nodes.row)
        if first is not None:
            header_cells = tuple(plain(e) for e in first.children)
    roles = map_columns(header_cells)
    kind: str
    if ("status" in roles and "name" not in roles) or (
        state.kind == "status" and "type" not in roles and "mandatory" not in roles and header_cells
    ):
        kind = "status"
        if "status" not in roles:
            roles["status"] = 0
    elif "name" in roles and ({"type", "mandatory", "description"} & roles.keys()):
        kind = "param"
    else:
        kind = "other"
    rows: list[RawRow] = []
    for row in tbody.children:
        if not isinstance(row, nodes.row):
            continue
        cells = [e for e in row.children if isinstance(e, nodes.entry)]

        def cell(role: str, cells: list[nodes.entry] = cells) -> nodes.entry | None:
            i = roles.get(role)
            return cells[i] if i is not None and i < len(cells) else None

        loc = state.loc(cells[0]) if cells else state.loc(row)
        if kind == "status":
            code_cell = cell("status")
            desc_cell = cell("description")
            code = plain(code_cell) if code_cell is not None else ""
            desc = cell_markdown(desc_cell) if desc_cell is not None else ""
            state.statuses.append(RawStatus(loc, code, desc))
            continue
        if kind == "other" and header_cells and _RELEASE_DATE.fullmatch(header_cells[0]) and cells:
            date = plain(cells[0]).strip()  # a change history: `Release Date | Description`
            if _ISO_DATE.fullmatch(date):
                state.release_dates.append((date, loc))
        if kind != "param":
            continue
        name_cell, type_cell, mand_cell, desc_cell = cell("name"), cell("type"), cell("mandatory"), cell("description")
        extra = tuple(
            (header_cells[i], cell_markdown(cells[i]))
            for i in range(min(len(cells), len(header_cells)))
            if i not in roles.values()
        )
        location_cell = cell("location")
        if location_cell is not None:
            extra = (("IN", plain(location_cell)), *extra)
        cell_labels = take_labels(desc_cell, type_cell is not None, description_text)
        rows.append(
            RawRow(
                loc=loc,
                name=plain(name_cell) if name_cell is not None else "",
                type_text=plain(type_cell) if type_cell is not None else cell_labels.type_text,
                mandatory_text=plain(mand_cell) if mand_cell is not None else None,
                description=cell_labels.description,
                name_refs=refs(name_cell) if name_cell is not None else (),
                type_refs=refs(type_cell) if type_cell is not None else (),
                desc_refs=refs(desc_cell) if desc_cell is not None else (),
                extra=extra,
                parent_text=cell_labels.parent,
                child_text=cell_labels.child,
                type_in_description=cell_labels.type_text is not None and type_cell is None,
            )
        )
    return RawTable(
        loc=state.loc(node),
        labels=(),  # set by `read_page` once every label of the page is placed
        title=caption,
        number=number,
        context=state.context,
        section=state.kind,
        section_title=state.title,
        status=state.status,
        headers=header_cells,
        kind=kind,  # type: ignore[arg-type]
        rows=tuple(rows),
        index=len(state.tables),
    )


def _block_loc(state: _State, node: nodes.Node, text: str) -> Loc:
    """The line of a code block's first line. docutils gives `code-block` contents no line, or the line where
    the block ends: find the block's first lines in the source near what it gives."""
    approx = line_of(node)
    wanted = [ln.strip() for ln in text.splitlines() if ln.strip()][:3]
    lines = state.source_lines
    if not wanted or not lines:
        return Loc(state.path, approx)

    def matches(i: int) -> bool:
        if lines[i].strip() != wanted[0]:
            return False
        got = [ln.strip() for ln in lines[i:i + 3 * len(wanted) + 3] if ln.strip()][: len(wanted)]
        return got == wanted

    if node.line:  # the end of the block: the nearest match at or before it
        for i in range(min(approx, len(lines)) - 1, max(approx - len(text.splitlines()) - 10, 0) - 1, -1):
            if matches(i):
                return Loc(state.path, i + 1)
        return Loc(state.path, approx)
    for i in range(max(approx - 1, 0), min(approx + 60, len(lines))):
        if matches(i):
            return Loc(state.path, i + 1)
    return Loc(state.path, approx)


def _visit_paragraph(state: _State, node: nodes.Element) -> None:
    text = plain(node)
    kind = state.kind
    m = _STATUS_TEXT.match(text)
    if m:
        state.status = m.group(1)
    elif kind in ("status",):
        alone = _STATUS_ALONE.match(text)
        if alone:
            state.statuses.append(RawStatus(state.loc(node), alone.group(1), state.context))
    if kind == "response" or kind == "response-example":
        low = text.lower()
        if low.startswith(("normal", "example normal", "successful", "success")) and len(low) < 60:
            state.status = state.status if state.status and state.status.startswith("2") else None
        elif low.startswith(("abnormal", "example abnormal", "error response", "failure")) and len(low) < 60:
            state.status = "error"
    abnormal = kind == "response" and ("abnormal" in state.title.lower() or state.status == "error")
    if kind == "status" or abnormal:
        for ref in refs(node):
            if ref not in state.status_refs:
                state.status_refs.append(ref)
    if kind == "uri":
        state.uri_texts.append((text, line_of(node)))
        state.all_uri_texts.append((text, line_of(node)))
        _add_uris(state, node.astext(), node, in_uri=True)
    elif kind not in ("request-example", "response-example", "example", "response", "status", "errors"):
        _add_uris(state, node.astext(), node, in_uri=False)
    state.context = text


_REQUEST_OR_RESPONSE = re.compile(r"\b(?:request|respon)", re.IGNORECASE)


def _block_context(state: _State) -> str:
    """What the page says just before a code block; under an `Example` section, when that names neither request nor
    response (`- Example request` then `- Creating a cluster with HA enabled` and the block), the enclosing item that
    does, before it: `Example request: Creating a cluster with HA enabled`."""
    if state.kind != "example" or _REQUEST_OR_RESPONSE.search(state.context):
        return state.context
    lead = next((t for t in reversed(state.leads) if _REQUEST_OR_RESPONSE.search(t)), "")
    return f"{lead}: {state.context}" if lead else state.context


def _walk(state: _State, node: nodes.Node) -> None:
    if isinstance(node, nodes.system_message):
        return  # docutils' message (and the markup it could not read, quoted): not page content
    if isinstance(node, nodes.section):
        title = plain(node[0]) if len(node) and isinstance(node[0], nodes.title) else ""
        kind = section_kind(title)
        state.sections.append((kind, title))
        saved_status = state.status
        state.context = title
        state.status = None
        if kind == "uri":
            state.uri_section_seen = True
            state.uri_texts = []
        for child in node.children[1:]:
            _walk(state, child)
        if kind == "uri" and state.uri_texts:
            for m in find_split_uri([t for t, _ in state.uri_texts]):
                state.diagnostics.extend(template_diagnostics(m, Loc(state.path, state.uri_texts[0][1])))
                if m.problem:
                    continue
                line = UriLine(Loc(state.path, state.uri_texts[0][1]), m.method, m.path, m.query, m.raw)
                if all((u.method, u.path) != (line.method, line.path) for u in state.uris):
                    state.uris.append(line)
        state.sections.pop()
        state.status = saved_status
        return
    if isinstance(node, nodes.table):
        table = _read_table(state, node)
        if table is not None:
            state.table_nodes[id(node)] = len(state.tables)
            state.tables.append(table)
            if state.kind == "uri":  # METHOD+path in a table cell under URI
                for entry in node.findall(nodes.entry):
                    _add_uris(state, entry.astext(), entry, in_uri=True)
        return
    if isinstance(node, nodes.literal_block):
        text = node.astext()
        state.blocks.append(RawBlock(_block_loc(state, node, text), text, state.kind, state.title,
                                     _block_context(state), state.status))
        if state.kind in ("uri", "request-syntax"):
            _add_uris(state, text, node, in_uri=True)
        elif find_uris(text):
            state.example_uris += 1
        return
    if isinstance(node, nodes.paragraph | nodes.rubric):
        _visit_paragraph(state, node)
        return
    if isinstance(node, nodes.title):
        state.context = plain(node)
        return
    if isinstance(node, nodes.list_item):
        first = node.children[0] if node.children else None
        state.leads.append(plain(first) if isinstance(first, nodes.paragraph) else "")
        for child in node.children:
            _walk(state, child)
        state.leads.pop()
        return
    if isinstance(node, nodes.Element):
        for child in node.children:
            _walk(state, child)


def _original_name(doc: nodes.document) -> str | None:
    for fld in doc.findall(nodes.field):
        name = fld.next_node(nodes.field_name)
        body = fld.next_node(nodes.field_body)
        if name is not None and body is not None and plain(name) == "original_name":
            return plain(body) or None
    return None


_DEPRECATED_TEXT = re.compile(
    r"\b(this api (has been|is|will be) (discarded|deprecated|abandoned|removed|offline)|"
    r"(discarded|deprecated) api|no longer (recommended|maintained|supported))", re.IGNORECASE)
_DEPRECATED_PATH = re.compile(r"(historical|deprecated|discarded|out-of-date|out_of_date|unrecommended|obsolete)",
                              re.IGNORECASE)


def _iter_function_text(doc: nodes.document) -> Iterator[str]:
    for sec in doc.findall(nodes.section):
        title = plain(sec[0]) if len(sec) and isinstance(sec[0], nodes.title) else ""
        if title.lower() in ("function", "description", "functions", "api description"):
            for child in sec.children[1:]:
                if isinstance(child, nodes.paragraph | nodes.bullet_list | nodes.note | nodes.caution):
                    yield cell_markdown(child)


def read_page(doc: nodes.document, path: str, source: str = "",
              messages: Sequence[nodes.system_message] = ()) -> tuple[RawPage, list[Diagnostic]]:
    """Read a parsed page. `path` is relative to the docs root and is used in every location; `source`, the
    page text, sharpens the lines of code blocks (docutils gives `code-block` contents none); `messages`, what
    docutils reported while parsing it (`ParsedPage.messages`), become diagnostics."""
    state = _State(path=path, source_lines=source.splitlines())
    title_node = doc.next_node(nodes.title)
    title = plain(title_node) if title_node is not None else ""
    for child in doc.children:
        _walk(state, child)
    uris, example_diags = _drop_uri_examples(state.uris or state.fallback)
    state.diagnostics.extend(example_diags)
    labels = page_labels(doc, state.table_nodes)
    named: dict[int, list[str]] = {}
    for name, index in labels.labels:
        if index is not None:
            named.setdefault(index, []).append(name)
    tables = tuple(replace(t, labels=tuple(named.get(t.index, ()))) for t in state.tables)
    state.diagnostics[:0] = message_diagnostics(path, doc, messages, labels.cut)
    description = "\n\n".join(t for t in _iter_function_text(doc) if t.strip())
    deprecated = bool(_DEPRECATED_PATH.search(path)) or bool(_DEPRECATED_TEXT.search(description)) or bool(
        re.search(r"\b(deprecated|discarded)\b", title, re.IGNORECASE)
    )
    error_body = any(
        t.kind == "param" and {"error_code", "error_msg"} <= {r.name for r in t.rows} for t in state.tables
    ) and not uris
    hosts = tuple(sorted({h.lower() for t, _ in state.all_uri_texts for h in _HOST.findall(t)}))
    request_blocks = [b for b in state.blocks if b.section in ("request-syntax", "request-example", "example")]
    page = RawPage(
        path=path,
        loc=Loc(path, line_of(title_node) if title_node is not None else 1),
        title=title,
        original_name=_original_name(doc),
        labels=labels.labels,
        uris=tuple(uris),
        states_uri=state.uri_section_seen or bool(uris),
        uri_source="uri-section" if state.uris else ("fallback" if uris else ""),
        example_uris=state.example_uris,
        tables=tables,
        blocks=tuple(state.blocks),
        statuses=tuple(state.statuses),
        status_refs=tuple(state.status_refs),
        description=description,
        deprecated=deprecated,
        error_body_page=error_body,
        hosts=hosts,
        mentions_auth_token="x-auth-token" in text_of(doc).lower(),
        signature_auth=signature_scheme(request_blocks),
        release_dates=tuple(state.release_dates),
    )
    return page, state.diagnostics
