"""Default: `default` from the `Default Value` column or a sentence that states the default, typed like its field."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.constraints.rules.text import (
    AMBIGUOUS,
    BOLD,
    NUM,
    Cell,
    Finding,
    clean_text,
    is_conditional,
    own_text,
    sentences,
    typed_value,
)
from generator.constraints.rules.unit import foreign_units, rule_unit

__all__ = ["rule_default"]


# `The value can be vpc (default) or eni.`, `10 (default)`: a plain number, or a plain value in a list
_PLAIN_MARK = re.compile(rf"(?:^(?:-\s+)?|\b(?:be|is|are|or)\s+|,\s*)((?:{NUM})|[A-Za-z][\w.+:/-]*)\s*\((?:the )?"
                         r"default(?: value)?\)(?=\s*(?:,|;|\.|\bor\b|$))", re.I)
_DEFAULT = (
    # `The default value is 10.`, `The default is 10.`, `The system default value is 10.`, `Default value is 10.`
    re.compile(r"(?:\b(?:the|its) (?:system )?default(?: value| number)?|^(?:-\s+)?default(?: value)?)\s+"
               r"(?:is|(?:of|for) [\w ]+ is)\s+(\*\*(?:(?!\*\*).)+\*\*|\S+?)(?:[.,;]\s|[.;]$|\s|$)", re.I),
    # `Default value: 10`, `Value range: 1 to 100 (default: 10)`
    re.compile(r"\bdefault(?: value)?\s*[:：]\s*(\*\*(?:(?!\*\*).)+\*\*|[^\s)]+?)(?:[.,;)]|\s|$)", re.I),
    re.compile(r"\bthe default value\s+(\*\*(?:(?!\*\*).)+\*\*|-?[0-9]+(?:\.[0-9]+)?|[\w.+:/-]+)\s+(?:is|will be) used",
               re.I),
    re.compile(r"\bdefaults? to\s+(\*\*(?:(?!\*\*).)+\*\*|\S+?)(?:[.,;]|\s|$)", re.I),
    re.compile(r"\bvalue\s+(\*\*(?:(?!\*\*).)+\*\*|\S+?)\s+is used by default", re.I),
    re.compile(r"(\*\*(?:(?!\*\*).)+\*\*)\s*(?::\s*)?\((?:the )?default(?: value)?\)", re.I),
    re.compile(r"(\*\*(?:(?!\*\*).)+\*\*)\s*\((?:the )?default(?: value)?\)", re.I),
    re.compile(r"\*\*([^*(]+?)\s*\((?:the )?default(?: value)?\)\*\*", re.I),  # `- **AND (default value)**`
    # `The value ranges from 0 to 86400 and is 300 by default.`, `..., which is **crash_consistent** by default`
    re.compile(rf"\b(?:and|which) is (\*\*(?:(?!\*\*).)+\*\*|{NUM}) by default\b", re.I),
    re.compile(r"\b(?:uses|sets (?:it|this parameter|the value) to) (\*\*(?:(?!\*\*).)+\*\*|[\w.+:-]+) by default\b",
               re.I),
    re.compile(r"^by default, (?:this parameter|the parameter|the value|it) is (?:set to )?"
               r"(\*\*(?:(?!\*\*).)+\*\*|\S+?)[.,]?$", re.I),
    re.compile(r"\bis set to (\*\*(?:(?!\*\*).)+\*\*|\d+)(?: [a-z]+)? by default\b", re.I),
    re.compile(r"\buse the default value\s+(\*\*(?:(?!\*\*).)+\*\*)", re.I),
    # `By default, **id** is used.`, `**10** is used by default.`: the value alone is the subject
    re.compile(rf"^(?:-\s+)?by default, (\*\*(?:(?!\*\*).)+\*\*|{NUM}) (?:is|are) (?:used|applied|selected)\.?$", re.I),
    re.compile(rf"^(?:-\s+)?(\*\*(?:(?!\*\*).)+\*\*|{NUM}) (?:is|are) (?:used|applied|selected) by default\.?$", re.I),
    # `**10** by default.`, `Value range: 1 to 1000, 10 by default.`: the value alone, as a sentence or after a comma
    re.compile(rf"(?:^(?:-\s+)?|[,;]\s+)(\*\*(?:(?!\*\*).)+\*\*|(?:{NUM})(?: [a-z]+)?) by default\s*(?:[.;]\s*)?$",
               re.I),
    _PLAIN_MARK,
    # `The minimum value is **0**, which is also the default value.`: the value the relative clause follows
    re.compile(rf"(\*\*(?:(?!\*\*).)+\*\*|(?<![\w.-])(?:{NUM})),? which is (?:also )?the default"
               rf"(?: value| option| setting)?\s*(?:[.,;]|$)", re.I),
)


# `- fast: the first mode (default)`: a listed value's explanation, whose last word is no value
_TERM = re.compile(r"^\s*[-*]\s+[^:\n]+:")


def _stated_default(s: str) -> re.Match[str] | None:
    """The first of _DEFAULT's matches in the sentence, or None. Each of them names the default, and a sentence that
    does not is not searched (a number of 5,000 digits took one of them 0.7 s)."""
    if "default" not in s.lower():
        return None
    return next((m for rx in _DEFAULT if (m := rx.search(s)) and not (rx is _PLAIN_MARK and _TERM.match(s))), None)


# `- **HARD**: hard restart (default)`: a listed value whose explanation ends marked as the default
# (`* **HARD**: ... Default value.`: a `*` bullet, the mark as a sentence of its own)
_MARKED_AT_END = re.compile(r"^(?:[-*]\s+)?\*\*((?:(?!\*\*).)+)\*\*\s*(?::|\s[-–—]\s)[^\n]*?"
                            r"(?:\((?:the )?default(?: value| option)?\)|[.;]\s*default(?: value| option)?)\.?$",
                            re.I | re.M)
# `- hard (default)`, `- hard: hard restart (default)`: a plain value alone on its bullet, marked as the default
_PLAIN_MARKED = re.compile(r"^[-*]\s+([A-Za-z0-9][\w.+/-]*)\s*(?::[^\n]*?)?\((?:the )?default(?: value| option)?\)\.?$",
                           re.I | re.M)
_THIS_IS_DEFAULT = re.compile(r"^(?:[-*]\s+)?\*\*((?:(?!\*\*).)+)\*\*\s*:[^\n]*?\b(?:this|which) is the default"
                              r"(?: value| option)?\b", re.I | re.M)
# `If this parameter is not specified, 10 records are obtained by default.` / `..., the offline read-only mode is used`
# / `If this parameter is left blank, **all** is used.` / `If you do not specify this parameter, the system uses **x**.`
# / `If you leave it empty, **5000** is used.` (not `... is not specified and **type** is **a**, ...`, nor `... for
# MySQL, ...`: a default under a further condition, or of one variant)
_UNSET_IF = (r"^(?:if|when) (?:(?:this|the) (?:parameter|parameter value|value|field|element|header) is (?:not "
             r"(?:specified|set|provided|configured|passed|transferred|transmitted|carried|included)|left (?:blank|"
             r"empty|unspecified)|absent|omitted|empty|null|blank)|(?:it is )?(?:not (?:specified|set|provided)|"
             r"unspecified|omitted|left (?:blank|empty))|no value is (?:specified|set|provided)|you do not (?:specify|"
             r"set|provide|configure|pass|transfer) (?:it|(?:this|the) (?:parameter|field|value))|you leave (?:it|"
             r"(?:this|the) (?:parameter|field|value)) (?:blank|empty|unspecified|unset))"
             r"(?:(?!\b(?:and|for)\b)[^,])*,\s*")
_UNSET_USED = re.compile(_UNSET_IF + r"(.+?)\s+(?:is|are|will be) (?:used|obtained|returned|queried|applied|taken|"
                         r"selected)\b", re.I)
# `If this parameter is not passed, the default value is 10.`, `If not specified, the value is **asc**.`: a bold value,
# a number or a Boolean, and nothing after it (`... the value is 15 minutes`, `... is **1** for MySQL` are not read)
_UNSET_IS = re.compile(_UNSET_IF + rf"(?:the (?:default )?value|its (?:default )?value|the default|it) (?:is|will be) "
                       rf"(?:set to )?(\*\*(?:(?!\*\*).)+\*\*|{NUM}|true|false)(?: by default)?\s*\.?$", re.I)
# (`..., GaussDB uses UTC by default.`: a product as the subject, a plain value with a capital or a digit)
_UNSET_USES = re.compile(_UNSET_IF + r"(?:(?:the system|the service|the server|it|(?-i:[A-Z][\w()-]*)) "
                         r"(?:uses|will use|"
                         rf"applies) (\*\*(?:(?!\*\*).)+\*\*|{NUM}|(?-i:(?=[\w.+:-]*[A-Z0-9])[A-Za-z0-9][\w.+:-]*))|"
                         # `If omitted, **INFO** applies.`: the value itself the subject
                         rf"(\*\*(?:(?!\*\*).)+\*\*|{NUM}) (?:applies|is applied|is used|takes effect))"
                         r"(?: by default)?\.?$", re.I)
# `<the field> is V by default`, the field named as a pronoun, `the (parameter) value (of this parameter)`, or a noun
# the cell names (`Start index. ... the start index is **0** by default`); after or before the field's own absence,
# which defines a default (`If this parameter is not specified, the start index is ...`, `... by default if it is not
# specified`)
_SUBJECT_BY_DEFAULT = re.compile(
    _UNSET_IF.replace("^(?:if|when)", "^(?:(?:if|when)") + r")?(?P<subject>the value|its value|it|this parameter|"
    r"the parameter value|"
    r"the value of (?:this|the) parameter|this parameter value|the (?P<noun>(?:[a-z][\w-]* )?[a-z][\w-]*)) is "
    r"(?P<value>\*\*(?:(?!\*\*).)+\*\*|-?\d+(?:\.\d+)? [a-z]+|\S+) by default(?:\s*[.,;]|\s+if (?:it|this "
    r"parameter|the parameter) is not (?:specified|set|provided)\b|$)", re.I)


# `The default value **application/json** is recommended.`, `The default value **0** indicates enterprise project
# default.`: the value named after `the default value` (recommended, or explained), in bold or italics
_DEFAULT_NAMED = re.compile(rf"^the default value (\*\*(?:(?!\*\*).)+\*\*|\*[^*\s]+\*|{NUM}) (?:is recommended\.?$|"
                            rf"(?:indicates|means)\b)", re.I)
# `The value can be JSON or GZIP. The default format is GZIP.` and the values listed `- **gzip**`: a name the cell
# lists in bold, in another case (the listed spelling is the value)
_DEFAULT_PLAIN = re.compile(r"\bthe default (?:[a-z][\w-]* )?[a-z][\w-]* is ([A-Za-z][\w.+:/-]*?)\s*(?:[.,;]|$)", re.I)


# the default of the unit, stated on a field that is the unit (`units`: `The default unit is **seconds**.`)
_DEFAULT_UNIT = re.compile(r"\bthe default unit is (\*\*(?:(?!\*\*).)+\*\*|\w+)", re.I)


# `Specifies the DPD action, ... The default action is **hold**.`: the default of what the cell names (its field name
# or its opening sentence), in bold; not `The default HTTP port is **80**` in a cell about something else
_DEFAULT_NOUN = re.compile(r"\bthe default ((?:[a-z][\w-]* )?[a-z][\w-]*) is (\*\*(?:(?!\*\*).)+\*\*)(?:\s+[a-z]+)?"
                           r"\s*(?:[.,;]|$)", re.I)


def _names_the_cell(cell: Cell, noun: str) -> bool:
    if noun.lower().split()[-1] in ("value", "number", "unit", "values"):
        return False
    words = set(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", cell.name).lower().replace("_", " ").replace("-", " ").split())
    opening = (sentences(own_text(cell)) or [""])[0]
    return set(noun.lower().split()) <= words or bool(re.search(rf"\b{re.escape(noun)}\b", opening, re.I))


# `Query images shared by yourself: The default value is **false**.`: the default of one case the sentence names
_VARIANT_LEAD = re.compile(r"^(?:-\s+)?(?!(?:default(?: value)?|notes?|remarks?|constraints?|range|values?|description)"
                           r"\s*:)[A-Z][\w ,-]{2,50}:\s+(?:the|its) default\b", re.I)


# `Currently, only DCS Redis 4.0 uses 10 by default.`: one product's default
_ONE_VARIANT = re.compile(r"^(?:-\s+)?(?:currently,\s+)?only\b[^;]*\b(?:supports?|uses?)\b", re.I)
_NOT_DEFAULTS = {"value", "is", "the", "null", "none", "empty", "as", "not", "follows", "a", "an", "that", "this",
                 "determined", "used", "left", "blank", "set", "specified", "based", "same", "n/a", "-", "to",
                 "whether", "because", "also", "only"}


# `- Default value:` then, indented under it, `sha2-256` alone: the label's value, as if on its line
_LABEL_THEN_VALUE = re.compile(r"^(?P<lead>[ \t]*(?:-\s+)?)(?:\*\*)?default(?: value)?(?:\*\*)?[ \t]*[:：][ \t]*\n"
                               r"[ \t]*\n[ \t]*(?P<value>(?:\*\*)?[^\s*]+(?:\*\*)?)[ \t]*$", re.I | re.M)


# `**Default value**: 10`, `**Default Value:** 10`: a bold label with its colon, read as `Default value: 10`
# (never `- **default**: default policy`, a listed value named `default`)
_BOLD_LABEL = re.compile(r"^([ \t]*)\*\*(default value)\s*([:：]?)\*\*[ \t]*([:：]?)", re.I | re.M)
# a literal (the docs' ``abc``, which the reader leaves as `abc`) marks a value as bold does
_LITERAL = re.compile(r"`([^`\s][^`\n]*?)`")
# `Default value:` then a single bullet (`- sha2-256`) under it, and no other bullet: the label's value
_LABEL_THEN_BULLET = re.compile(r"^(?P<lead>[ \t]*)default(?: value)?[ \t]*[:：][ \t]*\n[ \t]*\n[ \t]*[-*][ \t]+"
                                r"(?P<value>(?:\*\*)?[^\s*]+(?:\*\*)?)[ \t]*"
                                r"(?=\n?\Z|\n(?![ \t]*(?:[-*][ \t]|\n[ \t]*[-*][ \t])))",
                                re.I | re.M)


# `- **basic** (used when the parameter is omitted): ...`: the value marked as the one the field's absence gives
_USED_WHEN_OMITTED = re.compile(r"\((?:used|applied|taken) (?:when|if) (?:the|this) (?:parameter|field) is (?:omitted|"
                                r"not (?:specified|set|passed|provided)|left (?:blank|empty))\)", re.I)


def _normalised(text: str) -> str:
    """The cell's text with its variant forms of a stated default in the forms the rules read."""
    text = _BOLD_LABEL.sub(lambda m: f"{m.group(1)}{m.group(2)}:" if m.group(3) or m.group(4) else m.group(0), text)
    text = _LITERAL.sub(r"**\1**", text)
    text = _USED_WHEN_OMITTED.sub("(default)", text)
    text = _LABEL_THEN_BULLET.sub(r"\g<lead>Default value: \g<value>", text)
    return _LABEL_THEN_VALUE.sub(r"\g<lead>Default value: \g<value>", text)


