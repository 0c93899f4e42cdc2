"""Charset: one `pattern` composed from every charset sentence of a cell (allowed characters, first and last
character, excluded characters and prefixes), or a password complexity rule."""

from __future__ import annotations

import re

from generator.constraints.rules.charset import (
    CONSISTS_OF,
    FOR_BULLET,
    FORBIDDEN,
    NO_SPACES,
    PATH_FORM,
    QUOTED_CHAR,
    SEPARATED,
    SYMBOLS,
    all_named,
    class_part,
    complexity,
    doubled,
    forbidden_chars,
    forbidding_clause,
    listed_after,
    listed_chars,
)
from generator.constraints.rules.charset_items import named_parts
from generator.constraints.rules.pattern_cues import (
    CAN_CONTAIN,
    CAN_CONTAIN_LISTED,
    CAN_CONTAIN_SPECIAL,
    CANNOT_ONLY,
    CHARSET_ALLOWED,
    CHARSET_RULE,
    CHARSET_WORDS,
    CONTROL,
    DECIMAL_INTEGER,
    FUZZY,
    HOST_PORT,
    NUMBERS_SEPARATED,
    ONLY_CHARS,
    PORT_OPTIONAL,
    REWRITTEN,
    STATED_REGEX,
    TRIMMED,
    VARIANT_BULLET,
    WIDE_LETTERS,
    list_under,
    literal_layout,
    refused_example,
)
from generator.constraints.rules.pattern_edges import Charset, edges
from generator.constraints.rules.pattern_pairs import named_forbidden, without_doubled
from generator.constraints.rules.pattern_scope import NOT_EVERY_VALUE, OTHERS_TOO, said_of_another, without_part_clauses
from generator.constraints.rules.text import (
    ADVICE,
    AMBIGUOUS,
    Cell,
    Finding,
    about_a_part,
    clean_text,
    sentences,
    sentences_on_parts,
    under_a_condition,
    value_kind,
    without_conditional_bullets,
    without_part_lists,
    without_recommendations,
)

__all__ = ["rule_pattern"]


