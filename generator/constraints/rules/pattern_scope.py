"""The scope of a charset sentence (pattern.py): what else than the field's own value its subject names (a sibling
field, a part or a neighbour of the value, a value the service makes or returns, the resources a filter selects, one
instance of a kind), and what a cell says to leave its charset open."""

from __future__ import annotations

import re

from generator.constraints.rules.subjects import NOTE_LABEL, singular
from generator.constraints.rules.text import Cell, clean_text, sentences, words

__all__ = ["NOT_EVERY_VALUE", "OTHERS_TOO", "said_of_another", "without_part_clauses"]


# the subject of a charset sentence: the words before its verb (`The user name of the database can contain ...`)
_SUBJECT = re.compile(r"^(?:-\s+)?(?P<subject>[^.;:]{1,100}?)\s+(?:(?:can|may|must|should)(?: only)? (?:contain|"
                      r"consist|include|be|start|begin|end|use|have)|cannot|can't|must not|may not|contains?|"
                      r"consists?|(?:is|are) (?:composed|made up|restricted|limited)|starts?|begins?|ends?)\b", re.I)
# a field named in bold in the subject (`The value of **name** ...`, `..., which is specified by **user_name**, ...`)
_BOLD_FIELD = re.compile(r"\*\*([a-z][A-Za-z0-9_.]*)\*\*")
# what the value is made of, or sits beside, that a subject can name instead of the value: a part, a file, a credential
_PART_NOUNS = re.compile(r"\b(?:prefix(?:es)?|suffix(?:es)?|(?:domain|local|host|user|first|last) part|labels?|"
                         r"segments?|extensions?|director(?:y|ies)|files?|user ?names?|passwords?)\b", re.I)
# a value the service makes or returns, or a filter on the resources listed (`The generated name consists of ...`,
# `Only instances whose names contain only letters are returned.`)
_MADE_OR_FILTERED = re.compile(r"\b(?:generated|generates?|returned|output|examples?)\b|\bwhose (?!values?\b)", re.I)


# `The name of the default cluster ...`, `The names of system users start with ...`: a built-in instance, not the value
_ONE_INSTANCE = re.compile(r"^(?:the )?(?:\w+ of (?:the |an? )?)?"
                           r"(?P<kind>default|system|predefined|preset|built-in|old|original|existing|previous)\b",
                           re.I)
# the key of a pair on the value's cell (`Tag value. The key can contain ...`), the value of a tag on the key's
_KEY = re.compile(r"\bkeys?\b", re.I)
_TAG_VALUE = re.compile(r"\btag values?\b|\bvalues? of (?:the |a |each )?tags?\b", re.I)


# `A name that contains only digits is treated as an ID.`, `Names that contain spaces must be quoted.`: a case
_A_CASE = re.compile(r"^(?:an?|any) [\w-]+(?: [\w-]+)? (?:that|which)$|^[\w-]+s (?:that|which)$", re.I)
# a charset sentence that states no rule of every value: of an older or a newer version (`In versions earlier than
# 2.0, ...`, `... were allowed in earlier versions`, `previously`), a default another setting changes (`By default,
# only ...`), the value after a transformation (`After encoding, ...`), one channel (`On the console, ...`), another
# system's limits (`Linux allows only ...`), a reference (`For details, see ...`), advice with its purpose (`To ensure
# compatibility, use only ...`)
NOT_EVERY_VALUE = re.compile(r"\bversions? (?:earlier|later|older|newer) than\b|\bearlier versions?\b|"
                             r"^before (?:version|v)\s*\d|\bpreviously\b|\b(?:were|was) (?:allowed|supported)\b|"
                             r"\bonly\b[^.;]*\bby default\b|^by default,|"
                             r"^after (?:\w+ )?(?:encoding|decoding|conversion|escaping|being \w+)\b|"
                             r"^(?:on|in) the (?:management )?console\b|"
                             r"^(?:the )?(?:operating system|OS|kernel|Linux|Windows|Kubernetes|browser)s? "
                             r"(?:allows?|requires?|supports?|accepts?)\b|"
                             r"^for (?:details|more information)\b|"
                             r"\b(?:on|in) (?:Linux|Windows|Unix)(?: \w+)?\s*(?:[.;,]|$)|"
                             r"^to (?:ensure|avoid|prevent|improve)\b[^,]*,\s*(?:use|enter|choose|specify)\b", re.I)
# `..., but other characters are also allowed`, `Other special characters are not recommended.`: the list is not whole
# (`Metric names of cloud services can also contain slashes (/)`: more characters for some values)
OTHERS_TOO = re.compile(r"\bother (?:special )?characters? (?:are|is) (?:also (?:allowed|supported|permitted|valid)|"
                        r"not recommended)\b|\bamong other characters\b|\bcan also (?:contain|include|use)\b", re.I)


