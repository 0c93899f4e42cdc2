"""Length: `minLength` / `maxLength` from `1 to 64 characters`, `up to 255 bytes`, `cannot be left blank`."""

from __future__ import annotations

import re

from generator.constraints.rules.text import NUM, Cell, Finding, sentences, to_number, value_kind

__all__ = ["rule_length"]


_LEN_RANGE = re.compile(
    rf"(?:consists? of|contains?|contain|be|is|are|of|length(?: is)?(?: of)?|length:|from|enter|with)\s+"
    rf"(?:\*\*)?({NUM})(?:\*\*)?"
    rf"\s*(?:to|-|–|~)\s*(?:\*\*)?({NUM})(?:\*\*)?\s+(?:\w+\s+)?(?:characters?|bytes|chars|letters)", re.IGNORECASE)
_LEN_BARE_RANGE = re.compile(  # a `**Range**` block that is only `0 to 85 characters`
    rf"^(?:\*\*)?({NUM})(?:\*\*)?\s*(?:to|-|–|~)\s*(?:\*\*)?({NUM})(?:\*\*)?\s+(?:characters?|bytes)\.?$", re.I)
_LEN_LABEL_RANGE = re.compile(
    rf"length(?: range)?\s*[:：]?\s*(?:\*\*)?({NUM})(?:\*\*)?\s*(?:to|-|–|~)\s*(?:\*\*)?({NUM})(?:\*\*)?",
    re.IGNORECASE)
_LEN_MAX = re.compile(
    rf"(?:up to|a maximum of|max(?:imum)?\.? of|at most|no more than|not more than|cannot exceed|can't exceed|"
    rf"must not exceed|less than or equal to|not exceed(?:ing)?|maximum length(?: is| of)?|max length(?: is)?)\s+"
    rf"(?:\*\*)?({NUM})(?:\*\*)?\s+(?:\w+\s+)?(?:characters?|bytes|chars|digits)", re.IGNORECASE)
_LEN_MAX2 = re.compile(rf"(?:\*\*)?({NUM})(?:\*\*)?\s+characters? at most", re.IGNORECASE)
_LEN_MIN = re.compile(
    rf"(?:at least|a minimum of|minimum of|no less than|not less than|greater than or equal to)\s+(?:\*\*)?({NUM})"
    rf"(?:\*\*)?\s+(?:\w+\s+)?(?:characters?|bytes|chars)", re.IGNORECASE)
_LEN_LABEL = re.compile(r"\b(minimum|maximum|min|max)\.? (?:characters?|length)\s*[:：]\s*(?:\*\*)?(\d+)", re.I)
_LEN_EXCLUSIVE = re.compile(r"greater than (\d+) (?:bytes|characters) and less than (\d+) (?:bytes|characters)", re.I)
_LEN_N_BYTE = re.compile(r"\b(\d+)-(?:byte|character) string\b", re.I)
_BARE_MIN_MAX = re.compile(r"^(?:\*\*)?(minimum|maximum)(?:\*\*)?\s*[:：]\s*(?:\*\*)?(\d+)(?:\*\*)?\.?$", re.I)
_LEN_FIXED = re.compile(
    r"(?:fixed at|fixed length of|exactly|must be)\s+(?:\*\*)?(\d+)(?:\*\*)?\s+(?:characters?|bytes)", re.IGNORECASE)
_NOT_BLANK = re.compile(r"\b(?:cannot|can't|must not|may not) be (?:left )?(?:blank|empty|null)\b", re.IGNORECASE)


def rule_length(cell: Cell) -> list[Finding]:
    if value_kind(cell) not in ("string", "any"):
        return []
    out: list[Finding] = []
    for s in sentences(cell.text):
        if m := _LEN_EXCLUSIVE.search(s):
            out += [Finding("minLength", int(m.group(1)) + 1, s), Finding("maxLength", int(m.group(2)) - 1, s)]
            continue
        if m := _LEN_RANGE.search(s) or _LEN_LABEL_RANGE.search(s) or _LEN_BARE_RANGE.match(s.strip()):
            lo, hi = int(to_number(m.group(1))), int(to_number(m.group(2)))
            if lo <= hi:
                out += [Finding("minLength", lo, s), Finding("maxLength", hi, s)]
            continue
        if m := _LEN_FIXED.search(s) or _LEN_N_BYTE.search(s):
            n = int(m.group(1))
            out += [Finding("minLength", n, s), Finding("maxLength", n, s)]
            continue
        if m := _LEN_LABEL.search(s) or _BARE_MIN_MAX.search(s):
            kw = "minLength" if m.group(1).lower().startswith("min") else "maxLength"
            out.append(Finding(kw, int(m.group(2)), s))
            continue
        if m := _LEN_MAX.search(s) or _LEN_MAX2.search(s):
            out.append(Finding("maxLength", int(float(m.group(1))), s))
        if m := _LEN_MIN.search(s):
            out.append(Finding("minLength", int(float(m.group(1))), s))
        elif _NOT_BLANK.search(s) and cell.kind != "array" and not any(f.keyword == "minLength" for f in out):
            out.append(Finding("minLength", 1, s))
    return out
