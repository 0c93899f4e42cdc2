"""Units: `x-unit` from `The unit is GB`, `(minutes)`, `10 GB`; and whether a sentence's numbers are in other units
than the cell's (then they are not this field's numbers)."""

from __future__ import annotations

import re

from generator.constraints.rules.format import TIME_POINT
from generator.constraints.rules.subjects import opens_with_a_count, sibling_subject
from generator.constraints.rules.text import (
    AMBIGUOUS,
    NUM,
    Cell,
    Finding,
    clean_text,
    is_conditional,
    own_text,
    sentences,
    states_a_condition,
)

__all__ = ["foreign_units", "rule_unit"]


_UNITS = {
    "gb": "GB", "gib": "GiB", "mb": "MB", "mib": "MiB", "mi": "Mi", "kb": "KB", "kib": "KiB", "tb": "TB",
    "byte": "byte", "bytes": "byte", "millisecond": "ms", "milliseconds": "ms", "ms": "ms", "second": "s",
    "seconds": "s", "s": "s",
    "minute": "min", "minutes": "min", "hour": "h", "hours": "h", "day": "day", "days": "day", "mbit/s": "Mbit/s",
    "mb/s": "MB/s", "kb/s": "KB/s",
    "mbps": "Mbit/s", "iops": "IOPS", "core": "core", "cores": "core", "month": "month", "months": "month",
    "week": "week", "weeks": "week", "year": "year", "years": "year", "m": "m", "g": "G",
}
_UNIT = re.compile(r"\b(?:the unit is|unit\s*[:：]|in the unit of|measured in|unit of measurement is)\s*(?:\*\*)?"
                   r"([A-Za-z/]+)|\(unit\s*[:：]\s*([A-Za-z/]+)\)|\bin (MB/s|KB/s|GB|GiB|MB|MiB|TB|KB|bytes|seconds|"
                   r"milliseconds|ms|minutes|hours|days|weeks|months|years|Mbit/s)\b", re.I)
# `in seconds or minutes (depending on **granularity**)`: either unit, by a case
_EITHER_UNIT = re.compile(r"\bin (?:milli)?(?:seconds|minutes|hours|days) or "
                          r"(?:milli)?(?:seconds|minutes|hours|days)\b", re.I)
# `Incoming traffic in bytes per second`: the unit is a rate the sentence goes on to state, not the size unit
_PER_TIME = re.compile(r"\s*(?:per|/)\s*(?:seconds?|sec|s|minutes?|min|hours?|h|days?)\b", re.I)
# `Traffic is billed in GB.`, `The price is charged in GB`: what the bill counts, not the value's unit
_BILLED = re.compile(r"\b(?:billed|charged|billing|priced)\b", re.I)
# `Specifies the capacity (GB).`, `the maximum size (byte) of the file`: a unit in brackets, plural or singular
_UNIT_PAREN = re.compile(r"\((minutes?|seconds?|hours?|days?|bytes?|milliseconds?|GB|MB|GiB|MiB|TB|KB)\)", re.I)
# `Specifies the bandwidth (Mbit/s).`: a rate named after the quantity; not in a sentence that opens with a condition
# (`If **type** is set to **BANDWIDTH**, this parameter indicates the bandwidth (Mbit/s).`: one variant's unit)
_RATE_PAREN = re.compile(r"\((Mbit/s|Mbps|MB/s|KB/s)\)", re.I)
# `Specifies the cooldown period (s).`, `Average wait time (ms) of lock requests`: a time unit abbreviated in brackets
# right after a noun naming a span of time (never `name (s)`, a plural; a timestamp's unit is its format's)
_SPAN_PAREN = re.compile(r"\b(?i:period|time|duration|interval|delay|timeout|latency|age)\s\((s|ms|min|h)\)")
# `Retention days`, `Number of remaining bytes.`: the value counts the unit (not `in bytes per second`, a rate)
# (`How many days the backups are kept.`, `Days to keep the logs.`: the opening counts a time unit)
_UNIT_NOUN = re.compile(r"\b(?:retention|number of(?: (?:remaining|used|elapsed|left|free|transferred|written|read|"
                        r"sent|received))?|in|how many) (days|hours|minutes|seconds|bytes)\b(?!\s*(?:per\b|/))|"
                        r"^(days|hours|minutes|seconds) (?=to|for|before|after|until)\b", re.I)
