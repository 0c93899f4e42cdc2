"""The token stream of a JSON-like example body: strings are single tokens, so repairs never change text inside
them; helpers to step over whitespace and comments and to find where the first value closes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, NamedTuple

__all__ = ["CLOSERS", "Tok", "TokKind", "first_value_end", "is_punct", "is_sig", "join", "next_sig", "prev_sig",
           "tokenize"]

TokKind = Literal["str", "sq", "punct", "comment", "ellipsis", "word", "ws", "other"]


class Tok(NamedTuple):
    kind: TokKind
    text: str


_WS_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[A-Za-z0-9_$+-]+(?:\.[A-Za-z0-9_$+-]+)*")
_ELLIPSIS_RE = re.compile(r"\.{3,}|…+")
_PUNCT = frozenset("{}[]:,")
_OPENERS = frozenset("{[")
CLOSERS = frozenset("}]")


def _scan_double_quoted(text: str, start: int) -> int:
    """End offset (exclusive) of the string starting at `start`; unterminated strings run to the end."""
    i = start + 1
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == '"':
            return i + 1
        i += 1
    return n


def _scan_single_quoted(text: str, start: int) -> int | None:
    """End offset of a single-quoted string that closes on the same line, else None."""
    i = start + 1
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] != "\n":
            i += 2
            continue
        if ch == "'":
            return i + 1
        if ch == "\n":
            return None
        i += 1
    return None


def tokenize(text: str) -> list[Tok]:
    toks: list[Tok] = []
    last_sig = ""  # text of the last significant token, for deciding what a quote or word means
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        kind: TokKind
        if ch == '"':
            end = _scan_double_quoted(text, i)
            kind = "str"
        elif ch == "'" and last_sig in ("", "{", "[", ",", ":") and (sq_end := _scan_single_quoted(text, i)):
            end = sq_end
            kind = "sq"
        elif text.startswith("//", i):
            nl = text.find("\n", i)
            end = n if nl < 0 else nl
            kind = "comment"
        elif text.startswith("/*", i):
            close = text.find("*/", i + 2)
            end = n if close < 0 else close + 2
            kind = "comment"
        elif ch in _PUNCT:
            end = i + 1
            kind = "punct"
        elif (m := _WS_RE.match(text, i)) is not None:
            end = m.end()
            kind = "ws"
        elif (m := _ELLIPSIS_RE.match(text, i)) is not None:
            end = m.end()
            kind = "ellipsis"
        elif (m := _WORD_RE.match(text, i)) is not None:
            end = m.end()
            kind = "word"
        else:
            end = i + 1
            kind = "other"
        tok = Tok(kind, text[i:end])
        toks.append(tok)
        if kind not in ("ws", "comment"):
            last_sig = tok.text
        i = end
    return toks


def join(toks: Sequence[Tok]) -> str:
    return "".join(t.text for t in toks)


def is_sig(tok: Tok) -> bool:
    return tok.kind not in ("ws", "comment")


def next_sig(toks: Sequence[Tok], i: int) -> int | None:
    for j in range(i + 1, len(toks)):
        if is_sig(toks[j]):
            return j
    return None


def prev_sig(toks: Sequence[Tok], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if is_sig(toks[j]):
            return j
    return None


def is_punct(toks: Sequence[Tok], i: int | None, chars: str) -> bool:
    return i is not None and toks[i].kind == "punct" and toks[i].text in chars


def first_value_end(toks: Sequence[Tok]) -> int | None:
    """Index of the bracket closing the value opened by the first token, or None if it never closes."""
    depth = 0
    for i, tok in enumerate(toks):
        if tok.kind != "punct":
            continue
        if tok.text in _OPENERS:
            depth += 1
        elif tok.text in CLOSERS:
            depth -= 1
            if depth == 0:
                return i
    return None
