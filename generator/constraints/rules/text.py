"""What every rule reads: the cell (`Cell`), what a rule returns (`Finding`), and the text helpers they share:
sentences, numbers and literals typed like their field, bold values, the cell's own text and conditions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from generator.constraints.rules.literals import NUM, any_case, inclusive_comparatives, to_number, typed_value

__all__ = [
    "ADVICE",
    "AMBIGUOUS",
    "BOLD",
    "CASE_AFTER",
    "NUM",
    "ONE_PRODUCT",
    "Cell",
    "Finding",
    "Rule",
    "about_a_part",
    "any_case",
    "bold_values",
    "clean_text",
    "inclusive_comparatives",
    "is_conditional",
    "list_items",
    "numeric_field",
    "own_text",
    "sentences",
    "sentences_on_parts",
    "stated_formats",
    "states_a_condition",
    "to_number",
    "typed_value",
    "under_a_condition",
    "value_kind",
    "without_conditional_bullets",
    "without_part_lists",
    "without_recommendations",
    "without_variant_bullets",
    "words",
]


@dataclass(frozen=True)
class Cell:
    """A description cell and what the rules need to know about its property."""

    name: str
    kind: str  # string, integer, number, boolean, array, object, map, any
    text: str
    siblings: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()  # other columns: Default Value, Constraint, Value Range, ...
    item_kind: str = ""  # for an array of scalars: the kind of its items (the cell's values constrain them)
    required: bool = False  # the Mandatory column says Yes: a blank value is then the empty one, never absent


@dataclass(frozen=True)
class Finding:
    keyword: str  # JSON Schema keyword, an `x-` annotation, or `if` (conditional, for the parent object)
    value: Any
    sentence: str


Rule = Callable[[Cell], list[Finding]]

# The keyword of a finding that states why a sentence gives no keyword although it reads like one (a constraint under
# a condition, per case, on a part of the value, explaining an example): its value is `keyword: why`. The engine keeps
# it in the annotation `x-constraint-ambiguous` and reports a `constraint-ambiguous` info; nothing is enforced.
AMBIGUOUS = "x-constraint-ambiguous"


BOLD = re.compile(r"\*\*(.+?)\*\*")
_SPACES = re.compile(r"\s+")


# The rules are pure functions of the cell, and each of them cleans and splits the same text and sentences again (a
# cell's text is cleaned about 35 times): these caches keep a cell's work once. Big enough for one cell's sentences.
@lru_cache(maxsize=1024)
def clean_text(text: str) -> str:
    return _SPACES.sub(" ", text.replace("**", "").replace("`", "")).strip()


def sentences(text: str) -> list[str]:
    """Split a cell into sentences and list items, keeping `**bold**` markers."""
    return list(_sentences(text))


_ABBREVIATION_END = re.compile(r"(?:\b(?:max|min|no|nos|approx|ver|vs|e\.g|i\.e)|\d)\.$", re.I)


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*- )", text):
        # a sentence ends at `.`, `;`, `!`, `?`, or after one closed by a bracket (`(... is set to **count**.) If`),
        # also before a number or a bracket (`Name. 1-64 characters.`) unless an abbreviation ends (`Max. 64`)
        parts: list[str] = []
        for part in filter(None, (p.strip() for p in re.split(r"(?:(?<=[.;!?])(?<!\bi\.e\.)(?<!\be\.g\.)|(?<=[.!?]\)))"
                                                               r"\s+(?=[A-Z0-9[*(`])",
                                                               block.strip()))):
            if parts and part[0] in "0123456789[" and _ABBREVIATION_END.search(parts[-1]):
                parts[-1] = f"{parts[-1]} {part}"
            else:
                parts.append(part)
        out += parts
    return tuple(out)


_SUBFIELD_LINE = re.compile(r"^\s*-\s+\*{1,2}[^*]+\*{1,2}\s*:")
# `For a cluster, the value is from 3 to 256.`, `- For a 20 MB/s/TiB file system, ...`: `for <case>,` opens a condition
# too, whatever the case's words (the `\b` is of the words only: a comma is followed by a space, never a word
# boundary); not `For details, see ...`, `For example, ...`, `For your convenience, ...`
_CONDITIONAL_START = re.compile(r"^(?:-\s+)?(?:(?:if|when|in [\w -]+ mode)\b|"
                                r"for (?!(?:example|instance|details?|detailed|more|further|your|how|"
                                r"the (?:value range|information|details?)|security|compatibility)\b)"
                                r"(?:[^,.;:]|\.(?=[0-9])){1,160},)", re.I)
# the verbs in lower case: `and **operation** is not **SET**` names a value (SET), it does not leave the field unset
_UNSET = re.compile(r"\bnot (?-i:specified|set|provided|configured|transferred|transmitted|carried)\b|"
                    r"\bleft (?:blank|empty)\b|\bdo not (?:specify|set|provide|configure|pass|transfer) "
                    r"(?:this|the) (?:parameter|field|value)\b", re.I)
# what the field's absence then gives (`..., the default value **7** is used`, `..., all records are returned`): only
# then does `If this parameter is not specified, ...` define a default rather than state a case (`If you do not
# specify this parameter, only letters are allowed.`)
_DEFINES_DEFAULT = re.compile(r"\bdefaults?\b|\b(?:is|are|will be) (?:(?:then|automatically) )?(?:used|obtained|"
                              r"returned|queried|applied|selected|adopted|inherited|generated|assigned|allocated|"
                              r"displayed|listed|deleted|created|set to)\b|\b(?:uses|will use|applies|will apply|"
                              r"generates|assigns|allocates)\b|\b(?:the|its) value is\b|\bno (?:limit|filter)", re.I)
# `In this case, ...`, `Otherwise, ...`: the case a sentence before states
_CASE_BEFORE = re.compile(r"^(?:-\s+)?(?:in (?:this|that|such an?|these|those|either|other) cases?|otherwise|then|"
                          r"if so|else)\b", re.I)
# `Generally, the value ...`, `The value usually starts with ...`, `... in most cases.`: what the value usually is, not
# what it must be; the hedge opens the sentence or follows its subject (`The number ranges from 0 to 1000 and is
# generally 10, 20, or 50` hedges the usual values, not the range)
_HEDGED = re.compile(r"^(?:-\s+)?(?:[\w-]+\s+){0,4}?(?:(?:is|are|can be|must be|should be)\s+)?(?:usually|generally|"
                     r"typically|normally|mostly|in general|in most cases)\b|\bin most cases\.?$", re.I)


def _defines_a_default(clean: str) -> bool:
    """The sentence names the field's absence (`If this parameter is not specified, ...`) and what it then gives."""
    return bool(_UNSET.search(clean)) and bool(_DEFINES_DEFAULT.search(clean.partition(",")[2] or clean))


