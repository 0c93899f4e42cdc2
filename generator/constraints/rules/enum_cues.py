"""Enumeration: the cue phrases that introduce the values of a field, on a line of their own (`Possible values:`) or
inline (`The value can be **a** or **b**.`, `Set it to **a** or **b**.`, `Value: **a**, **b**`)."""

from __future__ import annotations

import re

__all__ = ["ADJ", "ENUM_INLINE_INTRO", "ENUM_INTRO", "EXAMPLES_INTRO", "EXAMPLES_OR_FEATURES_INTRO", "ONE_SCOPE",
           "OPEN_LIST", "VALUE_LABEL", "VARIES", "bare_values_doubtful", "more_values_remark", "value_sentences"]


# the adjectives the docs put before `values` / `options` (`Optional values` is how some translate "selectable")
ADJ = r"(?:valid|possible|available|supported|allowed|optional|permitted|acceptable|enumerated)"
ENUM_INTRO = re.compile(
    rf"^(?:\*\*)?(?:the )?(?:{ADJ} |enumeration )?"
    r"(?:values?|options?|range|enumeration values?|value range|values? range)(?:\*\*)?\s*(?:is|are|include|includes)?"
    r"\s*[:：]?\s*(?:\*\*)?$", re.IGNORECASE)
# one bold value, maybe with a note in brackets after it (`**x** (default)`)
_BOLD_ITEM = r"\*\*(?:(?!\*\*).)+\*\*(?:\s*\([^()]*\))?"
# `The value can be **a** or **b**.`, `- The value can be ...` (a bullet), `Alarm severity, which can be **1**
# (critical) or **2** (major).`, `There are two value options: **asc** (ascending order) and **desc** (descending).`,
# `Set it to **a** or **b**.` (an instruction whose object is the field, not `Specify either **a** or **b**.`, which
# names fields), `Can be **a** or **b**.` (the field the subject left out), and a sentence of nothing but bold
# values joined by `or` (`Mode. **a** or **b**.`)
ENUM_INLINE_INTRO = re.compile(
    rf"^(?:-\s+)?(?:currently,\s*)?(?:(?:(?:the )?value options?|(?:the |its )?(?:{ADJ} )?(?:values?|value range)|"
    r"this parameter|the parameter|"
    r"this field|the field|(?:the |this )?parameter value|"
    # `Each element can be **GET**, ... or **HEAD**.`: the values of an array's items
    r"(?:each|every) (?:element|item|entry|member)(?: of (?:the|this) (?:list|array|parameter|field))?|"
    r"it|(?:the )?options?)"
    r"(?: of this (?:parameter|field))?\s+"
    r"(?:can|must|may|should|will)?\s*(?:only\s+)?(?:be|is|are|include)\s*(?:set to\s*)?(?:either\s+(?=\*\*))?|"
    rf"(?:the |its )?(?:{ADJ} )?(?:values|options) (?:are|include)\s+(?=\*\*)|"
    rf"the following (?:values|options) are (?:supported|available|allowed|valid)\s*[:：]\s*(?=\*\*)|"
    r"[^.,:*]{1,80},\s+which\s+(?:can|must|may)\s+(?:only\s+)?be\s+|"
    r"there are (?:two|three|four|five|six|[0-9]+) (?:value )?(?:options|values)\s*|"
    r"(?:you (?:can|must|may|need to) )?(?:set|specify) (?:it|this parameter|the parameter|this field|the field|"
    r"the value|its value|the parameter value) (?:to|as)\s+(?:either\s+)?(?=\*\*)|"
    r"(?:can|must) (?:only )?be\s+(?:set to\s+)?(?:either\s+)?(?=\*\*)|"
    rf"(?={_BOLD_ITEM}(?:\s*,\s*{_BOLD_ITEM})*,?\s+or\s+{_BOLD_ITEM}\s*\.?$))"
    r"(?:(?:one|any) of(?: the following(?: values| options)?)?\s*)?[:：]?\s*(?P<rest>.*)$",
    re.IGNORECASE)
# `Examples:`, `Example values:`, `The following are examples:` on its own line or ending one (`... order. Examples:`)
EXAMPLES_INTRO = re.compile(r"^(?:.*[.;]\s+)?(?:-\s+)?(?:\*\*)?(?:(?:for )?examples?|(?:example|sample|typical|"
                            r"common|recommended) values?|the following (?:are|is) (?:an? |some )?examples?|"
                            r"examples? (?:of (?:the )?values?|are as follows))(?:\*\*)?\s*[:：]\s*$", re.I)
# `Supported values vary with the region:`, `The value depends on the engine:`: the lists under it are per variant
# `Possible values for MySQL:`, `Possible values (in cluster mode):`: one variant's list
VARIES = re.compile(r"\b(?:vary|varies|differs?|depends?) (?:with|by|on|according to)\b|\b(?:values?|options?)\s+\(?"
                    r"(?:for|in) (?!this\b|the (?:field|parameter)\b|example\b|details\b|more\b|it\b)[^:()]{1,40}\)?\s*"
                    r"[:：]$", re.I)
# around `only **a** is supported` (before|after): a scope of one variant (`For MySQL, `, `In v1, `, ` for MySQL`)
ONE_SCOPE = re.compile(r"\b(?:for|in|on|with|under|when|if)\b[^|]*,\s*\||\|\s*(?:for|in|on|with|under|when|if|by)\b"
                       r"(?!\s+(?:the\s+)?current\s+version)", re.I)
