"""Numeric range: `minimum` / `maximum` (and the exclusive bounds) from `Value range: 1-65535`, `at least 1`;
and `range_pattern`, the regex the engine gives a String field that holds a number."""

from __future__ import annotations

import re

from generator.constraints.rules.numeric_words import in_words
from generator.constraints.rules.text import (
    ADVICE,
    AMBIGUOUS,
    NUM,
    ONE_PRODUCT,
    Cell,
    Finding,
    clean_text,
    inclusive_comparatives,
    is_conditional,
    numeric_field,
    own_text,
    sentences,
    to_number,
)
from generator.constraints.rules.unit import foreign_units

__all__ = ["range_pattern", "rule_range"]


_NOT_LENGTH = (r"(?![\d,.]\d)(?!\d)(?!\s*(?:\*\*)?\s*(?:characters?|bytes|chars|digits|letters|items|times|%))"
               r"(?!\s*(?:\^|×|\*\s*\d|x\s*\d))")  # not the base of a power or a factor (`2^31-1`, `2 x 1024`)
_RANGE = re.compile(
    rf"(?:rang(?:e|es|ing)\s+(?:is\s+)?(?:from\s+)?|value range\s*[:：]?\s*|range\s*[:：]\s*|values?\s*[:：]\s*|"
    rf"(?:in|within) the range of\s+|\b(?:in|within)\s+(?=\[)|"
    rf"between\s+|from\s+|valid values? (?:is|are)\s+|minimum value is .*? and maximum value is\s*|"
    # `The value is 1 to 100.`, `It can be 0-10.`: the value itself said to be the range
    rf"^(?:-\s+)?(?:the value|its value|it|this parameter|the parameter)\s+(?:must |can |should |may )?(?:is|be)\s+)"
    rf"(?:\[)?\s*(?:\*\*)?({NUM})(?:\*\*)?\s*(?:\((?:minimum|min\.?|inclusive|included|default)\)\s*)?"
    rf"(?:(?:GB|GiB|MB|MiB|TB|KB|ms|s|seconds?|minutes?|hours?|days?)\s+)?"
    rf"(?:to|-|–|~|and|,)\s*(?:\*\*)?({NUM})(?:\*\*)?\]?{_NOT_LENGTH}",
    re.IGNORECASE)
# `Value range:` on a line, the range in the paragraph under it (the `**Range**` block's plain twin)
_LABEL_THEN_RANGE = re.compile(rf"^((?:value |valid )?range|valid values?|values?)\s*[:：]\s*\n\s*\n\s*(?=\[?\s*"
                               rf"(?:\*\*)?(?:{NUM})(?:\*\*)?\s*(?:-|–|~|to|,)\s*(?:\*\*)?(?:{NUM})(?:\*\*)?\s*\]?\.?\s*$)",
                               re.I | re.M)
# `1` to `100`, "1" to "100": the numbers
_QUOTED_NUMBER = re.compile(rf"[`\"“”]+({NUM})[`\"“”]+")
# `cannot be less than 1 or greater than 100`: the negation holds for both comparatives
_NEGATED_PAIR = re.compile(rf"\b(?:cannot|can't|can not|must not|may not|should not)\s+be\s+"
                           rf"(?:(?P<low>less|smaller|lower)|greater|more|larger|higher)\s+than\s+(?P<a>(?:\*\*)?(?:{NUM})(?:\*\*)?)\s+or\s+(?:"
                           rf"(?(low)(?:greater|more|larger|higher)|(?:less|smaller|lower)))\s+than\s+"
                           rf"(?P<b>(?:\*\*)?(?:{NUM})(?:\*\*)?)", re.I)


def _negated_pair(text: str) -> str:
    return _NEGATED_PAIR.sub(lambda m: f"must be at least {m['a']} and at most {m['b']}" if m["low"]
                             else f"must be at most {m['a']} and at least {m['b']}", text)


