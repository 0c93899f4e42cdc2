"""Prose -> JSON Schema keywords: a table of rules, one small function per keyword family.

Each rule reads one description cell (Markdown-ish text from the reader: `**x**` is bold, `- x` a bullet) in the
context of its property (type, siblings) and returns `Finding`s: a keyword, its value and the sentence that
said so. Rules never invent: an ambiguous sentence gives no keyword (the engine reports it as unrecognised).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "RULES",
    "Cell",
    "Finding",
    "Rule",
    "looks_like_constraint",
    "normalise_labelled",
    "range_pattern",
    "sentences",
]


@dataclass(frozen=True)
class Cell:
    """A description cell and what the rules need to know about its property."""

    name: str
    kind: str  # string, integer, number, boolean, array, object, map, any
    text: str
    siblings: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()  # other columns: Default Value, Constraint, Value Range, ...
    item_kind: str = ""  # for an array of scalars: the kind of its items (the cell's values constrain them)


@dataclass(frozen=True)
class Finding:
    keyword: str  # JSON Schema keyword, an `x-` annotation, or `if` (conditional, for the parent object)
    value: Any
    sentence: str


Rule = Callable[[Cell], list[Finding]]

# ---------------------------------------------------------------------------------------------------------------
# text helpers

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_NUM = r"-?\d{1,3}(?:,\d{3})+(?![\d])|-?\d+(?:\.\d+)?"


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("**", "").replace("`", "")).strip()


def sentences(text: str) -> list[str]:
    """Split a cell into sentences and list items, keeping `**bold**` markers."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*- )", text):
        block = block.strip()
        if not block:
            continue
        for part in re.split(r"(?<=[.;!?])\s+(?=[A-Z*(`])", block):
            part = part.strip()
            if part:
                out.append(part)
    return out


def _number(text: str) -> int | float:
    text = text.replace(",", "")
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def _typed(value: str, kind: str) -> Any:
    """A literal from the docs, typed like its field; None when it does not fit the type."""
    v = value.strip().strip(".,;:")
    if kind == "boolean":
        return {"true": True, "false": False}.get(v.lower())
    if kind == "integer":
        v = re.sub(r"(?<=\d),(?=\d{3}\b)", "", v)
        return int(v) if re.fullmatch(r"-?\d+", v) else None
    if kind == "number":
        return _number(v) if re.fullmatch(_NUM, v) else None
    if kind in ("string", "any"):
        if v in ('""', "''"):
            return ""  # `Its value is **""**.`: the empty string, not two quote characters
        return v if v else None
    return None


_SUBFIELD_LINE = re.compile(r"^\s*-\s+\*{1,2}[^*]+\*{1,2}\s*:")
_CONDITIONAL_START = re.compile(r"^(?:-\s+)?(?:if|when|in [\w -]+ mode|for [\w -]+,)\b", re.I)
_UNSET = re.compile(r"\bnot (?:specified|set|provided|configured)\b|\bleft (?:blank|empty)\b", re.I)


def _own_text(cell: Cell) -> str:
    """The cell without bullets that describe parts of the value (`- **size**: ...`): those constrain the parts."""
    return "\n".join(ln for ln in cell.text.split("\n") if not _SUBFIELD_LINE.match(ln))


def _conditional(sentence: str) -> bool:
    """`If ..., the default value is ...` states a value under a condition, not the field's own rule; `If this
    parameter is not specified, the default value **7** is used` is the definition of a default."""
    clean = _clean(sentence)
    return (bool(_CONDITIONAL_START.match(clean)) and not _UNSET.search(clean)) or "recommended" in clean.lower()


def _numeric_field(cell: Cell) -> bool:
    return cell.kind in ("integer", "number")


# ---------------------------------------------------------------------------------------------------------------
# length: minLength / maxLength


_LEN_RANGE = re.compile(
    rf"(?:consists? of|contains?|contain|be|is|are|of|length(?: is)?(?: of)?|length:|from|enter|with)\s+"
    rf"(?:\*\*)?({_NUM})(?:\*\*)?"
    rf"\s*(?:to|-|–|~)\s*(?:\*\*)?({_NUM})(?:\*\*)?\s+(?:\w+\s+)?(?:characters?|bytes|chars|letters)", re.IGNORECASE)
_LEN_BARE_RANGE = re.compile(  # a `**Range**` block that is only `0 to 85 characters`
    rf"^(?:\*\*)?({_NUM})(?:\*\*)?\s*(?:to|-|–|~)\s*(?:\*\*)?({_NUM})(?:\*\*)?\s+(?:characters?|bytes)\.?$", re.I)
_LEN_LABEL_RANGE = re.compile(
    rf"length(?: range)?\s*[:：]?\s*(?:\*\*)?({_NUM})(?:\*\*)?\s*(?:to|-|–|~)\s*(?:\*\*)?({_NUM})(?:\*\*)?",
    re.IGNORECASE)
_LEN_MAX = re.compile(
    rf"(?:up to|a maximum of|max(?:imum)?\.? of|at most|no more than|not more than|cannot exceed|can't exceed|"
    rf"must not exceed|less than or equal to|not exceed(?:ing)?|maximum length(?: is| of)?|max length(?: is)?)\s+"
    rf"(?:\*\*)?({_NUM})(?:\*\*)?\s+(?:\w+\s+)?(?:characters?|bytes|chars|digits)", re.IGNORECASE)
_LEN_MAX2 = re.compile(rf"(?:\*\*)?({_NUM})(?:\*\*)?\s+characters? at most", re.IGNORECASE)
_LEN_MIN = re.compile(
    rf"(?:at least|a minimum of|minimum of|no less than|not less than|greater than or equal to)\s+(?:\*\*)?({_NUM})"
    rf"(?:\*\*)?\s+(?:\w+\s+)?(?:characters?|bytes|chars)", re.IGNORECASE)
_LEN_LABEL = re.compile(r"\b(minimum|maximum|min|max)\.? (?:characters?|length)\s*[:：]\s*(?:\*\*)?(\d+)", re.I)
_LEN_EXCLUSIVE = re.compile(r"greater than (\d+) (?:bytes|characters) and less than (\d+) (?:bytes|characters)", re.I)
_LEN_N_BYTE = re.compile(r"\b(\d+)-(?:byte|character) string\b", re.I)
_BARE_MIN_MAX = re.compile(r"^(?:\*\*)?(minimum|maximum)(?:\*\*)?\s*[:：]\s*(?:\*\*)?(\d+)(?:\*\*)?\.?$", re.I)
_LEN_FIXED = re.compile(
    r"(?:fixed at|fixed length of|exactly|must be)\s+(?:\*\*)?(\d+)(?:\*\*)?\s+(?:characters?|bytes)", re.IGNORECASE)
_NOT_BLANK = re.compile(r"\b(?:cannot|can't|must not|may not) be (?:left )?(?:blank|empty|null)\b", re.IGNORECASE)


def rule_length(cell: Cell) -> list[Finding]:
    if _enum_kind(cell) not in ("string", "any"):
        return []
    out: list[Finding] = []
    for s in sentences(cell.text):
        if m := _LEN_EXCLUSIVE.search(s):
            out += [Finding("minLength", int(m.group(1)) + 1, s), Finding("maxLength", int(m.group(2)) - 1, s)]
            continue
        if m := _LEN_RANGE.search(s) or _LEN_LABEL_RANGE.search(s) or _LEN_BARE_RANGE.match(s.strip()):
            lo, hi = int(_number(m.group(1))), int(_number(m.group(2)))
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


# ---------------------------------------------------------------------------------------------------------------
# numeric range: minimum / maximum (a String field that holds a number gets a pattern, see the engine)

_NOT_LENGTH = r"(?![\d,.]\d)(?!\d)(?!\s*(?:\*\*)?\s*(?:characters?|bytes|chars|digits|letters|items|times|%))"
_RANGE = re.compile(
    rf"(?:rang(?:e|es|ing)\s+(?:is\s+)?(?:from\s+)?|value range\s*[:：]?\s*|range\s*[:：]\s*|values?\s*[:：]\s*|"
    rf"between\s+|from\s+|valid values? (?:is|are)\s+|minimum value is .*? and maximum value is\s*)"
    rf"(?:\[)?\s*(?:\*\*)?({_NUM})(?:\*\*)?\s*(?:(?:GB|GiB|MB|MiB|TB|KB|ms|s|seconds?|minutes?|hours?|days?)\s+)?"
    rf"(?:to|-|–|~|and|,)\s*(?:\*\*)?({_NUM})(?:\*\*)?\]?{_NOT_LENGTH}",
    re.IGNORECASE)
