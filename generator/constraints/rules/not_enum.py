"""Excluded values: `not: {enum: [...]}` from `cannot be **x**`, `must not be "x"`, `cannot be 0`, `any port except
**22**` and `the following values are not allowed: ...`."""

from __future__ import annotations

import re
from typing import Any

from generator.constraints.rules.subjects import names_a_sibling
from generator.constraints.rules.text import (
    AMBIGUOUS,
    NUM,
    Cell,
    Finding,
    bold_values,
    clean_text,
    numeric_field,
    sentences,
    typed_value,
)

__all__ = ["rule_not_enum"]


# between listed values; `, or` before `,` so that `**a**, **b**, or **c**` keeps `c` (an alternation takes the
# first branch that lets the whole match succeed, and the list may end after any value)
_SEP = r"(?:,\s*(?:or|and)\s+|\s*,\s*|\s+or\s+|\s+and\s+)"
_NEG = r"\b(?:cannot|can't|must not|may not|should not)\s+be\s+(?:set to\s+)?"
_CANNOT_BE = re.compile(_NEG + r"(?:the default value\s+)?"
                        rf"((?:\*\*(?:(?!\*\*).)+\*\*{_SEP}?)+)", re.IGNORECASE)
# `The OCP NotAction cannot be 'allow'.`, `must not be "default"`: quoted whole values, the sentence ends there
_CANNOT_BE_QUOTED = re.compile(_NEG + r"((?:[\"“'‘][^\"“”'‘’\s]+[\"”'’](?:\s*,\s*|\s+or\s+|,\s*or\s+)?)+)\s*(?:[.;]|$)",
                               re.IGNORECASE)
# `The value cannot be 0.`, `The port must not be 22 or 23.`: numbers, the sentence ends there
_CANNOT_BE_NUMBER = re.compile(_NEG + rf"((?:{NUM})(?:(?:\s*,\s*|\s+or\s+|,\s*or\s+)(?:{NUM}))*)\s*(?:[.;]|$)",
                               re.IGNORECASE)
# `The value can be any port except **22** and **3389**.`, `All values except **default** are allowed.`
_ANY_EXCEPT = re.compile(r"\b(?:any|all)\b[^.;:]{0,40}?\b(?:except(?: for)?|other than)\s+"
                         rf"((?:\*\*(?:(?!\*\*).)+\*\*{_SEP}?)+)",
                         re.IGNORECASE)
_NOT_ALLOWED = re.compile(r"(?:following [\w ]+ (?:are|is) (?:not (?:allowed|supported|available)|reserved)|"
                         r"(?:are|is) not allowed|"
                         r"reserved (?:ports|values) (?:are|include))\s*[:：]\s*(.+)$|"
                         r"\bexcluding(?: the following)?[^:()]*[:：]\s*([^)]+)\)?", re.IGNORECASE)
# `Cannot contain keywords **information_schema**, **mysql**, or **sys**`: reserved words. Whether a word inside the
# value is refused too is not clear; the whole word as the value is refused either way
_RESERVED_WORDS = re.compile(r"\b(?:cannot|can't|must not|may not)\s+(?:contain|include|use|be)\s+(?:the\s+)?"
                             r"(?:following\s+)?(?:reserved\s+)?(?:key)?words?\s*:?\s*"
                             rf"((?:\*\*(?:(?!\*\*).)+\*\*{_SEP}?)+)", re.I)
# the subject of the sentence is a quantity of the value, not the value: `the length cannot be 0`
_NOT_THE_VALUE = re.compile(r"\b(?:length|size|number of|count|total|sum|first \d+ bits)\b", re.IGNORECASE)


# `The value **default** is not allowed.`, `Ports 22 and 3389 are not allowed.`, `**admin** is reserved and cannot be
# used.`, `The value range is 1 to 65535, except **22**.`: the whole sentence names the refused values
_ITEM = rf"(?:\*\*[^*]+\*\*|{NUM})"
_LISTED_NOT_ALLOWED = re.compile(r"^(?:-\s+)?(?:(?:the|a) )?(?:(?:values?|ports?|names?|numbers?) )?"
                                 rf"(?P<items>{_ITEM}(?:{_SEP}{_ITEM})*) (?:is|are) (?:not (?:allowed|supported|"
                                 r"permitted)|reserved(?: by the system)?(?: and cannot be used)?|prohibited|"
                                 # `... are reserved by the platform and cannot be used`, `... is reserved for the
                                 # default environment and cannot be used as a name`
                                 r"forbidden|reserved (?:by|for) (?:the )?[\w ]{1,40}? and cannot be (?:used|chosen|"
                                 r"specified)(?: as an? [\w ]{1,20})?)\s*\.?$", re.I)
