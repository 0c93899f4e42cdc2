"""Deprecated: `deprecated: true` from `This field is discarded`, `reserved`, `not used currently`."""

from __future__ import annotations

import re

from generator.constraints.rules.text import Cell, Finding, clean_text, sentences

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
    r"^\(?reserved\)?\.?$|^reserved (?:field|parameter|attribute)\.?$|"
    r"\b(?:this|the) (?:field|parameter|attribute) is reserved\b|"
    r"^deprecated (?:field|parameter|attribute)\b|\bis a deprecated (?:field|parameter|attribute)\b|"
    r"\b(?:this|the) (?:field|parameter) is (?:currently )?not supported(?: (?:for|in) the current version| for now)?"
    r"\.?$|"
    r"\bthis parameter is not supported currently\b|\bis not supported currently\b|\bhas not been supported\b)",
    re.I)


_TO_BE_DISCARDED = re.compile(r"^\((?:to be )?(?:discarded|deprecated)\)", re.I)  # `(To be discarded) Specifies ...`


def rule_deprecated(cell: Cell) -> list[Finding]:
    for s in sentences(cell.text):
        if _DEPRECATED.search(clean_text(s)) or _TO_BE_DISCARDED.match(clean_text(s)):
            return [Finding("deprecated", True, s)]
    return []
