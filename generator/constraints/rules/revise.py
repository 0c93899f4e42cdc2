"""Revisions of a cell's findings that need what other sentences of the cell say: run after every rule of the table.

- The value may be empty (`The path ... can be left blank.`, `If the value is empty, ...`, `The value is empty when the
  DB instance is being created.`): a keyword that refuses the empty string (a length minimum, a pattern) is not what
  the cell states. A pattern admits the empty string too; a length minimum gives no keyword. Listed values stay as
  listed (`Value: - **objects**` beside `If the value is empty, ...` is labelled an enum: the empty value is the field
  left out).
  A String field with no other length minimum gets `minLength: 0`: it checks nothing, but states the empty string
  valid.
- A mandatory field needed in some cases only (`This parameter is needed by Spark Script and Hive Script jobs only,
  and must meet the following requirements:`): it is sent in the other cases too, empty (the pages' examples send
  `""`), so a keyword that refuses the empty string holds in the cases named only, and is not the cell's for every
  value. A pattern admits the empty string too; a length minimum gives no keyword.
- A mandatory field whose cell says what its blank value means (`If the **prefix** is left blank, every object
  matches.`): the field is always sent, so blank is the empty string and a length minimum beside it is not what the
  cell states (no `minLength`). Of an optional field, `If this parameter is left blank, ...` is the field left out.
- The value is Base64-encoded (`format: byte`): lengths and character types stated in the cell (`Password
  complexity requirements: - Contains 8 to 26 characters.`) are those of the content before encoding or of a password
  it carries, not of the encoded text the field holds, unless the sentence's subject is the value itself (`The value
  must contain 32 characters.`).
- The value is a timestamp (`x-format: unix-ms` or `unix-s`, or a sentence states a timestamp or a time point in
  milliseconds or seconds): the time unit is a part of its format, not a unit of a quantity (no `x-unit: ms`). A
  duration in milliseconds keeps its `x-unit`.
- The upper bound can be raised (`To extend the retention period, contact customer service.`, `Contact technical
  support to increase the quota.`, `If more than 500 nodes are required, contact technical support.`): a value above
  it is valid for whoever had it raised, so the maximum is a note, not a keyword.
- A default the cell also excludes (`The default value is 22. The value cannot be 22.`): no default (LABELLING.md,
  Excluded values); the excluded values stay.
- Another sentence names a value the field can be set to outside a bound (`... greater than or equal to 1 ...`
  beside `This field can be set to **0** for a node pool.`), or gives such a value a meaning (`If this parameter is
  not specified or is set to **0**, the default ... is used.` beside `1 to 1024`): the bound does not hold for every
  value the cell calls valid, so it is a note, not a keyword. So does a value the cell says what it stands for
  (`Value range: 1 to 86400. The value **-1** indicates that the session never expires.`, a bullet `- **-1**:
  unlimited`).
"""

from __future__ import annotations

import re

from generator.constraints.rules.subjects import opens_with_a_count, siblings_are_the_subject
from generator.constraints.rules.text import AMBIGUOUS, Cell, Finding, clean_text, sentences, value_kind, words

# the field's own value may be empty: its subject is the value itself, not something it names (`Whether the item
# can be empty` on a boolean), and never negated (`cannot be left blank` does not match `can be`)
_CAN_BE_EMPTY = (r"\b(?:it|the value|the parameter|this (?:parameter|field|value)|and|or|which)\s+can "
                 r"(?:also )?be (?:left )?(?:blank|empty)\b|\bcan be an empty string\b|"
                 # `If microversions are not supported, this parameter is an empty string.`, `If the value is an
                 # empty string, ...`: the empty string itself, named as a value the field holds
                 r"\b(?:it|the value|the parameter|this (?:parameter|field|value)) (?:is|will be) (?:set to )?"
                 r"an empty string\b|"
                 # `If microversions are not supported, the value is empty.`, `If the microversion is not supported,
                 # leave this parameter blank.`: the empty value itself, stated as the value of a case
                 r"\b(?:it|the value|this (?:parameter|field|value)) (?:is|will be) (?:left )?(?:empty|blank)\.?$|"
                 r"\bleave (?:it|the value|this (?:parameter|field|value)) (?:blank|empty)\b")
_MAY_BE_EMPTY = re.compile(rf"{_CAN_BE_EMPTY}|\b(?:if|when) (?:the value|it|this (?:parameter|field)) is "
                           r"(?:empty|blank|null)\b|"
                           # `The value is empty when the DB instance is being created.`: empty in some state
                           r"\b(?:the value|this (?:parameter|field|value)) is (?:empty|blank) (?:when|if|while|during|"
                           r"before|until)\b", re.I)
