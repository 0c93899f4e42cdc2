"""The pairs and runs of characters a charset sentence excludes (`Periods, underscores, and hyphens cannot be placed
next to each other.`, `cannot contain consecutive hyphens`, `A maximum of two consecutive underscores are allowed.`),
and the characters a sentence forbids by their names alone (`cannot contain commas or semicolons`)."""

from __future__ import annotations

import re

__all__ = ["named_char", "named_forbidden", "not_adjacent", "without_doubled"]


# `Periods, underscores, and hyphens cannot be placed next to each other.`, `Periods and hyphens cannot be adjacent.`:
# no two different ones of them side by side
_NOT_ADJACENT = re.compile(r"^(?:-\s+)?([a-z ,()._/-]+?)\s+(?:cannot|can't|must not|may not) be (?:placed )?"
                           r"(?:(?:next to|adjacent to) each other|adjacent)\b", re.I)
# `Cannot contain a period (.) and a hyphen (-) adjacent to each other`
_PAIR_NOT_ADJACENT = re.compile(r"\b(?:cannot|can't|must not|may not) contain an? [a-z ]+?\s*\((\S)\) and an? "
                                r"[a-z ]+?\s*\((\S)\) (?:adjacent to|next to) each other\b", re.I)
# `Cannot contain two consecutive periods (..)`
_NOT_DOUBLED = re.compile(r"\b(?:cannot|can't|must not|may not) contain (?:two )?consecutive [a-z ]+?\s*\((\S)\1?\)",
                          re.I)
_ITEMS = r"([a-z ]+?(?:\s*\(\S{1,2}\))?(?:(?:,\s*|,?\s+(?:or|and)\s+)[a-z ]+?(?:\s*\(\S{1,2}\))?)*)"
# `cannot contain consecutive hyphens`, `cannot contain consecutive periods (.) or hyphens (-)`: each doubled
_NOT_DOUBLED_LIST = re.compile(r"\b(?:cannot|can't|must not|may not) contain (?:two |any )?consecutive " + _ITEMS +
                               r"(?=\s*(?:[.;,]|$|and\b|but\b))", re.I)
# `Consecutive periods are not allowed.`, `Two consecutive hyphens (--) are not allowed.`: the sentence's subject
_DOUBLED_NOT_ALLOWED = re.compile(r"^(?:-\s+)?(?:two |any )?consecutive " + _ITEMS +
                                  r"\s+(?:are|is) not (?:allowed|supported|permitted)\b", re.I)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# `A maximum of two consecutive underscores are allowed.`, `cannot contain more than two consecutive hyphens (-)`:
# one more in a row is refused
_AT_MOST_RUN = re.compile(r"(?:^(?:-\s+)?(?:a maximum of|at most|up to) (one|two|three|four|[1-4]) consecutive "
                          r"([a-z ]+?(?:\s*\(\S{1,2}\))?)\s+(?:is|are|can be) (?:allowed|supported|permitted)\b|"
                          r"\b(?:cannot|can't|must not|may not) contain more than (one|two|three|four|[1-4]) "
                          r"consecutive ([a-z ]+?(?:\s*\(\S{1,2}\))?)(?=\s*(?:[.;,]|$|and\b|but\b)))", re.I)
# between the items of a list of characters: `periods (.), hyphens (-), or underscores (_)`, `commas and semicolons`
_ITEM_SEPARATOR = re.compile(r",\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+")
_ADJACENT_WORDS = {"periods": ".", "dots": ".", "underscores": "_", "hyphens": "-", "slashes": "/", "spaces": " ",
                   "colons": ":", "at signs": "@", "plus signs": "+"}