def rule_pattern(cell: Cell) -> list[Finding]:
    """One pattern composed from every charset sentence of the cell: allowed characters, the first and last
    character, excluded characters, excluded and required prefixes; or a password complexity rule; or the regular
    expression the cell states."""
    if value_kind(cell) not in ("string", "any"):
        return []
    if m := STATED_REGEX.search(cell.text):
        stated = m.group(1).replace("`", "")  # ``>|<`` inside it: the reader's literal markers, not characters
        try:
            compiled = re.compile(stated)
        except re.error:
            return []
        if refused := refused_example(cell.text, compiled):  # the docs' expression refuses the docs' own example
            why = f"pattern: the stated expression refuses the cell's example {refused}"
            return [Finding(AMBIGUOUS, why, m.group(0).strip())]
        return [Finding("pattern", stated, m.group(0).strip())]
    for s in sentences(cell.text):
        if m := NUMBERS_SEPARATED.match(clean_text(s).lstrip("- ")):  # `The value is digits separated by commas (,)`
            return [Finding("pattern", f"^[0-9]+(?:{re.escape(m.group(1))}[0-9]+)*$", s)]
        if layout := literal_layout(s, cell.name):  # `Format: **CTS.***XXX*.`
            if FUZZY.search(cell.text):  # a filter that takes a part of the value: no layout holds for it
                return [Finding(AMBIGUOUS, "pattern: the layout of a value a fuzzy search takes a part of", s)]
            return [Finding("pattern", layout, s)]
        if m := HOST_PORT.match(clean_text(s).lstrip("- ").replace("*", "")):  # `... in the *hostname[:port]* format`
            port = "(?::[0-9]+)?" if m.group(1) or PORT_OPTIONAL.search(cell.text) else ":[0-9]+"
            return [Finding("pattern", f"^[^\\s:/]+{port}$", s)]
    if REWRITTEN.search(clean_text(cell.text)):
        return []
    lines = cell.text.split("\n")
    text, on_parts = _whole_value_text(cell)
    got = Charset(case_insensitive=bool(re.search(r"\bcase-insensitive\b|\bnot case-sensitive\b", cell.text, re.I)))
    used: list[str] = []
    extra_used: list[str] = []
    in_variant = {v for ln in text.split("\n") if VARIANT_BULLET.match(ln.strip()) for v in sentences(ln)}
    by_variant = _variant_bullets(text)
    for s, on_part in sentences_on_parts(text, cell):
        clean = without_part_clauses(clean_text(s).lstrip("- "), cell)
        # characters a part cannot hold the whole value cannot hold either: only the allowed ones stay with the part
        if on_part and (about_a_part(s, cell) or not FORBIDDEN.search(clean)):
            if CHARSET_WORDS.search(clean):
                on_parts.append(Finding(AMBIGUOUS, "pattern: the sentence states what a part of the value holds", s))
            continue
        if s in by_variant:
            # `- MySQL: Only letters and digits are allowed.`, `- Windows: ... It cannot consist of digits only.`,
            # `- For Redis 4.0 and later: ... at least three of ...`: one variant's rule, not every value's
            alone = Charset()
            if complexity(s, clean) or edges(s, clean, True, alone) or _excluded(s, clean, lines, alone) or \
                    _allowed(s, clean, lines, alone)[0]:
                on_parts.append(Finding(AMBIGUOUS, "pattern: the characters are stated for one variant", s))
            elif (elsewhere := said_of_another(s, clean, cell)) and CHARSET_WORDS.search(clean) and \
                    CHARSET_RULE.search(clean):
                on_parts.append(Finding(AMBIGUOUS, f"pattern: the characters are stated of {elsewhere}", s))
            continue
        if clean.rstrip().endswith((":", "：")) and not ADVICE.search(clean) and (nested := list_under(lines, clean)):
            # `Contains at least three types of the following:` then the types as nested bullets
            if found := complexity(f"{s} {nested}", f"{clean} {clean_text(nested)}"):
                return found
        if found := complexity(s, clean):
            return found
        if re.match(r"^-\s+\*{1,2}[^*]+\*{1,2}\s*:", s.strip()):
            continue  # a bullet about a part of the value (`- *Service name*: ...`), not the whole value
        if _COUNTED.search(clean):
            continue  # `Only letters are counted.`: which characters a count counts, not which the value holds
        if elsewhere := said_of_another(s, clean, cell):
            if CHARSET_WORDS.search(clean) and CHARSET_RULE.search(clean):
                on_parts.append(Finding(AMBIGUOUS, f"pattern: the characters are stated of {elsewhere}", s))
            continue
        # `- OBS: The path must start with s3a://`, `- Local path: Enter a path. The path must start with a slash
        # (/).`: every sentence of a bullet that names a variant states that variant's rule
        # `If **type** is **A**, ...`, `... when **type** is **A**`: one case's rule (so is a variant's; advice and
        # hedges are no rule), said when the sentence would have given a rule (read into a Charset of its own)
        if under_a_condition(s) or ADVICE.search(clean) or _HEDGED.search(clean) or _FOR_VARIANT.search(clean) or \
                NOT_EVERY_VALUE.search(clean):
            alone = Charset()
            if edges(s, clean, False, alone) or _excluded(s, clean, lines, alone) or \
                    _allowed(s, clean, lines, alone)[0]:
                on_parts.append(Finding(AMBIGUOUS, "pattern: the characters are stated under a condition", s))
            continue
        variant = bool(VARIANT_BULLET.match(s.strip())) or s in in_variant
        hit = edges(s, clean, variant, got)
        if _EXCEPT_LISTED.search(clean) and FORBIDDEN.search(clean):
            on_parts.append(Finding(AMBIGUOUS, "pattern: the special characters excepted are allowed, and which others "
                                               "count as special the sentence does not say", s))
        hit = _excluded(s, clean, lines, got) or hit
        allowed, extra = _allowed(s, clean, lines, got)
        if extra:
            extra_used.append(s)
        if hit or allowed:
            used.append(s)
    if OTHERS_TOO.search(clean_text(cell.text)):
        got.allowed, got.extra = [], []  # `..., but other characters are also allowed`: the list is not the whole
    if got.allowed and got.extra:
        got.allowed += [p for p in got.extra if p not in got.allowed]
        used += [s for s in extra_used if s not in used]
    if not used:
        return on_parts
    sep = SEPARATED.search(clean_text(cell.text))
    if sep and cell.kind != "array":
        ch = next(g for g in sep.groups() if g)
        part = class_part(ch, "_. @/:+,")
        if (got.allowed and part not in got.allowed) or ch in got.forbidden:
            # `A dimension can contain only letters ... If there are multiple dimensions, use commas (,) to separate
            # them.`: the characters of each item, and the separator between them
            why = "pattern: the characters are stated for each item of a separated list"
            return [Finding(AMBIGUOUS, why, " ".join(used)), *on_parts]
    if got.allowed and "/" not in got.allowed and PATH_FORM.search(clean_text(cell.text)):
        why = "pattern: the allowed characters leave out the slashes of the path the cell states"
        return [Finding(AMBIGUOUS, why, " ".join(used)), *on_parts]
    got.trimmed = bool(TRIMMED.search(clean_text(cell.text)))
    if (composed := got.compose()) == "^.*$":
        return on_parts  # a charset another sentence left open, and nothing else
    return [Finding("pattern", composed, " ".join(used)), *on_parts]


