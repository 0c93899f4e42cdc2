"""The lists of values an enumeration is read from: bullets (`- **x**: meaning`, `- x`) and paragraphs under a
`Value range:` line, what a listed value looks like, and the header fields whose listed values are those of one
element."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from generator.constraints.rules.enum_cues import EXAMPLES_INTRO
from generator.constraints.rules.numeric import rule_range
from generator.constraints.rules.text import BOLD, NUM, Cell, bold_values, typed_value, value_kind

__all__ = ["DEF_BULLET", "EMPTY_BULLET", "ITEMS", "MEDIA_TYPE", "PLAIN_BULLET", "TEMPLATE",
           "array_literal", "bare_list", "bold_paragraph", "bullet_values", "doubtful_list", "example_values",
           "explained_inline", "format_placeholders", "indent", "inline_value", "is_value", "list_header",
           "listed_value", "other_case", "paragraph_values", "placeholders", "plain_list"]


DEF_BULLET = re.compile(r"^-\s+\*\*((?:(?!\*\*).)+?)\*\*\s*(?:[:：,(-]|\.(?:\s|$)|$|indicates|means|\s)")
PLAIN_BULLET = re.compile(r"^-\s+`?([A-Za-z0-9_.:/+;=-]+)`?\s*(?:[:：,(–-]|$|(?<=\s)(?:indicates|means)\b)")
_NOT_VALUES = {"note", "notice", "caution", "warning", "example", "examples", "default", "definition", "constraints",
               "constraint", "range", "default value", "description", "remarks", "important", "value", "values",
               "details", "options", "option", "type", "format"}
_ADMONITIONS = {"warning", "caution", "important", "notice"}
# `- **default**: policy`, `- **default** (used ...): ...`: a value named `default`, explained (not `- **Default**: 10`)
_DEFAULT_VALUE = re.compile(r"^-\s+\*\*default\*\*\s*(?:\([^()]*\)\s*)?[:：]\s*[a-z][^*]*$")
_IF_VALUE_BULLET = re.compile(r"^-\s+if the value is \*\*((?:(?!\*\*).)+)\*\*\s*,", re.I)
# `- etc.`, `- ...`: a bullet that says the list goes on, so the values above it are not all there are
_OPEN_BULLET = re.compile(r"^-\s+(?:etc\.?|\.{3}|…|and so on\.?)$", re.I)


def inline_value(v: str, count: int) -> bool:
    """`v` is a value where a sentence names `count` bold values (`**normal**, **warning**, or **incident**`,
    `**default** or **custom**`, `**GET**, ..., **OPTIONS**`): a word that elsewhere labels a note or a block is one of
    two or more values there; a label stands alone, or before its colon (`**Default:**`)."""
    return is_value(v) or (count >= 2 and 0 < len(v.strip()) <= 64 and " " not in v.strip() and v[-1:] not in ":：")


def is_value(v: str) -> bool:
    return bool(v) and v.lower().rstrip(":") not in _NOT_VALUES and len(v) <= 64 and " " not in v.strip()


# `**CREATE FAIL**`, `**UNBALANCED | READONLY**`: a status of upper-case words, written with spaces, one value
_CAPS_WORDS = re.compile(r"[A-Z][A-Z0-9_-]*(?:(?: | \| )[A-Z][A-Z0-9_-]*)+")


def listed_value(v: str) -> bool:
    """`v` is a value where a list of values names it (a bullet, a paragraph of its own): a word of code, or upper-case
    words that name one status (`- **BACKING UP**: ...`, never a sentence)."""
    return is_value(v) or (len(v) <= 64 and bool(_CAPS_WORDS.fullmatch(v.strip())))


EMPTY_BULLET = re.compile(r"^-\s+(?:an? )?(?:empty string|empty|left blank|null value)\s*[:：]", re.I)


# `- **AND (default value)**`: the value, marked as the default inside its bold
_DEFAULT_MARK = re.compile(r"\s*\((?:the )?default(?: value)?\)\s*\*\*", re.I)
_RANGE_BULLET = re.compile(rf"^-\s+\*\*(?:{NUM})\*\*\s*(?:to|-|–|~)\s*\*\*(?:{NUM})\*\*", re.I)
# `- **OPTIONS**`, `- NOTE`: a bullet of one word and nothing else
_BOLD_ONLY_BULLET = re.compile(r"-\s+(\*\*)?((?:(?!\*\*)\S)+)(?(1)\*\*)\s*")


def example_values(lines: Sequence[str]) -> set[str]:
    """The bold values of the bullets under an `Examples:` line: examples of a layout, not values listed."""
    out: set[str] = set()
    for i, line in enumerate(lines):
        if EXAMPLES_INTRO.match(line.strip()):
            values, _ = bullet_values(lines, next((j for j in range(i + 1, len(lines)) if lines[j].strip()), i))
            out.update(values)
    return out


def indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def bullet_values(lines: Sequence[str], j: int) -> tuple[list[str], int]:
    """The values of a bullet list starting at line j: `- **x**: meaning`, `- x`, `- Empty string: ...`."""
    values: list[str] = []
    # the list's own level: a list nested under `- Value range:` is indented, its items' sub-bullets more so
    level = indent(lines[j]) if j < len(lines) else 0
    while j < len(lines):
        if values and (not lines[j].strip() or indent(lines[j]) > level):
            # `- **true**: Check the request.` then its own indented sub-bullets or paragraphs, then `- **false**: ...`:
            # the list goes on at its level after what is nested in an item
            k = next((k for k in range(j, len(lines)) if lines[k].strip() and indent(lines[k]) <= level), len(lines))
            if k == len(lines) or indent(lines[k]) != level or not lines[k].strip().startswith("-"):
                break
            j = k
        if not lines[j].strip().startswith("-") or indent(lines[j]) != level:
            break
        item = _DEFAULT_MARK.sub("**", lines[j].strip())
        if _OPEN_BULLET.match(item):
            return [], j
        if EMPTY_BULLET.match(item):
            values.append("")
            j += 1
            continue
        if _RANGE_BULLET.match(item):
            return [], j  # `- **1** to **732**: ...`: a range of values, not one value (the list is no enum)
        bold_only = _BOLD_ONLY_BULLET.fullmatch(item)
        if bold_only and values and bold_only.group(2).isupper() == all(v.isupper() for v in values) and \
                (bold_only.group(1) or bold_only.group(2).isupper()):
            values.append(bold_only.group(2))  # `- **OPTIONS**` among upper-case values: one more, not a label
            j += 1
            continue
        m = DEF_BULLET.match(item) or PLAIN_BULLET.match(item)
        m = m or _IF_VALUE_BULLET.match(item)
        if not m or not (listed_value(m.group(1)) or m.group(1).lower() in _ADMONITIONS or
                         _DEFAULT_VALUE.match(item)):
            if len(values) >= 2 and not PLAIN_BULLET.match(item):
                return values, j  # a closing remark (`- If this parameter does not appear, ...`) ends the list
            return [], j
        values.append(m.group(1))
        j += 1
    return values, j


def _value_paragraphs(lines: Sequence[str], j: int) -> tuple[list[str], list[str]]:
    """From line j on, paragraphs of bold values only (`**STATUS**` then `**TEXT**`): all their values. Nothing
    when bullets of values follow them (`**NORMAL**` then `- **READONLY**` ...): the list goes on in another form,
    which these paragraphs do not hold whole."""
    values: list[str] = []
    paras: list[str] = []
    level = indent(lines[j])
    while j < len(lines):
        line = lines[j].strip()
        if not line:
            j += 1
            continue
        bold = bold_values(line)
        if indent(lines[j]) != level or not (bold and all(is_value(b) for b in bold) and line.startswith("**")
                                             and _JOINED.fullmatch(BOLD.sub("", line))):
            break
        values += bold
        paras.append(line)
        j += 1
    if j < len(lines) and (m := DEF_BULLET.match(lines[j].strip())) and is_value(m.group(1)):
        return [], []
    return values, paras


# `application/json`, `GaussDB.`, `NoSec: Normal mode`: a value in plain text alone in its paragraph, maybe explained
_PLAIN_PARAGRAPH = re.compile(r"^`?([A-Za-z0-9][\w.+/;=-]*?)`?(?:\.|\s*[:：]\s+\S.*)?$")
_RANGE_TEXT = re.compile(rf"^(?:{NUM})\s*(?:-|–|~|to)\s*(?:{NUM})$")


# `sha2-512, sha2-384, sha2-256, sha1, md5`, `v1 and v2`, `keep-alive | close`: words of code joined by commas, `and`,
# `or` or bars, and nothing else
_PLAIN_WORD = r"[A-Za-z0-9][\w.+/:=-]*"
_PLAIN_SEP = r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s*\|\s*"
_PLAIN_LIST = re.compile(rf"({_PLAIN_WORD}(?:(?:{_PLAIN_SEP}){_PLAIN_WORD})+)\.?")
# `letters, digits, and hyphens`: a character set in words, not values
_CHARSET_WORDS = {"letters", "digits", "hyphens", "underscores", "periods", "spaces", "characters", "numbers",
                  "uppercase", "lowercase", "dots", "slashes", "symbols"}


# `GET (default)`, `0 (disabled)`: a note in brackets after a listed value (not `1 (minimum)`: a bound)
_NOTE = re.compile(r"(?<=[\w.])\s*\((?![^()]*\b(?:min|max|minimum|maximum|lower|upper|bound)\b)[^()]{1,60}\)", re.I)
# `tcp/udp/icmp`, `true/false`, `0/1`: values joined by slashes (three or more words of code after a cue of a choice,
# or the two of a flag; not `KB/s`, `TCP/IP`, `application/json`, `Read/Write`: one value, a unit or words of prose,
# nor `Value: v3/auth/tokens`, a path as one value)
_SLASHED = re.compile(r"[A-Za-z0-9][\w.+:=-]*(?:/[A-Za-z0-9][\w.+:=-]*){2,}")
_SLASHED_PAIR = re.compile(r"true/false|false/true|0/1|1/0", re.I)
_UNIT_PARTS = {"s", "ms", "min", "h", "kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib", "bit", "bps", "mbit", "day"}


def plain_list(text: str, choice: bool = False) -> list[str]:
    """The values of a plain list of two or more words of code (_PLAIN_LIST), or nothing (a range, a charset, `N/A`).
    `choice`: the cue names a choice of values (`Possible values:`, `can be`), so words joined by slashes are values."""
    text = _NOTE.sub("", text.strip())
    if (_SLASHED_PAIR.fullmatch(text.rstrip(".")) or (choice and _SLASHED.fullmatch(text.rstrip(".")))) and \
            not any(p.lower() in _UNIT_PARTS for p in text.split("/")):
        text = text.rstrip(".").replace("/", ", ")
    m = _PLAIN_LIST.fullmatch(text)
    if m is None:
        return []
    values = [v for v in re.split(_PLAIN_SEP, m.group(1)) if v]
    if len(values) < 2 or any(not is_value(v) or v.lower() in _CHARSET_WORDS | {"n/a", "none", "null", "etc", "etc."}
                              or _RANGE_TEXT.match(v) for v in values):
        return []
    return values


def _plain_paragraphs(lines: Sequence[str], j: int) -> tuple[list[str], list[str]]:
    """Under a `Possible values:` line, paragraphs that each hold one value in plain text: their values, up to the end
    of the cell or a sentence. Nothing when a paragraph holds what may be one more value in other words (`expiring
    soon` among `ready` and `unready`), a range (`1-100`), or `N/A`: the list is not read whole."""
    values: list[str] = []
    paras: list[str] = []
    level = indent(lines[j])
    for line in lines[j:]:
        text = line.strip()
        if not text:
            continue
        m = _PLAIN_PARAGRAPH.match(text)
        if m is None or indent(line) != level or _RANGE_TEXT.match(m.group(1)) or not is_value(m.group(1)) \
                or m.group(1).lower() in ("n/a", "none", "null"):
            if m is not None or not (len(text.split()) >= 3 and text.endswith((".", ":", "："))):
                return [], []
            break
        values.append(m.group(1))
        paras.append(text)
    return values, paras


_DEF_PARAGRAPH = re.compile(r"^\*\*((?:(?!\*\*).)+?)\*\*\s*[:：]\s*\S")
_NEXT_DEF = re.compile(r"(?<=[.;]\s)\*\*((?:(?!\*\*).)+?)\*\*\s*[:：]\s")
_JOINED = re.compile(r"[\s,.]*(?:(?:or|and|,)[\s,]*)*[.\s]*")


def paragraph_values(lines: Sequence[str], j: int, plain: bool = False) -> tuple[list[str], list[str]]:
    """The values stated by the paragraphs from line j on, under a `Value range:` line: one paragraph of bold values
    and nothing else but commas, `and`, `or` (`**v1** and **v2**`), or paragraphs that each define one value
    (`**bandwidth**: billed by bandwidth`, then `**traffic**: billed by traffic`) up to the first other line.
    Returns the values and the paragraphs read, or nothing."""
    first = lines[j].strip()
    bold = bold_values(first)
    if bold and all(is_value(b) for b in bold) and first.startswith("**") and _JOINED.fullmatch(BOLD.sub("", first)):
        return _value_paragraphs(lines, j)
    if plain and (listed := plain_list(first)):
        return listed, [first]  # one paragraph that lists them plainly (`sha2-512, sha2-384, sha1`)
    if plain and _PLAIN_PARAGRAPH.match(first):
        return _plain_paragraphs(lines, j)
    values: list[str] = []
    paras: list[str] = []
    level = indent(lines[j])
    while j < len(lines):
        line = lines[j]
        if not line.strip():
            j += 1
            continue
        # `**pre-share**: pre-shared key`, or `If the value is **BUILD**, the instance is being created.`
        m = _DEF_PARAGRAPH.match(line.strip()) or _IF_VALUE_BULLET.match(f"- {line.strip()}")
        if m is None or indent(line) != level or not listed_value(m.group(1)):
            break
        # `**Running**: being executed. **Completed**: executed.`: more values defined in the same paragraph
        more = [v for v in _NEXT_DEF.findall(line.strip()) if is_value(v)]
        values += [m.group(1), *more]
        paras.append(line.strip())
        j += 1
    return values, paras


# HTTP header fields whose value is, in practice, a comma-separated list of the tokens a cell lists (RFC 9110 `#element`
# fields; the Fetch standard's CORS headers): `Connection` and the like are lists too but carry one token in practice
_LIST_HEADER = re.compile(r"accept(?:-charset|-encoding|-language)?|allow|cache-control|content-encoding|"
                          r"if-(?:none-)?match|vary|access-control-(?:allow-(?:methods|headers)|expose-headers|"
                          r"request-headers)", re.I)


def list_header(name: str) -> bool:
    """`name` is such a header field as headers are written (`Allow`, `Access-Control-Allow-Methods`,
    `accept-encoding`), not a body field of the same word (`allow`)."""
    name = name.strip()
    return bool(_LIST_HEADER.fullmatch(name)) and (name[:1].isupper() or "-" in name)


# `node_group{x}`: a placeholder in a listed value; `hostname[:port]`: a layout with an optional part
TEMPLATE = re.compile(r"\{\w*\}|\w\[[^\]\s]+\]")


def array_literal(value: str) -> list[str]:
    """`["token"]` written as the value of an array: its elements (the items' values); any other value as it is."""
    if value.startswith("[") and value.endswith("]"):
        try:
            loaded = json.loads(value)
        except ValueError:
            return [value]
        if isinstance(loaded, list) and all(isinstance(x, (str, int, float, bool)) for x in loaded):
            return [json.dumps(x) if isinstance(x, bool) else str(x) for x in loaded]
    return [value]


def other_case(values: Sequence[str], text: str) -> str:
    """A bold value of the cell that is a listed value in another case (`desc` beside `DESC`), or ''."""
    listed = set(values)
    lowered = {v.lower() for v in values}
    return next((b for b in BOLD.findall(text) if b not in listed and b.lower() in lowered), "")


def format_placeholders(values: Sequence[str], text: str) -> bool:
    """The values are the placeholders of a format the cell writes (`vX.Y`, `{type}:{count}`), explained one by
    one: single capitals, or names the text writes in braces."""
    return all(len(v) == 1 and v.isupper() for v in values) or any("{" + v + "}" in text for v in values)


def placeholders(values: Sequence[str], cell: Cell, bold: Sequence[str] | None = None) -> bool:
    """Values that are the placeholders of a documented format (`vX.Y`, `{type}:{count}`), not allowed values.
    `bold`: the cell's bold values, when the caller has them (a cell of many lists reads them once)."""
    if format_placeholders(values, cell.text):
        return True
    # the parts of an example value explained one by one (`Use **rds.mysql.n1.xlarge** as an example. **rds**
    # indicates RDS, **mysql** the DB engine ...`)
    # `**rds**` a segment of `**rds.mysql.n1.xlarge**`; not `**user**` beside `**subject.user_id**` (a word of a name)
    whole = set(bold_values(cell.text) if bold is None else bold) - set(values)
    return len(values) >= 2 and sum(any(re.search(rf"(?<![\w]){re.escape(v)}(?![\w])", b) for b in whole)
                                    for v in set(values)) >= 2


_EXAMPLE_CUE = re.compile(r"\b(?:for example|e\.g\.|example\s*:|the format is|in the format of)", re.I)


def explained_inline(own: str, named: Sequence[str], cell: Cell) -> str:
    """Why the values the cell defines inline (`**0** indicates ...`, `**code**: ...`) are not the field's only
    values, or "": they explain an example or a format (`For example, the metric **cpu_util** indicates ...`), or
    the cell states a numeric range that admits other values (`**1** indicates one graph per row. Maximum: 3`)."""
    if not named:
        return ""
    first = min(own.find(f"**{v}**") for v in named if f"**{v}**" in own) if any(
        f"**{v}**" in own for v in named) else -1
    cue = _EXAMPLE_CUE.search(own)
    if cue is not None and 0 <= cue.start() < first:
        return "the values named explain an example or a format"
    if value_kind(cell) == "integer":
        bounds = {f.keyword: f.value for f in rule_range(cell)}
        lo, hi = bounds.get("minimum"), bounds.get("maximum")
        numbers = {typed_value(v, "integer") for v in named}
        if isinstance(lo, int) and isinstance(hi, int) and hi - lo + 1 > len(numbers - {None}):
            return f"the values named are explained, the cell states the range {lo} to {hi}"
    return ""


# `For details about possible values, see the description of ... in the ECS API reference.`
_VALUES_ELSEWHERE = re.compile(r"\bfor (?:details|more information) (?:about|on) (?:the )?(?:possible|valid|available|"
                               r"supported|allowed) values\b", re.I)
_NOTED = re.compile(r"([^\s()]+)\((?=[^)]*[A-Za-z])[^()]+\)")


def doubtful_list(values: Sequence[object], text: str) -> str:
    """Why the listed values are not the values the field takes as written, or '': the cell sends the reader elsewhere
    for its possible values (the ones here are some of them), or a listed value carries a note in its bold
    (`**SATA(End-of-sale)**` where the cell writes `**SATA**` too: the value is `SATA`, the note says it is sold
    out)."""
    if _VALUES_ELSEWHERE.search(text):
        return "the cell refers elsewhere for the possible values, the ones listed may be some of them"
    for v in values:
        if isinstance(v, str) and (m := _NOTED.fullmatch(v)) and f"**{m.group(1)}**" in text:
            return f"the listed value {v!r} carries a note in brackets; the cell also writes {m.group(1)!r} alone"
    return ""


_BARE_BULLET = re.compile(r"-\s+`?([A-Za-z0-9][\w.:/+-]*)`?")


# a phrase that introduces what follows (`Currently, the following DB engines are supported:`, `Contains:`), not one
# that names the field (`Replication status:`)
_INTRODUCES = re.compile(r"\b(?:following|includ\w*|contains?|such as|as follows|examples?|supported|fields?|"
                         r"parameters?|keys?|attributes?)\b", re.I)
# what a closing paragraph says when the bullets may not be all the values there are (`Other actions are added
# later.`)
_MORE_VALUES = re.compile(r"\b(?:examples?|e\.g\.|such as|other|more|additional|later|future|also)\b|^\s*-",
                          re.I | re.M)


def _phrase_then_values(text: str) -> list[str]:
    """The paragraphs of a cell that opens with a short phrase of one line, then a paragraph (the values, as the
    caller reads them), then at most remarks that neither list nor exemplify more values; [] for any other cell."""
    paras = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if len(paras) < 2 or len(paras[0].split()) > 8 or "\n" in paras[0] or any(
            _MORE_VALUES.search(p) for p in paras[2:]):
        return []
    return paras


def bare_list(text: str, siblings: Sequence[str]) -> bool:
    """The cell is a short phrase naming the field (`Lifecycle hook type.`, `Replication status:`), then bullets of
    one word of code each (`- INSTANCE_LAUNCHING`, `- INSTANCE_TERMINATING`), then at most paragraphs of remarks that
    neither list nor exemplify more values (`The current version does not support this function.`): the values,
    written as `- **x**` is; never names of the sibling fields, nor a phrase that introduces (`Contains:`) or says
    more than what the field is."""
    paras = _phrase_then_values(text)
    if not paras or (paras[0].endswith((":", "：")) and _INTRODUCES.search(paras[0])):
        return False
    items = [_BARE_BULLET.fullmatch(b.strip()) for b in paras[1].split("\n")]
    return len(items) >= 2 and all(m is not None and is_value(m.group(1)) and m.group(1) not in siblings
                                   for m in items)


def bold_paragraph(text: str) -> list[str]:
    """The values of a cell that is a short phrase naming the field, then a paragraph of bold values and nothing else
    but commas, `and`, `or` (`Redistribution mode.` then `**online** or **offline**.`), then at most remarks that
    neither list nor exemplify more values (as `bare_list`); or nothing."""
    paras = _phrase_then_values(text)
    if not paras or paras[0].endswith((":", "：")):
        return []
    bold = bold_values(paras[1])
    if len(bold) < 2 or not paras[1].startswith("**") or not all(is_value(b) for b in bold) or \
            not _JOINED.fullmatch(BOLD.sub("", paras[1])):
        return []
    return bold


# `**charset=utf-8 application/json**`: a media type and its parameters, written with spaces, one value
MEDIA_TYPE = re.compile(r"[\w.+-]+[/=][\w.+-]+;?(?: [\w.+-]+[/=][\w.+-]+;?)+")
# `You can provide multiple items and separate them with semicolons`: a value of several items
ITEMS = re.compile(r"\bseparated? (?:them |multiple \w+ |each \w+ |the \w+ )?(?:with|by) (?:an? )?(?:english )?"
                   r"(?:commas?|semicolons?|vertical bars?|spaces?)\b|\b(?:comma|semicolon)-separated\b", re.I)