def said_of_another(s: str, clean: str, cell: Cell) -> str:
    """What else than this field's value a charset sentence's subject names: a sibling field in bold, a part the
    cell's definition (its first sentence) does not name the field by, or a value the service generates or returns;
    an empty string when the subject is the value (or the sentence has none)."""
    m = _SUBJECT.match(NOTE_LABEL.sub("", clean))
    raw = _SUBJECT.match(NOTE_LABEL.sub("", s.strip()))
    subject = raw.group("subject") if raw else ""
    if any(f != cell.name and f in cell.siblings for f in _BOLD_FIELD.findall(subject)):
        return "another field"
    if m is None:
        return ""
    subject = m.group("subject")
    if _A_CASE.match(subject):
        return "a case the sentence explains (`A name that contains only digits is treated as an ID.`)"
    if _MADE_OR_FILTERED.search(subject):
        return "a value the service generates or returns, or of the resources a filter selects"
    if (one := _ONE_INSTANCE.search(subject)) and one.group("kind").lower() not in words(cell.name):
        return f"one instance of a kind ({one.group('kind')})"
    own = words(cell.name)
    if ("value" in own and "key" not in own and _KEY.search(subject)) or \
            ("key" in own and "value" not in own and _TAG_VALUE.search(subject)):
        return "the other half of a key and value pair"
    definition = clean_text(sentences(cell.text)[0]) if sentences(cell.text) else ""
    if definition != clean and (whole := _part_of_the_value(subject, cell, definition)):
        return f"a part of the value ({whole})"
    joined = re.sub(r"[\s_-]+", "", definition.lower())  # `user name` in the definition names a `username`
    for part in _PART_NOUNS.finditer(subject):
        noun = part.group(0).lower()
        if definition != clean and not words(noun) <= words(cell.name) and \
                re.sub(r"\s+|(?:ies|es|s|y)$", "", noun) not in joined and \
                re.sub(r"\s+", "", noun) not in re.sub(r"[\s_-]+", "", cell.name.lower()):
            return f"a part or a sibling of the value ({noun})"
    return ""


# `The path of the URL`, `The domain name in the URL`: a part of what the field or its definition names
_HEAD = r"^(?:the |an? )?(?!(?:the|an?|this|its|each|every|your|new)\b)(?P<head>[a-z]+(?: [a-z]+)?)"
_PART_OF_WHOLE = re.compile(_HEAD + r" (?:of|in) (?:the |this |an? )?(?P<whole>[a-z]+)$", re.I)
# `The bucket name` on an OBS path, `The repository name` on an image address: the name of another thing
_OTHER_NAME = re.compile(_HEAD + r" names?$", re.I)
_NOT_A_PART = {"value", "values", "content", "string", "length", "format", "first", "last", "character", "characters",
               "letter", "letters", "name", "names", "total", "number", "type"}


def _part_of_the_value(subject: str, cell: Cell, definition: str) -> str:
    """The part of the value a subject names (`The path of the URL` on `url`, `The bucket name` on an OBS path), or an
    empty string: not the field named again, nor a character of it (`The first character of the name`)."""
    own = words(cell.name) | words(definition)
    if (m := _PART_OF_WHOLE.match(subject)) and words(m.group("whole")) & own and \
            (head := words(m.group("head")) - {"name", "names"}) and not head & (own | _NOT_A_PART):
        return m.group("head")
    if (m := _OTHER_NAME.match(subject)) and "name" not in own and "names" not in own and \
            not words(m.group("head")) & (own | _NOT_A_PART):
        return f"{m.group('head')} name"
    return ""


# `..., and keys must start with a letter.`, `...; state names must ...`: a later clause whose subject is a plural noun
# that the field's name does not hold: what the parts of a scalar value hold (the keys of a JSON string, the names
# inside a definition), not the value; characters named as the subject (`..., and letters must be lowercase`) are the
# value's
_PLURAL_CLAUSE = re.compile(r"(?:,\s*(?:and|but)\s+|;\s*)(?:the |all |its )?(?P<noun>(?:[a-z]+ )?[a-z]+s)\s+"
                            r"(?:must|should|can|cannot|can't|may|need to)\b[^,;]*", re.I)
_CHARACTER_WORDS = {"letters", "digits", "characters", "spaces", "hyphens", "underscores", "periods", "dots", "symbols",
                    "numbers", "chars", "uppercase", "lowercase", "special", "chinese", "english", "whitespaces"}


def without_part_clauses(clean: str, cell: Cell) -> str:
    """The sentence without its later clauses about the parts of a scalar value (`_PLURAL_CLAUSE`)."""
    if cell.kind == "array":
        return clean
    own = {singular(w) for w in words(cell.name)}

    def part(m: re.Match[str]) -> str:
        nouns = words(m.group("noun"))
        return m.group(0) if nouns & _CHARACTER_WORDS or {singular(w) for w in nouns} & own else ""
    return _PLURAL_CLAUSE.sub(part, clean)