def rule_default(cell: Cell) -> list[Finding]:
    if cell.kind not in ("string", "integer", "number", "boolean", "any"):
        return []
    cell = replace(cell, text=_normalised(cell.text))
    for header, value in cell.extra:
        if header.strip().lower() in ("default value", "default") and value.strip():
            t = typed_value(clean_text(value), cell.kind)
            if t is not None and clean_text(value).lower().rstrip(".") not in _NOT_DEFAULTS:
                return [Finding("default", t, f"{header}: {value.strip()}")]
    found: list[Finding] = []
    if m := _THIS_IS_DEFAULT.search(cell.text) or _MARKED_AT_END.search(cell.text) or _PLAIN_MARKED.search(cell.text):
        t = typed_value(m.group(1), cell.kind)
        if t is not None:
            found.append(Finding("default", t, m.group(0)))
    in_cases: list[Finding] = []
    for s, in_case in _sentences_in_cases(cell):
        if in_case:  # one case's default: it holds if the cell's own default is the same value
            in_cases += [f for f in _sentence_default(cell, s) if f.keyword == "default"]
        else:
            found += _sentence_default(cell, s)
    said = {repr(_unquoted(f.value)) for f in found if f.keyword == "default"}
    if in_cases and (not said or any(repr(_unquoted(f.value)) not in said for f in in_cases)):
        found.append(Finding(AMBIGUOUS, _ONE_CASE, in_cases[0].sentence))
    found = [Finding(f.keyword, _unquoted(f.value), f.sentence) if f.keyword == "default" else f for f in found]
    values = {repr(f.value) for f in found if f.keyword == "default"}
    if len(values) > 1:
        return [Finding(AMBIGUOUS, "default: the cell states more than one default", " ".join(
            f.sentence for f in found if f.keyword == "default"))]
    cases = [f for f in found if f.keyword == AMBIGUOUS]
    if not values or cases:
        return cases[:1]  # none, or a default other cases do not share (`... is **1000** for exports`)
    return [next(f for f in found if f.keyword == "default")]


