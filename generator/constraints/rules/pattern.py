"""Charset: one `pattern` composed from every charset sentence of a cell (allowed characters, first and last
character, excluded characters and prefixes), or a password complexity rule."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.constraints.rules.text import (
    AMBIGUOUS,
    BOLD,
    Cell,
    Finding,
    about_a_part,
    bold_values,
    clean_text,
    sentences,
    value_kind,
    without_conditional_bullets,
)

__all__ = ["rule_pattern"]


_CHARSETS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\buppercase letters?\b|\bcapital letters?\b", re.I), "A-Z"),
    (re.compile(r"\blowercase letters?\b", re.I), "a-z"),
    (re.compile(r"(?<!uppercase )(?<!lowercase )(?<!capital )\bletters?\b", re.I), "A-Za-z"),
    (re.compile(r"\bdigits?\b|\bnumbers?\b", re.I), "0-9"),
    (re.compile(r"\bhyphens?\b|\bminus signs?\b|\bdashes\b", re.I), "\\-"),
    (re.compile(r"\bunderscores?\b", re.I), "_"),
    (re.compile(r"\bperiods?\b|\bdots?\b|\bfull stops?\b", re.I), "."),
    (re.compile(r"\bspaces?\b", re.I), " "),
    (re.compile(r"\bat signs?\b", re.I), "@"),
    (re.compile(r"\bslashes\b|\bslash\b", re.I), "/"),
    (re.compile(r"\bcolons?\b", re.I), ":"),
    (re.compile(r"\bplus signs?\b", re.I), "+"),
)
_ONLY_CHARS = re.compile(r"\b(?:can|must|may)\s+(?:only\s+)?(?:contain|consist of|include)\s+only\b|"
                         r"\bcontains?\s+only\b|\bonly\s+(?:contain|consist of|include)s?\b|\bcan contain only\b|"
                         r"\bconsists? of only\b|\bcomposed of only\b|\bonly (?:letters|digits)\b", re.I)
_CANNOT_ONLY = re.compile(r"\b(?:cannot|can't|must not|may not) (?:contain|consist of) only \w+ \((.)\)", re.I)
_CANNOT_CONTAIN = re.compile(r"\b(?:cannot|can't|must not|may not) (?:contain|include) (?:the following )?"
                             r"(?:special )?characters?\s*[:：]\s*(\S+)", re.I)
_START_LETTER = re.compile(r"\b(?:start|begin)s?(?: with)? (?:with )?an? (?:letter|English letter)\b", re.I)
_START_LETTER_OR_DIGIT = re.compile(r"\b(?:start|begin)s?(?: with)? (?:with )?an? (?:letter or (?:a )?digit)\b", re.I)
_END_LETTER_OR_DIGIT = re.compile(r"\bends? with an? (?:letter or (?:a )?digit)\b", re.I)
_COMPLEXITY = re.compile(r"at least (two|three|four|2|3|4) (?:types )?of the following(?: character types)?\s*[:：]?\s*"
                         r"(.+)$", re.I)
_SPECIAL_QUOTED = re.compile(r"special characters?\s*\(?\s*`([^`]+)`", re.I)
_SPECIAL = re.compile(r"special characters?\s*(?:\(|:)\s*([^\sA-Za-z0-9)]+)\)?", re.I)


def _char_class(parts: Sequence[str]) -> str:
    """`[...]` from class parts; order is fixed so the same prose always gives the same pattern."""
    seen: list[str] = []
    for p in parts:
        if p == "A-Za-z":
            for q in ("A-Z", "a-z"):
                if q not in seen:
                    seen.append(q)
        elif p not in seen:
            seen.append(p)
    order = ["A-Z", "a-z", "0-9", "_", ".", " ", "@", "/", ":", "+", "\\-"]
    seen = [p for p in seen if p]
    seen.sort(key=lambda x: order.index(x) if x in order else len(order))
    body = "".join("\\." if p == "." else ("\\+" if p == "+" else p) for p in seen)
    return f"[{body}]"


def _escape_class(chars: str) -> str:
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


_WORDS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_CHARSET_RULE = re.compile(r"\b(?:only|allowed|cannot|can't|must|except|start|begin|end)\b", re.I)
_CHARSET_WORDS = re.compile(r"\b(?:letters?|digits?|characters?|underscores?|hyphens?|start|begin|end)\b", re.I)


_CHARSET_ALLOWED = re.compile(r"^(?:the value |it |the name |the key )?(?:can |may |must )?(?:only )?"
                              r"(?:contain|consist of|include)?\s*(.*?)\s+(?:are|is) (?:allowed|supported|permitted)\b",
                              re.I)
# `cannot contain other special characters` forbids what the sentence does not name: the named ones are allowed
_FORBIDDEN = re.compile(r"\b(?:cannot|can't|must not|may not|does not|do not|should not)\s+(?:contain|include|support|"
                        r"use)\b(?!\s+(?:any\s+)?other\b)|\b(?:are|is) not (?:allowed|supported|permitted)\b|"
                        r"\bexcept\b", re.I)
_PREFIX_NOT = re.compile(r"\b(?:cannot|can't|must not|may not)\s+(?:start|begin)\s+with\s+"
                         r"((?:\*\*[^*]+\*\*(?:\s*(?:,|or|and)\s*)?)+)", re.I)
_START_END_LETTER_OR_DIGIT = re.compile(r"\bstart(?:ing|s)? and end(?:ing|s)? with an? (?:letter or (?:a )?digit|"
                                        r"digit or (?:a )?letter)\b", re.I)
_CAN_CONTAIN = re.compile(r"^(?:the value|it|the name|the key|the tag \w+)?\s*(?:can|may) contain (?=[^.]*\b(?:letters|"
                          r"digits)\b)(?![^.]*\bthe following\b)", re.I)
_CAN_CONTAIN_SPECIAL = re.compile(
    r"\b(?:can|may) (?:contain|include|use) (?:the following )?special characters?\s*[:：]\s*([^\sA-Za-z0-9]+)", re.I)
_FIRST_LOWER = re.compile(r"\b(?:start|begin)s?(?: with)? (?:with )?an? lowercase letter\b", re.I)
_FIRST_NOT_DIGIT = re.compile(r"\b(?:cannot|can't|must not|may not) (?:start|begin) with an? (?:digit|number)"
                              r"( or (?:a )?space)?\b", re.I)
_DECIMAL_INTEGER = re.compile(r"^(?:the value |it )?must be (?:an? (?:decimal |positive )?integer|a number)\s*\.?$",
                              re.I)
_LAST_NOT = re.compile(r"\b(?:cannot|can't|must not|may not) end with an? \w+ \((.)\)", re.I)
_SYMBOLS = re.compile(r"\(([^A-Za-z0-9\s()]+)\)")
_UNICODE_RANGE = re.compile(r"\\u([0-9A-Fa-f]{4})\s*-\s*\\u([0-9A-Fa-f]{4})")


def _forbidden_chars(text: str) -> str:
    """Characters a sentence (or the bullets after it) says are not allowed: `: *<>\\=`, `(*)`, `(<>)`."""
    chars = ""
    after_colon = re.search(r"(?:characters?|symbols?)\s*[:：]\s*([^\sA-Za-z0-9]+)", text)
    if after_colon:
        chars += after_colon.group(1).rstrip(".")
    for sym in _SYMBOLS.findall(text):
        chars += sym
    return "".join(dict.fromkeys(chars))


_LISTED_AFTER_COLON = re.compile(r"special characters?\b[^:：.]*[:：]\s*([^\sA-Za-z0-9]+)", re.I)
_LISTED_IN_CODE = re.compile(r"special characters?\s*(?:\(\s*)?`+([^`]+)`+", re.I)


def _listed_specials(raw: str, allowed: str) -> str:
    """The special characters an allowed-characters sentence lists: after a colon (`these special characters are
    allowed: -_./:()`) or in a code span (`special characters ``(-_./():).```), every character of the list."""
    m = _LISTED_IN_CODE.search(raw) or _LISTED_AFTER_COLON.search(allowed)
    return "".join(dict.fromkeys(m.group(1).strip())) if m else ""


def _complexity(s: str, clean: str) -> list[Finding]:
    m = _COMPLEXITY.search(clean)
    if not m:
        return []
    n = _WORDS[m.group(1).lower()]
    classes: list[tuple[str, str]] = []
    rest = m.group(2)
    for label, cls in (("uppercase", "A-Z"), ("lowercase", "a-z"), ("digit", "0-9")):
        if re.search(label, rest, re.I):
            classes.append((label, cls))
    special_m = _SPECIAL_QUOTED.search(s) or _SPECIAL.search(rest)
    special = special_m.group(1).rstrip(".") if special_m else ""
    if special_m and special:
        classes.append(("special", _escape_class(special)))
    elif re.search(r"special", rest, re.I):
        classes.append(("special", "^A-Za-z0-9"))
    for rx, cls in _CHARSETS[4:]:  # hyphens, underscores, periods, ...: a class of their own when named as a type
        if rx.search(BOLD.sub("", _SPECIAL_QUOTED.sub("", rest))) and not any(c == cls for _, c in classes):
            classes.append((cls.strip("\\"), cls))
    if len(classes) < n:
        return []
    from itertools import combinations

    alts = ["".join(f"(?=.*[{c}])" for _, c in combo) for combo in combinations(classes, n)]
    generic = any(c.startswith("^") for _, c in classes)
    allowed = "." if generic else "[" + "".join(c for _, c in classes) + "]"
    return [Finding("pattern", f"^(?:{'|'.join(alts)}){allowed}*$", s),
            Finding("x-password-complexity", {"min_classes": n, "classes": [label for label, _ in classes],
                                              **({"special": special} if special_m and special else {})}, s)]


def rule_pattern(cell: Cell) -> list[Finding]:
    """One pattern composed from every charset sentence of the cell: allowed characters, the first and last
    character, excluded characters, excluded prefixes; or a password complexity rule."""
    if value_kind(cell) not in ("string", "any"):
        return []
    allowed: list[str] = []
    forbidden = ""
    first = ""
    first_not = ""
    last_not = ""
    last = ""
    prefixes: list[str] = []
    not_only = ""
    used: list[str] = []
    lines = cell.text.split("\n")
    edge_not = ""
    # bullets about a part of the value (`- *Service name*: ...`) do not constrain the whole value
    text = "\n".join(ln for ln in cell.text.split("\n") if not re.match(r"^\s*-\s+\*{1,2}[^*]+\*{1,2}\s*:", ln))
    # a bullet that opens with a condition (`- If entity_type is set to DOMAIN, enter account names. ...`) states
    # every one of its sentences under that condition
    text, conditional = without_conditional_bullets(text)
    on_parts = [Finding(AMBIGUOUS, "pattern: the characters are stated under a condition", clean_text(ln))
                for ln in conditional if _CHARSET_WORDS.search(ln) and _CHARSET_RULE.search(ln)]
    for s in sentences(text):
        clean = clean_text(s).lstrip("- ")
        if about_a_part(s, cell):
            if _CHARSET_WORDS.search(clean):
                on_parts.append(Finding(AMBIGUOUS, "pattern: the sentence states what a part of the value holds", s))
            continue
        if found := _complexity(s, clean):
            return found
        if re.match(r"^-\s+\*{1,2}[^*]+\*{1,2}\s*:", s.strip()):
            continue  # a bullet about a part of the value (`- *Service name*: ...`), not the whole value
        hit = False
        if re.search(r"\b(?:cannot|can't|must not) (?:start|begin) or end with (?:a )?spaces?\b", clean, re.I):
            edge_not, hit = " ", True
        if _START_END_LETTER_OR_DIGIT.search(clean):
            first, last, hit = "[A-Za-z0-9]", "[A-Za-z0-9]", True
        if m := _PREFIX_NOT.search(s):
            prefixes += bold_values(m.group(1))
            hit = True
        if _START_LETTER_OR_DIGIT.search(clean):
            first, hit = "[A-Za-z0-9]", True
        elif _FIRST_LOWER.search(clean):
            first, hit = "[a-z]", True
        elif _START_LETTER.search(clean):
            first, hit = "[A-Za-z]", True
        if m := _FIRST_NOT_DIGIT.search(clean):
            first_not, hit = "0-9" + (" " if m.group(1) else ""), True
        if _DECIMAL_INTEGER.search(clean) and not allowed:
            allowed, hit = ["0-9"], True  # a number written as a string: digits only (no sign, no `0x`)
        if _END_LETTER_OR_DIGIT.search(clean):
            last, hit = "[A-Za-z0-9]", True
        if m := _LAST_NOT.search(clean):
            last_not, hit = last_not + m.group(1), True
        if m := _CANNOT_ONLY.search(clean):
            not_only, hit = m.group(1), True
        elif _FORBIDDEN.search(clean) and re.search(r"characters?|symbols?|brackets|\([^\w\s()]+\)", clean):
            chars = _forbidden_chars(s.replace("`", "").replace("**", ""))
            if not chars and clean.rstrip().endswith(":"):
                # "It cannot contain the following characters:" then bullets with `(x)` symbols
                tail = "\n".join(lines[next((i for i, ln in enumerate(lines) if clean[:30] in clean_text(ln)), 0):])
                chars = "".join(dict.fromkeys("".join(_SYMBOLS.findall(tail))))
            if chars:
                forbidden, hit = forbidden + chars, True
        if m := _CAN_CONTAIN_SPECIAL.search(s.replace("`", "")):
            extra_chars = m.group(1).rstrip(".")
            for ch in extra_chars:
                part = "\\-" if ch == "-" else (ch if ch in "_. @/:+" else re.escape(ch))
                if part not in allowed:
                    allowed.append(part)
            hit = True
        only = _ONLY_CHARS.search(clean) or _CHARSET_ALLOWED.search(clean) or _CAN_CONTAIN.search(clean)
        if only and re.search(r"\b(?:cannot|can't|must not|may not)\s+(?:\w+\s+)?$", clean[:only.start()]):
            only = None
        if only and not _FORBIDDEN.search(clean[only.start():]):
            after = clean[only.start():]
            after = re.split(r"\.\s|;|\bstart|\bbegin|\bmust\b|\bcannot\b", after)[0]
            parts = [cls for rx, cls in _CHARSETS if rx.search(after)]
            for sym in _SYMBOLS.findall(after):
                for ch in sym:
                    if ch not in "-_." and re.escape(ch) not in parts:
                        parts.append(re.escape(ch))
                    elif ch == "-" and "\\-" not in parts:
                        parts.append("\\-")
                    elif ch in "_." and ch not in parts:
                        parts.append(ch)
            for ch in _listed_specials(s, clean[only.start():]):
                part = "\\-" if ch == "-" else (ch if ch in "_. @/:+" else re.escape(ch))
                if part not in parts:
                    parts.append(part)
            for lo, hi in _UNICODE_RANGE.findall(s):
                parts.append(f"\\u{lo.lower()}-\\u{hi.lower()}")
            if re.search(r"special characters?,? but only", clean, re.I):
                parts += ["A-Za-z", "0-9"]
            if len(parts) >= 1 and re.search(r"letters?|digits?|numbers?|characters?|spaces?", after, re.I):
                allowed += [p for p in parts if p not in allowed]
                hit = True
        if hit:
            used.append(s)
    if not used:
        return on_parts
    body = _char_class(allowed) if allowed else (f"[^{_escape_class(forbidden)}]" if forbidden else ".")
    ahead = "".join(f"(?!{re.escape(p)})" for p in prefixes)
    if edge_not:
        ahead += "(?! )(?!.* $)"
    if not_only:
        ahead += f"(?!{re.escape(not_only)}+$)"
    if first_not:
        ahead += f"(?![{first_not}])"
    if last_not:
        ahead += f"(?!.*[{_escape_class(last_not)}]$)"
    if forbidden and allowed:
        ahead += f"(?!.*[{_escape_class(forbidden)}])"
    if first and last:
        core = f"{first}(?:{body}*{last})?"
    elif first:
        core = f"{first}{body}*"
    elif last:
        core = f"(?:{body}*{last})?"
    else:
        core = f"{body}*"
    return [Finding("pattern", f"^{ahead}{core}$", " ".join(used)), *on_parts]