# `if this parameter is set to **40**, 40 GB of storage is allocated`: the amount is the field's value
_SET_TO_AMOUNT = re.compile(r"\b(?:this|the) (?:parameter|field|value) is set to\b|\b(?:if|when) you (?:enter|specify|"
                            r"set|input)\b", re.I)
# a field that names an ID (`bandwidth_id`, `volumeId`): a name, never a quantity with a unit (`Bandwidth ID. The
# bandwidth size is in Mbit/s.`: the unit of the thing it names)
_ID_NAME = re.compile(r"(?:^|_)ids?$|[a-z]Ids?$")
# a label alone (`**Definition**`, `Description:`): not the cell's opening phrase
_LABEL_ONLY = re.compile(r"^\s*(?:\*\*[^*]{1,30}\*\*|[A-Z][\w ]{0,30}[:：])\s*$")
# an amount shown as an example
_EXAMPLE = re.compile(r"\b(?:for )?example(?: value)?\s*[:：,]|\be\.g\.|\bsuch as\b", re.I)
_UNIT_AMOUNT = re.compile(r"\b\d+(?:\.\d+)?\s?((?:GB|GiB|MB|MiB|TB|KB)(?:/s)?)(?![\w/])")


# `- Billed by traffic: The billing is based on the total traffic (in GB)`: a bullet that explains one option of the
# value; the unit it names is that option's, not the value's (`- Unit: GB` states the value's)
_OPTION_BULLET = re.compile(r"^\s*-\s+(?:\*\*)?(?!units?\b)[^:*\n]{1,40}?(?:\*\*)?\s*:\s", re.I)
_NUMBER = re.compile(rf"^(?:{NUM})$")
_VALUE_BULLET = re.compile(r"^-\s+\*\*([^*]+)\*\*")


def _names(cell: Cell) -> bool:
    """A string field whose cell lists its values as bullets of bold words and nothing else (`- **Mon**`, `- **Tue**`),
    none a number: the value is a name, not a quantity, so no unit is its (`Maintenance time in each week in the unit
    of day`). A bullet of another kind (`- Custom: a number of days`) leaves a quantity among the values."""
    bullets = [ln.strip() for ln in cell.text.split("\n") if ln.strip().startswith("- ")]
    values = [m.group(1).strip() for ln in bullets if (m := _VALUE_BULLET.match(ln))]
    return cell.kind == "string" and len(values) >= 2 and len(values) == len(bullets) and \
        not any(_NUMBER.match(v) or v.lower() in _UNITS for v in values)


def rule_unit(cell: Cell) -> list[Finding]:
    """The unit of the value; no time unit of a point in time (`Start time to run a job. Unit: ms.`, `Time when a job
    is submitted. Unit: milliseconds`): a timestamp's unit is a part of its format (`x-format: unix-ms`), which the
    format rule reads where the cell states it clearly."""
    found = _unit(cell)
    if found and found[0].value in ("ms", "s") and TIME_POINT.match(clean_text(own_text(cell)).lstrip()):
        return []
    return found


