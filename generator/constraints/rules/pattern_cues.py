"""The sentence cues of the charset rule (pattern.py): how a cell words its allowed characters, its first and last
character, excluded characters and prefixes, a stated regular expression, and the bullets that state a variant's rule
rather than the whole value's."""

from __future__ import annotations

import re
import string

from generator.constraints.rules.text import any_case, clean_text

__all__ = [
    "CANNOT_ONLY",
    "CAN_CONTAIN",
    "CAN_CONTAIN_LISTED",
    "CAN_CONTAIN_SPECIAL",
    "CHARSET_ALLOWED",
    "CHARSET_RULE",
    "CHARSET_WORDS",
    "CONTROL",
    "DECIMAL_INTEGER",
    "EDGE",
    "EDGE_NOT",
    "EDGE_NOT_NAMED",
    "EDGE_PLACED_NOT",
    "END_LETTER_OR_DIGIT",
    "FIRST_LAST",
    "FIRST_LOWER",
    "FIRST_NOT_DIGIT",
    "FUZZY",
    "LAST_NOT",
    "NEGATED_OR",
    "NEGATION",
    "NUMBERS_SEPARATED",
    "ONLY_CHARS",
    "ONLY_SPACES",
    "PREFIX_ITEM",
    "PREFIX_NOT",
    "PREFIX_ONE_OF",
    "REWRITTEN",
    "SPACE_ENDS_NOT",
    "START_END_LETTER_OR_DIGIT",
    "START_LETTER",
    "START_LETTER_OR_DIGIT",
    "STATED_REGEX",
    "SUFFIX_ONE_OF",
    "TRIMMED",
    "UNICODE_RANGE",
    "VARIANT_BULLET",
    "WIDE_LETTERS",
    "bullets_after",
    "list_under",
    "literal_layout",
    "prefixes_one_of",
    "suffixes_one_of",
    "wider",
]


# letters beyond ASCII (`UTF-8 letters`, `Spanish characters`, `Chinese characters`): every non-ASCII character is let
# through (the docs never list which), the ASCII ones stay limited to the listed classes
WIDE_LETTERS = re.compile(r"\b(?:UTF-8|Unicode|Spanish|Portuguese|Chinese|non-ASCII)(?:\s+(?:and|or)\s+English)?\s+"
                          r"(?:letters?|characters?)\b",
                           re.I)
