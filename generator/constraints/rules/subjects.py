"""What a sentence opens with, before its subject or as it: an admonition's label (`Note:`), or a field named in bold
(`**period** can range from 1 to 3600 seconds`, `Note: **subnet_id** is the network ID ...`), and the singular of a
subject's noun. Shared by the rules that ask whether a sentence is about this field."""

from __future__ import annotations

import re

from generator.constraints.rules.text import BOLD, Cell, clean_text

__all__ = [
    "NOTE_LABEL", "bold_subject", "bold_subjects", "names_a_sibling", "opens_with_a_count", "sibling_subject",
    "siblings_are_the_subject", "singular",
]


# `Note: ...`, `NOTICE: ...`, `**Note**: ...`: an admonition's label, no part of the sentence
NOTE_LABEL = re.compile(r"^(?:-\s+)?(?P<bold>\*\*)?(?:notes?|notice|remarks?|caution|important)"
                        r"(?(bold)(?:\s*[:：]\s*\*\*|\*\*\s*[:：])|\s*[:：])\s*", re.I)
# `**a**`, `the **a**`, `**a**, **b** and **c**`, `**a** or **b**`: names in bold the sentence opens with
_BOLD_LIST = re.compile(r"^(?:-\s+)?(?:(?:the )?\*\*[^*]+\*\*(?:,\s*| and | or ))*(?:the )?\*\*[^*]+\*\*", re.I)
# `Number of retries.`, `Maximum number of ...`, `Quantity of ...`, `The backup count.`: the text names a count
_COUNT = re.compile(r"^\s*(?:specifies |indicates )?(?:the )?(?:total |maximum |minimum |max\.? |min\.? )?"
                    r"(?:number|quantity|count) of\b|"
                    r"^\s*(?:specifies |indicates )?(?:the )?(?:[\w-]+ ){1,3}(?:count|quantity)\s*(?:\.|$)", re.I)


def bold_subjects(sentence: str) -> tuple[list[str], str]:
    """The names or values in bold the sentence opens with (after a note's label), one or a list (`**a**, **b** and
    **c**`), and the rest of the sentence; no names when it opens otherwise."""
    text = NOTE_LABEL.sub("", sentence.strip())
    m = _BOLD_LIST.match(text)
    return (re.findall(r"\*\*([^*]+)\*\*", m[0]), text[m.end():]) if m else ([], text)


def bold_subject(sentence: str) -> str:
    """The name or value in bold the sentence opens with (after a note's label), or an empty string."""
    names, _ = bold_subjects(sentence)
    return names[0] if names else ""


def siblings_are_the_subject(sentence: str, cell: Cell) -> bool:
    """The sentence opens with other fields of the table and says what they are (`**begin_time** and **end_time** are
    UNIX timestamps in milliseconds.`): what it states is theirs."""
    names, rest = bold_subjects(sentence)
    return bool(names) and re.match(r"\s*(?:is|are)\b", rest, re.I) is not None and cell.name not in names and \
        set(names) <= set(cell.siblings)


def opens_with_a_count(text: str) -> bool:
    """The text opens by naming a count of something (`Number of retries.`, `The backup count.`): its value is a
    number of things, not an amount in a unit, and its special values (`0`, `-1`) are explained, not listed."""
    return _COUNT.match(clean_text(text)) is not None


def names_a_sibling(text: str, cell: Cell) -> bool:
    """Another field of the table is named in bold anywhere in `text` (`Values of **vpc_channel_status**:`, `Note
    that the topic **name** cannot be ...`)."""
    return any(b.strip() != cell.name and b.strip() in cell.siblings for b in BOLD.findall(text))


def sibling_subject(sentence: str, cell: Cell) -> str:
    """The sibling field the sentence opens with, named in bold, or an empty string."""
    named = bold_subject(sentence)
    return named if named and named != cell.name and named in cell.siblings else ""


def singular(word: str) -> str:
    """The singular of a lower-case noun (`keys` -> `key`, `policies` -> `policy`); a word that is one already stays."""
    if word.endswith(("us", "ss", "is")):
        return word  # `status`, `access`, `axis`: singular already
    for plural, one in (("ies", "y"), ("ses", "s"), ("xes", "x"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[:-len(plural)] + one
    return word