def _unit(cell: Cell) -> list[Finding]:
    if cell.kind not in ("integer", "number", "string", "any") or _names(cell) or \
            (cell.kind == "string" and _ID_NAME.search(cell.name)):
        return []
    opening = next((s for s in sentences(own_text(cell)) if not _LABEL_ONLY.match(s)), "")
    for s in sentences(own_text(cell)):
        clean = clean_text(s)
        if _OPTION_BULLET.match(s) or (s != opening and _other_subject(clean, opening, cell)) or \
                sibling_subject(s, cell):
            continue  # `**period** can range from 1 to 3600 seconds`: a sibling's unit
        if len({_UNITS.get(next(g for g in m.groups() if g).lower()) for m in _UNIT.finditer(clean)}) > 1 or \
                _EITHER_UNIT.search(clean):
            # `When **granularity** is **fine**, the value is in seconds; otherwise it is in minutes.`: a unit per case
            return [Finding(AMBIGUOUS, "x-unit: the sentence names more than one unit of the value", s)]
        for m in _UNIT.finditer(clean):
            raw = next(g for g in m.groups() if g)
            unit = _UNITS.get(raw.lower())
            if _PER_TIME.match(clean, m.end()) or _BILLED.search(clean):
                continue  # `in bytes per second`: a rate, not bytes; `Traffic is billed in GB`: the billing unit
            if unit and not states_a_condition(s):  # `If ... is BANDWIDTH, ... the unit is Mbit/s`: one variant's
                return [Finding("x-unit", unit, s)]
        if (rate := _RATE_PAREN.search(clean) or _SPAN_PAREN.search(clean)) and not states_a_condition(s):
            return [Finding("x-unit", _UNITS.get(rate.group(1).lower(), rate.group(1)), s)]
        if paren := _UNIT_PAREN.search(clean) or _UNIT_NOUN.search(clean):
            unit = _UNITS.get((paren.group(1) or paren.group(2)).lower())
            if paren.re is _UNIT_NOUN and _PER_TIME.search(clean):
                continue  # `Number of bytes read from the disk per second`: a rate, not bytes
            if unit and (s == opening or paren.re is _UNIT_NOUN or _names_this(clean[:paren.start()], opening, cell)):
                return [Finding("x-unit", unit, s)]
    if cell.kind in ("integer", "number"):
        if opens_with_a_count(own_text(cell)):
            return _period(cell)  # `Number of disks. Each disk is 100 GB.`: a count; the size is another value's
        for s in sentences(own_text(cell)):
            clean = clean_text(s)
            amount = _UNIT_AMOUNT.search(clean)
            if amount and states_a_condition(s) and not _SET_TO_AMOUNT.search(clean) and \
                    amount.start() < clean.find(","):
                continue  # `If the free storage drops to this threshold or 10 GB, ...`: the condition's amount
            if amount and _EXAMPLE.search(clean[:amount.start()]) and not _said_elsewhere(cell, amount.group(1)) \
                    and not _SET_TO_AMOUNT.search(clean):  # `For example, if this parameter is set to 8, 8 GB ...`
                continue  # `Example: 10 GB`, `for example, 10 GB`: one value shown, the unit not stated (unless
                # the cell states it, if only for its variants: `the capacity ranges from 500 to 32768, in GiB`)
            if amount:
                return [Finding("x-unit", _UNITS.get(amount.group(1).lower(), amount.group(1)), s)]
        return _period(cell)
    return []


def _names_this(before: str, opening: str, cell: Cell, last: int = 2) -> bool:
    """The noun before a unit in brackets (`the memory (GB)`), in a sentence after the opening one, names this value:
    a word of it is one of the opening phrase or the field's name (not `The memory (GB) of the node determines it.` in
    the cell of a maximum number of connections)."""
    noun = re.findall(r"[a-z]+", before.lower())[-last:]
    known = {w.lower() for w in re.findall(r"[A-Za-z]+", opening)} | \
        {w.lower() for w in re.split(r"[_\W]+|(?<=[a-z])(?=[A-Z])", cell.name) if w}
    return bool(set(noun) & (known - {"the", "of", "a", "an", "is", "in"}))


# `The image size is measured in GB.`, `The interval between retries ranges from 1 to 60 seconds.`: a sentence whose
# subject is a quantity named by a noun
_SUBJECT = re.compile(r"^(?:the|each|its) ((?:[\w-]+ ){0,3}?[\w-]+)(?: (?:of|between|for) [\w ]+?)? "
                      r"(?:is|are|ranges?|must|can|should)\b", re.I)