ONLY_CHARS = re.compile(r"^(?:must )?consists? of\b(?![^.;]*\b(?:including|such as)\b)"
                         r"(?!\s*(?:up to|a maximum of|at most|at least|a minimum of|no more than|\d))|"
                         r"\bconsists? of\b(?=[^.;]*\bonly\s*(?:[.;]|$))|"
                         # `The name can include letters, digits, and underscores (_) only.`
                         r"\b(?:can|may|must) include\b(?=[^.;]*\bonly\s*(?:[.;]|$))|"
                         # `The value only supports letters, ...`, `The name supports letters, ... only.`
                         r"\bonly supports?\s+(?=(?:(?:lower-?case|upper-?case|english) )?(?:letters|digits)\b)|"
                         r"\bsupports?\s+(?=(?:(?:lower-?case|upper-?case|english) )?(?:letters|digits)\b)"
                         r"(?=[^.;]*\bonly\s*(?:[.;]|$))|"
                         r"\b(?:valid|allowed|permitted|supported) characters?\s*(?:are\b\s*[:：]?|[:：])|"
                         r"^characters? (?:allowed|permitted|supported)\s*[:：]|"
                         # `or the following character set: A-Z, a-z, 0-9, hyphens (-), ...`
                         r"\b(?:the following|valid|allowed|permitted|supported) character sets?\s*(?:is|are)?\s*[:：]|"
                         r"\b(?:can|must|may)\s+(?:only\s+)?(?:contain|consist of|include)\s+only\b|"
                         r"\bcontains?\s+only\b|\bonly\s+(?:contain|consist of|include)s?\b|\bcan contain only\b|"
                         r"\bconsists? of only\b|\bcomposed of only\b|"
                         r"\bonly (?:(?:lower-?case|upper-?case|english) )?(?:letters|digits)\b"
                         # `Only letters are case-sensitive.`, `Only letters and digits are matched.`: what a
                         # comparison or a count reads, not what the value holds
                         r"(?![^.;]*\b(?:are|is) (?:matched|compared|case-(?:in)?sensitive|converted|searched|ignored|"
                         r"checked|displayed|returned)\b)|"
                         # `1 to 64 characters, which can only be letters, digits, and hyphens (-)`
                         r"\b(?:can|must|may) (?:only be|be only) (?=(?:lower-?case |upper-?case |english )?"
                         r"(?:letters|digits)\b)|"
                         # `The value is a string of letters, digits, and hyphens (-) only.`
                         r"\b(?:is|be) an? (?:string|combination|sequence) of\b(?=[^.;]*\bonly\s*(?:[.;]|$))|"
                         # `The value must be a string of digits.`, `must be all digits`: one class, nothing after it
                         r"(?<!not )(?<!cannot )\b(?:is|be) (?:an? (?:string|sequence) of|all|purely|entirely) "
                         r"(?=(?:digits|numbers|letters)\s*\.?$)|"
                         # `consisting only of`, `is restricted to letters ...` (not `limited to 64 characters`)
                         r"\bconsist(?:s|ing)? only of\b|"
                         r"(?<!not )\b(?:restricted|limited) to (?=(?:lower-?case |upper-?case |"
                         r"english )?(?:letters|digits|alphanumeric)\b)|"
                         # `Letters, digits, and hyphens (-) only.`: the list is the sentence (no verb in it)
                         r"^(?=(?:lower-?case |upper-?case |english )?(?:letters|digits)\b(?![^.;]*\b(?:are|is)\b)"
                         r"[^.;]*\bonly\s*[.;]?$)",
                         re.I)
# `cannot contain only periods (.)`, `cannot contain only digits`, `cannot be all digits`: the value is not made of
# that character (`char`) or of digits alone
CANNOT_ONLY = re.compile(r"\b(?:cannot|can't|must not|may not) (?:(?:(?:contain|consist of) only|be (?:all|only)) "
                         r"(?:\w+ \((?P<char>.)\)|(?P<digits>digits|numbers)\b)|"
                         # `cannot be purely numeric`, `cannot be a pure number`, `cannot consist of digits only`
                         r"be (?:purely|entirely|all|only) (?:numeric|numerical|digits|numbers)\b|"
                         r"be (?:a )?pure (?:numbers?|digits)\b|(?:contain|consist of|be) (?:digits|numbers) only\b)",
                         re.I)
# `The parameter value cannot be empty or full of spaces.`, `cannot contain only spaces`, `It cannot be empty or
# contain only spaces.`
ONLY_SPACES = re.compile(r"\b(?:cannot|can't|must not|may not) (?:be (?:empty or )?(?:full of|only|all)|"
                          r"(?:be empty or )?(?:contain|consist of) only) spaces\b", re.I)
# what follows a first character that is one item of a longer list (`start with a letter, digit, or underscore`): the
# list's class is the edge rule's, never its first item's
_CLASS_WORD = r"(?:an?\s+)?(?:letter|digit|number|underscore|hyphen|period|dot|space|slash|special|uppercase|" \
              r"lowercase|capital|chinese|english)"
_MORE_ITEMS = rf"(?!,?\s+(?:or|and)\s+{_CLASS_WORD}|,\s*{_CLASS_WORD})"
# a start stated, not excluded (`Tags that do not start with a letter ...`, `cannot start with a letter`)
_NOT_NEGATED = r"(?<!not )(?<!cannot )(?<!n't )"
START_LETTER = re.compile(_NOT_NEGATED + r"\b(?:start|begin)s?(?: with)? (?:with )?an? (?:letter|English letter)\b"
                          + _MORE_ITEMS, re.I)
