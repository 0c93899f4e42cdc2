"""Enumeration: the sentences that state the values inline (`Only **X** is supported.`, `The value is fixed at **v**.`,
`The value can be pending, available, or failed.`) or one value of the field (`The tracker name is **system**.`)."""

from __future__ import annotations

import re

from generator.constraints.rules.enum_lists import plain_list
from generator.constraints.rules.subjects import singular
from generator.constraints.rules.text import Cell, clean_text, sentences, words

__all__ = ["FILL", "FIXED", "NULLISH", "ONLY", "ONLY_AFTER", "ONLY_PLAIN", "ONLY_SEVERAL", "SINGLE", "SUPPORTED_LIST",
           "head_noun_intro", "head_noun_values", "named_single", "noun_intro_line", "only_plain_several",
           "plain_values", "range_values", "values_as_bold"]


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


# `0: disabled 1: enabled`, `Values: 0 - disabled, 1 - enabled`, `Possible values: 0: off; 1: on`: a run of two or
# more codes, each with a short meaning after a colon or a dash, that closes a line (after its start, a sentence or a
# label)
_CODE_ITEM = r"-?[0-9]+\s*(?:[:：]\s+|\s[-–]\s+)[A-Za-z][A-Za-z/ -]{0,40}?"
_CODE_RUN = re.compile(rf"(?:^|(?<=[.;:：]\s))(?:{_CODE_ITEM}(?:\s*[,;]\s*|\s+))+{_CODE_ITEM}\s*\.?$", re.M)
_RUN_CODE = re.compile(r"(?<![\w.-])(-?[0-9]+)\s*(?:[:：]|\s[-–])\s+(?=[A-Za-z])")


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
    text = _CODE_RUN.sub(lambda m: _RUN_CODE.sub(r"**\1**: ", m.group(0)), text)
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
# are supported currently.`, `Only **200** and **403** can be chosen.`: the sentence opens with the values it allows
# (not `For X, only ...`: one variant's)
ONLY_SEVERAL = re.compile(r"^(?:currently,\s*)?only\s+(?:the\s+)?(?P<values>\*\*[^*]+\*\*(?:\s*\([^()]*\))?"
                           r"(?:(?:,\s*|,?\s+(?:and|or)\s+)\*\*[^*]+\*\*(?:\s*\([^()]*\))?)+)\s+"
                           r"(?:(?:are|is)\s+(?:supported|allowed|available|valid)|can be (?:chosen|selected|used|set))"
                           r"(?:\s+(?:currently|now))?\s*\.?$", re.I)
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
SINGLE = re.compile(r"^(?:the|its) (?:correct |only |parameter )?(?:supported )?value(?: supported)?"
                    r"(?: of this (?:parameter|field))? "
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
                           r"(?:the )?(?:value )?options are |"
                           r"(?:it|this (?:parameter|field)|the (?:parameter|field)) (?:can|must) (?:only )?be set to |"
                           r"(?:the |its )?value is one of\b|"
                           r"(?P<range>(?:the |its )?value range is |(?:the |its )?value ranges are |"
                           r"(?:the |its )?value is (?:with)?in the range of )|"
                           r"(?:you (?:can|must|may|need to) )?set "
                           r"(?:it|this (?:parameter|field)|the (?:parameter|field)|the value) to )"
                           r"(?:(?:either|one of(?: the following)?(?: values| options)?)(?=[\s:：]))?\s*"
                           r"(?:the following\b)?\s*[:：]?\s*"
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
    if m and m.group("range") and (len(listed) < 3 or all(re.fullmatch(r"-?[0-9.]+", v) for v in listed)):
        listed = []  # `The value range is 1, 100`, `in the range of 0, 1, 2`: bounds as much as values (not words)
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
                   r"(?:(?:is|are)\s+fixed(?: at| to| as)?|always (?:takes|has) the value)\s+|"
                   r"(?:\*\*)?fixed value(?:\*\*)?\s*[:：]\s*)"
                   r"(?:\*\*((?:(?!\*\*).)+)\*\*|(?=[A-Za-z])((?=[\w.:/-]*(?-i:[A-Z0-9_]))[\w.:/-]+?)\.?$)",
                   re.IGNORECASE)  # plain, a word of code (`List`, `v3`), not a word of prose (`unique`)


# `Keyword for sorting. The keyword can be **id** or **name**.`, `Status of the instance. The status can be
# **ACTIVE** or **DOWN**.`, `Specifies the alarm severity. Possible severities are **1** (critical) and **2** (major).`,
# `Possible statuses: **ACTIVE**, **DOWN**`: a noun that names the field (its own name or the head of the phrase the
# cell opens with) as the subject of the values
_HEAD_NOUN_INTRO = re.compile(
    r"^(?:-\s+)?(?:currently,\s*)?(?:(?:the|its) (?:(?P<adj1>valid|possible|available|supported|allowed|permitted) )?|"
    r"(?P<adj2>valid|possible|available|supported|allowed|permitted|optional|acceptable) )"
    r"(?P<noun>[a-z]+(?: [a-z]+)?)(?:\s+(?:(?:can|must) (?:only )?be(?: set to)?|(?P<is>is|are|include))|"
    r"(?P<colon>(?=\s*[:：])))"
    r"\s*(?:either\s+)?(?:(?:one|any) of(?: the following)?\s*)?[:：]?\s*(?P<rest>\S.*)$", re.I)
