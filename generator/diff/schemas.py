"""Two resolved schemas compared: shape (type), the value-limiting keywords, properties, alternatives.

Every change is recorded with the side it sits on (request, parameter, response): the rule table decides from
kind and side whether it breaks.
"""

from __future__ import annotations

from typing import Any

from generator.diff.constraints import constraint_changes
from generator.diff.doc import (
    JSON,
    TABLE,
    Doc,
    alternatives,
    as_dict,
    as_list,
    as_str,
    esc,
    norm_text,
    shape,
    text_change,
)
from generator.diff.matching import match
from generator.diff.result import OpRef, Recorder
from generator.diff.rules import Side

Stack = frozenset[tuple[str, str]]


class SchemaComparer:
    def __init__(self, old: Doc, new: Doc, recorder: Recorder) -> None:
        self.old = old
        self.new = new
        self.rec = recorder

    def schema(self, ref: OpRef, side: Side, old: Any, new: Any, ptr: str, old_src: str | None,
               new_src: str | None, stack: Stack) -> None:
        o, o_refs = self.old.deref(old)
        n, n_refs = self.new.deref(new)
        if o_refs or n_refs:
            pair = (o_refs[-1] if o_refs else "", n_refs[-1] if n_refs else "")
            if pair in stack:
                return  # a recursive structure: this pair is being compared further up
            stack = stack | {pair}
        o_src = as_str(o.get("x-doc-source")) or old_src
        n_src = as_str(n.get("x-doc-source")) or new_src
        if norm_text(o.get("description")) != norm_text(n.get("description")) and side != "parameter":
            self.rec.emit("doc-text", side, ref, ptr, text_change(o.get("description"), n.get("description")), o_src,
                          n_src)
        so, sn = shape(o), shape(n)
        if "oneOf" in (so, sn):
            self.alternatives(ref, side, o, n, ptr, o_src, n_src, stack)
            return
        if so != sn:
            was, now = self.old.describe(old), self.new.describe(new)
            refined = so == "any" or (so == "free-object" and sn in ("object", "map"))
            self.rec.emit("type-refined" if refined else "type-changed", side, ref, ptr, f"type {was} -> {now}",
                          o_src, n_src)
            return
        for kind, message in constraint_changes(o, n):
            self.rec.emit(kind, side, ref, ptr, message, o_src, n_src)
        if so == "array":
            self.schema(ref, side, o.get("items"), n.get("items"), f"{ptr}/[]", o_src, n_src, stack)
        elif so == "map":
            self.schema(ref, side, o.get("additionalProperties"), n.get("additionalProperties"), f"{ptr}/{{}}",
                        o_src, n_src, stack)
        elif so == "object":
            self.properties(ref, side, o, n, ptr, o_src, n_src, stack)

    def alternatives(self, ref: OpRef, side: Side, o: JSON, n: JSON, ptr: str, o_src: str | None,
                     n_src: str | None, stack: Stack) -> None:
        olds = alternatives(o) or [{k: v for k, v in o.items() if k != "description"}]
        news = alternatives(n) or [{k: v for k, v in n.items() if k != "description"}]

        def titled(i: int, j: int) -> bool:
            a, _ = self.old.deref(olds[i])
            b, _ = self.new.deref(news[j])
            return bool(as_str(a.get("title"))) and a.get("title") == b.get("title")

        pairs, lone_old, lone_new = match(len(olds), len(news), [titled],
                                          lambda i, j: self.overlap(olds[i], news[j]))
        new_is_one_of = bool(alternatives(n))
        old_is_one_of = bool(alternatives(o))
        for i, j in pairs:
            seg = f"{ptr}/oneOf/{j}" if new_is_one_of else (f"{ptr}/oneOf/{i}" if old_is_one_of else ptr)
            self.schema(ref, side, olds[i], news[j], seg, o_src, n_src, stack)
        for i in lone_old:
            self.rec.emit("alternative-removed", side, ref, f"{ptr}/oneOf/{i}",
                          f"alternative {self.old.describe(olds[i])} removed", self.old.source(olds[i]) or o_src,
                          n_src)
        for j in lone_new:
            self.rec.emit("alternative-added", side, ref, f"{ptr}/oneOf/{j}",
                          f"new alternative {self.new.describe(news[j])}", o_src, self.new.source(news[j]) or n_src)

    def properties(self, ref: OpRef, side: Side, o: JSON, n: JSON, ptr: str, o_src: str | None,
                   n_src: str | None, stack: Stack) -> None:
        # an object-valued parameter (deepObject) has request properties
        who: Side = "response" if side == "response" else "request"
        old_props, new_props = as_dict(o.get("properties")), as_dict(n.get("properties"))
        old_req = {r for r in as_list(o.get("required")) if isinstance(r, str)}
        new_req = {r for r in as_list(n.get("required")) if isinstance(r, str)}
        o_table = as_str(o.get(TABLE)) or o_src
        n_table = as_str(n.get(TABLE)) or n_src
        removed = [k for k in old_props if k not in new_props]
        added = [k for k in new_props if k not in old_props]
        renamed: dict[str, str] = {}
        if len(removed) == 1 and len(added) == 1 and (
                self.old.describe(old_props[removed[0]]) == self.new.describe(new_props[added[0]])):
            renamed = {removed[0]: added[0], added[0]: removed[0]}
        for name in removed:
            hint = f" (renamed to `{renamed[name]}`?)" if name in renamed else ""
            self.rec.emit(f"{who}-property-removed", who, ref, f"{ptr}/{esc(name)}",
                          f"{who} property `{name}` removed{hint}", self.old.source(old_props[name]) or o_src,
                          n_table)
        for name in added:
            hint = f" (renamed from `{renamed[name]}`?)" if name in renamed else ""
            what = self.new.describe(new_props[name])
            if who == "request":
                state = "required" if name in new_req else "optional"
                kind, message = f"request-property-added-{state}", f"new {state} request property `{name}` ({what})"
            else:
                kind, message = "response-property-added", f"new response property `{name}` ({what})"
            self.rec.emit(kind, who, ref, f"{ptr}/{esc(name)}", message + hint, o_table,
                          self.new.source(new_props[name]) or n_src)
        for name in old_props:
            if name not in new_props:
                continue
            child = f"{ptr}/{esc(name)}"
            was, now = name in old_req, name in new_req
            if was != now:
                state = "required" if now else "optional"
                self.rec.emit(f"{who}-property-made-{state}", who, ref, child,
                              f"{who} property `{name}` is now {state}", self.old.source(old_props[name]) or o_src,
                              self.new.source(new_props[name]) or n_src)
            self.schema(ref, side, old_props[name], new_props[name], child, o_src, n_src, stack)
        old_extra, new_extra = o.get("additionalProperties"), n.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.schema(ref, side, old_extra, new_extra, f"{ptr}/{{}}", o_src, n_src, stack)

    def pointers(self, doc: Doc, node: Any, ptr: str, seen: frozenset[str] = frozenset()) -> set[str]:
        """Every property pointer under a schema (recursive structures walked once)."""
        s, refs = doc.deref(node)
        if refs and refs[-1] in seen:
            return set()
        seen = seen | set(refs)
        out: set[str] = set()
        for alt in alternatives(s):
            out |= self.pointers(doc, alt, ptr, seen)
        for name, child in as_dict(s.get("properties")).items():
            here = f"{ptr}/{esc(name)}"
            out.add(here)
            out |= self.pointers(doc, child, here, seen)
        if isinstance(s.get("items"), dict):
            out |= self.pointers(doc, s["items"], f"{ptr}/[]", seen)
        if isinstance(s.get("additionalProperties"), dict):
            out |= self.pointers(doc, s["additionalProperties"], f"{ptr}/{{}}", seen)
        return out

    def overlap(self, old: Any, new: Any) -> float:
        """How alike two schemas are: 2 for the same title, else the share of common property names."""
        a, _ = self.old.deref(old)
        b, _ = self.new.deref(new)
        if as_str(a.get("title")) and a.get("title") == b.get("title"):
            return 2.0
        pa, pb = set(as_dict(a.get("properties"))), set(as_dict(b.get("properties")))
        if pa or pb:
            return len(pa & pb) / len(pa | pb)
        return 0.5 if shape(a) == shape(b) and a else 0.0