START_LETTER_OR_DIGIT = re.compile(_NOT_NEGATED + r"\b(?:start|begin)s?(?: with)? (?:with )?an? "
                                   r"(?:letter or (?:a )?digit)\b" + _MORE_ITEMS, re.I)
END_LETTER_OR_DIGIT = re.compile(r"\bends? with an? (?:letter or (?:a )?digit)\b", re.I)


# the words of a charset sentence, for its ambiguity notes; an edge only with its `with` (`**offset** indicates the
# start index` states no characters)
_EDGE = r"(?:start|begin|end)(?:s|ing)? with"
CHARSET_RULE = re.compile(rf"\b(?:only|allowed|cannot|can't|must|except|{_EDGE})\b", re.I)
CHARSET_WORDS = re.compile(rf"\b(?:letters?|digits?|characters?|underscores?|hyphens?|{_EDGE})\b", re.I)


CHARSET_ALLOWED = re.compile(r"^(?:the value |it |the name |the key )?(?:can |may |must )?(?:only )?"
                              r"(?:contain|consist of|include)?\s*"
                              r"(?!(?:up to|a maximum of|at most|at least|a minimum of|no more than)\b|\d)"  # a count
                              r"(.*?)\s+(?:are|is) (?:allowed|supported|permitted)\b",
                              re.I)
# a prefix as the docs show it: bold, a literal, quoted, or bare when it holds a symbol (`_sys_`, `http://`)
_PREFIX = (r"(?:\*{1,2}[^*]+\*{1,2}|``[^`]+``|\"[^\"\s]+\"|“[^”\s]+”|"
           r"[\w]*[^\sA-Za-z0-9()\"'`*,;.][^\s,;()]*?(?=[.,;]?(?:\s|$)))")
PREFIX_NOT = re.compile(r"\b(?:cannot|can't|must not|may not|should not)\s+(?:be (?:empty|an empty string|left blank|"
                         r"null)\s+or\s+)?(?:start|begin)\s+(?:(?:an?|the) (?:[\w-]+ ){1,3}?)?with\s+"
                         r"((?:" + _PREFIX + r"(?:\s*(?:,\s*or\b|,|or|and)\s*)?)+)", re.I)
# each prefix of PREFIX_NOT's list, without its marks
PREFIX_ITEM = re.compile(r"\*{1,2}([^*]+?)\*{1,2}|``([^`]+)``|\"([^\"\s]+)\"|“([^”\s]+)”|"
                         r"((?<![\w*`\"“])[\w]*[^\sA-Za-z0-9()\"'`*,;.][^\s,;()]*?)(?=[.,;]?(?:\s|$))")
START_END_LETTER_OR_DIGIT = re.compile(r"\bstart(?:ing|s)? and end(?:ing|s)? with an? (?:letter or (?:a )?digit|"
                                        r"digit or (?:a )?letter)\b", re.I)
# `It can contain ...`, `a string of 1 to 64 characters, which can contain ...`; not `can contain 0 to 64 characters,
# including letters, ...` (a count: `including` does not say the list is complete)
CAN_CONTAIN = re.compile(r"(?:^(?:the value|it|the name|the key|the tag \w+)?\s*|\b(?:that|which) |"
                          # `It must start with a letter and can contain letters, digits, ...`
                          r"(?P<edge>^(?:the value|it|the name|the key)?\s*(?:must |should )?(?:start|begin)s? with "
                          r"(?:an? )?[a-z ]{1,40}?(?:\s*\(\S\))? and )|"
                          # `The value must be 1 to 64 characters long and can contain letters, digits, ...`
                          r"(?P<length>^(?:the value|it|the name|the key)?\s*(?:must be|is|contains|allows|consists of)"
                          r" (?:\d+ to \d+|a maximum of \d+|up to \d+) characters(?: long| in length)? and ))"
                          r"(?:can|may) contain (?!(?:a maximum of|a minimum of|up to|at most|at least)?\s*\d)"
                          r"(?=[^.]*\b(?:letters|digits|a-z|0-9)\b)"
                          r"(?=[^.]*(?:,|\band\b|\bor\b))"  # a list: `can contain uppercase letters` alone permits
                          r"(?![^.]*\bthe following\b(?!\s+(?:special\s+)?characters?\s*[:：]\s*[^\sA-Za-z0-9]))"
                          r"(?![^.]*\bcharacters?,?\s+including\b)", re.I)
