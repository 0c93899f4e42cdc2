"""Units: `x-unit` from `The unit is GB`, `(minutes)`, `10 GB`; and whether a sentence's numbers are in other units
than the cell's (then they are not this field's numbers)."""

from __future__ import annotations

import re

from generator.constraints.rules.text import NUM, Cell, Finding, clean_text, own_text, sentences

__all__ = ["foreign_units", "rule_unit"]


_UNITS = {
    "gb": "GB", "gib": "GiB", "mb": "MB", "mib": "MiB", "mi": "Mi", "kb": "KB", "kib": "KiB", "tb": "TB",
    "byte": "byte", "bytes": "byte", "millisecond": "ms", "milliseconds": "ms", "ms": "ms", "second": "s",
    "seconds": "s", "s": "s",
    "minute": "min", "minutes": "min", "hour": "h", "hours": "h", "day": "day", "days": "day", "mbit/s": "Mbit/s",
    "mb/s": "MB/s", "kb/s": "KB/s",
    "mbps": "Mbit/s", "iops": "IOPS", "core": "core", "cores": "core", "month": "month", "months": "month",
    "week": "week", "weeks": "week", "year": "year", "years": "year", "m": "m", "g": "G",
}
_UNIT = re.compile(r"\b(?:the unit is|unit\s*[:：]|in the unit of|measured in|unit of measurement is)\s*(?:\*\*)?"
                   r"([A-Za-z/]+)|\(unit\s*[:：]\s*([A-Za-z/]+)\)|\bin (MB/s|KB/s|GB|GiB|MB|MiB|TB|KB|bytes|seconds|"
                   r"milliseconds|minutes|hours|days|Mbit/s)\b", re.I)


_UNIT_PAREN = re.compile(r"\((minutes|seconds|hours|days|bytes|milliseconds|GB|MB|GiB|MiB|TB|KB)\)", re.I)
_UNIT_NOUN = re.compile(r"\b(?:retention|number of|in) (days|hours|minutes|seconds)\b", re.I)
_UNIT_AMOUNT = re.compile(r"\b\d+(?:\.\d+)?\s?((?:GB|GiB|MB|MiB|TB|KB)(?:/s)?)(?![\w/])")


def rule_unit(cell: Cell) -> list[Finding]:
    if cell.kind not in ("integer", "number", "string", "any"):
        return []
    for s in sentences(own_text(cell)):
        clean = clean_text(s)
        for m in _UNIT.finditer(clean):
            raw = next(g for g in m.groups() if g)
            unit = _UNITS.get(raw.lower())
            if unit:
                return [Finding("x-unit", unit, s)]
        if paren := _UNIT_PAREN.search(clean) or _UNIT_NOUN.search(clean):
            unit = _UNITS.get(paren.group(1).lower())
            if unit:
                return [Finding("x-unit", unit, s)]
    if cell.kind in ("integer", "number"):
        for s in sentences(own_text(cell)):
            if amount := _UNIT_AMOUNT.search(clean_text(s)):
                return [Finding("x-unit", _UNITS.get(amount.group(1).lower(), amount.group(1)), s)]
    return []


_UNIT_WORD = re.compile(rf"(?:{NUM})\s*(?:\*\*)?\s*(milliseconds?|ms|seconds?|minutes?|min|hours?|days?|weeks?|"
                        r"months?|years?)\b", re.I)


def foreign_units(cell: Cell, text: str) -> bool:
    """The numbers of `text` carry time units that differ from each other or from the unit the cell states."""
    units = {_UNITS.get(u.lower(), _UNITS.get(u.lower() + "s", u.lower())) for u in _UNIT_WORD.findall(text[:80])}
    if not units:
        return False
    own = rule_unit(cell)
    return len(units) > 1 or bool(own and own[0].value not in units)
