"""Format: whether a sentence states the format of the value itself, and not of another thing the cell mentions (a
sibling field, a placeholder of a composite layout, a key, a range's ends), nor one of several allowed forms."""

from __future__ import annotations

import re

from generator.constraints.rules.subjects import sibling_subject
from generator.constraints.rules.text import ADVICE, Cell, clean_text, sentences, words

__all__ = ["HOLDS_A_LAYOUT", "LAYOUT_OPENING", "SEPARATED_LIST", "VALUE_MEANING", "another_form", "of_another",
           "states_uuid"]


# a UUID stated as the value's form: `in UUID format`, `compliant with the UUID format`, `The ID is in the format of a
# Universally Unique Identifier (UUID)`, `The format is UUID`, `Vault ID (UUID)`, `The value is a UUID`, `It is a
# 36-digit UUID`, `Only UUID is supported`, `which is the same as the UUID`
_UUID_NAME = r"(?:universally unique identifier\s*\(UUID\)|\(?UUID\)?)"
_UUID_STATED = re.compile(
    rf"\b(?:in|with|to|complying with|compliant with|compl(?:y|ies) with|conforms? to|follows?)\s+(?:the\s+|a\s+)?"
    rf"(?:standard\s+)?{_UUID_NAME}\s*(?:format|rule|regular expression)|"
    rf"\bformat of (?:the |a |an )?{_UUID_NAME}|\bformat\s*(?:is|:)\s*UUID\b|\(UUID(?: format)?\)|"
    r"(?<!can )(?<!may )(?<!could )\b(?:is|be|are)\s+(?:(?:a|an|the)\s+)?(?:valid\s+|standard\s+|\d+-(?:digit|"
    r"character)\s+)?UUID\b(?!\s*(?:of|for)\s+(?:another|other)\b)|"
    r"\bonly UUID\b|\bwhich is (?:the same as )?(?:the |a )?UUID\b|"
    # `ID of the request, a 36-character UUID.`: the value named a UUID after a comma, closing the sentence
    r",\s+an?\s+(?:valid\s+|standard\s+)?(?:\d+-(?:digit|character)\s+)?UUID\s*\.?$", re.I)
# the cell opens by naming the value a UUID: `Specifies the ECS group UUID.`, `Job UUID.`, `The UUID of the host to be
# attached to.`, `Randomly generated UUID.`, `UUID list of resources to be backed up` (not `UUIDs of the servers`: a
# list in one string)
_UUID_OPENING = re.compile(r"^(?:-\s+)?(?:specifies |indicates )?(?:the |an? )?(?:[\w-]+ ){0,4}?UUID\b"
                           r"(?: list\b)?(?:\s+(?:of|for)\b[^,;]*)?\s*\.?$", re.I)
# another form besides the stated one: `The value is in UUID format. You can also use the image name.`
_ALSO = re.compile(r"\b(?:can|may) also (?:use|be|specify|enter|pass|set)\b(?! (?:obtained|queried|found|viewed))",
                   re.I)
_UUID_SLASH = re.compile(r"\bUUID\s*/\s*\w|\w\s*/\s*UUID\b", re.I)
_DEFAULT = re.compile(r"\bdefault\b", re.I)


def states_uuid(sentence: str, cell: Cell) -> bool:
    """The sentence states that the value is a UUID (the caller checks the alternatives a cell names)."""
    clean = clean_text(sentence)
    if ADVICE.search(clean) or _DEFAULT.search(clean) or _UUID_SLASH.search(clean) or _ALSO.search(
            clean_text(cell.text)):
        return False
    return bool(_UUID_STATED.search(clean) or (sentence in _openings(cell.text) and _UUID_OPENING.match(clean)))


def _openings(text: str) -> set[str]:
    """The cell's first sentence and every paragraph that is one sentence (`**Range**` then `Randomly generated
    UUID.`: the engine drops the label line, leaving the block's sentence a paragraph of its own)."""
    said = sentences(text)
    return set(said[:1]) | {p.strip() for p in re.split(r"\n\s*\n", text) if p.strip() in said}