# `Can contain UTF-8 letters, digits, spaces, and the following characters: `_.:=+-@.``
CAN_CONTAIN_LISTED = re.compile(r"\b(?:can|may) (?:contain|include|use)\b[^.:]*\bthe following "
                                 r"(?:special )?characters?\s*[:：]\s*`([^`]+)`", re.I)
CAN_CONTAIN_SPECIAL = re.compile(
    r"\b(?:can|may) (?:contain|include|use) (?:the following )?special characters?\s*[:：]\s*([^\sA-Za-z0-9]+)", re.I)
FIRST_LOWER = re.compile(_NOT_NEGATED + r"\b(?:start|begin)s?(?: with)? (?:with )?an? lowercase letter\b" + _MORE_ITEMS,
                         re.I)
# not `cannot start with a digit or hyphen`: a longer list is EDGE_NOT_NAMED's
FIRST_NOT_DIGIT = re.compile(r"\b(?:cannot|can't|must not|may not) (?:start|begin) with an? (?:digit|number)"
                              r"( or (?:a )?space)?\b(?!,|\s+or\b)", re.I)
DECIMAL_INTEGER = re.compile(r"^(?:the value |it )?must be (?:an? (?:decimal |positive )?integer|a number)\s*\.?$",
                              re.I)
# `cannot start with a period, or end with`; not `cannot start or end with` (read as such)
NEGATED_OR = re.compile(r"\b(?:cannot|can't|must not|may not|should not)\b[^;]*\bwith\b[^;]*(?<!start )(?<!begin )"
                         r"\bor\s*$", re.I)
UNICODE_RANGE = re.compile(r"\\u([0-9A-Fa-f]{4})\s*-\s*\\u([0-9A-Fa-f]{4})")
CONTROL = re.compile(r"\bASCII characters?\s*\(0\s*[-–~]\s*31\)", re.I)


def _edge_item(joins: str) -> str:
    """A character named in words and perhaps shown (`an underscore (_)`), in a list joined by commas or `joins`."""
    return rf"(?:an? )?+(?!(?:{joins})\b)[a-z]+(?:\s+(?!(?:{joins})\b)[a-z]+)*?(?:\s*\(\S\))?"


def _edge_items(joins: str) -> str:
    """The characters an edge is (or is not) one of (`a letter, a digit, or an underscore (_)`), split one way only
    (an item opens with a letter and holds no joining word, an article is the article): two ways per item took
    2 ** items steps on a long list that matched nowhere (40 items never ended)."""
    return rf"({_edge_item(joins)}(?:(?:,\s*|,?\s+(?:{joins})\s+){_edge_item(joins)})*)"


_EDGE_ITEMS = _edge_items("or")
# `cannot end with a hyphen (-)`, `cannot end with a period (.) or space`: the items (charset.edge_class). Its own item
# list, not _EDGE_ITEMS: there `, and` joins items (`start with a letter, digit, and underscore`); after an excluded
# last character it opens the next clause (`cannot end with a hyphen (-), and cannot start with a digit`)
LAST_NOT = re.compile(r"\b(?:cannot|can't|must not|may not) end with (?=[^.;]*\(\S\))"
                      r"((?:an? )?[a-z ]+?(?:\s*\(\S\))?(?:(?:,\s+(?!and\b|or\b|but\b)|,?\s+or\s+)"
                      r"(?:an? )?[a-z][a-z ]*?(?:\s*\(\S\))?)*)(?=\s*(?:[.;,]|$|and\b|but\b))", re.I)