# `Number of returned records.` then `The maximum number of records that can be returned is 1,000.`: the maximum of
# what the field counts (never `500 minus the number of ...`)
_MAX_NUMBER_OF = re.compile(rf"\bmaximum (?:number|count|quantity) of ([a-z]+)\b[^.;]{{0,60}}? is ({NUM})"
                            r"(?=\s*(?:[.;]|$))", re.I)


def _counts(cell: Cell, noun: str) -> bool:
    """The cell's first sentence says the field is the number of `noun` (`Number of returned records`)."""
    first = clean_text(cell.text).split(".")[0]
    return re.match(rf"^(?:specifies |indicates )?(?:the )?(?:maximum )?number of (?:[a-z]+ ){{0,2}}"
                    rf"{re.escape(noun)}\b", first, re.I) is not None


_SEPARATOR = re.compile(r"[\s*]*(?:\([a-z.]+\)\s*)?(?:[A-Za-z]+\s+)?(,|and)[\s*]*$", re.I)


def _range(text: str) -> re.Match[str] | None:
    """The first range the sentence states; `1, 2, or 4` and `1 and 2` list values: `,` joins a range's bounds only in
    brackets (`[1, 100]`), `and` only after `between`."""
    for m in _RANGE.finditer(text):
        sep = _SEPARATOR.match(text, m.end(1), m.start(2))
        if sep is None or (sep.group(1) == "," and "[" in text[m.start():m.start(1)]) or (
                sep.group(1).lower() == "and" and re.search(r"\bbetween\s", text[m.start():m.start(1)], re.I)):
            return m
    return None


_RANGE_BOUNDS = re.compile(  # `Ranges from 1 (inclusive) to 65,535 (exclusive)`
    rf"\b(?:rang(?:e|es|ing)\s+)?from\s+(?:\*\*)?({NUM})(?:\*\*)?\s*\((inclusive|exclusive|included|excluded)\)\s*"
    rf"to\s+(?:\*\*)?({NUM})(?:\*\*)?\s*\((inclusive|exclusive|included|excluded)\)", re.I)
# `The value ranges from 2 to the number of cluster nodes`: a lower bound, the upper one another quantity's
_RANGE_TO_QUANTITY = re.compile(rf"\brang(?:e|es|ing)\s+from\s+(?:\*\*)?({NUM})(?:\*\*)?\s+to\s+the\s+[a-z]", re.I)
_MODE_RANGE = re.compile(rf"\b(?:rang(?:e|es|ing)|from)\s+(?:from\s+)?(?:\*\*)?({NUM})(?:\*\*)?\s*(?:to|-)\s*"
                         rf"(?:\*\*)?({NUM})", re.I)
_MAX = re.compile(
    rf"(?:less than or equal to|no (?:more|greater) than|not (?:more|greater) than|at most|up to|cannot exceed|"
    rf"can't exceed|must not exceed|(?:a )?maximum of|"
    rf"maximum(?: parameter)?(?: value)?(?: of this (?:parameter|field))?(?: is)?\s*[:：]?|"
    rf"max(?:imum)?\.?(?: value)?\s*[:：]|"
    rf"(?:the )?upper limit(?: of (?:the|this) (?:value|parameter))?(?: is|\s*[:：]))\s*(?:\*\*)?({NUM})"
    rf"(?:\*\*)?{_NOT_LENGTH}", re.IGNORECASE)
_MIN = re.compile(
    rf"(?:greater than or equal to|no less than|not less than|at least|(?:a )?minimum of|"
    rf"minimum(?: parameter)?(?: value| size)?(?: of this (?:parameter|field))?(?: is)?\s*[:：]?|"
    rf"min(?:imum)?\.?(?: value)?\s*[:：]|"
    rf"(?:the )?lower limit(?: of (?:the|this) (?:value|parameter))?(?: is|\s*[:：]))\s*(?:\*\*)?({NUM})(?:\*\*)?"
    rf"{_NOT_LENGTH}",
    re.IGNORECASE)
_XMAX = re.compile(rf"(?<!or equal to )(?:(?<!than or )less than|smaller than|lower than)\s+(?:\*\*)?({NUM})(?:\*\*)?"
                   rf"{_NOT_LENGTH}(?! or equal)", re.IGNORECASE)
