"""The constraint stage: operations in, operations out, with JSON Schema keywords read from the descriptions.

Every keyword records its source (`path:line: sentence`); a sentence that reads like a constraint but that no
rule understood is an info diagnostic (`constraint-unrecognised`), so coverage is visible to doc writers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from generator.constraints.rules import (
    AMBIGUOUS,
    RULES,
    Cell,
    Finding,
    looks_like_constraint,
    normalise_labelled,
    range_pattern,
    revise,
    sentences,
)
from generator.constraints.values import check_values, contradictions
from generator.diagnostics import CODES, Diagnostic, Loc, internal_error
from generator.model import Operation, PageResult, Parameter, Property, Response, Schema
from generator.operations import ServiceModel
from generator.schema_messages import as_json

__all__ = ["ConstraintStats", "FindingsStore", "apply_constraints", "cells_of", "constrain_cell", "run_rules"]


class FindingsStore(Protocol):
    """Where the findings of a cell are kept between builds (the build cache): the rules are pure functions of the
    cell, so what they found once for a cell is what they find again (with the same rules)."""

    def get_findings(self, cell: Cell) -> list[Finding] | None: ...

    def put_findings(self, cell: Cell, findings: list[Finding]) -> None: ...


@dataclass
class ConstraintStats:
    cells: int = 0
    cells_with_constraint: int = 0
    unrecognised_sentences: int = 0
    keywords: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {
            "description_cells": self.cells,
            "cells_with_recognised_constraint": self.cells_with_constraint,
            "unrecognised_constraint_sentences": self.unrecognised_sentences,
            "keywords": dict(sorted(self.keywords.items())),
        }


def constrain_cell(cell: Cell) -> list[Finding]:
    """Every rule of the table on one cell, in table order; a rule that raises raises (tests, the score)."""
    findings, failures = run_rules(cell)
    if failures:
        raise failures[0][1]
    return findings


def run_rules(cell: Cell) -> tuple[list[Finding], list[tuple[str, Exception]]]:
    """Every rule of the table on one cell, each on its own: a rule that raises loses only its own findings, and
    is returned with its exception (the engine reports it as an `internal-error` and carries on)."""
    failures: list[tuple[str, Exception]] = []
    try:
        cell = replace(cell, text=normalise_labelled(cell.text))
    except Exception as exc:
        failures.append(("normalise_labelled", exc))  # the rules read the text as written
    out: list[Finding] = []
    for name, rule in RULES.items():
        try:
            out.extend(rule(cell))
        except Exception as exc:
            failures.append((name, exc))
    try:
        out = revise(cell, out)
    except Exception as exc:
        failures.append(("revise", exc))  # the findings as the rules gave them
    return out, failures


class _Engine:
    def __init__(self, store: FindingsStore | None = None) -> None:
        self.store = store
        self.stats = ConstraintStats()
        self.diagnostics: list[Diagnostic] = []
        self.memo: dict[int, Schema] = {}
        self.seen_cells: set[tuple[Loc, str]] = set()
        # the rules are pure and the same description recurs on many pages (project_id, limit, shared tables)
        self.findings: dict[Cell, tuple[list[Finding], list[tuple[str, Exception]]]] = {}

    # -- one property ----------------------------------------------------------------------------------------------

    def keywords_for(self, schema: Schema, name: str, siblings: tuple[str, ...],
                     extra: tuple[tuple[str, str], ...] = (), required: bool = False) -> tuple[Schema, list[Finding]]:
        """Schema with its keywords added, and the findings meant for the parent object (`if`). A bug on one
        cell leaves that property as the tables typed it (no keyword) and is an `internal-error`."""
        if not schema.description.strip() or schema.loc is None:
            return schema, []
        try:
            return self._keywords_for(schema, schema.loc, name, siblings, extra, required)
        except Exception as exc:
            self.diagnostics.append(internal_error(schema.loc, "constraints", f"keywords of `{name}`", exc))
            return schema, []

    def _keywords_for(self, schema: Schema, loc: Loc, name: str, siblings: tuple[str, ...],
                      extra: tuple[tuple[str, str], ...], required: bool = False) -> tuple[Schema, list[Finding]]:
        count = (loc, name) not in self.seen_cells
        self.seen_cells.add((loc, name))
        item_kind = schema.items.kind if schema.kind == "array" and schema.items is not None else ""
        cell = Cell(name=name, kind=schema.kind, text=schema.description, siblings=siblings, extra=extra,
                    item_kind=item_kind if item_kind in ("string", "integer", "number", "boolean") else "",
                    required=required)
        if cell not in self.findings:
            self.findings[cell] = self.run_rules(cell)
        found, failures = self.findings[cell]
        findings = list(found)
        for rule, exc in failures:
            self.diagnostics.append(internal_error(loc, "constraints", f"rule `{rule}` on `{name}`", exc))
        if cell.item_kind and schema.items is not None:
            # an array of scalars: what the cell says of values constrains the items
            on_items = [f for f in findings if f.keyword in _ITEM_KEYWORDS]
            findings = [f for f in findings if f.keyword not in _ITEM_KEYWORDS]
            if on_items:
                item = schema.items
                item_keywords, item_sources, item_max = self.checked(
                    loc, f"{name}[]", item.kind, item.format, item.max_length,
                    {**dict(item.keywords), **{f.keyword: f.value for f in on_items}},
                    [*item.sources, *((f.keyword, f"{schema.loc}: {_short(f.sentence)}") for f in on_items)])
                schema = replace(schema, items=replace(item, keywords=tuple(item_keywords.items()),
                                                       sources=tuple(item_sources), max_length=item_max))
                if count:
                    self.stats.keywords.update(f.keyword for f in on_items)
        if count:
            self.stats.cells += 1
        keywords: dict[str, Any] = dict(schema.keywords)
        sources: list[tuple[str, str]] = list(schema.sources)
        parent: list[Finding] = []
        max_length = schema.max_length
        fmt = schema.format

        def add(keyword: str, value: Any, sentence: str) -> None:
            if keyword == "pattern" and not _compiles(value):
                return
            if keyword == "pattern" and "pattern" in keywords and keywords["pattern"] != value:
                keywords.setdefault("allOf", []).append({"pattern": value})
            else:
                keywords[keyword] = value
            sources.append((keyword, f"{schema.loc}: {_short(sentence)}"))

        numeric_range: dict[str, Any] = {}
        for f in findings:
            if f.keyword == AMBIGUOUS:  # a constraint no keyword can hold: said so, never enforced
                keywords[AMBIGUOUS] = [*keywords.get(AMBIGUOUS, []), f.value]
                sources.append((AMBIGUOUS, f"{schema.loc}: {_short(f.sentence)}"))
                if count:
                    self.diagnostics.append(Diagnostic(loc, "constraint-ambiguous", CODES["constraint-ambiguous"][0],
                                                       f"`{name}`: {f.value}: {_short(f.sentence, 160)}"))
            elif f.keyword == "if":
                parent.append(f)
                sources.append(("if/then", f"{schema.loc}: {_short(f.sentence)}"))
            elif f.keyword == "maxLength":
                max_length = f.value if max_length is None else min(max_length, f.value)
                sources.append(("maxLength", f"{schema.loc}: {_short(f.sentence)}"))
            elif f.keyword == "format":
                if fmt is None:
                    fmt = f.value
                    sources.append(("format", f"{schema.loc}: {_short(f.sentence)}"))
            elif f.keyword in ("minimum", "maximum") and schema.kind == "string":
                numeric_range[f.keyword] = f.value
                numeric_range.setdefault("sentence", f.sentence)
            else:
                add(f.keyword, f.value, f.sentence)
        if numeric_range:
            lo, hi = numeric_range.get("minimum"), numeric_range.get("maximum")
            note = {k: v for k, v in numeric_range.items() if k != "sentence"}
            add("x-numeric-range", note, numeric_range["sentence"])
            if isinstance(lo, int) and isinstance(hi, int) and 0 <= lo <= hi:
                # a number written as a string (ports in these docs): the range becomes a pattern
                add("pattern", range_pattern(lo, hi), numeric_range["sentence"])
        # a stated default or listed value that the property's own keywords reject (`uses UTC by default` beside
        # `UTC+hh:00`, a default `30` on a date-time): kept as an annotation, not in the keyword, and reported
        keywords, sources, max_length = self.checked(loc, name, schema.kind, fmt, max_length, keywords, sources)
        for keyword in keywords:
            if keyword not in dict(schema.keywords):
                self.stats.keywords[keyword] += 1 if count else 0
        if max_length is not None and max_length != schema.max_length and count:
            self.stats.keywords["maxLength"] += 1
        if fmt != schema.format and count:
            self.stats.keywords["format"] += 1
        if count and parent:
            self.stats.keywords["if/then"] += len(parent)
        if count and (findings or max_length != schema.max_length):
            self.stats.cells_with_constraint += 1
        if count:
            covered = " ".join(f.sentence for f in findings)
            for s in sentences(normalise_labelled(schema.description)):
                if looks_like_constraint(s) and s not in covered:
                    self.stats.unrecognised_sentences += 1
                    self.diagnostics.append(Diagnostic(loc, "constraint-unrecognised",
                                                       CODES["constraint-unrecognised"][0],
                                                       f"`{name}`: {_short(s, 160)}"))
        new = replace(schema, keywords=tuple(keywords.items()), sources=tuple(sources), max_length=max_length,
                      format=fmt)
        return new, parent

    def checked(self, loc: Loc, name: str, kind: str, fmt: str | None, max_length: int | None,
                keywords: dict[str, Any], sources: list[tuple[str, str]]
                ) -> tuple[dict[str, Any], list[tuple[str, str]], int | None]:
        """Keywords that together admit no value left out, with a warning naming them and their sentences; then
        `default` and `enum` values the field rejects moved to their annotations, with a warning each. Returns the
        keywords, their sources and the maxLength."""
        keywords, sources, max_length = self.consistent(loc, name, kind, max_length, keywords, sources)
        keywords, rejected = check_values(kind, fmt, max_length, keywords)
        for r in rejected:
            if r.keyword == "default":
                sources = [("x-default" if k == "default" else k, v) for k, v in sources]
                self.diagnostics.append(Diagnostic(loc, "default-outside-schema", CODES["default-outside-schema"][0],
                                                   f"`{name}`: the stated default {as_json(r.values[0])} fails "
                                                   f"{r.reason}; kept as x-default"))
            else:
                moved = "enum" not in keywords
                sources = [*(("x-enum-outside-schema" if moved and k == "enum" else k, v) for k, v in sources),
                           *(("x-enum-outside-schema", v) for k, v in sources if k == "enum" and not moved)]
                what = "every listed value" if moved else "listed value(s) " + ", ".join(map(as_json, r.values))
                self.diagnostics.append(Diagnostic(loc, "enum-outside-schema", CODES["enum-outside-schema"][0],
                                                   f"`{name}`: {what} fail(s) {r.reason}; "
                                                   f"{'no enum' if moved else 'dropped from enum'}, kept in "
                                                   "x-enum-outside-schema"))
        return keywords, sources, max_length

    def consistent(self, loc: Loc, name: str, kind: str, max_length: int | None, keywords: dict[str, Any],
                   sources: list[tuple[str, str]]) -> tuple[dict[str, Any], list[tuple[str, str]], int | None]:
        """Without the keywords that contradict each other (`minimum 0` and `exclusiveMaximum 0`): which of them
        is wrong the docs do not tell, so neither is written (precision first); a `keywords-contradict` warning
        names the field, the keywords and the sentences they came from."""
        found = contradictions(kind, max_length, keywords)
        if not found:
            return keywords, sources, max_length
        dropped = {k for c in found for k in c.keywords}
        said = "; ".join(f"{k} from {src}" for k, src in sources if k in dropped)
        if "maxLength" in dropped and not any(k == "maxLength" for k, _src in sources):
            said = "; ".join(x for x in (said, "maxLength from the Type column") if x)
        self.diagnostics.append(Diagnostic(
            loc, "keywords-contradict", CODES["keywords-contradict"][0],
            f"`{name}`: {'; '.join(c.reason for c in found)}; none of them is written ({said})"))
        return ({k: v for k, v in keywords.items() if k not in dropped},
                [(k, src) for k, src in sources if k not in dropped],
                None if "maxLength" in dropped else max_length)

    def run_rules(self, cell: Cell) -> tuple[list[Finding], list[tuple[str, Exception]]]:
        """The rules on a cell, or what they found before (a cell on which a rule failed is not stored)."""
        stored = self.store.get_findings(cell) if self.store is not None else None
        if stored is not None:
            return stored, []
        found, failures = run_rules(cell)
        if self.store is not None and not failures:
            self.store.put_findings(cell, found)
        return found, failures

    # -- trees -----------------------------------------------------------------------------------------------------

    def schema(self, s: Schema) -> Schema:
        """An object or array with its properties constrained (the schema's own description is done by its parent)."""
        key = id(s)
        if key in self.memo:
            return self.memo[key]
        out = s
        if s.properties:
            names = tuple(p.name for p in s.properties)
            props: list[Property] = []
            conditions: list[Finding] = []
            for p in s.properties:
                inner = self.schema(p.schema)
                constrained, parent = self.keywords_for(inner, p.name, tuple(n for n in names if n != p.name),
                                                         required=p.required)
                conditions.extend(parent)
                props.append(replace(p, schema=constrained))
            object_keywords = dict(s.object_keywords)
            if conditions:
                rules = [_if_then(f) for f in conditions]
                object_keywords["allOf"] = [*object_keywords.get("allOf", []), *rules]
            out = replace(out, properties=tuple(props), object_keywords=tuple(object_keywords.items()))
        if s.items is not None:
            out = replace(out, items=self.schema(s.items))
        if s.values is not None:
            out = replace(out, values=self.schema(s.values))
        if s.one_of:
            out = replace(out, one_of=tuple(self.schema(alt) for alt in s.one_of))
        self.memo[key] = out
        return out

    def parameters(self, params: tuple[Parameter, ...]) -> tuple[Parameter, ...]:
        names = tuple(p.name for p in params)
        out = []
        for p in params:
            constrained, _ = self.keywords_for(p.schema, p.name, tuple(n for n in names if n != p.name),
                                               required=p.required)
            out.append(replace(p, schema=constrained))
        return tuple(out)

    def response(self, r: Response) -> Response:
        return replace(r, schema=self.schema(r.schema) if r.schema is not None else None,
                       headers=self.parameters(r.headers))

    def isolated(self, op: Operation) -> Operation:
        """The operation constrained or, on a bug outside any one cell, as the tables typed it."""
        try:
            return self.operation(op)
        except Exception as exc:
            self.diagnostics.append(internal_error(op.loc, "constraints", f"operation {op.method} {op.path}", exc))
            return op

    def operation(self, op: Operation) -> Operation:
        return replace(op, parameters=self.parameters(op.parameters),
                       request=self.schema(op.request) if op.request is not None else None,
                       responses=tuple(self.response(r) for r in op.responses))


_ITEM_KEYWORDS = {"enum", "minLength", "maxLength", "pattern", "minimum", "maximum", "not", "format", "x-format"}


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _if_then(f: Finding) -> dict[str, Any]:
    field_name, value, required = f.value["field"], f.value["value"], f.value["required"]
    return {
        "if": {"properties": {field_name: {"const": value}}, "required": [field_name]},
        "then": {"required": list(required)},
    }


def _short(sentence: str, limit: int = 240) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def apply_constraints(model: ServiceModel, store: FindingsStore | None = None,
                      ) -> tuple[ServiceModel, list[Diagnostic], ConstraintStats]:
    engine = _Engine(store)
    pages: list[PageResult] = []
    for page in model.pages:
        pages.append(replace(page, operations=tuple(engine.isolated(op) for op in page.operations)))
    error = model.error_schema
    if error is not None:
        try:
            error = engine.schema(error)
        except Exception as exc:
            engine.diagnostics.append(internal_error(error.loc or Loc("", 1), "constraints", "error body", exc))
    diagnostics = sorted(set(engine.diagnostics), key=lambda d: (d.loc.path, d.loc.line, d.message))
    return replace(model, pages=tuple(pages), error_schema=error), diagnostics, engine.stats


class _Recorder:
    """A store that records the cells asked for and finds nothing in them."""

    def __init__(self) -> None:
        self.cells: dict[Cell, None] = {}

    def get_findings(self, cell: Cell) -> list[Finding] | None:
        self.cells[cell] = None
        return []

    def put_findings(self, cell: Cell, findings: list[Finding]) -> None:
        pass


def cells_of(model: ServiceModel) -> list[Cell]:
    """Every cell the stage runs the rules on, once each, in the order it meets them: a pass of the engine that finds
    nothing, so that the rules can run elsewhere (worker processes) before the real pass."""
    recorder = _Recorder()
    apply_constraints(model, recorder)
    return list(recorder.cells)