EDGE = re.compile(r"(?<!not )(?<!cannot )\b(start|begin|end)(?:s|ning|ing)?((?: and end(?:s|ing)?)?) with "
                  + _EDGE_ITEMS + r"(?=\s*(?:[.;,]|$|and\b|but\b|\(|must\b|can\b|cannot\b))", re.I)
EDGE_NOT = re.compile(r"\b(?:cannot|can't|must not|may not|should not)\s+(?:start|begin)( or end)?\s+with\s+"
                       r"((?:an? )?[a-z ]+?\s*\(\S\)(?:(?:,\s*|,?\s+or\s+)(?:an? )?[a-z ]+?\s*\(\S\))*)", re.I)
# the same with the characters named only (`cannot start with a period or hyphen`, `cannot end with a hyphen`): the
# edge's class when every item names one
# (also participial: `starting with a letter and not ending with a hyphen (-)`)
EDGE_NOT_NAMED = re.compile(r"\b(?:cannot|can't|must not|may not|should not|(?:does |do )?not)\s+(start|begin|end)"
                            r"(?:s|ning|ing)?( or end(?:s|ing)?)?\s+with\s+"
                            r"(" + _edge_item("or") + r"(?:(?:,\s*|,?\s+or\s+)"
                            r"(?!\s*(?:or\s+)?(?:end|start|begin)\b)" + _edge_item("or") + r")*)"
                            r"(?=\s*(?:[.;,]|$|and\b|but\b|or\s+(?:end|start|begin)s?\b))", re.I)
# `The first character must be a letter.`, `The last character cannot be a hyphen (-).`, `The first and last
# characters cannot be spaces.`: each such clause of the sentence (`The first character must be a letter and the last
# character cannot be a hyphen.`)
FIRST_LAST = re.compile(r"\bthe (first and last|first or last|first|last) characters? "
                        # `The first character of the name must be a letter.`
                        r"(?:of (?:the|its) (?:value|name|string|password|key|user ?name) )?"
                        r"(?:(must be|is|are|should be)|"
                        r"(?:cannot|can't|must not|may not) be) " +
                        # `, and the last character ...` opens the next clause, it is no item
                        _EDGE_ITEMS.replace("(?:,\\s*|", "(?:,(?!\\s*(?:and|or|but) the\\b)\\s*|", 1) +
                        r"(?=\s*(?:[.;,]|$|and\b|but\b))", re.I)
# `Hyphens cannot be at the beginning or end.`, `A hyphen (-) cannot be the first or last character.`: the subject is
# the characters, the edge the place named
EDGE_PLACED_NOT = re.compile(r"^(?:-\s+)?" + _edge_items("or|and") +
                             r"\s+(?:cannot|can't|must not|may not) (?:be (?:used |placed )?|appear )?"
                             r"(?:(?:at|as|in) )?(?:the )?(?:(?P<first>beginning|start|first)|(?P<last>end|last))"
                             r"(?: (?P<both>(?:or|and) (?:at )?(?:the )?(?:end|last)))?"
                             r"(?: characters?| of the (?:value|name|string))?"
                             r"\s*(?:[.;]|$)", re.I)
