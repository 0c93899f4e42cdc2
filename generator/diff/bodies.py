"""The bodies of an operation as the diff compares them: one per merged page (variant) where pages were merged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.diff.doc import Doc, alternatives, as_dict, as_list, as_str
from generator.diff.matching import Op


@dataclass(frozen=True)
class Variant:
    """One body of an operation: the request (or response) of one merged page."""

    operation_id: str
    summary: str
    original_name: str
    schema: Any
    source: str | None
    covers: frozenset[str] = frozenset()  # operationIds of the pages a shared body stands for


def content_schema(doc: Doc, node: Any) -> Any:
    body, _ = doc.deref(node)
    content = as_dict(body.get("content"))
    media = as_dict(content.get("application/json")) or next(
        (as_dict(v) for _, v in sorted(content.items()) if isinstance(v, dict)), {})
    return media.get("schema")


def request_variants(doc: Doc, op: Op) -> list[Variant]:
    variants = [as_dict(v) for v in as_list(op.op.get("x-variants"))]
    if variants:
        return [Variant(as_str(v.get("operationId")), as_str(v.get("summary")), as_str(v.get("original_name")),
                        v.get("requestBody"), as_str(v.get("x-doc-source")) or op.source) for v in variants]
    return [Variant(op.operation_id, as_str(op.op.get("summary")), as_str(op.op.get("x-original-name")),
                    content_schema(doc, op.op.get("requestBody")), op.source)]


def response_variants(doc: Doc, op: Op, status: str) -> list[Variant]:
    response, _ = doc.deref(as_dict(op.op.get("responses")).get(status))
    source = as_str(response.get("x-doc-source")) or op.source
    schema = content_schema(doc, response)
    variants = {as_str(v.get("summary")): as_dict(v) for v in map(as_dict, as_list(op.op.get("x-variants")))}
    alts = alternatives(as_dict(schema))
    if variants and alts:
        out: list[Variant] = []
        for alt in alts:
            resolved, _ = doc.deref(alt)
            title = as_str(resolved.get("title"))
            page = title.rsplit(": ", 1)[0] if ": " in title else title
            v = variants.get(page, {})
            out.append(Variant(as_str(v.get("operationId")), page, as_str(v.get("original_name")), alt,
                               as_str(resolved.get("x-doc-source")) or source))
        return out
    pages = frozenset(as_str(v.get("operationId")) for v in variants.values()) - {""}
    return [Variant(op.operation_id, as_str(op.op.get("summary")), as_str(op.op.get("x-original-name")), schema,
                    source, pages)]
