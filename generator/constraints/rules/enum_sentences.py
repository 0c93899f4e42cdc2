"""Enumeration: the sentences that state the values inline (`Only **X** is supported.`, `The value is fixed at **v**.`,
`The value can be pending, available, or failed.`) or one value of the field (`The tracker name is **system**.`)."""

from __future__ import annotations

import re

from generator.constraints.rules.enum_lists import plain_list
from generator.constraints.rules.text import Cell, clean_text, sentences, words

__all__ = ["FILL", "FIXED", "NULLISH", "ONLY", "ONLY_AFTER", "ONLY_PLAIN", "ONLY_SEVERAL", "SINGLE", "head_noun_intro",
           "named_single", "only_plain_several", "plain_values", "range_values", "values_as_bold"]


# a word of code as a value is written (`sha2-256`, `-1`, `application/json`, `iam:agencies:assume`)
_CODE = r"-?[A-Za-z0-9][\w.:/+=-]*"
# ``x`` or `x`: a value written as a literal (RST inline literal, or interpreted text used for one)
_LITERAL = re.compile(rf"(?<!`)``({_CODE})``(?!`)|(?<!`)`({_CODE})`(?!`)")
_QUOTE = rf'(?<![*\w])(?:["“]({_CODE})["”]|[\'‘]({_CODE})[\'’])(?![*\w])'
_QUOTE_SEP = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s*\|\s*)"
# `"asc", "desc", or "none"`: two or more quoted words of code joined as a list (not JSON: `"key": "value", "k2"`)
_QUOTED_LIST = re.compile(rf"{_QUOTE}(?:{_QUOTE_SEP}{_QUOTE})+")
# `- "20M": 20 MB/s/TiB`: a bullet that opens with a quoted value
_QUOTED_BULLET = re.compile(rf"^(\s*-\s+){_QUOTE}(?=\s*(?:[:：,(-]|$|\s(?:indicates|means)\b))", re.M)


# `0: disabled; 1: enabled`, `0 indicates disabled, and 1 indicates enabled`: a plain number that opens a statement
# (a line, a bullet, or a clause after `.`, `;` or `,`) and is explained
_CODE_EXPLAINED = re.compile(r"(?:(?<=^)|(?<=^-\s)|(?<=[.;,]\s)|(?<=[.;,]\sand\s))(-?[0-9]+|true|false)"
                             r"(?=\s*[:：]\s+[A-Za-z]|\s+(?:indicates|means)\b)", re.M)


_BOLD_CODE_EXPLAINED = re.compile(r"\*\*(?:-?[0-9]+|true|false)\*\*(?=\s*[:：]\s+[A-Za-z]|\s+(?:indicates|means)\b)")


def values_as_bold(text: str) -> str:
    """The cell with its values written as the rules read them, in bold: ``x`` and `x` literals, a bullet that opens
    with a quoted value (`- "x": ...`) and a list of quoted values (`"x", "y", or "z"`) become `**x**`. Lines of JSON
    (braces, brackets, `"key":`) are left as they are: their quoted words are an example's keys and values."""
    def line_as_bold(line: str) -> str:
        line = _LITERAL.sub(lambda m: f"**{m.group(1) or m.group(2)}**", line)
        if re.search(r"[{}\[\]]|[\"”'’]\s*:\s*[\"“'‘\[{]", line):
            return line
        line = _QUOTED_BULLET.sub(lambda m: f"{m.group(1)}**{m.group(2) or m.group(3)}**", line)
        return _QUOTED_LIST.sub(lambda m: re.sub(_QUOTE, lambda q: f"**{q.group(1) or q.group(2)}**", m.group(0)), line)
    plain = len(_CODE_EXPLAINED.findall(text))
    if plain and plain + len(_BOLD_CODE_EXPLAINED.findall(text)) >= 2:
        text = _CODE_EXPLAINED.sub(r"**\1**", text)  # two or more codes explained: the codes as values
    if not re.search(r"[`\"“'‘]", text):
        return text
    return "\n".join(line_as_bold(line) for line in text.split("\n"))


ONLY = re.compile(r"\bonly\s+(?:the\s+)?(?:value\s+)?\*\*((?:(?!\*\*).)+)\*\*\s+(?:is|are)\s+"
                   r"(?:supported|allowed|available|valid)",
                   re.IGNORECASE)
