"""Format: `format` (date-time, date, uuid, byte, regex), a `pattern` for layouts RFC 3339 would reject, and
`x-format` annotations (cidr, unix timestamps, UTC offsets)."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.constraints.rules.format_clock import (
    CLOCK,
    CLOCK_SECONDS,
    COMPACT,
    DAY,
    HOUR,
    MONTH,
    MONTH_PATTERN,
    TIME,
    clock_pattern,
)
from generator.constraints.rules.format_scope import (
    HOLDS_A_LAYOUT,
    LAYOUT_OPENING,
    SEPARATED_LIST,
    VALUE_MEANING,
    another_form,
    of_another,
    states_uuid,
)
from generator.constraints.rules.text import (
    AMBIGUOUS,
    Cell,
    Finding,
    clean_text,
    sentences,
    states_a_condition,
    under_a_condition,
    value_kind,
)

__all__ = ["TIME_POINT", "rule_format"]


_DATE_TIME = re.compile(r"(yyyy-mm-dd['\"]?\s*[tT]?['\"]?\s*hh:mm(?::ss)?(?:\.s+)?['\"]?(?:z|Z|\+\d{4}|\+hh:?mm|"
                        r"['\"]z['\"])?['\"]?)", re.I)
_OFFSET_SAID = re.compile(r"(?:z|Z|\+\d{4}|\+hh:?mm)['\"]?$", re.I)
# a zone after a layout, in a form the layout rules do not read: `yyyy-mm-dd hh:mm:ss timezone`,
# `YYYY-MM-DDTHH:MM:SS.+XX.XX` (`+XX.XX indicates the time zone`)
# (`yyyy-mm-dd hh:mm:ss GMT+08:00`)
_ZONE_WORD = re.compile(r"['\"]?(?:\s+time ?zone\b|\s+(?:GMT|UTC)\s*[+±-]\s*\d|"
                        r"\.?[+±]\s*(?:xx|hh)[.:]?(?:xx|mm)\b)", re.I)
# the layout's `Z` is an offset in a form the docs do not give (`**Z** indicates the time zone offset`; their examples
# write `+0800`, which RFC 3339 rejects): no `date-time`
_Z_OFFSET = re.compile(r"\bZ\W{0,3} (?:indicates|is|means|represents|stands for|refers to) (?:the |a )?"
                       r"(?:(?:time ?zone|UTC) offset|offset (?:from|to|against|relative to) (?:the )?UTC|"
                       r"time difference (?:from|to) UTC)\b")
_Z_OFFSET_WHY = "format: Z is a time zone offset in a form the docs do not state (RFC 3339 wants Z or +hh:mm)"
# what such a `Z` admits: `Z` itself, `+hh:mm` (RFC 3339) and `+hhmm` (the docs' examples: `+0800`)
_ANY_OFFSET = "(?:Z|[+-][0-9]{2}:?[0-9]{2})"
_DATE = re.compile(r"\byyyy-mm-dd\b(?!\s*['\"]?\s*[tT ]\s*['\"]?\s*hh)", re.I)
# a date-time layout: `YYYY-MM-DDTHH:MM:SS.XXXXXX`, `yyyy-MM-dd'T'HH:mm:ss'Z'`, `yyyy-mm-dd hh:mm:ss`;
# group 5 is its offset
_LAYOUT = re.compile(r"\byyyy-mm-dd(['\"]?[tT]['\"]?| )hh:mm(:ss)?(\.([a-z])\4*)?"
                     r"(['\"]?(?:z|[+±]hh:?mm|[+-]\d{2}:?\d{2})['\"]?"
                     r"|\s*[+±]\s*(?:hh|\d{2}):?(?:mm|\d{2}))?(?![\w:])", re.I)
# a date and time written out, optionally quoted: date, separator, time, fraction, zone (groups 1 to 5)
_DATE_LITERAL = r"[\"“]?(\d{4}-\d{2}-\d{2})([T ])(\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?[\"”]?"
# the same given as a literal: `in the format of "2019-05-22T03:23:59.000000"`
_LITERAL = re.compile(r"\bformat(?: of| is|:| complies with| conforms to)?\s*"
                      r"(?:(?:the )?ISO[ -]?8601(?: standard)?,?\s*(?:for example|e\.g\.),?\s*)?"
                      rf"{_DATE_LITERAL}(?![\w:])")
# the literal between `in the` and `format`, as the layouts are (`The value is in the 2006-01-02T15:04:05.000Z
# format.`; the docs' `in the "yyyy-mm-ddThh:mm:ssZ" format`): the same groups as `_LITERAL`
_LITERAL_IN = re.compile(rf"\bin (?:the )?{_DATE_LITERAL}\s+format\b")
# `Base64-encoded`, `encoded with Base64`, `encrypted using Base64` (the docs' word for the encoding)
# (`a Base64 string`; not `Base64 encoding`, which the docs say of a part or of a step: `needs Base64 encoding`)
_BASE64 = re.compile(r"\bbase64(?:-|\s)?(?:encoded|string)\b|\b(?:encoded|encrypted) (?:using|in|with|by) base64\b|"
                     r"\bin base64 format\b", re.I)
# `The format is x.x.x.x/x.`, `The format is <net_address>/<prefix>.`: a CIDR block's layout given as the format
_CIDR = re.compile(r"\bCIDR (?:format|notation)\b|\bin CIDR\b|"
                   r"(?i:\bformat(?: is| of)?\s*[:：]?\s*[*\"'“]*(?:x\.x\.x\.x\s*/\s*xx?\b|"
                   r"<\s*net_address\s*>\s*/\s*<\s*prefix\s*>)|"
                   r"\bin (?:the )?[*\"'“]*x\.x\.x\.x\s*/\s*xx?[*\"'”]* format\b)")
# `IPv4 CIDR block, for example, **192.168.0.1/24**.`, `Specifies a destination CIDR block. ... An example IPv4 CIDR
# block is 192.168.52.0/24.`: the cell opens by naming the value a CIDR block and shows one in CIDR notation (never
# `IPv6 address or CIDR block`: an address alone is allowed too; `Recommended: 10.0.0.0/12-19` is no CIDR block)
_CIDR_NAMED = re.compile(r"^(?:-\s+)?(?:specifies |indicates )?(?:an? |the )?(?:(?!(?:or|and)\b)[\w-]+ ){0,3}?"
                         r"CIDR block\b(?!s| or\b)", re.I)
_CIDR_SHOWN = re.compile(r"(?<![\w.:/-])\d{1,3}(?:\.\d{1,3}){3}/\d{1,2}(?![\w/-]|\.\d)")
_ADDRESS_OR = re.compile(r"\b(?:IP|IPv[46]) address(?:es)? or\b|\b(?:or|also be) (?:an? )?(?:IP|IPv[46]) address", re.I)
# `in RFC 3339 format`, `complies with RFC 3339`: the standard named as the value's format (not one of two forms)
_RFC3339 = re.compile(r"\bRFC[ -]?3339\b")
_RFC3339_OR = re.compile(r"\bRFC[ -]?3339\b[^.]*\bor\b|\bor\b[^.]*\bRFC[ -]?3339\b", re.I)
# (not `The name cannot be a regular expression.`)
_REGEX = re.compile(r"(?<!\bnot )(?<!cannot )(?<!can't )(?<!must not )\b(?:is|be) an? (?:valid )?regular expression\b|"
                    r"\bin regular expression format\b", re.I)


_T = "[Tt]"


def _layout_pattern(m: re.Match[str]) -> str:
    """`YYYY-MM-DDTHH:MM:SS.XXXXXX` (no offset) as a regex: RFC 3339 (`format: date-time`) would reject it. Its `T`
    may be written `t`, as RFC 3339 allows (section 5.6) and these docs' examples do (`2013-02-25t04:13:17.000000`)."""
    sep = _T if m.group(1).strip("'\"").upper() == "T" else " "
    seconds = ":\\d{2}" if m.group(2) else ""
    fraction = f"\\.\\d{{{len(m.group(3)) - 1}}}" if m.group(3) else ""
    return f"^\\d{{4}}-\\d{{2}}-\\d{{2}}{sep}\\d{{2}}:\\d{{2}}{seconds}{fraction}$"


