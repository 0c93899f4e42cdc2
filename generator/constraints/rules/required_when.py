"""Conditionally mandatory: `if`/`then` on the parent object, or the condition kept as `x-required-when` text."""

from __future__ import annotations

import re
from typing import Any

from generator.constraints.rules.enum_lists import DEF_BULLET
from generator.constraints.rules.text import Cell, Finding, clean_text, sentences, typed_value

__all__ = ["rule_required_when"]


# `must be set`/`configured` to be given, not `must be set to **true**` (a value under a condition), nor `must be
# specified in the format of ...`, `in ascending order`, `in lowercase`, `as an integer` (how the value is written)
_HOW = (r"(?! (?:to|as)\b| in (?:the )?(?:format|[a-z]+ order|ascending|descending|lower ?case|upper ?case|"
        r"plain ?text)\b)")
_GIVEN = rf"(?:specified{_HOW}|set{_HOW}|provided{_HOW}|configured{_HOW}|passed|entered{_HOW}|used{_HOW}|given{_HOW})"
_MUST = r"(?:must|should|needs? to|has to|have to)(?: also)?"  # `must also be specified`
_MANDATORY = re.compile(rf"\b(mandatory|required|{_MUST} be {_GIVEN}|"
                        r"(?:need to|must) (?:also )?(?:specify|set|provide|configure)|"
                        r"(?:cannot|must not) be (?:left )?(?:empty|blank))\b", re.I)
_MODE_REQUIRED = re.compile(r"((?:\*\*\w+\*\*(?:\s*(?:,|and)\s*)?)+)\s+(?:is|are)\s+(?:both\s+)?(?:mandatory|required)",
                            re.I)
# (`You must specify this parameter if **encrypted** is **true**.`: the field is the object of `specify`)
_WHEN = re.compile(rf"\b(?:mandatory|required|{_MUST} be {_GIVEN}|(?:cannot|must not) be (?:left )?"
                   r"(?:empty|blank)|(?:must|need to|have to) (?:also )?(?:specify|set|provide|configure) "
                   r"(?:this|the) (?:parameter|field))\b[^.]*?\b(?:if and only if|if|when|only when|in case)\b(.*)$",
                   re.I)
# an admonition's label before the sentence (`NOTICE: When ...`, `Note: If ...`) is no part of it
_LABEL = r"(?:-\s+)?(?:(?:notice|note|important|caution|warning)\s*[:：]\s*)?"
# what makes the field mandatory after the condition: `is mandatory`, `must be specified`, `cannot be left blank`
_NEEDED = (rf"(?:(?:is|are)\s+(?:also\s+)?(?:mandatory|required)(?! to (?:specify|set|provide|configure|enter)\b)|"
           rf"(?:is|are|must be)\s+specified|{_MUST} be {_GIVEN}|(?:cannot|must not) be (?:left )?(?:empty|blank))")
_IF_FIRST = re.compile(rf"^{_LABEL}(?:if|when)\b(.*?),\s*(?:(?:(?:this|the) (?:parameter|field)|it)\s+{_NEEDED}|"
                       r"you (?:must|need to|have to) (?:also )?(?:specify|set|provide|configure) "
                       r"(?:this|the) (?:parameter|field))",
                       re.I)
# `When **resource_group_id** is not used, **dimensions** is mandatory.`, `NOTICE: When **type** is **backup**,
# **backup_id** is mandatory.`, `When **type** is set to **x**, **x_list** cannot be left blank.`, `If the job type is
# Hive, the value of **mains** must not be empty.`, `If ..., the **source_id** parameter is mandatory.`: the field
# named in bold after the condition (whichever field that is: the caller compares it with the cell's)
_IF_FIRST_NAMED = re.compile(rf"^{_LABEL}(?:if|when)\b(.*?),\s*(?:the value of |the )?(?:parameters? |fields? )?"
                             r"((?:\*\*[^*]+\*\*|this parameter|this field)(?:(?:,\s*|,?\s+and\s+)(?:\*\*[^*]+\*\*|"
                             rf"this parameter|this field))*)(?: (?:parameters?|fields?))?\s+{_NEEDED}|"
                             rf"^{_LABEL}(?:if|when)\b(.*?),\s*you (?:must|need to|have to) (?:also )?(?:specify|set|"
                             r"provide|configure) (\*\*[^*]+\*\*(?:(?:,\s*|,?\s+and\s+)\*\*[^*]+\*\*)*)\s*"
                             r"(?:[,;.]|$)", re.I)