def _case_or_hedge(clean: str) -> bool:
    return bool(_CASE_BEFORE.match(clean) or _HEDGED.search(clean))


_PART_LINE = re.compile(r"^\s*-\s+([A-Za-z][A-Za-z0-9 /-]{1,40}?)\s*:\s")
# labels that introduce the field's own rule, never a part of its value
_RULE_LABELS = re.compile(r"^(?:(?:valid |possible |allowed |enumerat\w* )?values?|(?:value )?range|default(?: value)?|"
                          r"(?:minimum|maximum)(?: value)?|min|max|constraints?|restrictions?|format|options?|unit|"
                          r"length|type|notes?|examples?|remarks?|description|details|definition)$", re.I)


@lru_cache(maxsize=256)
def own_text(cell: Cell) -> str:
    """The cell without bullets that describe parts of the value: `- **size**: ...`, and `- Priority: ...` where the
    cell's running text names that part (`restrictions on the VPC ID, IP address, priority, and user permission:`):
    those constrain the parts."""
    lines = cell.text.split("\n")
    # where the parts are named: running text (not a bullet, not a bold value: `- **NORMAL**` lists a value)
    named = BOLD.sub(" ", "\n".join(ln for ln in lines if not ln.lstrip().startswith("-"))).lower()

    def describes_a_part(line: str) -> bool:
        m = _PART_LINE.match(line)
        if m is None or _RULE_LABELS.match(m.group(1).strip()) or _CONDITIONAL_START.match(m.group(1)):
            return False
        return re.search(rf"(?<![\w-]){re.escape(m.group(1).strip().lower())}(?![\w-])", named) is not None

    return "\n".join(ln for ln in lines if not _SUBFIELD_LINE.match(ln) and not describes_a_part(ln))