def _literal_pattern(m: re.Match[str]) -> str:
    """The layout of a literal given as the format. One introduced as an example of ISO 8601 (`The timestamp format is
    ISO 8601, for example, **2019-05-07T12:06:13.681238**.`) shows one value of the standard, so its fraction of a
    second (any number of digits) and a zone designator are optional; a literal given as the format itself keeps
    its fraction's digits."""
    seconds = ":\\d{2}" if m.group(3).count(":") == 2 else ""
    sep = _T if m.group(2) == "T" else m.group(2)
    if _ISO.search(m.group(0)):
        tail = "(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?" if seconds else ""
        return f"^\\d{{4}}-\\d{{2}}-\\d{{2}}{sep}\\d{{2}}:\\d{{2}}{seconds}{tail}$"
    fraction = f"\\.\\d{{{len(m.group(4)) - 1}}}" if m.group(4) else ""
    return f"^\\d{{4}}-\\d{{2}}-\\d{{2}}{sep}\\d{{2}}:\\d{{2}}{seconds}{fraction}$"


_NO_COLON = re.compile(r"[+±-]\s*(?:hh|\d{2})(?:mm|\d{2})", re.I)  # an offset RFC 3339 rejects: `+0800`, `+hhmm`


def _offset(said: str, zone_offset: bool = False) -> str:
    """The offset a layout writes literally: `Z` or `'Z'`, or a numeric `+hh:mm`; a `Z` the cell names a time zone
    offset (`_Z_OFFSET`) is any of them."""
    if said.strip("'\"").upper() == "Z":
        return _ANY_OFFSET if zone_offset else "Z"
    return "[+-][0-9]{2}:?[0-9]{2}"


