"""Default: `default` from the `Default Value` column or a sentence that states the default, typed like its field."""

from __future__ import annotations

import re

from generator.constraints.rules.text import (
    BOLD,
    NUM,
    Cell,
    Finding,
    clean_text,
    is_conditional,
    own_text,
    sentences,
    typed_value,
)
from generator.constraints.rules.unit import foreign_units

__all__ = ["rule_default"]


_DEFAULT = (
    re.compile(r"\b(?:the|its) default (?:value|number)\s+(?:is|of [\w ]+ is)\s+(\*\*(?:(?!\*\*).)+\*\*|\S+?)"
               r"(?:[.,;]\s|[.;]$|\s|$)", re.I),
    re.compile(r"^(?:the value|its value|it|this parameter) is (\*\*(?:(?!\*\*).)+\*\*|\S+) by default\b", re.I),
    re.compile(r"\bdefault(?: value)?\s*[:：]\s*(\*\*(?:(?!\*\*).)+\*\*|\S+?)(?:[.,;]|\s|$)", re.I),
    re.compile(r"\bthe default value\s+(\*\*(?:(?!\*\*).)+\*\*)\s+is used", re.I),
    re.compile(r"\bdefaults? to\s+(\*\*(?:(?!\*\*).)+\*\*|\S+?)(?:[.,;]|\s|$)", re.I),
    re.compile(r"\bvalue\s+(\*\*(?:(?!\*\*).)+\*\*|\S+?)\s+is used by default", re.I),
    re.compile(r"(\*\*(?:(?!\*\*).)+\*\*)\s*(?::\s*)?\((?:the )?default(?: value)?\)", re.I),
    re.compile(r"(\*\*(?:(?!\*\*).)+\*\*)\s*\((?:the )?default(?: value)?\)", re.I),
    re.compile(r"\*\*([^*(]+?)\s*\((?:the )?default(?: value)?\)\*\*", re.I),  # `- **AND (default value)**`
    # `The value ranges from 0 to 86400 and is 300 by default.`, `..., which is **crash_consistent** by default`
    re.compile(rf"\b(?:and|which) is (\*\*(?:(?!\*\*).)+\*\*|{NUM}) by default\b", re.I),
    re.compile(r"\buses (\*\*(?:(?!\*\*).)+\*\*|[\w.+:-]+) by default\b", re.I),
    re.compile(r"^by default, (?:this parameter|the parameter|the value|it) is (?:set to )?"
               r"(\*\*(?:(?!\*\*).)+\*\*|\S+?)[.,]?$", re.I),
    re.compile(r"\bis set to (\*\*(?:(?!\*\*).)+\*\*|\d+)(?: [a-z]+)? by default\b", re.I),
    re.compile(r"\buse the default value\s+(\*\*(?:(?!\*\*).)+\*\*)", re.I),
)
_THIS_IS_DEFAULT = re.compile(r"^(?:-\s+)?\*\*((?:(?!\*\*).)+)\*\*\s*:[^\n]*?\b(?:this|which) is the default"
                              r"(?: value| option)?\b", re.I | re.M)
# `If this parameter is not specified, 10 records are obtained by default.` / `..., the offline read-only mode is used`
# / `If this parameter is left blank, **all** is used.` / `If you do not specify this parameter, the system uses **x**.`
_UNSET_IF = (r"^if (?:(?:this|the) (?:parameter|parameter value|value|field) is (?:not (?:specified|set|provided|"
             r"configured|passed|transferred|transmitted|carried|included)|left (?:blank|empty|unspecified))|"
             r"(?:it is )?not (?:specified|set|provided)|you do not (?:specify|set|provide|configure|pass|transfer) "
             r"(?:this|the) (?:parameter|field|value))[^,]*,\s*")
_UNSET_USED = re.compile(_UNSET_IF + r"(.+?)\s+(?:is|are|will be) (?:used|obtained|returned|queried|applied|"
                         r"selected)\b", re.I)
_UNSET_USES = re.compile(_UNSET_IF + rf"(?:the system|the service|the server|it) (?:uses|will use|applies) "
                         rf"(\*\*(?:(?!\*\*).)+\*\*|{NUM})(?: by default)?\.?$", re.I)
# the default of the unit, stated on a field that is the unit (`units`: `The default unit is **seconds**.`)
_DEFAULT_UNIT = re.compile(r"\bthe default unit is (\*\*(?:(?!\*\*).)+\*\*|\w+)", re.I)


