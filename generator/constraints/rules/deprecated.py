"""Deprecated: `deprecated: true` from `This field is discarded`, `reserved`, `not used currently`."""

from __future__ import annotations

import re

from generator.constraints.rules.subjects import NOTE_LABEL, bold_subject
from generator.constraints.rules.text import Cell, Finding, clean_text, is_conditional, sentences

__all__ = ["rule_deprecated"]


_DEPRECATED = re.compile(
    # not `The previous version of this API has been deprecated.`
    r"\b(?:(?<!\bof )this (?:field|parameter|attribute|api)\s+(?:has been|is|was)\s+"
    r"(?:discarded|deprecated|abandoned|obsolete)|"
    # not `This value has ...`
    r"(?<!\bvalue )(?<!\bvalues )(?<!\boption )(?:has been|is) (?:discarded|deprecated|obsolete)\b|"
    r"\bis to be (?:discarded|deprecated)\b|\bis not used in the current version\b|"
    r"^(?:this|the|it)\b[\w ]{0,30}\bwill be discarded\b|"
    r"\b(?:not used (?:currently|now)|currently (?:not used|unused))\b|^not used(?: currently| now)?\.?$|"
    r"\b(?:this|the) (?:field|parameter|attribute) is (?:currently )?(?:not (?:used|in use)|unused)\b"
    r"(?!\s+(?:to|for|in|by|as|when|if|with)\b)|"
    r"\b(?:has|have) not been used\b|\bno longer (?:used|supported|valid)\b|"
    r"^(?:this is )?an? reserved (?:field|parameter|attribute|string)\b|\bthe reserved field\b|"
    r"\b(?:this|the) (?:field|parameter|attribute) is an? reserved (?:field|parameter|attribute)\b|"
    r"^\(?(?:reserved|discarded|deprecated)\)?\.?$|^reserved (?:field|parameter|attribute)\.?$|"
    # (not `reserved for users who have enabled enterprise projects`: for whom it is, not unused)
    r"\b(?:this|the) (?:field|parameter|attribute) is reserved\b(?! for (?!(?:future )?(?:use|extension|expansion)\b))|"
    r"^deprecated (?:field|parameter|attribute)\b|\bis a deprecated (?:field|parameter|attribute)\b|"
    r"\b(?:this|the) (?:field|parameter) is (?:currently )?not supported(?: (?:for|in) the current version| for now)?"
    r"\.?$|"
    # `The source disk ID. ... This function is currently not supported.`, `This function is not available in the
    # current version.`: what the field does, as a whole sentence (not `... not supported for BMSs`)
    r"^this function is (?:currently )?not (?:supported|available)(?: (?:in|for) the current version)?\.?$|"
    r"\bthis parameter is not supported currently\b|\bis not supported currently\b|\bhas not been supported\b)",
    re.I)


_TO_BE_DISCARDED = re.compile(r"^\((?:to be )?(?:discarded|deprecated)\)", re.I)  # `(To be discarded) Specifies ...`
# `Mode of the node (deprecated).`: the cell's opening phrase, marked (not `For details, see Replication Status
# (Deprecated).`, the title of a section)
_MARKED_OPENING = re.compile(r"^(?!.*\b(?:see|details|refer)\b)[^.()]{1,80}\s\((?:to be )?(?:discarded|deprecated)\)"
                             r"\.?$", re.I)
# `URL of the repository logo (not in use).`: the same, read in the raw sentence (not `Disk status: available (not in
# use)`, `Status of **available** (not in use)`: a value named, then what it means)
_UNUSED_OPENING = re.compile(r"^[^.():*]{1,80}\s\((?:not in use|(?:currently )?(?:not used|unused))\)\.?$", re.I)

# `- **DEPRECATED**: The version is deprecated ...`, `- **local**: ..., which has not been supported.`: what one listed
# value means, not the field (a bold value before a colon)
_VALUE_BULLET = re.compile(r"^\s*(?:-\s+)?\*\*[^*]+\*\*\s*:")
# a statement whose verb comes first in the match (`is deprecated`, `is no longer used`, `has not been used`): its
# subject is before it, and says whether it is this field (`This parameter has been discarded.`, `..., which is
# discarded.`, `The **shareable** parameter is discarded.` in the cell of `shareable`) or another thing (`The v1 API is
# deprecated, use v2.`, `The **legacy** mode is no longer supported.`, `Flavor s1 is deprecated.`)
_VERB_FIRST = re.compile(r"^(?:has|have|is|are|was|were|no longer|not used|currently (?:not used|unused))\b",
                         re.I)
_SUBJECT_TAIL = re.compile(r"(?:\s+(?:is|are|was|were|has|have|been|currently|now|also))+\s*$", re.I)
_OWN_SUBJECT = re.compile(r"^(?:(?:therefore|currently|now|however|so|and|but|thus)\s+)*"
                          r"(?:which|it|this|(?:this|the) (?:(?P<name>[\w.-]+) )?"
                          r"(?:field|parameter|attribute|api|function|property))?$", re.I)
# `This parameter is no longer used when **mode** is **auto**.`, `This field is reserved for the system if ...`: a case
_LATER_CASE = re.compile(r"\b(?:when|if|unless|once)\b", re.I)


def _own_subject(clean: str, start: int, name: str) -> bool:
    """The subject of a deprecation whose verb opens the match at `start` of the sentence `clean` is this field."""
    # (`The **/v1/cloudvolumes** API, which also accepts this parameter, is deprecated.`: the phrase the commas close)
    before = _SUBJECT_TAIL.sub("", clean[:start]).rstrip(" ,")
    subject = re.split(r"[.;:(),]", before)[-1].strip()
    m = _OWN_SUBJECT.match(subject)
    if m is not None and subject.lower() == "which":  # `..., which is deprecated`: of the phrase before the comma
        phrase = re.split(r"[.;:()]", before)[-1]
        return not re.search(r"\b(?:replaces?|replaced|instead of|use|uses)\b", phrase, re.I)
    return m is not None and (m.group("name") is None or m.group("name") == name)


def rule_deprecated(cell: Cell) -> list[Finding]:
    for i, s in enumerate(sentences(cell.text)):
        clean = NOTE_LABEL.sub("", clean_text(s))  # `Note: This parameter will be discarded ...`
        m = _DEPRECATED.search(clean)
        if not (m or _TO_BE_DISCARDED.match(clean) or
                (i == 0 and (_MARKED_OPENING.match(clean) or _UNUSED_OPENING.match(s.strip())))):
            continue
        if _VALUE_BULLET.match(s) or is_conditional(s) or bold_subject(s) not in ("", cell.name):
            # `When **type** is set to **scaling_Policy**, this parameter is reserved, ...`: one case's; `**TRACE**,
            continue  # which older agent versions used, is deprecated`: a value's, not the field's
        if m and _VERB_FIRST.match(m.group(0)) and not _own_subject(clean, m.start(), cell.name):
            continue
        if m and _LATER_CASE.search(clean[m.end():]):
            continue
        return [Finding("deprecated", True, s)]
    return []
