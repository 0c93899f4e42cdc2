"""Deprecated: `deprecated: true` from `This field is discarded`, `reserved`, `not used currently`."""

from __future__ import annotations

import re

from generator.constraints.rules.text import Cell, Finding, clean_text, is_conditional, sentences

__all__ = ["rule_deprecated"]


_DEPRECATED = re.compile(
    r"\b(?:this (?:field|parameter|attribute|api)\s+(?:has been|is|was)\s+(?:discarded|deprecated|abandoned|obsolete)|"
    r"(?<!\bvalue )(?<!\bvalues )(?<!\boption )(?:has been|is) (?:discarded|deprecated)\b|"  # not `This value has ...`
    r"\bis to be discarded\b|\bis not used in the current version\b|"
    r"^(?:this|the|it)\b[\w ]{0,30}\bwill be discarded\b|"
    r"\b(?:not used currently|currently not used)\b|"
    r"\b(?:this|the) (?:field|parameter|attribute) is not used\b(?!\s+(?:to|for|in|by|as|when|if|with)\b)|"
    r"\b(?:has|have) not been used\b|\bno longer (?:used|supported|valid)\b|"
    r"^(?:this is )?an? reserved (?:field|parameter|attribute|string)\b|\bthe reserved field\b|"
    r"^\(?(?:reserved|discarded|deprecated)\)?\.?$|^reserved (?:field|parameter|attribute)\.?$|"
    r"\b(?:this|the) (?:field|parameter|attribute) is reserved\b|"
    r"^deprecated (?:field|parameter|attribute)\b|\bis a deprecated (?:field|parameter|attribute)\b|"
    r"\b(?:this|the) (?:field|parameter) is (?:currently )?not supported(?: (?:for|in) the current version| for now)?"
    r"\.?$|"
    # `The source disk ID. ... This function is currently not supported.`, `This function is not available in the
    # current version.`: what the field does, as a whole sentence (not `... not supported for BMSs`)
    r"^this function is (?:currently )?not (?:supported|available)(?: (?:in|for) the current version)?\.?$|"
    r"\bthis parameter is not supported currently\b|\bis not supported currently\b|\bhas not been supported\b)",
    re.I)


_TO_BE_DISCARDED = re.compile(r"^\((?:to be )?(?:discarded|deprecated)\)", re.I)  # `(To be discarded) Specifies ...`

# `- **DEPRECATED**: The version is deprecated ...`, `- **local**: ..., which has not been supported.`: what one listed
# value means, not the field (a bold value before a colon)
_VALUE_BULLET = re.compile(r"^\s*(?:-\s+)?\*\*[^*]+\*\*\s*:")
# the subject of a bare `is discarded` that is not this field: `The **shareable** parameter is discarded.` in the cell
# of `multiattach`, `this method of creation has been discarded`
_OTHER_SUBJECT = re.compile(r"\b(?:the|this|that) (?:\*\*(?P<name>[^*]+)\*\* (?:parameter|field|attribute)|"
                            r"(?!(?:field|parameter|attribute|api)\b)[a-z]+(?: of [a-z ]+?)?) (?:has been|is) "
                            r"(?:discarded|deprecated)\b", re.I)


def rule_deprecated(cell: Cell) -> list[Finding]:
    for s in sentences(cell.text):
        clean = clean_text(s)
        if not (_DEPRECATED.search(clean) or _TO_BE_DISCARDED.match(clean)):
            continue
        if _VALUE_BULLET.match(s) or is_conditional(s):
            continue  # `When **type** is set to **scaling_Policy**, this parameter is reserved, ...`: one case's
        if (other := _OTHER_SUBJECT.search(s)) and other.group("name") != cell.name:
            continue
        return [Finding("deprecated", True, s)]
    return []