# the words that open a description without naming the field (`Specifies the ...`)
_OPENING_VERB = re.compile(r"^(?:specifies|indicates|specify|describes|defines|sets|returns|lists|queries|"
                           r"shows|displays)\s+(?:the\s+|an?\s+)?", re.I)
_NOT_NOUNS = {"value", "values", "option", "options", "default", "parameter", "field", "following", "range", "result",
              "format", "length", "name", "names", "number", "size"}


def head_noun_intro(flat: str, own: str, name: str = "") -> re.Match[str] | None:
    """`The keyword can be **a** or **b**.` where the noun names the field: the last word of the field's name, or the
    head of the short phrase the cell opens with (`Keyword for sorting.`, `Status of the instance.`, `Specifies the
    alarm severity.`): the property itself, named by what it is. A plural noun after an adjective of choice (`Possible
    severities are`, `Supported protocols:`) names its values; after `the` or `its`, only `can be` / `must be` does,
    and `is` / `are` for one noun of the phrase (`The status is **A** or **B**.`)."""
    m = _HEAD_NOUN_INTRO.match(flat)
    if m is None:
        return None
    if (m.group("colon") is not None or (m.group("is") is not None and m.group("is").lower() != "is")) \
            and not (m.group("adj1") or m.group("adj2")):
        return None  # `The instances are **a** and **b**`: the things named, not the values of this field
    if (m.group("is") or "").lower() == "include":
        return None  # `Available regions include eu-de and eu-nl.`: some of the things there are, maybe not all
    return m if _names_field(m.group("noun"), flat, own, name) else None


def _names_field(noun: str, flat: str, own: str, name: str) -> bool:
    """`noun` (in `flat`, a sentence of the cell `own`) names the field: its singular is the last word of the field's
    name, or the head of the short phrase the cell opens with, with its other words from the phrase or the name."""
    if noun.lower() in _NOT_NOUNS or noun.split()[-1].lower() in _NOT_NOUNS:
        return False
    nouns = [singular(w) for w in noun.lower().split()]
    own_name = [singular(w.lower()) for w in re.split(r"[_\W]+|(?<=[a-z])(?=[A-Z])", name) if w]
    if own_name and nouns[-1] == own_name[-1] and set(nouns) <= set(own_name):
        return True  # `Possible periods are ...` on `period`: the field's own name
    opening = sentences(own)[0] if own.strip() else ""
    if opening == flat:
        return False
    phrase = _OPENING_VERB.sub("", clean_text(opening).rstrip(".:"))
    if len(phrase.split()) > 8 or re.search(r"\b(?:is|are|can|must|which)\b", phrase, re.I):
        return False
    head = re.split(r"\s+(?:of|for|in|on|to|that|used|when|by)\s+|,", phrase, maxsplit=1)[0]
    known = {singular(w) for w in words(phrase) | set(own_name)}
    return nouns[-1] in {singular(w.lower()) for w in head.split()[-1:]} and set(nouns) <= known


# `Currently, the following DB engines are supported:`, `Supported protocols:`, `The status can be one of the
# following:`: a line that introduces the values of a noun, the list under it
_NOUN_LINE = re.compile(
    r"^(?:currently,\s*)?(?:the following (?P<n1>[a-z]+(?: [a-z]+)?) (?:are|is) (?:currently )?"
    r"(?:supported|available|allowed|valid)|"
    r"(?:the )?(?:valid|possible|available|supported|allowed|permitted|optional|acceptable) "
    r"(?P<n2>[a-z]+(?: [a-z]+)?)(?: are| include| are as follows)?|"
    r"the (?P<n3>[a-z]+(?: [a-z]+)?) (?:can|must) (?:only )?be(?: (?:one|any) of the following)?)\s*[:：]$", re.I)


def noun_intro_line(line: str, own: str, name: str) -> bool:
    """`line` (a sentence closed by a colon) introduces the values of a noun that names the field."""
    m = _NOUN_LINE.match(line.strip())
    return m is not None and _names_field(m.group("n1") or m.group("n2") or m.group("n3"), line.strip(), own, name)


def head_noun_values(flat: str, own: str, name: str) -> list[str]:
    """The plain values after such a noun (`The protocol can be TCP or UDP.`, `Possible statuses: ACTIVE, DOWN`), or
    nothing: words of prose (`The disk can be attached or detached.`), a blank or null named."""
    m = head_noun_intro(flat, own, name)
    if m is None or re.search(r"[*`]", m.group("rest")):
        return []
    listed = plain_list(m.group("rest"), choice=True)
    if any(_PROSE_WORD.fullmatch(v) or v.lower() in NULLISH | {"blank", "any", "used"} for v in listed):
        return []
    return listed


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


# `Currently, SATA, SAS and SSD are supported.`: a sentence of its own that lists two or more values, words of code
# (no spaces), as the ones supported now (not `Letters and digits are supported.`: a charset)
SUPPORTED_LIST = re.compile(r"^currently,\s*(?!(?:letters|digits|characters|spaces)\b)"
                            r"([\w.-]+(?:,\s*[\w.-]+)*,?\s+(?:and|or)\s+[\w.-]+)\s+are supported\.?$", re.I)
