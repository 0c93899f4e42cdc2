"""What changed between two OpenAPI documents, and whether it breaks clients. Pure functions: no I/O.

The comparison works on *resolved* schemas: every `$ref` is followed and the property trees are compared, so a
field that moved from one table to another (tables merged or split between versions) but sits at the same place
in the body is not reported as removed and added.

Operations are matched by METHOD + path (placeholder names do not matter: `{id}` == `{server_id}`), then, for the
ones left over, by the page's `:original_name:` (`x-original-name`, and `original_name` of each `x-variants`
entry): an operation whose path changed is a move, not a removal plus an addition. When a page moved to a new path
and another (historical) page still documents the old one, the move is reported but is not breaking, and the old
path is compared with what documents it now.

Request bodies and responses that are a `oneOf` of the variants of merged pages are compared variant by variant
(matched by operationId, page name, title, then by shared fields); each change then names the variant's
operationId. Property-level `oneOf` alternatives are matched the same way (title, then shared fields).

Every change carries its class (`kind`), whether it breaks clients, the operation (`METHOD path (operationId)`),
a pointer into the resolved body (`/requestBody/datastore/version`, `/responses/200/instances/[]/public_ips`,
`/parameters/query/limit`; `[]` stands for array items, `{}` for map values, `oneOf/N` for an alternative), a
message and the `x-doc-source` on both sides (for a property that exists on one side only, the other side names
the table where it would be).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from generator.rst.uri import normalise_path, path_placeholders

__all__ = [
    "KINDS",
    "Change",
    "DiffResult",
    "OpRef",
    "diff_specs",
    "render_json",
    "render_markdown",
    "render_text",
]

JSON = dict[str, Any]
Side = Literal["request", "response"]

# kind -> (breaking by default, what it means). A few kinds depend on where they occur; the change says.
KINDS: dict[str, tuple[bool, str]] = {
    "operation-removed": (True, "METHOD + path no longer documented"),
    "operation-moved": (True, "the page now documents another path (not breaking when the old path is still"
                              " documented by another page)"),
    "operation-added": (False, "new METHOD + path"),
    "operation-deprecated": (False, "the operation is now marked deprecated"),
    "variant-removed": (True, "a request variant (merged page) is gone (a response variant: not breaking)"),
    "variant-added": (False, "a new variant (merged page) of the request or response"),
    "alternative-removed": (True, "a oneOf alternative is gone from a request (from a response: not breaking)"),
    "alternative-added": (False, "a new oneOf alternative"),
    "request-property-added-required": (True, "new required request property"),
    "request-property-added-optional": (False, "new optional request property"),
    "request-property-removed": (True, "request property no longer documented"),
    "request-property-made-required": (True, "optional request property is now required"),
    "request-property-made-optional": (False, "required request property is now optional"),
    "response-property-removed": (True, "response property no longer documented"),
    "response-property-added": (False, "new response property"),
    "response-property-made-optional": (True, "response property no longer guaranteed"),
    "response-property-made-required": (False, "response property now guaranteed"),
    "response-removed": (True, "a documented status is gone (a non-2xx status: not breaking)"),
    "response-added": (False, "a new documented status"),
    "response-status-changed": (True, "the one success status changed (200 -> 202); not breaking when the old docs"
                                      " did not state it (`x-status-assumed`, or the builder's 'status not"
                                      " documented')"),
    "parameter-added-required": (True, "new required path, query or header parameter"),
    "parameter-added-optional": (False, "new optional parameter"),
    "parameter-removed": (True, "parameter no longer documented"),
    "parameter-made-required": (True, "optional parameter is now required"),
    "parameter-made-optional": (False, "required parameter is now optional"),
    "type-changed": (True, "type changed (or a typed value became untyped)"),
    "type-refined": (False, "an untyped or free-form value got a type or a structure"),
    "format-changed": (True, "format changed, added or removed"),
    "enum-narrowed": (True, "enum values removed, or an enum added"),
    "enum-widened": (False, "enum values added, or the enum removed"),
    "range-narrowed": (True, "minLength/maxLength/minimum/maximum/minItems/maxItems tightened or added"),
    "range-widened": (False, "a length or numeric bound relaxed or removed"),
    "excluded-value-added": (True, "a new value excluded by `not: {enum}`"),
    "excluded-value-removed": (False, "a value no longer excluded"),
    "pattern-changed": (True, "pattern added or changed"),
    "pattern-removed": (False, "pattern removed"),
    "default-changed": (False, "default value changed"),
    "doc-text": (False, "description, summary or placeholder name only"),
}

_METHOD_ORDER = {m: i for i, m in enumerate(["get", "put", "post", "delete", "options", "head", "patch", "trace"])}
_RANGES: tuple[tuple[str, bool], ...] = (  # keyword, True when it is a lower bound
    ("minLength", True), ("maxLength", False),
    ("minimum", True), ("maximum", False),
    ("exclusiveMinimum", True), ("exclusiveMaximum", False),
    ("minItems", True), ("maxItems", False),
    ("minProperties", True), ("maxProperties", False),
)
_TABLE = "\x00table-source"  # private key on resolved copies: the source of the component (its table)
_EMPTY_OBJECT: JSON = {"type": "object", "properties": {}}
_ADDED = frozenset({"request-property-added-required", "request-property-added-optional", "response-property-added"})


# ---------------------------------------------------------------------------------------------------------------
# result


@dataclass(frozen=True)
class OpRef:
    """An operation as a change names it: METHOD, path and operationId (of the variant, for variant changes)."""

    method: str
    path: str
    operation_id: str

    def __str__(self) -> str:
        head = f"{self.method.upper()} {self.path}"
        return f"{head} ({self.operation_id})" if self.operation_id else head

    def sort_key(self) -> tuple[str, int, str]:
        return (self.path, _METHOD_ORDER.get(self.method, 9), self.operation_id)


@dataclass(frozen=True)
class Change:
    kind: str
    breaking: bool
    operation: OpRef
    pointer: str
    message: str
    old_source: str | None
    new_source: str | None

    def as_dict(self) -> JSON:
        return {
            "kind": self.kind,
            "breaking": self.breaking,
            "operation": {"method": self.operation.method.upper(), "path": self.operation.path,
                          "operationId": self.operation.operation_id},
            "pointer": self.pointer,
            "message": self.message,
            "old_source": self.old_source,
            "new_source": self.new_source,
        }


@dataclass(frozen=True)
class DiffResult:
    changes: tuple[Change, ...]
    old_label: str = "OLD"
    new_label: str = "NEW"

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def non_breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if not c.breaking)

    @property
    def has_breaking(self) -> bool:
        return any(c.breaking for c in self.changes)

    def counts(self, breaking: bool | None = None) -> dict[str, int]:
        """Changes by kind (only the breaking or non-breaking ones when asked), in KINDS order."""
        counter = Counter(c.kind for c in self.changes if breaking is None or c.breaking == breaking)
        order = list(KINDS)
        return {k: counter[k] for k in sorted(counter, key=lambda k: (order.index(k) if k in order else 999, k))}


# ---------------------------------------------------------------------------------------------------------------
# small helpers


def _dict(value: Any) -> JSON:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _esc(segment: str) -> str:
    """RFC 6901 escaping of one pointer segment."""
    return segment.replace("~", "~0").replace("/", "~1")


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _shows(values: Iterable[Any], limit: int = 8) -> str:
    shown = list(values)
    text = ", ".join(_show(v) for v in shown[:limit])
    return f"{text} … (+{len(shown) - limit} more)" if len(shown) > limit else text


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _norm_text(value: Any) -> str:
    return " ".join(_str(value).split())


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text_change(old: Any, new: Any) -> str:
    """`description changed`, with both texts when they are short."""
    a, b = _norm_text(old), _norm_text(new)
    if a and b and len(a) <= 60 and len(b) <= 60:
        return f"description changed: {a!r} -> {b!r}"
    if not a or not b:
        return "description added" if b else "description removed"
    return "description changed"


class _Doc:
    """One OpenAPI document: local `$ref`s followed, `allOf` flattened."""

    def __init__(self, spec: JSON) -> None:
        self.spec = spec

    def lookup(self, ref: str) -> JSON | None:
        if not ref.startswith("#/"):
            return None
        node: Any = self.spec
        for raw in ref[2:].split("/"):
            seg = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or seg not in node:
                return None
            node = node[seg]
        return node if isinstance(node, dict) else None

    def deref(self, node: Any) -> tuple[JSON, tuple[str, ...]]:
        """The schema with every `$ref` followed (keys beside a `$ref` win, as in 3.1), and the refs followed."""
        if not isinstance(node, dict):
            return {}, ()
        out = dict(node)
        refs: list[str] = []
        while isinstance(out.get("$ref"), str):
            ref = out["$ref"]
            target = self.lookup(ref) if ref not in refs else None
            if target is None:
                break  # unresolvable or circular: compared as it is
            refs.append(ref)
            merged = dict(target)
            if "x-doc-source" in target:
                merged[_TABLE] = target["x-doc-source"]
            merged.update({k: v for k, v in out.items() if k != "$ref"})
            out = merged
        if isinstance(out.get("allOf"), list):
            out = self._flatten_all_of(out)
        return out, tuple(refs)

    def _flatten_all_of(self, schema: JSON) -> JSON:
        out = {k: v for k, v in schema.items() if k != "allOf"}
        props: JSON = dict(_dict(out.get("properties")))
        required: list[str] = list(_list(out.get("required")))
        for part in schema["allOf"]:
            resolved, _ = self.deref(part)
            props.update(_dict(resolved.get("properties")))
            required.extend(r for r in _list(resolved.get("required")) if r not in required)
            for key, value in resolved.items():
                if key not in ("properties", "required", "description", "title", "x-doc-source", _TABLE):
                    out.setdefault(key, value)
        if props:
            out["properties"] = props
            out.setdefault("type", "object")
        if required:
            out["required"] = required
        return out

    def ref_name(self, refs: Sequence[str]) -> str:
        return refs[-1].rsplit("/", 1)[-1] if refs else ""


def _shape(s: JSON) -> str:
    """The kind of value a resolved schema describes: object, map, free-object, array, a primitive, any, oneOf."""
    if isinstance(s.get("oneOf"), list) or isinstance(s.get("anyOf"), list):
        return "oneOf"
    t = s.get("type")
    if isinstance(t, list):
        names = sorted(str(x) for x in t)
        if "object" not in names and "array" not in names:
            return "|".join(names)
        t = next(x for x in names if x in ("object", "array"))
    if t == "array":
        return "array"
    if t == "object" or (t is None and ("properties" in s or "additionalProperties" in s)):
        if _dict(s.get("properties")):
            return "object"
        if isinstance(s.get("additionalProperties"), dict):
            return "map"
        return "free-object"
    if t is None:
        return "any"
    return str(t)


def _alternatives(s: JSON) -> list[Any]:
    return _list(s.get("oneOf")) or _list(s.get("anyOf"))


def _excluded(s: JSON) -> list[Any]:
    return _list(_dict(s.get("not")).get("enum"))


# ---------------------------------------------------------------------------------------------------------------
# matching


def _match(n_old: int, n_new: int, same: Sequence[Callable[[int, int], bool]],
           score: Callable[[int, int], float],
           absorbed: Callable[[int, int], bool] | None = None) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs (old index, new index): first by each `same` rule in turn, then by the best positive score.

    An entry left over on either side is then paired with one on the other side for which `absorbed` holds, even
    one already paired (several pages merged into one, or one shared body standing for several pages: each shape is
    compared with the one that now stands for it). A single old entry left over goes with the best remaining new
    one.
    """
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for rule in same:
        for i in range(n_old):
            if i in used_old:
                continue
            for j in range(n_new):
                if j not in used_new and rule(i, j):
                    pairs.append((i, j))
                    used_old.add(i)
                    used_new.add(j)
                    break
    scored = sorted(((score(i, j), i, j) for i in range(n_old) if i not in used_old
                     for j in range(n_new) if j not in used_new), key=lambda t: (-t[0], t[1], t[2]))
    for value, i, j in scored:
        if value > 0 and i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    if absorbed is not None:
        for i in range(n_old):
            j_into = next((j for j in range(n_new) if i not in used_old and absorbed(i, j)), None)
            if j_into is not None:
                pairs.append((i, j_into))
                used_old.add(i)
                used_new.add(j_into)
        for j in range(n_new):
            i_from = next((i for i in range(n_old) if j not in used_new and absorbed(i, j)), None)
            if i_from is not None:
                pairs.append((i_from, j))
                used_old.add(i_from)
                used_new.add(j)
    if n_old == 1 and 0 not in used_old:
        free = [j for j in range(n_new) if j not in used_new]
        if free:
            best = max(free, key=lambda j: (score(0, j), -j))
            pairs.append((0, best))
            used_old.add(0)
            used_new.add(best)
    lone_old = [i for i in range(n_old) if i not in used_old]
    lone_new = [j for j in range(n_new) if j not in used_new]
    return sorted(pairs), lone_old, lone_new