_RANGE_BOUNDS = re.compile(  # `Ranges from 1 (inclusive) to 65,535 (exclusive)`
    rf"\b(?:rang(?:e|es|ing)\s+)?from\s+(?:\*\*)?({_NUM})(?:\*\*)?\s*\((inclusive|exclusive)\)\s*to\s+(?:\*\*)?({_NUM})"
    rf"(?:\*\*)?\s*\((inclusive|exclusive)\)", re.I)
_MODE_RANGE = re.compile(rf"\b(?:rang(?:e|es|ing)|from)\s+(?:from\s+)?(?:\*\*)?({_NUM})(?:\*\*)?\s*(?:to|-)\s*"
                         rf"(?:\*\*)?({_NUM})", re.I)
_MAX = re.compile(
    rf"(?:less than or equal to|no (?:more|greater) than|not (?:more|greater) than|at most|up to|cannot exceed|"
    rf"can't exceed|must not exceed|(?:a )?maximum of|"
    rf"maximum(?: value)?(?: of this (?:parameter|field))?(?: is)?\s*[:：]?|"
    rf"max(?:imum)?\.?\s*[:：])\s*(?:\*\*)?({_NUM})"
    rf"(?:\*\*)?{_NOT_LENGTH}", re.IGNORECASE)
_MIN = re.compile(
    rf"(?:greater than or equal to|no less than|not less than|at least|(?:a )?minimum of|"
    rf"minimum(?: value)?(?: of this (?:parameter|field))?(?: is)?\s*[:：]?|"
    rf"min(?:imum)?\.?\s*[:：])\s*(?:\*\*)?({_NUM})(?:\*\*)?{_NOT_LENGTH}", re.IGNORECASE)
_XMAX = re.compile(rf"(?<!or equal to )(?:(?<!than or )less than|smaller than|lower than)\s+(?:\*\*)?({_NUM})(?:\*\*)?"
                   rf"{_NOT_LENGTH}(?! or equal)", re.IGNORECASE)
_XMIN = re.compile(rf"(?:greater than|larger than|more than|higher than)\s+(?:\*\*)?({_NUM})(?:\*\*)?"
                   rf"{_NOT_LENGTH}(?! or equal)", re.IGNORECASE)


_NON_NEGATIVE = re.compile(r"\b(?:cannot|can't|must not|may not) be (?:a )?negative(?: number| integer| value)?\b|"
                           r"\bnon-negative (?:integer|number)\b", re.I)


_NUMBER_CUE = re.compile(r"\b(?:must be an? (?:decimal )?(?:integer|number)|non-negative (?:integer|number)|"
                         r"(?:cannot|can't|must not) be (?:a )?negative (?:number|integer|value)|"
                         r"(?:maximum|minimum) value(?: of this (?:parameter|field))? is)\b", re.I)


def _holds_number(cell: Cell) -> bool:
    """A String field documented as a number (these docs write ports, limits and offsets as strings)."""
    return cell.kind == "string" and bool(
        re.search(r"\b(port|number|count|size|num|quantity|limit|offset|page)\b",
                  cell.name.replace("_", " ") + " " + cell.text.split(".")[0], re.IGNORECASE)
        or _NUMBER_CUE.search(_clean(cell.text)))


def rule_range(cell: Cell) -> list[Finding]:
    """Bounds from every sentence; where sentences disagree the tighter bound wins (`cannot be negative` and
    `the minimum value is 1` give minimum 1). Two different stated ranges (one per DB engine) are ambiguous."""
    found = _range_findings(cell)
    pairs = {(f.sentence, f.value) for f in found if f.keyword == "minimum"}
    if len({v for _, v in pairs}) > 1 and len({f.value for f in found if f.keyword == "maximum"}) > 1:
        return []
    best: dict[str, Finding] = {}
    for f in found:
        prev = best.get(f.keyword)
        tighter = prev is None or (f.value > prev.value if f.keyword in ("minimum", "exclusiveMinimum")
                                   else f.value < prev.value)
        if tighter:
            best[f.keyword] = f
    return [f for f in found if best.get(f.keyword) is f]


_UNIT_WORD = re.compile(rf"(?:{_NUM})\s*(?:\*\*)?\s*(milliseconds?|ms|seconds?|minutes?|min|hours?|days?|weeks?|"
                        r"months?|years?)\b", re.I)


def _foreign_units(cell: Cell, text: str) -> bool:
    """The numbers of `text` carry time units that differ from each other or from the unit the cell states."""
    units = {_UNITS.get(u.lower(), _UNITS.get(u.lower() + "s", u.lower())) for u in _UNIT_WORD.findall(text[:80])}
    if not units:
        return False
    own = rule_unit(cell)
    return len(units) > 1 or bool(own and own[0].value not in units)


def _range_findings(cell: Cell) -> list[Finding]:
    if not (_numeric_field(cell) or _holds_number(cell)):
        return []
    out: list[Finding] = []
    modes: list[tuple[int | float, int | float]] = []
    for s in sentences(_own_text(cell)):
        if re.search(r"\b(characters?|length)\b", s, re.IGNORECASE) and not _numeric_field(cell):
            continue
        if _conditional(s) and (m := _MODE_RANGE.search(_clean(s))):
            modes.append((_number(m.group(1)), _number(m.group(2))))  # `When the protocol is ICMP, ... 0 to 255`
            continue
        if _conditional(s) or re.match(r"^(?:-\s+)?(?:for example|example)\b", _clean(s), re.I):
            continue
        if m := _RANGE_BOUNDS.search(s):
            for value, bound, side in ((m.group(1), m.group(2), "minimum"), (m.group(3), m.group(4), "maximum")):
                keyword = side if bound.lower() == "inclusive" else "exclusive" + side[0].upper() + side[1:]
                out.append(Finding(keyword, _number(value), s))
            continue
        if m := _RANGE.search(s):
            if _foreign_units(cell, s[m.start(1):]):
                continue  # `from 15 minutes to 24 hours` on a field in seconds: not this field's numbers
            lo, hi = _number(m.group(1)), _number(m.group(2))
            if lo <= hi:
                out += [Finding("minimum", lo, s), Finding("maximum", hi, s)]
                continue
        if m := _MAX.search(s):
            out.append(Finding("maximum", _number(m.group(1)), s))
        elif m := _XMAX.search(s):
            out.append(Finding("exclusiveMaximum", _number(m.group(1)), s))
        if m := _MIN.search(s):
            out.append(Finding("minimum", _number(m.group(1)), s))
        elif _NON_NEGATIVE.search(s):
            out.append(Finding("minimum", 0, s))
        elif m := _XMIN.search(s):
            out.append(Finding("exclusiveMinimum", _number(m.group(1)), s))
    # a value valid in any mode: a bound stays only where every mode's range lies within it
    return [f for f in out if all(
        (lo >= f.value if f.keyword in ("minimum", "exclusiveMinimum") else hi <= f.value) for lo, hi in modes)]


# ---------------------------------------------------------------------------------------------------------------
# enumeration: enum

_ENUM_INTRO = re.compile(
    r"^(?:\*\*)?(?:the )?(?:valid |possible |available |supported |allowed |optional |enumerat(?:ed|ion) )?"
    r"(?:values?|options?|range|enumeration values?|value range|values? range)(?:\*\*)?\s*(?:is|are|include|includes)?"
    r"\s*[:：]?\s*(?:\*\*)?$", re.IGNORECASE)
_ENUM_INLINE_INTRO = re.compile(
    r"^(?:the value|its value|value|this parameter|the parameter|it|options?)\s+(?:can|must|may|should|will)?\s*"
    r"(?:only\s+)?(?:be|is|are|include)\s*(?:set to\s*)?(?:one of(?: the following)?\s*)?[:：]?\s*(.*)$",
    re.IGNORECASE)
