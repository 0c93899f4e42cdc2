"""Charset: one `pattern` composed from every charset sentence of a cell (allowed characters, first and last
character, excluded characters and prefixes), or a password complexity rule."""

from __future__ import annotations

import re
import string

from generator.constraints.rules.charset import (
    CHARSETS,
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
    complexity,
    doubled,
    edge_class,
    escape_class,
    forbidden_chars,
    forbidding_clause,
    listed_chars,
    listed_specials,
    not_adjacent,
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


# letters beyond ASCII (`UTF-8 letters`, `Spanish characters`, `Chinese characters`): every non-ASCII character is let
# through (the docs never list which), the ASCII ones stay limited to the listed classes
_WIDE_LETTERS = re.compile(r"\b(?:UTF-8|Unicode|Spanish|Portuguese|Chinese|non-ASCII)\s+(?:letters?|characters?)\b",
                           re.I)
_ONLY_CHARS = re.compile(r"^(?:must )?consists? of\b|\bconsists? of\b(?=[^.;]*\bonly\s*(?:[.;]|$))|"
                         r"\b(?:valid|allowed|permitted) characters?\s*(?:are\s*)?[:：]|"
                         r"\b(?:can|must|may)\s+(?:only\s+)?(?:contain|consist of|include)\s+only\b|"
                         r"\bcontains?\s+only\b|\bonly\s+(?:contain|consist of|include)s?\b|\bcan contain only\b|"
                         r"\bconsists? of only\b|\bcomposed of only\b|\bonly (?:letters|digits)\b", re.I)
_CANNOT_ONLY = re.compile(r"\b(?:cannot|can't|must not|may not) (?:contain|consist of) only \w+ \((.)\)", re.I)
# `The parameter value cannot be empty or full of spaces.`, `cannot contain only spaces`
_ONLY_SPACES = re.compile(r"\b(?:cannot|can't|must not|may not) (?:be (?:empty or )?(?:full of|only|all)|"
                          r"(?:contain|consist of) only) spaces\b", re.I)
_CANNOT_CONTAIN = re.compile(r"\b(?:cannot|can't|must not|may not) (?:contain|include) (?:the following )?"
                             r"(?:special )?characters?\s*[:：]\s*(\S+)", re.I)
_START_LETTER = re.compile(r"\b(?:start|begin)s?(?: with)? (?:with )?an? (?:letter|English letter)\b", re.I)
_START_LETTER_OR_DIGIT = re.compile(r"\b(?:start|begin)s?(?: with)? (?:with )?an? (?:letter or (?:a )?digit)\b", re.I)
_END_LETTER_OR_DIGIT = re.compile(r"\bends? with an? (?:letter or (?:a )?digit)\b", re.I)


_CHARSET_RULE = re.compile(r"\b(?:only|allowed|cannot|can't|must|except|start|begin|end)\b", re.I)
_CHARSET_WORDS = re.compile(r"\b(?:letters?|digits?|characters?|underscores?|hyphens?|start|begin|end)\b", re.I)


_CHARSET_ALLOWED = re.compile(r"^(?:the value |it |the name |the key )?(?:can |may |must )?(?:only )?"
                              r"(?:contain|consist of|include)?\s*"
                              r"(?!(?:up to|a maximum of|at most|at least|a minimum of|no more than)\b|\d)"  # a count
                              r"(.*?)\s+(?:are|is) (?:allowed|supported|permitted)\b",
                              re.I)
_PREFIX_NOT = re.compile(r"\b(?:cannot|can't|must not|may not)\s+(?:start|begin)\s+(?:(?:an?|the) (?:[\w-]+ ){1,3}?)?"
                         r"with\s+"
                         r"((?:\*{1,2}[^*]+\*{1,2}(?:\s*(?:,|or|and)\s*)?)+)", re.I)
_START_END_LETTER_OR_DIGIT = re.compile(r"\bstart(?:ing|s)? and end(?:ing|s)? with an? (?:letter or (?:a )?digit|"
                                        r"digit or (?:a )?letter)\b", re.I)
# `It can contain ...`, `a string of 1 to 64 characters, which can contain ...`; not `can contain 0 to 64 characters,
# including letters, ...` (a count: `including` does not say the list is complete)
_CAN_CONTAIN = re.compile(r"(?:^(?:the value|it|the name|the key|the tag \w+)?\s*|\b(?:that|which) )"
                          r"(?:can|may) contain (?!(?:a maximum of|a minimum of|up to|at most|at least)?\s*\d)"
                          r"(?=[^.]*\b(?:letters|digits)\b)"
                          r"(?=[^.]*(?:,|\band\b|\bor\b))"  # a list: `can contain uppercase letters` alone permits
                          r"(?![^.]*\bthe following\b(?!\s+(?:special\s+)?characters?\s*[:：]\s*[^\sA-Za-z0-9]))"
                          r"(?![^.]*\bcharacters?,?\s+including\b)", re.I)
# `Can contain UTF-8 letters, digits, spaces, and the following characters: `_.:=+-@.``
_CAN_CONTAIN_LISTED = re.compile(r"\b(?:can|may) (?:contain|include|use)\b[^.:]*\bthe following "
                                 r"(?:special )?characters?\s*[:：]\s*`([^`]+)`", re.I)
_CAN_CONTAIN_SPECIAL = re.compile(
    r"\b(?:can|may) (?:contain|include|use) (?:the following )?special characters?\s*[:：]\s*([^\sA-Za-z0-9]+)", re.I)
_FIRST_LOWER = re.compile(r"\b(?:start|begin)s?(?: with)? (?:with )?an? lowercase letter\b", re.I)
_FIRST_NOT_DIGIT = re.compile(r"\b(?:cannot|can't|must not|may not) (?:start|begin) with an? (?:digit|number)"
                              r"( or (?:a )?space)?\b", re.I)
_DECIMAL_INTEGER = re.compile(r"^(?:the value |it )?must be (?:an? (?:decimal |positive )?integer|a number)\s*\.?$",
                              re.I)
_LAST_NOT = re.compile(r"\b(?:cannot|can't|must not|may not) end with an? \w+ \((.)\)", re.I)
# `cannot start with a period, or end with`; not `cannot start or end with` (read as such)
_NEGATED_OR = re.compile(r"\b(?:cannot|can't|must not|may not|should not)\b[^;]*\bwith\b[^;]*(?<!start )(?<!begin )"
                         r"\bor\s*$", re.I)
_UNICODE_RANGE = re.compile(r"\\u([0-9A-Fa-f]{4})\s*-\s*\\u([0-9A-Fa-f]{4})")
_CONTROL = re.compile(r"\bASCII characters?\s*\(0\s*[-–~]\s*31\)", re.I)


_EDGE = re.compile(r"(?<!not )(?<!cannot )\b(start|begin|end)(?:s|ning|ing)?((?: and end(?:s|ing)?)?) with "
                   r"((?:an? )?[a-z ]+?(?:\s*\(\S\))?(?:(?:,\s*|,?\s+or\s+)(?:an? )?[a-z ]+?(?:\s*\(\S\))?)*)"
                   r"(?=\s*(?:[.;,]|$|and\b|but\b|\(|must\b|can\b|cannot\b))", re.I)
_EDGE_NOT = re.compile(r"\b(?:cannot|can't|must not|may not|should not)\s+(?:start|begin)( or end)?\s+with\s+"
                       r"((?:an? )?[a-z ]+?\s*\(\S\)(?:(?:,\s*|,?\s+or\s+)(?:an? )?[a-z ]+?\s*\(\S\))*)", re.I)
# `must start with a slash (/), **http://**, or **https://**`: the value starts with one of these
_PREFIX_ONE_OF = re.compile(r"\b(?:must|should|shall)\s+(?:start|begin)\s+with\s+"
                            r"((?:(?:an? (?:(?!\bor\b)[a-z ])+ \(\S+\)|\*\*[^*]+\*\*)(?:,\s*|,?\s+or\s+)?)+)"
                            r"(?=\s*(?:[.;]|$|and\b))", re.I)
# `**Regular expression matching**:` then the expression, on a line of its own or after the colon
_STATED_REGEX = re.compile(r"\bregular expression(?: matching)?\b[^\n]*[:：]\**\s*(\^\S+\$)\s*(?:\n|$)", re.I)
# `Replace a slash (/) with a dollar sign ($) before you send the request`: the value sent is not the one described
_REWRITTEN = re.compile(r"\breplace\b[^.]*\bwith\b[^.]*\bbefore\b", re.I)
_VARIANT_BULLET = re.compile(r"^-?\s*(?!(?:constraints?|restrictions?|notes?|values?|range|format)\s*:)"
                             r"[A-Z][\w -]{0,30}:\s", re.I)
_NEGATION = re.compile(r"\b(?:cannot|can't|not|never)\b", re.I)


def _wider(edge: str, body: str) -> bool:
    """The class of the first or last character admits a letter in a case the allowed characters do not (`start with
    a letter`, `lowercase letters are allowed`); a symbol the edge rule names is allowed there by that rule."""
    return bool(edge) and any(re.fullmatch(edge, c) and not re.fullmatch(body, c) for c in string.ascii_letters)


def _prefixes_one_of(s: str) -> list[str]:
    m = _PREFIX_ONE_OF.search(s)
    if not m:
        return []
    out = [b.strip() for b in re.findall(r"\*\*([^*]+)\*\*", m.group(1))]
    out += re.findall(r"\((\S+)\)", re.sub(r"\*\*[^*]+\*\*", "", m.group(1)))
    return [p for p in out if p]


def _bullets_after(lines: list[str], clean: str) -> str:
    """The nested bullets under the line that holds `clean` (`Can contain only the following character types:`)."""
    start = next((i for i, ln in enumerate(lines) if clean[:30] and clean[:30] in clean_text(ln)), None)
    if start is None:
        return ""
    indent = len(lines[start]) - len(lines[start].lstrip())
    out = []
    for ln in lines[start + 1:]:
        if ln.strip() and len(ln) - len(ln.lstrip()) <= indent:
            break
        out.append(ln)
    return clean_text("\n".join(out))


def rule_pattern(cell: Cell) -> list[Finding]:
    """One pattern composed from every charset sentence of the cell: allowed characters, the first and last
    character, excluded characters, excluded and required prefixes; or a password complexity rule; or the regular
    expression the cell states."""
    if value_kind(cell) not in ("string", "any"):
        return []
    if m := _STATED_REGEX.search(cell.text):
        stated = m.group(1).replace("`", "")  # ``>|<`` inside it: the reader's literal markers, not characters
        try:
            re.compile(stated)
        except re.error:
            return []
        return [Finding("pattern", stated, m.group(0).strip())]
    if _REWRITTEN.search(clean_text(cell.text)):
        return []
    allowed: list[str] = []
    wide = False
    forbidden = ""
    control = False
    first = ""
    first_not = ""
    last_not = ""
    last = ""
    prefixes: list[str] = []
    one_of: list[str] = []
    not_only = ""
    used: list[str] = []
    lines = cell.text.split("\n")
    edge_not = ""
    not_blank = not_ip = False
    adjacent: list[str] = []
    # bullets about a part of the value (`- *Service name*: ...`) do not constrain the whole value
    text = "\n".join(ln for ln in cell.text.split("\n") if not re.match(r"^\s*-\s+\*{1,2}[^*]+\*{1,2}\s*:", ln))
    # a bullet that opens with a condition (`- If entity_type is set to DOMAIN, enter account names. ...`) states
    # every one of its sentences under that condition
    text, conditional = without_conditional_bullets(text)
    conditional += [ln for ln in text.split("\n") if FOR_BULLET.match(ln)]  # `- For Windows, ...`: one variant's
    text = "\n".join(ln for ln in text.split("\n") if ln not in conditional)
    on_parts = [Finding(AMBIGUOUS, "pattern: the characters are stated under a condition", clean_text(ln))
                for ln in conditional if _CHARSET_WORDS.search(ln) and _CHARSET_RULE.search(ln)]
    text, advised = without_recommendations(text)  # `Recommended password complexity requirements:` then bullets
    on_parts += [Finding(AMBIGUOUS, "pattern: the characters are stated as a recommendation", clean_text(ln))
                 for ln in advised if _CHARSET_WORDS.search(ln)]
    text, of_parts = without_part_lists(text)  # `A file name must conform to the following rules:` then bullets
    on_parts += [Finding(AMBIGUOUS, "pattern: the characters of a part of the value", clean_text(ln))
                 for ln in of_parts if _CHARSET_WORDS.search(ln) and _CHARSET_RULE.search(ln)]
    extra: list[str] = []  # special characters stated as allowed besides others: added to a stated charset
    in_variant = {v for ln in text.split("\n") if _VARIANT_BULLET.match(ln.strip()) for v in sentences(ln)}
    extra_used: list[str] = []
    for s, on_part in sentences_on_parts(text, cell):
        clean = clean_text(s).lstrip("- ")
        # characters a part cannot hold the whole value cannot hold either: only the allowed ones stay with the part
        if on_part and (about_a_part(s, cell) or not FORBIDDEN.search(clean)):
            if _CHARSET_WORDS.search(clean):
                on_parts.append(Finding(AMBIGUOUS, "pattern: the sentence states what a part of the value holds", s))
            continue
        if found := complexity(s, clean):
            return found
        if re.match(r"^-\s+\*{1,2}[^*]+\*{1,2}\s*:", s.strip()):
            continue  # a bullet about a part of the value (`- *Service name*: ...`), not the whole value
        hit = False
        if NOT_AN_IP.search(clean):
            not_ip, hit = True, True
        if _ONLY_SPACES.search(clean):
            not_blank, hit = True, True
        if re.search(r"\b(?:cannot|can't|must not) (?:start|begin) or end with (?:a )?spaces?\b", clean, re.I):
            edge_not, hit = " ", True
        if pairs := not_adjacent(clean):
            adjacent, hit = adjacent + [p for p in pairs if p not in adjacent], True
        if _START_END_LETTER_OR_DIGIT.search(clean):
            first, last, hit = "[A-Za-z0-9]", "[A-Za-z0-9]", True
        if m := _PREFIX_NOT.search(s):
            prefixes += [v.strip() for v in re.findall(r"\*{1,2}([^*]+?)\*{1,2}", m.group(1)) if v.strip()]
            hit = True
        # `- OBS: The path must start with s3a://`, `- Local path: Enter a path. The path must start with a slash
        # (/).`: every sentence of a bullet that names a variant states that variant's rule
        variant = bool(_VARIANT_BULLET.match(s.strip())) or s in in_variant
        if not variant and (listed := _prefixes_one_of(s)):
            one_of, hit = listed, True
        for m in _EDGE.finditer(clean):
            cls = edge_class(m.group(3))
            clause = re.split(r"[.;,]", clean[:m.start()])[-1]
            if cls and m.group(1).lower() == "end" and _NEGATED_OR.search(clean[:m.start()]):
                # `cannot start with a period or underscore, or end with a period`: the end is negated too
                if len(cls.replace("\\", "")) == 1:
                    last_not, hit = last_not + cls.replace("\\", ""), True
                continue
            if not cls or one_of or variant or _NEGATION.search(clause):
                continue
            if m.group(1).lower() == "end":
                last, hit = f"[{cls}]", True
            else:
                first, hit = f"[{cls}]", True
                if m.group(2):
                    last = first
        if not first:
            if _START_LETTER_OR_DIGIT.search(clean):
                first, hit = "[A-Za-z0-9]", True
            elif _FIRST_LOWER.search(clean):
                first, hit = "[a-z]", True
            elif _START_LETTER.search(clean):
                first, hit = "[A-Za-z]", True
        if m := _FIRST_NOT_DIGIT.search(clean):
            first_not, hit = "0-9" + (" " if m.group(1) else ""), True
        if m := _EDGE_NOT.search(clean):
            chars = "".join(re.findall(r"\((\S)\)", m.group(2)))
            first_not += escape_class(chars)
            if m.group(1):
                last_not += chars
            hit = hit or bool(chars)
        if re.search(r"\b(?:cannot|can't|must not|may not) (?:start|begin) with an? space\b", clean, re.I):
            first_not, hit = first_not + " ", True
        if _DECIMAL_INTEGER.search(clean) and not allowed:
            allowed, hit = ["0-9"], True  # a number written as a string: digits only (no sign, no `0x`)
        if _END_LETTER_OR_DIGIT.search(clean) and not last:
            last, hit = "[A-Za-z0-9]", True
        if m := _LAST_NOT.search(clean):
            last_not, hit = last_not + m.group(1), True
        if m := _CANNOT_ONLY.search(clean):
            not_only, hit = m.group(1), True
        elif ((FORBIDDEN.search(clean) and re.search(r"characters?|symbols?|brackets|\([^\w\s()]+\)", clean)) or
              NO_SPACES.search(clean)) and \
                not re.search(r"\b(?:consecutive|adjacent|next to each other|combinations?)\b", clean, re.I):
            chars = forbidden_chars(forbidding_clause(s.replace("**", "")))
            if clean.rstrip().endswith(":"):
                # "It cannot contain the following characters:" then bullets or a line with `(x)`, `"x"` symbols
                tail = "\n".join(lines[next((i for i, ln in enumerate(lines) if clean[:30] in clean_text(ln)), 0):])
                chars += "".join(SYMBOLS.findall(tail)) + "".join(QUOTED_CHAR.findall(tail.replace("`", "")))
                control = control or bool(_CONTROL.search(tail))
            control = control or bool(_CONTROL.search(clean))
            if NO_SPACES.search(forbidding_clause(clean)):
                chars += " "  # `cannot contain spaces`, `Spaces, ampersands (&), and colons (:) are not allowed`
            chars = "".join(dict.fromkeys(chars))
            if chars:
                forbidden, hit = forbidden + chars, True
            if pairs := doubled(clean):  # `or double tildes (~~)`: the pair, not the character
                adjacent, hit = adjacent + [p for p in pairs if p not in adjacent], True
        if m := _CAN_CONTAIN_SPECIAL.search(s.replace("`", "")):
            for ch in m.group(1).rstrip("."):
                part = "\\-" if ch == "-" else (ch if ch in "_. @/:+" else re.escape(ch))
                if part not in allowed:
                    allowed.append(part)
            hit = True
        elif m := _CAN_CONTAIN_LISTED.search(s):
            for ch in listed_chars(m.group(1)):
                part = "\\-" if ch == "-" else (ch if ch in "_. @/:+" else re.escape(ch))
                if part not in allowed:
                    allowed.append(part)
            hit = True
        only = _ONLY_CHARS.search(clean) or _CHARSET_ALLOWED.search(clean) or _CAN_CONTAIN.search(clean)
        if only is None and (only := CONSISTS_OF.search(clean)) and not all_named(clean[only.end():]):
            only = None  # `consists of digits and version tags`: a part the classes do not name; no charset
        if only and re.search(r"\b(?:cannot|can't|must not|may not)\s+(?:\w+\s+)?$", clean[:only.start()]):
            only = None
        if only and not FORBIDDEN.search(clean[only.start():]):
            after = clean[only.start():]
            if after.rstrip().endswith(":") and not re.search(r"[:：]\s*\S", after):
                after += " " + _bullets_after(lines, clean)  # `Can contain only the following character types:`
            after = re.sub(r"\([^A-Za-z0-9()]*\)", lambda p: p.group(0).replace(" ", ""), after)  # `(_ . : @)`
            after = re.split(r"\.\s|;|\bstart|\bbegin|\bmust\b|\bcannot\b", after)[0]
            after = re.sub(r"the following characters?\s*[:：].*$", "", after)  # read by _CAN_CONTAIN_LISTED
            parts = [cls for rx, cls in CHARSETS if rx.search(after)]
            for sym in SYMBOLS.findall(after):
                for ch in sym:
                    if ch not in "-_." and re.escape(ch) not in parts:
                        parts.append(re.escape(ch))
                    elif ch == "-" and "\\-" not in parts:
                        parts.append("\\-")
                    elif ch in "_." and ch not in parts:
                        parts.append(ch)
            for ch in listed_specials(s, clean[only.start():]):
                part = "\\-" if ch == "-" else (ch if ch in "_. @/:+" else re.escape(ch))
                if part not in parts:
                    parts.append(part)
            for lo, hi in _UNICODE_RANGE.findall(s):
                parts.append(f"\\u{lo.lower()}-\\u{hi.lower()}")
            if re.search(r"special characters?,? but only", clean, re.I):
                parts += ["A-Za-z", "0-9"]
            if parts and not {"A-Za-z", "A-Z", "a-z", "0-9"} & set(parts) and not re.search(
                    r"\bonly\b", clean, re.I) and not allowed and _ONLY_CHARS.search(clean) is None:
                # `Special characters, such as hyphens (-) and slashes (/), are allowed.`: these besides the usual
                # ones, not the only characters; they widen a charset another sentence states
                extra += [p for p in parts if p not in extra]
                extra_used.append(s)
            elif len(parts) >= 1 and re.search(r"letters?|digits?|numbers?|characters?|spaces?", after, re.I):
                allowed += [p for p in parts if p not in allowed]
                wide = wide or bool(_WIDE_LETTERS.search(after))
                hit = True
        if hit:
            used.append(s)
    if allowed and extra:
        allowed += [p for p in extra if p not in allowed]
        used += [s for s in extra_used if s not in used]
    if not used:
        return on_parts
    sep = SEPARATED.search(clean_text(cell.text))
    if sep and cell.kind != "array":
        ch = next(g for g in sep.groups() if g)
        part = "\\-" if ch == "-" else (ch if ch in "_. @/:+," else re.escape(ch))
        if (allowed and part not in allowed) or ch in forbidden:
            # `A dimension can contain only letters ... If there are multiple dimensions, use commas (,) to separate
            # them.`: the characters of each item, and the separator between them
            why = "pattern: the characters are stated for each item of a separated list"
            return [Finding(AMBIGUOUS, why, " ".join(used)), *on_parts]
    if allowed and "/" not in allowed and PATH_FORM.search(clean_text(cell.text)):
        why = "pattern: the allowed characters leave out the slashes of the path the cell states"
        return [Finding(AMBIGUOUS, why, " ".join(used)), *on_parts]
    cls = char_class(allowed) if allowed else ""
    ctl = "\\x00-\\x1f" if control else ""
    body = (f"(?:{cls}|[^\\x00-\\x7f])" if wide else cls) if allowed else \
        (f"[^{ctl}{escape_class(forbidden)}]" if forbidden or control else ".")
    ahead = "".join(f"(?!{re.escape(p)})" for p in prefixes)
    if one_of:
        ahead += "(?=" + "|".join(re.escape(p) for p in one_of) + ")"
    if edge_not:
        ahead += "(?! )(?!.* $)"
    if not_only:
        ahead += f"(?!{re.escape(not_only)}+$)"
    if not_blank:
        ahead += "(?! *$)"
    if not_ip:
        ahead += "(?!\\d{1,3}(?:\\.\\d{1,3}){3}$)"  # `Cannot be formatted as an IP address.`
    if first_not:
        ahead += f"(?![{first_not}])"
    if last_not:
        ahead += f"(?!.*[{escape_class(last_not)}]$)"
    if (forbidden or control) and allowed:
        ahead += f"(?!.*[{ctl}{escape_class(forbidden)}])"
    if adjacent:
        ahead += "(?!.*(?:" + "|".join(re.escape(p) for p in adjacent) + "))"
    if allowed and (_wider(first, body) or _wider(last, body)):
        ahead += f"(?=(?:{body})*$)"  # `start with a letter` and `lowercase letters are allowed`: both hold
    if first and last:
        core = f"{first}(?:{body}*{last})?"
    elif first:
        core = f"{first}{body}*"
    elif last:
        core = f"(?:{body}*{last})?"
    else:
        core = f"{body}*"
    return [Finding("pattern", f"^{ahead}{core}$", " ".join(used)), *on_parts]
