"""Length: `minLength` / `maxLength` from `1 to 64 characters`, `up to 255 bytes`, `cannot be left blank`."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.constraints.rules.text import (
    ADVICE,
    AMBIGUOUS,
    CASE_AFTER,
    NUM,
    ONE_PRODUCT,
    Cell,
    Finding,
    about_a_part,
    clean_text,
    inclusive_comparatives,
    sentences,
    states_a_condition,
    to_number,
    value_kind,
    without_conditional_bullets,
    without_part_lists,
    without_recommendations,
    without_variant_bullets,
    words,
)

__all__ = ["rule_length"]


_LEN_RANGE = re.compile(
    rf"(?:consists? of|contains?|contain|containing|include|includes|be|is|are|of|length(?: is)?(?: of)?|length:|from|"
    rf"enter|\buse|\binput|with|allows?|has|have|supports?|accepts?|permits?|limited to|\()\s*(?:only\s+)?"
    rf"(?:\*\*)?({NUM})(?:\*\*)?"
    rf"\s*(?:to|-|–|~)\s*(?:\*\*)?({NUM})(?:\*\*)?\s+(?:[\w-]+\s+(?:(?:or|and)\s+[\w-]+\s+)?)?"
    rf"(?:characters?|bytes|chars|letters)", re.IGNORECASE)
# a `**Range**` block that is only `0 to 85 characters`, or `Range: 1 to 64 characters`, `Value: [1, 64] characters`,
# `1–64 characters are allowed`: the sentence is the range, whatever label (or none) opens it
_LEN_BARE_RANGE = re.compile(
    rf"^(?:-\s+)?(?:(?:(?:value |valid |length )?range|(?:value |string )?length(?: limit| range)?"
    rf"(?: of (?:the |this )?(?:value|parameter|string))?|values?|size|constraints?|restrictions?|limits?)\s*[:：]\s*|"
    rf"(?:an? )?string,\s*)?"
    rf"\[?\s*(?:\*\*)?({NUM})(?:\*\*)?\s*(?:to|-|–|~|,)\s*(?:\*\*)?({NUM})(?:\*\*)?\s*\]?\s+(?:characters?|bytes)"
    rf"(?:\s+(?:long|in length|(?:are|is) (?:allowed|supported|permitted)))?"
    rf"(?:[,;]\s+(?:including|consisting of|containing|which|that|starting|beginning)\b[^.;]*)?\.?$", re.I)
# the value's own length without a unit: `The length ranges from 1 to 64.`, `Length range: [1, 64]`, `The length of
# the value cannot exceed 64.`, `The maximum length is 64.` (never `the mask length`, `the length of the array`)
_OWN_LENGTH = (r"^(?:-\s+)?(?:(?:the |its )?(?:value |string |parameter |field )?length|the number of characters)"
               r"(?: (?:of|in) (?:the |this |its )?(?:value|parameter|field|string))?")
_LEN_OWN_RANGE = re.compile(
    _OWN_LENGTH + rf"(?:\s+(?:range|limit))?(?:\s*\((?:characters|bytes)\))?\s*(?:[:：]|"
    rf"(?:must |can |should )?(?:be |is )?"
    rf"(?:in the range of |within "
    rf"(?:the range of )?|between |(?:rang(?:es|ing) )?from )?)\s*\[?\s*(?:\*\*)?({NUM})(?:\*\*)?\s*"
    rf"(?:to|-|–|~|,|and)\s*(?:\*\*)?({NUM})(?:\*\*)?\s*\]?(?:\s*\((?:inclusive|included)\))?\.?$", re.I)
_LEN_OWN_BOUND = re.compile(
    _OWN_LENGTH + rf"\s+(?:must |can |should )?(?:be )?(at most|at least|up to)\s+(?:\*\*)?({NUM})(?:\*\*)?"
    rf"(?:\s+(?:characters?|bytes))?\.?$|"
    rf"^(?:-\s+)?(?:the )?(maximum|minimum|max\.?|min\.?) (?:value |string )?(?:length|number of characters)"
    rf"(?: of (?:the |this )?"
    rf"(?:value|parameter|field|string))?\s*(?:is|[:：])\s*(?:\*\*)?({NUM})(?:\*\*)?(?:\s+(?:characters?|bytes))?\.?$",
    re.I)
_LEN_LABEL_RANGE = re.compile(
    rf"length(?: range)?\s*[:：(]?\s*(?:\*\*)?({NUM})(?:\*\*)?\s*(?:to|-|–|~)\s*(?:\*\*)?({NUM})(?:\*\*)?",
    re.IGNORECASE)
_LEN_MAX = re.compile(
    rf"(?:up to|a maximum of|max(?:imum)?\.? of|at most|no more than|not more than|cannot exceed|can't exceed|"
    rf"must not exceed|less than or equal to|not exceed(?:ing)?|maximum length(?: is| of)?|max length(?: is)?|"
    rf"(?:is |are )?limited to)\s+"
    rf"(?:\*\*)?({NUM})(?:\*\*)?\s+(?:[\w-]+\s+(?:(?:or|and)\s+[\w-]+\s+)?)?(?:characters?|bytes|chars|digits)",
    re.IGNORECASE)
# (a number starts after no digit: searched from inside a run of 5,000 digits, each start cost the rest of the run)
_LEN_MAX2 = re.compile(rf"(?:\*\*)?(?<![0-9.])({NUM})(?:\*\*)?\s+(?:characters?|bytes)\s*(?:at most|or (?:fewer|less|"
                       rf"shorter)|maximum|max\b\.?)|"
                       # `Max. 64 characters`, `Maximum 64 characters`, `Length limit: 64 characters`, `must be
                       # within 64 characters`: the bound named before the number, without `of`
                       rf"(?:\bmax\.|\bmaximum|\blength limit\s*[:：]|\bwithin)\s+(?:\*\*)?(?<![0-9.])({NUM})"
                       rf"(?:\*\*)?\s+(?:characters?|bytes)\b", re.IGNORECASE)
# `64 characters or more`, `8 characters minimum`, `Min. 8 characters`: a lower bound stated after the number, or
# named before it without `of`
_LEN_MIN2 = re.compile(rf"(?:\*\*)?(?<![0-9.])({NUM})(?:\*\*)?\s+(?:characters?|bytes)\s*(?:or (?:more|longer)|"
                       rf"at least|minimum)\b|(?:\bmin\.|\bminimum)\s+(?:\*\*)?(?<![0-9.])({NUM})(?:\*\*)?\s+"
                       rf"(?:characters?|bytes)\b", re.I)
# a number of characters followed by `or fewer` / `or more`: a bound, not a fixed length
_OR_BOUND = re.compile(r"^\s*(?:characters?|bytes)?\s*(?:(?:or (?:fewer|less|shorter|more|longer)|at most|at least|"
                       r"minimum|maximum)\b|min\.|max\.)", re.I)
_LEN_MIN = re.compile(
    rf"(?:at least|a minimum of|minimum of|no less than|not less than|greater than or equal to)\s+(?:\*\*)?({NUM})"
    rf"(?:\*\*)?\s+(?:(?:\w+\s+)?(?:characters?|bytes|chars)|and (?:at most|a maximum of)\s+(?:\*\*)?(?:{NUM})"
    rf"(?:\*\*)?\s+"
    rf"(?:characters?|bytes))", re.IGNORECASE)
_LEN_LABEL = re.compile(r"\b(minimum|maximum|min|max)\.? (?:characters?|length)\s*[:：]\s*(?:\*\*)?(\d+)", re.I)
_QUOTED_NUMBER = re.compile(rf"[`\"“”]+({NUM})[`\"“”]+")
# (`... must be greater than 0 and less than 33 characters`: the unit said once, after the upper bound)
_LEN_EXCLUSIVE = re.compile(r"greater than (\d+)(?: (?:bytes|characters))? and less than (\d+) (?:bytes|characters)",
                            re.I)
_LEN_N_BYTE = re.compile(r"\b(\d+)-(?:byte|character|digit) (?:string|UUID)\b|"
                         r"^(?:the value|it|this (?:parameter|field)) must (?:contain|have) (\d+) characters\.?$|"
                         # `The value contains 36 characters.`, `It is 36 characters long.`, `The length is 36
                         # characters.`: the whole sentence states the value's one length
                         r"^(?:-\s+)?(?:the value|it|this (?:parameter|field)|the (?:value )?length(?: of the value)?)"
                         r"(?: must)? (?:contains?|has|is|be) (?:\*\*)?(\d+)(?:\*\*)? (?:characters|bytes)"
                         r"(?: long| in length)?\.?$", re.I)
# `The value is a UUID containing 36 characters.`, `IAM user ID that contains 32 characters.`: an identifier of one
# stated length (not `up to 32`, `32 characters or fewer`: those are read as bounds above)
_LEN_ID_OF = re.compile(r"^(?:-\s+)?(?:(?:the value|it|this (?:parameter|field)) is\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:UUID|ID|string)\s+(?:that\s+|which\s+)?(?:contains|containing|consisting of|of)\s+"
                        r"(?:\*\*)?(\d+)(?:\*\*)?\s+characters(?=\s*(?:[.,;]|$))(?![.,;]?\s*(?:or|at)\b)", re.I)
# another value than such an identifier, stated in the cell: `If the default enterprise project is used, 0 is returned`,
# `can be left blank`: the one length does not hold for every value
_ID_ELSE = re.compile(r"(?:^|[\s*])0(?:\*\*)? (?:is|will be) (?:returned|used)\b|\bor (?:an? )?empty\b|"
                      r"\bempty string\b|\b(?:can|may) be (?:left )?(?:blank|empty)\b", re.I)
_BARE_MIN_MAX = re.compile(r"^(?:\*\*)?(minimum|maximum)(?:\*\*)?\s*[:：]\s*(?:\*\*)?(\d+)(?:\*\*)?"
                           r"(?:\s+(?:characters?|bytes))?\.?$", re.I)
_LEN_FIXED = re.compile(
    r"(?:fixed (?:at|to)|fixed length of|exactly|must be)\s+(?:\*\*)?(\d+)(?:\*\*)?\s+(?:characters?|bytes)",
    re.IGNORECASE)
_ARRAY_LENGTH = re.compile(r"\barray length\b|\bnumber of (?:array )?(?:elements|items)\b", re.I)
_LENGTH_WORDS = re.compile(r"\b(?:characters?|bytes|chars|length)\b", re.I)
_NOT_BLANK = re.compile(r"\b(?:cannot|can't|must not|may not) be (?:left |an )?(?:blank|empty|null)\b|"
                        r"^(?:-\s+)?an empty \w+ cannot be (?:created|specified|used)\b", re.IGNORECASE)
_LEN_BETWEEN = re.compile(rf"\bbetween\s+(?:\*\*)?({NUM})(?:\*\*)?\s+and\s+(?:\*\*)?({NUM})(?:\*\*)?\s+"
                          r"(?:characters?|bytes)\b", re.I)
# `Must be a string and 8 to 26 characters long.`, `Its value can be empty or 1 to 43 Unicode characters in length.`:
# a range the adjective phrase `long` / `in length` says is the value's length, whatever verb introduces it; `empty or`
# before it adds the empty string (minLength 0)
_LEN_LONG = re.compile(rf"(?:\b(?P<empty>empty|blank)\s+or\s+)?(?<![\d,.])(?:\*\*)?({NUM})(?:\*\*)?\s*(?:to|-|–|~)\s*"
                       rf"(?:\*\*)?({NUM})(?:\*\*)?\s+(?:[A-Za-z-]+\s+)?characters\s+(?:long|in length)\b", re.I)
# `fewer than 256 characters` (read after `inclusive_comparatives`, so never `no fewer than`)
_LEN_BELOW = re.compile(rf"\b(?:fewer|less|shorter) than\s+(?:\*\*)?({NUM})(?:\*\*)?\s+(?:characters?|bytes)", re.I)
# `**service** and **item** each must contain 3 to 32 characters`: the parts of the value, one by one
_EACH_PART = re.compile(r"\beach\s+(?:must|can|may|should|contains?|consists?|has|have|is|are)\b", re.I)
# `The value must start with a slash (/) and cannot exceed 2 KB.`: the value's own size, in kilobytes (a byte is taken
# as a character); not `The total size of the rules cannot exceed 20 KB`
_LEN_MAX_KB = re.compile(r"^(?:-\s+)?(?:the value|this parameter|the parameter|it|the length of the value)\b[^.]*?"
                         r"\b(?:cannot|can't|must not|may not|does not) exceed (\d+) ?(KB|kilobytes)\b", re.I)
_IF_START = re.compile(r"^(?:-\s+)?(?:if|when)\b", re.I)
# `A dimension allows a maximum of 32 characters` beside `If there are multiple dimensions, use commas (,) to separate
# them`: the length of one of the several things the value lists
_ONE_SUBJECT = re.compile(r"^(?:-\s+)?an? (?P<noun>[a-z]+)\b(?!\s+(?:of|for)\b)", re.I)
_SEVERAL = r"\b(?:multiple|several|more than one) {noun}s\b[^.]*\b(?:commas?|semicolons?|separate|separated)\b"


def _one_of_several(sentence: str, cell: Cell) -> bool:
    one = _ONE_SUBJECT.match(clean_text(sentence))
    return cell.kind != "array" and one is not None and re.search(
        _SEVERAL.format(noun=re.escape(one.group("noun"))), clean_text(cell.text), re.I) is not None


# `If the length of the public key to be imported exceeds 1024 bytes, importing the public key will fail.` (ECS, BMS)
# `A name that exceeds 64 characters is not allowed.`, `Values exceeding 64 characters are rejected.`, `If the value
# exceeds 64 characters, an error is returned.`: the same limit said by its refusal (never of a total or a sum)
_FAILS_ABOVE = re.compile(rf"(?:^(?:note:\s*)?(?:if|when) (?:the length of )?(?:the |this |its |an? )?"
                          rf"(?:(?!total|sum|combined|all\b)[\w ]){{1,60}}?|^(?:-\s+)?(?:an?|any) [\w ]{{1,40}}? "
                          rf"(?:that|which)|^(?:-\s+)?values?) exceed(?:s|ing)? ({NUM}) (?:characters|bytes)\b"
                          r"[^.;]*\b(?:will fail|fails|(?:is|are|will be) (?:rejected|not allowed|not accepted|"
                          r"invalid)|(?:an )?error (?:is|will be) (?:reported|returned))\b", re.I)
# a condition after the length on something else than the field's own presence (`if **type** is **A**`)
_TRAILING_CONDITION = re.compile(r"\bcharacters?\b[^.;]*?" + CASE_AFTER, re.I)


# `The value has a maximum length of 64.`: the value's own bound without a unit
_LEN_HAS = re.compile(rf"\b(?:has|with) an? (maximum|minimum|max\.?|min\.?) length of (?:\*\*)?({NUM})(?:\*\*)?"
                      r"(?:\s+(?:characters?|bytes))?\.?$", re.I)
# `cannot contain more than 64 characters` (the verb between the negation and the comparative), `Length ≤ 64`,
# `1 ≤ length ≤ 64`: written as the bounds the patterns above read
_NEGATED_VERB = r"\b(?:cannot|can't|must not|may not|should not) (?:contain|have|include|hold|use) "
_NOT_MORE = re.compile(_NEGATED_VERB + r"more than\b", re.I)
_NOT_FEWER = re.compile(_NEGATED_VERB + r"(?:fewer|less) than\b", re.I)
_SYMBOLS = re.compile(rf"^(?:-\s+)?(?:({NUM})\s*(<=|≤|<)\s*)?(?:the )?(?:value |string )?length\s*(<=|≤|<)\s*({NUM})"
                      r"(?:\s+(?:characters?|bytes))?\.?$", re.I)
# the length of something else than the value: a total or sum, one variant's (`8 to 26 characters for MySQL and 8 to
# 32 for PostgreSQL`), two lengths in one sentence (`The key can contain up to 64 characters and the value up to 255`),
# or a part the sentence names as its subject and the cell's opening does not (`Name. The prefix can contain up to 10
# characters.`)
_EXAMPLE = re.compile(r"^(?:-\s+)?(?:for )?(?:example|e\.g\.)\b", re.I)
_TOTAL = re.compile(r"\b(?:total|combined|sum|aggregate)\b", re.I)
_FOR_VARIANT = re.compile(r"\b(?:characters?|bytes)\s+for\s+(?:\*\*)?[A-Z]")
_PAIR = re.compile(rf"(?<![\d.])({NUM})(?:\*\*)?\s*(?:to|-|–|~)\s*(?:\*\*)?({NUM})(?:\*\*)?\s*(?=characters?\b|bytes\b|"
                   r"chars\b|for\b|in length\b)", re.I)
_UP_TO = re.compile(rf"\b(?:up to|a maximum of|at most|maximum of)\s+(?:\*\*)?({NUM})(?:\*\*)?"
                    r"(?=\s+(?:[\w-]+\s+)?(?:characters?|bytes)\b)", re.I)
# `a maximum of 64 Chinese characters or 128 English characters`: a length per kind of character
# a start inside a run of digits is no number's start (`(?<![0-9])`, a minus sign excepted): without it each digit of
# a long run was a start, and the search took time in the square of the run's length (0.4 s for 5,000 digits)
_TWO_COUNTS = re.compile(rf"(?:(?<![0-9])|(?=-))(?:{NUM})\s+(?:[\w-]+\s+)?(?:characters?|bytes)\s+or\s+(?:\*\*)?"
                         rf"(?:{NUM})(?:\*\*)?\s+(?:[\w-]+\s+)?(?:characters?|bytes)\b", re.I)
_EACH_PART = re.compile(r"\beach (?:line|row|record|label|segment|part|level|section)\b", re.I)
_LEN_SUBJECT = re.compile(r"^(?:-\s+)?(?:notes?\s*[:：]\s*)?the (?P<subject>[\w\s-]{1,40}?)\s+(?:can|must|may|should|"
                          r"cannot|contains?|consists?|is|are|has|allows?)\b", re.I)
_OWN_WORDS = {"the", "a", "an", "of", "value", "values", "string", "length", "input", "content", "parameter", "field",
              "number", "characters", "entered", "specified", "text", "maximum", "minimum", "max", "min", "range",
              "limit", "allowed", "permitted"}


def _of_another(sentence: str, cell: Cell, opening: str) -> bool:
    clean = clean_text(sentence)
    if _TOTAL.search(clean) or _FOR_VARIANT.search(sentence.replace("**", "")):
        return True
    if len(set(_PAIR.findall(clean))) > 1 or len(set(_UP_TO.findall(clean))) > 1 or _TWO_COUNTS.search(clean):
        return True
    if cell.kind != "array" and _EACH_PART.search(clean):
        return True  # `each line of the file cannot exceed 8,192 bytes`: a part's length, not the value's
    subject = _LEN_SUBJECT.match(clean)
    if subject is not None and cell.kind == "array" and words(subject.group("subject")) & {"list", "array"}:
        return True  # `The list can contain up to 64 characters.`: the list's length, not each item's
    if subject is None or sentence == opening:
        return False
    own = words(cell.name) | words(clean_text(opening))
    joined = re.sub(r"[^a-z0-9]", "", f"{cell.name} {opening}".lower())
    return any(w not in own and w not in joined for w in words(subject.group("subject")) - _OWN_WORDS)


# `1—64 characters`, `1～64`: the other dashes and the full-width tilde between two numbers, as `-`; `≤ 64 characters`,
# `>= 8 characters`: the comparison symbols before a number, in words
_DASH = re.compile(r"(?<=[0-9*])\s*[—～]\s*(?=[0-9*])")
# `**Length**: 1 to 64 characters`: a bold length label, as a plain one (not `**Value**:`, a part's)
_BOLD_LABEL = re.compile(r"^(\s*(?:-\s+)?)\*\*((?:value |string )?length(?: range| limit)?|(?:value |valid )?range|"
                         r"constraints?|restrictions?|limits?)\*\*(?=\s*[:：])", re.I)
_AT_MOST_SYMBOL = re.compile(r"(?<![<>=≤≥\w])\s*(?:≤|<=)\s*(?=(?:\*\*)?[0-9])")
_AT_LEAST_SYMBOL = re.compile(r"(?<![<>=≤≥\w])\s*(?:≥|>=)\s*(?=(?:\*\*)?[0-9])")


def _in_words(sentence: str) -> str:
    return _AT_LEAST_SYMBOL.sub(" at least ", _AT_MOST_SYMBOL.sub(" at most ", sentence))


# `The minimum length is 1 and the maximum length is 64.`: both of the value's bounds, each named
_LEN_PAIR = re.compile(rf"^(?:-\s+)?(?:the )?(?P<first>min(?:imum)?|max(?:imum)?)\.? (?:value |string )?length "
                       rf"(?:is |[:：]\s*)(?:\*\*)?({NUM})(?:\*\*)?(?: (?:characters?|bytes))?,? and (?:the )?"
                       rf"(?:min(?:imum)?|max(?:imum)?)\.? (?:value |string )?length (?:is |[:：]\s*)(?:\*\*)?"
                       rf"({NUM})(?:\*\*)?(?: (?:characters?|bytes))?\.?$", re.I)
# not a bound of the value: what a console shows (`The console displays up to 64 characters`), a limit the sentence
# denies (`is not limited to 64 characters`, `no longer limited`), a contrast with another thing (`Unlike the
# description, which can contain up to 255 characters, ...`), one product's or version's support (`Only Redis 4.0
# supports names of up to 64 characters`), a prefix's or suffix's length (`starts with a prefix of 2 to 4 characters`)
_NOT_A_BOUND = re.compile(r"\b(?:console|UI|GUI|page|screen|portal)\b[^.;]*\b(?:displays?|displayed|shows?|shown)\b|"
                          r"\b(?:displays?|displayed|shows?|shown)\b[^.;]*\b(?:on|in) the (?:console|UI|GUI|page|"
                          r"screen|portal)\b|\b(?:not|no longer|never) (?:be )?(?:limited|"
                          r"restricted) to\b|^(?:-\s+)?unlike\b|"
                          r"\b(?:prefix|suffix|extension)\s+(?:of|with|that contains|containing)\s+(?:up to |at most |"
                          r"a maximum of )?\d", re.I)


def _names_a_length(text: str) -> bool:
    """The text speaks of a length and gives a number: a note is owed when it is not read as a bound."""
    return bool(_LENGTH_WORDS.search(text) and re.search(NUM, text))


def rule_length(cell: Cell) -> list[Finding]:
    if value_kind(cell) not in ("string", "any"):
        return []
    text, conditional = without_conditional_bullets(cell.text)
    out = [Finding(AMBIGUOUS, "length: stated under a condition", clean_text(ln)) for ln in conditional
           if _names_a_length(ln)]
    text, of_parts = without_part_lists(text)
    out += [Finding(AMBIGUOUS, "length: the length of a part of the value", clean_text(ln)) for ln in of_parts
            if _names_a_length(ln)]
    text, advised = without_recommendations(text)
    out += [Finding(AMBIGUOUS, "length: stated as a recommendation", clean_text(ln)) for ln in advised
            if _names_a_length(ln)]
    text, variants = without_variant_bullets(text)
    out += [Finding(AMBIGUOUS, "length: stated for one variant", clean_text(ln)) for ln in variants
            if _names_a_length(ln)]
    opening = next(iter(sentences(cell.text)), "")
    for sentence in sentences(text):
        if _ARRAY_LENGTH.search(sentence):
            continue  # `Array length: 1 to 10`: how many items, not how long each one is
        if about_a_part(sentence, cell) or _one_of_several(sentence, cell):
            if _LENGTH_WORDS.search(sentence):
                out.append(Finding(AMBIGUOUS, "length: the sentence states the length of a part of the value",
                                   sentence))
            continue
        if m := _FAILS_ABOVE.search(clean_text(sentence)):  # the limit stated by what happens past it
            if (n := _count(m.group(1))) is not None:
                out.append(Finding("maxLength", n, sentence))
            continue
        if states_a_condition(sentence):
            # `For Linux, the password can contain 8 to 26 characters.`: a length for one case, said when what follows
            # the condition gives one
            rest = sentence.partition(",")[2]  # shorter than the sentence: the reading below ends
            if rest and any(f.keyword != AMBIGUOUS for f in rule_length(replace(cell, text=rest))):
                out.append(Finding(AMBIGUOUS, "length: stated under a condition", sentence))
            continue
        if _names_a_length(sentence) and (ADVICE.search(sentence) or _TRAILING_CONDITION.search(clean_text(sentence))):
            # `It is recommended that the name contain no more than 64 characters.`, `... a maximum of 64 characters
            # if **type** is **A**.`: advice, or a length for one case only
            out.append(Finding(AMBIGUOUS, "length: stated as advice or for one case only", sentence))
            continue
        if _EXAMPLE.match(clean_text(sentence)):
            continue
        if _names_a_length(sentence) and (_NOT_A_BOUND.search(clean_text(sentence)) or
                                          ONE_PRODUCT.match(clean_text(sentence))):
            out.append(Finding(AMBIGUOUS, "length: shown, denied, contrasted, one product's or a prefix's", sentence))
            continue  # `Example: a 64-character string.`: one value, not the bound
        if _names_a_length(sentence) and _of_another(sentence, cell, opening):
            out.append(Finding(AMBIGUOUS, "length: of a total, a variant or a part, or several lengths", sentence))
            continue
        # `cannot be longer than 64 characters`: at most 64; `1` to `64`, "1" to "64": the numbers
        s = inclusive_comparatives(_DASH.sub("-", _QUOTED_NUMBER.sub(r"\1", _BOLD_LABEL.sub(r"\1\2", sentence))))
        s = _NOT_FEWER.sub("at least", _NOT_MORE.sub("at most", s))
        if m := _SYMBOLS.match(clean_text(s)):
            low, high = _count(m.group(1)) if m.group(1) else None, _count(m.group(4))
            if high is not None:
                high -= m.group(3) == "<"
            if low is not None:
                low += m.group(2) == "<"
            out += [Finding(k, v, sentence) for k, v in (("minLength", low), ("maxLength", high)) if v is not None]
            continue
        s = _in_words(s)
        if m := _LEN_PAIR.match(clean_text(s)):
            first, second = _count(m.group(2)), _count(m.group(3))
            low, high = (first, second) if m.group("first").lower().startswith("min") else (second, first)
            out += _bounds(low, high, sentence)
            continue
        if m := _LEN_HAS.search(clean_text(s)):
            if (n := _count(m.group(2))) is not None:
                out.append(Finding("minLength" if m.group(1).lower().startswith("min") else "maxLength", n, sentence))
            continue
        if _EACH_PART.search(s) and cell.kind != "array":
            continue
        if m := _LEN_EXCLUSIVE.search(s):
            lo, hi = _count(m.group(1)), _count(m.group(2))
            out += _bounds(None if lo is None else lo + 1, None if hi is None else hi - 1, sentence)
            continue
        if m := (_LEN_RANGE.search(s) or _LEN_LABEL_RANGE.search(s) or _LEN_BARE_RANGE.match(s.strip())
                 or _LEN_BETWEEN.search(s)):
            out += _bounds(_count(m.group(1)), _count(m.group(2)), sentence)
            continue
        if cell.kind != "array" and (m := _LEN_OWN_RANGE.match(clean_text(s))):
            out += _bounds(_count(m.group(1)), _count(m.group(2)), sentence)
            continue
        if cell.kind != "array" and (m := _LEN_OWN_BOUND.match(clean_text(s))):
            side, number = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if (n := _count(number)) is not None:
                out.append(Finding("minLength" if side.lower() in ("at least", "minimum", "min", "min.")
                                   else "maxLength", n, sentence))
            continue
        if m := _LEN_LONG.search(s):
            out += _bounds(0 if m.group("empty") else _count(m.group(2)), _count(m.group(3)), sentence)
            continue
        if (m := _LEN_ID_OF.search(clean_text(s))) and _ID_ELSE.search(cell.text):
            out.append(Finding(AMBIGUOUS, "length: the cell states another value than an identifier of that length", s))
            continue
        if (m := _LEN_FIXED.search(s) or _LEN_N_BYTE.search(s) or m) and not _OR_BOUND.match(s[m.end():]):
            n = _count(next(g for g in m.groups() if g))
            out += _bounds(n, n, sentence)
            continue
        if labels := list(_LEN_LABEL.finditer(s)) or list(_BARE_MIN_MAX.finditer(s)):
            # `Minimum length: 1; maximum length: 64`: each label its bound
            out += [Finding("minLength" if m.group(1).lower().startswith("min") else "maxLength", n, sentence)
                    for m in labels if (n := _count(m.group(2))) is not None]
            continue
        if (m := _LEN_MAX.search(s) or _LEN_MAX2.search(s)) and (n := _count(next(g for g in m.groups() if g))) \
                is not None:
            out.append(Finding("maxLength", n, sentence))
        elif (m := _LEN_MAX_KB.search(clean_text(sentence))) and (n := _count(m.group(1))) is not None:
            out.append(Finding("maxLength", n * 1024, sentence))
        if m := _LEN_MIN.search(s) or _LEN_MIN2.search(s):
            if (n := _count(next(g for g in m.groups() if g))) is not None:
                out.append(Finding("minLength", n, sentence))
        elif (blank := _NOT_BLANK.search(s)) and cell.kind != "array" and \
                not any(f.keyword == "minLength" for f in out):
            # not `If backup is selected, this parameter cannot be left empty.`, nor `... cannot be left blank if the
            # job type is MapReduce`: a case's rule
            if not _IF_START.match(clean_text(s)) and not _IF_START.match(s[blank.end():].lstrip()):
                out.append(Finding("minLength", 1, sentence))
        if (m := _LEN_BELOW.search(s)) and (n := _count(m.group(1))) is not None and n > 0 \
                and not any(f.keyword == "maxLength" for f in out):
            out.append(Finding("maxLength", n - 1, sentence))
    lows = [f.value for f in out if f.keyword == "minLength"]
    highs = [f.value for f in out if f.keyword == "maxLength"]
    for keyword, values in (("maxLength", highs), ("minLength", lows)):
        if len(set(values)) > 1:  # `a maximum of 36 characters` and `Maximum: 255`: the docs disagree
            out = [f for f in out if f.keyword != keyword]
    if lows and highs and max(lows) > min(highs):
        return []  # `at least 8 characters` in one sentence, `up to 6` in another: no length the docs allow
    return out


def _count(text: str) -> int | None:
    """A length: a whole number of characters, 0 or more (`1,024`); None for `-1`, `2.5`, `1e999`, `١٠`."""
    n = to_number(text)
    return n if isinstance(n, int) and n >= 0 else None


def _bounds(lo: int | None, hi: int | None, sentence: str) -> list[Finding]:
    """Both bounds of one stated range, or none: a range with a bound that is not a length or that is inverted
    (`10 to 5 characters`) states nothing clearly."""
    if lo is None or hi is None or lo < 0 or lo > hi:
        return []
    return [Finding("minLength", lo, sentence), Finding("maxLength", hi, sentence)]