_VALUE_LABEL = re.compile(
    r"^(?:\*\*)?(?:valid values?|values?|enumeration values?|options?|range)(?:\*\*)?\s*[:：]\s*(.+)$", re.IGNORECASE)
_DEF_BULLET = re.compile(r"^-\s+\*\*([^*]+?)\*\*\s*(?:[:：,(-]|$|indicates|means|\s)")
_PLAIN_BULLET = re.compile(r"^-\s+`?([A-Za-z0-9_.:/+;=-]+)`?\s*(?:[:：,(-]|$)")
_DEF_INLINE = re.compile(r"(?:^|(?<=[.;]\s))\*\*([^*\s][^*]*?)\*\*\s*:\s")
_NOT_VALUES = {"note", "notice", "caution", "warning", "example", "examples", "default", "definition", "constraints",
               "constraint", "range", "default value", "description", "remarks", "important", "value", "values",
               "details", "options", "option", "type", "format"}
_ONLY = re.compile(r"\bonly\s+\*\*([^*]+)\*\*\s+(?:is|are)\s+(?:supported|allowed|available|valid)", re.IGNORECASE)
_SINGLE = re.compile(r"^(?:the|its) (?:correct |only )?value(?: of this (?:parameter|field))? "
                     r"(?:is|must be|can only be)\s+"
                     r"\*\*([^*]+)\*\*\s*(?:[.,]|$)(?![^.]*\bby default\b)", re.I)
_FILL = re.compile(r"^(?:fill|enter|set)\s+\*\*([^*]+)\*\*\s+(?:in|for|as)\s+this (?:field|parameter)", re.I)
_NULLISH = {"null", "none", "nil", "empty"}
_FIXED = re.compile(r"^(?:the value|its value|value|it|this (?:parameter|field)|the (?:parameter|field))\s+"
                    r"(?:is|are)\s+fixed(?: at| to| as)?\s+\*\*([^*]+)\*\*", re.IGNORECASE)


def _clean_keep_bold(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text)


def _bold_values(text: str) -> list[str]:
    return [v.strip() for v in _BOLD.findall(text) if v.strip()]


_ADMONITIONS = {"warning", "caution", "important", "notice"}
_IF_VALUE_BULLET = re.compile(r"^-\s+if the value is \*\*([^*]+)\*\*\s*,", re.I)


def _is_value(v: str) -> bool:
    return bool(v) and v.lower().rstrip(":") not in _NOT_VALUES and len(v) <= 64 and " " not in v.strip()


def _enum_finding(values: Sequence[str], cell: Cell, sentence: str) -> list[Finding]:
    kind = _enum_kind(cell)
    if cell.kind == "array" and cell.item_kind:
        values = [item for v in values for item in _array_literal(v)]
    typed = ["" if v == "" and kind in ("string", "any") else _typed(v, kind) for v in values]
    if not values or any(t is None for t in typed):
        return []
    unique: list[Any] = []
    for t in typed:
        if t not in unique:
            unique.append(t)
    return [Finding("enum", unique, sentence)]


def _array_literal(value: str) -> list[str]:
    """`["token"]` written as the value of an array: its elements (the items' values); any other value as it is."""
    if value.startswith("[") and value.endswith("]"):
        try:
            loaded = json.loads(value)
        except ValueError:
            return [value]
        if isinstance(loaded, list) and all(isinstance(x, (str, int, float, bool)) for x in loaded):
            return [json.dumps(x) if isinstance(x, bool) else str(x) for x in loaded]
    return [value]


_SUBFIELDS = re.compile(r"\b(fields?|parameters?|keys?|attributes?|properties|contains the following|example|format)\b",
                        re.I)
_VALUE_WORD = re.compile(r"(?:[A-Z0-9_][A-Z0-9_.:-]*|[a-z]+[A-Z_0-9][\w.:-]*),?")
_INDICATES = re.compile(r"\*\*([^*\s]+)\*\*\s*(?:\((?:the )?default(?: value)?\)\s*)?(?:indicates|means|:)", re.I)
_VALUE_INDICATES = re.compile(r"\bthe value \*\*([^*\s]+)\*\*\s+(?:indicates|means)", re.I)
_EMPTY_BULLET = re.compile(r"^-\s+(?:an? )?(?:empty string|empty|left blank|null value)\s*[:：]", re.I)


def _bullet_values(lines: Sequence[str], j: int) -> tuple[list[str], int]:
    """The values of a bullet list starting at line j: `- **x**: meaning`, `- x`, `- Empty string: ...`."""
    values: list[str] = []
    while j < len(lines) and lines[j].strip().startswith("-") and not lines[j].startswith("  "):
        item = lines[j].strip()
        if _EMPTY_BULLET.match(item):
            values.append("")
            j += 1
            continue
        m = _DEF_BULLET.match(item) or _PLAIN_BULLET.match(item)
        m = m or _IF_VALUE_BULLET.match(item)
        if not m or not (_is_value(m.group(1)) or m.group(1).lower() in _ADMONITIONS):
            if len(values) >= 2 and not _PLAIN_BULLET.match(item):
                return values, j  # a closing remark (`- If this parameter does not appear, ...`) ends the list
            return [], j
        values.append(m.group(1))
        j += 1
    return values, j


def _placeholders(values: Sequence[str], cell: Cell) -> bool:
    """Values that are the placeholders of a documented format (`vX.Y`, `{type}:{count}`), not allowed values."""
    if all(len(v) == 1 and v.isupper() for v in values) or any("{" + v + "}" in cell.text for v in values):
        return True
    # the parts of an example value explained one by one (`Use **rds.mysql.n1.xlarge** as an example. **rds**
    # indicates RDS, **mysql** the DB engine ...`)
    whole = [b for b in _bold_values(cell.text) if b not in values]
    return len(values) >= 2 and sum(any(v in b for b in whole) for v in values) >= 2


def _enum_kind(cell: Cell) -> str:
    return cell.item_kind if cell.kind == "array" and cell.item_kind else cell.kind