def _named_in(names: str, cell: Cell) -> bool:
    """The field is among the names a requirement lists (`**x** and **y**`, `this parameter and **y**`)."""
    return cell.name in re.findall(r"\*\*([^*]+)\*\*", names) or (
        re.search(r"\bthis (?:parameter|field)\b", names, re.I) is not None and "**" in names)
# `The parameters **from** and **to** should be used together.`, `The **count** and **eip** parameters must be set
# simultaneously.`: each is required when the other is set
_TOGETHER = re.compile(r"\b(?:must|should) (?:always )?be (?:used|specified|set|provided) (?:together\b(?! with)|"
                       r"simultaneously\b|at the same time\b)|"
                       r"\b(?:must|should) (?:(?:both|all) be|be (?:both|all)) (?:specified|set|provided) or "
                       r"(?:both|all) (?:be )?(?:left )?(?:empty|blank|unspecified)\b", re.I)
# `URL encoding is required for special characters`, `Information required for creating ...`, `the **detail** field
# is required for specifying the source`: something else is required, or a participle, not this field
_REQUIRED_FOR_DOING = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bbe )\b(?:required|mandatory) for \w+ing\b", re.I)
# `List of mandatory tags when ...`, `Mandatory fields when ...: **y**`: `mandatory` qualifies a noun, names what is
# required, and is no statement about this field
_ATTRIBUTIVE = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bbe )\b(?:mandatory|required) (?:[a-z]+ )?(?:tags?|fields?|"
                          r"parameters?|headers?|items?|keys?|permissions?|information|settings?|attributes?)\b", re.I)
_SUBJECT = re.compile(rf"^{_LABEL}(?:(?:if|when)\b[^,]*,\s*)?(?P<subject>[\w\s*()-]{{1,60}}?)\s+(?:(?:is|are)\s+"
                      r"(?:\w+\s+)?(?:mandatory|required)|(?:cannot|must not) be (?:left )?(?:empty|blank))\b", re.I)
# `The request body must be specified when ...`, `The key must be provided if ...`: what must be given is named in
# plain words that are not this field's (not `Either the key pair or password must be used`: alternatives)
_SUBJECT_MUST = re.compile(rf"^{_LABEL}(?!\(?either\b|\(?(?:at least |exactly |only )?one of\b)"
                           rf"(?P<subject>[\w\s()-]{{1,60}}?)\s+{_MUST} be "
                           r"(?:specified|set|provided|configured|passed|entered)\b", re.I)
# `**id** needs to be configured only when **action** is **bind**`: a field named in bold is what must be given
_NAMED_MUST = re.compile(rf"^{_LABEL}(?:(?:if|when)\b[^,]*,\s*)?(?:the )?(?:value of (?:the )?)?"
                         r"(?P<subject>(?:\*\*[^*]+\*\*(?:,?\s*(?:and|or)?\s*)?)+)"
                         rf"(?:\s+(?:parameters?|fields?|headers?))?\s+{_MUST} be {_GIVEN}\b", re.I)
# `This header is optional for anonymous requests and is mandatory for other requests.`: the field's own cases, the
# optional one first
_OPTIONAL_THEN = re.compile(r"^(?:-\s+)?(?:(?:this|the) (?:parameter|field|header)|it) is optional\b.*\band$", re.I)
# `required`/`mandatory` after a noun, with no verb that makes anything required
_PARTICIPLE = re.compile(r"\b(?!(?:and|or|but|is|are|be|being|not|also|only|both|then|it|this)\b)[a-z]+ "
                         r"(?:required|mandatory) (?:for|by|to|when|if|in)\b", re.I)