# `- MySQL: ...` then `- PostgreSQL: ...`: bullets that each open with the name of a variant (not of a rule's label)
_VARIANT_NAMED = re.compile(r"^\s*[-*]\s+([A-Z][\w.+ -]{0,30}?)\s*:\s+\S")
_LABEL_WORDS = re.compile(r"\b(?:rules?|characters?|constraints?|restrictions?|requirements?|specifications?|range|"
                          r"values?|formats?|notes?|description|length|types?|example|default|options?)\b", re.I)


def _variant_bullets(text: str) -> set[str]:
    """The sentences of bullets that state one variant's rules, when two bullets or more name different variants."""
    named = [(m.group(1), ln) for ln in text.split("\n") if (m := _VARIANT_NAMED.match(ln))
             and not _LABEL_WORDS.search(m.group(1))]
    if len({n for n, _ in named}) < 2:
        return set()
    return {v for _, ln in named for v in sentences(ln)}


def _whole_value_text(cell: Cell) -> tuple[str, list[Finding]]:
    """The cell's text without the lines that state a part's, a variant's, a condition's or a recommendation's
    characters; each of those with charset words is an ambiguity note instead."""
    # bullets about a part of the value (`- *Service name*: ...`) do not constrain the whole value
    text = "\n".join(ln for ln in cell.text.split("\n") if not re.match(r"^\s*-\s+\*{1,2}[^*]+\*{1,2}\s*:", ln))
    # a bullet that opens with a condition (`- If entity_type is set to DOMAIN, enter account names. ...`) states
    # every one of its sentences under that condition
    text, conditional = without_conditional_bullets(text)
    conditional += [ln for ln in text.split("\n") if FOR_BULLET.match(ln)]  # `- For Windows, ...`: one variant's
    text = "\n".join(ln for ln in text.split("\n") if ln not in conditional)
    on_parts = [Finding(AMBIGUOUS, "pattern: the characters are stated under a condition", clean_text(ln))
                for ln in conditional if CHARSET_WORDS.search(ln) and CHARSET_RULE.search(ln)]
    text, advised = without_recommendations(text)  # `Recommended password complexity requirements:` then bullets
    on_parts += [Finding(AMBIGUOUS, "pattern: the characters are stated as a recommendation", clean_text(ln))
                 for ln in advised if CHARSET_WORDS.search(ln)]
    text, of_parts = without_part_lists(text)  # `A file name must conform to the following rules:` then bullets
    on_parts += [Finding(AMBIGUOUS, "pattern: the characters of a part of the value", clean_text(ln))
                 for ln in of_parts if CHARSET_WORDS.search(ln) and CHARSET_RULE.search(ln)]
    return text, on_parts


# `... starts with a letter, as it usually does`: a hedge anywhere in a charset sentence (the shared conditions read one
# that opens the sentence or follows its subject)
_HEDGED = re.compile(r"\b(?:in most cases|usually|generally|typically|normally|in general|mostly)\b|"
                     # `For example, a name of letters only is valid`: an example explained
                     r"^for example\b|^e\.g\.|"
                     # `Tip: Use only letters and digits.`: a tip on a charset is advice (the shared ADVICE reads
                     # `Suggestion:`, `Recommendation:`, `Best practice:` and wishes, `try to`, `preferably`, for every
                     # family)
                     r"^tips?\s*[:：]", re.I)