_UUID = re.compile(r"\bUUID\b")
# another value besides a UUID anywhere in the cell: `or an IPv4 address`, `If ..., 0 is returned`
_UUID_ELSE = re.compile(r"\bUUID\b[^.]*\bor an? (?!UUID)\w+|(?:^|[\s*])0(?:\*\*)? (?:is|will be) (?:returned|used)\b|"
                        # `a maximum of 36 characters in UUID format` beside a generated `Maximum: **255**` (a
                        # description's copied sentence): the docs disagree on what the value is
                        r"\ba maximum of (?!36 )\d+ characters in UUID\b|"
                        r"\ba maximum of \d+ characters in UUID\b(?=.*\bMaximum:\s*\**(?!36\b)\d)|"
                        # a UUID written another way than the hyphenated 36 characters `format: uuid` checks
                        r"\b(?:without|no|removing|minus) (?:the )?(?:hyphens|dashes)\b|"
                        r"\b(?:hyphens|dashes) (?:removed|omitted)\b|\b32[- ](?:characters?|digits?)\b|"
                        # the value may be empty: `If the value is empty, ...`, `In other cases, leave this parameter
                        # blank`, `a UUID or an empty string` (an empty string is no UUID)
                        r"\b(?:if|when) (?:the value|it|this (?:parameter|field)) is (?:empty|blank|null)\b|"
                        r"\bleave (?:this parameter|this field|it) (?:blank|empty)\b|\bor (?:an? )?empty\b|"
                        r"\bempty string\b", re.I)
# not a UUID the value is: `which can be the BMS UUID (**uuid**), BMS status (**vm_state**), ...` names the attribute
# a value stands for; `Generally, the value is a UUID.` says what it usually is
# (nor a UUID the value holds: `must contain the UUID of ...`, `The format is <instance UUID>_<name>`)
_UUID_NAMED = re.compile(r"\bUUID\s*\(\*\*[^*]+\*\*\)|\bcontains? (?:the |an? )?(?:[\w-]+ )?UUID\b|"
                         r"<[^<>]*\bUUID\b[^<>]*>|\b(?:generally|usually|typically|normally|in most cases)\b", re.I)
# `in the format of **hour:minute**`: hours with or without a leading zero
_HOUR_MINUTE = re.compile(r"\bhour:minute\b", re.I)
_UTC_OFFSET = re.compile(r"\bformat is UTC[+-]\d{2}:\d{2}\b|\bUTC[+±]hh:mm\b", re.I)
_MS_TIMESTAMP = re.compile(r"\bmillisecond timestamp\b|\btimestamp,? in milliseconds\b", re.I)
# `Restoration timestamp, accurate to milliseconds.`, `Query start time in timestamp format, in milliseconds.`: a
# timestamp counted in milliseconds, where the cell writes no date (`accurate to milliseconds` of a `yyyy-mm-dd...`
# layout or of an ISO 8601 time is its precision; `Time for a SQL statement to execute, accurate to milliseconds` is
# no timestamp)
# (`UTC timestamp after which a job is submitted, in milliseconds.`: what the timestamp marks may come between)
_MS_ACCURATE = re.compile(r"(?<!of the )(?<!of a )\btimestamp\b(?: format)?[^.]{0,60}?\b"
                          r"(?:in|accurate to) milliseconds?\b|"
                          r"\btimestamp \(ms\)|\bmilliseconds?-level timestamp\b", re.I)
