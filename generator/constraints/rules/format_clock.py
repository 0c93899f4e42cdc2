"""Format: the layouts of a time of day and the compact ones, each the whole stated format: a clock `hh:mm` or a
`hh:mm-HH:MM` window (its minutes limited where a sentence lists them), `hh:mm:ss`, `yyyyMMdd[THHmmss[Z]]` and a
month `yyyy-MM`."""

from __future__ import annotations

import functools
import re

from generator.constraints.rules.text import bold_values, sentences

__all__ = ["CLOCK", "CLOCK_SECONDS", "COMPACT", "DAY", "HOUR", "MONTH", "MONTH_PATTERN", "TIME", "clock_pattern"]


HOUR = "(?:[01][0-9]|2[0-3])"
# `in the hh:mm-HH:MM format`, `The format is hh:mm.`, `Format: hh:mm-HH:MM.`, `Format: *hh:mm*-*HH:mm*` (italic
# placeholders): a clock or a window of two, the whole stated format
CLOCK = re.compile(r"[\"“']?\b(hh:mm)(?:\s*-\s*(hh:mm))?\b[\"”']?\s*format|"
                   r"\bformat(?: of| is|\s*[:：])?\s*[\"“'*]?(hh:mm)\*?(?:\s*-\s*\*?(hh:mm))?\b(?!:)", re.I)
# `mm and MM must be the same and can be **00** or **30**`, `The minute must be **00**, **15**, **30**, or **45**.`
_MINUTES = re.compile(r"\bmm\b.*\bMM\b.*\bmust be\b|(?i:\bthe minutes? (?:value )?(?:must|can only) be\b)")


# layouts spelled with letters and no separators, or a clock with seconds, that are the whole stated format: `in the
# YYYYMMDDHHMMSS format`, `The date format is yyyyMMdd.`, `The format is HH:mm:ss.`; not a part of a longer layout
# (`The time format is EEE, dd MMM yyyy HH:mm:ss z.`)
def _whole_format(layout: str) -> re.Pattern[str]:
    return re.compile(rf"\bformat(?: is| of)?\s*[:：]?\s*[\"“'`]?({layout})[\"”'`]?(?=\s*(?:[.,;)]|$))|"
                      rf"\b(?:in|the|in the)\s+[\"“'`]?({layout})[\"”'`]?\s+format\b", re.I)


# (`YYYYMMDD'T'HHMMSS'Z'`: the `T` and the `Z` are literal)
COMPACT = _whole_format(r"yyyymmdd(?:(?:['\"]?t['\"]?)?hhmm(?:ss)?(?:['\"]?z['\"]?)?)?")
CLOCK_SECONDS = _whole_format(r"hh:mm:ss")
DAY = "[0-9]{4}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
TIME = {"": "", "hhmm": f"{HOUR}[0-5][0-9]", "hhmmss": f"{HOUR}[0-5][0-9][0-5][0-9]"}
# `Format: YYYY-MM.`, `in the yyyy-MM format`: a month (not `YYYY-MM-DD`, a date)
MONTH = _whole_format(r"yyyy-mm")
MONTH_PATTERN = "^[0-9]{4}-(?:0[1-9]|1[0-2])$"


@functools.lru_cache(maxsize=64)
def _listed_minutes(text: str) -> tuple[tuple[str, ...], str]:
    """The minute values a `mm ... MM must be` sentence of the cell lists, and that sentence; read once per cell, not
    once per clock the cell writes (a long cell writes many)."""
    minutes: tuple[str, ...] = ("[0-5][0-9]",)
    said = ""
    for s in sentences(text):
        if _MINUTES.search(s.replace("**", "")):
            listed = tuple(v for v in bold_values(s) if re.fullmatch(r"[0-5][0-9]", v))
            if listed:
                minutes, said = listed, s
    return minutes, said


def clock_pattern(m: re.Match[str], text: str) -> tuple[str, str]:
    """`HH:MM` or a `hh:mm-HH:MM` window; minutes limited to the values a `mm ... MM must be` sentence lists.
    Returns the pattern and that sentence ('' when there is none)."""
    window = bool(m.group(2) or m.group(4))
    listed, said = _listed_minutes(text)
    minutes = list(listed)
    if not window:
        return f"^{HOUR}:(?:{'|'.join(minutes)})$", said
    if len(minutes) == 1 and minutes[0] != "[0-5][0-9]":
        return f"^{HOUR}:{minutes[0]}-{HOUR}:{minutes[0]}$", said
    if minutes != ["[0-5][0-9]"]:  # `must be the same` and listed: each minute value on both ends
        return "^(?:" + "|".join(f"{HOUR}:{mm}-{HOUR}:{mm}" for mm in minutes) + ")$", said
    return f"^{HOUR}:[0-5][0-9]-{HOUR}:[0-5][0-9]$", said