# a sentence that gives an example, not the field's default
_EXAMPLE = re.compile(r"^(?:[-*]\s+)?(?:for example|for instance|e\.g\.|example(?: value)?s?\s*[:：])", re.I)
# another field named as the subject of `defaults to` or `is x by default`
_OTHER_SUBJECT = re.compile(r"(?:^|\bthe value of |\bthe )(?:[-*]\s+)?\*\*([A-Za-z_][\w.-]*)\*\*(?: (?:parameter|"
                            r"field))? (?:defaults? to\b|is (?:set to )?(?:\*\*[^*]+\*\*|\d\S*) by default\b)", re.I)


_ANOTHER_ABSENT = re.compile(r"^(?:-\s+)?(?:if|when) (?:the )?\*\*([^*]+)\*\*[^,]*\bnot "
                             r"(?:specified|set|provided|passed)\b[^,]*,", re.I)


def _sentence_default(cell: Cell, s: str) -> list[Finding]:
    """The default one sentence of the cell states, or an ambiguous finding for one case's default."""
    # `If omitted, defaults to **x**.`: the field's own absence is no condition of another case
    if (u := re.match(_UNSET_IF, s.strip(), re.I)) and "default" in s[u.end():].lower() and \
            _unset_in(cell, s) is None:
        s = s.strip()[u.end():]
    if _EXAMPLE.match(clean_text(s)) or ((other := _OTHER_SUBJECT.search(s)) and other.group(1) != cell.name):
        return []  # `For example, the default value is 10.`; `The value of **y** defaults to **vpc**.`
    if (absent := _ANOTHER_ABSENT.match(s.strip())) and absent[1] != cell.name and \
            f"**{cell.name}**" not in s[absent.end():]:
        # `If **page_no** is not specified, it defaults to **1**.`: another field's absence, and its default
        return [Finding(AMBIGUOUS, _ONE_CASE, s)] if _stated_default(s) else []
    if (t := _unset_default(cell, s)) is not None or (t := _named_default(cell, s)) is not None:
        return [Finding("default", t, s)]
    if re.search(r"\bunits?\b", cell.name, re.I) and (m := _DEFAULT_UNIT.search(s)):
        t = typed_value(m.group(1).replace("**", ""), cell.kind)
        return [] if t is None else [Finding("default", t, s)]
    if is_conditional(s) or _VARIANT_LEAD.match(clean_text(s)) or _OTHERWISE.match(clean_text(s)) or \
            _ONE_VARIANT.match(clean_text(s)) or \
            ((case := _DEFAULT_OF_CASE.search(clean_text(s))) and case.group(1).strip() != cell.name):
        return [Finding(AMBIGUOUS, _ONE_CASE, s)] if _stated_default(s) else []
    if (m := _DEFAULT_NOUN.search(s)) and _names_the_cell(cell, m.group(1)) and \
            not foreign_units(cell, s[m.start(2):]):
        return _stated(cell, s, m, 2)
    if (m := _SUBJECT_BY_DEFAULT.match(s.strip())) and \
            (m.group("noun") is None or _names_the_cell(cell, m.group("noun"))):
        return _stated(cell, s.strip(), m, "value")
    if m := _stated_default(s):
        return _stated(cell, s, m, 1)
    return []