_COPULA = re.compile(r"\b(?:is|are|be|being)\s+(?:\w+\s+)?(?:mandatory|required)\b|\b(?:must|should|need|needs)\b",
                     re.I)
# `This parameter is used together with **all_tenants**.`, `must be used with **limit**`, `It must be used with
# **x-obs-key** and **x-obs-key-MD5**.` (header names), `This field is used with ...`, `..., and it must be set
# together with **maintain_end**.` (the sentence's last clause): the field goes with those named
_NAME = r"\*\*[A-Za-z_][\w.-]*\*\*"
_USED_WITH = re.compile(r"(?:^(?:-\s+)?|,\s+and\s+|;\s+)(?:(?:(?:this|the) (?:parameter|field|header)|it) "
                        r"(?:is|must be|should be|needs to be|has to be) (?:used (?:together |in combination )?|"
                        r"(?:set|specified|configured|provided) (?:together|in combination) )|"
                        r"use (?:this|the) (?:parameter|field|header) (?:together |in combination )?)"
                        rf"with {_NAME}(?:(?:,\s*|,?\s+and\s+){_NAME})*\s*\.?$", re.I)
_TOGETHER_WITH = re.compile(r"\b(?:together with|used with)\b", re.I)
_SPECIFY = re.compile(r"\b(?:need to|must) (?:specify|set|provide)\b(.*)$", re.I)
_TERM_BULLET = re.compile(r"^-\s+\*\*([^*]+)\*\*\s*:")
_SELF_WORDS = {"this", "the", "that", "parameter", "field", "it", "value", "header", "a", "an"}