# `Leading and trailing spaces are not allowed.`, `cannot contain spaces at the beginning or end`, `Spaces are not
# allowed at the beginning or end.`: neither first nor last character is a space (and spaces inside are allowed)
SPACE_ENDS_NOT = re.compile(r"\bleading (?:and|or|/) trailing spaces? (?:are|is) not (?:allowed|supported|permitted)\b|"
                            # `No leading or trailing spaces are allowed.`, `Spaces at the beginning or end are not
                            # allowed.`
                            r"^no leading (?:and|or|/) trailing spaces? (?:are|is) (?:allowed|supported|permitted)\b|"
                            r"^no spaces? (?:are|is) (?:allowed|supported|permitted) (?:at|on) (?:the )?"
                            r"(?:beginning|start|both ends|either end)\b|"
                            r"^spaces? (?:at|on) (?:the )?(?:beginning (?:or|and) (?:the )?end|both ends|either end) "
                            r"(?:are|is) not (?:allowed|supported|permitted)\b|"
                            r"\b(?:cannot|can't|must not|may not|do not|does not)\s+(?:contain|include|have)\s+"
                            r"(?:any\s+)?(?:leading (?:and|or|/) trailing spaces?|spaces?\s+(?:at|on)\s+(?:the\s+)?"
                            r"(?:beginning|start|both ends|either end))\b|"
                            r"\bspaces? (?:are|is) not (?:allowed|supported|permitted) (?:at|on) (?:the )?"
                            r"(?:beginning|start|both ends|either end)\b", re.I)
# `must start with a slash (/), **http://**, or **https://**`: the value starts with one of these; also stated of the
# value in the indicative: `The value starts with **rg**`, `Alarm rule ID, which starts with **al**`, `- Starts with
# **/** or **s3a://**.` (a bullet of the value's rules); not `whose name starts with`, `headers that start with`, `will
# start with`, `can start with` (one value allowed, not every value), nor under `If ...` (prefixes_one_of)
PREFIX_ONE_OF = re.compile(r"(?:\b(?:must|should|shall)\s+|^(?:-\s+)?|\b(?:the value|its value|it|the ID|the name|the "
                            r"path|the key|the URL)\s+(?:always\s+)?|,\s*which\s+(?:always\s+)?)"
                            r"(?:start|begin)s?\s+with\s+"
                            # an item names one shown character (not `a letter and cannot end with a hyphen (-)`)
                            r"((?:(?:an? [a-z]+(?: (?!or\b|and\b)[a-z]+){0,2} \(\S+\)|\*\*[^*]+\*\*)"
                            r"(?:,\s*|,?\s+or\s+)?)+)"
                            r"(?=\s*(?:[.;]|$|and\b))", re.I)
# `**Regular expression matching**:` then the expression, on a line of its own or after the colon
# `**Regular expression matching:** ^db([a-z]|[A-Z]|[0-9]){22}`: an expression anchored at one end only is what the
# docs state too (a JSON Schema pattern is searched, so it holds as written)
# (not `^...$.`: a sentence's full stop after the anchor is no part of an expression, and what precedes it is then
# no expression the cell states cleanly)
STATED_REGEX = re.compile(r"\bregular expression(?: matching)?\b[^\n]*?[:：]\**\s*(\^\S+(?<![.$])|\S+(?<!\\)\$)\s*"
                          r"(?:\n|$)",
                          re.I)
# `Example: **09:00**`, `for example, **tk12ab34**`: a value the cell gives as valid (not in a sentence that refuses it:
# `Cannot contain two consecutive periods (..), for example, **my..bucket**`)
_EXAMPLE_VALUE = re.compile(r"(?:\bfor example,?|\bexample(?: values?)?\s*[:：])\s*\*\*([^*\n]+)\*\*", re.I)


def refused_example(text: str, rx: re.Pattern[str]) -> str:
    """The first example value of the cell that the expression refuses, or an empty string."""
    for s in re.split(r"(?<=[.;])\s+|\n", text):
        if not NEGATION.search(s):
            for m in _EXAMPLE_VALUE.finditer(s):
                if not rx.search(m.group(1).strip()):
                    return m.group(1).strip()
    return ""


# `Replace a slash (/) with a dollar sign ($) before you send the request`: the value sent is not the one described
REWRITTEN = re.compile(r"\breplace\b[^.]*\bwith\b[^.]*\bbefore\b", re.I)
# `Spaces before and after a key will be discarded.`: the service trims the value, then checks its characters
TRIMMED = re.compile(r"\bspaces\s+(?:before\s+and\s+after|at\s+both\s+ends\b|on\s+both\s+sides\b)[^.]*\b"
                     r"(?:are|is|will\s+be)\s+(?:discarded|ignored|removed|trimmed|deleted)\b", re.I)