# the range is the value's own (`The value ranges ...`, `Value range: ...`), not one variant's (`The MySQL port
# ranges ...`)
# (`Enter a value from **1024** to **65535**, excluding **12017** and **33071**, which are occupied by ...`, `The value
# ranges from **-100** to **100**, but **0** cannot be used.`)
_RANGE_EXCEPT = re.compile(r"^(?:-\s+)?(?:(?:the )?(?:values?|ports?)(?: range)?(?:\s*[:：]|\s+(?:is|ranges|from\b))|"
                           r"(?:enter|specify|set) (?:a|the) (?:value|port) (?:from|between)\b)[^.;]*?,\s*"
                           rf"(?:(?:except(?: for)?|excluding)\s+(?P<items>{_ITEM}(?:{_SEP}{_ITEM})*)|"
                           rf"but\s+(?P<but>{_ITEM}(?:{_SEP}{_ITEM})*)\s+"
                           r"(?:cannot be used|is not allowed|are not allowed))"
                           r"(?:,\s*(?:which|as|because)\b[^.;]*)?\s*\.?$", re.I)


_CONDITION = re.compile(r"\b(?:when|if|unless|in case)\b|^(?:-\s+)?for [\w ().-]{1,40},", re.IGNORECASE)


def _values(listed: str, kind: str) -> list[Any] | None:
    items = [i.strip().strip("\"“”'‘’") for i in re.split(r",\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+", listed)]
    typed = [typed_value(i, kind) for i in items if i]
    return typed if typed and all(t is not None for t in typed) else None


def rule_not_enum(cell: Cell) -> list[Finding]:
    if cell.kind not in ("string", "integer", "number", "any"):
        return []
    values: list[Any] = []
    source: list[str] = []
    ambiguous: list[Finding] = []
    for s in sentences(cell.text):
        s = re.sub(r"`([^`\s]+)`", r"**\1**", s)  # a literal value reads as a bold one (`cannot be `default``)
        bold_form = _CANNOT_BE.search(s)
        quoted = _CANNOT_BE_QUOTED.search(s)
        number = _CANNOT_BE_NUMBER.search(clean_text(s)) if numeric_field(cell) or cell.kind == "string" else None
        excepted = _ANY_EXCEPT.search(s)
        reserved = _RESERVED_WORDS.search(s)
        if _CONDITION.search(clean_text(s)):
            if bold_form or quoted or number or excepted or reserved:
                # `cannot be set to **Basic** when **network_type** is **private**`, `For MySQL, ... cannot be **root**`
                why = "not: the values are excluded under a condition or for one variant"
                ambiguous.append(Finding(AMBIGUOUS, why, s))
            continue
        if (neg := re.search(_NEG, s, re.I)) and names_a_sibling(s[:neg.start()], cell):
            continue  # `Note that the topic **name** cannot be **default**.`: another field's excluded values
        found: list[Any] = []
        if bold_form and not re.match(r"\*[^*\s]", s[bold_form.end():]):
            # not `cannot be **169.254.195.***xxx*`: a bold prefix then a placeholder is a form, not a value
            if not _NOT_THE_VALUE.search(s[:bold_form.start()]):
                found += [t for v in bold_values(bold_form.group(1)) if (t := typed_value(v, cell.kind)) is not None]
        for m in (quoted, number):
            if m is not None and not _NOT_THE_VALUE.search(clean_text(s)[:m.start()] if m is number else s[:m.start()]):
                found += _values(m.group(1), cell.kind) or []
        if reserved:  # `**mysql, performance_schema**`: a comma inside the bold also separates words
            found += [t for v in bold_values(reserved.group(1)) for w in v.split(",")
                      if w.strip() and (t := typed_value(w.strip(), cell.kind)) is not None]
        if excepted and re.search(r"\b(?:allowed|supported|valid|can be|may be|is|are)\b", s, re.I):
            found += [t for v in bold_values(excepted.group(1)) if (t := typed_value(v, cell.kind)) is not None]
        if (m := _NOT_ALLOWED.search(s)) and not re.search(r"\bcharacters?\b", m.group(0).split(":")[0]):
            # `The following special characters are not allowed: !<>` lists characters (a pattern), not values
            listed = m.group(1) or m.group(2)
            found += _values(clean_text(listed).rstrip("."), cell.kind) or []
        if listed_m := _LISTED_NOT_ALLOWED.match(s.strip()) or _RANGE_EXCEPT.match(s.strip()):
            found += [t for v in re.split(_SEP, listed_m.group("items") or listed_m.group("but"))
                      if (t := typed_value(v.strip().strip("*"), cell.kind)) is not None and t not in found]
        if found:
            values.extend(t for t in found if t not in values)
            source.append(s)
    return [*([Finding("not", {"enum": values}, " ".join(source))] if values else []), *ambiguous[:1]]