_XMIN = re.compile(rf"(?:greater than|larger than|more than|higher than)\s+(?:\*\*)?({NUM})(?:\*\*)?"
                   rf"{_NOT_LENGTH}(?! or equal)", re.IGNORECASE)


_NON_NEGATIVE = re.compile(r"\b(?:cannot|can't|must not|may not) be (?:a )?negative(?: number| integer| value)?\b|"
                           r"\bnon-negative (?:integer|number)\b|"
                           # `The value must be 0 or a positive number.`, `a positive integer or 0`
                           r"(?<![\w.,-])(?:0|zero)(?:\*\*)? or (?:an? )?positive (?:integer|number|value)\b|"
                           r"\bpositive (?:integer|number|value)s? or (?:\*\*)?(?:0|zero)(?![\w,]|\.\d)", re.I)
# `The value must be 1 or greater.`, `It must be 100 or less.`: the bound stated after the number
_MIN_AFTER = re.compile(rf"\b(?:is|be|are)\s+(?:\*\*)?({NUM})(?:\*\*)?\s+or\s+(?:greater|more|higher|larger|above)\b",
                        re.I)
_MAX_AFTER = re.compile(rf"\b(?:is|be|are)\s+(?:\*\*)?({NUM})(?:\*\*)?\s+or\s+(?:less|lower|smaller|fewer|below)\b",
                        re.I)


_NUMBER_CUE = re.compile(r"\b(?:must be an? (?:decimal )?(?:integer|number)|non-negative (?:integer|number)|"
                         r"(?:cannot|can't|must not) be (?:a )?negative (?:number|integer|value)|"
                         r"(?:maximum|minimum) value(?: of this (?:parameter|field))? is|"
                         r"(?:the )?(?:default )?unit is (?:\*\*)?(?:seconds?|minutes?|hours?|days?|ms|s|GB|MB|KB)"
                         r"\b)\b",
                         re.I)


def _holds_number(cell: Cell) -> bool:
    """A String field documented as a number (these docs write ports, limits and offsets as strings)."""
    return cell.kind == "string" and bool(
        re.search(r"\b(port|number|count|size|num|quantity|limit|offset|page|days|hours|minutes|seconds|interval|"
                  r"timeout|duration|percent|percentage|speed|bandwidth|weight|priority|ttl|capacity)\b",
                  cell.name.replace("_", " ") + " " + cell.text.split(".")[0], re.IGNORECASE)
        or _NUMBER_CUE.search(clean_text(cell.text)))


def rule_range(cell: Cell) -> list[Finding]:
    """Bounds from every sentence; where sentences disagree the tighter bound wins (`cannot be negative` and
    `the minimum value is 1` give minimum 1). Two different stated ranges (one per DB engine) are ambiguous."""
    found, unions = _range_findings(cell)
    if _TIMESTAMP.search(cell.text):
        # a point in time (seconds or milliseconds since 1970) is never bounded by a small number: `Minimum: 13` are
        # its digits, `A maximum of 30 days are supported` the period queried
        small = [f for f in found if 0 < abs(f.value) < _EARLIEST_TIMESTAMP]
        if small:
            return [*(f for f in found if f not in small),
                    *(Finding(AMBIGUOUS, f"{f.keyword}: {f.value} is no bound of a timestamp (a digit count or a "
                                         "period)", f.sentence) for f in small)]
    pairs = {(f.sentence, f.value) for f in found if f.keyword == "minimum"}
    if len({v for _, v in pairs}) > 1 and len({f.value for f in found if f.keyword == "maximum"}) > 1:
        return unions
    best: dict[str, Finding] = {}
    for f in found:
        prev = best.get(f.keyword)
        tighter = prev is None or (f.value > prev.value if f.keyword in ("minimum", "exclusiveMinimum")
                                   else f.value < prev.value)
        if tighter:
            best[f.keyword] = f
    return [*(f for f in found if best.get(f.keyword) is f), *unions]