VARIANT_BULLET = re.compile(r"^-?\s*(?!(?:constraints?|restrictions?|notes?|values?|range|format)\s*:)"
                             r"[A-Z][\w -]{0,30}:\s", re.I)
NEGATION = re.compile(r"\b(?:cannot|can't|not|never|neither|nor)\b", re.I)


def wider(edge: str, body: str) -> bool:
    """The class of the first or last character admits a letter in a case the allowed characters do not (`start with
    a letter`, `lowercase letters are allowed`); a symbol the edge rule names is allowed there by that rule."""
    return bool(edge) and any(re.fullmatch(edge, c) and not re.fullmatch(body, c) for c in string.ascii_letters)


def prefixes_one_of(s: str) -> list[str]:
    m = PREFIX_ONE_OF.search(s)
    if not m or _OPENS_CONDITION.match(clean_text(s)):
        return []
    out = [b.strip() for b in re.findall(r"\*\*([^*]+)\*\*", m.group(1))]
    out += re.findall(r"\((\S+)\)", re.sub(r"\*\*[^*]+\*\*", "", m.group(1)))
    return [p for p in out if p]


_OPENS_CONDITION = re.compile(r"^(?:-\s+)?(?:if|when|unless)\b", re.I)
# `- Ends with **.sql**.`, `The path must start with a slash (/) and end with **.sh**`: the value ends with one of these
SUFFIX_ONE_OF = re.compile(r"(?:\b(?:must|should|shall)\s+(?:[^.;]*?\band\s+)?|^(?:-\s+)?|\b(?:the value|its value|it|"
                            r"the name|the path|the file name)\s+(?:always\s+)?)(?:end)s?\s+with\s+"
                            r"((?:\*\*[^*\s]+\*\*(?:,\s*|,?\s+or\s+)?)+)(?=\s*(?:[.;,]|$|and\b|\*\*))", re.I)
# `The value is digits separated by commas (,)`, `The value is a number separated by commas (,)`: a list of numbers
NUMBERS_SEPARATED = re.compile(r"^(?:[\w ]{1,20}:\s*)?(?:the value|it) (?:is|must be|consists of) (?:an? )?"
                                r"(?:digits?|numbers?|integers?) separated by (?:an? )?[a-z ]*?\((\S)\)\s*(?:[.,;]|$)",
                                re.I)

# `Format: **CTS.***XXX*.`, `The record is in the **iam:domain::***domain_id* format.`, `The value must be in the
# *ak***:***signature***:***policy* format.`: a layout of literal parts (bold) and placeholders (italic)
_LITERAL_LAYOUT = re.compile(r"^(?:(?:the )?(?:value )?format(?: is)?\s*[:：]?|(?:the value|its value|it|the record|"
                             r"this (?:parameter|field)) (?:is|must be) in)\s+(?:the\s+)?"
                             r"(?P<layout>(?:\*\*[^*\s]+\*\*|\*[^*\s]+\*){2,})(?:\s+format)?\s*"
                             r"(?:,\s*for example\b.*)?[.)]?$", re.I)
_LAYOUT_PART = re.compile(r"\*\*([^*\s]+)\*\*|\*([^*\s]+)\*")
# `*yyyy***-***mm***-***dd*`, `*hh***:***mm*`: a date or time layout, the format rule's
_TIME_PLACEHOLDER = re.compile(r"^(?:y{2,4}|mm|dd|hh|ss|ddThh|ssZ|sss|z)$", re.I)


# `Fuzzy search is supported.`, `supports fuzzy match`: a filter that takes a part of a value too (not `Fuzzy match is
# not supported.`, `does not support fuzzy search`)
FUZZY = re.compile(r"\bfuzzy (?:search|match|matching|query)(?: is| are)? supported\b|(?<!not )\bsupports? fuzzy\b",
                   re.I)