# stated as allowed (`It can be left blank.`), not as a case (`If the value is empty, ...` may be the field left out)
_STATED_EMPTY = re.compile(_CAN_BE_EMPTY, re.I)
# `If the prefix is left blank, ...`: what a blank value of a field means
_IF_BLANK = re.compile(r"\b(?:if|when) (?P<subject>[\w\s-]{1,40}?) is (?:left )?(?:blank|empty)\b", re.I)
_SELF = {"the", "this", "its", "value", "it", "parameter", "field"}
_REFUSES_EMPTY = ("minLength", "pattern")
_ENCODED_CONTENT = ("minLength", "maxLength", "pattern", "x-password-complexity")
# a sentence whose subject is the value itself (`The value must contain 32 characters.`): of the encoded text
_OF_THE_VALUE = re.compile(r"^(?:-\s+)?(?:the (?:encoded )?value|the parameter|this (?:parameter|field|value)|it)\b",
                           re.I)


def _may_be_empty(cell: Cell) -> str:
    """The sentence stating that the field's value may be empty, or ''."""
    return next((s for s in sentences(cell.text) if _MAY_BE_EMPTY.search(clean_text(s))), "")


# `is needed by Spark Script and Hive Script jobs only`, `is required only for ...`, `is only used when ...`: the field
# is needed in the cases named, not in every request
_ONLY_SOME = re.compile(r"\b(?:this parameter|this field|it|the parameter) is (?:only (?:needed|required|used|valid|"
                        r"mandatory)\b|(?:needed|required|used|valid|mandatory) (?:only )?(?:by|for|when|if|in)\b"
                        r"[^.]*?\bonly\b)", re.I)


def _needed_in_some_cases(cell: Cell) -> str:
    """Of a mandatory field, the sentence saying it is needed in some cases only, or ''."""
    if not cell.required:
        return ""
    return next((s for s in sentences(cell.text) if _ONLY_SOME.search(clean_text(s))), "")


def _blank_explained(cell: Cell) -> str:
    """Of a mandatory field, the sentence stating what a blank value of the field itself means (`If the **prefix**
    is left blank, ...`), or ''."""
    if not cell.required:
        return ""
    for s in sentences(cell.text):
        for m in _IF_BLANK.finditer(clean_text(s)):
            if words(m.group("subject")) <= _SELF | words(cell.name):
                return s
    return ""


def _admits_empty(pattern: str) -> bool:
    try:
        return re.search(pattern, "") is not None
    except re.error:
        return True  # not a pattern the engine writes (it drops what does not compile)


def _refuses_empty(f: Finding) -> bool:
    if f.keyword == "minLength":
        return isinstance(f.value, int) and f.value >= 1
    return f.keyword == "pattern" and isinstance(f.value, str) and not _admits_empty(f.value)


def _empty_allowed(cell: Cell, findings: list[Finding]) -> list[Finding]:
    said = _may_be_empty(cell)
    why = "the cell states the value may be empty"
    if not said and (said := _needed_in_some_cases(cell)):
        why = "the field is needed in some cases only and sent empty in the others"
    blank = "" if said else _blank_explained(cell)
    if not (said or blank) or value_kind(cell) != "string":
        return findings
    out: list[Finding] = []
    for f in findings:
        if said and f.keyword in _REFUSES_EMPTY and _refuses_empty(f):
            if f.keyword == "pattern":
                out.append(Finding("pattern", f"^$|{f.value}", f.sentence))
            else:
                out.append(Finding(AMBIGUOUS, f"{f.keyword}: {why}", said))
        elif blank and f.keyword == "minLength" and _refuses_empty(f):
            out.append(Finding(AMBIGUOUS, "minLength: the cell states what a blank value means", blank))
        else:
            out.append(f)
    if said and cell.kind == "string" and _STATED_EMPTY.search(clean_text(said)) and \
            not any(f.keyword in ("minLength", "enum") for f in findings):
        out.append(Finding("minLength", 0, said))  # vacuous for validation, but the empty string is stated valid
    return out


def _encoded(findings: list[Finding]) -> list[Finding]:
    if not any(f.keyword == "format" and f.value == "byte" for f in findings):
        return findings
    return [Finding(AMBIGUOUS, f"{f.keyword}: stated of the content before Base64 encoding, not of the value",
                    f.sentence) if f.keyword in _ENCODED_CONTENT and not _OF_THE_VALUE.match(clean_text(f.sentence))
            else f for f in findings]


# a sentence stating that the value is a point in time counted in milliseconds or seconds: `The value is a timestamp,
# in milliseconds.`, `The format is UNIX timestamp, in milliseconds.`, `time point in seconds`
_STAMP = re.compile(r"\b(?:timestamps?|time points?)\b[^.]*?\b(?:milliseconds?|seconds?|ms|s)\b|"
                    r"\b(?:millisecond|second)s?[- ](?:level )?timestamps?\b", re.I)
_TIME_UNITS = {"ms", "s"}


def _timestamp(cell: Cell, findings: list[Finding]) -> list[Finding]:
    if not any(f.keyword == "x-unit" and f.value in _TIME_UNITS for f in findings):
        return findings  # no time unit to drop: the cell's sentences need not be read
    stamp = any(f.keyword == "x-format" and f.value in ("unix-ms", "unix-s") for f in findings) or \
        any(_STAMP.search(clean_text(s)) and not siblings_are_the_subject(s, cell) for s in sentences(cell.text))
    if not stamp:
        return findings
    return [f for f in findings if not (f.keyword == "x-unit" and f.value in _TIME_UNITS)]