def _range_findings(cell: Cell) -> tuple[list[Finding], list[Finding]]:
    """The bounds the sentences state, and a note for each sentence that states a union of ranges (`in the range of
    64512-65534 or 4200000000-4294967294`: no one range holds, so none is a bound), whatever else it is."""
    if not (numeric_field(cell) or _holds_number(cell)):
        return [], []
    out: list[Finding] = []
    unions: list[Finding] = []
    modes: list[tuple[int | float, int | float]] = []
    cases: list[tuple[int | float, int | float, str]] = []  # the modes each sentence opens with a condition
    for s in sentences(_LABEL_THEN_RANGE.sub(r"\1: ", own_text(cell))):
        text = inclusive_comparatives(_negated_pair(in_words(_QUOTED_NUMBER.sub(r"\1", s))))
        ranged = _range(text)
        union = bool(ranged and _ANOTHER_RANGE.match(text, ranged.end()))
        if union:
            unions.append(Finding(AMBIGUOUS, "range: the sentence states several ranges, any of which the value may "
                                             "be in", s))
        if re.search(r"\b(characters?|length)\b", s, re.IGNORECASE) and not numeric_field(cell):
            continue
        if _LABELLED_BOUND.match(s.strip()) and not numeric_field(cell):
            continue  # `Minimum: **36**` on a String: its length (the length rule's), not the number it holds
        if is_conditional(s) and (m := _MODE_RANGE.search(clean_text(s))):
            lo, hi = to_number(m.group(1)), to_number(m.group(2))
            if lo is not None and hi is not None:
                modes.append((lo, hi))  # `When the protocol is ICMP, ... 0 to 255`
                if (own := _MODE_RANGE.search(s)) and _about_the_field(cell, s, own.start()):
                    cases.append((lo, hi, s))
            continue
        if is_conditional(s) or re.match(r"^(?:-\s+)?(?:for example|example)\b", clean_text(s), re.I):
            continue
        if ONE_PRODUCT.match(clean_text(text)) or (len(set(_PAIR.findall(clean_text(text)))) > 1
                                                    and re.search(r"\bfor\s+[A-Z]", text)):
            continue  # `Only Redis 4.0 supports ...`, `1 to 100 for MySQL and 1 to 50 for PostgreSQL`: per variant
        if ADVICE.search(text) or _COERCED.search(text) or _A_VALUE_CASE.match(clean_text(text)):
            continue  # advice, or what the service does with a value outside (`converted to 500`): no refusal
        if ranged and not union and len(pairs := set(_PAIR.findall(clean_text(text)))) > 1:
            # `from 0 to 100 in the eu-de region and from 0 to 50 in other regions`: a range per case; a bound that
            # every range shares holds whatever the case, the others depend on it
            unions.append(Finding(AMBIGUOUS, "range: the sentence states a range per case", s))
            for keyword, i in (("minimum", 0), ("maximum", 1)):
                if len(bounds := {to_number(p[i]) for p in pairs}) == 1 and (shared := bounds.pop()) is not None:
                    out.append(Finding(keyword, shared, s))
            continue
        if m := _RANGE_BOUNDS.search(text):
            lo, hi = to_number(m.group(1)), to_number(m.group(3))
            if lo is not None and hi is not None and lo <= hi and _about_the_field(cell, text, m.start()):
                for value, bound, side in ((lo, m.group(2), "minimum"), (hi, m.group(4), "maximum")):
                    inclusive = bound.lower() in ("inclusive", "included")
                    keyword = side if inclusive else "exclusive" + side[0].upper() + side[1:]
                    out.append(Finding(keyword, value, s))
            continue
        if m := ranged:
            if foreign_units(cell, text[m.start(1):]):
                # `from 15 minutes to 24 hours` on a field in seconds: not this field's numbers, but for a zero
                # (`from 0 TB to 48.8 TB` of a size in bytes: no size is below 0 bytes)
                if to_number(m.group(1)) == 0 and _about_the_field(cell, text, m.start()):
                    out.append(Finding("minimum", 0, s))
                continue
            if union:
                continue  # `in the range of 64512-65534 or 4200000000-4294967294`: a union, no one range
            lo, hi = to_number(m.group(1)), to_number(m.group(2))
            if lo is not None and hi is not None and lo <= hi:
                if _conditional_clause(text, m.start()):
                    modes.append((lo, hi))  # `The value ranges from 1 to 64 if the schema is sharded`
                elif _about_the_field(cell, text, m.start()):
                    out += [Finding("minimum", lo, s), Finding("maximum", hi, s)]
                continue
            if lo is None or hi is None:
                continue  # `from 1 to 99...9` (more digits than any bound): no range, and no half of one
        if (m := _RANGE_TO_QUANTITY.search(text)) and not _conditional_clause(text, m.start()) \
                and _about_the_field(cell, text, m.start()):
            out += _bound("minimum", m.group(1), s)
        if (m := _MAX_NUMBER_OF.search(clean_text(text))) and _counts(cell, m.group(1)):
            out += _bound("maximum", m.group(2), s)
            continue
        out += _first_bound(cell, text, s, (("maximum", _MAX), ("maximum", _MAX_AFTER), ("exclusiveMaximum", _XMAX)))
        lower = _first_bound(cell, text, s, (("minimum", _MIN), ("minimum", _MIN_AFTER)))
        if not lower and (m := _NON_NEGATIVE.search(text)) and _about_the_field(cell, text, m.start()):
            lower = [Finding("minimum", 0, s)]
        out += lower or _first_bound(cell, text, s, (("exclusiveMinimum", _XMIN),))
    # a value valid in any mode: a bound stays only where every mode's range lies within it
    out = [f for f in out if all(
        (lo >= f.value if f.keyword in ("minimum", "exclusiveMinimum") else hi <= f.value) for lo, hi in modes)]
    if len(cases) > 1 and len(cases) == len(modes) and not out:
        # `If **operation** is **ADD**, ... from 1 to 20000. If **operation** is **SET**, ... from 0 to 20000.`: the
        # bound every case shares holds whatever the case (the other one depends on it)
        out += [Finding(k, values.pop(), cases[0][2]) for k, i in (("minimum", 0), ("maximum", 1))
                if len(values := {c[i] for c in cases}) == 1]
    return out, unions