# a timestamp counted in seconds said without `Unix`: `Start time, which is a timestamp in seconds.`, `a second-level
# timestamp`, `Number of seconds elapsed since January 1, 1970 (UTC)`, `in seconds since the epoch`
_S_STAMP = re.compile(r"(?<!of the )(?<!of a )\btimestamp,? in seconds\b|\btimestamp \(s\)|"
                      r"\bseconds?-level timestamp\b|"
                      r"\bseconds? (?:that )?(?:have |has )?(?:elapsed |passed )?since (?:the )?(?:unix )?epoch\b|"
                      r"\bseconds? (?:that )?(?:have |has )?(?:elapsed |passed )?since "
                      r"(?:00:00:00,? (?:UTC,? )?(?:on )?)?"
                      r"(?:January 1,? 1970|1970)\b", re.I)
_STAMP_OR = re.compile(r"\btimestamp or\b|\bor (?:in |an? )?(?:the )?ISO\b", re.I)
_DATE_WRITTEN = re.compile(r"yyyy|\bISO\b|\b\d{4}-\d{2}-\d{2}", re.I)
# `The value is a UUID (36 characters) or 0`, `the security group name or UUID`, `the UUID or name of ...`, `the load
# balancer ID (UUID) or the load balancer name`: another
# value is allowed too, so no `format: uuid`
_UUID_OR = re.compile(r"\bUUID\b\)?(?:\s*\([^)]*\))?\s+or\s+(?:an?\s+|its\s+|the\s+)?[\w-]+|\b(?:name|ID|code)\s+or\s+"
                      r"(?:an?\s+|its\s+|the\s+)?UUID\b", re.I)
# `Base64-encoded certificate content or a file path`: another form of the value is allowed (an empty string is Base64)
_BASE64_OR = re.compile(r"\bbase64\b[^.;]*?\bor\s+(?!(?:is\s+|be\s+)?(?:an?\s+)?empty\b)\w+", re.I)
# `Body of the certificate, in PEM format. ... The PEM body is Base64-encoded DER data`: PEM text (its BEGIN and END
# lines, its line breaks) is no Base64 string
_PEM = re.compile(r"\bPEM\b")
_UNIX_MS = re.compile(r"\b(?:unix|epoch)\b.*\btimestamp\b.*\bmillisecond|\btimestamp\b.*\bunit is millisecond|"
                      r"\bmilliseconds? (?:that )?(?:have |has )?(?:elapsed |passed )?since\b", re.I)