# the value is a composite whose part the sentence gives a format to: `The **timestamp** format is ...` beside
# `password_expires_at=*operator*:*timestamp*`, `The format of *time* is ...`
_PART_FORMAT = re.compile(r"\bthe (\*{1,2})([\w-]+)\1 format\b|\bformat of (?:the )?(\*{1,2})([\w-]+)\3", re.I)
# a layout inside a longer one: `created_at=gt:yyyy-mm-ddThh:mm:ssZ`
_LAYOUT_PART = re.compile(r"(?:=|\b[a-z]{1,4}:|[\w/~_-])['\"*]*yyyy", re.I)
# `It must be later than **start_time**, which is in ... format`: a field named like a key, then its own format
_NAMED_WHICH = re.compile(r"\*\*([a-z]+(?:_[a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+)\*\*,? which (?:is|must be) in\b")
# a sentence whose subject is a definite noun phrase: `The private key must be Base64-encoded.`, `The subnet CIDR block
# is in the format x.x.x.x/x.`
_SUBJECT = re.compile(r"^(?:-\s+)?(?:(?:note|constraints?)\s*:\s*)?the (?P<subject>[\w\s*-]{1,60}?)\s+(?:must|should|"
                      r"is|are|can|cannot|will|has|have)\b", re.I)
# words that name the value (or no particular thing) in any cell
_GENERIC = {"the", "a", "an", "of", "to", "be", "in", "and", "value", "values", "input", "content", "contents",
            "header", "parameter", "field", "string", "data", "format", "time", "date", "utc", "gmt", "local",
            "timestamp", "id", "this", "its", "it", "entered", "specified", "returned"}


def of_another(sentence: str, cell: Cell) -> bool:
    """The sentence gives the format of another thing than the value: a part of a composite value, a sibling field
    (`It must be later than **start_time**, which is in ... format`), a layout inside a longer one, or a thing the
    sentence names as its subject and the cell's opening does not (`Certificate content. The private key must be
    Base64-encoded.`)."""
    clean = clean_text(sentence)
    part = _PART_FORMAT.search(sentence)
    if part and (part.group(2) or part.group(4)).lower() != cell.name.lower():
        return True
    if _LAYOUT_PART.search(clean) and not re.search(r"\bISO ?8601\s*:\s*yyyy", clean, re.I):
        return True
    for sib in cell.siblings:
        if len(sib) >= 4 and sib != cell.name and not re.search(rf"\b{re.escape(cell.name)}\b", clean) and \
                re.search(rf"\b{re.escape(sib)}\b\W*(?:,\s*which\s+)?(?:is|are|must be)\s+in\b|"
                          rf"\bformat of (?:the )?\W*{re.escape(sib)}\b", clean):
            return True
    if (m := _NAMED_WHICH.search(sentence)) and m.group(1) != cell.name:
        return True
    if sibling_subject(sentence, cell):
        return True  # `Note: **subnet_id** is the network ID of the subnet (in UUID format), ...`: the sibling's
    subject = _SUBJECT.match(clean)
    if subject is None:
        return False
    opening = next(iter(sentences(cell.text)), "")
    named = words(subject.group("subject")) - _GENERIC
    return sentence != opening and bool(named) and not named <= words(cell.name) | words(clean_text(opening))


# one of several forms: `X or Y format`, `in X format or a timestamp`, `plaintext or Base64-encoded`, `in CIDR format
# or IP address format`; two layouts in one sentence are a range or alternatives
_OR_FORM = re.compile(r"\bformat,? or\b|\bor (?:in )?(?:an? |the )?(?:unix |epoch |\d+-\w+ )?timestamp\b|"
                      r"\b\w+ or base64\b|\bCIDR\b[^.;]*\bor\b[^.;]*\b(?:IP|address|range)\b|"
                      r"\b(?:IP|address)\b[^.;]*\bor\b[^.;]*\bCIDR\b", re.I)


def another_form(sentence: str) -> bool:
    clean = clean_text(sentence)
    return bool(_OR_FORM.search(clean)) or len(re.findall(r"yyyy", clean, re.I)) > 1


# `... in CIDR notation ... and separated by semicolons (;)`: a list of values in one string, not one value
SEPARATED_LIST = re.compile(r"\bseparated (?:by|with) (?:an? )?(?:commas?|semicolons?|spaces?|vertical bars?)\b|"
                            r"\b(?:comma|semicolon)-separated\b", re.I)
# `- **iso8601**: The time is returned as yyyy-MM-ddTHH:mm:ssZ.`: what one value of the field stands for
VALUE_MEANING = re.compile(r"^\s*-\s+\*\*[^*]+\*\*\s*[:：]")
# the value is itself a layout (`time_format`, `Pattern used to extract the time from each log line`): a date the cell
# shows is an example of what it describes, not its form
HOLDS_A_LAYOUT = re.compile(r"(?:^|_)(?:format|pattern|layout)$|[a-z](?:Format|Pattern|Layout)$")
LAYOUT_OPENING = re.compile(r"^(?:the )?(?:[\w-]+ ){0,3}?(?:format|pattern|layout) (?:that is )?used (?:to|for)\b",
                            re.I)