@dataclass(frozen=True)
class _Variant:
    """One body of an operation: the request (or response) of one merged page."""

    operation_id: str
    summary: str
    original_name: str
    schema: Any
    source: str | None
    covers: frozenset[str] = frozenset()  # operationIds of the pages a shared body stands for


@dataclass(frozen=True)
class _Op:
    method: str
    path: str
    op: JSON

    @property
    def key(self) -> tuple[str, str]:
        return (self.method, normalise_path(self.path))

    @property
    def operation_id(self) -> str:
        return _str(self.op.get("operationId"))

    @property
    def source(self) -> str | None:
        return _str(self.op.get("x-doc-source")) or None

    @property
    def names(self) -> frozenset[str]:
        """The page names behind the operation (`x-original-name`, and each variant's `original_name`)."""
        names = {_str(self.op.get("x-original-name"))}
        names.update(_str(_dict(v).get("original_name")) for v in _list(self.op.get("x-variants")))
        return frozenset(n for n in names if n)

    def ref(self) -> OpRef:
        return OpRef(self.method, self.path, self.operation_id)

    def sort_key(self) -> tuple[str, int, str]:
        return (self.path, _METHOD_ORDER.get(self.method, 9), self.operation_id)


def _operations(spec: JSON) -> list[_Op]:
    ops: list[_Op] = []
    for path, item in _dict(spec.get("paths")).items():
        for method, op in _dict(item).items():
            if method.lower() in _METHOD_ORDER and isinstance(op, dict):
                ops.append(_Op(method.lower(), str(path), op))
    return sorted(ops, key=_Op.sort_key)