# `If **resource_name** is **weight**, the value is an integer from 1 to 100. The default value is **-1**.`: a
# paragraph that opens with a condition on another field's value states that case, its later sentences too
_CASE_OPENING = re.compile(r"^(?:-\s+)?(?:if|when) (?:the value of )?(?:parameter |field )?\*\*([^*]+)\*\* "
                           r"(?:is|equals) (?:set to )?\*\*", re.I)


def _sentences_in_cases(cell: Cell) -> list[tuple[str, bool]]:
    """The cell's own sentences, each with whether an earlier sentence of its paragraph (or bullet) opened with a
    condition on another field's value (`_CASE_OPENING`)."""
    out: list[tuple[str, bool]] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*- )", own_text(cell)):
        in_case = False
        for s in sentences(block):
            out.append((s, in_case))
            if (m := _CASE_OPENING.match(s.strip())) and m.group(1).strip() != cell.name:
                in_case = True
    return out


# what follows a stated default and makes it one case's: `The default value is **2** for MySQL dual-active DR.`, `...
# **1000** when **action** is set to **filter**.`, `... **10** in Device Mapper mode.`; not the field's own absence
# (`... by default if it is not specified`)
_CASE_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?(?:when|if|unless|only|in [\w -]+ mode|"
                         r"in (?:the |an? )?[\w -]{1,40}?\b(?:scenarios?|architectures?|regions?|editions?|versions?|"
                         r"clusters?|cases?|environments?|deployments?|engines?)\b|"
                         # `... **false** in API v2 and **true** in API v3`: one API version's
                         r"(?:in|for) (?:the )?(?:API )?v\d+(?:\.\d+)*\b|"
                         r"for (?!(?:example|details|more)\b)(?:an? |the )?[\w-]+)\b", re.I)
