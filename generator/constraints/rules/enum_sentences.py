"""Enumeration: the sentences that state the values inline (`Only **X** is supported.`, `The value is fixed at **v**.`,
`The value can be pending, available, or failed.`) or one value of the field (`The tracker name is **system**.`)."""

from __future__ import annotations

import re

from generator.constraints.rules.enum_lists import plain_list
from generator.constraints.rules.text import Cell, clean_text, sentences, words

__all__ = ["FILL", "FIXED", "NULLISH", "ONLY", "ONLY_AFTER", "ONLY_PLAIN", "ONLY_SEVERAL", "SINGLE", "head_noun_intro",
           "named_single", "plain_values"]


ONLY = re.compile(r"\bonly\s+(?:the\s+)?(?:value\s+)?\*\*((?:(?!\*\*).)+)\*\*\s+(?:is|are)\s+"
                   r"(?:supported|allowed|available|valid)",
                   re.IGNORECASE)
# `Only SMN is supported.`, `Currently, only COMPLIANCE (compliance mode) is supported.`: one value in plain capitals
# (not `Only UUID is supported.`: a format; not `Only SSDs are supported.`: a kind of thing)
ONLY_PLAIN = re.compile(r"^(?:-\s+)?(?:[Cc]urrently,\s*)?(?:[Oo]nly)\s+"
                        r"(?!(?:UUID|URL|URI|IP|IPV[46]|JSON|XML|ASCII|CIDR)\b)"
                        r"([A-Z][A-Z0-9_]*[A-Z0-9])(?:\s*\([^()]*\))?\s+(?:is|are)\s+(?:supported|allowed|available)"
                        r"(?:\s+(?:currently|now))?\s*\.?$")
# `Currently, only **evs** (EVS volumes) and **local** (local volumes) are supported.`, `Only **windows** and **linux**
# are supported currently.`: the sentence opens with the values it allows (not `For X, only ...`: one variant's)
ONLY_SEVERAL = re.compile(r"^(?:currently,\s*)?only\s+(?:the\s+)?(?P<values>\*\*[^*]+\*\*(?:\s*\([^()]*\))?"
                           r"(?:(?:,\s*|,?\s+(?:and|or)\s+)\*\*[^*]+\*\*(?:\s*\([^()]*\))?)+)\s+(?:are|is)\s+"
                           r"(?:supported|allowed|available|valid)(?:\s+(?:currently|now))?\s*\.?$", re.I)
# a value list closed by `only`/`now`/`currently` (not `only when ...`: a condition)
ONLY_AFTER = re.compile(r"(?<=\*\*)\s+(?:only|now|currently)(?=\s*(?:[.,]|$))", re.I)
SINGLE = re.compile(r"^(?:the|its) (?:correct |only |parameter )?value(?: of this (?:parameter|field))? "
                     r"(?:is|must be|can only be)\s+"
                     r"\*\*((?:(?!\*\*).)+)\*\*\s*(?:[.,]|$)(?![^.]*\bby default\b)(?!\s*(?:or\s+)?\*\*)", re.I)
FILL = re.compile(r"^(?:fill|enter|set)\s+\*\*((?:(?!\*\*).)+)\*\*\s+(?:in|for|as)\s+this (?:field|parameter)", re.I)
NULLISH = {"null", "none", "nil", "empty"}
# `Backup type, which is **backup**.`: the cell's opening phrase and its one value
_WHICH_IS = re.compile(r"^[^.,:*]{1,80},\s+which is\s+\*\*((?:(?!\*\*).)+)\*\*\s*\.?$", re.I)


# `The value can be pending, available, or failed.`: the value (not `it`, a parameter: `It can be modified or
# deleted.`) and words of code in plain text, the whole rest of the sentence
_PLAIN_VALUES = re.compile(r"^(?:the |its )?value (?:can|must) (?:only )?be (?:set to )?(?:one of\s+)?(?P<rest>[^*`]+?)"
                           r"\.?$", re.I)


def plain_values(flat: str) -> list[str]:
    m = _PLAIN_VALUES.match(flat)
    listed = plain_list(m.group("rest")) if m else []
    return [] if any(v.lower() in NULLISH | {"blank", "any", "used"} for v in listed) else listed


_IS_BOLD = re.compile(r"\s+is\s+\*\*", re.I)


def named_single(flat: str, cell: Cell) -> re.Match[str] | None:
    """`The tracker name is **system**.` on `tracker_name`: the field, named in words, and its one value."""
    spelled = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", cell.name).replace("_", " ").replace("-", " ").strip()
    if not spelled or not re.fullmatch(r"[A-Za-z0-9 ]+", spelled):
        return None
    if not _IS_BOLD.search(flat):  # a piece of the pattern below: compiling that one per field name costs more
        return _WHICH_IS.match(flat)
    named = re.match(rf"^(?:the\s+)?{re.escape(spelled)}\s+is\s+\*\*((?:(?!\*\*).)+)\*\*\s*\.?$", flat, re.I)
    return named or _WHICH_IS.match(flat)


FIXED = re.compile(r"^(?:the value|its value|value|it|this (?:parameter|field)|the (?:parameter|field))\s+"
                    r"(?:is|are)\s+fixed(?: at| to| as)?\s+\*\*((?:(?!\*\*).)+)\*\*", re.IGNORECASE)


# `Keyword for sorting. The keyword can be **id** or **name**.`: the noun the cell opens with, as the subject
_HEAD_NOUN_INTRO = re.compile(r"^the (?P<noun>[a-z]+(?: [a-z]+)?) can (?:only )?be\s+(?P<rest>\*\*.*)$", re.I)


def head_noun_intro(flat: str, own: str) -> re.Match[str] | None:
    """`The keyword can be **a** or **b**.` where the cell opens with a short noun phrase naming that noun (`Keyword
    for sorting.`, `Docker protocol version.`): the property itself, named by what it is."""
    m = _HEAD_NOUN_INTRO.match(flat)
    if m is None:
        return None
    opening = sentences(own)[0] if own.strip() else ""
    phrase = clean_text(opening).rstrip(".")
    if opening == flat or len(phrase.split()) > 6 or re.search(r"\b(?:is|are|can|must|of the|which)\b", phrase, re.I):
        return None
    return m if words(m.group("noun")) <= words(phrase) else None