def rule_enum(cell: Cell) -> list[Finding]:
    kind = _enum_kind(cell)
    if kind not in ("string", "integer", "number", "boolean", "any"):
        return []
    lines = [ln.rstrip() for ln in cell.text.split("\n")]
    found: list[list[str]] = []
    sources: list[str] = []
    single: tuple[str, str] | None = None  # the first one stated value and its sentence
    # "Value:" (or a **Range** block) followed by bullets: `- **backup**: ...` or `- backup`
    for i, line in enumerate(lines):
        stripped = line.strip()
        intro = _ENUM_INTRO.match(stripped) or (
            stripped.endswith((":", "：")) and re.search(r"\b(values?|options?|can be|range|one of|include)\b",
                                                         stripped, re.IGNORECASE))
        if not intro or re.search(r"\b(example|fields?|parameters?|keys?)\b", stripped, re.I):
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines) and not lines[j].strip().startswith("-"):
            # "Value:" then a paragraph of bold values: `**sync**.`
            para = lines[j].strip()
            bold = _bold_values(para)
            if bold and _clean(para).rstrip(".") in (" ".join(bold), ", ".join(bold)):
                found.append(bold)
                sources.append(f"{stripped} {para}")
            continue
        values, _ = _bullet_values(lines, j)
        if values:
            found.append(values)
            sources.append(stripped + " " + " ".join(f"- {v}" for v in values))
    for s in sentences(_own_text(cell)):
        flat = s.strip()
        if re.match(r"^-\s+\*\*[^*]+\*\*\s*:", flat):
            continue  # a bullet about a sub-field or a value: its own words are not this field's values
        if m := _VALUE_LABEL.match(flat):
            rest = m.group(1).strip().rstrip(".")
            bold = _bold_values(rest)
            if bold and all(_is_value(b) for b in bold) and not re.search(r"\bto\b|-\s*\*\*", rest):
                found.append(bold)
                sources.append(flat)
                continue
            words = rest.split()
            if (len(words) >= 2 and all(_VALUE_WORD.fullmatch(w) for w in words if w.lower() not in ("and", "or"))
                    and len(words) <= 12 and not any(re.fullmatch(_NUM + ",?", w) for w in words[:1])):
                found.append([w.rstrip(",") for w in words if w.lower() not in ("and", "or")])
                sources.append(flat)
                continue
        if m := _ENUM_INLINE_INTRO.search(flat):
            rest = re.split(r",\s*(?:and|while|but)\s+(?:the|its)\s+default|\.\s", m.group(1))[0]
            bold = _bold_values(rest)
            between = _BOLD.sub("", rest)
            if bold and all(_is_value(b) and b.lower() not in _NULLISH for b in bold) and re.fullmatch(
                    r"[\s,.;:]*(?:(?:or|and|,)[\s,]*)*[.\s]*",
                                                                         re.sub(r"\([^)]*\)", "", between)):
                found.append(bold)
                sources.append(flat)
                continue
        if m := _ONLY.search(flat) or _FIXED.search(flat):
            found.append([m.group(1)])
            sources.append(flat)
        elif single is None and (m := _SINGLE.search(flat) or _FILL.search(flat)) and kind != "boolean" and \
                m.group(1).strip().lower() not in _NULLISH:
            single = (m.group(1), flat)  # one stated value: only if nothing lists more
    # `the value of this parameter must be:` and the value alone in the next paragraph
    for i, line in enumerate(lines):
        if re.search(r"\b(?:value|it)(?: of this (?:parameter|field))? must be\s*[:：]$", line.strip(), re.I):
            rest = [ln.strip() for ln in lines[i + 1:] if ln.strip()]
            if rest and re.fullmatch(r"`?[\w./;=+-]+`?", rest[0]) and len(rest) == 1:
                found.append([rest[0].strip("`")])
                sources.append(f"{line.strip()} {rest[0]}")
    # `**true**: enabled. **false**: disabled.` / `the value **on** indicates ...` / `- **x**: meaning` bullets
    own = _own_text(cell)  # inline definitions only: bullet definitions are read as a list above and below
    defs = [v for v in _DEF_INLINE.findall(own) if _is_value(v)]
    indicated = [v for v in _INDICATES.findall(own) if _is_value(v)]
    indicated += [v for v in _VALUE_INDICATES.findall(own) if _is_value(v) and v not in indicated]
    first_list = next((i for i, ln in enumerate(lines) if ln.strip().startswith("-")), None)
    bullets: list[str] = []
    if first_list is not None:
        before = next((lines[k] for k in range(first_list - 1, -1, -1) if lines[k].strip()), "")
        intro_of_fields = before.rstrip().endswith((":", "：")) and _SUBFIELDS.search(before)
        if not intro_of_fields or re.search(r"\bvalues?\b", before, re.I):
            bullets, _ = _bullet_values(lines, first_list)
            if not all(_DEF_BULLET.match(lines[k].strip()) or _EMPTY_BULLET.match(lines[k].strip())
                       for k in range(first_list, first_list + len(bullets))):
                bullets = []
    if bullets and (all(len(b) == 1 and b.isupper() for b in bullets)
                    or any("{" + b + "}" in cell.text for b in bullets)):
        bullets = []  # placeholders of a format (`vX.Y`, `{type}:{count}`), explained one by one
    if not found and bullets and len(bullets) >= 2:
        found.append(bullets)
        sources.append(" ".join(f"- {b}" for b in bullets))
    elif not found and len(set(defs) | set(indicated)) >= 2:
        merged = list(dict.fromkeys([*defs, *indicated]))
        m_first = re.search(r"^the value is \*\*([^*\s]+)\*\*", _clean_keep_bold(cell.text), re.I | re.M)
        if m_first and m_first.group(1) not in merged:
            merged.insert(0, m_first.group(1))
        found.append(merged)
        sources.append(_clean(cell.text)[:200])
    elif not found and defs:
        found.append(defs)
        sources.append(_clean(cell.text)[:200])
    if not found and single is not None:
        found, sources = [[single[0]]], [single[1]]
    kept = [i for i, f in enumerate(found) if not _placeholders(f, cell)]
    found, sources = [found[i] for i in kept], [sources[i] for i in kept]
    if not found:
        return []
    # several statements of the same list (inline sentence and a `Value:` list) agree: keep the longest
    best = max(range(len(found)), key=lambda k: len(found[k]))
    return _enum_finding(found[best], cell, sources[best])


# ---------------------------------------------------------------------------------------------------------------
# excluded values: not: {enum: [...]}

_CANNOT_BE = re.compile(r"\b(?:cannot|can't|must not|may not|should not)\s+be\s+(?:set to\s+)?(?:the default value\s+)?"
                        r"((?:\*\*[^*]+\*\*(?:\s*,\s*|\s+or\s+|\s+and\s+|,\s*or\s+)?)+)", re.IGNORECASE)
_NOT_ALLOWED = re.compile(r"(?:following [\w ]+ (?:are|is) not (?:allowed|supported|available)|(?:are|is) not allowed|"
                          r"reserved (?:ports|values) (?:are|include))\s*[:：]\s*(.+)$|"
                          r"\bexcluding(?: the following)?[^:()]*[:：]\s*([^)]+)\)?", re.IGNORECASE)


def rule_not_enum(cell: Cell) -> list[Finding]:
    if cell.kind not in ("string", "integer", "number", "any"):
        return []
    values: list[Any] = []
    source: list[str] = []
    for s in sentences(cell.text):
        if m := _CANNOT_BE.search(s):
            for v in _bold_values(m.group(1)):
                t = _typed(v, cell.kind)
                if t is not None and t not in values:
                    values.append(t)
            source.append(s)
        if m := _NOT_ALLOWED.search(s):
            listed = m.group(1) or m.group(2)
            items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", _clean(listed).rstrip("."))]
            typed = [_typed(i, cell.kind) for i in items if i]
            if typed and all(t is not None for t in typed):
                values.extend(t for t in typed if t not in values)
                source.append(s)
    return [Finding("not", {"enum": values}, " ".join(source))] if values else []


# ---------------------------------------------------------------------------------------------------------------
# charset and pattern

_CHARSETS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\buppercase letters?\b|\bcapital letters?\b", re.I), "A-Z"),
    (re.compile(r"\blowercase letters?\b", re.I), "a-z"),
    (re.compile(r"(?<!uppercase )(?<!lowercase )(?<!capital )\bletters?\b", re.I), "A-Za-z"),
    (re.compile(r"\bdigits?\b|\bnumbers?\b", re.I), "0-9"),
    (re.compile(r"\bhyphens?\b|\bminus signs?\b|\bdashes\b", re.I), "\\-"),
    (re.compile(r"\bunderscores?\b", re.I), "_"),
    (re.compile(r"\bperiods?\b|\bdots?\b|\bfull stops?\b", re.I), "."),
    (re.compile(r"\bspaces?\b", re.I), " "),
    (re.compile(r"\bat signs?\b", re.I), "@"),
    (re.compile(r"\bslashes\b|\bslash\b", re.I), "/"),
    (re.compile(r"\bcolons?\b", re.I), ":"),
    (re.compile(r"\bplus signs?\b", re.I), "+"),
)
_ONLY_CHARS = re.compile(r"\b(?:can|must|may)\s+(?:only\s+)?(?:contain|consist of|include)\s+only\b|"
                         r"\bcontains?\s+only\b|\bonly\s+(?:contain|consist of|include)s?\b|\bcan contain only\b|"
                         r"\bconsists? of only\b|\bcomposed of only\b|\bonly (?:letters|digits)\b", re.I)
_CANNOT_ONLY = re.compile(r"\b(?:cannot|can't|must not|may not) (?:contain|consist of) only \w+ \((.)\)", re.I)
_CANNOT_CONTAIN = re.compile(r"\b(?:cannot|can't|must not|may not) (?:contain|include) (?:the following )?"
                             r"(?:special )?characters?\s*[:：]\s*(\S+)", re.I)
