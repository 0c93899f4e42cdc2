"""Deprecated: `deprecated: true` from `This field is discarded`, `reserved`, `not used currently`."""

from __future__ import annotations

import re

from generator.constraints.rules.text import Cell, Finding, clean_text, sentences

__all__ = ["rule_deprecated"]


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
        if _DEPRECATED.search(clean_text(s)):
            return [Finding("deprecated", True, s)]
    return []