# milliseconds as the docs write them: `in milliseconds`, `UNIX timestamp (ms)`, `in ms`
_MS = r"\bmilliseconds?\b|\(ms\)|\bin ms\b"
_UNIX_S = re.compile(rf"\b(?:unix|epoch) timestamp\b(?!.*(?:{_MS}))", re.I)
# a timestamp by its number of digits: `a 13-bit timestamp` (milliseconds), `a 10-digit timestamp` (seconds)
_DIGITS_TIMESTAMP = re.compile(r"\b(1[03])-(?:bit|digit) (?:unix )?timestamp\b", re.I)
# `complies with the ISO 8601 standard. Example: **2015-07-01T04:11:15Z**`: an ISO 8601 example whose offset is the
# literal `Z`, given in the sentence that names ISO 8601 or in an `Example:` sentence right after it
_ISO = re.compile(r"\bISO[ -]?8601\b")
_EXAMPLE = re.compile(r"^(?:for )?example\s*[:,]", re.I)
_ISO_Z = re.compile(r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z(?![\w:+-])")
# a point in time counted in milliseconds on a number field: `Start time to run a job. Unit: milliseconds`, `End
# time, expressed in milliseconds.` (not a duration: `Execution time, in milliseconds` keeps its `x-unit`)
# (`Time when a job is submitted. Unit: ms.`: the point named by what happens at it)
_SPAN_AFTER = r"(?!\s+(?:offset|interval|period|window|span|range|difference)\b)"  # `start time offset`: a span
TIME_POINT = re.compile(r"^(?:-\s+)?(?:specifies |indicates )?(?:the )?(?:(?:[\w-]+ ){0,3}?(?:start|end|creation|"
                        r"create|update|modification|expiration|expiry|finish|completion|deletion|submission) time\b"
                        rf"{_SPAN_AFTER}|time (?:when|at which)\b)", re.I)
_IN_MS = re.compile(r"\bunit\s*[:：]\s*(?:milliseconds?|ms)\b|\b(?:expressed|measured) in milliseconds\b|"
                    r"\btime,? in milliseconds\b", re.I)
_MARKED_LAYOUT = re.compile(r"(?:\*[A-Za-z]+\*[-:])+\*[A-Za-z]+\*")
_UTC_RANGE = re.compile(r"UTC([+-])([0-9]{1,2}):00\s+to\s+UTC([+-])([0-9]{1,2}):00", re.I)
_FULL_HOUR = re.compile(r"\b(?:full|whole) hours?\b|\bon the hour\b", re.I)


def _named(m: re.Match[str], sentence: str) -> Finding:
    """`x-format` naming a layout that became a `pattern` (RFC 3339 would reject it), as the docs write it:
    `YYYY-MM-DD hh:mm:ss`, `hh:mm-HH:MM`, `2019-05-22T04:23:59.000000`, `ISO 8601` (of an example of it). A name for
    readers; the check is the pattern."""
    if m.re in (_LITERAL, _LITERAL_IN) and _ISO.search(m.group(0)):  # an example of the standard: the standard
        said = "ISO 8601"  # is the layout
    elif m.re in (_LITERAL, _LITERAL_IN):  # the example after `format of` or before `format`
        said = m.string[m.start(1):max(m.end(g) for g in (3, 4, 5))]
    elif m.re is CLOCK:
        said = "-".join(g for g in (m.group(1) or m.group(3), m.group(2) or m.group(4)) if g)
    else:
        said = m.group(0)
    return Finding("x-format", said.strip().strip("\"'“”"), sentence)


def _stating(cell: Cell, rx: re.Pattern[str]) -> str:
    """The cell's first sentence that `rx` finds in what it says of the value's timestamp (the caller found it in
    `_stamp_text`)."""
    return next(s for s in sentences(cell.text) if rx.search(_stamp_said(s)))


# a sibling's timestamp in a which-clause (`... minus **last_heartbeat**, which is a UNIX timestamp in seconds`)
_SIBLING_WHICH = re.compile(r"\*\*[A-Za-z_][\w.]*\*\*,\s*which (?:is|are)\b[^.;]*")
# one case of a field named in bold (`- If **time_format** is **timestamp**, enter ...`)
_ONE_CASE = re.compile(r"^(?:-\s+)?(?:if|when)\s+(?:the )?\*\*[A-Za-z_][\w.]*\*\*", re.I)


def _stamp_said(sentence: str) -> str:
    """What one sentence says of the value's timestamp: nothing in a sentence of one case of another field (`- If
    **time_format** is **timestamp**, enter a UNIX timestamp in seconds`), nor in a sibling's which-clause."""
    return "" if _ONE_CASE.match(sentence.strip()) else clean_text(_SIBLING_WHICH.sub("", sentence))


def _stamp_text(text: str) -> str:
    """What the sentences of `text` say of the value's timestamp (`_stamp_said`), joined."""
    return " ".join(said for s in sentences(text) if (said := _stamp_said(s)))


def rule_format(cell: Cell) -> list[Finding]:
    """The format of the value; none of a value that is itself a layout, nor from the bullets that say what each of
    several values stands for (`- **epoch**: ... a UNIX timestamp in milliseconds.`)."""
    if HOLDS_A_LAYOUT.search(cell.name) or LAYOUT_OPENING.match(clean_text(next(iter(sentences(cell.text)), ""))):
        return []
    explained = [ln for ln in cell.text.split("\n") if VALUE_MEANING.match(ln)]
    if len(explained) >= 2:
        cell = replace(cell, text="\n".join(ln for ln in cell.text.split("\n") if ln not in explained))
    return _format(cell)


def _format(cell: Cell) -> list[Finding]:
    out: list[Finding] = []
    whole = clean_text(cell.text)
    stamps = _stamp_text(cell.text)
    # `The value can be a timestamp or in the ISO format.`: a timestamp is one form of the value, not its format
    stamp_kinds: tuple[str, ...] = ("integer", "number", "string", "any") if not _STAMP_OR.search(whole) else ()
    if cell.kind in stamp_kinds and re.search(r"\b(?:unix|epoch)\b", stamps, re.I) and \
            re.search(_MS, stamps, re.I) and re.search(r"\btimestamp\b", stamps, re.I):
        sentence = next((s for s in sentences(cell.text) if re.search(_MS, s, re.I)), whole)
        out.append(Finding("x-format", "unix-ms", sentence))
    elif cell.kind in stamp_kinds and _MS_TIMESTAMP.search(stamps):
        out.append(Finding("x-format", "unix-ms", _stating(cell, _MS_TIMESTAMP)))
    elif cell.kind in stamp_kinds and _MS_ACCURATE.search(stamps) and not _DATE_WRITTEN.search(whole):
        out.append(Finding("x-format", "unix-ms", _stating(cell, _MS_ACCURATE)))
    elif cell.kind in stamp_kinds and _S_STAMP.search(stamps) and not re.search(_MS, whole, re.I):
        out.append(Finding("x-format", "unix-s", _stating(cell, _S_STAMP)))
    elif cell.kind in stamp_kinds and (m := _DIGITS_TIMESTAMP.search(stamps)):
        unit = "unix-ms" if m.group(1) == "13" else "unix-s"
        out.append(Finding("x-format", unit, _stating(cell, _DIGITS_TIMESTAMP)))
    elif cell.kind in ("integer", "number") and stamp_kinds and TIME_POINT.match(whole) and _IN_MS.search(stamps):
        out.append(Finding("x-format", "unix-ms", _stating(cell, _IN_MS)))
    kind = value_kind(cell)
    zone_offset = bool(_Z_OFFSET.search(whole))
    before = ""
    for s in sentences(cell.text):
        iso = bool(_ISO.search(clean_text(s)) or (_ISO.search(before) and _EXAMPLE.match(clean_text(s))))
        before = clean_text(s)
        clean = re.sub(r"%(?=[A-Za-z])", "", clean_text(s))  # `%YYYY-%mm-%ddT%HH:%MM:%SSZ`
        # a layout in italics with bold separators, as the reader leaves it: `*hh*:*mm*:*ss*`, `*yyyy*-*mm*-*ddThh*`
        clean = _MARKED_LAYOUT.sub(lambda m: m.group(0).replace("*", ""), clean)
        if "\\ " in clean:  # a layout joined by inline markup: `*yyyy*\ -\ *mm*\ -\ *ddThh*\ :\ *mm*\ :\ *ssZ*`
            clean = clean.replace("\\ ", "").replace("*", "")
        if kind in ("string", "any") and under_a_condition(s):
            pass  # `If parameter **fixed_ip** is set, you must specify the UUID.`: no format of this field
        elif kind in ("string", "any") and (of_another(s, cell) or another_form(s)):
            pass  # the format of a part, of a sibling or of another thing; or one of several forms
        elif kind in ("string", "any"):
            if (m := _LAYOUT.search(clean)) and m.group(5) and (not m.group(2) or zone_offset or m.group(1) == " "
                                                               or _NO_COLON.search(m.group(5))):
                # `YYYY-MM-DDThh:mmZ`: RFC 3339 requires the seconds, so no `date-time`; `yyyy-mm-ddThh:mm:ssZ` where
                # `Z indicates the time zone offset` (the docs' examples write `+0800`, which RFC 3339 rejects), or
                # the layout writes such an offset itself (`yyyy-MM-ddTHH:mm:ss.SSS+0800`, `+hhmm`); or a space
                # for the `T` (`yyyy-mm-dd hh:mm:ssZ`), which `date-time` checkers reject
                offset = _offset(m.group(5), zone_offset)
                out += [Finding("pattern", _layout_pattern(m)[:-1] + offset + "$", s), _named(m, s)]
            elif m and not m.group(5) and _ZONE_WORD.match(clean, m.end()):
                # a zone follows in a form the docs do not state clearly (`UTC`, `+0800`, `+00:00`): any text
                out += [Finding("pattern", _layout_pattern(m)[:-1] + ".+$", s), _named(m, s)]
            elif m and not m.group(5):
                out += [Finding("pattern", _layout_pattern(m), s), _named(m, s)]
            elif (m := _LITERAL.search(clean) or _LITERAL_IN.search(clean)) and not m.group(5):
                out += [Finding("pattern", _literal_pattern(m), s), _named(m, s)]
            elif zone_offset and ((m and m.group(5)) or (
                    (z := _DATE_TIME.search(clean)) and _OFFSET_SAID.search(z.group(1)))):
                out.append(Finding(AMBIGUOUS, _Z_OFFSET_WHY, s))
            elif m and m.group(5):
                out.append(Finding("format", "date-time", s))
            elif (m := _DATE_TIME.search(clean)) and _OFFSET_SAID.search(m.group(1)):
                out.append(Finding("format", "date-time", s))  # RFC 3339 needs the offset the layout writes
            elif m:
                pass  # `yyyy-MM-ddHH:mm:ss`: a layout with no offset is no `date-time`, and not clear enough for a
                # pattern (the `_LAYOUT` forms are)
            elif m := _HOUR_MINUTE.search(clean):
                out += [Finding("pattern", "^(?:[01]?[0-9]|2[0-3]):[0-5][0-9]$", s), _named(m, s)]
            elif m := COMPACT.search(clean):
                said = m.group(1) or m.group(2)
                clock = re.sub(r"['\"]", "", said[8:]).lower()
                sep, zone = ("T" if clock.startswith("t") else ""), ("Z" if clock.endswith("z") else "")
                out += [Finding("pattern", f"^{DAY}{sep}{TIME[clock.strip('tz')]}{zone}$", s),
                        Finding("x-format", said, s)]
            elif m := CLOCK_SECONDS.search(clean):
                out += [Finding("pattern", f"^{HOUR}:[0-5][0-9]:[0-5][0-9]$", s),
                        Finding("x-format", m.group(1) or m.group(2), s)]
            elif m := MONTH.search(clean):
                out += [Finding("pattern", MONTH_PATTERN, s), Finding("x-format", m.group(1) or m.group(2), s)]
            elif _UTC_OFFSET.search(clean):
                out += [Finding("pattern", "^UTC[+-][0-9]{2}:[0-5][0-9]$", s), Finding("x-format", "utc-offset", s)]
            elif m := CLOCK.search(clean):
                pattern, said = clock_pattern(m, cell.text)
                out += [Finding("pattern", pattern, f"{s} {said}".strip()), _named(m, s)]
            elif iso and not zone_offset and _ISO_Z.search(clean):
                out.append(Finding("format", "date-time", s))
            elif _RFC3339.search(clean) and not _RFC3339_OR.search(clean):
                out.append(Finding("format", "date-time", s))
            elif _DATE.search(clean):
                out.append(Finding("format", "date", s))
            elif _UUID.search(clean) and states_uuid(s, cell) \
                    and not _UUID_OR.search(clean) and not _UUID_ELSE.search(whole) and not _UUID_NAMED.search(s):
                out.append(Finding("format", "uuid", s))
            elif _BASE64.search(clean) and not _BASE64_OR.search(clean) and not _PEM.search(whole):
                out.append(Finding("format", "byte", s))
            elif _REGEX.search(clean):
                out.append(Finding("format", "regex", s))
            elif _CIDR.search(clean) and not SEPARATED_LIST.search(whole):
                out.append(Finding("x-format", "cidr", s))
            if (m := _UTC_RANGE.search(clean)) and _FULL_HOUR.search(clean):
                lo = int(m.group(2)) * (-1 if m.group(1) == "-" else 1)
                hi = int(m.group(4)) * (-1 if m.group(3) == "-" else 1)
                if lo == -12 and hi in (12, 14):
                    top = "1[0-2]" if hi == 12 else "1[0-4]"
                    out += [Finding("pattern", f"^UTC[+-](?:0[0-9]|{top}):00$", s),
                            Finding("x-format", "utc-offset", s)]
        if cell.kind in stamp_kinds and (said := _stamp_said(s)):
            if _UNIX_MS.search(said):
                out.append(Finding("x-format", "unix-ms", s))
            elif _UNIX_S.search(said):
                out.append(Finding("x-format", "unix-s", s))
    if kind in ("string", "any") and (opening := next(iter(sentences(cell.text)), "")) and \
            _CIDR_NAMED.match(clean_text(opening)) and not states_a_condition(opening) and \
            _CIDR_SHOWN.search(whole) and not _ADDRESS_OR.search(whole):
        out.append(Finding("x-format", "cidr", opening))
    seen: set[str] = set()
    unique = []
    for f in out:
        if f.keyword not in seen:
            seen.add(f.keyword)
            unique.append(f)
    return unique