_VERB = r"(?:must|can|may|should|cannot|contains?|consists?|is|are|has|have|allows?)\b"
_EACH_SUBJECT = re.compile(rf"^(?:-\s+)?each\b(?P<noun>(?:\s+(?!{_VERB})[\w-]+){{0,8}})", re.I)
_EACH_AFTER = re.compile(r"^(?P<noun>[\w\s,*-]{1,80}?)\s+each\s+(?:must|can|may|should|cannot|contains?|consists?|"
                         r"is|are|has|have)\b", re.I)
# `Only letters, digits, and hyphens (-) are allowed in each segment.`: a part the value is split into
_IN_EACH_PART = re.compile(r"\b(?:in|of|for) each (?:segment|label|part|section|component)\b", re.I)
_STATED_FORMAT = re.compile(r"\bin the [\"“`*]*(?P<a>[^\s\"”`*]+)[\"”`*]* format\b|"
                            r"\bformat (?:of the [\w ]{1,30}? is|of|is)\s*[:：]?\s*(?:[\"“`*]+(?P<q>[^\"”`*]+)|"
                            r"(?P<b>[^\s\"”`*]+))", re.I)
_SUBJECT = re.compile(r"^(?:-\s+)?(?P<subject>[\w\s,*()-]{1,80}?)\s+(?:must|can|may|should|cannot|can't|contains?|"
                      r"consists?|is|are|has|have|allows?|includes?)\b", re.I)
_NOT_PART_WORDS = {"the", "a", "an", "of", "and", "or", "each", "its", "value", "values", "it", "this", "parameter",
                   "field", "string", "name", "length"}


def list_items(text: str) -> list[str]:
    """The items of a list written out in prose: `a, b, and c`, `a or b` -> [a, b, c], stripped, none empty."""
    return [i.strip() for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text) if i.strip()]


def words(text: str) -> set[str]:
    """The lower-case words of a name or phrase, camelCase split: `instanceId` -> {instance, id}."""
    split = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)
    return {w for w in re.split(r"[^A-Za-z0-9]+", split.lower()) if w}


@lru_cache(maxsize=256)
def stated_formats(text: str) -> tuple[str, ...]:
    """The layouts a cell states for its value: `in the service.item format`, `The format of the path is "Bucket
    name:File name"`."""
    return tuple(f.group("a") or f.group("q") or f.group("b") for f in _STATED_FORMAT.finditer(clean_text(text)))


_LIST_INTRO = re.compile(r"^(?P<subject>[\w\s-]{1,80}?)\s+(?:must|should|shall|naming rules|rules|comply|conform|"
                         r"are as follows)\b.*[:：]$", re.I)


def _without_bullets_under(text: str, introduces: Callable[[str], bool], indented: bool = False) -> tuple[str,
                                                                                                     list[str]]:
    """The text without the bullets (`- ...` lines; with `indented`, any indented line too) that follow a line for
    which `introduces(its clean text)` holds, up to the next other line. Returns the text left and the lines taken."""
    kept: list[str] = []
    taken: list[str] = []
    under = False
    for ln in text.split("\n"):
        stripped = ln.strip()
        if under and (stripped.startswith("- ") or (indented and ln[:1].isspace() and stripped)):
            taken.append(ln)
            continue
        if stripped:
            under = introduces(clean_text(stripped))
        kept.append(ln)
    return "\n".join(kept), taken


def without_part_lists(text: str) -> tuple[str, list[str]]:
    """The text without the bullets that follow an introduction naming a part of the value stated in the cell's
    format (`The format of the path is "Bucket name:File name"` ... `A file name must conform to the following
    rules:` then `- Contains 4 to 64 characters.`): they constrain that part. Returns the text left and the bullets
    taken out."""
    named = {w for f in stated_formats(text) for w in words(f)} - _NOT_PART_WORDS

    def names_a_part(line: str) -> bool:
        m = _LIST_INTRO.match(line)
        return bool(m and named and words(m.group("subject")) & named)

    return _without_bullets_under(text, names_a_part)


_RECOMMENDED_INTRO = re.compile(r"\brecommend(?:ed|s|ations?)?\b[^.]*[:：]$", re.I)