# `Only SMN is supported.`, `Currently, only COMPLIANCE (compliance mode) is supported.`: one value in plain capitals
# (not `Only UUID is supported.`: a format; not `Only SSDs are supported.`: a kind of thing)
ONLY_PLAIN = re.compile(r"^(?:-\s+)?(?:[Cc]urrently,\s*)?(?:[Oo]nly)\s+"
                        r"(?!(?:UUID|URL|URI|IP|IPV[46]|JSON|XML|ASCII|CIDR)\b)"
                        r"([A-Z][A-Z0-9_]*[A-Z0-9])(?:\s*\([^()]*\))?\s+(?:is|are)\s+(?:supported|allowed|available)"
                        r"(?:\s+(?:currently|now))?\s*\.?$")
# `Currently, only **evs** (EVS volumes) and **local** (local volumes) are supported.`, `Only **windows** and **linux**
# are supported currently.`: the sentence opens with the values it allows (not `For X, only ...`: one variant's)
ONLY_SEVERAL = re.compile(r"^(?:currently,\s*)?only\s+(?:the\s+)?(?P<values>\*\*[^*]+\*\*(?:\s*\([^()]*\))?"
                           r"(?:(?:,\s*|,?\s+(?:and|or)\s+)\*\*[^*]+\*\*(?:\s*\([^()]*\))?)+)\s+(?:are|is)\s+"
                           r"(?:supported|allowed|available|valid)(?:\s+(?:currently|now))?\s*\.?$", re.I)
# `Only SATA and SSD are supported.`: the sentence opens with two or more values in plain capitals
_ONLY_PLAIN_SEVERAL = re.compile(r"^(?:-\s+)?(?:currently,\s*)?only\s+(?P<values>(?-i:[A-Z][A-Z0-9_]*[A-Z0-9])"
                                 r"(?:(?:,\s*|,?\s+(?:and|or)\s+)(?-i:[A-Z][A-Z0-9_]*[A-Z0-9]))+)\s+(?:are|is)\s+"
                                 r"(?:supported|allowed|available|valid)(?:\s+(?:currently|now))?\s*\.?$", re.I)
_FORMAT_WORDS = {"UUID", "URL", "URI", "IP", "IPV4", "IPV6", "JSON", "XML", "ASCII", "CIDR", "UTF", "HTTP", "HTTPS"}


