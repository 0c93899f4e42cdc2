"""The model of one cell's charset rules (`Charset`: every rule gathered, composed into one regex) and the rules on
a value's first and last characters, prefixes, blanks, IP forms and adjacent pairs that fill it (`edges`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.constraints.rules.charset import (
    NOT_AN_IP,
    char_class,
    edge_class,
    escape_class,
    followed_by,
)
from generator.constraints.rules.pattern_cues import (
    EDGE,
    EDGE_NOT,
    EDGE_NOT_NAMED,
    EDGE_PLACED_NOT,
    END_LETTER_OR_DIGIT,
    FIRST_LAST,
    FIRST_LOWER,
    FIRST_NOT_DIGIT,
    LAST_NOT,
    NEGATED_OR,
    NEGATION,
    ONLY_SPACES,
    PREFIX_ITEM,
    PREFIX_NOT,
    SPACE_ENDS_NOT,
    START_END_LETTER_OR_DIGIT,
    START_LETTER,
    START_LETTER_OR_DIGIT,
    prefixes_one_of,
    suffixes_one_of,
    wider,
)
from generator.constraints.rules.pattern_pairs import not_adjacent

__all__ = ["Charset", "edges"]


@dataclass
class Charset:
    """What the charset sentences of one cell state, gathered sentence by sentence, then composed into one regex."""

    allowed: list[str] = field(default_factory=list)  # parts of the class of every character
    extra: list[str] = field(default_factory=list)  # specials allowed besides a charset another sentence states
    wide: bool = False  # letters beyond ASCII
    forbidden: str = ""
    control: bool = False  # ASCII control characters (0-31) excluded
    first: str = ""
    last: str = ""
    first_not: str = ""
    last_not: str = ""
    edge_not: str = ""  # neither first nor last character (a space)
    prefixes: list[str] = field(default_factory=list)  # excluded prefixes
    one_of: list[str] = field(default_factory=list)  # the value starts with one of these
    followed: str = ""  # what follows the one prefix (`starts with **al** and is followed by 22 ... letters, digits`)
    suffixes: list[str] = field(default_factory=list)  # the value ends with one of these (regex parts)
    case_insensitive: bool = False  # `**sql** is case-insensitive`: a stated suffix in either case
    not_only: str = ""  # a regex part: the value is not made of it alone
    not_blank: bool = False
    not_ip: bool = False
    adjacent: list[str] = field(default_factory=list)  # pairs that never stand next to each other
    trimmed: bool = False  # spaces around the value are discarded: they may stand around what the rules describe

    def compose(self) -> str:
        """The one regex of everything gathered."""
        cls = char_class(self.allowed) if self.allowed else ""
        end = " *$" if self.trimmed else "$"  # where the value ends
        ctl = "\\x00-\\x1f" if self.control else ""
        body = (f"(?:{cls}|[^\\x00-\\x7f])" if self.wide else cls) if self.allowed else \
            (f"[^{ctl}{escape_class(self.forbidden)}]" if self.forbidden or self.control else ".")
        ahead = "".join(f"(?!{re.escape(p)})" for p in self.prefixes)
        followed = self.followed if len(self.one_of) == 1 and not (self.first or self.last) else ""
        if self.one_of and not followed:
            ahead += "(?=" + "|".join(re.escape(p) for p in self.one_of) + ")"
        if self.suffixes:
            ahead += "(?=.*(?:" + "|".join(self.suffixes) + f"){end})"
        if self.edge_not:
            ahead += f"(?! )(?!.* {end})"
        if self.not_only:
            ahead += f"(?!{self.not_only}+{end})"
        if self.not_blank:
            ahead += "(?! *$)"
        if self.not_ip:
            ahead += f"(?!\\d{{1,3}}(?:\\.\\d{{1,3}}){{3}}{end})"  # `Cannot be formatted as an IP address.`
        if self.first_not:
            ahead += f"(?![{self.first_not}])"
        if self.last_not:
            ahead += f"(?!.*[{escape_class(self.last_not)}]{end})"
        if (self.forbidden or self.control) and self.allowed:
            ahead += f"(?!.*[{ctl}{escape_class(self.forbidden)}])"
        if self.adjacent:
            ahead += "(?!.*(?:" + "|".join(re.escape(p) for p in self.adjacent) + "))"
        if self.allowed and (wider(self.first, body) or wider(self.last, body)):
            ahead += f"(?=(?:{body})*{end})"  # `start with a letter` and `lowercase letters are allowed`: both hold
        first, last = self.first, self.last
        if first and last:
            core = f"{first}(?:{body}*{last})?"
        elif first:
            core = f"{first}{body}*"
        elif last:
            core = f"(?:{body}*{last})?"
        else:
            core = re.escape(self.one_of[0]) + followed if followed else f"{body}*"
        return f"^{' *' if self.trimmed else ''}{ahead}{core}{end}"


# `can neither begin nor end with a hyphen`: `cannot begin or end with a hyphen`
_NEITHER_NOR = re.compile(r"\b(can|must|may|should)\s+neither\s+(start|begin)\s+nor\s+end\b", re.I)


def _negated(m: re.Match[str]) -> str:
    verb = "cannot" if m.group(1).lower() == "can" else f"{m.group(1)} not"
    return f"{verb} {m.group(2)} or end"


def edges(s: str, clean: str, variant: bool, got: Charset) -> bool:
    """The sentence's rules on the first and last characters, prefixes, blanks, IP forms and adjacent pairs."""
    s, clean = _NEITHER_NOR.sub(_negated, s), _NEITHER_NOR.sub(_negated, clean)
    hit = False
    if NOT_AN_IP.search(clean):
        got.not_ip, hit = True, True
    if ONLY_SPACES.search(clean):
        got.not_blank, hit = True, True
    if re.search(r"\b(?:cannot|can't|must not) (?:start|begin) or end with (?:a )?spaces?\b", clean, re.I):
        got.edge_not, hit = " ", True
    if pairs := not_adjacent(clean):
        got.adjacent, hit = got.adjacent + [p for p in pairs if p not in got.adjacent], True
    if START_END_LETTER_OR_DIGIT.search(clean):
        got.first, got.last, hit = "[A-Za-z0-9]", "[A-Za-z0-9]", True
    if m := PREFIX_NOT.search(s):
        listed = ["".join(g).strip() for g in PREFIX_ITEM.findall(m.group(1))]
        got.prefixes += [v for v in listed if v and v not in got.prefixes]
        hit = True
    if not variant and (listed := prefixes_one_of(s)):
        got.one_of, got.followed, hit = listed, followed_by(s), True
    if not variant and (ends := suffixes_one_of(s, got.case_insensitive)):
        got.suffixes, hit = got.suffixes + [e for e in ends if e not in got.suffixes], True
    for m in EDGE.finditer(clean):
        cls = edge_class(m.group(3))
        clause = re.split(r"[.;,]", clean[:m.start()])[-1]
        if cls and m.group(1).lower() == "end" and NEGATED_OR.search(clean[:m.start()]):
            # `cannot start with a period or underscore, or end with a period`: the end is negated too
            if len(cls.replace("\\", "")) == 1:
                got.last_not, hit = got.last_not + cls.replace("\\", ""), True
            continue
        if not cls or got.one_of or variant or NEGATION.search(clause):
            continue
        if m.group(1).lower() == "end":
            got.last, hit = f"[{cls}]", True
        else:
            got.first, hit = f"[{cls}]", True
            if m.group(2):
                got.last = got.first
    for m in FIRST_LAST.finditer(clean):
        which, required, cls = m.group(1).lower(), bool(m.group(2)), edge_class(m.group(3))
        if not cls or (required and which == "first or last"):  # `the first or last character must be`: which?
            continue
        for first in [True, False] if " " in which else [which == "first"]:
            hit = _first_last(first, required, cls, got) or hit
    if (m := EDGE_PLACED_NOT.match(clean)) and (cls := edge_class(re.sub(r"\s+and\s+", " or ", m.group(1)))):
        # `Hyphens cannot be at the beginning or end.`: the characters named are the subject
        if m.group("first") or m.group("both"):
            hit = _first_last(True, False, cls, got) or hit
        if m.group("last") or m.group("both"):
            hit = _first_last(False, False, cls, got) or hit
    if SPACE_ENDS_NOT.search(clean):
        got.edge_not, hit = " ", True
    if not got.first:
        if START_LETTER_OR_DIGIT.search(clean):
            got.first, hit = "[A-Za-z0-9]", True
        elif FIRST_LOWER.search(clean):
            got.first, hit = "[a-z]", True
        elif START_LETTER.search(clean):
            got.first, hit = "[A-Za-z]", True
    # `cannot start with a period or hyphen`, `cannot start with a digit, hyphen (-), or underscore (_)`: every item
    # named (a symbol shown or not); the forms below when an item is none the edge classes name
    named = [(m, cls) for m in EDGE_NOT_NAMED.finditer(clean) if (cls := edge_class(m.group(3))) and cls != " "]
    start_named = any(m.group(1).lower() != "end" for m, _ in named)
    end_named = any(m.group(1).lower() == "end" or m.group(2) for m, _ in named)
    for m, cls in named:
        if m.group(1).lower() != "end":
            hit = _first_last(True, False, cls, got) or hit
        if m.group(1).lower() == "end" or m.group(2):
            hit = _first_last(False, False, cls, got) or hit
    if not start_named and (m := FIRST_NOT_DIGIT.search(clean)):
        got.first_not, hit = got.first_not + "0-9" + (" " if m.group(1) else ""), True
    if not start_named and (m := EDGE_NOT.search(clean)):
        chars = "".join(re.findall(r"\((\S)\)", m.group(2)))
        got.first_not += escape_class(chars)
        if m.group(1) and not end_named:
            got.last_not += chars
        hit = hit or bool(chars)
    if re.search(r"\b(?:cannot|can't|must not|may not) (?:start|begin) with an? space\b", clean, re.I):
        got.first_not, hit = got.first_not + " ", True
    if END_LETTER_OR_DIGIT.search(clean) and not got.last:
        got.last, hit = "[A-Za-z0-9]", True
    if not end_named and (m := LAST_NOT.search(clean)) and (cls := edge_class(m.group(1))):
        hit = _first_last(False, False, cls, got) or hit
    return hit


def _first_last(first: bool, required: bool, cls: str, got: Charset) -> bool:
    """The first or last character is of the class `cls` (`required`) or is not: whether a rule was kept. A last
    character excluded is kept only as single characters (`a hyphen`, not `a letter`), the form `last_not` holds."""
    if required:
        if first and not got.first:
            got.first = f"[{cls}]"
        elif not first and not got.last:
            got.last = f"[{cls}]"
        else:
            return False
        return True
    if first:
        got.first_not += cls
        return True
    chars = cls.replace("\\", "")
    if len(chars) != len(set(chars)) or "-" in cls.replace("\\-", ""):  # a range (`A-Z`): not single characters
        return False
    got.last_not += chars
    return True
