"""Numeric range: the symbols, dashes and interval notations of a range, written in the words `rule_range` reads
(`1—100`, `1 through 100`, `≥ 1`, `1 ≤ value ≤ 100`, a bare `[1, 65535]`, `(0,100]`)."""

from __future__ import annotations

import re

from generator.constraints.rules.text import NUM

__all__ = ["in_words"]


# `1—100`, `1～100`, `1 through 100`: the other dashes, the full-width tilde and `through` between two numbers, as `-`;
# `≥ 1`, `<= 100`: the symbols before a number, in words; `1 ≤ value ≤ 100`, `0 < x ≤ 100`: the value between two
# symbols; a sentence that is only `[1, 65535]`: a range
_DASH = re.compile(rf"(?<=[0-9*])\s*(?:[—～]|\s+through\s+)\s*(?=(?:\*\*)?{NUM})", re.I)
_BETWEEN_SYMBOLS = re.compile(rf"^(?P<pre>(?:-\s+)?(?:(?:value |valid )?range\s*[:：]\s*)?)(?P<lo>{NUM})\s*"
                              rf"(?P<a><=|≤|<)\s*"
                              rf"(?:x|n|v|value|the value)\s*(?P<b><=|≤|<)\s*(?P<hi>{NUM})\.?$", re.I)
_SYMBOL = re.compile(rf"(?<![<>=≤≥])(≤|<=|≥|>=|<|>)\s*(?=(?:\*\*)?{NUM})")
_SYMBOL_WORDS = {"≤": "at most ", "<=": "at most ", "≥": "at least ", ">=": "at least ", "<": "less than ",
                 ">": "greater than "}
_ONLY_BRACKETS = re.compile(rf"^(?:-\s+)?(?=\[\s*(?:\*\*)?(?:{NUM})(?:\*\*)?\s*,\s*(?:\*\*)?(?:{NUM})(?:\*\*)?\s*\]"
                            r"\.?$)")


# `Length ≤ 64`, `x > 0`, `0 < n`: a symbol beside a name (not `be`, `is`, `value`): another quantity's bound
_NAMED_SIDE = re.compile(r"[<>≤≥]\s*[A-Za-z_]|(?<![\w])(?!(?:be|is|are|value|values|range)\b)[A-Za-z_][\w.]*"
                         r"\s*[<>≤≥]", re.I)


# `(0,100]`, `[1, 100)`: an interval with an open end (`[1, 100]` is read as a range); `Valid values: (0, 0.5]`,
# `in the closed interval [0, 6]`: an interval after the words that name it
_INTERVAL = re.compile(rf"(?P<cue>\brange(?:\s+is)?\s*[:：]?\s*|\b(?:in|within)\s+"
                       rf"(?:the\s+(?:(?:closed|open|half-open)\s+)?"
                       rf"(?:range|interval)\s+)?|\bvalid values?(?:\s+(?:is|are))?\s*[:：]?\s*)"
                       rf"(?:\*\*)?([(\[])\s*(?:\*\*)?({NUM})(?:\*\*)?\s*,\s*(?:\*\*)?({NUM})(?:\*\*)?\s*([)\]])"
                       r"(?:\*\*)?(?![\w(\[])",
                       re.I)


def _interval(m: re.Match[str]) -> str:
    opening, lo, hi, closing = m.group(2, 3, 4, 5)
    if opening == "[" and closing == "]" and not re.search(r"\binterval\b|\bvalid\b", m["cue"], re.I):
        return m.group(0)
    low = "at least" if opening == "[" else "greater than"
    high = "at most" if closing == "]" else "less than"
    return f"{m['cue']}{low} {lo} and {high} {hi}"


# `**Value range**: 1 to 100`, `**Maximum**: 100`: a bold range label, as a plain one
_BOLD_LABEL = re.compile(r"^(\s*(?:-\s+)?)\*\*((?:value |valid )?range|(?:valid )?values?|"
                         r"(?:minimum|maximum|min\.?|max\.?)(?: value)?|constraints?)\*\*(?=\s*[:：])", re.I)


def in_words(text: str) -> str:
    """`text` with its symbols, other dashes and open intervals written as the words the range rule reads."""
    text = _BOLD_LABEL.sub(r"\1\2", text)
    text = _INTERVAL.sub(_interval, _ONLY_BRACKETS.sub("Value range: ", _DASH.sub("-", text)))
    if m := _BETWEEN_SYMBOLS.match(text):
        low = "at least" if m["a"] != "<" else "greater than"
        high = "at most" if m["b"] != "<" else "less than"
        return f"{m['pre']}The value is {low} {m['lo']} and {high} {m['hi']}."
    if not _NAMED_SIDE.search(text):
        text = _SYMBOL.sub(lambda m: _SYMBOL_WORDS[m.group(1)], text)
    return text