_OWN_ABSENCE = re.compile(r"^\s*(?:by default )?(?:if|when) (?:(?:it|this parameter|the parameter|the value) is )?not "
                          r"(?:specified|set|provided)\b(?=\s*(?:[.,;)]|$))", re.I)
# `- The default value of MySQL is 3306.`: the default of one variant the sentence names (not of `this parameter`,
# `which` or the field by its name)
_DEFAULT_OF_CASE = re.compile(r"\bthe default (?:value|number) (?:of|for) "
                              r"(?!(?:this|the) (?:parameter|field)\b|which\b|it\b)([\w ]+?) is\b", re.I)
_ONE_CASE = "default: the value is stated for one case"
# `Otherwise, the default value is **NOVA_AUDIT**.`: the other case of a condition the sentence before states
_OTHERWISE = re.compile(r"^(?:-\s+)?(?:otherwise|in other cases|else)\b", re.I)


# `Default value: <instance_name>-backup`, `${name}`, `{project_id}`: a template the caller fills in, not a literal
_PLACEHOLDER = re.compile(r"<[A-Za-z_][^<>]*>|\$\{|\{[A-Za-z_]\w*\}")
# `Default value: 10 (MySQL), 20 (PostgreSQL)`: a value per named case, the first one's case in brackets
_VALUE_PER_CASE = re.compile(r"^\s*\([^()]+\)\s*[,;]\s*(?:\*\*)?[\w.-]+(?:\*\*)?\s*\(", re.I)


