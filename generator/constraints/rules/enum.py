"""Enumeration: `enum` from `Value:` lists, `- **x**: meaning` bullets, inline `**a** or **b**` and one stated
value."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from generator.constraints.rules.enum_cues import (
    ADJ,
    ENUM_INLINE_INTRO,
    ENUM_INTRO,
    EXAMPLES_OR_FEATURES_INTRO,
    ONE_SCOPE,
    OPEN_LIST,
    VALUE_LABEL,
    VARIES,
    bare_values_doubtful,
    more_values_remark,
    value_sentences,
)
from generator.constraints.rules.enum_lists import (
    DEF_BULLET,
    EMPTY_BULLET,
    ITEMS,
    MEDIA_TYPE,
    PLAIN_BULLET,
    TEMPLATE,
    array_literal,
    bare_list,
    bold_paragraph,
    bullet_values,
    doubtful_list,
    example_values,
    explained_inline,
    format_placeholders,
    indent,
    inline_value,
    is_value,
    list_header,
    other_case,
    paragraph_values,
    placeholders,
    plain_list,
)
from generator.constraints.rules.enum_sentences import (
    FILL,
    FIXED,
    NULLISH,
    ONLY,
    ONLY_AFTER,
    ONLY_PLAIN,
    ONLY_SEVERAL,
    SINGLE,
    SUPPORTED_LIST,
    head_noun_intro,
    head_noun_values,
    named_single,
    noun_intro_line,
    only_plain_several,
    plain_values,
    range_values,
)
from generator.constraints.rules.subjects import names_a_sibling
from generator.constraints.rules.text import (
    AMBIGUOUS,
    BOLD,
    NUM,
    Cell,
    Finding,
    any_case,
    bold_values,
    clean_text,
    list_items,
    own_text,
    sentences,
    typed_value,
    value_kind,
    words,
)

__all__ = ["DEF_BULLET", "rule_enum"]


_DEF_INLINE = re.compile(r"(?:^|(?<=[.;]\s))\*\*((?!\*\*)\S(?:(?!\*\*).)*?)\*\*\s*:\s")
# what may stand between listed bold values: separators, and a note in brackets after a value (`**x** (default)`)
_JOINED_VALUES = re.compile(r"(?:[\s,.;|]|\bor\b|\band\b|\([^()]*\))*")
_EXPLAINED_ONE = re.compile(r",\s*(?:which )?(?:indicating|meaning|indicates|means)\b", re.I)
def _stated(m: re.Match[str]) -> str:
    """The value a one-value phrasing states: its first group that matched (bold, or a plain word of code)."""
    return next((g for g in m.groups() if g), "")


_QUOTED = re.compile(r'"[^"]+"|\'[^\']+\'')


def _enum_finding(values: Sequence[str], cell: Cell, sentence: str) -> list[Finding]:
    kind = value_kind(cell)
    if cell.kind == "array" and cell.item_kind:
        values = [item for v in values for item in array_literal(v)]
    if kind in ("string", "any") and values and all(_QUOTED.fullmatch(v) for v in values):
        values = [v[1:-1] for v in values]  # `- **"true"**`, `- **'0'**`: the string true, the string 0
    typed = ["" if v == "" and kind in ("string", "any") else typed_value(v, kind) for v in values]
    if not values or any(t is None for t in typed):
        return []
    unique: list[Any] = []
    for t in typed:
        if t not in unique:
            unique.append(t)
    if kind == "any" and all(isinstance(t, str) and re.fullmatch(r"-?\d+", t) for t in unique):
        # `0`, `1`, `2` listed for an AnyType field: the number or the string, the docs do not tell which is sent
        return [Finding("x-enum-untyped", unique, sentence),
                Finding(AMBIGUOUS, "enum: numbers listed for a field of no stated type (the number or the string)",
                        sentence)]
    return [Finding("enum", unique, sentence)]


_SUBFIELDS = re.compile(r"\b(fields?|parameters?|keys?|attributes?|properties|contains the following|example|format)\b",
                        re.I)
_VALUE_WORD = re.compile(r"(?:[A-Z0-9_][A-Z0-9_.:-]*|[a-z]+[A-Z_0-9][\w.:-]*),?")
_INDICATES = re.compile(r"\*\*((?:(?!\*\*)\S)+)\*\*\s*(?:\((?:the )?default(?: value)?\)\s*)?(?:indicates|means|:)",
                        re.I)
_VALUE_INDICATES = re.compile(r"\bthe value \*\*((?:(?!\*\*)\S)+)\*\*\s+(?:indicates|means)", re.I)
_IN_CONDITION = re.compile(r"^\s*(?:-\s+)?(?:if|when|where)\b.*\b(?:is|are|set to|equals?)\s*$", re.I)
_ID_NAME = re.compile(r"(?:^|_)ids?$|[a-z]Ids?$")
_VALUES_CUE = re.compile(r"\b(?:the )?values? (?:can|must) (?:only )?be\b|\bvalue range\b|\bone of\b", re.I)
_FIELDS_INTRO = re.compile(r"\bfollowing\b(?![^:\n]*\bvalues?\b)[^:\n]*\b(?:fields?|parameters?|keys?|attributes?|"
                          r"properties)\s*[:：]\s*$", re.I | re.M)
_FIELD_PARAGRAPH = re.compile(r"^\*\*[A-Za-z_][\w.]*\*\*\s*[:：]\s+[a-z]", re.M)
# `For MySQL, the value can be any of the following:`: the list that follows holds for one variant only
_FOR_VARIANT = re.compile(r"^for (?!example\b|details\b|more\b)[^,:]{1,40},", re.I)
# `- 1: MapReduce`: a coded value and its meaning
_CODE_BULLET = re.compile(r"^-\s+(?:-?[0-9]+|true|false)\s*[:：]\s+\S")  # `- -1: Terminated`, `- true: on` too
# `The field can be:` then bullets: the field is the subject, its values follow (not a list of sub-fields)
_SUBJECT_CAN_BE = re.compile(r"(?:^|[.;]\s+)(?:the|this) (?:field|parameter) (?:can|must) (?:only )?be\s*[:：]$", re.I)
# `- The scale-in operation cannot be undone. ... Possible values:` then bullets of the same level: a sentence that
# closes a bullet with the intro of the values, not a label among them
_CLOSING_INTRO = re.compile(rf"[.;]\s+(?:the )?{ADJ} (?:values?|options?)\s*(?:are|include)?\s*[:：]$",
                            re.I)
def rule_enum(cell: Cell) -> list[Finding]:
    kind = value_kind(cell)
    if kind not in ("string", "integer", "number", "boolean", "any"):
        return []
    lines = [ln.rstrip() for ln in cell.text.split("\n")]
    if _FIELDS_INTRO.search(cell.text) and len(_FIELD_PARAGRAPH.findall(cell.text)) >= 2:
        return []  # `Pass at least one of the following filter parameters:` then `**name**: ...` paragraphs
    found: list[list[str]] = []
    sources: list[str] = []
    single: tuple[str, str] | None = None  # the first one stated value and its sentence
    scoped = ""  # the intro of a list of one variant's values
    # "Value:" (or a **Range** block) followed by bullets: `- **backup**: ...` or `- backup`
    for i, line in enumerate(lines):
        stripped = re.sub(r"^-\s+", "", line.strip())  # `- Value range:` then its values indented under it
        # the sentence that introduces (`If this parameter is left blank, ... every day. The options are as follows:`):
        # the words of the ones before it do not name what the list is
        tail = sentences(stripped)[-1] if stripped.endswith((":", "：")) else stripped
        intro = ENUM_INTRO.match(stripped) or (
            stripped.endswith((":", "：")) and (re.search(r"\b(values?|options?|can be|range|one of|include)\b",
                                                          tail, re.IGNORECASE)
                                                or noun_intro_line(tail, own_text(cell), cell.name)))
        if not intro or EXAMPLES_OR_FEATURES_INTRO.match(stripped) or (
                re.search(r"\b(example|fields?|parameters?|keys?|variables?|such as|e\.g)\b", tail, re.I)
                and not _SUBJECT_CAN_BE.search(stripped)):
            continue
        if names_a_sibling(tail, cell):
            continue  # `Values of **vpc_channel_status**:`: a sibling's values
        if _FOR_VARIANT.match(stripped) or _FOR_VARIANT.match(tail) or VARIES.search(tail):
            scoped = scoped or stripped  # `For MySQL, the value can be any of the following:`: one variant's values
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if stripped != line.strip() and (j >= len(lines) or indent(lines[j]) <= indent(line)) and \
                not _CLOSING_INTRO.search(stripped):
            continue  # a bullet `- **Range**` followed by bullets of its level: a label among them, not an intro
        if j < len(lines) and not lines[j].strip().startswith("-"):
            # "Value:" then a paragraph of bold values (`**sync**.`, `**v1** and **v2**`) or paragraphs that define
            # one value each (`**pre-share**: pre-shared key`)
            values, paras = paragraph_values(lines, j, plain=bool(_PLAIN_INTRO.search(stripped)))
            if not values and stripped == "Range:" and (values := range_values(lines[j])):
                paras = [lines[j].strip()]  # a `**Range**` block of one plain paragraph (`requester`, `true|false`)
            if values:
                found.append(values)
                sources.append(f"{stripped} {' '.join(paras)}")
            continue
        values, _ = bullet_values(lines, j)
        if values:
            found.append(values)
            sources.append(stripped + " " + " ".join(f"- {v}" for v in values))
    for s in value_sentences(sentences(own_text(cell))):
        flat = s.strip()
        if re.match(r"^-\s+\*\*(?:(?!\*\*).)+\*\*\s*:", flat):
            continue  # a bullet about a sub-field or a value: its own words are not this field's values
        if m := VALUE_LABEL.match(flat):
            rest = m.group(1).strip().rstrip(".")
            bold = bold_values(rest)
            if bold and all(inline_value(b, len(bold)) for b in bold) and not OPEN_LIST.search(m.group(1)) and \
                    not re.search(r"\bto\b|-\s*\*\*|\bfor example\b", rest) and \
                    rest.startswith("**") and (not re.search(r"range\W*$", flat[:m.start(1)], re.I)
                                               or _JOINED_VALUES.fullmatch(BOLD.sub("", rest))):
                # not `value of **NextToken** in the last response`, nor a range `Value range: **1**~**100**`
                found.append(bold)
                sources.append(flat)
                continue
            label = flat[:m.start(1)]  # `Value:` names no choice: `Value: v3/auth/tokens` is one value with slashes
            choice = not re.fullmatch(r"(?:\*\*)?values?(?:\*\*)?\s*[:：]\s*", label, re.I)
            if (listed := plain_list(rest, choice)) and not (re.search(r"range\W*$", label, re.I) and re.fullmatch(
                    rf"(?:{NUM})\s*,\s*(?:{NUM})", rest)):  # not `Value range: 1, 100`, a range as much as two values
                found.append(listed)  # `Valid values: keep-alive | close`, `Possible values: asc, desc`
                sources.append(flat)
                continue
            tokens = rest.split()
            if (len(tokens) >= 2 and all(_VALUE_WORD.fullmatch(w) for w in tokens if w.lower() not in ("and", "or"))
                    and len(tokens) <= 12 and not any(re.fullmatch(NUM + ",?", w) for w in tokens[:1])):
                found.append([w.rstrip(",") for w in tokens if w.lower() not in ("and", "or")])
                sources.append(flat)
                continue
        if m := SUPPORTED_LIST.match(clean_text(flat)):
            found.append(list_items(m.group(1)))
            sources.append(flat)
            continue
        noun = None if (m := ENUM_INLINE_INTRO.search(flat)) else head_noun_intro(flat, own_text(cell), cell.name)
        if m := m or noun:
            # `... or **b**, and is ...`, `... or **b** and is case-insensitive`: what follows says more of the value
            rest = re.split(r",\s*(?:and|while|but)\s+(?:the|its)\s+default|,\s*(?:which|indicating|meaning)\b|"
                            r"(?:,|(?<=\*\*))\s*and (?:is|are)\b|\.\s", m.group("rest"))[0]
            bold = bold_values(re.sub(r"\s\([^()]*\)", "", rest))  # not `**a** (same as **c** in v1)`: a note's
            # `The value can be set to **create** or **delete** only.`, `It can only be set to **X** now.`
            said, rest = rest, ONLY_AFTER.sub("", rest)
            if len(bold) == 1 and _EXPLAINED_ONE.match(m.group("rest")[len(said):]) and rest == said and \
                    not re.search(r"\bonly\b", flat[:m.start("rest")], re.I):
                bold = []  # `The value is **CURRENT**, indicating ...`: one value explained, maybe among others
            if not re.sub(r"^-\s+|^currently,\s*", "", flat[:m.start("rest")], flags=re.I).strip() and \
                    bare_values_doubtful(cell.text, flat):
                bold = []  # `**a** or **b**.` then `Other values may appear.`: not the whole list
            between = BOLD.sub("", rest)
            if noun and len(bold) < 2 and not (noun.group("adj1") or noun.group("adj2") or
                                               re.search(r"\b(?:can|must)\b", flat[:m.start("rest")], re.I)):
                bold = []  # `The status is **ACTIVE**.`: the state in one case, not the only value
            if OPEN_LIST.search(between):
                bold = []  # `**x**, **y**, ...`, `**x**, **y**, etc.`: the list goes on
            if bold and all((inline_value(b, len(bold)) or MEDIA_TYPE.fullmatch(b)) and (
                    b.lower() not in NULLISH or (b.lower() == "none" and len(bold) >= 2)) for b in bold) \
                    and re.fullmatch(r"[\s,.;:]*+(?:(?:or|and|,|/)[\s,]*+)*[.\s]*", re.sub(r"\([^)]*\)", "", between)):
                found.append(bold)
                sources.append(flat)
                continue
        if listed := plain_values(flat) or head_noun_values(flat, own_text(cell), cell.name):
            found.append(listed)  # `The value can be pending, available, deleting, deleted, or failed.`
            sources.append(flat)
            continue
        if (m := ONLY.search(flat)) and ONE_SCOPE.search(f"{flat[:m.start()]}|{flat[m.end():]}"):
            continue  # `For PostgreSQL, only **a** is supported.`, `Only **a** is supported for MySQL.`
        if m := m or FIXED.search(flat) or ONLY_PLAIN.match(flat):
            found.append([_stated(m)])
            sources.append(flat)
        elif m := ONLY_SEVERAL.match(flat):
            found.append(bold_values(m.group("values")))
            sources.append(flat)
        elif listed := only_plain_several(flat):
            found.append(listed)
            sources.append(flat)
        elif single is None and (m := SINGLE.search(flat) or FILL.search(flat) or named_single(flat, cell)) \
                and kind != "boolean" and \
                _stated(m).strip().lower() not in NULLISH:
            single = (_stated(m), flat)  # one stated value: only if nothing lists more
    if not found and (listed := bold_paragraph(cell.text)):
        found.append(listed)  # `Redistribution mode.` then `**online** or **offline**.`
        sources.append(clean_text(cell.text)[:200])
    # `the value of this parameter must be:` and the value alone in the next paragraph
    for i, line in enumerate(lines):
        if re.search(r"\b(?:value|it)(?: of this (?:parameter|field))? must be\s*[:：]$", line.strip(), re.I):
            rest = [ln.strip() for ln in lines[i + 1:] if ln.strip()]
            if rest and re.fullmatch(r"`?[\w./;=+-]+`?", rest[0]) and len(rest) == 1:
                found.append([rest[0].strip("`")])
                sources.append(f"{line.strip()} {rest[0]}")
    # `**true**: enabled. **false**: disabled.` / `the value **on** indicates ...` / `- **x**: meaning` bullets
    own = own_text(cell)  # inline definitions only: bullet definitions are read as a list above and below
    defs = [v for v in _DEF_INLINE.findall(own) if is_value(v)]
    # `If **access_type** is set to **cert**:` introduces what follows under a condition on another field: its
    # bold value is that field's, not a definition of this one
    indicated = [m.group(1) for m in _INDICATES.finditer(own) if is_value(m.group(1))
                 and not _IN_CONDITION.search(re.split(r"[.;:\n]\s", own[:m.start()])[-1])]
    indicated += [v for v in _VALUE_INDICATES.findall(own) if is_value(v) and v not in indicated]
    examples = example_values(lines)
    defs, indicated = [v for v in defs if v not in examples], [v for v in indicated if v not in examples]
    first_list = next((i for i, ln in enumerate(lines) if ln.strip().startswith("-")), None)
    bullets: list[str] = []
    if first_list is not None:
        before = next((lines[k] for k in range(first_list - 1, -1, -1) if lines[k].strip()), "")
        intro_of_fields = before.rstrip().endswith((":", "：")) and _SUBFIELDS.search(before)
        if EXAMPLES_OR_FEATURES_INTRO.match(before.strip()) or (before.rstrip().endswith((":", "：")) and
                                                                names_a_sibling(before, cell)):  # `Examples:`, `The
            pass  # edition supports:` (features), `... depends on **logic**:` (a sibling's values): no values here
        elif re.fullmatch(r"\*\*[^*]+\*\*\.?", before.strip()):
            pass  # `**NORMAL**` then `- **READONLY**` ...: the values began in a paragraph, the list is not all of them
        elif not intro_of_fields or re.search(r"\bvalues?\b", before, re.I):
            bullets, end = bullet_values(lines, first_list)
            listed = [ln.strip() for ln in lines[first_list:end]
                      if ln.strip().startswith("-") and indent(ln) == indent(lines[first_list])]
            if not (all(DEF_BULLET.match(b) or EMPTY_BULLET.match(b) for b in listed)
                    or all(_CODE_BULLET.match(b) for b in listed) or bare_list(cell.text, cell.siblings)):
                bullets = []
    if bullets and format_placeholders(bullets, cell.text):
        bullets = []  # placeholders of a format (`vX.Y`, `{type}:{count}`), explained one by one
    explained = "" if found or len(bullets) >= 2 else explained_inline(own, [*defs, *indicated], cell)
    if not found and len(bullets) >= 2 and kind == "string" and _ID_NAME.search(cell.name) \
            and re.search(r"\bID\b", next(iter(sentences(own)), "")) and not _VALUES_CUE.search(cell.text):
        # `Task ID. Currently, the following tasks are supported:` then `- **CreateInstance**: Creating ...`: the kinds
        # of thing whose IDs the field takes, explained, not the IDs themselves (as for values explained inline below)
        return [Finding(AMBIGUOUS, "enum: an ID whose cell explains what its values stand for, not which they are",
                        clean_text(cell.text)[:200])]
    if not found and bullets and len(bullets) >= 2:
        found.append(bullets)
        sources.append(" ".join(f"- {b}" for b in bullets))
    elif not found and len(set(defs) | set(indicated)) >= 2 and _ID_NAME.search(cell.name) \
            and not _VALUES_CUE.search(own):
        # `Protected object ID ... the value **0** indicates the ID of an object on the Internet border`: what some
        # IDs stand for, not the only IDs there are
        return [Finding(AMBIGUOUS, "enum: an ID whose cell explains some of its values", clean_text(cell.text)[:200])]
    elif not found and len(set(defs) | set(indicated)) >= 2:
        merged = list(dict.fromkeys([*defs, *indicated]))
        m_first = re.search(r"^the value is \*\*((?:(?!\*\*)\S)+)\*\*", re.sub(r"[ \t]+", " ", cell.text), re.I | re.M)
        if m_first and m_first.group(1) not in merged:
            merged.insert(0, m_first.group(1))
        found.append(merged)
        sources.append(clean_text(cell.text)[:200])
    elif not found and len(set(defs)) == 1 and single is None and kind == "boolean":
        # `Whether the pre-check is passed. **true**: the pre-check is passed.`: one of the two values explained, not
        # the only one allowed (a boolean `enum` needs both stated as allowed)
        return [Finding(AMBIGUOUS, "enum: one value of a boolean is explained, not the only one allowed",
                        clean_text(cell.text)[:200])]
    elif not found and len(set(defs)) == 1 and (words(defs[0]) <= words(cell.name) or sum(
            1 for ln in lines if PLAIN_BULLET.match(ln.strip())) >= 2):
        # `**domain.name**: Name of the domain` (the field's own name), `**CM**: CMS components` beside a list of
        # other values: one term explained, not the field's only value
        return [Finding(AMBIGUOUS, "enum: one term is explained, not said to be the only value",
                        clean_text(cell.text)[:200])]
    elif not found and defs:
        found.append(defs)
        sources.append(clean_text(cell.text)[:200])
    inline = found[-1] if found and explained else None  # values defined inline that are not the field's only ones
    if not found and single is not None:
        found, sources = [[single[0]]], [single[1]]
    bold = bold_values(cell.text) if found else []  # read once for every list found, and not when none is
    kept = [i for i, f in enumerate(found) if not placeholders(f, cell, bold)]
    found, sources = [found[i] for i in kept], [sources[i] for i in kept]
    if scoped:
        return [Finding(AMBIGUOUS, "enum: the values are listed for one variant, not for every value of the field",
                        scoped)]
    if not found:
        return []
    # several statements of the same list (inline sentence and a `Value:` list) agree: keep the longest
    best = max(range(len(found)), key=lambda k: len(found[k]))
    if any(set(found[best]) - set(f) for f, src in zip(found, sources, strict=True)
           if re.match(r"(?:\*\*)?enumerat(?:ed|ion) values?\b", src, re.I)):
        # `The value can be **enabled**, **disabled**, or **error**.` then `Enumerated values: - enabled - disabled`:
        # the cell contradicts its own list of values, which of them holds it does not tell
        return [Finding(AMBIGUOUS, "enum: the cell lists different values in two places", sources[best])]
    if found[best] is inline:
        return [Finding(AMBIGUOUS, f"enum: {explained}", sources[best])]
    if any(TEMPLATE.search(v) for v in found[best]):
        # `- **node_group{x}**: node group of the customized cluster. You can add multiple node groups`: a name made
        # from a template stands for many values, which the list does not name
        return [Finding(AMBIGUOUS, "enum: a listed value is a template of names, not one value", sources[best])]
    if (ITEMS.search(clean_text(own)) or list_header(cell.name)) and cell.kind != "array":
        # `You can provide multiple items and separate them with semicolons`, or an HTTP header field that is a
        # comma-separated list (`Access-Control-Allow-Methods: GET, PUT`): a value of several items, which the values
        # (those of one item) do not describe as a whole
        return [Finding(AMBIGUOUS, "enum: the value is a list of items, the values are those of one item",
                        sources[best])]
    if len(found[best]) == 1 and _ID_NAME.search(found[best][0]) and "_" in found[best][0] \
            and not _ID_NAME.search(cell.name):
        # `The value is **request_id**.` on a `marker`: which ID the value is, named like a field, not the one value
        # it may take (a marker holds a request ID such as `req-ee56...`)
        return [Finding(AMBIGUOUS, "enum: the one value stated names which ID the value is", sources[best])]
    if not _CASE_INSENSITIVE.search(cell.text) and (other := other_case(found[best], cell.text)):
        # `- **DESC**: descending order - **ASC**: ascending order - Default value: **desc**`: the cell writes a value
        # in two cases, so which case the server takes it does not tell; an enum would refuse one of them
        return [Finding(AMBIGUOUS, f"enum: the cell also writes {other!r} in another case", sources[best])]
    if remark := more_values_remark(cell.text):
        return [Finding(AMBIGUOUS, f"enum: the cell says the list is open ({remark!r})", sources[best])]
    if reason := doubtful_list(found[best], cell.text):
        return [Finding(AMBIGUOUS, f"enum: {reason}", sources[best])]
    findings = _enum_finding(found[best], cell, sources[best])
    if findings and _CASE_INSENSITIVE.search(cell.text) and all(isinstance(v, str) and v for v in findings[0].value) \
            and any(v.upper() != v.lower() for v in findings[0].value):
        # `case-insensitive`: the listed spellings and any other case of them; an enum would refuse `mysql`
        values = findings[0].value
        return [Finding("pattern", "^(?:" + "|".join(any_case(v) for v in values) + ")$", sources[best]),
                Finding("x-enum-case-insensitive", values, sources[best])]
    return findings


# `Possible values:`, `The value can be:` (not `... include:`, `Range:`, `Default value:`): plain paragraphs under it
# are values
_PLAIN_INTRO = re.compile(r"^(?!.*\b(?:default|examples?)\b).*\b(?:values?|options?|can be|one of)\b", re.I)
_CASE_INSENSITIVE = re.compile(r"\b(?:case[- ]insensitive|not case[- ]sensitive)\b", re.I)