# a bound for one case, another bound for another named after it
_PER_CASE_AFTER = re.compile(rf"(?:\*\*)?\s+for (?:the |an? )?[^.;]{{1,40}}?(?:,|\band\b)\s*(?:\*\*)?(?:{NUM})"
                             r"(?:\*\*)?\s+for\b", re.I)
# `A value greater than **200** may slow down the query.`: what values beyond a number do, not a bound
_A_VALUE_CASE = re.compile(r"^(?:-\s+)?(?:an?|any) (?:\w+ )?values? (?:greater|larger|smaller|less|lower|higher|more|"
                           r"above|below|over|under)\b[^.;]*\b(?:may|might|will|can|could)\b", re.I)
_PAIR = re.compile(rf"(?<![\d.])({NUM})\s*(?:to|-|–|~)\s*({NUM})")
_ANOTHER_RANGE = re.compile(rf"\s*(?:,|,?\s*\bor\b|,?\s*\band\b)\s*(?:from\s+)?(?:\*\*)?(?:{NUM})(?:\*\*)?\s*"
                            rf"(?:to|-|–|~)\s*(?:\*\*)?(?:{NUM})", re.I)
_LABELLED_BOUND = re.compile(r"^(?:\*\*)?(?:minimum|maximum)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\d+(?:\*\*)?\.?$", re.I)
_TIMESTAMP = re.compile(r"\btimestamps?\b|\bunix time\b|\bepoch\b", re.I)
_EARLIEST_TIMESTAMP = 10**9  # 2001-09-09 in seconds since 1970: a bound below it is no point in time of these APIs
_COERCED = re.compile(r"\b(?:will be|is|are)\s+(?:automatically\s+|forcibly\s+|then\s+)?(?:converted|changed|"
                      r"adjusted|rounded|reset|truncated|corrected|treated|processed|regarded|replaced|billed|charged)\s+"
                      r"(?:to|as|into|with)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;,:]|\b(?:and|but|or|while|whereas)\s+(?=(?:the|its|it|this|that|these|a|an|each|every|"
                           r"you|there)\b)", re.I)
