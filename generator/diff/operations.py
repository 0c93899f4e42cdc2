"""Two matched operations compared: text, deprecation, parameters, request body and responses, variant by
variant where pages were merged."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from generator.diff.bodies import Variant, request_variants, response_variants
from generator.diff.doc import JSON, Doc, as_dict, as_list, as_str, esc, norm_text, shape, short, text_change
from generator.diff.matching import Op, match
from generator.diff.result import OpRef, Recorder
from generator.diff.rules import Side
from generator.diff.schemas import SchemaComparer
from generator.rst.uri import path_placeholders

_EMPTY_OBJECT: JSON = {"type": "object", "properties": {}}
_ADDED = frozenset({"request-property-added-required", "request-property-added-optional", "response-property-added"})


class OperationComparer:
    def __init__(self, old: Doc, new: Doc, recorder: Recorder) -> None:
        self.old = old
        self.new = new
        self.rec = recorder
        self.schemas = SchemaComparer(old, new, recorder)

    def operation(self, o: Op, n: Op) -> None:
        ref = n.ref()
        for key in ("summary", "description"):
            a, b = norm_text(o.op.get(key)), norm_text(n.op.get(key))
            if a != b:
                detail = f": {short(a)!r} -> {short(b)!r}" if key == "summary" else " changed"
                if key == "summary" and o.operation_id != n.operation_id:
                    detail += f" (operationId {o.operation_id} -> {n.operation_id})"
                self.rec.emit("doc-text", "operation", ref, "", f"operation {key}{detail}", o.source, n.source)
        if n.op.get("deprecated") is True and o.op.get("deprecated") is not True:
            self.rec.emit("operation-deprecated", "operation", ref, "", "operation is now deprecated", o.source,
                          n.source)
        self.parameters(ref, o, n)
        self.variants(ref, "request", request_variants(self.old, o), request_variants(self.new, n), "/requestBody")
        self.responses(ref, o, n)

    @staticmethod
    def _params(doc: Doc, op: Op, rename: dict[str, str]) -> dict[tuple[str, str], JSON]:
        out: dict[tuple[str, str], JSON] = {}
        for raw in as_list(op.op.get("parameters")):
            p, _ = doc.deref(raw)
            where, name = as_str(p.get("in")), as_str(p.get("name"))
            if not where or not name:
                continue
            key_name = rename.get(name, name) if where == "path" else name.lower() if where == "header" else name
            out.setdefault((where, key_name), p)
        return out

    def parameters(self, ref: OpRef, o: Op, n: Op) -> None:
        rename = dict(zip(path_placeholders(o.path), path_placeholders(n.path), strict=False))
        olds = self._params(self.old, o, rename)
        news = self._params(self.new, n, {})
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        emit = self.rec.emit
        for key in sorted(set(olds) | set(news), key=lambda k: (order.get(k[0], 9), k[1])):
            where = key[0]
            a, b = olds.get(key), news.get(key)
            name = as_str((b or a or {}).get("name"))
            ptr = f"/parameters/{where}/{esc(name)}"
            a_src = as_str((a or {}).get("x-doc-source")) or o.source
            b_src = as_str((b or {}).get("x-doc-source")) or n.source
            if b is None:
                emit("parameter-removed", "parameter", ref, ptr, f"{where} parameter `{name}` removed", a_src, n.source)
                continue
            b_req = b.get("required") is True or where == "path"
            if a is None:
                state = "required" if b_req else "optional"
                emit(f"parameter-added-{state}", "parameter", ref, ptr, f"new {state} {where} parameter `{name}`",
                     o.source, b_src)
                continue
            if (a.get("required") is True or where == "path") != b_req:
                state = "required" if b_req else "optional"
                emit(f"parameter-made-{state}", "parameter", ref, ptr, f"{where} parameter `{name}` is now {state}",
                     a_src, b_src)
            if as_str(a.get("name")) != as_str(b.get("name")):
                emit("doc-text", "parameter", ref, ptr,
                     f"{where} parameter renamed `{a.get('name')}` -> `{b.get('name')}`", a_src, b_src)
            if norm_text(a.get("description")) != norm_text(b.get("description")):
                emit("doc-text", "parameter", ref, ptr, text_change(a.get("description"), b.get("description")),
                     a_src, b_src)
            self.schemas.schema(ref, "parameter", a.get("schema"), b.get("schema"), ptr, a_src, b_src, frozenset())

    def variants(self, ref: OpRef, side: Side, olds: Sequence[Variant], news: Sequence[Variant], ptr: str) -> None:
        def merged_into(i: int, j: int) -> bool:
            """One body stands for the other's page: a merged page whose title names the old one ("Adding CNs,
            Adding Shards, or Scaling Up Storage"), or a body shared by every page of the operation."""
            a, b = olds[i], news[j]
            return ((bool(a.summary) and a.summary.lower() in b.summary.lower())
                    or (bool(a.operation_id) and a.operation_id in b.covers)
                    or (bool(b.operation_id) and b.operation_id in a.covers))

        pairs, lone_old, lone_new = match(len(olds), len(news), [
            lambda i, j: bool(olds[i].operation_id) and olds[i].operation_id == news[j].operation_id,
            lambda i, j: bool(olds[i].original_name) and olds[i].original_name == news[j].original_name,
            lambda i, j: bool(olds[i].summary) and olds[i].summary == news[j].summary,
        ], lambda i, j: self.schemas.overlap(olds[i].schema, news[j].schema), merged_into)
        multi = len(olds) > 1 or len(news) > 1
        group = Counter(j for _, j in pairs)
        changes = self.rec.changes
        for i, j in pairs:
            label = OpRef(ref.method, ref.path, news[j].operation_id or ref.operation_id) if multi else ref
            start = len(changes)
            self.body(label, side, olds[i].schema, news[j].schema, ptr, olds[i].source, news[j].source)
            if group[j] > 1:
                # several old variants became one body: a field is new only if none of them had it
                others: set[str] = set()
                for k, j2 in pairs:
                    if j2 == j and k != i:
                        others |= self.schemas.pointers(self.old, olds[k].schema, ptr)
                changes[start:] = [c for c in changes[start:] if not (c.kind in _ADDED and c.pointer in others)]
        for i in lone_old:
            v = olds[i]
            self.rec.emit("variant-removed", side, OpRef(ref.method, ref.path, v.operation_id or ref.operation_id),
                          ptr, f"{side} variant `{v.summary or v.operation_id}` removed", v.source, None)
        for j in lone_new:
            v = news[j]
            self.rec.emit("variant-added", side, OpRef(ref.method, ref.path, v.operation_id or ref.operation_id),
                          ptr, f"new {side} variant `{v.summary or v.operation_id}`", None, v.source)

    def body(self, ref: OpRef, side: Side, old: Any, new: Any, ptr: str, old_src: str | None,
             new_src: str | None) -> None:
        if old is None and new is None:
            return
        if old is not None and new is not None:
            self.schemas.schema(ref, side, old, new, ptr, old_src, new_src, frozenset())
            return
        present, _ = (self.new if old is None else self.old).deref(new if old is None else old)
        if shape(present) == "object":
            # no body on one side: compared with an empty object, so every field shows as added or removed
            o = _EMPTY_OBJECT if old is None else present
            n = present if old is None else _EMPTY_OBJECT
            self.schemas.properties(ref, side, o, n, ptr, old_src, new_src, frozenset())
        elif old is None:
            self.rec.emit("type-refined", side, ref, ptr, f"body now documented ({self.new.describe(new)})",
                          old_src, new_src)
        else:
            self.rec.emit("type-changed", side, ref, ptr, f"body ({self.old.describe(old)}) no longer documented",
                          old_src, new_src)

    def responses(self, ref: OpRef, o: Op, n: Op) -> None:
        olds, news = as_dict(o.op.get("responses")), as_dict(n.op.get("responses"))
        gone = [s for s in olds if s.startswith("2") and s not in news]
        came = [s for s in news if s.startswith("2") and s not in olds]
        if len(gone) == 1 and len(came) == 1:
            # one success status replaced by another (200 -> 202): the same response, compared as such
            was, now = gone[0], came[0]
            old_resp, new_resp = as_dict(olds[was]), as_dict(news[now])
            assumed = old_resp.get("x-status-assumed") is True or "status not documented" in as_str(
                old_resp.get("description")).lower()
            note = " (the old docs did not state a status)" if assumed else ""
            self.rec.emit("response-status-changed", "response", ref, f"/responses/{esc(now)}",
                          f"success status {was} -> {now}{note}", as_str(old_resp.get("x-doc-source")) or o.source,
                          as_str(new_resp.get("x-doc-source")) or n.source, breaking=not assumed)
            self.variants(ref, "response", response_variants(self.old, o, was), response_variants(self.new, n, now),
                          f"/responses/{esc(now)}")
            olds = {k: v for k, v in olds.items() if k != was}
            news = {k: v for k, v in news.items() if k != now}
        for status in sorted(set(olds) | set(news)):
            ptr = f"/responses/{esc(status)}"
            if status not in news:
                src = as_str(as_dict(olds[status]).get("x-doc-source")) or o.source
                self.rec.emit("response-removed", "response", ref, ptr, f"status {status} no longer documented", src,
                              n.source, breaking=status.startswith("2"))
            elif status not in olds:
                src = as_str(as_dict(news[status]).get("x-doc-source")) or n.source
                self.rec.emit("response-added", "response", ref, ptr, f"new status {status}", o.source, src)
            else:
                self.variants(ref, "response", response_variants(self.old, o, status),
                              response_variants(self.new, n, status), ptr)