def _stated(cell: Cell, sentence: str, m: re.Match[str], group: int | str) -> list[Finding]:
    """The default a match states, typed like the field: none for a value in another unit (`The default value is 15
    minutes` or **15min** on a field in seconds), an elided one (`**MIIDkgYJ...**`), or a word that is no literal;
    an ambiguous finding when a case follows the value (`_CASE_AFTER`)."""
    raw = m.group(group).replace("**", "").strip()
    if cell.kind in ("integer", "number", "boolean"):
        raw = str(_unquoted(raw))  # `10`, "5": a number or a boolean written as a literal or in quotes
    if foreign_units(cell, sentence[m.start(group):]) or raw.endswith(("...", "…")) or _PLACEHOLDER.search(raw):
        return []
    if amount := re.fullmatch(r"(\d+(?:\.\d+)?)(\s*)([a-z]+(?:/s)?)", raw, re.I):
        # `**15s**` or `**250m**` is a literal of a string field; `**40 GB**` the number of a field in GB
        own = rule_unit(cell)
        said, unit = amount.group(3).lower(), str(own[0].value).lower() if own else ""
        if unit and unit in (said, said.removesuffix("s")) and \
                cell.kind in ("integer", "number"):
            raw = amount.group(1)
        elif cell.kind != "string" or amount.group(2):
            return []
    rest = clean_text(sentence[m.end(group):])
    if (_CASE_AFTER.match(rest) and not _OWN_ABSENCE.match(rest)) or _VALUE_PER_CASE.match(rest):
        return [Finding(AMBIGUOUS, _ONE_CASE, sentence)]
    if re.match(r"^\s*(?:followed by|plus|\+|concatenated with|and then)\b", rest, re.I):
        return []  # `The default is **DLQ_** followed by the consumer group name.`: a prefix of a value made later
    t = typed_value(raw, cell.kind)
    return [Finding("default", t, sentence)] if t is not None and raw.lower() not in _NOT_DEFAULTS else []