# `if`, `when`, ..., and a mode named after the bound (`ranges from 1 to 10 in cluster mode`)
_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|in case)\b|\bin (?:the )?[\w-]+(?: [\w-]+)? mode\b", re.I)
# the subject of the clause is another quantity than the field: a total, a sum, the number of X per/for a Y
# (`in **major.minor.patch** form, where each part is a non-negative integer`: a part of the value)
_OTHER_QUANTITY = re.compile(r"\b(?:total|sum|combined|aggregate|overall|altogether|plus|minus|multiplied)\b|"
                             r"\b(?:each|every) (?:part|segment|component|octet|element|digit|label)\b|"
                             r"\bwhere (?:(?-i:[A-Z])\b|each\b|every\b|all\b)|"
                             r"\b(?:number|count|amount|quantity) of\b.*\b(?:per|each|every|for an?|in an?|"
                             r"of an?|under an?|in the|of the)\b", re.I)


def _clause(text: str, pos: int) -> tuple[str, str]:
    """The clause of `text` around position `pos`: the part before `pos` and the whole clause."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos)), default=0)
    after = _CLAUSE_BREAK.search(text, pos)
    return text[start:pos], text[start:after.start() if after else len(text)]


def _conditional_clause(text: str, pos: int) -> bool:
    """The clause at `pos` states a condition, or follows one that no comma closed (`enabled when the used space
    exceeds 90% or the available space is less than 10 GB`)."""
    since_comma = text[max((m.end() for m in re.finditer(r"[;,:]", text[:pos])), default=0):pos]
    return bool(_CONDITION.search(_clause(text, pos)[1]) or _CONDITION.search(since_comma))


def _about_the_field(cell: Cell, text: str, pos: int) -> bool:
    """The bound at `pos` is stated about the field: its clause names no other quantity (`The total number of proxy
    nodes for an instance is no more than 32`) and no other field (a sibling, a `snake_case` name)."""
    raw, whole = _clause(text, pos)
    if _OTHER_QUANTITY.search(clean_text(raw)) or re.search(r"\bin total\b|\baltogether\b", whole, re.I):
        return False
    # a field is named in bold (`**limit**`) or written as an identifier (`to_port`, `fromPort`); a sibling called
    # `value` or `type` is not named by the plain word
    named = {b.strip() for b in re.findall(r"\*\*([^*]+)\*\*", raw) if b.strip() in cell.siblings}
    named |= set(re.findall(r"\b[a-z][a-z0-9]*(?:_[A-Za-z0-9]+)+\b|\b[a-z]+[A-Z][A-Za-z0-9]*\b", raw))
    return not (named - {cell.name})


def _first_bound(cell: Cell, text: str, sentence: str, kinds: tuple[tuple[str, re.Pattern[str]], ...]) -> list[Finding]:
    """The first bound of `kinds` the sentence states about the field itself, unconditionally."""
    for keyword, pattern in kinds:
        for m in pattern.finditer(text):
            if _PER_CASE_AFTER.match(text, m.end()):
                continue  # `the maximum is 16 for the **large** flavors and 32 for the **xlarge** ones`: per case
            if foreign_units(cell, re.split(r"[(;,]", text[m.start(1):], maxsplit=1)[0][:40]):
                continue  # `A CA itself can be valid for at most 30 years.` on a period in days (not `**36500** (100
                # years)`, the bound restated in brackets)
            if not _conditional_clause(text, m.start()) and _about_the_field(cell, text, m.start()):
                return _bound(keyword, m.group(1), sentence)
    return []


def _bound(keyword: str, text: str, sentence: str) -> list[Finding]:
    value = to_number(text)
    return [] if value is None else [Finding(keyword, value, sentence)]


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