_START_LETTER = re.compile(r"\b(?:start|begin)s?(?: with)? (?:with )?an? (?:letter|English letter)\b", re.I)
_START_LETTER_OR_DIGIT = re.compile(r"\b(?:start|begin)s?(?: with)? (?:with )?an? (?:letter or (?:a )?digit)\b", re.I)
_END_LETTER_OR_DIGIT = re.compile(r"\bends? with an? (?:letter or (?:a )?digit)\b", re.I)
_COMPLEXITY = re.compile(r"at least (two|three|four|2|3|4) (?:types )?of the following(?: character types)?\s*[:：]?\s*"
                         r"(.+)$", re.I)
_SPECIAL_QUOTED = re.compile(r"special characters?\s*\(?\s*`([^`]+)`", re.I)
_SPECIAL = re.compile(r"special characters?\s*(?:\(|:)\s*([^\sA-Za-z0-9)]+)\)?", re.I)


def _char_class(parts: Sequence[str]) -> str:
    """`[...]` from class parts; order is fixed so the same prose always gives the same pattern."""
    seen: list[str] = []
    for p in parts:
        if p == "A-Za-z":
            for q in ("A-Z", "a-z"):
                if q not in seen:
                    seen.append(q)
        elif p not in seen:
            seen.append(p)
    order = ["A-Z", "a-z", "0-9", "_", ".", " ", "@", "/", ":", "+", "\\-"]
    seen = [p for p in seen if p]
    seen.sort(key=lambda x: order.index(x) if x in order else len(order))
    body = "".join("\\." if p == "." else ("\\+" if p == "+" else p) for p in seen)
    return f"[{body}]"


def _escape_class(chars: str) -> str:
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


_WORDS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


_CHARSET_ALLOWED = re.compile(r"^(?:the value |it |the name |the key )?(?:can |may |must )?(?:only )?"
                              r"(?:contain|consist of|include)?\s*(.*?)\s+(?:are|is) (?:allowed|supported|permitted)\b",
                              re.I)
_FORBIDDEN = re.compile(r"\b(?:cannot|can't|must not|may not|does not|do not|should not)\s+(?:contain|include|support|"
                        r"use)\b|\b(?:are|is) not (?:allowed|supported|permitted)\b|\bexcept\b", re.I)
_PREFIX_NOT = re.compile(r"\b(?:cannot|can't|must not|may not)\s+(?:start|begin)\s+with\s+"
                         r"((?:\*\*[^*]+\*\*(?:\s*(?:,|or|and)\s*)?)+)", re.I)
_START_END_LETTER_OR_DIGIT = re.compile(r"\bstart(?:ing|s)? and end(?:ing|s)? with an? (?:letter or (?:a )?digit|"
                                        r"digit or (?:a )?letter)\b", re.I)
_CAN_CONTAIN = re.compile(r"^(?:the value|it|the name|the key|the tag \w+)?\s*(?:can|may) contain (?=[^.]*\b(?:letters|"
                          r"digits)\b)(?![^.]*\bthe following\b)", re.I)
_CAN_CONTAIN_SPECIAL = re.compile(
    r"\b(?:can|may) (?:contain|include|use) (?:the following )?special characters?\s*[:：]\s*([^\sA-Za-z0-9]+)", re.I)
_FIRST_LOWER = re.compile(r"\b(?:start|begin)s?(?: with)? (?:with )?an? lowercase letter\b", re.I)
_FIRST_NOT_DIGIT = re.compile(r"\b(?:cannot|can't|must not|may not) (?:start|begin) with an? (?:digit|number)"
                              r"( or (?:a )?space)?\b", re.I)
_DECIMAL_INTEGER = re.compile(r"^(?:the value |it )?must be (?:an? (?:decimal |positive )?integer|a number)\s*\.?$",
                              re.I)
_LAST_NOT = re.compile(r"\b(?:cannot|can't|must not|may not) end with an? \w+ \((.)\)", re.I)
_SYMBOLS = re.compile(r"\(([^A-Za-z0-9\s()]+)\)")
_UNICODE_RANGE = re.compile(r"\\u([0-9A-Fa-f]{4})\s*-\s*\\u([0-9A-Fa-f]{4})")


def _forbidden_chars(text: str) -> str:
    """Characters a sentence (or the bullets after it) says are not allowed: `: *<>\\=`, `(*)`, `(<>)`."""
    chars = ""
    after_colon = re.search(r"(?:characters?|symbols?)\s*[:：]\s*([^\sA-Za-z0-9]+)", text)
    if after_colon:
        chars += after_colon.group(1).rstrip(".")
    for sym in _SYMBOLS.findall(text):
        chars += sym
    return "".join(dict.fromkeys(chars))


def _complexity(s: str, clean: str) -> list[Finding]:
    m = _COMPLEXITY.search(clean)
    if not m:
        return []
    n = _WORDS[m.group(1).lower()]
    classes: list[tuple[str, str]] = []
    rest = m.group(2)
    for label, cls in (("uppercase", "A-Z"), ("lowercase", "a-z"), ("digit", "0-9")):
        if re.search(label, rest, re.I):
            classes.append((label, cls))
    special_m = _SPECIAL_QUOTED.search(s) or _SPECIAL.search(rest)
    special = special_m.group(1).rstrip(".") if special_m else ""
    if special_m and special:
        classes.append(("special", _escape_class(special)))
    elif re.search(r"special", rest, re.I):
        classes.append(("special", "^A-Za-z0-9"))
    if len(classes) < n:
        return []
    from itertools import combinations

    alts = ["".join(f"(?=.*[{c}])" for _, c in combo) for combo in combinations(classes, n)]
    generic = any(c.startswith("^") for _, c in classes)
    allowed = "." if generic else "[" + "".join(c for _, c in classes) + "]"
    return [Finding("pattern", f"^(?:{'|'.join(alts)}){allowed}*$", s),
            Finding("x-password-complexity", {"min_classes": n, "classes": [label for label, _ in classes],
                                              **({"special": special} if special_m and special else {})}, s)]