def _about_another(sentence: str, cell: Cell) -> bool:
    """The sentence makes something else than this field required: its subject names other words (`URL encoding
    is required for ...`) or a bold name that is not this field's (`the **detail** field is required ...`), or
    `required` qualifies a noun (`Additional information required for fault locating`)."""
    clean = clean_text(sentence)
    if _REQUIRED_FOR_DOING.search(clean) or _ATTRIBUTIVE.search(clean):
        return True
    if _PARTICIPLE.search(clean) and not _COPULA.search(clean) and not _TOGETHER_WITH.search(clean):
        return True
    if (o := _SPECIFY.search(sentence)) and not re.search(r"\bthis (?:parameter|field)\b", o.group(1), re.I):
        return f"**{cell.name}**" not in o.group(1)  # `you must specify either **alarm_actions** or **ok_actions**`
    m = _SUBJECT.match(sentence.strip()) or _NAMED_MUST.match(sentence.strip()) or _SUBJECT_MUST.match(sentence.strip())
    if m is None or _OPTIONAL_THEN.match(m.group("subject")):
        return False
    named = re.findall(r"\*\*([^*]+)\*\*", m.group("subject"))
    if named:  # `the **detail** field is required`; not `Either **instance_number** or **x** is required` on it
        return cell.name not in named
    own = set(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", cell.name).lower().replace("_", " ").replace("-", " ").split())
    words = set(re.findall(r"[a-z0-9]+", m.group("subject").lower())) - _SELF_WORDS - own
    return bool(words)
_CONDITION_WORDS = re.compile(r"\b(?:together with|in conjunction with|along with|in combination with|at least one of|"
                              r"either|in the [\w -]+ scenario|"
                              r"mandatory for|required for|mandatory in|required in|otherwise|"
                              r"in other (?:scenarios|cases))\b", re.I)
# `This parameter is mandatory for a request`, `mandatory in the request but can be empty`: no condition, the field is
# always needed (its Mandatory column says so)
_EVERY_REQUEST = re.compile(r"\b(?:mandatory|required) (?:for|in) (?:a|an|the|all|every|each|any) (?:API |HTTP )?"
                            r"requests?\b(?!\s+(?:to|that|which|of|for|when|if|where|whose|in which)\b)", re.I)
# `mandatory when **sharetype** is set to **PER** and is optional when **sharetype** is set to **WHOLE**`: what follows
# states the other case, not a part of the condition
# (`and is invalid in other cases`, `, and it cannot be left blank`: what holds when it is given)
_OTHER_CASE = re.compile(r",?\s+(?:and|but) (?:is |must be |can be |should be )?(?:optional|not (?:mandatory|required)|"
                         r"(?:left )?(?:empty|blank)|ignored|omitted|invalid|unused|not used)\b.*$|"
                         r"[,;]?\s+(?:and )?otherwise\b.*$|,?\s+and (?:it )?(?:cannot|must not) be (?:left )?"
                         r"(?:empty|blank|null)\b.*$|"
                         r",\s*which (?:indicates|means)\b.*$", re.I)
# `mandatory if public access is enabled (that is, **enable_publicip** is set to **true**)`: the words spelled out as
# one test, which is the condition
_THAT_IS = re.compile(r"\((?:that is|i\.e\.|namely),?\s*(?P<test>[^()]+)\)", re.I)
# `(the default value is **B**)`, `(case-sensitive)`: a remark inside the condition, not a part of it (unless it names
# other values: `(or **B**)`, `(**A**, **B**)`)
_REMARK = re.compile(r"\s*\((?![^()]*(?:\bor\b|\band\b|[,/]))[^()]*\)")
# `If you set **type** to **vpc**`: the sibling and its value, read as `**type** is set to **vpc**`
_YOU_SET = re.compile(r"\byou (?:set|configure) (\*\*[^*]+\*\*|`[^`]+`) (?:to|as) ", re.I)


def _you_set(text: str) -> str:
    return _YOU_SET.sub(r"\1 is set to ", text)
# `**type** is set to **vpc**`, `the **type** parameter is `vpc``, `type = "vpc"`, `enabled is true`: the sibling
# (bold, literal, or a plain name the caller checks against the siblings) and one value (bold, literal, quoted, or a
# plain word that is not a state like `specified` or `not`), the value ending the condition; a plain name is the
# whole subject (not `type` of `the cluster type is ...`)
_FIELD_TOKEN = (r"(?:\*\*(?P<bf>[A-Za-z_][\w.]*)\*\*|`(?P<lf>[A-Za-z_][\w.]*)`|"
                r"(?:(?<!\w\s)|(?<=\bthe\s)|(?<=\bof\s))(?P<pf>\b[A-Za-z_][\w.]*))")
_VALUE_TOKEN = (r"(?:\*\*(?P<bv>[^*]+)\*\*|`(?P<lv>[^`]+)`|[\"“](?P<qv>[^\"“”]+)[\"”]|'(?P<sv>[^']+)'|"
                r"(?P<pv>(?!(?:not|set|specified|empty|blank|null|none|used|selected|enabled|disabled|configured|"
                r"provided|changed|left|a|an|the|only|also|absent|present|omitted|missing|given|supplied|passed|unset)\b)"
                r"[\w.-]+)(?=\s*(?:[,.;)]|$)))")
_SET_TO = re.compile(rf"{_FIELD_TOKEN}(?:\s+(?:parameter|field|value))?\s*(?:is (?:set|configured|specified) (?:to|as)|"
                     rf"(?:has|takes) the value|is|equals|==?)\s*{_VALUE_TOKEN}", re.I)
_VALUE_WORDS = re.compile(r"\*\*[^*]+\*\*|`[^`]+`|[\"“][^\"“”]+[\"”]")


# `Specify either **ip_range** or **group**.`, `you must specify either this parameter or **id**`, `either this
# parameter or **rules** must be configured`: one of the two is mandatory (not `You can specify either ...`, `Either
# ... can be set`: a choice, nothing required)
_EITHER = re.compile(r"(?:^(?:-\s+)?|\b(?:must|need to|needs to|have to) )(?:specify|set|provide|configure|"
                     r"enter) either\b(?P<choice>.*)$|"
                     r"\b(?:either|(?:exactly )?one of)\b(?P<choice2>.*?)\b(?:(?:must|should|needs? to|has to) be "
                     r"(?:specified|set|provided|"
                     r"configured|passed)|(?:is|are) (?:mandatory|required))\b", re.I)


# `You must specify **x** or **y**.`, `**x** and **y** cannot both be left empty.`: names in bold (or this parameter)
# of which one must be given
_FIELD_OR = r"(?:\*\*[^*]+\*\*|this parameter|this field)"
_ONE_NEEDED = re.compile(r"(?:\b(?:must|need to|needs to|have to) |^(?:-\s+)?)(?:specify|set|provide|configure) "
                         rf"(?P<choice>{_FIELD_OR}(?:,\s*{_FIELD_OR})*,?\s+or\s+{_FIELD_OR})|"
                         rf"(?P<choice3>{_FIELD_OR}(?:,\s*{_FIELD_OR})*,?\s+or\s+{_FIELD_OR})\s+"
                         r"(?:must|needs? to|has to) be "
                         r"(?:specified|set|provided|configured)\b|"
                         rf"(?P<choice2>{_FIELD_OR}(?:(?:,\s*|,?\s+(?:and|or)\s+){_FIELD_OR})+)\s+"
                         r"(?:cannot|must not) "
                         r"(?:both be|be both|all be|be) (?:left )?(?:empty|blank|null|unspecified)", re.I)


def _one_needed(sentence: str, cell: Cell) -> bool:
    m = _ONE_NEEDED.search(sentence)
    if m is None:
        return False
    if m.group("choice2") and not re.search(r"\b(?:both|all)\b|at the same time|simultaneously", m.group(0) +
                                             sentence[m.end():], re.I):
        return False  # `**x** and **y** cannot be empty`: each is needed, no choice
    names = m.group("choice") or m.group("choice2") or m.group("choice3")
    return cell.name in re.findall(r"\*\*([^*]+)\*\*", names) or bool(re.search(r"\bthis (?:parameter|field)\b",
                                                                                 names, re.I))


def _named_plainly(subject: str, cell: Cell) -> bool:
    """`Parameters marker and limit must be used together.`: the field's name written as a word among the names
    (`Parameters` or `and` beside it), not in bold."""
    name = re.escape(cell.name)
    return re.search(rf"(?:\bparameters?\s+|\band\s+)(?:[\w.-]+,?\s+(?:and\s+)?)?{name}(?![\w-])|"
                     rf"(?<![\w.-]){name}\s+and\b", subject, re.I) is not None


def _names_field(choice: str | None, cell: Cell) -> bool:
    """The alternatives after `either` name this field: `this parameter` or its name."""
    return choice is not None and (bool(re.search(r"\bthis (?:parameter|field)\b", choice, re.I)) or re.search(
        rf"(?<![\w.-]){re.escape(cell.name)}(?![\w-])", choice) is not None)


# `At least one of **backupRef** and **restoreTime** must be specified.`, `... including **backupRef** and
# **restoreTime**. At least one of them must be specified.` on the object that holds them: the alternatives are named
# (after `of`, or before a pronoun), and a requirement among them is not this field's unless it is one of them
_AT_LEAST_ONE = re.compile(r"\b(?:(?:at least|exactly|only) )?one of\b(?P<rest>.*)$|\beither\b(?P<rest2>.*)$", re.I)
_PRONOUN = re.compile(r"^\s*(?:them|these|those|the two|both)\b(?!\s+(?:\w+\s+)?(?:parameters|fields))", re.I)


def _alternatives_without_field(sentence: str, cell: Cell) -> bool:
    """`At least one of <names>` (or `of them` after a sentence naming them) where this field is not among the
    names: another field's requirement, not this one's."""
    m = _AT_LEAST_ONE.search(sentence)
    rest = (m.group("rest") or m.group("rest2") or "") if m is not None else ""
    if m is None or re.search(r"\bthis (?:parameter|field)\b", rest, re.I):
        return False
    text = cell.text if _PRONOUN.match(rest) else rest
    names = set(re.findall(r"\*\*([A-Za-z_][\w.-]*)\*\*", text))
    return bool(names) and cell.name not in names


def _field_in_words(cond: str, cell: Cell) -> str:
    """`When the cluster type is **CUSTOM**`: a sibling named in words (`cluster_type`) written as its name."""
    def named(m: re.Match[str]) -> str:
        name = "_".join(m.group(1).lower().split())
        return f"**{name}** is" if name in cell.siblings and name != cell.name else m.group(0)
    return re.sub(r"\bthe ((?:[a-z]+ ){0,2}[a-z]+) is(?= (?:set to )?\*\*)", named, cond, flags=re.I)


_CONDITION_END = re.compile(r";(?!\s*(?:or|and|as well as)\b).*$", re.I)


def _one_test(condition: str, cell: Cell) -> dict[str, Any] | None:
    """The `if` of a condition that names one sibling and one value; None for any other condition (kept as text)."""
    # a semicolon ends the condition: what follows is another clause (`...; ignored otherwise`, `...; up to 10 can be
    # configured`), unless it goes on with the condition (`...; or when ...`)
    if (spelled := _THAT_IS.search(condition)) and (test := _one_test(spelled.group("test"), cell)):
        return test
    condition = _REMARK.sub("", _THAT_IS.sub("", condition))
    cond = _OTHER_CASE.sub("", _field_in_words(_you_set(_CONDITION_END.sub("", condition)), cell))
    # two tests or several values (`is **a** or **b**`, `the type is a or the mode is b`): kept as text
    if len(_SET_TO.findall(cond)) > 1 or len(_VALUE_WORDS.findall(cond)) > 2 or re.search(
            r"\b(?:or|and)\b|(?:\*\*|`|[\"”'])\s*,", cond):
        return None
    for sm in _SET_TO.finditer(cond):
        if re.sub(r"\([^()]*\)|\bin the request(?: body)?\b|[\s.,;:]", "", cond[sm.end():]):
            return None  # `**type** is **vpc** in versions earlier than 3.0`: more than the one test
        field_name = sm.group("bf") or sm.group("lf") or sm.group("pf")
        raw = next((g for g in sm.group("bv", "lv", "qv", "sv", "pv") if g), "").strip().rstrip(".,")
        marked = sm.group("pf") is None
        if raw and (marked or field_name in cell.siblings) and field_name != cell.name:
            const: Any = {"true": True, "false": False}.get(raw.lower(), raw)
            return {"field": field_name, "value": const, "required": [cell.name]}
    return None


# `Whether the parameter is mandatory. If the value is true, the parameter must be specified ...`: the value is a flag
# that says whether another parameter is required; what it says is not a condition on this field
_FLAG_OF_REQUIRED = re.compile(r"^(?:-\s+)?(?:specifies |indicates )?whether (?:the |a |this )?(?:[\w-]+ ){0,2}"
                               r"(?:is|are) (?:mandatory|required)\b", re.I)


# `is not required`, `does not need to be specified`, `You do not need to set ...`, `need not be given`: no requirement
_NOT_NEEDED = re.compile(r"\bnot (?:mandatory|required)\b|\b(?:do|does|did)(?: not|n't) (?:need|have) to\b|"
                         r"\b(?:no need to|need not|not necessary)\b", re.I)
_ENVIRONMENT = re.compile(r"\s*(?:the )?(?:API version|version of the API|region|quota)\b", re.I)
# `if **job_direction** is set to **up**, this parameter is mandatory in **target_endpoint**`: required in one of the
# objects that hold the field, which no if/then of the field's object or of the objects above it tells apart: words
_IN_NAMED = re.compile(r"\b(?:mandatory|required)(?: only)? (?:in|for|under) (?:the )?(?:\*\*[^*]+\*\*|`[^`]+`)", re.I)
_EXCEPT = re.compile(r"\b(?:unless|except (?:when|if|where|for))\b", re.I)
# `mandatory in the response`, `required in API v3`, `mandatory in the eu-de region`: where or in which version the
# field appears, no condition on another field's value
_ELSEWHERE = re.compile(r"\b(?:mandatory|required)(?: only)? in (?:the |all |each )?(?:responses?\b|response (?:body|"
                        r"bodies|headers?)\b|(?:API )?(?:version|v)\s?\d|(?:[\w-]+ )?regions?\b)", re.I)


def rule_required_when(cell: Cell) -> list[Finding]:
    if _FLAG_OF_REQUIRED.match(clean_text(next(iter(sentences(cell.text)), ""))):
        return []
    out: list[Finding] = []
    lines = cell.text.split("\n")
    # enum bullets that name the siblings each value makes mandatory
    for line in lines:
        m = DEF_BULLET.match(line.strip())
        if not m:
            continue
        value = typed_value(m.group(1), cell.kind)
        if value is None:
            continue
        for req in _MODE_REQUIRED.finditer(line):
            names = [n for n in re.findall(r"\*\*(\w+)\*\*", req.group(1)) if n in cell.siblings or n == cell.name]
            if names:
                out.append(Finding("if", {"field": cell.name, "value": value, "required": names}, line.strip()))
    if out:
        return out
    for s in sentences(cell.text):
        clean = clean_text(s)
        if (term := _TERM_BULLET.match(s.strip())) and term.group(1) != cell.name:
            continue  # `- **key/name**: This field is required when ...`: a key of the value is, not this field
        if ((together := _TOGETHER.search(clean)) and (f"**{cell.name}**" in s or re.search(
                r"\bthis parameter\b", clean, re.I) or _named_plainly(clean[:together.start()], cell))) \
                or _USED_WITH.search(s.strip()):
            out.append(Finding("x-required-when", clean, s))
            continue
        either = _EITHER.search(clean)
        if (either and _names_field(either.group("choice") or either.group("choice2"), cell)) or _one_needed(s, cell):
            out.append(Finding("x-required-when", clean, s))  # one of the two must be given: which, not stated
            continue
        if not _MANDATORY.search(clean) or _NOT_NEEDED.search(clean) or _ELSEWHERE.search(clean):
            continue
        if _EXCEPT.search(clean):  # `mandatory unless **y** is given`, `except when **type** is **a**`: the
            if not _about_another(s, cell):  # condition is the opposite of the one written
                out.append(Finding("x-required-when", clean, s))
            continue
        m = _WHEN.search(s) or _IF_FIRST.search(s)
        if m is not None and m.re is _WHEN and _about_another(re.sub(r"\s*\([^()]*\)", "", s), cell):
            continue  # `A token with **Security Administrator** permissions is required if ...`, `The user token (no
            # special permission requirements) of an IAM user is required if ...`: which token, not whether the
            # field is given
        if m is None and (named := _IF_FIRST_NAMED.search(_you_set(s))) and \
                _named_in(named.group(2) or named.group(4) or "", cell):
            m = named
        if m and _ENVIRONMENT.match(m.group(1) or m.group(3) or ""):
            continue  # `If the API version is v2, ...`, `If the region is eu-de, ...`: no field's value
        if m:
            test = _one_test(m.group(1) or m.group(3) or "", cell) if not _IN_NAMED.search(s) else None
            out.append(Finding("if", test, s) if test else Finding("x-required-when", clean, s))
        elif _CONDITION_WORDS.search(clean) and not _about_another(s, cell) \
                and not _alternatives_without_field(s, cell) and not _EVERY_REQUEST.search(clean):
            out.append(Finding("x-required-when", clean, s))
    if out and out[0].keyword == "x-required-when":
        # a condition in words first (`must be specified when the backup file is used`) and a test of a sibling's
        # value later (`When **type** is **backup**, **backup_id** is mandatory.`): the field is required at least
        # under that test, so its if/then holds whatever the words add; the words stay, once, as the annotation
        return [*(f for f in out if f.keyword == "if"), out[0]]
    return out
