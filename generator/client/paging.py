"""Paging schemes read from the spec: which list operations get an `iterate_<operation>` function.

A GET operation pages when its query parameters and its success response show one of three schemes:

- `offset`: query `offset` and `limit`; `offset` counts items (it is advanced by the items received), so a parameter
  whose description calls it a page number or page offset ("Page offset, which starts from 0 (page number minus
  1)", "offset indicates the page number") is no item offset: ambiguous. Stops at an empty page or, when the
  response has a total (`total`, `total_count`, `count`, `total_num`, `total_number`), when that many were read.
- `marker`: query `marker` and `limit`; the next marker is the `marker` of the response's `rel: next` link (a
  `links` or `<items>_links` array), or of a `next` URL, or else the last item's `id`. Stops at an empty page, or
  when the links name no next page.
- `page`: a page-number parameter (`page`, `curPage`, `currentPage`, `cur_page`, `current_page`, `page_no`) with a
  page-size one (`per_page`, `perPage`, `pagesize`, `page_size`, `pageSize`, `size`, `limit`) and a total in the
  response; the first page is the parameter's `default`, else its `minimum`. Stops when the total is read or at an
  empty page.

The items are the response's one array property not named `links`/`..._links`. What looks like paging but does not
resolve to exactly one scheme (offset and marker both offered, no single item array, a page scheme without total or
first page, items without `id` and no links) gets no iterator and a `client-paging-ambiguous` note saying why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.client.result import diag
from generator.client.view import GenerationView
from generator.diagnostics import Diagnostic

_PAGE_NUMBER = {"page", "curpage", "currentpage", "pageno", "pagenum", "pagenumber"}
_PAGE_SIZE = {"perpage", "pagesize", "size", "limit"}
_TOTAL = {"total", "totalcount", "count", "totalnum", "totalnumber"}
_PAGE_WORDS = re.compile(r"\bpage (?:number|offset|index)\b|\bnumber of (?:the )?pages?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Scheme:
    """How one operation pages, in wire names."""
    operation: str  # the view's operationId
    kind: str  # offset | marker | page
    cursor: str  # the query parameter that moves: offset, marker, page
    size: str  # the page-size query parameter
    items: str  # the response's item array
    total: str | None = None  # the response's total, if any
    links: str | None = None  # marker: the links array, or a `next` URL property
    first: int = 0  # page: the first page number
    source: str | None = None


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _resolve(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        schema = spec.get("components", {}).get("schemas", {}).get(str(schema["$ref"]).rsplit("/", 1)[-1])
        seen += 1
    return schema if isinstance(schema, dict) else {}


def _success_schema(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    for status, response in sorted(op.get("responses", {}).items()):
        if str(status).startswith("2") and isinstance(response, dict):
            media = response.get("content", {}).get("application/json")
            if isinstance(media, dict):
                return _resolve(spec, media.get("schema"))
    return {}


def _first_page(schema: dict[str, Any]) -> int | None:
    for key in ("default", "minimum"):
        value = schema.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.isdigit():
            return int(value)
    return None


def detect(spec: dict[str, Any], op_id: str, op: dict[str, Any]) -> tuple[Scheme | None, str | None]:
    """The paging scheme of a GET operation, or None with the reason it is ambiguous (None, None: no paging)."""
    query = {_norm(str(p.get("name"))): p for p in op.get("parameters", [])
             if isinstance(p, dict) and p.get("in") == "query"}
    names = set(query)
    pages = sorted(names & _PAGE_NUMBER)
    kinds = [k for k, present in (("offset", {"offset", "limit"} <= names), ("marker", {"marker", "limit"} <= names),
                                  ("page", bool(pages) and bool(names & _PAGE_SIZE))) if present]
    if not kinds:
        return None, None
    if len(kinds) > 1:
        return None, f"several paging schemes offered ({', '.join(kinds)})"
    kind = kinds[0]
    props = _success_schema(spec, op).get("properties", {})
    arrays = [k for k, v in props.items() if _resolve(spec, v).get("type") == "array"
              and not _norm(k).endswith("links")]
    if len(arrays) != 1:
        return None, f"{kind} paging, but the response has {len(arrays)} item arrays ({', '.join(arrays) or 'none'})"
    items = arrays[0]
    totals = [k for k, v in props.items() if _norm(k) in _TOTAL and _resolve(spec, v).get("type") == "integer"]
    total = totals[0] if len(totals) == 1 else None
    source = op.get("x-doc-source")
    wire = {key: str(query[key]["name"]) for key in query}
    if kind == "offset":
        offset = query["offset"]
        if _PAGE_WORDS.search(str(offset.get("description", ""))):
            return None, "`offset` is described as a page number, not an item offset"
        if (_first_page(offset.get("schema", {})) or 0) != 0:
            return None, "`offset` does not start at 0"
        return Scheme(op_id, kind, wire["offset"], wire["limit"], items, total, source=source), None
    if kind == "marker":
        links = [k for k, v in props.items() if _norm(k).endswith("links") and _resolve(spec, v).get("type") == "array"]
        nexts = [k for k, v in props.items() if _norm(k) == "next" and _resolve(spec, v).get("type") == "string"]
        if len(links) + len(nexts) > 1:
            return None, f"marker paging with several next-page links ({', '.join(links + nexts)})"
        if not links and not nexts:
            item = _resolve(spec, _resolve(spec, props[items]).get("items"))
            if "id" not in item.get("properties", {}):
                return None, "marker paging, but neither a next link nor an item `id` for the next marker"
        return Scheme(op_id, kind, wire["marker"], wire["limit"], items, total, (links + nexts or [None])[0],
                      source=source), None
    size = sorted(names & _PAGE_SIZE)
    if len(pages) != 1 or len(size) != 1:
        return None, f"page paging with several page or size parameters ({', '.join(pages + size)})"
    if total is None:
        return None, "page paging, but the response has no total to stop at"
    first = _first_page(query[pages[0]].get("schema", {}))
    if first is None:
        return None, f"page paging, but the first page number of `{wire[pages[0]]}` is not stated"
    return Scheme(op_id, kind, wire[pages[0]], wire[size[0]], items, total, first=first, source=source), None


def paging_schemes(spec: dict[str, Any], view: GenerationView) -> tuple[list[Scheme], list[Diagnostic]]:
    """Every paging GET operation of the view with its scheme; a note for each ambiguous one."""
    original = {str(op.get("operationId")): op for item in spec.get("paths", {}).values() if isinstance(item, dict)
                for op in [item.get("get")] if isinstance(op, dict)}
    schemes: list[Scheme] = []
    notes: list[Diagnostic] = []
    for item in view.spec.get("paths", {}).values():
        vop = item.get("get") if isinstance(item, dict) else None
        if not isinstance(vop, dict):
            continue
        op_id = str(vop["operationId"])
        op = original.get(view.origin.get(op_id, op_id))
        if op is None:
            continue
        scheme, why = detect(spec, op_id, op)
        if scheme is not None:
            schemes.append(scheme)
        elif why is not None:
            notes.append(diag("client-paging-ambiguous", f"{op_id}: {why}: no iterate_{op_id}",
                              op.get("x-doc-source")))
    return schemes, notes
