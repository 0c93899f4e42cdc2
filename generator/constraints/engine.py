"""The constraint stage: operations in, operations out, with JSON Schema keywords read from the descriptions (how one
property's findings become its keywords: `keywords.py`).

Every keyword records its source (`path:line: sentence`); a sentence that reads like a constraint but that no
rule understood is an info diagnostic (`constraint-unrecognised`), so coverage is visible to doc writers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from generator.constraints.keywords import ITEM_KEYWORDS, Assembled, assemble, checked, short
from generator.constraints.rules import (
    Cell,
    Finding,
    clean_text,
    looks_like_constraint,
    normalise_labelled,
    run_rules,
    sentences,
)
from generator.diagnostics import CODES, Diagnostic, Loc, internal_error
from generator.model import Operation, PageResult, Parameter, Property, Response, Schema
from generator.operations import ServiceModel

__all__ = ["ConstraintStats", "FindingsStore", "apply_constraints", "as_placed", "cells_of"]


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


class _Engine:
    def __init__(self, store: FindingsStore | None = None) -> None:
        self.store = store
        self.stats = ConstraintStats()
        self.diagnostics: list[Diagnostic] = []
        self.memo: dict[int, Schema] = {}
        # conditions of a schema's fields on a field it does not hold, with the path down to the object holding them
        self.above: dict[int, list[tuple[tuple[str, ...], Finding]]] = {}
        self.seen_cells: set[tuple[Loc, str]] = set()
        # the rules are pure and the same description recurs on many pages (project_id, limit, shared tables)
        self.findings: dict[Cell, tuple[list[Finding], list[tuple[str, Exception]]]] = {}

    # -- one property ----------------------------------------------------------------------------------------------

    def keywords_for(self, schema: Schema, name: str, siblings: tuple[str, ...],
                     extra: tuple[tuple[str, str], ...] = (), required: bool = False,
                     holds_conditions: bool = True) -> tuple[Schema, list[Finding]]:
        """Schema with its keywords added, and the findings meant for the parent object (`if`; with
        `holds_conditions` False, a parameter's, there is no such object). A bug on one cell leaves that property as
        the tables typed it (no keyword) and is an `internal-error`."""
        if not schema.description.strip() or schema.loc is None:
            return schema, []
        try:
            return self._keywords_for(schema, schema.loc, name, siblings, extra, required, holds_conditions)
        except Exception as exc:
            self.diagnostics.append(internal_error(schema.loc, "constraints", f"keywords of `{name}`", exc))
            return schema, []

    def _keywords_for(self, schema: Schema, loc: Loc, name: str, siblings: tuple[str, ...],
                      extra: tuple[tuple[str, str], ...], required: bool = False,
                      holds_conditions: bool = True) -> tuple[Schema, list[Finding]]:
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
            on_items = [f for f in findings if f.keyword in ITEM_KEYWORDS]
            findings = [f for f in findings if f.keyword not in ITEM_KEYWORDS]
            if on_items:
                item = schema.items
                item_keywords, item_sources, item_max, warnings = checked(
                    loc, f"{name}[]", item.kind, item.format, item.max_length,
                    {**dict(item.keywords), **{f.keyword: f.value for f in on_items}},
                    [*item.sources, *((f.keyword, f"{schema.loc}: {short(f.sentence)}") for f in on_items)])
                self.diagnostics.extend(warnings)
                schema = replace(schema, items=replace(item, keywords=tuple(item_keywords.items()),
                                                       sources=tuple(item_sources), max_length=item_max))
                if count:
                    self.stats.keywords.update(f.keyword for f in on_items)
        if count:
            self.stats.cells += 1
        # a test of a field outside the object goes up with the parent's findings, to the object that holds that field
        # (`schema`), and is said in words here
        above = [f for f in findings if holds_conditions and _tests_outside(f, name, siblings)]
        findings = [as_placed(f, name, siblings, holds_conditions) for f in findings]
        got = assemble(schema, findings)
        if count:
            for f in got.ambiguous:
                self.diagnostics.append(Diagnostic(loc, "constraint-ambiguous", CODES["constraint-ambiguous"][0],
                                                   f"`{name}`: {f.value}: {short(f.sentence, 160)}"))
        # a stated default or listed value that the property's own keywords reject (`uses UTC by default` beside
        # `UTC+hh:00`, a default `30` on a date-time): kept as an annotation, not in the keyword, and reported
        keywords, sources, max_length, warnings = checked(loc, name, schema.kind, got.format, got.max_length,
                                                          got.keywords, got.sources)
        self.diagnostics.extend(warnings)
        for keyword in keywords:
            if keyword not in dict(schema.keywords):
                self.stats.keywords[keyword] += 1 if count else 0
        if count:
            self._count(loc, name, schema, findings, max_length, got)
        new = replace(schema, keywords=tuple(keywords.items()), sources=tuple(sources), max_length=max_length,
                      format=got.format)
        return new, [*got.parent, *above]

    def _count(self, loc: Loc, name: str, schema: Schema, findings: list[Finding], max_length: int | None,
               got: Assembled) -> None:
        """The stage's figures for a cell met the first time (`max_length`: the one written), and its sentences no
        rule understood reported."""
        if max_length is not None and max_length != schema.max_length:
            self.stats.keywords["maxLength"] += 1
        if got.format != schema.format:
            self.stats.keywords["format"] += 1
        if got.parent:
            self.stats.keywords["if/then"] += len(got.parent)
        if findings or max_length != schema.max_length:
            self.stats.cells_with_constraint += 1
        covered = " ".join(f.sentence for f in findings)
        for s in sentences(normalise_labelled(schema.description)):
            if looks_like_constraint(s) and s not in covered:
                self.stats.unrecognised_sentences += 1
                self.diagnostics.append(Diagnostic(loc, "constraint-unrecognised", CODES["constraint-unrecognised"][0],
                                                   f"`{name}`: {short(s, 160)}"))

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
        """An object or array with its properties constrained (the schema's own description is done by its parent).
        A condition that tests a field the object does not hold goes up (`self.above`) to the nearest object that
        holds it: `recurrence_value` of a `scheduled_policy` mandatory when the policy's `scaling_policy_type` is
        RECURRENCE is that object's if/then, reaching down to the field (`_rules`)."""
        key = id(s)
        if key in self.memo:
            return self.memo[key]
        out = s
        above: list[tuple[tuple[str, ...], Finding]] = []
        if s.properties:
            names = tuple(p.name for p in s.properties)
            props: list[Property] = []
            conditions: list[tuple[tuple[str, ...], Finding]] = []
            for p in s.properties:
                inner = self.schema(p.schema)
                constrained, parent = self.keywords_for(inner, p.name, tuple(n for n in names if n != p.name),
                                                         required=p.required)
                for path, f in [*(((), f) for f in parent), *(((p.name, *path), f) for path, f in
                                                              self.above.get(id(p.schema), ()))]:
                    placed = f.value["field"] in names and (not path or f.value["field"] != p.name)
                    (conditions if placed else above).append((path, f))
                props.append(replace(p, schema=constrained))
            object_keywords = dict(s.object_keywords)
            rules = _rules(conditions)
            if rules:
                object_keywords["allOf"] = [*object_keywords.get("allOf", []), *rules]
            out = replace(out, properties=tuple(props), object_keywords=tuple(object_keywords.items()))
        if s.items is not None:
            out = replace(out, items=self.schema(s.items))
            above.extend((("[]", *path), f) for path, f in self.above.get(id(s.items), ()))
        if s.values is not None:
            out = replace(out, values=self.schema(s.values))
        if s.one_of:
            out = replace(out, one_of=tuple(self.schema(alt) for alt in s.one_of))
        self.memo[key] = out
        if above:
            self.above[key] = above
        return out

    def parameters(self, params: tuple[Parameter, ...]) -> tuple[Parameter, ...]:
        names = tuple(p.name for p in params)
        out = []
        for p in params:
            constrained, _ = self.keywords_for(p.schema, p.name, tuple(n for n in names if n != p.name),
                                               required=p.required, holds_conditions=False)
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


def as_placed(f: Finding, name: str, siblings: tuple[str, ...], holds_conditions: bool = True) -> Finding:
    """A finding as the field's own schema holds it. An `if` goes on the object holding the field `name` and its
    `siblings`; one no `if` of that object can test, on a field outside it (`mandatory when **scaling_policy_type** is
    set to RECURRENCE` in a nested object whose parent holds the type) or between parameters (`holds_conditions`
    False: OpenAPI has no rule across them), is said as an `x-required-when` annotation. The former is also checked
    by the nearest enclosing object that holds the tested field, if any (`_Engine.schema`)."""
    if f.keyword == "if" and (not holds_conditions or _tests_outside(f, name, siblings)):
        return Finding("x-required-when", clean_text(f.sentence), f.sentence)
    return f


def _tests_outside(f: Finding, name: str, siblings: tuple[str, ...]) -> bool:
    """An `if` on a field that the object holding `name` and its `siblings` does not hold."""
    return f.keyword == "if" and f.value["field"] not in (*siblings, name)


def _rules(conditions: list[tuple[tuple[str, ...], Finding]]) -> list[dict[str, Any]]:
    """The object's if/thens, one per test and path, requiring the fields of every condition with that test (two cells
    stating one condition give one rule). A field the test is on is not required by it (`In this mode,
    **restore_time** is mandatory when **type** is mandatory.` under a value of **type**: that holds anyway). `path`
    leads from the object to the one holding the required fields (property names, `[]` for an array's items): where
    that object is given, they are required in it."""
    merged: dict[tuple[str, str, tuple[str, ...]], tuple[Any, list[str]]] = {}  # (field, repr, path): value, names
    for path, f in conditions:
        field_name, value = f.value["field"], f.value["value"]
        _, names = merged.setdefault((field_name, repr(value), path), (value, []))
        names.extend(n for n in f.value["required"] if (path or n != field_name) and n not in names)
    rules = []
    for (field_name, _, path), (value, names) in merged.items():
        if not names:
            continue
        then: dict[str, Any] = {"required": names}
        for step in reversed(path):
            then = {"items": then} if step == "[]" else {"properties": {step: then}}
        rules.append({"if": {"properties": {field_name: {"const": value}}, "required": [field_name]}, "then": then})
    return rules


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
