"""Charset: one `pattern` composed from every charset sentence of a cell (allowed characters, first and last
character, excluded characters and prefixes), or a password complexity rule."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.constraints.rules.charset import (
    CONSISTS_OF,
    FOR_BULLET,
    FORBIDDEN,
    NO_SPACES,
    NOT_AN_IP,
    PATH_FORM,
    QUOTED_CHAR,
    SEPARATED,
    SYMBOLS,
    all_named,
    char_class,
    class_part,
    complexity,
    doubled,
    edge_class,
    escape_class,
    followed_by,
    forbidden_chars,
    forbidding_clause,
    listed_after,
    listed_chars,
    named_parts,
    not_adjacent,
)
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
    EDGE,
    EDGE_NOT,
    END_LETTER_OR_DIGIT,
    FIRST_LOWER,
    FIRST_NOT_DIGIT,
    FUZZY,
    HOST_PORT,
    LAST_NOT,
    NEGATED_OR,
    NEGATION,
    NUMBERS_SEPARATED,
    ONLY_CHARS,
    ONLY_SPACES,
    PORT_OPTIONAL,
    PREFIX_NOT,
    REWRITTEN,
    START_END_LETTER_OR_DIGIT,
    START_LETTER,
    START_LETTER_OR_DIGIT,
    STATED_REGEX,
    TRIMMED,
    VARIANT_BULLET,
    WIDE_LETTERS,
    bullets_after,
    literal_layout,
    prefixes_one_of,
    refused_example,
    suffixes_one_of,
    wider,
)
from generator.constraints.rules.text import (
    AMBIGUOUS,
    Cell,
    Finding,
    about_a_part,
    clean_text,
    sentences,
    sentences_on_parts,
    value_kind,
    without_conditional_bullets,
    without_part_lists,
    without_recommendations,
)

__all__ = ["rule_pattern"]


@dataclass
class _Charset:
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
    not_only: str = ""
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
            ahead += f"(?!{re.escape(self.not_only)}+{end})"
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
    got = _Charset(case_insensitive=bool(re.search(r"\bcase-insensitive\b|\bnot case-sensitive\b", cell.text, re.I)))
    used: list[str] = []
    extra_used: list[str] = []
    in_variant = {v for ln in text.split("\n") if VARIANT_BULLET.match(ln.strip()) for v in sentences(ln)}
    for s, on_part in sentences_on_parts(text, cell):
        clean = clean_text(s).lstrip("- ")
        # characters a part cannot hold the whole value cannot hold either: only the allowed ones stay with the part
        if on_part and (about_a_part(s, cell) or not FORBIDDEN.search(clean)):
            if CHARSET_WORDS.search(clean):
                on_parts.append(Finding(AMBIGUOUS, "pattern: the sentence states what a part of the value holds", s))
            continue
        if clean.rstrip().endswith((":", "：")) and (nested := bullets_after(lines, clean, raw=True)):
            # `Contains at least three types of the following:` then the types as nested bullets
            if found := complexity(f"{s} {nested}", f"{clean} {clean_text(nested)}"):
                return found
        if found := complexity(s, clean):
            return found
        if re.match(r"^-\s+\*{1,2}[^*]+\*{1,2}\s*:", s.strip()):
            continue  # a bullet about a part of the value (`- *Service name*: ...`), not the whole value
        # `- OBS: The path must start with s3a://`, `- Local path: Enter a path. The path must start with a slash
        # (/).`: every sentence of a bullet that names a variant states that variant's rule
        variant = bool(VARIANT_BULLET.match(s.strip())) or s in in_variant
        hit = _edges(s, clean, variant, got)
        hit = _excluded(s, clean, lines, got) or hit
        allowed, extra = _allowed(s, clean, lines, got)
        if extra:
            extra_used.append(s)
        if hit or allowed:
            used.append(s)
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
    return [Finding("pattern", got.compose(), " ".join(used)), *on_parts]


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


def _edges(s: str, clean: str, variant: bool, got: _Charset) -> bool:
    """The sentence's rules on the first and last characters, prefixes, blanks, IP forms and adjacent pairs."""
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
        got.prefixes += [v.strip() for v in re.findall(r"\*{1,2}([^*]+?)\*{1,2}", m.group(1)) if v.strip()]
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
    if not got.first:
        if START_LETTER_OR_DIGIT.search(clean):
            got.first, hit = "[A-Za-z0-9]", True
        elif FIRST_LOWER.search(clean):
            got.first, hit = "[a-z]", True
        elif START_LETTER.search(clean):
            got.first, hit = "[A-Za-z]", True
    if m := FIRST_NOT_DIGIT.search(clean):
        got.first_not, hit = "0-9" + (" " if m.group(1) else ""), True
    if m := EDGE_NOT.search(clean):
        chars = "".join(re.findall(r"\((\S)\)", m.group(2)))
        got.first_not += escape_class(chars)
        if m.group(1):
            got.last_not += chars
        hit = hit or bool(chars)
    if re.search(r"\b(?:cannot|can't|must not|may not) (?:start|begin) with an? space\b", clean, re.I):
        got.first_not, hit = got.first_not + " ", True
    if END_LETTER_OR_DIGIT.search(clean) and not got.last:
        got.last, hit = "[A-Za-z0-9]", True
    if m := LAST_NOT.search(clean):
        got.last_not, hit = got.last_not + m.group(1), True
    return hit


def _excluded(s: str, clean: str, lines: list[str], got: _Charset) -> bool:
    """The sentence's excluded characters (`cannot contain spaces or the following characters: ...`)."""
    if m := CANNOT_ONLY.search(clean):
        got.not_only = m.group(1)
        return True
    if not ((FORBIDDEN.search(clean) and re.search(r"characters?|symbols?|brackets|\([^\w\s()]+\)", clean)) or
            NO_SPACES.search(clean)) or \
            re.search(r"\b(?:consecutive|adjacent|next to each other|combinations?)\b", clean, re.I):
        return False
    hit = False
    chars = forbidden_chars(forbidding_clause(s.replace("**", "")))
    if clean.rstrip().endswith(":"):
        # "It cannot contain the following characters:" then bullets or a line with `(x)`, `"x"` symbols
        tail = "\n".join(lines[next((i for i, ln in enumerate(lines) if clean[:30] in clean_text(ln)), 0):])
        chars += "".join(SYMBOLS.findall(tail)) + "".join(QUOTED_CHAR.findall(tail.replace("`", "")))
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


def _allowed(s: str, clean: str, lines: list[str], got: _Charset) -> tuple[bool, bool]:
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
    if only and re.search(r"\b(?:cannot|can't|must not|may not)\s+(?:\w+\s+)?$", clean[:only.start()]):
        only = None
    if not only or FORBIDDEN.search(clean[only.start():]):
        return hit, False
    after = listed_after(clean[only.start():], lines, clean)
    parts = named_parts(s, clean, after, clean[only.start():])
    if parts and not {"A-Za-z", "A-Z", "a-z", "0-9"} & set(parts) and not re.search(
            r"\bonly\b", clean, re.I) and not got.allowed and ONLY_CHARS.search(clean) is None:
        # `Special characters, such as hyphens (-) and slashes (/), are allowed.`: these besides the usual
        # ones, not the only characters; they widen a charset another sentence states
        got.extra += [p for p in parts if p not in got.extra]
        return hit, True
    if parts and re.search(r"letters?|digits?|numbers?|characters?|spaces?", after, re.I):
        got.allowed += [p for p in parts if p not in got.allowed]
        got.wide = got.wide or bool(WIDE_LETTERS.search(after))
        hit = True
    return hit, False
