"""What a sentence opens with, before its subject or as it: an admonition's label (`Note:`), or a field named in bold
(`**period** can range from 1 to 3600 seconds`, `Note: **subnet_id** is the network ID ...`). Shared by the rules that
ask whether a sentence is about this field."""

from __future__ import annotations

import re

from generator.constraints.rules.text import BOLD, Cell

__all__ = ["NOTE_LABEL", "bold_subject", "names_a_sibling", "sibling_subject"]


# `Note: ...`, `NOTICE: ...`, `**Note**: ...`: an admonition's label, no part of the sentence
NOTE_LABEL = re.compile(r"^(?:-\s+)?(?P<bold>\*\*)?(?:notes?|notice|remarks?|caution|important)"
                        r"(?(bold)(?:\s*[:：]\s*\*\*|\*\*\s*[:：])|\s*[:：])\s*", re.I)
_BOLD_FIRST = re.compile(r"^(?:-\s+)?(?:the )?\*\*([^*]+)\*\*", re.I)


def bold_subject(sentence: str) -> str:
    """The name or value in bold the sentence opens with (after a note's label), or an empty string."""
    m = _BOLD_FIRST.match(NOTE_LABEL.sub("", sentence.strip()))
    return m[1] if m else ""


def names_a_sibling(text: str, cell: Cell) -> bool:
    """Another field of the table is named in bold anywhere in `text` (`Values of **vpc_channel_status**:`, `Note
    that the topic **name** cannot be ...`)."""
    return any(b.strip() != cell.name and b.strip() in cell.siblings for b in BOLD.findall(text))


def sibling_subject(sentence: str, cell: Cell) -> str:
    """The sibling field the sentence opens with, named in bold, or an empty string."""
    named = bold_subject(sentence)
    return named if named and named != cell.name and named in cell.siblings else ""
