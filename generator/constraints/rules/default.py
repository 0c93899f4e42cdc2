"""Default: `default` from the `Default Value` column or a sentence that states the default, typed like its field."""

from __future__ import annotations

import re

from generator.constraints.rules.text import Cell, Finding, clean_text, is_conditional, own_text, sentences, typed_value
from generator.constraints.rules.unit import foreign_units

__all__ = ["rule_default"]


_DEFAULT = (
    re.compile(r"\b(?:the|its) default value\s+(?:is|of [\w ]+ is)\s+(\*\*[^*]+\*\*|\S+?)(?:[.,;]\s|[.;]$|\s|$)", re.I),
    re.compile(r"^(?:the value|its value|it|this parameter) is (\*\*[^*]+\*\*|\S+) by default\b", re.I),
    re.compile(r"\bdefault(?: value)?\s*[:：]\s*(\*\*[^*]+\*\*|\S+?)(?:[.,;]|\s|$)", re.I),
    re.compile(r"\bthe default value\s+(\*\*[^*]+\*\*)\s+is used", re.I),
    re.compile(r"\bdefaults? to\s+(\*\*[^*]+\*\*|\S+?)(?:[.,;]|\s|$)", re.I),
    re.compile(r"\bvalue\s+(\*\*[^*]+\*\*|\S+?)\s+is used by default", re.I),
    re.compile(r"(\*\*[^*]+\*\*)\s*(?::\s*)?\((?:the )?default(?: value)?\)", re.I),
    re.compile(r"(\*\*[^*]+\*\*)\s*\((?:the )?default(?: value)?\)", re.I),
    re.compile(r"\buses (\*\*[^*]+\*\*|[\w.+:-]+) by default\b", re.I),
    re.compile(r"^by default, (?:this parameter|the parameter|the value|it) is (?:set to )?(\*\*[^*]+\*\*|\S+?)[.,]?$",
               re.I),
    re.compile(r"\bis set to (\*\*[^*]+\*\*|\d+)(?: [a-z]+)? by default\b", re.I),
    re.compile(r"\buse the default value\s+(\*\*[^*]+\*\*)", re.I),
)
_THIS_IS_DEFAULT = re.compile(r"^(?:-\s+)?\*\*([^*]+)\*\*\s*:[^\n]*?\bthis is the default(?: value)?\b", re.I | re.M)


_NOT_DEFAULTS = {"value", "is", "the", "null", "none", "empty", "as", "not", "follows", "a", "an", "that", "this",
                 "determined", "used", "left", "blank", "set", "specified", "based", "same", "n/a", "-"}


def rule_default(cell: Cell) -> list[Finding]:
    if cell.kind not in ("string", "integer", "number", "boolean", "any"):
        return []
    for header, value in cell.extra:
        if header.strip().lower() in ("default value", "default") and value.strip():
            t = typed_value(clean_text(value), cell.kind)
            if t is not None:
                return [Finding("default", t, f"{header}: {value.strip()}")]
    found: list[Finding] = []
    if m := _THIS_IS_DEFAULT.search(cell.text):
        t = typed_value(m.group(1), cell.kind)
        if t is not None:
            found.append(Finding("default", t, m.group(0)))
    for s in sentences(own_text(cell)):
        if is_conditional(s):
            continue
        for rx in _DEFAULT:
            if m := rx.search(s):
                raw = m.group(1).replace("**", "").strip()
                if foreign_units(cell, s[m.start(1):]) or re.fullmatch(r"\d+[a-z]+", raw, re.I):
                    break  # `The default value is 15 minutes` (or **15min**) on a field in seconds
                t = typed_value(raw, cell.kind)
                if t is not None and raw.lower() not in _NOT_DEFAULTS:
                    found.append(Finding("default", t, s))
                break
    values = {repr(f.value) for f in found}
    return found[:1] if len(values) == 1 else []
