"""A JSON example body loaded: strictly first (`json.loads`); only when that fails is it repaired, conservatively,
on its tokens (`tokens`), never touching the text inside a JSON string. Every repair that changed something is
recorded, in the order of `REPAIR_CODES`:

  ``prose-lines``         a few lines of prose before the body, or text after it, were dropped
  ``several-values``      more than one top-level value: the first one is kept
  ``comment``             ``//`` line comments and ``/* */`` comments outside strings were removed
  ``ellipsis``            ``...`` / ``…`` standing for elided elements were removed (never a value)
  ``control-characters``  raw control characters inside strings (loaded with ``strict=False``)
  ``single-quotes``       ``'...'`` strings were rewritten as JSON strings
  ``unquoted-keys``       bare identifiers used as object keys were quoted
  ``missing-comma``       a comma was inserted between a value and a ``"key":`` on the next line
  ``trailing-comma``      commas before ``}`` / ``]`` were removed

A number beyond a 64-bit float (``1e999``, which Python reads as infinity) or an escaped lone UTF-16 surrogate
(``"\\ud800"``) is valid JSON syntax but no value a spec can hold; like ``NaN`` and ``Infinity`` it makes the
example a failure (`SniffedBlock.error`), never a value replaced by another.

Nothing is ever invented: unquoted values (``"code": XXX``), missing values, unbalanced brackets, unescaped
quotes inside strings stay failures, with the error naming the reason and the 1-based line within the block.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from generator.rst.examples.block import line_index
from generator.rst.examples.tokens import (
    CLOSERS,
    Tok,
    first_value_end,
    is_punct,
    is_sig,
    join,
    next_sig,
    prev_sig,
    tokenize,
)

__all__ = ["Loaded", "load_body", "loads"]

_LITERALS = frozenset({"true", "false", "null"})
_NUMBER_RE = re.compile(r"^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$")
_IDENT_RE = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$.-]*$")


# --------------------------------------------------------------------------------------------------
# Repairs: each takes the token list and returns a new one; unchanged output means "not needed".


def _drop_comments(toks: Sequence[Tok]) -> list[Tok]:
    # A block comment keeps its newlines so that error line numbers stay right.
    return [Tok("ws", "\n" * t.text.count("\n")) if t.kind == "comment" else t for t in toks]


def _drop_ellipses(toks: Sequence[Tok]) -> list[Tok]:
    """Remove ``...`` standing as an element (between separators), with one adjacent comma."""
    out = list(toks)
    i = 0
    while i < len(out):
        if out[i].kind != "ellipsis":
            i += 1
            continue
        prev, nxt = prev_sig(out, i), next_sig(out, i)
        # At the very end of a block, "..." marks a truncated example: nothing to remove there.
        if not (is_punct(out, prev, "{[,") and is_punct(out, nxt, ",}]")):
            i += 1
            continue
        assert prev is not None and nxt is not None
        if out[nxt].text == ",":
            del out[nxt]
            del out[i]
        elif out[prev].text == ",":
            del out[i]
            del out[prev]
            i = prev
        else:
            del out[i]
    return out


def _has_control_characters(toks: Sequence[Tok]) -> bool:
    return any(t.kind == "str" and any(ord(c) < 0x20 for c in t.text) for t in toks)


def _single_to_double(text: str) -> str:
    inner = text[1:-1]
    out: list[str] = []
    i = 0
    while i < len(inner):
        ch = inner[i]
        if ch == "\\" and i + 1 < len(inner):
            nxt = inner[i + 1]
            out.append("'" if nxt == "'" else ch + nxt)
            i += 2
            continue
        out.append('\\"' if ch == '"' else ch)
        i += 1
    return '"' + "".join(out) + '"'


def _convert_single_quotes(toks: Sequence[Tok]) -> list[Tok]:
    return [Tok("str", _single_to_double(t.text)) if t.kind == "sq" else t for t in toks]


def _quote_keys(toks: Sequence[Tok]) -> list[Tok]:
    out = list(toks)
    for i, tok in enumerate(out):
        if tok.kind != "word" or tok.text in _LITERALS or not _IDENT_RE.match(tok.text):
            continue
        if is_punct(out, prev_sig(out, i), "{,") and is_punct(out, next_sig(out, i), ":"):
            out[i] = Tok("str", json.dumps(tok.text))
    return out


def _is_value_end(toks: Sequence[Tok], i: int) -> bool:
    tok = toks[i]
    if tok.kind == "punct":
        return tok.text in CLOSERS
    if tok.kind == "str":
        return not is_punct(toks, next_sig(toks, i), ":")
    if tok.kind == "word":
        return tok.text in _LITERALS or bool(_NUMBER_RE.match(tok.text))
    return False


def _insert_missing_commas(toks: Sequence[Tok]) -> list[Tok]:
    """``"a": "x"`` NEWLINE ``"b": ...`` -> a comma after ``"x"``. Only across a line break."""
    out: list[Tok] = []
    for i, tok in enumerate(toks):
        out.append(tok)
        if not is_sig(tok) or not _is_value_end(toks, i):
            continue
        nxt = next_sig(toks, i)
        if nxt is None or toks[nxt].kind != "str" or not is_punct(toks, next_sig(toks, nxt), ":"):
            continue
        if "\n" in join(toks[i + 1 : nxt]):
            out.append(Tok("punct", ","))
    return out


def _drop_trailing_commas(toks: Sequence[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for i, tok in enumerate(toks):
        if tok.kind == "punct" and tok.text == ",":
            j = next_sig(toks, i)
            while j is not None and is_punct(toks, j, ","):
                j = next_sig(toks, j)
            if j is not None and is_punct(toks, j, "}]"):
                continue
        out.append(tok)
    return out


# --------------------------------------------------------------------------------------------------
# JSON loading


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-standard constant {name}")


class _NoJsonValue(ValueError):
    """Valid JSON syntax for a value no JSON tool can hold: a number beyond a double, a lone surrogate.

    Such an example is not loaded (like ``NaN`` or ``Infinity``): any value put in its place would be invented.
    """

    def __init__(self, msg: str, lineno: int) -> None:
        super().__init__(f"line {lineno}: {msg}")
        self.msg = msg
        self.lineno = lineno


class _Overflow(ValueError):
    def __init__(self, literal: str) -> None:
        super().__init__(literal)
        self.literal = literal


def _finite_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise _Overflow(literal)
    return value


# An escaped surrogate pair (skipped: json.loads joins it into one character) or a single escaped surrogate.
_SURROGATE_ESCAPE_RE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|(\\u[dD][89a-fA-F][0-9a-fA-F]{2})")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return _SURROGATE_RE.search(value) is not None
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    return False


def loads(text: str, strict: bool = True) -> Any:
    try:
        value = json.loads(text, strict=strict, parse_constant=_reject_constant, parse_float=_finite_float)
    except _Overflow as exc:
        found = re.search(rf"(?<![\w.+-]){re.escape(exc.literal)}(?![\w.])", text)
        raise _NoJsonValue(f"the number {exc.literal} is beyond a 64-bit float (it would be read as infinity)",
                           line_index(text, found.start()) + 1 if found else 1) from None
    if _has_lone_surrogate(value):
        lone = next((m for m in _SURROGATE_ESCAPE_RE.finditer(text) if m.group(1)), None)
        escape = lone.group(1) if lone else "a \\uD800-\\uDFFF escape"
        raise _NoJsonValue(f"{escape} is one half of a UTF-16 surrogate pair, not a character "
                           "(no UTF-8 text can hold it)", line_index(text, lone.start()) + 1 if lone else 1)
    return value


def _describe(exc: ValueError, line_offset: int) -> str:
    if isinstance(exc, json.JSONDecodeError | _NoJsonValue):
        return f"line {line_offset + exc.lineno}: {exc.msg}"
    return str(exc)


@dataclass(frozen=True)
class Loaded:
    value: Any
    has_json: bool
    repairs: tuple[str, ...]
    error: str | None


def load_body(body: str, line_offset: int, repairs: Sequence[str] = ()) -> Loaded:
    """Load a JSON body that starts with ``{`` or ``[``; `line_offset` maps body lines to block lines."""
    applied = list(repairs)
    try:
        return Loaded(loads(body), True, tuple(applied), None)
    except ValueError:
        pass
    toks = tokenize(body)
    end = first_value_end(toks)
    unbalanced = end is None
    if end is not None:
        rest = toks[end + 1 :]
        if any(is_sig(t) for t in rest):
            first = rest[next_sig(rest, -1) or 0]
            # Structural tokens after the value mean a bracket went astray: do not cut there.
            if not (first.kind == "str" or (first.kind == "punct" and first.text in ",:}]")):
                rest_text = join(rest)
                several = any(line.lstrip()[:1] in ("{", "[") for line in rest_text.splitlines())
                applied.append("several-values" if several else "prose-lines")
                toks = toks[: end + 1]
        else:
            toks = toks[: end + 1] + [t for t in rest if t.kind == "comment"]

    steps = (
        ("comment", _drop_comments),
        ("ellipsis", _drop_ellipses),
        ("single-quotes", _convert_single_quotes),
        ("unquoted-keys", _quote_keys),
        ("missing-comma", _insert_missing_commas),
        ("trailing-comma", _drop_trailing_commas),
    )
    strict = True
    for code, step in steps:
        if code == "single-quotes" and _has_control_characters(toks):
            applied.append("control-characters")
            strict = False
        new = step(toks)
        if new != toks:
            applied.append(code)
            toks = new
    ordered = tuple(dict.fromkeys(applied))
    try:
        return Loaded(loads(join(toks), strict=strict), True, ordered, None)
    except ValueError as exc:
        error = _describe(exc, line_offset)
        if unbalanced:
            error += " (brackets never balance: truncated example?)"
        return Loaded(None, False, ordered, error)
