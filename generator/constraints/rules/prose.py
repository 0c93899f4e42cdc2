"""Around the rules: CCE-style labelled blocks and literal or quoted values normalised into the phrasings the rules
read, and the test for a sentence that reads like a constraint (one no rule understood is reported by the engine)."""

from __future__ import annotations

import re

from generator.constraints.rules.enum_sentences import values_as_bold
from generator.constraints.rules.text import NUM, clean_text

__all__ = ["looks_like_constraint", "normalise_labelled"]


_CONSTRAINT_LIKE = re.compile(
    r"\b(must|cannot|can't|only|at least|at most|up to|maximum|minimum|range|ranging|between|characters?|"
    r"default|format|mandatory|required|valid values?|value can|values?:|enumerat|not allowed|case-sensitive|"
    r"discarded|deprecated|reserved|unit is|length|fixed)\b", re.I)
_NOT_CONSTRAINT = re.compile(r"^(for details, see|see |for details about|to obtain|for example)", re.I)


_LABEL_LINE = re.compile(r"^(?:\*\*)?(Definition|Details|Constraints?|Range|Value Range|Default Value|Default|Remarks?|"
                         r"Example|Options?|Unit)(?:\*\*)?\s*[:：]?\s*(?:\*\*)?$", re.I)
# `requester`, `AES256`, `false or true`, `true|false`, `Linux or Windows`: a value, or values joined by `or`, commas,
# bars or slashes, written plainly (what they are, the enum rule judges)
_PLAIN_RANGE = re.compile(r"`?[A-Za-z0-9][\w.+:/=-]*`?(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s*\|\s*)"
                          r"`?[A-Za-z0-9][\w.+:/=-]*`?)*\.?")
_NA = re.compile(r"^(?:n/a|none|-|/|null|not involved|not applicable)\.?$", re.I)


def normalise_labelled(text: str) -> str:
    """CCE-style labelled blocks (`**Definition**`, `**Constraints**`, `**Range**`, `**Default Value**`, each on a
    line of its own) become the phrasings the rules read: `Range:` / `Default value:`; `N/A` blocks say nothing. Values
    written as literals or quoted (`x`, ``x``, a list of "x" words, a bullet opening with "x") are bold first, as every
    rule reads values (`The value cannot be `default`.`, `mandatory when `type` is `A``)."""
    text = values_as_bold(text)
    if "**" not in text or not any(_LABEL_LINE.match(ln.strip()) for ln in text.split("\n")):
        return text
    blocks = re.split(r"\n\s*\n", text)
    out: list[str] = []
    label = ""
    values_at: int | None = None  # where this block's `Value:` line is: more bold values join it
    for at, block in enumerate(blocks):
        if block[:1].isspace() and block.strip() and out and label in ("range", "value range", "options", "option"):
            # `- **true**: Check the request.` then, indented after a blank line, the bullets of that item: they go on
            # the item (a list of their own would cut the values' list after its first item)
            out[-1] = f"{out[-1]}\n\n{block.rstrip()}"
            continue
        stripped = block.strip()
        m = _LABEL_LINE.match(stripped)
        if m:
            label, values_at = m.group(1).lower(), None
            continue
        if _NA.match(stripped):
            continue
        if label in ("range", "value range", "options", "option") and not out[-1:] == ["Range:"]:
            if stripped.startswith("- "):
                out.append("Range:")
            elif re.fullmatch(rf"(?:\*\*)?(?:{NUM})(?:\*\*)?\s*(?:-|–|~|to)\s*(?:\*\*)?(?:{NUM})(?:\*\*)?\.?",
                              stripped) or re.fullmatch(rf"\[\s*(?:{NUM})\s*,\s*(?:{NUM})\s*\]\.?", stripped):
                stripped = "Value range: " + stripped
            elif re.fullmatch(r"(?:\*\*[^*\s]+\*\*(?:,?\s+(?:and|or)\s+|,\s*|\s*(?=\.?$)))+\.?", stripped):
                if values_at is not None:  # `**online**` and `**offline**` in two paragraphs: one list
                    out[values_at] = f"{out[values_at].rstrip('.')}, {stripped}"
                    continue
                stripped, values_at = "Value: " + stripped, len(out)
            elif _PLAIN_RANGE.fullmatch(stripped) and (at + 1 == len(blocks)
                                                       or _LABEL_LINE.match(blocks[at + 1].strip())):
                out.append("Range:")  # `requester`, `false or true` alone in the block: the enum rule reads it there
        elif label == "unit" and re.fullmatch(r"(?:\*\*)?[A-Za-z/]+(?:\*\*)?\.?", stripped):
            stripped = f"Unit: {stripped.rstrip('.')}."  # `**Unit**` then `day` in a paragraph of its own
        elif label in ("default value", "default"):
            value = stripped.rstrip(".")
            if re.fullmatch(r"(?:\*\*)?[^\s*]+(?:\*\*)?", value):
                stripped = f"Default value: {value}."
        out.append(stripped)
        if label in ("range", "value range", "options", "option") and stripped == "Range:":
            continue
    return "\n\n".join(out)


def looks_like_constraint(sentence: str) -> bool:
    clean = clean_text(sentence)
    return bool(_CONSTRAINT_LIKE.search(clean)) and not _NOT_CONSTRAINT.match(clean)
