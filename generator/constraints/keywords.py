"""The keywords of one property from what the rules found in its cell: assembled, made consistent, then checked
against the values the property states (its `default`, its `enum`).

Pure functions of a schema and findings: the engine (`engine.py`) walks the trees, counts and reports what is
unrecognised or ambiguous; what these functions find wrong they return as diagnostics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.constraints.rules import AMBIGUOUS, Finding, range_pattern
from generator.constraints.values import check_values, contradictions
from generator.diagnostics import CODES, Diagnostic, Loc
from generator.model import Schema
from generator.schema_messages import as_json

__all__ = ["ITEM_KEYWORDS", "Assembled", "assemble", "checked", "short"]

# what a cell says of the values of an array of scalars constrains its items
ITEM_KEYWORDS = {"enum", "minLength", "maxLength", "pattern", "minimum", "maximum", "not", "format", "x-format"}

Sources = list[tuple[str, str]]


@dataclass(frozen=True)
class Assembled:
    """A property's keywords with their sources, its maxLength and format, the findings meant for its parent object
    (`if`, for `allOf` there) and the ambiguous ones (an annotation each, an info to report)."""

    keywords: dict[str, Any]
    sources: Sources
    max_length: int | None
    format: str | None
    parent: list[Finding]
    ambiguous: list[Finding]


def short(sentence: str, limit: int = 240) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def assemble(schema: Schema, findings: list[Finding]) -> Assembled:
    """The schema's own keywords and sources with the findings added: an ambiguous finding as an annotation, a
    conditional one for the parent, the tighter maxLength, the first format; a second pattern goes to `allOf`, one
    that does not compile is left out; a number range stated of a String is noted (`x-numeric-range`) and, when its
    bounds are whole numbers from 0, written as a pattern of the numbers (ports in these docs)."""
    keywords: dict[str, Any] = dict(schema.keywords)
    sources: Sources = list(schema.sources)
    parent: list[Finding] = []
    ambiguous: list[Finding] = []
    max_length = schema.max_length
    fmt = schema.format

    def add(keyword: str, value: Any, sentence: str) -> None:
        if keyword == "pattern" and not _compiles(value):
            return
        if keyword == "pattern" and "pattern" in keywords and keywords["pattern"] != value:
            keywords.setdefault("allOf", []).append({"pattern": value})
        else:
            keywords[keyword] = value
        sources.append((keyword, f"{schema.loc}: {short(sentence)}"))

    numeric_range: dict[str, Any] = {}
    for f in findings:
        if f.keyword == AMBIGUOUS:  # a constraint no keyword can hold: said so, never enforced
            keywords[AMBIGUOUS] = [*keywords.get(AMBIGUOUS, []), f.value]
            sources.append((AMBIGUOUS, f"{schema.loc}: {short(f.sentence)}"))
            ambiguous.append(f)
        elif f.keyword == "if":
            parent.append(f)
            sources.append(("if/then", f"{schema.loc}: {short(f.sentence)}"))
        elif f.keyword == "maxLength":
            max_length = f.value if max_length is None else min(max_length, f.value)
            sources.append(("maxLength", f"{schema.loc}: {short(f.sentence)}"))
        elif f.keyword == "format":
            if fmt is None:
                fmt = f.value
                sources.append(("format", f"{schema.loc}: {short(f.sentence)}"))
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
    return Assembled(keywords, sources, max_length, fmt, parent, ambiguous)


def checked(loc: Loc, name: str, kind: str, fmt: str | None, max_length: int | None, keywords: dict[str, Any],
            sources: Sources) -> tuple[dict[str, Any], Sources, int | None, list[Diagnostic]]:
    """Keywords that together admit no value left out, with a warning naming them and their sentences; then
    `default` and `enum` values the field rejects moved to their annotations, with a warning each. Returns the
    keywords, their sources, the maxLength and the warnings."""
    keywords, sources, max_length, diagnostics = _consistent(loc, name, kind, max_length, keywords, sources)
    keywords, rejected = check_values(kind, fmt, max_length, keywords)
    for r in rejected:
        if r.keyword == "default":
            sources = [("x-default" if k == "default" else k, v) for k, v in sources]
            diagnostics.append(Diagnostic(loc, "default-outside-schema", CODES["default-outside-schema"][0],
                                          f"`{name}`: the stated default {as_json(r.values[0])} fails "
                                          f"{r.reason}; kept as x-default"))
        else:
            moved = "enum" not in keywords
            sources = [*(("x-enum-outside-schema" if moved and k == "enum" else k, v) for k, v in sources),
                       *(("x-enum-outside-schema", v) for k, v in sources if k == "enum" and not moved)]
            what = "every listed value" if moved else "listed value(s) " + ", ".join(map(as_json, r.values))
            diagnostics.append(Diagnostic(loc, "enum-outside-schema", CODES["enum-outside-schema"][0],
                                          f"`{name}`: {what} fail(s) {r.reason}; "
                                          f"{'no enum' if moved else 'dropped from enum'}, kept in "
                                          "x-enum-outside-schema"))
    return keywords, sources, max_length, diagnostics


def _consistent(loc: Loc, name: str, kind: str, max_length: int | None, keywords: dict[str, Any], sources: Sources,
                ) -> tuple[dict[str, Any], Sources, int | None, list[Diagnostic]]:
    """Without the keywords that contradict each other (`minimum 0` and `exclusiveMaximum 0`): which of them is
    wrong the docs do not tell, so neither is written (precision first); a `keywords-contradict` warning names the
    field, the keywords and the sentences they came from."""
    found = contradictions(kind, max_length, keywords)
    if not found:
        return keywords, sources, max_length, []
    dropped = {k for c in found for k in c.keywords}
    said = "; ".join(f"{k} from {src}" for k, src in sources if k in dropped)
    if "maxLength" in dropped and not any(k == "maxLength" for k, _src in sources):
        said = "; ".join(x for x in (said, "maxLength from the Type column") if x)
    warning = Diagnostic(loc, "keywords-contradict", CODES["keywords-contradict"][0],
                         f"`{name}`: {'; '.join(c.reason for c in found)}; none of them is written ({said})")
    return ({k: v for k, v in keywords.items() if k not in dropped},
            [(k, src) for k, src in sources if k not in dropped],
            None if "maxLength" in dropped else max_length, [warning])