def rule_pattern(cell: Cell) -> list[Finding]:
    """One pattern composed from every charset sentence of the cell: allowed characters, the first and last
    character, excluded characters, excluded prefixes; or a password complexity rule."""
    if _enum_kind(cell) not in ("string", "any"):
        return []
    allowed: list[str] = []
    forbidden = ""
    first = ""
    first_not = ""
    last_not = ""
    last = ""
    prefixes: list[str] = []
    not_only = ""
    used: list[str] = []
    lines = cell.text.split("\n")
    edge_not = ""
    # bullets about a part of the value (`- *Service name*: ...`) do not constrain the whole value
    text = "\n".join(ln for ln in cell.text.split("\n") if not re.match(r"^\s*-\s+\*{1,2}[^*]+\*{1,2}\s*:", ln))
    for s in sentences(text):
        clean = _clean(s).lstrip("- ")
        if found := _complexity(s, clean):
            return found
        if re.match(r"^-\s+\*{1,2}[^*]+\*{1,2}\s*:", s.strip()):
            continue  # a bullet about a part of the value (`- *Service name*: ...`), not the whole value
        hit = False
        if re.search(r"\b(?:cannot|can't|must not) (?:start|begin) or end with (?:a )?spaces?\b", clean, re.I):
            edge_not, hit = " ", True
        if _START_END_LETTER_OR_DIGIT.search(clean):
            first, last, hit = "[A-Za-z0-9]", "[A-Za-z0-9]", True
        if m := _PREFIX_NOT.search(s):
            prefixes += _bold_values(m.group(1))
            hit = True
        if _START_LETTER_OR_DIGIT.search(clean):
            first, hit = "[A-Za-z0-9]", True
        elif _FIRST_LOWER.search(clean):
            first, hit = "[a-z]", True
        elif _START_LETTER.search(clean):
            first, hit = "[A-Za-z]", True
        if m := _FIRST_NOT_DIGIT.search(clean):
            first_not, hit = "0-9" + (" " if m.group(1) else ""), True
        if _DECIMAL_INTEGER.search(clean) and not allowed:
            allowed, hit = ["0-9"], True  # a number written as a string: digits only (no sign, no `0x`)
        if _END_LETTER_OR_DIGIT.search(clean):
            last, hit = "[A-Za-z0-9]", True
        if m := _LAST_NOT.search(clean):
            last_not, hit = last_not + m.group(1), True
        if m := _CANNOT_ONLY.search(clean):
            not_only, hit = m.group(1), True
        elif _FORBIDDEN.search(clean) and re.search(r"characters?|symbols?|brackets|\([^\w\s()]+\)", clean):
            chars = _forbidden_chars(s.replace("`", "").replace("**", ""))
            if not chars and clean.rstrip().endswith(":"):
                # "It cannot contain the following characters:" then bullets with `(x)` symbols
                tail = "\n".join(lines[next((i for i, ln in enumerate(lines) if clean[:30] in _clean(ln)), 0):])
                chars = "".join(dict.fromkeys("".join(_SYMBOLS.findall(tail))))
            if chars:
                forbidden, hit = forbidden + chars, True
        if m := _CAN_CONTAIN_SPECIAL.search(s.replace("`", "")):
            extra_chars = m.group(1).rstrip(".")
            for ch in extra_chars:
                part = "\\-" if ch == "-" else (ch if ch in "_. @/:+" else re.escape(ch))
                if part not in allowed:
                    allowed.append(part)
            hit = True
        only = _ONLY_CHARS.search(clean) or _CHARSET_ALLOWED.search(clean) or _CAN_CONTAIN.search(clean)
        if only and re.search(r"\b(?:cannot|can't|must not|may not)\s+(?:\w+\s+)?$", clean[:only.start()]):
            only = None
        if only and not _FORBIDDEN.search(clean[only.start():]):
            after = clean[only.start():]
            after = re.split(r"\.\s|;|\bstart|\bbegin|\bmust\b|\bcannot\b", after)[0]
            parts = [cls for rx, cls in _CHARSETS if rx.search(after)]
            for sym in _SYMBOLS.findall(after):
                for ch in sym:
                    if ch not in "-_." and re.escape(ch) not in parts:
                        parts.append(re.escape(ch))
                    elif ch == "-" and "\\-" not in parts:
                        parts.append("\\-")
                    elif ch in "_." and ch not in parts:
                        parts.append(ch)
            for lo, hi in _UNICODE_RANGE.findall(s):
                parts.append(f"\\u{lo.lower()}-\\u{hi.lower()}")
            if re.search(r"special characters?,? but only", clean, re.I):
                parts += ["A-Za-z", "0-9"]
            if len(parts) >= 1 and re.search(r"letters?|digits?|numbers?|characters?|spaces?", after, re.I):
                allowed += [p for p in parts if p not in allowed]
                hit = True
        if hit:
            used.append(s)
    if not used:
        return []
    body = _char_class(allowed) if allowed else (f"[^{_escape_class(forbidden)}]" if forbidden else ".")
    ahead = "".join(f"(?!{re.escape(p)})" for p in prefixes)
    if edge_not:
        ahead += "(?! )(?!.* $)"
    if not_only:
        ahead += f"(?!{re.escape(not_only)}+$)"
    if first_not:
        ahead += f"(?![{first_not}])"
    if last_not:
        ahead += f"(?!.*[{_escape_class(last_not)}]$)"
    if forbidden and allowed:
        ahead += f"(?!.*[{_escape_class(forbidden)}])"
    if first and last:
        core = f"{first}(?:{body}*{last})?"
    elif first:
        core = f"{first}{body}*"
    elif last:
        core = f"(?:{body}*{last})?"
    else:
        core = f"{body}*"
    return [Finding("pattern", f"^{ahead}{core}$", " ".join(used))]


# ---------------------------------------------------------------------------------------------------------------
# default

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
            t = _typed(_clean(value), cell.kind)
            if t is not None:
                return [Finding("default", t, f"{header}: {value.strip()}")]
    found: list[Finding] = []
    if m := _THIS_IS_DEFAULT.search(cell.text):
        t = _typed(m.group(1), cell.kind)
        if t is not None:
            found.append(Finding("default", t, m.group(0)))
    for s in sentences(_own_text(cell)):
        if _conditional(s):
            continue
        for rx in _DEFAULT:
            if m := rx.search(s):
                raw = m.group(1).replace("**", "").strip()
                if _foreign_units(cell, s[m.start(1):]) or re.fullmatch(r"\d+[a-z]+", raw, re.I):
                    break  # `The default value is 15 minutes` (or **15min**) on a field in seconds
                t = _typed(raw, cell.kind)
                if t is not None and raw.lower() not in _NOT_DEFAULTS:
                    found.append(Finding("default", t, s))
                break
    values = {repr(f.value) for f in found}
    return found[:1] if len(values) == 1 else []


# ---------------------------------------------------------------------------------------------------------------
# format

_DATE_TIME = re.compile(r"(yyyy-mm-dd['\"]?\s*[tT]?['\"]?\s*hh:mm(?::ss)?(?:\.s+)?['\"]?(?:z|Z|\+\d{4}|\+hh:?mm|"
                        r"['\"]z['\"])?['\"]?)", re.I)
_DATE = re.compile(r"\byyyy-mm-dd\b(?!\s*['\"]?\s*[tT ]\s*['\"]?\s*hh)", re.I)
# a date-time layout: `YYYY-MM-DDTHH:MM:SS.XXXXXX`, `yyyy-MM-dd'T'HH:mm:ss'Z'`, `yyyy-mm-dd hh:mm:ss`;
# group 5 is its offset
_LAYOUT = re.compile(r"\byyyy-mm-dd(['\"]?[tT]['\"]?| )hh:mm(:ss)?(\.([a-z])\4*)?"
                     r"(['\"]?(?:z|[+±]hh:?mm|[+-]\d{2}:?\d{2})['\"]?"
                     r"|\s*[+±]\s*(?:hh|\d{2}):?(?:mm|\d{2}))?(?![\w:])", re.I)
# the same given as a literal: `in the format of "2019-05-22T03:23:59.000000"`
_LITERAL = re.compile(r"\bformat(?: of| is|:)?\s*[\"“]?(\d{4}-\d{2}-\d{2})([T ])(\d{2}:\d{2}(?::\d{2})?)(\.\d+)?"
                      r"(Z|[+-]\d{2}:?\d{2})?[\"”]?(?![\w:])")
_CLOCK = re.compile(r"[\"“']?\b(hh:mm)(?:\s*-\s*(hh:mm))?\b[\"”']?\s*format|\bformat (?:of |is )?[\"“']?(hh:mm)"
                    r"(?:\s*-\s*(hh:mm))?\b(?!:)", re.I)
_MINUTES = re.compile(r"\bmm\b.*\bMM\b.*\bmust be\b")
_BASE64 = re.compile(r"\bbase64(?:-|\s)?encoded\b|\bencoded (?:using|in|with|by) base64\b|\bin base64 format\b", re.I)
_CIDR = re.compile(r"\bCIDR (?:format|notation)\b|\bin CIDR\b")
_REGEX = re.compile(r"\b(?:is|be) an? regular expression\b|\bin regular expression format\b", re.I)


def _layout_pattern(m: re.Match[str]) -> str:
    """`YYYY-MM-DDTHH:MM:SS.XXXXXX` (no offset) as a regex: RFC 3339 (`format: date-time`) would reject it."""
    sep = "T" if m.group(1).strip("'\"").upper() == "T" else " "
    seconds = ":\\d{2}" if m.group(2) else ""
    fraction = f"\\.\\d{{{len(m.group(3)) - 1}}}" if m.group(3) else ""
    return f"^\\d{{4}}-\\d{{2}}-\\d{{2}}{sep}\\d{{2}}:\\d{{2}}{seconds}{fraction}$"


def _literal_pattern(m: re.Match[str]) -> str:
    seconds = ":\\d{2}" if m.group(3).count(":") == 2 else ""
    fraction = f"\\.\\d{{{len(m.group(4)) - 1}}}" if m.group(4) else ""
    return f"^\\d{{4}}-\\d{{2}}-\\d{{2}}{m.group(2)}\\d{{2}}:\\d{{2}}{seconds}{fraction}$"


_HOUR = "(?:[01][0-9]|2[0-3])"


