"""The items of an allowed-characters list (`letters, digits, "-", and "_"`, `a-z, A-Z, 0-9`, `equal signs`, `the
special characters -_.`) as regex class parts, and the items no class or symbol the rule reads names."""

from __future__ import annotations

import re

from generator.constraints.rules.charset import CHARSETS, SYMBOLS, class_part
from generator.constraints.rules.pattern_cues import UNICODE_RANGE, WIDE_LETTERS
from generator.constraints.rules.pattern_pairs import named_char
from generator.constraints.rules.text import list_items

__all__ = ["listed_specials", "named_parts", "unread_items"]


_LISTED_AFTER_COLON = re.compile(r"(?:special|following) (?:characters?|symbols?)\b[^:：.]*[:：]\s*"
                                 # `-_.`, `- _ .`: listed together or spaced
                                 r"([^\sA-Za-z0-9]+(?:[ \t][^\sA-Za-z0-9](?=[\s.]|$))*)|"
                                 # `and the special characters -_.`: listed bare after their name
                                 r"\bspecial characters?\s+([^\sA-Za-z0-9()'\"“`]+)(?=\s|$)", re.I)
_LISTED_IN_CODE = re.compile(r"special characters?\s*(?:\(\s*)?`+([^`]+)`+", re.I)


def listed_specials(raw: str, allowed: str) -> str:
    """The special characters an allowed-characters sentence lists: after a colon (`these special characters are
    allowed: -_./:()`) or in a code span (`special characters ``(-_./():).```), every character of the list."""
    m = _LISTED_IN_CODE.search(raw) or _LISTED_AFTER_COLON.search(allowed)
    # a bare list ends at the sentence's full stop (`and the special characters -_.`)
    if m is None:
        return ""
    listed = m.group(1)
    if listed is None:  # listed bare: a full stop that ends the sentence ends the list
        listed = m.group(2) if m.string[m.end():].strip() else re.sub(r"(?<=.)\.$", "", m.group(2))
    return "".join(dict.fromkeys(listed.strip().replace(" ", "").replace("\t", "")))


# `"-"`, `'_'`, `the characters '-'`: one symbol, perhaps quoted, perhaps after the word for it
_LONE_SYMBOL = re.compile(r"^(?:and |or )?(?:the (?:special )?characters? )?"
                          r"([\"“'])?([^A-Za-z0-9\s()\"“”'`]{1,3})(?(1)[\"”'])\.?$")


_RANGE_ITEM = re.compile(r"(?:^|[\s:：])\[?(A-Z|a-z|0-9)\]?\.?$")  # `a-z`, `[a-z]`


def named_parts(s: str, clean: str, after: str, from_only: str) -> list[str]:
    """The regex class parts of the characters `after` names: classes, symbols, listed specials, Unicode ranges."""
    parts = [cls for rx, cls in CHARSETS if rx.search(after)]
    for sym in SYMBOLS.findall(after):
        for ch in sym:
            if ch not in "-_." and re.escape(ch) not in parts:
                parts.append(re.escape(ch))
            elif ch == "-" and "\\-" not in parts:
                parts.append("\\-")
            elif ch in "_." and ch not in parts:
                parts.append(ch)
    for ch in listed_specials(s, from_only) or listed_specials("", after):
        if (part := class_part(ch)) not in parts:
            parts.append(part)
    # `letters, digits, "-", and "_" are allowed`: the verb after the list is no part of its last item
    listed = re.sub(r"\s+(?:are|is)\s+(?:also\s+)?(?:allowed|supported|permitted|accepted|valid)\b.*$", "", after,
                    flags=re.I | re.S)
    for item in list_items(listed):  # `letters, digits, "-", and "_"`, ``-``, `- and _`: a symbol alone, no name
        if m := _LONE_SYMBOL.match(item):
            for ch in m.group(2) if len(m.group(2)) == 1 else m.group(2).rstrip("."):
                if (part := class_part(ch)) not in parts:
                    parts.append(part)
        elif m := _RANGE_ITEM.search(item):  # `A-Z, a-z, 0-9`: a range written as the item
            parts += [m.group(1)] if m.group(1) not in parts else []
        elif not any(rx.search(item) for rx, _ in CHARSETS) and (named := named_char(item)):
            # `equal signs`, `asterisks`, `tildes`: a symbol named, not shown
            parts += [p for p in (class_part(ch) for ch in named) if p not in parts]
    if unread_items(listed):
        return []  # `letters, digits, and brackets`: an item the rule cannot read would be refused
    for lo, hi in UNICODE_RANGE.findall(s):
        parts.append(f"\\u{lo.lower()}-\\u{hi.lower()}")
    if re.search(r"special characters?,? but only", clean, re.I):
        parts += ["A-Za-z", "0-9"]
    return parts


# an item that names a kind of character as the lists do: a plural noun of up to three words (`brackets`, `number
# signs`), not the next clause of the sentence (`and cannot exceed 64 characters`, `for example`)
_NAMING_ITEM = re.compile(r"^(?:and |or )?(?:the )?(?:[a-z-]+ ){0,2}[a-z-]+s(?:\s*\([^()]*\))?\.?$", re.I)
_NOT_A_NAME = re.compile(r"\b(?:can|cannot|must|may|should|is|are|be|not|characters?|others?|etc|example|types?|"
                         r"combinations?|cases?)\b", re.I)


def unread_items(listed: str) -> list[str]:
    """The items after the first of an allowed-characters list that name no class or symbol the rule reads."""
    out = []
    for item in list_items(re.split(r"[.;]\s|[.;]$", listed.strip())[0])[1:]:
        if any(rx.search(item) for rx, _ in CHARSETS) or SYMBOLS.search(item) or _LONE_SYMBOL.match(item) or \
                _RANGE_ITEM.search(item) or \
                named_char(item) or WIDE_LETTERS.search(item) or not _NAMING_ITEM.match(item) or \
                _NOT_A_NAME.search(item):
            continue
        out.append(item)
    return out