_COUNTED = re.compile(r"\b(?:are|is) (?:counted|included in the (?:count|length))\b|\bcount(?:s|ed)? only\b", re.I)
# `Only letters are allowed for MySQL.`, `... for MySQL and ... for PostgreSQL`: one variant's rule (a capitalised name)
_FOR_VARIANT = re.compile(r"\bfor (?!example\b|[Ee]xample\b|details\b|more\b|instance\b)(?-i:[A-Z][\w-]*)"
                          r"(?:\s+(?:instances?|engines?|databases?|nodes?|clusters?|servers?|images?|OSs?)\b)?"
                          r"(?=\s*(?:[.,;]|$|and\b|or\b))|"
                          # `In Linux, the name can contain only ...`: a capitalised name opens the sentence
                          # `Only MySQL supports names that contain only letters.`: one variant supports them
                          r"^only (?-i:[A-Z][\w-]*)(?:\s+\w+)? supports?\b|"
                          r"^(?:in|on) (?-i:[A-Z][\w-]*)(?:\s+(?:instances?|engines?|databases?|nodes?|clusters?|"
                          r"OSs?))?,",
                          re.I)


# `cannot contain special characters except hyphens (-)`: the characters listed are the allowed ones, and which
# others count as special the sentence does not say
_EXCEPT_LISTED = re.compile(r"\bspecial characters?\b[^.;]*?\b(?:except(?: for)?|other than|apart from|besides)\b",
                            re.I)


_SPECIALS_UNREAD = re.compile(r"\bspecial characters?\b|\bsymbols?\b", re.I)
_NOT_ALL_LISTED = re.compile(r"\bsuch as\b|\be\.g\.|\bfor example\b|\betc\b|\band so on\b", re.I)
# a list of examples or an open one: `characters such as ...`, `..., etc.`, `and other characters`
_OPEN_LIST = re.compile(r"\bcharacters?,? (?:such as|like|e\.g\.)|\betc\b|\band so on\b|\bamong others\b|"
                        r"(?:,|\band|\bor)\s+(?:any )?other (?:\w+ )?characters?\b(?!\s+(?:are|is) not\b)", re.I)
_CLASSES = {"A-Za-z", "A-Z", "a-z", "0-9", "A-Za-z0-9", " "}


# the characters a sentence shows one by one, quoted or as literals: `"<"`, ``<``
_SHOWN = re.compile(r"[\"“][^\"“”\sA-Za-z0-9][\"”]|``[^\sA-Za-z0-9`]{1,3}``")
_BARE_BULLET = re.compile(r"^\s*[-*]\s+([^\sA-Za-z0-9]{1,3})\s*$", re.M)
_LITERAL_SYMBOLS = re.compile(r"``([^\sA-Za-z0-9`]{1,3})``")
_CANNOT_CONTAIN_COLON = re.compile(r"^(?:the value |it |the name |the key )?(?:cannot|can't|must not|may not) "
                                   r"(?:contain|include)(?: any of)?(?: the following)?\s*[:：]$", re.I)


def _excluded(s: str, clean: str, lines: list[str], got: Charset) -> bool:
    """The sentence's excluded characters (`cannot contain spaces or the following characters: ...`)."""
    if m := CANNOT_ONLY.search(clean):
        got.not_only = re.escape(m.group("char")) if m.group("char") else "[0-9]"
        return True
    if (named := named_forbidden(clean)) and named != " ":  # `cannot contain commas or semicolons`: no symbol shown
        got.forbidden += "".join(c for c in named if c not in got.forbidden)
        return True
    colon_list = bool(_CANNOT_CONTAIN_COLON.search(clean))  # `- Cannot contain:` then the characters under it
    if not ((FORBIDDEN.search(clean) and (re.search(r"characters?|symbols?|brackets|\([^\w\s()]+\)", clean, re.I) or
                                          _SHOWN.search(s) or colon_list)) or NO_SPACES.search(clean)) or \
            re.search(r"\b(?:consecutive|adjacent|next to each other|combinations?)\b", clean, re.I) or \
            _EXCEPT_LISTED.search(clean):
        return False
    hit = False
    chars = forbidden_chars(forbidding_clause(s.replace("**", "")))
    chars += "".join(_LITERAL_SYMBOLS.findall(forbidding_clause(s)))  # `cannot contain ``<``, ``>``, or ``&```
    if colon_list:
        tail = list_under(lines, clean).replace("`", "")
        chars += "".join(SYMBOLS.findall(tail)) + "".join(QUOTED_CHAR.findall(tail))
        chars += "".join(_BARE_BULLET.findall(tail))
        got.control = got.control or bool(CONTROL.search(tail))
    elif clean.rstrip().endswith(":"):
        # "It cannot contain the following characters:" then bullets or a line with `(x)`, `"x"` symbols
        tail = "\n".join(lines[next((i for i, ln in enumerate(lines) if clean[:30] in clean_text(ln)), 0):])
        chars += "".join(SYMBOLS.findall(tail)) + "".join(QUOTED_CHAR.findall(tail.replace("`", "")))
        chars += "".join(_BARE_BULLET.findall(tail.replace("`", "")))  # `- <` then `- >`: one symbol a bullet
        got.control = got.control or bool(CONTROL.search(tail))
    got.control = got.control or bool(CONTROL.search(clean))
    if NO_SPACES.search(forbidding_clause(clean)):
        chars += " "  # `cannot contain spaces`, `Spaces, ampersands (&), and colons (:) are not allowed`
    chars = "".join(dict.fromkeys(chars))
    if chars:
        got.forbidden, hit = got.forbidden + chars, True
    if pairs := doubled(clean):  # `or double tildes (~~)`: the pair, not the character
        got.adjacent, hit = got.adjacent + [p for p in pairs if p not in got.adjacent], True
    return hit