def _clock_pattern(m: re.Match[str], text: str) -> tuple[str, str]:
    """`HH:MM` or a `hh:mm-HH:MM` window; minutes limited to the values a `mm ... MM must be` sentence lists.
    Returns the pattern and that sentence ('' when there is none)."""
    window = bool(m.group(2) or m.group(4))
    minutes = ["[0-5][0-9]"]
    said = ""
    for s in sentences(text):
        if _MINUTES.search(s.replace("**", "")):
            listed = [v for v in _bold_values(s) if re.fullmatch(r"[0-5][0-9]", v)]
            if listed:
                minutes, said = listed, s
    if not window:
        return f"^{_HOUR}:(?:{'|'.join(minutes)})$", said
    if len(minutes) == 1 and minutes[0] != "[0-5][0-9]":
        return f"^{_HOUR}:{minutes[0]}-{_HOUR}:{minutes[0]}$", said
    if minutes != ["[0-5][0-9]"]:  # `must be the same` and listed: each minute value on both ends
        return "^(?:" + "|".join(f"{_HOUR}:{mm}-{_HOUR}:{mm}" for mm in minutes) + ")$", said
    return f"^{_HOUR}:[0-5][0-9]-{_HOUR}:[0-5][0-9]$", said
_UUID = re.compile(r"\bUUID\b")
_UNIX_MS = re.compile(r"\b(?:unix|epoch)\b.*\btimestamp\b.*\bmillisecond|\btimestamp\b.*\bunit is millisecond|"
                      r"\bmilliseconds? since\b", re.I)
_UNIX_S = re.compile(r"\b(?:unix|epoch) timestamp\b(?!.*millisecond)", re.I)
_UTC_RANGE = re.compile(r"UTC([+-])(\d{1,2}):00\s+to\s+UTC([+-])(\d{1,2}):00", re.I)
_FULL_HOUR = re.compile(r"\b(?:full|whole) hours?\b|\bon the hour\b", re.I)


def rule_format(cell: Cell) -> list[Finding]:
    out: list[Finding] = []
    whole = _clean(cell.text)
    if cell.kind in ("integer", "number", "string", "any") and re.search(r"\b(?:unix|epoch)\b", whole, re.I) and \
            re.search(r"\bmilliseconds?\b", whole, re.I) and re.search(r"\btimestamp\b", whole, re.I):
        sentence = next((s for s in sentences(cell.text) if re.search("millisecond", s, re.I)), whole)
        out.append(Finding("x-format", "unix-ms", sentence))
    for s in sentences(cell.text):
        clean = _clean(s)
        if cell.kind in ("string", "any"):
            if (m := _LAYOUT.search(clean)) and not m.group(5):
                out.append(Finding("pattern", _layout_pattern(m), s))
            elif (m := _LITERAL.search(clean)) and not m.group(5):
                out.append(Finding("pattern", _literal_pattern(m), s))
            elif m and m.group(5):
                out.append(Finding("format", "date-time", s))
            elif m := _DATE_TIME.search(clean):
                out.append(Finding("format", "date-time", s))
            elif m := _CLOCK.search(clean):
                pattern, said = _clock_pattern(m, cell.text)
                out.append(Finding("pattern", pattern, f"{s} {said}".strip()))
            elif _DATE.search(clean):
                out.append(Finding("format", "date", s))
            elif _UUID.search(clean) and re.search(r"\bUUID\b\s*(?:format)?|\bin UUID\b|\bis a UUID\b", clean):
                out.append(Finding("format", "uuid", s))
            elif _BASE64.search(clean):
                out.append(Finding("format", "byte", s))
            elif _REGEX.search(clean):
                out.append(Finding("format", "regex", s))
            elif _CIDR.search(clean):
                out.append(Finding("x-format", "cidr", s))
            if (m := _UTC_RANGE.search(clean)) and _FULL_HOUR.search(clean):
                lo = int(m.group(2)) * (-1 if m.group(1) == "-" else 1)
                hi = int(m.group(4)) * (-1 if m.group(3) == "-" else 1)
                if lo == -12 and hi in (12, 14):
                    top = "1[0-2]" if hi == 12 else "1[0-4]"
                    out += [Finding("pattern", f"^UTC[+-](?:0[0-9]|{top}):00$", s),
                            Finding("x-format", "utc-offset", s)]
        if cell.kind in ("integer", "number", "string", "any"):
            if _UNIX_MS.search(clean):
                out.append(Finding("x-format", "unix-ms", s))
            elif _UNIX_S.search(clean):
                out.append(Finding("x-format", "unix-s", s))
    seen: set[str] = set()
    unique = []
    for f in out:
        if f.keyword not in seen:
            seen.add(f.keyword)
            unique.append(f)
    return unique


# ---------------------------------------------------------------------------------------------------------------
# deprecated

_DEPRECATED = re.compile(
    r"\b(?:this (?:field|parameter|attribute|api)\s+(?:has been|is|was)\s+(?:discarded|deprecated|abandoned|obsolete)|"
    r"(?:has been|is) (?:discarded|deprecated)\b|\bis to be discarded\b|\bwill be discarded\b|"
    r"\b(?:not used currently|currently not used)\b|\b(?:this|the) (?:field|parameter|attribute) is not used\b|"
    r"\b(?:has|have) not been used\b|\bno longer (?:used|supported|valid)\b|"
    r"^(?:this is )?an? reserved (?:field|parameter|attribute|string)\b|\bthe reserved field\b|"
    r"^\(?reserved\)?\.?$|\b(?:this|the) (?:field|parameter|attribute) is reserved\b|"
    r"^deprecated (?:field|parameter|attribute)\b|\bis a deprecated (?:field|parameter|attribute)\b|"
    r"\b(?:this|the) (?:field|parameter) is (?:currently )?not supported(?: (?:for|in) the current version)?\.?$|"
    r"\bthis parameter is not supported currently\b|\bis not supported currently\b|\bhas not been supported\b)",
    re.I)


def rule_deprecated(cell: Cell) -> list[Finding]:
    for s in sentences(cell.text):
        if _DEPRECATED.search(_clean(s)):
            return [Finding("deprecated", True, s)]
    return []


# ---------------------------------------------------------------------------------------------------------------
# conditionally mandatory: `if`/`then` on the parent object, or `x-required-when` text

_MANDATORY = re.compile(r"\b(mandatory|required|(?:must|should) be (?:specified|set|provided|used))\b", re.I)
_MODE_REQUIRED = re.compile(r"((?:\*\*\w+\*\*(?:\s*(?:,|and)\s*)?)+)\s+(?:is|are)\s+(?:both\s+)?(?:mandatory|required)",
                            re.I)
_WHEN = re.compile(r"\b(?:mandatory|required|must be (?:specified|set|provided))\b[^.]*?\b(?:if|when|only when|"
                   r"in case)\b(.*)$", re.I)
_IF_FIRST = re.compile(r"^(?:if|when)\b(.*?),\s*(?:(?:this|the) (?:parameter|field)|it)\s+(?:is|must be)\s+"
                       r"(?:mandatory|required|specified)", re.I)
_CONDITION_WORDS = re.compile(r"\b(?:together with|at least one of|either|in the [\w -]+ scenario|mandatory for|"
                              r"required for|mandatory in|required in)\b", re.I)
_SET_TO = re.compile(r"\*\*([A-Za-z_][\w.]*)\*\*\s+(?:is set to|is|equals|=)\s+\*\*([^*]+)\*\*|"
                     r"\b([A-Za-z_][\w.]*)\s+(?:is set to|=)\s+\*?\*?([\w.-]+)\*?\*?", re.I)


