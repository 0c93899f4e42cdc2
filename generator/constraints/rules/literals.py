"""Literals as the docs write them: numbers (`NUM`, `to_number`), values typed like their field (`typed_value`),
case-free regexes of a word (`any_case`), and comparatives read as the bound they state (`inclusive_comparatives`).
`text` re-exports them; nothing here reads a cell."""

from __future__ import annotations

import math
import re
from typing import Any

__all__ = ["MAX_DIGITS", "NUM", "any_case", "inclusive_comparatives", "to_number", "typed_value"]

# a number as these docs write it: ASCII digits only, thousands separated by commas (`20,480`), a decimal point
# (`0.5`); not `1e999` (the lookahead keeps `1` of it from reading as a number). Read it with `to_number`.
NUM = r"-?[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|-?[0-9]+(?:\.[0-9]+)?(?![eE][+-]?[0-9])"


# Comparatives read as the bound they state: a negated one (`no more than 32`, `cannot be less than 1`, `not larger
# than`) and an inclusive one (`equal to or greater than 3`) are `at most` / `at least`, so that the exclusive
# patterns below never read `more than 32` out of `no more than 32` (the opposite bound) or `greater than 3` out of
# `equal to or greater than 3` (an exclusive one).
_NEGATED = (r"(?:\bno|\bnot|\bnever|\bcannot|\bcan't|\bcan not|\bmust not|\bmay not|\bshould not|\bshall not|"
            r"\bwill not|\bwon't|\bis not|\bisn't|\bare not|\baren't|\bdoes not|\bdo not)(?:\s+be)?\s+")
_MORE = r"(?:more|greater|larger|higher|bigger|longer)"
_FEWER = r"(?:less|fewer|smaller|lower|shorter)"
_AT_MOST = re.compile(rf"{_NEGATED}{_MORE}\s+than\b|{_NEGATED}exceed(?:ing)?\b|\bequal to or {_FEWER} than\b|"
                      rf"\b{_FEWER} than or equal to\b", re.I)
_AT_LEAST = re.compile(rf"{_NEGATED}{_FEWER}\s+than\b|\bequal to or {_MORE} than\b|\b{_MORE} than or equal to\b",
                       re.I)


def inclusive_comparatives(sentence: str) -> str:
    """`sentence` with every negated or inclusive comparative written `at most` / `at least`."""
    return _AT_LEAST.sub("at least", _AT_MOST.sub("at most", sentence))


_NUMBER = re.compile(r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
MAX_DIGITS = 19  # int64 bounds (`-9223372036854775808 to 9223372036854775807`) have 19; no docs number has more


def to_number(text: str, max_digits: int = MAX_DIGITS) -> int | float | None:
    """The number a docs literal states (`1,024` -> 1024, `0.5`, `-1`), or None when it is not one: other
    characters, non-ASCII digits (`int()` would read Arabic-Indic digits; these docs never write a bound so),
    or more than `max_digits` digits (`float()` would give infinity, `int()` refuse past 4,300). Never raises."""
    text = text.strip()
    if not _NUMBER.fullmatch(text) or sum(c.isdigit() for c in text) > max_digits:
        return None
    plain = text.replace(",", "")
    if "." in plain:
        value = float(plain)
        return value if math.isfinite(value) else None
    return int(plain)


def typed_value(value: str, kind: str) -> Any:
    """A literal from the docs, typed like its field; None when it does not fit the type."""
    v = value.strip().strip(".,;:")
    if kind == "boolean":
        return {"true": True, "false": False}.get(v.lower())
    if kind == "integer":
        number = to_number(v)
        return number if isinstance(number, int) else None
    if kind == "number":
        return to_number(v)
    if kind in ("string", "any"):
        if v in ('""', "''"):
            return ""  # `Its value is **""**.`: the empty string, not two quote characters
        return v if v else None
    return None


def any_case(value: str) -> str:
    """A regex for `value` in any case: `Ha` -> `[Hh][Aa]`."""
    return "".join(f"[{c.upper()}{c.lower()}]" if c.upper() != c.lower() else re.escape(c) for c in value)