def _unquoted(value: object) -> object:
    """`Default value: **"74,79"**`: the string inside the quotes (the quotes are the docs' way to write a string);
    the same for a literal (``` ``admin`` ```, which the reader leaves as `` `admin` ``)."""
    if isinstance(value, str) and len(value) > 2 and value[0] == value[-1] and value[0] in "\"'`":
        return value[1:-1]
    return value


def _named_default(cell: Cell, sentence: str) -> object:
    """A default the classes above leave to conditions or to no rule: `_DEFAULT_NAMED` and `_DEFAULT_PLAIN` (typed
    like the field; None when neither reads the sentence)."""
    s = sentence.strip()
    if m := _DEFAULT_NAMED.match(s):
        raw = m.group(1).strip("*")
        return typed_value(raw, cell.kind) if raw.lower() not in _NOT_DEFAULTS else None
    # not under a condition, nor of a part the sentence names (`If a direction is not specified, the default sorting
    # direction is **desc**.` of a `<key>:<direction>` list)
    if (m := _DEFAULT_PLAIN.search(clean_text(s))) and not is_conditional(s) and \
            not re.match(r"^(?:-\s+)?(?:if|when|for|in)\b", s, re.I):
        # listed outside the sentence (`**none**` of `can be **none** or **static**`); null is no default of a string
        listed = {b.strip() for b in BOLD.findall(cell.text.replace(s, " ")) if b.strip().lower() == m.group(1).lower()}
        if len(listed) == 1 and m.group(1).lower() != "null":
            return typed_value(listed.pop(), cell.kind)
    return None


def _unset_default(cell: Cell, sentence: str) -> object:
    """`_unset_in` of the sentence, or of its bracketed `(If this element is absent ..., **x** is applied by
    default.)` after a list of values."""
    for part in (sentence, *re.findall(r"\((if\b[^()]*)\)", sentence, re.I)):
        if (t := _unset_in(cell, part)) is not None:
            return t
    return None


def _unset_in(cell: Cell, sentence: str) -> object:
    """What `If this parameter is not specified, X is used` names: a bold value or a number, or the one value of the
    cell's bold values that the phrase names (`the offline read-only mode` with `**read-only**: offline mode`)."""
    if m := _UNSET_USES.match(sentence.strip()) or _UNSET_IS.match(sentence.strip()):
        return typed_value((m.group(1) or m.group(2)).replace("**", ""), cell.kind)
    m = _UNSET_USED.match(clean_text(sentence))
    if m is None or _CASE_AFTER.match(clean_text(sentence)[m.end():]):
        return None  # `..., **3** is used for event functions and **60** for HTTP functions`: one case's
    phrase = m.group(1)
    bold = [b for b in BOLD.findall(sentence) if b.strip()]
    if len(bold) == 1:
        # not `the value of **project_id** is used`: another field's value, not a literal
        rest = phrase.replace(bold[0].strip(), " ")
        return None if re.search(r"\b(?:of|as|from|in)\b", rest, re.I) else typed_value(bold[0], cell.kind)
    # `10 records`, `10 DDM instances`: a count of what the field counts; `the value 10`
    if re.fullmatch(rf"(?:{NUM})(?: [A-Za-z][\w-]*){{0,3}}", phrase) and \
            (n := typed_value(phrase.split()[0], cell.kind)) is not None:
        return n
    if (v := re.fullmatch(rf"the (?:default )?value ({NUM})", phrase, re.I)) is not None:
        return typed_value(v.group(1), cell.kind)
    if bold:
        return None
    named = {b.strip() for b in BOLD.findall(cell.text)
             if re.search(rf"(?<![\w-]){re.escape(b.strip())}(?![\w-])", phrase)}
    return typed_value(named.pop(), cell.kind) if len(named) == 1 else None