def rule_required_when(cell: Cell) -> list[Finding]:
    out: list[Finding] = []
    lines = cell.text.split("\n")
    # enum bullets that name the siblings each value makes mandatory
    for line in lines:
        m = _DEF_BULLET.match(line.strip())
        if not m:
            continue
        value = _typed(m.group(1), cell.kind)
        if value is None:
            continue
        for req in _MODE_REQUIRED.finditer(line):
            names = [n for n in re.findall(r"\*\*(\w+)\*\*", req.group(1)) if n in cell.siblings or n == cell.name]
            if names:
                out.append(Finding("if", {"field": cell.name, "value": value, "required": names}, line.strip()))
    if out:
        return out
    for s in sentences(cell.text):
        clean = _clean(s)
        if not _MANDATORY.search(clean) or re.search(r"\bnot (?:mandatory|required)\b", clean, re.I):
            continue
        m = _WHEN.search(s) or _IF_FIRST.search(s)
        if m:
            cond = m.group(1)
            compound = len(_SET_TO.findall(cond)) > 1 or re.search(r"\*\*\s+or\s+\*\*", cond)
            for sm in ([] if compound else _SET_TO.finditer(cond)):
                field_name = sm.group(1) or sm.group(3)
                raw = (sm.group(2) or sm.group(4) or "").strip().rstrip(".,")
                bold = sm.group(1) is not None
                if raw and (bold or field_name in cell.siblings) and field_name != cell.name:
                    const: Any = {"true": True, "false": False}.get(raw, raw)
                    out.append(Finding("if", {"field": field_name, "value": const, "required": [cell.name]}, s))
                    break
            else:
                out.append(Finding("x-required-when", clean, s))
        elif _CONDITION_WORDS.search(clean):
            out.append(Finding("x-required-when", clean, s))
    return out[:1] if out and out[0].keyword == "x-required-when" else out


# ---------------------------------------------------------------------------------------------------------------
# units

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
                   r"([A-Za-z/]+)|\(unit\s*[:：]\s*([A-Za-z/]+)\)|\bin (GB|GiB|MB|MiB|TB|KB|bytes|seconds|"
                   r"milliseconds|minutes|hours|days|Mbit/s)\b", re.I)


_UNIT_PAREN = re.compile(r"\((minutes|seconds|hours|days|bytes|milliseconds|GB|MB|GiB|MiB|TB|KB)\)", re.I)
_UNIT_NOUN = re.compile(r"\b(?:retention|number of|in) (days|hours|minutes|seconds)\b", re.I)
_UNIT_AMOUNT = re.compile(r"\b\d+(?:\.\d+)?\s?((?:GB|GiB|MB|MiB|TB|KB)(?:/s)?)(?![\w/])")


def rule_unit(cell: Cell) -> list[Finding]:
    if cell.kind not in ("integer", "number", "string", "any"):
        return []
    for s in sentences(_own_text(cell)):
        clean = _clean(s)
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
        for s in sentences(_own_text(cell)):
            if amount := _UNIT_AMOUNT.search(_clean(s)):
                return [Finding("x-unit", _UNITS.get(amount.group(1).lower(), amount.group(1)), s)]
    return []


# ---------------------------------------------------------------------------------------------------------------

RULES: dict[str, Rule] = {
    "length": rule_length,
    "range": rule_range,
    "enum": rule_enum,
    "not_enum": rule_not_enum,
    "pattern": rule_pattern,
    "default": rule_default,
    "format": rule_format,
    "deprecated": rule_deprecated,
    "required_when": rule_required_when,
    "unit": rule_unit,
}

_CONSTRAINT_LIKE = re.compile(
    r"\b(must|cannot|can't|only|at least|at most|up to|maximum|minimum|range|ranging|between|characters?|"
    r"default|format|mandatory|required|valid values?|value can|values?:|enumerat|not allowed|case-sensitive|"
    r"discarded|deprecated|reserved|unit is|length|fixed)\b", re.I)
_NOT_CONSTRAINT = re.compile(r"^(for details, see|see |for details about|to obtain|for example)", re.I)


_LABEL_LINE = re.compile(r"^(?:\*\*)?(Definition|Details|Constraints?|Range|Value Range|Default Value|Default|Remarks?|"
                         r"Example|Options?)(?:\*\*)?\s*[:：]?\s*(?:\*\*)?$", re.I)
_NA = re.compile(r"^(?:n/a|none|-|/|null|not involved|not applicable)\.?$", re.I)


def normalise_labelled(text: str) -> str:
    """CCE-style labelled blocks (`**Definition**`, `**Constraints**`, `**Range**`, `**Default Value**`, each on a
    line of its own) become the phrasings the rules read: `Range:` / `Default value:`; `N/A` blocks say nothing."""
    if "**" not in text or not any(_LABEL_LINE.match(ln.strip()) for ln in text.split("\n")):
        return text
    blocks = re.split(r"\n\s*\n", text)
    out: list[str] = []
    label = ""
    for block in blocks:
        stripped = block.strip()
        m = _LABEL_LINE.match(stripped)
        if m:
            label = m.group(1).lower()
            continue
        if _NA.match(stripped):
            continue
        if label in ("range", "value range", "options", "option") and not out[-1:] == ["Range:"]:
            if stripped.startswith("- "):
                out.append("Range:")
            elif re.fullmatch(rf"(?:\*\*)?(?:{_NUM})(?:\*\*)?\s*(?:-|–|~|to)\s*(?:\*\*)?(?:{_NUM})(?:\*\*)?\.?",
                              stripped):
                stripped = "Value range: " + stripped
            elif re.fullmatch(r"(?:\*\*[^*\s]+\*\*(?:,?\s+(?:and|or)\s+|,\s*|\s*$))+\.?", stripped):
                stripped = "Value: " + stripped
        elif label in ("default value", "default"):
            value = stripped.rstrip(".")
            if re.fullmatch(r"(?:\*\*)?[^\s*]+(?:\*\*)?", value):
                stripped = f"Default value: {value}."
        out.append(stripped)
        if label in ("range", "value range", "options", "option") and stripped == "Range:":
            continue
    return "\n\n".join(out)


def looks_like_constraint(sentence: str) -> bool:
    clean = _clean(sentence)
    return bool(_CONSTRAINT_LIKE.search(clean)) and not _NOT_CONSTRAINT.match(clean)


def range_pattern(lo: int, hi: int) -> str:
    """A regex matching the decimal integers lo..hi (0 <= lo <= hi), no leading zeros."""
    parts = _range_parts(lo, hi)
    return "^(?:" + "|".join(parts) + ")$"


def _range_parts(lo: int, hi: int) -> list[str]:
    if lo > hi:
        return []
    slo, shi = str(lo), str(hi)
    if len(slo) < len(shi):
        return _range_parts(lo, 10 ** len(slo) - 1) + _range_parts(10 ** len(slo), hi)
    # same number of digits
    if slo == shi:
        return [slo]
    prefix = 0
    while slo[prefix] == shi[prefix]:
        prefix += 1
    common = slo[:prefix]
    rest = len(slo) - prefix - 1
    a, b = int(slo[prefix]), int(shi[prefix])
    tail_lo, tail_hi = slo[prefix + 1:], shi[prefix + 1:]
    if rest == 0:
        return [f"{common}[{a}-{b}]" if a != b else f"{common}{a}"]
    out: list[str] = []
    if tail_lo == "0" * rest:
        start = a
    else:
        out += [f"{common}{a}{p}" for p in _suffix_from(tail_lo)]
        start = a + 1
    if tail_hi == "9" * rest:
        end = b
    else:
        end = b - 1
    if start <= end:
        digit = f"{start}" if start == end else f"[{start}-{end}]"
        out.append(f"{common}{digit}" + "[0-9]" * rest)
    if tail_hi != "9" * rest:
        out += [f"{common}{b}{p}" for p in _suffix_to(tail_hi)]
    return out


def _suffix_from(tail: str) -> list[str]:
    """Patterns for the suffixes >= tail with the same length."""
    if len(tail) == 1:
        return [f"[{tail}-9]" if tail != "9" else "9"]
    head, rest = int(tail[0]), tail[1:]
    out = [f"{head}{p}" for p in _suffix_from(rest)]
    if head < 9:
        out.append((f"[{head + 1}-9]" if head + 1 < 9 else "9") + "[0-9]" * len(rest))
    return out


def _suffix_to(tail: str) -> list[str]:
    """Patterns for the suffixes <= tail with the same length."""
    if len(tail) == 1:
        return [f"[0-{tail}]" if tail != "0" else "0"]
    head, rest = int(tail[0]), tail[1:]
    out: list[str] = []
    if head > 0:
        out.append((f"[0-{head - 1}]" if head - 1 > 0 else "0") + "[0-9]" * len(rest))
    out += [f"{head}{p}" for p in _suffix_to(rest)]
    return out