# the limit can be raised on request: support or customer service is asked to raise, extend or adjust it, or to be
# contacted when more is needed
_RAISED = re.compile(r"\bcontact\b[^.]*\b(?:customer service|technical support|support engineers?|service support|"
                     r"the administrator|O&M)\b|\b(?:submit|create|open|through) an? (?:service |support )?ticket\b",
                     re.I)
_MORE = re.compile(r"\b(?:increas(?:e|ed|ing)|extend(?:ed)?|raised?|adjust(?:ed)?|enlarge(?:d)?|more than|larger|"
                   r"higher|exceed|above)\b", re.I)
# a range stated for the default quota (`The value range is as follows for a default quota:`): a raised quota lifts it
_QUOTA = re.compile(r"\b(?:for|under|with|by|within) (?:a |the )?default quotas?\b", re.I)
# a value the field can be set to, named on its own
_SETTABLE = re.compile(r"\bcan (?:also )?be set to (?:\*\*)?(-?\d+(?:\.\d+)?)(?:\*\*)?(?![\w.*]*\s*(?:to|-|~)\s*\**\d)",
                       re.I)
# a value the cell gives a meaning to, as this field's (`If this parameter is not specified or is set to **0**, the
# default system disk size is used`): the field takes it
_MEANT = re.compile(r"\bif (?:this parameter|the parameter|this field|the value|its value|it)\b[^.;:]*?\b(?:is|are) "
                    r"(?:not specified or (?:is )?|left (?:blank|empty) or (?:is )?)?set to (?:\*\*)?(-?\d+(?:\.\d+)?)"
                    r"(?:\*\*)?(?![\w.*]*\s*(?:to|-|~)\s*\**\d),", re.I)
# a value the cell says what it stands for (`The value **-1** indicates that the session never expires.`, `0 means no
# limit.`, a bullet `- **-1**: unlimited`): the field takes it
_STANDS_FOR = re.compile(r"(?:^|(?<=[\s(]))(?<![\w.-])(?:(?:the |a )?values? (?:of )?)?(-?\d+(?:\.\d+)?)"
                         r"(?: or -?\d+(?:\.\d+)?)?\s+(?:indicates|means|represents|stands for|denotes)\b|"
                         r"^-\s+(-?\d+(?:\.\d+)?)\s*[:：]", re.I)
_UPPER = ("maximum", "exclusiveMaximum")
_LOWER = ("minimum", "exclusiveMinimum")


def _outside(f: Finding, value: float) -> bool:
    bound = f.value
    if not isinstance(bound, (int, float)) or isinstance(bound, bool):
        return False
    return {"minimum": value < bound, "exclusiveMinimum": value <= bound, "maximum": value > bound,
            "exclusiveMaximum": value >= bound}.get(f.keyword, False)


def _bounds_beyond(cell: Cell, findings: list[Finding]) -> list[Finding]:
    if not any(f.keyword in (*_UPPER, *_LOWER) for f in findings):
        return findings
    texts = [clean_text(s) for s in sentences(cell.text)]
    raised = next((t for t in texts if (_RAISED.search(t) and _MORE.search(t)) or _QUOTA.search(t)), "")
    settable = [(float(m.group(1)), t) for t in texts for rule in (_SETTABLE, _MEANT) for m in rule.finditer(t)]
    settable += [(float(m.group(1) or m.group(2)), t) for t in texts for m in _STANDS_FOR.finditer(t)]
    out: list[Finding] = []
    for f in findings:
        if raised and f.keyword in _UPPER:
            out.append(Finding(AMBIGUOUS, f"{f.keyword}: {f.value}, a limit the cell says can be raised", raised))
        elif beyond := next((t for value, t in settable if _outside(f, value)), ""):
            out.append(Finding(AMBIGUOUS, f"{f.keyword}: {f.value}, and the cell names a value beyond it", beyond))
        else:
            out.append(f)
    return out


# `Number of retries.` then `- **0**: not retried. - **-1**: retried until it expires.`: a count whose cell explains
# its special values, not the only values it takes (subjects.opens_with_a_count)
def _special_counts(cell: Cell, findings: list[Finding]) -> list[Finding]:
    if cell.kind != "integer" or not opens_with_a_count(next(iter(sentences(cell.text)), "")):
        return findings
    return [Finding(AMBIGUOUS, "enum: a count's special values are explained, not its only values", f.sentence)
            if f.keyword == "enum" and all(isinstance(v, int) and v <= 0 for v in f.value) else f for f in findings]


def _default_excluded(findings: list[Finding]) -> list[Finding]:
    excluded = {repr(v) for f in findings if f.keyword == "not" for v in f.value["enum"]}
    return [f for f in findings if not (f.keyword == "default" and repr(f.value) in excluded)]


def revise(cell: Cell, findings: list[Finding]) -> list[Finding]:
    """The cell's findings, revised by what its other sentences say (the module's docstring)."""
    return _special_counts(cell, _bounds_beyond(cell, _timestamp(cell, _encoded(_empty_allowed(
        cell, _default_excluded(findings))))))