# ---------------------------------------------------------------------------------------------------------------
# the comparison


class _Differ:
    def __init__(self, old: JSON, new: JSON) -> None:
        self.old = _Doc(old)
        self.new = _Doc(new)
        self.changes: list[Change] = []

    def emit(self, kind: str, op: OpRef, pointer: str, message: str, old_source: str | None,
             new_source: str | None, breaking: bool | None = None) -> None:
        flag = KINDS[kind][0] if breaking is None else breaking
        self.changes.append(Change(kind, flag, op, pointer, message, old_source or None, new_source or None))

    # -- operations ----------------------------------------------------------------------------------------------

    def run(self) -> None:
        olds = _operations(self.old.spec)
        news = _operations(self.new.spec)
        by_key: dict[tuple[str, str], list[int]] = {}
        for j, n in enumerate(news):
            by_key.setdefault(n.key, []).append(j)
        claimed: set[int] = set()
        by_path: dict[int, int] = {}
        for i, o in enumerate(olds):
            cands = [j for j in by_key.get(o.key, []) if j not in claimed]
            if cands:
                j = next((j for j in cands if news[j].path == o.path), cands[0])
                by_path[i] = j
                claimed.add(j)
        moved: dict[int, int] = {}
        for i, o in enumerate(olds):
            if i in by_path or not o.names:
                continue
            j_best = self._page_match(o, news, claimed, frozenset())
            if j_best is not None:
                moved[i] = j_best
                claimed.add(j_best)
        relocated: dict[int, int] = {}
        for i, j_same in by_path.items():
            o = olds[i]
            if not o.names:
                continue
            j_best = self._page_match(o, news, claimed, news[j_same].names)
            if j_best is not None:
                relocated[i] = j_best
                claimed.add(j_best)

        for i, o in enumerate(olds):
            if i not in by_path and i not in moved:
                self.emit("operation-removed", o.ref(), "", f"{o.method.upper()} {o.path} is no longer documented",
                          o.source, None)
        for j, n in enumerate(news):
            if j not in claimed:
                self.emit("operation-added", n.ref(), "", f"new operation {n.method.upper()} {n.path}", None,
                          n.source)
        for i, j in sorted(by_path.items()):
            self.operation(olds[i], news[j])
        for i, j in sorted(moved.items()):
            o, n = olds[i], news[j]
            self.emit("operation-moved", n.ref(), "",
                      f"moved from {o.method.upper()} {o.path} ({o.operation_id}); page "
                      + ", ".join(f"`{x}`" for x in sorted(o.names & n.names)), o.source, n.source)
            self.operation(o, n)
        for i, j in sorted(relocated.items()):
            o, n, same = olds[i], news[j], news[by_path[i]]
            now = ", ".join(f"`{x}`" for x in sorted(same.names)) or f"`{same.operation_id}`"
            self.emit("operation-moved", n.ref(), "",
                      f"page {', '.join(f'`{x}`' for x in sorted(o.names & n.names))} moved here from "
                      f"{o.method.upper()} {o.path} ({o.operation_id}); not breaking: the old path is still "
                      f"documented (by {now})", o.source, n.source, breaking=False)
            self.operation(o, n)

    @staticmethod
    def _page_match(o: _Op, news: Sequence[_Op], claimed: set[int], exclude: frozenset[str]) -> int | None:
        """The unclaimed new operation (same method) documented by the same page as `o`, if any."""
        best: tuple[int, int, int] | None = None
        for j, n in enumerate(news):
            if j in claimed or n.method != o.method:
                continue
            common = o.names & n.names
            if not common or (n.names & exclude):
                continue
            primary = int(bool(o.op.get("x-original-name")) and o.op.get("x-original-name") ==
                          n.op.get("x-original-name"))
            rank = (len(common), primary, -j)
            if best is None or rank > best:
                best = rank
        return -best[2] if best is not None else None

    def operation(self, o: _Op, n: _Op) -> None:
        ref = n.ref()
        for key in ("summary", "description"):
            a, b = _norm_text(o.op.get(key)), _norm_text(n.op.get(key))
            if a != b:
                detail = f": {_short(a)!r} -> {_short(b)!r}" if key == "summary" else " changed"
                if key == "summary" and o.operation_id != n.operation_id:
                    detail += f" (operationId {o.operation_id} -> {n.operation_id})"
                self.emit("doc-text", ref, "", f"operation {key}{detail}", o.source, n.source)
        if n.op.get("deprecated") is True and o.op.get("deprecated") is not True:
            self.emit("operation-deprecated", ref, "", "operation is now deprecated", o.source, n.source)
        self.parameters(ref, o, n)
        self.variants(ref, "request", self._request_variants(self.old, o), self._request_variants(self.new, n),
                      "/requestBody")
        self.responses(ref, o, n)

    # -- parameters ----------------------------------------------------------------------------------------------

    def _params(self, doc: _Doc, op: _Op, rename: dict[str, str]) -> dict[tuple[str, str], JSON]:
        out: dict[tuple[str, str], JSON] = {}
        for raw in _list(op.op.get("parameters")):
            p, _ = doc.deref(raw)
            where, name = _str(p.get("in")), _str(p.get("name"))
            if not where or not name:
                continue
            if where == "path":
                key_name = rename.get(name, name)
            elif where == "header":
                key_name = name.lower()
            else:
                key_name = name
            out.setdefault((where, key_name), p)
        return out

    def parameters(self, ref: OpRef, o: _Op, n: _Op) -> None:
        old_names, new_names = path_placeholders(o.path), path_placeholders(n.path)
        rename = dict(zip(old_names, new_names, strict=False))
        olds = self._params(self.old, o, rename)
        news = self._params(self.new, n, {})
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        for key in sorted(set(olds) | set(news), key=lambda k: (order.get(k[0], 9), k[1])):
            where = key[0]
            a, b = olds.get(key), news.get(key)
            name = _str((b or a or {}).get("name"))
            ptr = f"/parameters/{where}/{_esc(name)}"
            a_src = _str((a or {}).get("x-doc-source")) or o.source
            b_src = _str((b or {}).get("x-doc-source")) or n.source
            if b is None:
                self.emit("parameter-removed", ref, ptr, f"{where} parameter `{name}` removed", a_src, n.source)
                continue
            if a is None:
                required = b.get("required") is True or where == "path"
                kind = "parameter-added-required" if required else "parameter-added-optional"
                self.emit(kind, ref, ptr, f"new {'required' if required else 'optional'} {where} parameter `{name}`",
                          o.source, b_src)
                continue
            a_req = a.get("required") is True or where == "path"
            b_req = b.get("required") is True or where == "path"
            if a_req != b_req:
                kind = "parameter-made-required" if b_req else "parameter-made-optional"
                self.emit(kind, ref, ptr, f"{where} parameter `{name}` is now {'required' if b_req else 'optional'}",
                          a_src, b_src)
            if _str(a.get("name")) != _str(b.get("name")):
                self.emit("doc-text", ref, ptr, f"{where} parameter renamed `{a.get('name')}` -> `{b.get('name')}`",
                          a_src, b_src)
            if _norm_text(a.get("description")) != _norm_text(b.get("description")):
                self.emit("doc-text", ref, ptr, _text_change(a.get("description"), b.get("description")), a_src,
                          b_src)
            self.schema(ref, "request", a.get("schema"), b.get("schema"), ptr, a_src, b_src, frozenset())

    # -- bodies --------------------------------------------------------------------------------------------------

    def _content_schema(self, doc: _Doc, node: Any) -> Any:
        body, _ = doc.deref(node)
        content = _dict(body.get("content"))
        media = _dict(content.get("application/json")) or next(
            (_dict(v) for _, v in sorted(content.items()) if isinstance(v, dict)), {})
        return media.get("schema")

    def _request_variants(self, doc: _Doc, op: _Op) -> list[_Variant]:
        variants = [_dict(v) for v in _list(op.op.get("x-variants"))]
        if variants:
            return [_Variant(_str(v.get("operationId")), _str(v.get("summary")), _str(v.get("original_name")),
                             v.get("requestBody"), _str(v.get("x-doc-source")) or op.source) for v in variants]
        return [_Variant(op.operation_id, _str(op.op.get("summary")), _str(op.op.get("x-original-name")),
                         self._content_schema(doc, op.op.get("requestBody")), op.source)]

    def _response_variants(self, doc: _Doc, op: _Op, status: str) -> list[_Variant]:
        response, _ = doc.deref(_dict(op.op.get("responses")).get(status))
        source = _str(response.get("x-doc-source")) or op.source
        schema = self._content_schema(doc, response)
        variants = {_str(v.get("summary")): _dict(v) for v in map(_dict, _list(op.op.get("x-variants")))}
        alts = _alternatives(_dict(schema))
        if variants and alts:
            out: list[_Variant] = []
            for alt in alts:
                resolved, _ = doc.deref(alt)
                title = _str(resolved.get("title"))
                page = title.rsplit(": ", 1)[0] if ": " in title else title
                v = variants.get(page, {})
                out.append(_Variant(_str(v.get("operationId")), page, _str(v.get("original_name")), alt,
                                    _str(resolved.get("x-doc-source")) or source))
            return out
        pages = frozenset(_str(v.get("operationId")) for v in variants.values()) - {""}
        return [_Variant(op.operation_id, _str(op.op.get("summary")), _str(op.op.get("x-original-name")), schema,
                         source, pages)]

    def variants(self, ref: OpRef, side: Side, olds: Sequence[_Variant], news: Sequence[_Variant],
                 ptr: str) -> None:
        def overlap(i: int, j: int) -> float:
            return self._overlap(olds[i].schema, news[j].schema)

        def merged_into(i: int, j: int) -> bool:
            """One body stands for the other's page: a merged page whose title names the old one ("Adding CNs,
            Adding Shards, or Scaling Up Storage"), or a body shared by every page of the operation."""
            a, b = olds[i], news[j]
            return ((bool(a.summary) and a.summary.lower() in b.summary.lower())
                    or (bool(a.operation_id) and a.operation_id in b.covers)
                    or (bool(b.operation_id) and b.operation_id in a.covers))

        pairs, lone_old, lone_new = _match(len(olds), len(news), [
            lambda i, j: bool(olds[i].operation_id) and olds[i].operation_id == news[j].operation_id,
            lambda i, j: bool(olds[i].original_name) and olds[i].original_name == news[j].original_name,
            lambda i, j: bool(olds[i].summary) and olds[i].summary == news[j].summary,
        ], overlap, merged_into)
        multi = len(olds) > 1 or len(news) > 1
        group = Counter(j for _, j in pairs)
        for i, j in pairs:
            label = OpRef(ref.method, ref.path, news[j].operation_id or ref.operation_id) if multi else ref
            start = len(self.changes)
            self.body(label, side, olds[i].schema, news[j].schema, ptr, olds[i].source, news[j].source)
            if group[j] > 1:
                # several old variants became one body: a field is new only if none of them had it
                others: set[str] = set()
                for k, j2 in pairs:
                    if j2 == j and k != i:
                        others |= self._pointers(self.old, olds[k].schema, ptr)
                self.changes[start:] = [c for c in self.changes[start:]
                                        if not (c.kind in _ADDED and c.pointer in others)]
        what = "request" if side == "request" else "response"
        for i in lone_old:
            v = olds[i]
            label = OpRef(ref.method, ref.path, v.operation_id or ref.operation_id)
            self.emit("variant-removed", label, ptr, f"{what} variant `{v.summary or v.operation_id}` removed",
                      v.source, None, breaking=side == "request")
        for j in lone_new:
            v = news[j]
            label = OpRef(ref.method, ref.path, v.operation_id or ref.operation_id)
            self.emit("variant-added", label, ptr, f"new {what} variant `{v.summary or v.operation_id}`", None,
                      v.source)

    def body(self, ref: OpRef, side: Side, old: Any, new: Any, ptr: str, old_src: str | None,
             new_src: str | None) -> None:
        if old is None and new is None:
            return
        if old is None or new is None:
            present, _ = (self.new if old is None else self.old).deref(new if old is None else old)
            if _shape(present) == "object":
                # no body on one side: compared with an empty object, so every field shows as added or removed
                o = _EMPTY_OBJECT if old is None else present
                n = present if old is None else _EMPTY_OBJECT
                self.properties(ref, side, o, n, ptr, old_src, new_src, frozenset())
            elif old is None:
                self.emit("type-refined", ref, ptr, f"body now documented ({self._describe(self.new, new)})",
                          old_src, new_src)
            else:
                self.emit("type-changed", ref, ptr, f"body ({self._describe(self.old, old)}) no longer documented",
                          old_src, new_src)
            return
        self.schema(ref, side, old, new, ptr, old_src, new_src, frozenset())

    def responses(self, ref: OpRef, o: _Op, n: _Op) -> None:
        olds, news = _dict(o.op.get("responses")), _dict(n.op.get("responses"))
        gone = [s for s in olds if s.startswith("2") and s not in news]
        came = [s for s in news if s.startswith("2") and s not in olds]
        if len(gone) == 1 and len(came) == 1:
            # one success status replaced by another (200 -> 202): the same response, compared as such
            was, now = gone[0], came[0]
            old_resp, new_resp = _dict(olds[was]), _dict(news[now])
            assumed = old_resp.get("x-status-assumed") is True or "status not documented" in _str(
                old_resp.get("description")).lower()
            note = " (the old docs did not state a status)" if assumed else ""
            self.emit("response-status-changed", ref, f"/responses/{_esc(now)}",
                      f"success status {was} -> {now}{note}",
                      _str(old_resp.get("x-doc-source")) or o.source, _str(new_resp.get("x-doc-source")) or n.source,
                      breaking=not assumed)
            self.variants(ref, "response", self._response_variants(self.old, o, was),
                          self._response_variants(self.new, n, now), f"/responses/{_esc(now)}")
            olds = {k: v for k, v in olds.items() if k != was}
            news = {k: v for k, v in news.items() if k != now}
        for status in sorted(set(olds) | set(news)):
            ptr = f"/responses/{_esc(status)}"
            if status not in news:
                src = _str(_dict(olds[status]).get("x-doc-source")) or o.source
                self.emit("response-removed", ref, ptr, f"status {status} no longer documented", src, n.source,
                          breaking=status.startswith("2"))
            elif status not in olds:
                src = _str(_dict(news[status]).get("x-doc-source")) or n.source
                self.emit("response-added", ref, ptr, f"new status {status}", o.source, src)
            else:
                self.variants(ref, "response", self._response_variants(self.old, o, status),
                              self._response_variants(self.new, n, status), ptr)

    # -- schemas -------------------------------------------------------------------------------------------------

    def _pointers(self, doc: _Doc, node: Any, ptr: str, seen: frozenset[str] = frozenset()) -> set[str]:
        """Every property pointer under a schema (recursive structures walked once)."""
        s, refs = doc.deref(node)
        if refs and refs[-1] in seen:
            return set()
        seen = seen | set(refs)
        out: set[str] = set()
        for alt in _alternatives(s):
            out |= self._pointers(doc, alt, ptr, seen)
        for name, child in _dict(s.get("properties")).items():
            here = f"{ptr}/{_esc(name)}"
            out.add(here)
            out |= self._pointers(doc, child, here, seen)
        if isinstance(s.get("items"), dict):
            out |= self._pointers(doc, s["items"], f"{ptr}/[]", seen)
        if isinstance(s.get("additionalProperties"), dict):
            out |= self._pointers(doc, s["additionalProperties"], f"{ptr}/{{}}", seen)
        return out

    def _overlap(self, old: Any, new: Any) -> float:
        """How alike two schemas are: 2 for the same title, else the share of common property names."""
        a, _ = self.old.deref(old)
        b, _ = self.new.deref(new)
        if _str(a.get("title")) and a.get("title") == b.get("title"):
            return 2.0
        pa, pb = set(_dict(a.get("properties"))), set(_dict(b.get("properties")))
        if pa or pb:
            return len(pa & pb) / len(pa | pb)
        return 0.5 if _shape(a) == _shape(b) and a else 0.0

    def _describe(self, doc: _Doc, node: Any, depth: int = 0) -> str:
        s, refs = doc.deref(node)
        shape = _shape(s)
        name = doc.ref_name(refs)
        if shape == "object":
            return f"object {name}" if name else "object"
        if shape == "map":
            return "map of " + (self._describe(doc, s.get("additionalProperties"), depth + 1) if depth < 2 else "…")
        if shape == "free-object":
            return "object (free-form)"
        if shape == "array":
            return "array of " + (self._describe(doc, s.get("items"), depth + 1) if depth < 2 else "…")
        if shape == "oneOf":
            return f"one of {len(_alternatives(s))} alternatives"
        if shape == "any":
            raw = _str(s.get("x-doc-type"))
            return f"untyped ({raw})" if raw else "untyped"
        fmt = _str(s.get("format"))
        return f"{shape} ({fmt})" if fmt else shape

    def schema(self, ref: OpRef, side: Side, old: Any, new: Any, ptr: str, old_src: str | None,
               new_src: str | None, stack: frozenset[tuple[str, str]]) -> None:
        o, o_refs = self.old.deref(old)
        n, n_refs = self.new.deref(new)
        if o_refs or n_refs:
            pair = (o_refs[-1] if o_refs else "", n_refs[-1] if n_refs else "")
            if pair in stack:
                return  # a recursive structure: this pair is being compared further up
            stack = stack | {pair}
        o_src = _str(o.get("x-doc-source")) or old_src
        n_src = _str(n.get("x-doc-source")) or new_src
        if _norm_text(o.get("description")) != _norm_text(n.get("description")) and not ptr.startswith(
                "/parameters"):
            self.emit("doc-text", ref, ptr, _text_change(o.get("description"), n.get("description")), o_src, n_src)
        so, sn = _shape(o), _shape(n)
        if "oneOf" in (so, sn):
            self.alternatives(ref, side, o, n, ptr, o_src, n_src, stack)
            return
        if so != sn:
            was, now = self._describe(self.old, old), self._describe(self.new, new)
            refined = so == "any" or (so == "free-object" and sn in ("object", "map"))
            self.emit("type-refined" if refined else "type-changed", ref, ptr, f"type {was} -> {now}", o_src, n_src)
            return
        self.constraints(ref, ptr, o, n, o_src, n_src)
        if so == "array":
            self.schema(ref, side, o.get("items"), n.get("items"), f"{ptr}/[]", o_src, n_src, stack)
        elif so == "map":
            self.schema(ref, side, o.get("additionalProperties"), n.get("additionalProperties"), f"{ptr}/{{}}",
                        o_src, n_src, stack)
        elif so == "object":
            self.properties(ref, side, o, n, ptr, o_src, n_src, stack)

    def alternatives(self, ref: OpRef, side: Side, o: JSON, n: JSON, ptr: str, o_src: str | None,
                     n_src: str | None, stack: frozenset[tuple[str, str]]) -> None:
        olds = _alternatives(o) or [{k: v for k, v in o.items() if k != "description"}]
        news = _alternatives(n) or [{k: v for k, v in n.items() if k != "description"}]

        def titled(i: int, j: int) -> bool:
            a, _ = self.old.deref(olds[i])
            b, _ = self.new.deref(news[j])
            return bool(_str(a.get("title"))) and a.get("title") == b.get("title")

        pairs, lone_old, lone_new = _match(len(olds), len(news), [titled],
                                           lambda i, j: self._overlap(olds[i], news[j]))
        new_is_one_of = bool(_alternatives(n))
        old_is_one_of = bool(_alternatives(o))
        for i, j in pairs:
            seg = f"{ptr}/oneOf/{j}" if new_is_one_of else (f"{ptr}/oneOf/{i}" if old_is_one_of else ptr)
            self.schema(ref, side, olds[i], news[j], seg, o_src, n_src, stack)
        for i in lone_old:
            src = _str(self.old.deref(olds[i])[0].get("x-doc-source")) or o_src
            self.emit("alternative-removed", ref, f"{ptr}/oneOf/{i}",
                      f"alternative {self._describe(self.old, olds[i])} removed", src, n_src,
                      breaking=side == "request")
        for j in lone_new:
            src = _str(self.new.deref(news[j])[0].get("x-doc-source")) or n_src
            self.emit("alternative-added", ref, f"{ptr}/oneOf/{j}",
                      f"new alternative {self._describe(self.new, news[j])}", o_src, src)

    def constraints(self, ref: OpRef, ptr: str, o: JSON, n: JSON, o_src: str | None, n_src: str | None) -> None:
        if o.get("format") != n.get("format"):
            self.emit("format-changed", ref, ptr, f"format {o.get('format') or 'none'} -> {n.get('format') or 'none'}",
                      o_src, n_src)
        old_enum, new_enum = o.get("enum"), n.get("enum")
        if isinstance(old_enum, list) or isinstance(new_enum, list):
            if not isinstance(old_enum, list):
                self.emit("enum-narrowed", ref, ptr, f"values limited to {_shows(_list(new_enum))}", o_src, n_src)
            elif not isinstance(new_enum, list):
                self.emit("enum-widened", ref, ptr, f"enum {_shows(old_enum)} removed: any value", o_src, n_src)
            else:
                removed = [v for v in old_enum if v not in new_enum]
                added = [v for v in new_enum if v not in old_enum]
                if removed:
                    self.emit("enum-narrowed", ref, ptr, f"enum values removed: {_shows(removed)}", o_src, n_src)
                if added:
                    self.emit("enum-widened", ref, ptr, f"enum values added: {_shows(added)}", o_src, n_src)
        old_not, new_not = _excluded(o), _excluded(n)
        excluded = [v for v in new_not if v not in old_not]
        allowed = [v for v in old_not if v not in new_not]
        if excluded:
            self.emit("excluded-value-added", ref, ptr, f"values now excluded: {_shows(excluded)}", o_src, n_src)
        if allowed:
            self.emit("excluded-value-removed", ref, ptr, f"values no longer excluded: {_shows(allowed)}", o_src,
                      n_src)
        if o.get("pattern") != n.get("pattern"):
            if n.get("pattern") is None:
                self.emit("pattern-removed", ref, ptr, f"pattern {_short(_show(o.get('pattern')))} removed", o_src,
                          n_src)
            else:
                was = _short(_show(o.get("pattern"))) if o.get("pattern") is not None else "none"
                now = _short(_show(n.get("pattern")))
                text = f"pattern {was} -> {now}" if was != now else "pattern changed (long patterns: see the sources)"
                self.emit("pattern-changed", ref, ptr, text, o_src, n_src)
        for key, lower in _RANGES:
            a, b = o.get(key), n.get(key)
            if a == b or not all(v is None or _number(v) for v in (a, b)):
                continue  # equal, or not numbers (OpenAPI 3.0 boolean exclusiveMinimum)
            if a is None:
                narrowed = True
            elif b is None:
                narrowed = False
            else:
                narrowed = b > a if lower else b < a
            self.emit("range-narrowed" if narrowed else "range-widened", ref, ptr,
                      f"{key} {_show(a) if a is not None else 'none'} -> {_show(b) if b is not None else 'none'}",
                      o_src, n_src)
        if ("default" in o or "default" in n) and o.get("default") != n.get("default"):
            was = _show(o["default"]) if "default" in o else "none"
            now = _show(n["default"]) if "default" in n else "none"
            self.emit("default-changed", ref, ptr, f"default {was} -> {now}", o_src, n_src)

    def properties(self, ref: OpRef, side: Side, o: JSON, n: JSON, ptr: str, o_src: str | None,
                   n_src: str | None, stack: frozenset[tuple[str, str]]) -> None:
        old_props, new_props = _dict(o.get("properties")), _dict(n.get("properties"))
        old_req = {r for r in _list(o.get("required")) if isinstance(r, str)}
        new_req = {r for r in _list(n.get("required")) if isinstance(r, str)}
        o_table = _str(o.get(_TABLE)) or o_src
        n_table = _str(n.get(_TABLE)) or n_src
        removed = [k for k in old_props if k not in new_props]
        added = [k for k in new_props if k not in old_props]
        renamed: dict[str, str] = {}
        if len(removed) == 1 and len(added) == 1 and (
                self._describe(self.old, old_props[removed[0]]) == self._describe(self.new, new_props[added[0]])):
            renamed = {removed[0]: added[0], added[0]: removed[0]}
        for name in removed:
            src = _str(self.old.deref(old_props[name])[0].get("x-doc-source")) or o_src
            hint = f" (renamed to `{renamed[name]}`?)" if name in renamed else ""
            kind = "request-property-removed" if side == "request" else "response-property-removed"
            self.emit(kind, ref, f"{ptr}/{_esc(name)}", f"{side} property `{name}` removed{hint}", src, n_table)
        for name in added:
            src = _str(self.new.deref(new_props[name])[0].get("x-doc-source")) or n_src
            hint = f" (renamed from `{renamed[name]}`?)" if name in renamed else ""
            what = self._describe(self.new, new_props[name])
            if side == "request":
                required = name in new_req
                kind = "request-property-added-required" if required else "request-property-added-optional"
                message = f"new {'required' if required else 'optional'} request property `{name}` ({what}){hint}"
            else:
                kind, message = "response-property-added", f"new response property `{name}` ({what}){hint}"
            self.emit(kind, ref, f"{ptr}/{_esc(name)}", message, o_table, src)
        for name in old_props:
            if name not in new_props:
                continue
            child = f"{ptr}/{_esc(name)}"
            a_src = _str(self.old.deref(old_props[name])[0].get("x-doc-source")) or o_src
            b_src = _str(self.new.deref(new_props[name])[0].get("x-doc-source")) or n_src
            was, now = name in old_req, name in new_req
            if was != now:
                state = "required" if now else "optional"
                kind = f"{side}-property-made-{state}"
                self.emit(kind, ref, child, f"{side} property `{name}` is now {state}", a_src, b_src)
            self.schema(ref, side, old_props[name], new_props[name], child, o_src, n_src, stack)
        old_extra, new_extra = o.get("additionalProperties"), n.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.schema(ref, side, old_extra, new_extra, f"{ptr}/{{}}", o_src, n_src, stack)