def not_adjacent(clean: str) -> list[str]:
    """The pairs (or longer runs) of characters a sentence says cannot stand side by side (each pair in both
    orders)."""
    if m := _NOT_ADJACENT.match(clean):
        chars = []
        for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1).strip()):
            item = re.sub(r"\s*\(\S\)$", "", item.strip().lower())
            if item not in _ADJACENT_WORDS:
                return []
            chars.append(_ADJACENT_WORDS[item])
        return [a + b for a in chars for b in chars if a != b] if len(chars) >= 2 else []
    if m := _PAIR_NOT_ADJACENT.search(clean):
        a, b = m.group(1), m.group(2)
        return [a + b, b + a] if a != b else [a + a]
    if m := _NOT_DOUBLED_LIST.search(clean) or _DOUBLED_NOT_ALLOWED.match(clean):
        chars = [_doubled_char(item) for item in _ITEM_SEPARATOR.split(m.group(1))]
        if all(chars):
            return [c * 2 for c in dict.fromkeys(chars)]
    if m := _NOT_DOUBLED.search(clean):
        return [m.group(1) * 2]
    if (m := _AT_MOST_RUN.search(clean)) and (ch := _doubled_char(m.group(2) or m.group(4))):
        return [ch * (_NUMBERS[(m.group(1) or m.group(3)).lower()] + 1)]
    return []


def _doubled_char(item: str) -> str:
    """`periods (.)`, `periods (..)`, `hyphens` -> the character; '' when the item names none."""
    if m := re.fullmatch(r"[a-z ]+?\s*\((\S)\1?\)", item.strip(), re.I):
        return m.group(1)
    return _ADJACENT_WORDS.get(item.strip().lower(), "")


def without_doubled(clean: str) -> str:
    """The sentence without its clause on consecutive characters (`, and cannot contain consecutive hyphens`): the
    clause excludes pairs, not characters, so the characters the sentence allows stay allowed."""
    return _NOT_DOUBLED_LIST.sub("", clean) if not_adjacent(clean) else clean


# the characters a sentence may name without showing them (`cannot contain commas or semicolons`)
_NAMED_CHARS = {**_ADJACENT_WORDS, "commas": ",", "semicolons": ";", "asterisks": "*", "question marks": "?",
                "backslashes": "\\", "ampersands": "&", "vertical bars": "|", "pipes": "|", "equal signs": "=",
                "equals signs": "=", "number signs": "#", "pound signs": "#", "percent signs": "%",
                "dollar signs": "$", "exclamation marks": "!", "tildes": "~", "carets": "^", "apostrophes": "'",
                "single quotation marks": "'", "double quotation marks": '"', "angle brackets": "<>",
                "square brackets": "[]", "curly brackets": "{}", "braces": "{}", "parentheses": "()",
                "tabs": "\t", "line breaks": "\n\r", "newlines": "\n\r", "carriage returns": "\r",
                "underlines": "_", "hash signs": "#", "at symbols": "@", "whitespaces": " ", "full stops": ".",
                "plus symbols": "+", "equal symbols": "=", "dollar symbols": "$", "percent symbols": "%"}
# `cannot contain commas or semicolons`, `Commas, semicolons, and spaces are not allowed.`: every item is a named
# character, none shown (a shown one is forbidden_chars')
_FORBIDDEN_NAMED = re.compile(r"^(?:-\s+)?(?:the value |it |the name )?(?:cannot|can't|must not|may not) "
                              r"(?:contain|include) (?:any )?([a-z ,]+?)\s*(?:[.;]|$)|"
                              r"^(?:-\s+)?([a-z ,]+?) (?:are|is) not (?:allowed|supported|permitted)\s*(?:[.;]|$)",
                              re.I)


def named_forbidden(clean: str) -> str:
    """The characters a whole sentence forbids by name only, every item one the docs name; '' otherwise."""
    m = _FORBIDDEN_NAMED.match(clean.strip())
    if m is None:
        return ""
    items = [i.strip().lower() for i in _ITEM_SEPARATOR.split(m.group(1) or m.group(2))]
    items = [re.sub(r"^(?:the|any)\s+", "", i) for i in items if i]
    if len(items) < 1 or not all(i in _NAMED_CHARS for i in items):
        return ""
    return "".join(dict.fromkeys("".join(_NAMED_CHARS[i] for i in items)))


def named_char(item: str) -> str:
    """The characters one list item names without showing them (`equal signs`, `an asterisk`, `the tildes`);
    '' when it names none the docs use."""
    item = re.sub(r"^(?:(?:and|or|the|any|an?|only)\s+)+", "", item.strip().rstrip(".").lower())
    return _NAMED_CHARS.get(item) or _NAMED_CHARS.get(item + "s") or _NAMED_CHARS.get(item + "es", "")