def without_recommendations(text: str) -> tuple[str, list[str]]:
    """The text without the bullets under an introduction that recommends (`Recommended password complexity
    requirements are as follows:`): advice to the user, not what the field accepts. Returns the text left and the
    bullets taken out."""
    return _without_bullets_under(text, lambda line: bool(_RECOMMENDED_INTRO.search(line)), indented=True)


_PART_OF = re.compile(r"^(?:-\s+)?the ([a-z]+) of (?:the|a|an|each) [\w -]+$", re.I)


def about_a_part(sentence: str, cell: Cell) -> bool:
    """The sentence states what a part of the value holds, not the whole value of a scalar field: its subject is
    quantified with `each` (`Each account name can contain up to 64 characters`, `**service** and **item** each must
    start with a letter`, `Each must start with a letter`) and is not the field itself (`Each tag key ...` on `key`),
    or it says `in each segment`, or its subject is named in the format the cell states (`The namespace must be in
    the service.item format. The values of **service** and **item** must start with a letter`; `in the format of
    "iam:domain::Account_ID". The account ID contains 32 characters`). The items of an array are not parts: `each`
    there is each item."""
    clean = clean_text(sentence)
    if cell.kind != "array" and _IN_EACH_PART.search(clean):
        return True
    m = _EACH_SUBJECT.match(clean) or _EACH_AFTER.match(clean)
    if m is not None:
        return cell.kind != "array" and not (words(m.group("noun")) & words(cell.name))
    subject = _SUBJECT.match(clean)
    named = words(subject.group("subject")) - _NOT_PART_WORDS if subject is not None else set()
    if not named or named <= words(cell.name):
        return False
    formats = stated_formats(cell.text)
    if not formats:
        return False
    # `in the format of "key.value"` then `The key of the tag can contain ...`, `The value of the tag ...`: the subject
    # is a part the format names, of something (`value` too, the `of` says it is not the field's own value)
    of = _PART_OF.match(subject.group("subject")) if subject is not None else None
    return named <= words(formats[0]) or (of is not None and of.group(1).lower() in words(formats[0]))


# a sentence that names the field itself again (`The value ...`, `This parameter ...`) after a part's sentence
_OWN_SUBJECT = re.compile(r"^(?:-\s+)?(?:it|the value|its value|this (?:parameter|field)|the (?:parameter|field))\b",
                          re.I)


def sentences_on_parts(text: str, cell: Cell) -> list[tuple[str, bool]]:
    """The sentences of `text`, each with whether it states what a part of the value holds: `about_a_part`, or a
    later sentence of the same paragraph that names no subject of its own, neither the field nor a bold name
    (`Environment variables are supported. Each must start with a letter. Only letters, digits and underscores are
    allowed.`: the last one is about the variables too)."""
    out: list[tuple[str, bool]] = []
    for paragraph in re.split(r"\n\s*\n", text):
        on_part = False
        for s in sentences(paragraph):
            on_part = about_a_part(s, cell) or (on_part and not _OWN_SUBJECT.match(clean_text(s)) and "**" not in s)
            out.append((s, on_part))
    return out


_CONDITIONAL_BULLET = re.compile(r"^\s*-\s+(?:if|when|for|in case)\b[^.]*,", re.I)
# `If this parameter is specified, ...`: the field's own presence, no condition on anything else (`... is specified
# for MySQL, ...` adds one)
_OWN_PRESENCE = re.compile(r"^\s*(?:-\s+)?(?:if|when) (?:this (?:parameter|field)|it|the value) is (?:specified|set|"
                           r"used|configured|provided|passed)\b(?! (?:for|in|on)\b)|"
                           r"^\s*(?:-\s+)?if you (?:specify|set|use) this (?:parameter|field)\b", re.I)


def states_a_condition(sentence: str) -> bool:
    """The sentence opens with a condition on something else than the field's own presence: `If parameter
    **fixed_ip** is set, ...`, `- If entity_type is set to DOMAIN, ...`, or follows the case a sentence before states
    (`In this case, ...`, `Otherwise, ...`), or hedges (`usually`, `in most cases`); not `If this parameter is
    specified, ...` nor `If this parameter is not specified, the default value is ...` (a default)."""
    clean = clean_text(sentence)
    return (bool(_CONDITIONAL_START.match(clean)) and not _OWN_PRESENCE.match(clean)
            and not _defines_a_default(clean)) or _case_or_hedge(clean)