_ANY_SUBJECT = {"value", "values", "parameter", "field", "range", "unit", "default", "maximum", "minimum", "it"}


def _other_subject(clean: str, opening: str, cell: Cell) -> bool:
    """The subject of `clean`, a later sentence of the cell, is another quantity than this value: its head noun is
    no word of the opening phrase or of the field's name (`Image name. The image size is measured in GB.`)."""
    m = _SUBJECT.match(clean)
    return m is not None and not _names_this(m.group(1), opening, cell, 1) and \
        m.group(1).split()[-1].lower() not in _ANY_SUBJECT


def _said_elsewhere(cell: Cell, unit: str) -> bool:
    whole = clean_text(own_text(cell))
    said = [next(g for g in m.groups() if g) for m in _UNIT.finditer(whole)]
    said += [m.group(1) for m in _UNIT_PAREN.finditer(whole)]
    return any(_UNITS.get(u.lower()) == _UNITS.get(unit.lower(), unit) for u in said)


_TIME_UNIT = r"(milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b"
# a period stated with the field's bounds or default: `ranges from 1 to 732 days`, `Value range: 1-7 days`,
# `The default value is 30 minutes`, `The default timeout is 120 seconds`, `a maximum of 24 hours`; a range starts where
# a number starts (else each digit of a long run is tried as a start: quadratic)
_PERIOD = re.compile(rf"(?<![0-9])(?:{NUM})\s*(?:to|-|–|~|and)\s*(?:{NUM})\s*{_TIME_UNIT}|"
                     rf"\b(?:default(?: value| [a-z]+)?(?: is)?|minimum(?: value)?(?: is)?|maximum(?: value)?(?: is)?|"
                     rf"a (?:maximum|minimum) of|up to|at (?:most|least)|no (?:more|less) than)\s*[:：]?\s*(?:{NUM})\s*"
                     rf"{_TIME_UNIT}", re.I)


def _period(cell: Cell) -> list[Finding]:
    """The one time unit the cell's bounds or default are stated in; none when they are in several units (`1 to 24
    hours, or 1 to 30 days`) or stated under a condition."""
    found: dict[str, str] = {}
    split = sentences(own_text(cell))
    opening = next((s for s in split if not _LABEL_ONLY.match(s)), "")
    for s in split:
        clean = clean_text(s)
        if is_conditional(s) or (s != opening and _other_subject(clean, opening, cell)) or sibling_subject(s, cell):
            continue
        for m in _PERIOD.finditer(clean):
            word = (m.group(1) or m.group(2)).lower()
            found.setdefault(_UNITS.get(word, _UNITS.get(word + "s", word)), s)
    return [Finding("x-unit", unit, s) for unit, s in found.items()] if len(found) == 1 else []


_UNIT_WORD = re.compile(rf"(?<![0-9.])(?:{NUM})\s*(?:\*\*)?\s*(milliseconds?|ms|seconds?|minutes?|min|hours?|days?|"
                        r"weeks?|months?|years?)\b", re.I)


# `from 0 TB to 48.8 TB` of a size in bytes, `from 1 GB to 1 TB`: sizes
_SIZE_WORD = re.compile(rf"(?<![0-9.])(?:{NUM})\s*(?:\*\*)?\s*(bytes?|[KMGTP]i?B)\b")


def foreign_units(cell: Cell, text: str) -> bool:
    """The numbers of `text` carry time or size units that differ from each other or from the unit the cell
    states."""
    said = [*_UNIT_WORD.findall(text[:80]), *_SIZE_WORD.findall(text[:80])]
    units = {_UNITS.get(u.lower(), _UNITS.get(u.lower() + "s", u)) for u in said}
    if not units:
        return False
    own = rule_unit(cell)
    return len(units) > 1 or bool(own and own[0].value not in units)