def only_plain_several(flat: str) -> list[str]:
    """The values of `Only SATA, SAS, and SSD are supported.`, or nothing (formats named: `Only JSON and XML`)."""
    m = _ONLY_PLAIN_SEVERAL.match(flat)
    values = [v for v in re.split(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", m.group("values")) if v] if m else []
    return [] if any(v.upper() in _FORMAT_WORDS for v in values) else values


# a value list closed by `only`/`now`/`currently` (not `only when ...`: a condition)
ONLY_AFTER = re.compile(r"(?<=\*\*)\s+(?:only|now|currently)(?=\s*(?:[.,]|$))", re.I)
SINGLE = re.compile(r"^(?:the|its) (?:correct |only |parameter )?value(?: of this (?:parameter|field))? "
                     r"(?:is|must be|can only be)\s+"
                     r"\*\*((?:(?!\*\*).)+)\*\*\s*(?:[.,]|$)(?![^.]*\bby default\b)(?!\s*(?:or\s+)?\*\*)", re.I)
FILL = re.compile(r"^(?:(?:fill|enter|set)\s+\*\*((?:(?!\*\*).)+)\*\*\s+(?:in|for|as)\s+this (?:field|parameter)|"
                  r"set (?:this|the) (?:parameter|field) to \*\*((?:(?!\*\*).)+)\*\*\s*\.?$)", re.I)
NULLISH = {"null", "none", "nil", "empty"}
# `Backup type, which is **backup**.`: the cell's opening phrase and its one value
_WHICH_IS = re.compile(r"^[^.,:*]{1,80},\s+which is\s+\*\*((?:(?!\*\*).)+)\*\*\s*\.?$", re.I)


# `The value can be pending, available, or failed.`: the value (not `it`, a parameter: `It can be modified or
# deleted.`) and words of code in plain text, the whole rest of the sentence
# `Possible values are asc and desc.`, `It can be set to low, medium, or high.` (`set to`: a value, not a state)
_PLAIN_VALUES = re.compile(r"^(?:(?:the |its |the parameter |this parameter )?value (?:can|must) (?:only )?be "
                           r"(?:set to )?|"
                           r"(?:the )?(?:valid|possible|available|supported|allowed|optional|permitted|acceptable) "
                           r"(?:values|options) (?:are|include) |"
                           r"the following (?:values|options) are (?:supported|available|allowed|valid)\s*[:：]\s*|"
                           r"(?:it|this (?:parameter|field)|the (?:parameter|field)) (?:can|must) (?:only )?be set to |"
                           r"(?:the |its )?value is one of\b|"
                           r"(?:you (?:can|must|may|need to) )?set "
                           r"(?:it|this (?:parameter|field)|the (?:parameter|field)|the value) to )"
                           r"(?:(?:either|one of(?: the following)?)(?=[\s:：]))?\s*(?:the following\b)?\s*[:：]?\s*"
                           r"(?P<rest>[^*`]+?)\.?$", re.I)
# `Sort order, which can be asc or desc.`: the cell's opening phrase (the field) and its values in plain words (not
# `Data disk, which can be attached or detached.`: states of a thing, in words of prose)
_WHICH_CAN_BE = re.compile(r"^[^.,:*`]{1,80},\s+which\s+(?:can|must)\s+(?:only\s+)?be\s+(?:either\s+)?"
                           r"(?P<rest>[^*`]+?)\.?$", re.I)
_PROSE_WORD = re.compile(r"[a-z]+(?:ed|able|ible|ly)", re.I)
# `The value is 0 or 1.`: a list of alternatives joined by `or` (not `The value is unique and case-sensitive.`)
_PLAIN_IS = re.compile(r"^(?:the |its )?value is (?:either )?(?P<rest>[^*`]+?\bor\b[^*`]+?)\.?$", re.I)


def plain_values(flat: str) -> list[str]:
    m = _PLAIN_VALUES.match(flat)
    listed = plain_list(m.group("rest"), choice=True) if m else []
    if not listed and (m := _PLAIN_IS.match(flat)) and not re.search(r"\band\b", m.group("rest")):
        listed = plain_list(m.group("rest"))
    if not listed and (m := _WHICH_CAN_BE.match(flat)):
        listed = plain_list(m.group("rest"), choice=True)
        listed = [] if any(_PROSE_WORD.fullmatch(v) for v in listed) else listed
    return [] if any(v.lower() in NULLISH | {"blank", "any", "used"} for v in listed) else listed


_IS_BOLD = re.compile(r"\s+is\s+\*\*", re.I)


def named_single(flat: str, cell: Cell) -> re.Match[str] | None:
    """`The tracker name is **system**.` on `tracker_name`: the field, named in words, and its one value."""
    spelled = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", cell.name).replace("_", " ").replace("-", " ").strip()
    if not spelled or not re.fullmatch(r"[A-Za-z0-9 ]+", spelled):
        return None
    if not _IS_BOLD.search(flat):  # a piece of the pattern below: compiling that one per field name costs more
        return _WHICH_IS.match(flat)
    named = re.match(rf"^(?:the\s+)?{re.escape(spelled)}\s+is\s+\*\*((?:(?!\*\*).)+)\*\*\s*\.?$", flat, re.I)
    return named or _WHICH_IS.match(flat)


FIXED = re.compile(r"^(?:(?:the value|its value|value|it|this (?:parameter|field)|the (?:parameter|field))\s+"
                   r"(?:is|are)\s+fixed(?: at| to| as)?\s+|(?:\*\*)?fixed value(?:\*\*)?\s*[:：]\s*)"
                   r"(?:\*\*((?:(?!\*\*).)+)\*\*|(?=[A-Za-z])((?=[\w.:/-]*(?-i:[A-Z0-9_]))[\w.:/-]+?)\.?$)",
                   re.IGNORECASE)  # plain, a word of code (`List`, `v3`), not a word of prose (`unique`)


# `Keyword for sorting. The keyword can be **id** or **name**.`: the noun the cell opens with, as the subject
_HEAD_NOUN_INTRO = re.compile(r"^the (?P<noun>[a-z]+(?: [a-z]+)?) can (?:only )?be\s+(?P<rest>\*\*.*)$", re.I)


def head_noun_intro(flat: str, own: str) -> re.Match[str] | None:
    """`The keyword can be **a** or **b**.` where the cell opens with a short noun phrase naming that noun (`Keyword
    for sorting.`, `Docker protocol version.`): the property itself, named by what it is."""
    m = _HEAD_NOUN_INTRO.match(flat)
    if m is None:
        return None
    opening = sentences(own)[0] if own.strip() else ""
    phrase = clean_text(opening).rstrip(".")
    if opening == flat or len(phrase.split()) > 6 or re.search(r"\b(?:is|are|can|must|of the|which)\b", phrase, re.I):
        return None
    return m if words(m.group("noun")) <= words(phrase) else None


# Under a `**Range**` block's `Range:` marker (prose.normalise_labelled), one paragraph written plainly: a word of code
# (`requester`, `AES256`) or words of code joined by `or`, commas, bars or slashes (`false or true`, `true|false`,
# `Linux or Windows`, `32 or 64`)
_RANGE_WORD = r"[A-Za-z0-9][\w.+:=-]*"
_RANGE_PLAIN = re.compile(rf"`?({_RANGE_WORD}(?:/{_RANGE_WORD})*)`?\.?")
# words that name a kind of value, not a value (`URL`, `UUID`, `String`), and placeholders (`xxx`)
_KIND_WORDS = {"url", "uri", "urls", "uuid", "uuids", "id", "ids", "string", "strings", "json", "xml", "ip", "ipv4",
               "ipv6", "cidr", "integer", "integers", "int", "number", "numbers", "boolean", "bool", "float", "double",
               "long", "object", "array", "list", "map", "text", "date", "time", "timestamp", "datetime", "base64",
               "md5", "sha256", "etag", "email", "domain", "name", "path", "n/a", "na", "any", "all", "unlimited",
               "others", "other", "custom", "user-defined", "variable"} | NULLISH
_PLACEHOLDER = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+")
# `xxx`, `x.x.x.x`, `vX.Y`, `yyyy-MM-dd`, `HH:mm`: a placeholder or a layout, not a value
_LAYOUT = re.compile(r"(?<![A-Za-z])(?:[xX]{2,}|[xXYZN](?=[.:/-][xXYZN]\b))(?![A-Za-z])|"
                     r"^[vV]?[XYZN](?:[.:/-][XYZN])+$|^(?=.*(?:yy|MM|dd|HH|hh|mm|ss))[yMdDHhmsSTZz.:/ _-]+$")
_ONE_SLASH_PART = re.compile(r"true|false|-?[0-9]+", re.I)


def range_values(paragraph: str) -> list[str]:
    """The values a `**Range**` block's plain paragraph lists, or nothing: a kind of value or a placeholder named
    (`URL`, `DomainId`, `xxx`), a numeric range (`1-100`, `0 to 65535`), a sentence, or nouns of prose
    (`Quota, permission, version, and status`: the case of the values the cell does not tell)."""
    text = paragraph.strip().replace("`", "")
    if (m := _RANGE_PLAIN.fullmatch(text)) and "/" not in m.group(1):
        values = [m.group(1)]
        if re.fullmatch(r"-?[0-9.]+", values[0]):
            return []  # one number alone: a bound or an example as much as the only value
    elif m:
        values = m.group(1).split("/")
        if not all(_ONE_SLASH_PART.fullmatch(v) for v in values):
            return []  # `application/json`, `Read/Write`: one value with a slash in it, or words of prose
    else:
        values = plain_list(text)
    if not values or len(values) > 12:
        return []
    if any(v.lower() in _KIND_WORDS or _PLACEHOLDER.fullmatch(v) or _LAYOUT.search(v)
           or re.fullmatch(r"[0-9.]+-[0-9.]+", v) for v in values):
        return []
    if len(values) == 1 and values[0].lower() in ("true", "false"):
        return []  # one of a boolean's two values: stated as allowed, both must be (LABELLING.md)
    if len(values) >= 2 and re.fullmatch(r"[A-Z][a-z]+", values[0]) and any(re.fullmatch(r"[a-z]+", v)
                                                                          for v in values[1:]):
        return []  # `Quota, permission, version, and status`: nouns of a sentence, capitalised as its first word
    return values
