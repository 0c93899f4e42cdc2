"""Excluded values: `not: {enum: [...]}` from `cannot be **x**` and `the following values are not allowed: ...`."""

from __future__ import annotations

import re
from typing import Any

from generator.constraints.rules.text import Cell, Finding, bold_values, clean_text, sentences, typed_value

__all__ = ["rule_not_enum"]


_CANNOT_BE = re.compile(r"\b(?:cannot|can't|must not|may not|should not)\s+be\s+(?:set to\s+)?(?:the default value\s+)?"
                        r"((?:\*\*(?:(?!\*\*).)+\*\*(?:\s*,\s*|\s+or\s+|\s+and\s+|,\s*or\s+)?)+)", re.IGNORECASE)
_NOT_ALLOWED = re.compile(r"(?:following [\w ]+ (?:are|is) not (?:allowed|supported|available)|(?:are|is) not allowed|"
                          r"reserved (?:ports|values) (?:are|include))\s*[:：]\s*(.+)$|"
                          r"\bexcluding(?: the following)?[^:()]*[:：]\s*([^)]+)\)?", re.IGNORECASE)


_CONDITION = re.compile(r"\b(?:when|if|unless|in case)\b", re.IGNORECASE)


def rule_not_enum(cell: Cell) -> list[Finding]:
    if cell.kind not in ("string", "integer", "number", "any"):
        return []
    values: list[Any] = []
    source: list[str] = []
    for s in sentences(cell.text):
        if _CONDITION.search(s):
            continue  # `cannot be set to **Basic** when **network_type** is **private**`: only under a condition
        if (m := _CANNOT_BE.search(s)) and not re.match(r"\*[^*\s]", s[m.end():]):
            # not `cannot be **169.254.195.***xxx*`: a bold prefix then a placeholder is a form, not a value
            for v in bold_values(m.group(1)):
                t = typed_value(v, cell.kind)
                if t is not None and t not in values:
                    values.append(t)
            source.append(s)
        if (m := _NOT_ALLOWED.search(s)) and not re.search(r"\bcharacters?\b", m.group(0).split(":")[0]):
            # `The following special characters are not allowed: !<>` lists characters (a pattern), not values
            listed = m.group(1) or m.group(2)
            items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", clean_text(listed).rstrip("."))]
            typed = [typed_value(i, cell.kind) for i in items if i]
            if typed and all(t is not None for t in typed):
                values.extend(t for t in typed if t not in values)
                source.append(s)
    return [Finding("not", {"enum": values}, " ".join(source))] if values else []