# a condition after a rule on something else than the field's own presence or absence (`if it is not specified`):
# `... when **type** is set to **A**` (a regex fragment; the length rule puts it after `characters`)
CASE_AFTER = (r",?\s+(?:only\s+)?(?:if|when|unless)\s+(?!(?:this|the|it|its) (?:parameter|field|value)? ?(?:is |are )?"
              r"(?:specified|set|provided|used|passed|left|not)\b|(?:specified|set|provided|used|passed)\b)")
# `... if the instance is a cluster instance`; not what the value is for (`when listing objects`)
_TRAILING_CONDITION = re.compile(r"\S" + CASE_AFTER + r"[^.;]*?\b(?:is|are)\b", re.I)


def under_a_condition(sentence: str) -> bool:
    """The sentence states its rule for one case: it opens with a condition (`states_a_condition`) or a condition on
    something else follows the rule (`The value must start with a letter if **type** is **A**.`)."""
    return states_a_condition(sentence) or bool(_TRAILING_CONDITION.search(clean_text(sentence)))


def without_conditional_bullets(text: str) -> tuple[str, list[str]]:
    """The text without its bullets that open with a condition (`- If entity_type is set to DOMAIN, enter account
    names. Each ... Do not use only digits.`): every sentence of such a bullet holds under that condition only.
    Returns the text left and the bullets taken out."""
    lines = text.split("\n")
    conditional = [ln for ln in lines if _CONDITIONAL_BULLET.match(ln) and states_a_condition(ln)]
    return "\n".join(ln for ln in lines if ln not in conditional), conditional


# `Only Redis 4.0 supports names of up to 64 characters.`, `Only MySQL supports 1 to 100.`: one product's or
# version's statement, not every value's (a length's or a range's)
ONE_PRODUCT = re.compile(r"^(?:-\s+)?only\b[^;]*\bsupports?\b", re.I)


# advice, which the service does not enforce: `It is recommended that ...`, `You are advised to ...`, and a sentence
# under an advice label (`Suggestion: Enter 1 to 64 characters.`)
ADVICE = re.compile(r"\b(?:recommended|advised|advisable|suggested|preferably|ideally|we recommend)\b|\btry to\b|"
                    r"^\W*(?:suggestions?|recommendations?|best practices?)\s*[:：]", re.I)


def is_conditional(sentence: str) -> bool:
    """`If ..., the default value is ...` states a value under a condition (or after `Otherwise,`, or hedged), not the
    field's own rule; `If this parameter is not specified, the default value **7** is used` is the definition of a
    default."""
    clean = clean_text(sentence)
    return (bool(_CONDITIONAL_START.match(clean)) and not _defines_a_default(clean)) or _case_or_hedge(clean) or \
        "recommended" in clean.lower()


def numeric_field(cell: Cell) -> bool:
    return cell.kind in ("integer", "number")


def bold_values(text: str) -> list[str]:
    return [v.strip() for v in BOLD.findall(text) if v.strip()]


def value_kind(cell: Cell) -> str:
    return cell.item_kind if cell.kind == "array" and cell.item_kind else cell.kind


# `- **TXT**: up to 255 characters per string` beside `- **A**: IPv4 address`: bullets that each open with the label
# of a variant (a type, an engine, a mode), not of a rule (`- Length: ...`, `- Value range: ...`)
_LABEL_BULLET = re.compile(r"^\s*[-*]\s+(?:\*\*)?([A-Za-z][\w.+ -]{0,30}?)(?:\*\*)?\s*[:：]\s+\S")
_RULE_LABEL = re.compile(r"\b(?:rules?|characters?|constraints?|restrictions?|requirements?|range|values?|formats?|"
                         r"notes?|description|length|types?|example|default|options?|minimum|maximum)\b", re.I)


def without_variant_bullets(text: str) -> tuple[str, list[str]]:
    """The text without the bullets that open with a variant's label, when two bullets or more name different
    variants; and those bullets."""
    labelled = [(m.group(1).strip(), ln) for ln in text.split("\n") if (m := _LABEL_BULLET.match(ln))
                and not _RULE_LABEL.search(m.group(1))]
    if len({label for label, _ in labelled}) < 2:
        return text, []
    lines = {ln for _, ln in labelled}
    return "\n".join(ln for ln in text.split("\n") if ln not in lines), sorted(lines, key=text.index)