def _label(spec: JSON, fallback: str) -> str:
    info = _dict(spec.get("info"))
    title, version = _str(info.get("title")), _str(info.get("version"))
    return f"{title} {version}".strip() or fallback


def diff_specs(old: JSON, new: JSON, *, old_label: str | None = None, new_label: str | None = None) -> DiffResult:
    """Every change from `old` to `new` (two OpenAPI documents as dicts), in a deterministic order."""
    differ = _Differ(old, new)
    differ.run()
    ordered = sorted(differ.changes, key=lambda c: (*c.operation.sort_key(), c.pointer, c.kind, c.message,
                                                     c.old_source or "", c.new_source or ""))
    # the same finding reached twice (several old variants compared with one new body): reported once
    unique = list({(c.operation, c.kind, c.pointer, c.message): c for c in reversed(ordered)}.values())
    unique.reverse()
    return DiffResult(changes=tuple(unique), old_label=old_label or _label(old, "OLD"),
                      new_label=new_label or _label(new, "NEW"))


# ---------------------------------------------------------------------------------------------------------------
# renderers


def _summary(result: DiffResult) -> str:
    total = len(result.changes)
    if not total:
        return "no changes"
    nb = len(result.breaking)
    return f"{total} change{'s' if total != 1 else ''}: {nb} breaking, {total - nb} non-breaking"