# `Specifies the DPD action, ... The default action is **hold**.`: the default of what the cell names (its field name
# or its opening sentence), in bold; not `The default HTTP port is **80**` in a cell about something else
_DEFAULT_NOUN = re.compile(r"\bthe default ((?:[a-z][\w-]* )?[a-z][\w-]*) is (\*\*(?:(?!\*\*).)+\*\*)(?:\s+[a-z]+)?"
                           r"\s*(?:[.,;]|$)", re.I)


def _names_the_cell(cell: Cell, noun: str) -> bool:
    if noun.lower().split()[-1] in ("value", "number", "unit", "values"):
        return False
    words = set(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", cell.name).lower().replace("_", " ").replace("-", " ").split())
    opening = (sentences(own_text(cell)) or [""])[0]
    return set(noun.lower().split()) <= words or bool(re.search(rf"\b{re.escape(noun)}\b", opening, re.I))


# `Query images shared by yourself: The default value is **false**.`: the default of one case the sentence names
_VARIANT_LEAD = re.compile(r"^(?:-\s+)?(?!(?:default(?: value)?|notes?|remarks?|constraints?|range|values?|description)"
                           r"\s*:)[A-Z][\w ,-]{2,50}:\s+(?:the|its) default\b", re.I)


_NOT_DEFAULTS = {"value", "is", "the", "null", "none", "empty", "as", "not", "follows", "a", "an", "that", "this",
                 "determined", "used", "left", "blank", "set", "specified", "based", "same", "n/a", "-"}


def rule_default(cell: Cell) -> list[Finding]:
    if cell.kind not in ("string", "integer", "number", "boolean", "any"):
        return []
    for header, value in cell.extra:
        if header.strip().lower() in ("default value", "default") and value.strip():
            t = typed_value(clean_text(value), cell.kind)
            if t is not None and clean_text(value).lower().rstrip(".") not in _NOT_DEFAULTS:
                return [Finding("default", t, f"{header}: {value.strip()}")]
    found: list[Finding] = []
    if m := _THIS_IS_DEFAULT.search(cell.text):
        t = typed_value(m.group(1), cell.kind)
        if t is not None:
            found.append(Finding("default", t, m.group(0)))
    for s in sentences(own_text(cell)):
        if (t := _unset_default(cell, s)) is not None:
            found.append(Finding("default", t, s))
            continue
        if re.search(r"\bunits?\b", cell.name, re.I) and (m := _DEFAULT_UNIT.search(s)):
            if (t := typed_value(m.group(1).replace("**", ""), cell.kind)) is not None:
                found.append(Finding("default", t, s))
            continue
        if is_conditional(s) or _VARIANT_LEAD.match(clean_text(s)):
            continue
        if (m := _DEFAULT_NOUN.search(s)) and _names_the_cell(cell, m.group(1)) and \
                not foreign_units(cell, s[m.start(2):]):
            if (t := typed_value(m.group(2).replace("**", "").strip(), cell.kind)) is not None:
                found.append(Finding("default", t, s))
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


def _unset_default(cell: Cell, sentence: str) -> object:
    """What `If this parameter is not specified, X is used` names: a bold value or a number, or the one value of the
    cell's bold values that the phrase names (`the offline read-only mode` with `**read-only**: offline mode`)."""
    if m := _UNSET_USES.match(sentence.strip()):
        return typed_value(m.group(1).replace("**", ""), cell.kind)
    m = _UNSET_USED.match(clean_text(sentence))
    if m is None:
        return None
    phrase = m.group(1)
    bold = [b for b in BOLD.findall(sentence) if b.strip()]
    if len(bold) == 1:
        # not `the value of **project_id** is used`: another field's value, not a literal
        rest = phrase.replace(bold[0].strip(), " ")
        return None if re.search(r"\b(?:of|as|from|in)\b", rest, re.I) else typed_value(bold[0], cell.kind)
    if re.fullmatch(rf"(?:{NUM})(?: [a-z]+)?", phrase) and (n := typed_value(phrase.split()[0], cell.kind)) is not None:
        return n
    if bold:
        return None
    named = {b.strip() for b in BOLD.findall(cell.text)
             if re.search(rf"(?<![\w-]){re.escape(b.strip())}(?![\w-])", phrase)}
    return typed_value(named.pop(), cell.kind) if len(named) == 1 else None