def literal_layout(sentence: str, name: str) -> str | None:
    """The pattern of a layout _LITERAL_LAYOUT states: each literal part escaped, each placeholder one or more
    characters. None when it holds no placeholder or no literal, when it is a date or time layout, or when it
    writes the query syntax around the value (`**password_expires_at=***operator***:***timestamp*` of the parameter
    `password_expires_at`: the value is what follows the `=`)."""
    m = _LITERAL_LAYOUT.match(sentence.strip().lstrip("- "))
    if m is None:
        return None
    parts: list[tuple[str, str]] = _LAYOUT_PART.findall(m.group("layout"))
    holders = [ph for _, ph in parts if ph]
    if not any(lit for lit, _ in parts) or not holders or any(_TIME_PLACEHOLDER.match(h) for h in holders) or \
            parts[0][0].lower().startswith(f"{name.lower()}="):
        return None
    return "^" + "".join(re.escape(lit) if lit else ".+" for lit, _ in parts) + "$"


# `The value is in the format of *Hostname*:*Port number*.`, `The value is in the *hostname[:port]* format.`: a host
# and a port after a colon, the port optional when bracketed or when the cell says what an unspecified port means
HOST_PORT = re.compile(r"^(?:the value|its value|it) (?:is|must be) (?:in (?:the )?(?:format of )?)?\"?"
                       r"(?:host ?name|domain name|host|ip address)(\[)?:\s*port(?: number)?(?(1)\])\"?"
                       r"(?: format)?\s*\.?$", re.I)
PORT_OPTIONAL = re.compile(r"\bport(?: number)? is (?:not specified|optional|omitted)\b", re.I)


def suffixes_one_of(s: str, case_insensitive: bool) -> list[str]:
    """The suffixes a sentence states the value ends with (regex parts); none when it states two rules (`Spark Script
    must end with **.sql** while MapReduce ... must end with **.jar**`: one per variant) or opens with a condition.
    `case_insensitive` (`**sql** is case-insensitive`) admits both cases of every letter."""
    found = list(SUFFIX_ONE_OF.finditer(s))
    if len(found) != 1 or len(re.findall(r"\bends?\s+with\b", s, re.I)) != 1 or _OPENS_CONDITION.match(clean_text(s)):
        return []
    out = []
    for v in re.findall(r"\*\*([^*]+)\*\*", found[0].group(1)):
        out.append(any_case(v.strip()) if case_insensitive else re.escape(v.strip()))
    return out


def bullets_after(lines: list[str], clean: str, raw: bool = False) -> str:
    """The nested bullets under the line that holds `clean` (`Can contain only the following character types:`),
    as clean text or (`raw`) as written."""
    start = next((i for i, ln in enumerate(lines) if clean[:30] and clean[:30] in clean_text(ln)), None)
    if start is None:
        return ""
    indent = len(lines[start]) - len(lines[start].lstrip())
    out = []
    for ln in lines[start + 1:]:
        if ln.strip() and len(ln) - len(ln.lstrip()) <= indent:
            break
        out.append(ln)
    return "\n".join(out) if raw else clean_text("\n".join(out))


def list_under(lines: list[str], clean: str) -> str:
    """The list a line that ends with a colon opens, as written: its nested bullets, or the bullets that follow a
    line that is no bullet itself (`The password must contain at least three of the following:` then `- Digits`)."""
    if nested := bullets_after(lines, clean, raw=True):
        return nested
    start = next((i for i, ln in enumerate(lines) if clean[:30] and clean[:30] in clean_text(ln)), None)
    if start is None or lines[start].lstrip().startswith(("-", "*")):
        return ""
    out = []
    for ln in lines[start + 1:]:
        if ln.strip() and not ln.lstrip().startswith(("- ", "* ")):
            break
        out.append(ln)
    return "\n".join(out).strip("\n")
