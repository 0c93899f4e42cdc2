"""The character classes the docs name (`letters`, `digits`, `underscores (_)`, ...) as regex classes, the password
complexity rule built from them (`at least three of the following: uppercase letters, lowercase letters, ...`), and the
phrasings of allowed, excluded and edge characters the charset rule (pattern.py) composes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from generator.constraints.rules.pattern_cues import WIDE_LETTERS, bullets_after
from generator.constraints.rules.pattern_pairs import named_char
from generator.constraints.rules.text import BOLD, Finding, clean_text, list_items

__all__ = [
    "CHARSETS",
    "CONSISTS_OF",
    "FORBIDDEN",
    "FOR_BULLET",
    "NOT_AN_IP",
    "NO_SPACES",
    "PATH_FORM",
    "QUOTED_CHAR",
    "SEPARATED",
    "SYMBOLS",
    "all_named",
    "char_class",
    "class_part",
    "complexity",
    "doubled",
    "edge_class",
    "escape_class",
    "followed_by",
    "forbidden_chars",
    "forbidding_clause",
    "listed_after",
    "listed_chars",
]


CHARSETS: tuple[tuple[re.Pattern[str], str], ...] = (
    # `uppercase and lowercase letters`: both cases
    (re.compile(r"\b(?:upper-?case|capital)(?: and lower-?case)? letters?\b|\blower-?case and upper-?case letters\b",
                re.I), "A-Z"),
    (re.compile(r"\b(?:upper-?case and )?lower-?case(?: and upper-?case)? letters?\b", re.I), "a-z"),
    (re.compile(r"(?<!uppercase )(?<!lowercase )(?<!upper-case )(?<!lower-case )(?<!capital )\bletters?\b", re.I),
     "A-Za-z"),
    (re.compile(r"\bdigits?\b|\bnumbers?\b(?! signs?\b)", re.I), "0-9"),
    (re.compile(r"\balphanumeric(?:s| characters?)?\b", re.I), "A-Za-z0-9"),
    (re.compile(r"\bhyphens?\b|\bminus signs?\b|\bdashes\b", re.I), "\\-"),
    (re.compile(r"\bunderscores?\b", re.I), "_"),
    (re.compile(r"\bperiods?\b|\bdots?\b|\bfull stops?\b|\bdecimal points?\b", re.I), "."),
    (re.compile(r"\bspaces?\b", re.I), " "),
    (re.compile(r"\bat signs?\b", re.I), "@"),
    (re.compile(r"\bslashes\b|\bslash\b", re.I), "/"),
    (re.compile(r"\bcolons?\b", re.I), ":"),
    (re.compile(r"\bplus signs?\b", re.I), "+"),
    (re.compile(r"\bparenthes[ei]s\b", re.I), "()"),
    (re.compile(r"\bcommas?\b", re.I), ","),
)
# `at least three of the following character types: ...`, `at least three types of uppercase letters, ...`
_COMPLEXITY = re.compile(r"at least (two|three|four|2|3|4) (?:(?:character )?(?:types|kinds|categories) )?of "
                         r"(?:the following(?: character types)?\s*[:：]?\s*)?(.+)$", re.I)
# the characters in a literal; the reader writes a literal that starts with a backtick (:literal:`\`~!@...`) as two
_SPECIAL_QUOTED = re.compile(r"special characters?\s*[(:：]?\s*`(`?[^`]+)`", re.I)
# `special characters (~!@#$%^*-_=+?,()&).`: a list in parentheses may hold parentheses; it ends at the last one
_SPECIAL_PARENTHESES = re.compile(r"special characters?\s*\(\s*([^\sA-Za-z0-9]+)\)(?=[\s.,;:]|$)", re.I)
_SPECIAL = re.compile(r"special characters?\s*(?:\(|:)\s*([^\sA-Za-z0-9)]+)\)?", re.I)
# the character types a complexity rule counts, as the docs name them (`upper-case letters`, `capital letters`, `small
# letters`, `numbers`); `letters` alone is one type of either case
_TYPES = (("uppercase", r"\b(?:upper-?case|capital)\b", "A-Z"), ("lowercase", r"\b(?:lower-?case|small)\b", "a-z"),
          ("letter", r"(?<!case )(?<!capital )(?<!small )\bletters\b", "A-Za-z"), ("digit", r"\b(?:digits?|numbers?)\b",
                                                                                 "0-9"))
_WORDS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def char_class(parts: Sequence[str]) -> str:
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


def escape_class(chars: str) -> str:
    return "".join(_CONTROL_ESCAPES.get(c) or ("\\" + c if c in "\\]^-[" else c) for c in chars)


_CONTROL_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def complexity(s: str, clean: str) -> list[Finding]:
    m = _COMPLEXITY.search(clean)
    if not m:
        return []
    n = _WORDS[m.group(1).lower()]
    classes: list[tuple[str, str]] = []
    rest = m.group(2)
    for label, cue, cls in _TYPES:
        if re.search(cue, rest, re.I) and not (label == "letter" and any(c in ("A-Z", "a-z") for _, c in classes)):
            classes.append((label, cls))
    special_m = _SPECIAL_QUOTED.search(s) or _SPECIAL_PARENTHESES.search(rest) or _SPECIAL.search(rest)
    special = special_m.group(1).rstrip(".") if special_m else ""
    if special_m and special:
        classes.append(("special", escape_class(special)))
    elif re.search(r"special", rest, re.I):
        classes.append(("special", "^A-Za-z0-9"))
    for rx, cls in CHARSETS[4:]:  # hyphens, underscores, periods, ...: a class of their own when named as a type
        if rx.search(BOLD.sub("", _SPECIAL_QUOTED.sub("", rest))) and not any(c == cls for _, c in classes):
            classes.append((cls.strip("\\"), cls))
    if len(classes) < n:
        return []
    alts = ["".join(f"(?=.*[{c}])" for _, c in combo) for combo in combinations(classes, n)]
    # the types a value must mix, not the only characters it may hold: other characters are not excluded
    no_space = "(?!.* )" if re.search(r"\b(?:cannot|can't|must not|may not) contain spaces?\b", clean, re.I) else ""
    return [Finding("pattern", f"^{no_space}(?:{'|'.join(alts)}).*$", s),
            Finding("x-password-complexity", {"min_classes": n, "classes": [label for label, _ in classes],
                                              **({"special": special} if special_m and special else {})}, s)]


# `The value consists of uppercase and lowercase letters, digits, and hyphens (-).`, `It is a word composed of
# uppercase letters.`: the classes the value is made of; not a count (`consists of 1 to 64 characters, including ...`)
CONSISTS_OF = re.compile(r"\b(?:consists?|consisting|(?:is |are )?composed|(?:is |are )?made up|"
                         # `The name is a string of letters, digits, and hyphens (-).`
                         # (not `is a string of digits, for example 0012`: a form shown by an example)
                         r"(?<!not )(?:is|be) an? (?:string|sequence|combination)(?= of(?![^.;]*\bfor example\b))) of\b"
                         r"(?!\s*(?:up to|a maximum of|at most|at least|a minimum of|no more than|one or more|\d))"
                         r"(?=[^.;]*\b(?:letters?|digits?)\b)(?![^.;]*\b(?:including|such as|characters? of)\b)", re.I)
_ITEM = re.compile(r"^(?:and |or )?(?:an? |the )?(?:[\w-]+ ){0,2}?(?:[\w-]+)(?:\s*\([^()]*\))?$")


def all_named(listed: str) -> bool:
    """Every item of a list of character classes (up to the sentence's end or its `for example`) is a class the docs
    name (`letters`, `hyphens (-)`): an item the rule cannot read would be refused by the pattern."""
    listed = re.split(r"[.;]\s|[.;]$|,?\s+for example\b|,?\s+e\.g\.", listed.strip())[0]
    listed = re.sub(r"\b(?:upper|lower)case and (?:upper|lower)case letters\b", "letters", listed, flags=re.I)
    listed = re.sub(r"\s+only\s*\.?$", "", listed)  # `composed of letters, digits, and hyphens (-) only`
    items = list_items(listed)
    return bool(items) and all(_ITEM.match(i) and (any(rx.search(i) for rx, _ in CHARSETS) or SYMBOLS.search(i) or
                                                   WIDE_LETTERS.search(i) or named_char(i)) for i in items)


# spaces named among the characters a value cannot contain; not `cannot contain only spaces`, `consecutive spaces`,
# `cannot contain spaces at the beginning or end` (an edge rule: pattern_edges)
_AT_ENDS = r"(?!\s+(?:at|on|in)\s+(?:the\s+)?(?:beginning|start|end|both ends|either end|head))"
NO_SPACES = re.compile(r"\b(?:cannot|can't|must not|may not|does not|do not)\s+(?:contain|include|support|allow)\s+"
                       r"(?:any\s+)?"
                       r"spaces\b" + _AT_ENDS + r"|^spaces,[^.;]*\b(?:are|is) not (?:allowed|supported|permitted)\b"
                       + _AT_ENDS + r"|^spaces (?:are|is) not (?:allowed|supported|permitted)\b" + _AT_ENDS +
                       # `No spaces are allowed.`, `Spaces cannot be used.`, `Spaces are prohibited.`, `Do not use
                       # spaces.`
                       r"|^no spaces (?:are|is) (?:allowed|supported|permitted)\b" + _AT_ENDS +
                       r"|^spaces (?:cannot|can't|must not|may not) be (?:used|included|contained)\b" + _AT_ENDS +
                       r"|^spaces (?:are|is) (?:prohibited|forbidden|disallowed)\b" + _AT_ENDS +
                       r"|^(?:do not|don't) (?:use|include|enter) (?:any )?spaces\b" + _AT_ENDS, re.I)
# the value is a list whose items a separator parts: `If there are multiple dimensions, use commas (,) to separate
# them.`, `Separate multiple IDs with commas (,).`, `separated by commas (,)`
SEPARATED = re.compile(r"\b(?:separated|delimited) (?:by|with) (?:an? )?[a-z ]*?\((\S)\)|"
                       r"\buse (?:an? )?[a-z ]*?\((\S)\) to separate\b|"
                       r"\bseparate [^.]*? with (?:an? )?[a-z ]*?\((\S)\)", re.I)


_EDGE_WORDS = {"uppercase letter": "A-Z", "capital letter": "A-Z", "lowercase letter": "a-z", "letter": "A-Za-z",
               "english letter": "A-Za-z", "digit": "0-9", "number": "0-9", "underscore": "_", "hyphen": "\\-",
               "period": "\\.", "space": " ", "slash": "/", "letter or digit": "A-Za-z0-9", "dot": "\\.",
               "chinese character": "\\u4e00-\\u9fff"}
# a name of up to three words, then its symbol (not `the last character cannot be a hyphen (-)`: a clause)
_EDGE_SYMBOL = re.compile(r"^(?:an? |the )?(?:[a-z]+ ){0,2}[a-z]+\s*\((\S)\)$", re.I)


def edge_class(phrase: str) -> str:
    """`a lowercase letter or an underscore` -> `a-z_`; '' when any item is not a character class."""
    out = ""
    # `end with a letter or digit, and can contain ...`: the clause's `, and` closes the list, it names no class
    phrase = re.sub(r",\s*and$", "", phrase.strip())
    # `an uppercase or lowercase letter` is any letter
    phrase = re.sub(r"\b(?:upper|lower)case or (?:upper|lower)case (letters?)\b", r"\1", phrase, flags=re.I)
    for item in re.split(r",\s*(?:(?:or|and)\s+)?|\s+or\s+", phrase):
        item = re.sub(r"^(?:an?|the)\s+", "", item.strip().lower())
        item = re.sub(r"s$", "", item) if item.rstrip("s") in _EDGE_WORDS else item
        if item in _EDGE_WORDS:
            out += _EDGE_WORDS[item]
        elif m := _EDGE_SYMBOL.match(item):  # `an underscore (*)`: the name and the symbol disagree, both stay
            word = re.sub(r"s$", "", item[:item.rindex("(")].strip())
            named = _EDGE_WORDS.get(word, "")
            out += escape_class(m.group(1)) + (named if named and m.group(1) not in {"-": "-", "\\-": "-"}.get(
                named, named.replace("\\", "")) else "")
        else:
            return ""
    return out


# `- For Windows, the file name contains only letters and digits.`: a bullet about one variant (not `For example,`)
FOR_BULLET = re.compile(r"^\s*-\s+for (?!example\b|details\b|more\b)[\w ()/.-]{1,40},\s", re.I)
NOT_AN_IP = re.compile(r"\b(?:cannot|can't|must not|may not) be (?:formatted as |in the format of )?an IP(?:v4)? "
                       r"address\s*(?:[.;]|$)", re.I)  # not `an IP address or address segment starting with 0`
# `The value is an absolute path.`: a value that holds slashes, whatever charset another sentence states
PATH_FORM = re.compile(r"\b(?:absolute|relative) path\b|\b(?:is|be) an? (?:file |directory )?path\b", re.I)


# `cannot contain other special characters` forbids what the sentence does not name: the named ones are allowed
FORBIDDEN = re.compile(r"\b(?:cannot|can't|must not|may not|does not|do not|should not)\s+(?:contain|include|support|"
                       r"use)\b(?!\s+(?:any\s+)?other\b)|\b(?:are|is) not (?:allowed|supported|permitted)\b|"
                       r"\bexcept\b|\bexcluding\b|"
                       r"\b(?:cannot|can't|must not)\b[^.]*\bor (?:contain|include) the following\b", re.I)
_NOT_ALLOWED = re.compile(r"\b(?:are|is) not (?:allowed|supported|permitted)\b", re.I)


def forbidding_clause(s: str) -> str:
    """The part of a sentence that names the forbidden characters: after `cannot contain` or `except`, before `are
    not allowed`; not the characters another clause names (`can contain at most one wildcard (*) and cannot contain
    spaces`, `Periods (.) are supported to match any character except \\n`)."""
    m = FORBIDDEN.search(s)
    if m is None:
        return s
    if _NOT_ALLOWED.match(m.group(0)):  # `... are not allowed: !<>` lists them after the colon
        return s if s[m.end():].lstrip().startswith((":", "：")) else s[:m.end()]
    return s[m.start():]


SYMBOLS = re.compile(r"\(([^A-Za-z0-9\s()]+)\)")
_SYMBOLS_OR = re.compile(r"\(([^A-Za-z0-9\s()](?:(?:,\s*|,?\s+(?:or|and)\s+)[^A-Za-z0-9\s()])+)\)")
QUOTED_CHAR = re.compile(r"[\"“]([^\"“”\sA-Za-z0-9])[\"”]")
# `double tildes (~~)`, `two consecutive periods (..)`: the pair is what is excluded, not the character
_DOUBLED = re.compile(r"\b(?:double|two consecutive|consecutive)\s+[a-z ]+?\s*\((\S)\1\)", re.I)


def listed_chars(chars: str) -> str:
    """The characters of a backquoted list: `_ . : = +` (spaces separate) or `;|&>'<$,` (spaces are listed)."""
    if re.fullmatch(r"\S(?: \S)+", chars.strip()):
        chars = chars.replace(" ", "")
    return "".join(dict.fromkeys(chars))


def doubled(text: str) -> list[str]:
    """The pairs a sentence excludes as pairs: `cannot contain commas (,) or double tildes (~~)` -> `~~`."""
    return [m.group(1) * 2 for m in _DOUBLED.finditer(text)]


_SUCH_AS = re.compile(r"\bspecial characters?,? such as\s+([^\sA-Za-z0-9]+(?:(?:\s+|,\s*|,?\s+(?:and|or)\s+)"
                      r"[^\sA-Za-z0-9]+)*)", re.I)


# `special characters !@#$%`, `Characters <, >, and & are not allowed`: symbols listed bare after their name
_BARE = r"[^\sA-Za-z0-9()`'\"“]"
_ONE = r"[^\sA-Za-z0-9()`'\"“,]"  # one item of a list the commas part
_BARE_SPECIALS = re.compile(rf"\bspecial characters?\s+({_BARE}{{2,}})(?=\s|$)|"
                            rf"(?:^|\bthe )characters?\s+({_ONE}+(?:(?:,\s*|,?\s+(?:and|or)\s+){_ONE}+)*)(?=\s|$)",
                            re.I)


def forbidden_chars(text: str) -> str:
    """Characters a sentence (or the bullets after it) says are not allowed: `: *<>\\=`, `(*)`, `(<>)`, a backquoted
    list after `special characters` (`such as` lists forbid what they list), quoted ones (`"<", ">"`); not the
    character of a pair excluded as a pair (`double tildes (~~)`: a single tilde is allowed)."""
    chars = ""
    quoted = re.search(r"(?:characters?|symbols?)\b[^`.:：]{0,40}?[:：]?\s*`([^`]+)`", text)
    if quoted:
        chars += listed_chars(quoted.group(1)).rstrip(".")  # `;|&><'$.`: the period ends the sentence
    plain = _DOUBLED.sub("", text.replace("`", ""))
    # `the following characters: <>&'()`, `the following characters: ! < > = & " '` (spaced)
    after_colon = re.search(r"(?:characters?|symbols?)[^:：.]{0,40}[:：]\s*([^\sA-Za-z0-9]+(?:[ \t]+[^\sA-Za-z0-9]+)*)",
                            plain)
    if after_colon and not quoted:
        chars += re.sub(r"\s+", "", after_colon.group(1)).rstrip(".")
    # `cannot contain special characters such as < > &`, `special characters, such as < and >`: bare symbols
    if not quoted and (such := _SUCH_AS.search(plain)):
        chars += re.sub(r"\s+|,|\band\b|\bor\b", "", such.group(1)).rstrip(".")
    elif not quoted and not after_colon and (bare := _BARE_SPECIALS.search(plain)):
        # `cannot contain special characters !@#$%.`
        chars += re.sub(r"\s+|,|\band\b|\bor\b", "", bare.group(1) or bare.group(2)).rstrip(".")
    for sym in SYMBOLS.findall(plain):
        chars += sym
    for found in _SYMBOLS_OR.findall(plain):  # `angle brackets (< or >)`
        chars += re.sub(r"\s+(?:or|and)\s+|[\s,]", "", found)
    chars += "".join(QUOTED_CHAR.findall(plain))
    return "".join(dict.fromkeys(chars))


def class_part(ch: str, keep: str = "_. @/:+") -> str:
    """One allowed character as a part of a regex class."""
    return "\\-" if ch == "-" else (ch if ch in keep else re.escape(ch))


_SPACED_SPECIALS = re.compile(r"(special characters?\s*[:：]\s*)([^\sA-Za-z0-9]+(?:\s+[^\sA-Za-z0-9]+)+)", re.I)


def listed_after(after: str, lines: list[str], clean: str) -> str:
    """The list of characters after `only`/`allowed`, up to the sentence's next rule; a list opened by a colon is
    the nested bullets under it (`Can contain only the following character types:`)."""
    listed = ""
    if after.rstrip().endswith(":") and not re.search(r"[:：]\s*\S", after):
        nested = bullets_after(lines, clean, raw=True)
        after += " " + clean_text(nested)
        # `- Special characters: ~ ` ! @ # ( ) - _ . / : ;`: one list (as written: clean text has no backticks)
        if m := _SPACED_SPECIALS.search(" ".join(nested.replace("**", "").split())):
            listed = "".join(m.group(2).split())
    after = re.sub(r"\([^A-Za-z0-9()]*\)", lambda p: p.group(0).replace(" ", ""), after)  # `(_ . : @)`
    if listed:
        after = _SPACED_SPECIALS.sub(lambda p: p.group(1) + listed, after, count=1)
    # the cue's own `must` (`must contain only digits`) opens the list; a later one opens the next rule
    lead = re.match(r"^\s*(?:must|should)\s+", after)
    rest = re.split(r"\.\s|;(?!$)|\bstart|\bbegin|\bmust\b|\bcannot\b", after[lead.end() if lead else 0:])[0]
    after = (lead.group(0) if lead else "") + rest
    # read by CAN_CONTAIN_LISTED; not `the following characters: hyphens (-) and underscores (_)`: named items
    return re.sub(r"the following characters?\s*[:：](?!\s*(?:[a-z]+ ){0,2}[a-z]+s\s*\(\S\)|"
                  r"\s*(?:(?:upper-?case|lower-?case|english) )?(?:letters|digits)\b).*$", "", after)


# `ID of an alarm rule, which starts with **al** and is followed by 22 characters of letters, digits, or a combination
# of both`: the characters after the stated prefix, and how many when the sentence says
_FOLLOWED_BY = re.compile(r"\bstarts? with \*\*[^*]+\*\*,? and (?:is )?followed by (?:(\d+) characters? of )?(.+?)"
                          r"(?:,? or a combination of (?:both|them|these|the two))?\s*(?:[.;]|$)", re.I)


def followed_by(s: str) -> str:
    """The regex of what follows the prefix the sentence states (`[A-Za-z0-9]{22}`), or '' when it names something
    that is not a character class."""
    m = _FOLLOWED_BY.search(s)
    if m is None:
        return ""
    parts = []
    for item in list_items(m.group(2)):
        cls = next((c for rx, c in CHARSETS if rx.search(item)), None)
        if cls is None or not _ITEM.match(item):
            return ""
        parts.append(cls)
    return char_class(parts) + (f"{{{m.group(1)}}}" if m.group(1) else "*") if parts else ""