VALUE_LABEL = re.compile(
    rf"^(?:\*\*)?(?:the )?(?:{ADJ} (?:values?|options?)|values?|enumeration(?: values?)?|(?:value )?options?|"
    r"(?:value )?range)(?:\*\*)?\s*(?:are|include)?\s*[:：]\s*(.+)$",
    re.IGNORECASE)


# one value, bold or plain, maybe with a note in brackets, closed by a semicolon or a full stop
_ONE_ITEM = re.compile(r"(?:\*\*[^*]+\*\*|[\w.+:/=-]+)(?:\s*\([^()]*\))?[;.]?")
# `**0**: disabled;`: a value defined after a colon
_DEFINED = re.compile(r"\*\*[^*]+\*\*\s*[:：]\s+\S")
_ITEMS = re.compile(rf"{_ONE_ITEM.pattern}(?:\s+{_ONE_ITEM.pattern})+")


def value_sentences(split: list[str]) -> list[str]:
    """The cell's sentences, with a value label's list that semicolons cut into pieces (`Values: **a**;`, `**b**;`,
    `**c**.`) made one sentence again, joined by commas: a piece of one value after a label that ends in a semicolon
    goes on it."""
    out: list[str] = []
    for s in split:
        if out and out[-1].endswith(";") and VALUE_LABEL.match(out[-1]) and _ONE_ITEM.fullmatch(s.strip()):
            out[-1] = f"{out[-1][:-1]}, {s.strip()}"  # the semicolons read as the commas they stand for
        elif out and out[-1].endswith(";") and (m := VALUE_LABEL.match(out[-1])) and _DEFINED.match(m.group(1)) \
                and _DEFINED.match(s.strip()):
            out[-1] = f"{out[-1]} {s.strip()}"  # `Values: **0**: off; **1**: on`: the label's definitions, one list
        elif (m := VALUE_LABEL.match(s)) and _ITEMS.fullmatch(m.group(1)) and \
                all(p.endswith(";") for p in m.group(1).split()[:-1]):
            out.append(s[:m.start(1)] + m.group(1).replace("; ", ", "))  # `Value range: x; y; z`
        else:
            out.append(s)
    return out


# what makes a sentence of bold values alone (`**a** or **b**.`) not the field's whole list: a remark that more values
# exist or that values are examples, or a line before it that introduces something else (`The body contains:`)
_OPEN_REMARK = re.compile(r"\b(?:other|more|additional|further) values\b|\bsuch as\b|\be\.g\.|\bfor example\b|"
                          r"\betc\b|\band so on\b|\bexamples?\b", re.I)


def bare_values_doubtful(text: str, sentence: str) -> bool:
    """The cell's sentence of bold values alone (`sentence`) is not a list of the field's values: the cell says more
    values exist or names examples, or the sentence follows a line that ends with a colon."""
    before = text[:text.find(sentence)] if sentence in text else ""
    return bool(_OPEN_REMARK.search(text)) or before.rstrip().endswith((":", "："))


# `Possible values include but are not limited to:`, `Other values may be added later.`, `More values will be supported
# in later versions.`: the cell says its list is not all the values there are (or will be)
_MORE_VALUES_REMARK = re.compile(
    r"\bnot limited to\b|^-\s+(?:\*\*)?other values?(?:\*\*)?\s*[:：]|"
    r"\bother values (?:are|is) (?:also )?(?:accepted|allowed|supported|valid|possible)\b|"
    r"\b(?:can|may) also (?:enter|specify|set|use|be) (?:it to )?(?:a |an )?(?:custom|user-defined|self-defined)\b|"
    r"\b(?:other|more|additional|new)\s+(?:values|options|types|statuses|states|modes)\s+(?:may|will|might|can)\s+"
    r"(?:also\s+)?be\s+(?:added|supported|available|introduced|returned|provided)\b|"
    # `More engines will be supported in later versions.`, `Other **key** values will be available later.`: any
    # plural of the things listed, with a time to come
    r"\b(?:other|more|additional|new)\s+(?:\*\*[^*]+\*\*\s+)?(?:[a-z]+\s+)?[a-z]+s\s+(?:may|will|might|can)\s+"
    r"(?:also\s+)?be\s+(?:added|supported|available|introduced|provided)\s+"
    r"(?:later|soon|in (?:the )?(?:future|later|subsequent|coming|next)\b)", re.I | re.M)


def more_values_remark(text: str) -> str:
    """The remark of the cell that says more values exist than it lists, or ''."""
    m = _MORE_VALUES_REMARK.search(text)
    return m.group(0) if m else ""


# `Examples:`, or a list introduced by what something supports or offers (`The professional edition additionally
# supports:`: features of one value): no list of the field's values
EXAMPLES_OR_FEATURES_INTRO = re.compile(rf"{EXAMPLES_INTRO.pattern}|"
                                        r"^.*\b(?:additionally |also )?(?:supports|provides|offers)\s*[:：]$", re.I)


# `**GET**, **POST**, ...`, `**x**, **y**, etc.`, `... and so on`: a list that goes on, not all the values
OPEN_LIST = re.compile(r"\.\.|…|\betc\b|\band so on\b", re.I)