def _counts_line(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def render_text(result: DiffResult) -> str:
    lines = [f"{result.old_label} -> {result.new_label}: {_summary(result)}"]
    for title, flag in (("breaking", True), ("non-breaking", False)):
        counts = result.counts(breaking=flag)
        if counts:
            lines.append(f"  {title}: {_counts_line(counts)}")
    for title, changes in (("BREAKING", result.breaking), ("NON-BREAKING", result.non_breaking)):
        if not changes:
            continue
        lines.append("")
        lines.append(f"{title} ({len(changes)})")
        for c in changes:
            where = f"{c.operation}{' ' + c.pointer if c.pointer else ''}"
            lines.append(f"  [{c.kind}] {where}")
            lines.append(f"      {c.message}")
            lines.append(f"      old: {c.old_source or '-'}  new: {c.new_source or '-'}")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _code(text: str | None) -> str:
    return f"`{_cell(text).replace('`', chr(39))}`" if text else "–"


def _table(changes: Sequence[Change]) -> list[str]:
    rows = ["| Change | Operation | Pointer | Details | Old source | New source |",
            "|---|---|---|---|---|---|"]
    for c in changes:
        op = f"`{c.operation.method.upper()} {_cell(c.operation.path)}`"
        if c.operation.operation_id:
            op += f" ({_cell(c.operation.operation_id)})"
        rows.append(f"| {c.kind} | {op} | {_code(c.pointer)} | {_cell(c.message)} | {_code(c.old_source)} | "
                    f"{_code(c.new_source)} |")
    return rows


def render_markdown(result: DiffResult) -> str:
    """A pull-request comment: the summary, breaking changes first, then the rest (doc-text only folded)."""
    head = f"### API diff: {_cell(result.old_label)} → {_cell(result.new_label)}"
    nb = len(result.breaking)
    summary = _summary(result)
    lines = [head, "", f"**{summary}**" if not nb else f"**{summary}** :warning:"]
    for title, flag in (("Breaking", True), ("Non-breaking", False)):
        counts = result.counts(breaking=flag)
        if counts:
            lines.append(f"<br>{title}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if result.breaking:
        lines += ["", f"#### Breaking changes ({nb})", "", *_table(result.breaking)]
    rest = [c for c in result.non_breaking if c.kind != "doc-text"]
    docs = [c for c in result.non_breaking if c.kind == "doc-text"]
    if rest:
        lines += ["", f"#### Non-breaking changes ({len(rest)})", "", *_table(rest)]
    if docs:
        lines += ["", f"<details><summary>Doc text only ({len(docs)})</summary>", "", *_table(docs), "",
                  "</details>"]
    return "\n".join(lines) + "\n"


def render_json(result: DiffResult) -> str:
    data = {
        "old": result.old_label,
        "new": result.new_label,
        "summary": {
            "changes": len(result.changes),
            "breaking": len(result.breaking),
            "non_breaking": len(result.non_breaking),
            "breaking_by_kind": result.counts(breaking=True),
            "non_breaking_by_kind": result.counts(breaking=False),
        },
        "changes": [c.as_dict() for c in result.changes],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