def _allowed(s: str, clean: str, lines: list[str], got: Charset) -> tuple[bool, bool]:
    """The sentence's allowed characters: (a charset was read, specials besides another sentence's charset were)."""
    hit = False
    if DECIMAL_INTEGER.search(clean) and not got.allowed:
        got.allowed, hit = ["0-9"], True  # a number written as a string: digits only (no sign, no `0x`)
    if m := CAN_CONTAIN_SPECIAL.search(s.replace("`", "")):
        listed = dict.fromkeys(class_part(ch) for ch in m.group(1).rstrip("."))
        got.allowed += [p for p in listed if p not in got.allowed]
        hit = True
    elif m := CAN_CONTAIN_LISTED.search(s):
        listed = dict.fromkeys(class_part(ch) for ch in listed_chars(m.group(1)))
        got.allowed += [p for p in listed if p not in got.allowed]
        hit = True
    only = ONLY_CHARS.search(clean) or CHARSET_ALLOWED.search(clean) or CAN_CONTAIN.search(clean)
    if only is None and (only := CONSISTS_OF.search(clean)) and not all_named(clean[only.end():]):
        only = None  # `consists of digits and version tags`: a part the classes do not name; no charset
    # `cannot contain only ...`, `cannot be empty or contain only spaces`: what the value is not, never its charset
    if only and re.search(r"\b(?:cannot|can't|must not|may not)\s+(?:\w+\s+)?(?:(?:be\s+)?\w+\s+or\s+)?$",
                          clean[:only.start()]):
        only = None
    if not only or FORBIDDEN.search(without_doubled(clean[only.start():])):
        return hit, False
    # `It must start with a letter and can contain ...`: the list starts after the first character's clause
    # or after the length's (`must be 1 to 64 characters long and can contain ...`)
    lead = next((g for g in ("edge", "length") if only.re is CAN_CONTAIN and only.group(g)), None)
    start = only.end(lead) if lead else only.start()
    after = listed_after(clean[start:], lines, clean)
    parts = named_parts(s, clean, after, clean[start:])
    if parts and not {"A-Za-z", "A-Z", "a-z", "0-9"} & set(parts) and not re.search(
            r"\bonly\b", clean, re.I) and not got.allowed and ONLY_CHARS.search(clean) is None:
        # `Special characters, such as hyphens (-) and slashes (/), are allowed.`: these besides the usual
        # ones, not the only characters; they widen a charset another sentence states
        got.extra += [p for p in parts if p not in got.extra]
        return hit, True
    if _OPEN_LIST.search(after) and set(parts) & _CLASSES:
        return hit, False  # `characters such as letters ...`, `letters, digits, hyphens, etc.`: not every one listed
    if _SPECIALS_UNREAD.search(after) and set(parts) & _CLASSES and (
            not set(parts) - _CLASSES or _NOT_ALL_LISTED.search(after)):
        return hit, False  # `letters, digits, and special characters`: which specials, the sentence does not list
    if parts and re.search(r"letters?|digits?|numbers?|characters?|spaces?|(?-i:\b(?:A-Z|a-z|0-9)\b)", after, re.I):
        got.allowed += [p for p in parts if p not in got.allowed]
        got.wide = got.wide or bool(WIDE_LETTERS.search(after))
        hit = True
    return hit, False
