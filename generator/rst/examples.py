"""Sniff what an example code block holds: JSON, a raw HTTP request, XML, a curl command or text.

No code block in the API reference declares its language, so the content decides. `sniff_block` takes the
text of one block (docutils ``literal_block.astext()``) and returns a `SniffedBlock`.

JSON loading is strict first (`json.loads`). Only when that fails is the block taken apart:

* an HTTP envelope in front of the body is normal documentation style, not a defect. Request lines
  (``POST https://{endpoint}/v3/...``, ``GET /v2/x HTTP/1.1``, a bare URL with no method), status lines
  (``HTTP/1.1 200 OK``, ``200 OK``, ``Status code: 200``) and header lines (``Content-Type: ...``) are
  stripped and reported in `SniffedBlock.request_line` / `SniffedBlock.status`, never in `repairs`;
* genuine document defects are repaired conservatively, by a small tokenizer that never touches the text
  inside a JSON string. Every repair that changed something is recorded, in the order of `REPAIR_CODES`:

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
quotes inside strings and members without the enclosing braces stay failures, with `SniffedBlock.error`
naming the reason and the 1-based line within the block.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

__all__ = ["REPAIR_CODES", "Kind", "SniffedBlock", "sniff_block"]

Kind = Literal["json", "http", "xml", "curl", "text", "empty"]

REPAIR_CODES: tuple[str, ...] = (
    "prose-lines",
    "several-values",
    "comment",
    "ellipsis",
    "control-characters",
    "single-quotes",
    "unquoted-keys",
    "missing-comma",
    "trailing-comma",
)


@dataclass(frozen=True)
class SniffedBlock:
    """What one example code block holds.

    `kind` describes the payload: ``json`` (also when it follows an HTTP request or status line), ``xml``
    (also after an HTTP envelope), ``http`` (request/status/header lines with no JSON or XML body),
    ``curl``, ``text`` or ``empty``. `request_line` is ``(METHOD, url)``; METHOD is ``""`` when the block
    gives a bare URL or path with no method. `status` is the three-digit HTTP status code as a string.
    `repairs` lists the codes of `REPAIR_CODES` that were applied, also when loading still failed.
    """

    kind: Kind
    value: Any
    has_json: bool
    repairs: tuple[str, ...]
    error: str | None
    request_line: tuple[str, str] | None
    status: str | None
    xml: str | None = None  # kind `xml`: the XML document, without the HTTP envelope in front of it


# --------------------------------------------------------------------------------------------------
# Line classification (request, status and header lines, prose)

_METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT")
_METHOD_ALT = "|".join(_METHODS)
_URL_TOKEN = r"(?:https?://\S+|/\S*|\{[^\s}]*\}+\S*|\*|[\w-]+(?:\.[\w-]+)+(?::\d+)?/\S*)"
_REQUEST_RE = re.compile(rf"^(?P<method>{_METHOD_ALT})(?:\s+|(?=/))(?P<url>{_URL_TOKEN})(?P<rest>.*)$")
_BARE_URL_RE = re.compile(r"^(?:https?://\S+|/[\w{}.~%-][^\s]*|\{[^\s}]*\}+/\S*)$")
_HTTP_VERSION_RE = re.compile(r"^HTTP/\d(?:\.\d)?$")
_URL_CONTINUATION_RE = re.compile(r"^[\w{}.~%-][^\s]*$")
_STATUS_RES = (
    re.compile(r"^HTTP/\d(?:\.\d)?\s+(\d{3})\b.*$"),
    re.compile(r"^(\d{3})\s+[A-Z][A-Za-z' -]*$"),
    re.compile(r"^\**\s*Status(?:\s+code)?\s*:?\s*\**\s*(\d{3})\b.*$", re.IGNORECASE),
)
_STATUS_TEMPLATE_RE = re.compile(r"^HTTP/\d(?:\.\d)?\s+\S.*$")
_HEADER_RE = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9-]*):\s*\S")
_ONE_WORD_HEADERS = frozenset(
    {
        "accept", "age", "allow", "authorization", "connection", "cookie", "date", "etag", "expect",
        "expires", "host", "link", "location", "origin", "pragma", "range", "referer", "server", "upgrade",
        "vary", "via", "warning",
    }
)  # fmt: skip
_FRAGMENT_RE = re.compile(r'^"[^"\n]*"\s*:')
_DATA_PLACEHOLDER_RE = re.compile(r"^\[[^\[\]{}\"':,]*[A-Za-z]{2,}[^\[\]{}\"':,]*\]$")
_CURL_RE = re.compile(r"^(?:\$\s*)?curl(?:\s|$)")
_MAX_PROSE_LINES = 3
_MAX_PROSE_LENGTH = 300
_CODE_LINE_ENDINGS = ("{", "[", "(", "=", "\\", ",", ";")


def _parse_request_line(line: str) -> tuple[str, str] | None:
    """``POST https://{endpoint}/v3/x`` -> (POST, url); a bare URL or absolute path -> ("", url)."""
    match = _REQUEST_RE.match(line)
    if match:
        url = match.group("url")
        rest = match.group("rest").split()
        # A URL split by a stray space ("/instances/ 49b9.../sql-limit") is joined again.
        if url.endswith("/") and rest and _URL_CONTINUATION_RE.match(rest[0]) and not _HTTP_VERSION_RE.match(rest[0]):
            url += rest[0]
        return match.group("method"), url
    if _BARE_URL_RE.match(line):
        return "", line
    return None


def _parse_status_line(line: str) -> str | None:
    """The three-digit code of a status line, ``""`` for a templated one (``HTTP/1.1 status_code``)."""
    for pattern in _STATUS_RES:
        match = pattern.match(line)
        if match:
            return match.group(1)
    if _STATUS_TEMPLATE_RE.match(line):
        return ""
    return None


def _is_header_line(line: str) -> bool:
    match = _HEADER_RE.match(line)
    if not match:
        return False
    name = match.group("name")
    return "-" in name or name.lower() in _ONE_WORD_HEADERS


def _is_prose_line(line: str) -> bool:
    return len(line) <= _MAX_PROSE_LENGTH and not line.endswith(_CODE_LINE_ENDINGS)


def _line_of(text: str, offset: int) -> int:
    """0-based line index of character `offset` in `text`."""
    return text.count("\n", 0, offset)


# --------------------------------------------------------------------------------------------------
# Tokenizer: strings are single tokens, so repairs never change text inside them.

TokKind = Literal["str", "sq", "punct", "comment", "ellipsis", "word", "ws", "other"]


class _Tok(NamedTuple):
    kind: TokKind
    text: str


_WS_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[A-Za-z0-9_$+-]+(?:\.[A-Za-z0-9_$+-]+)*")
_ELLIPSIS_RE = re.compile(r"\.{3,}|…+")
_PUNCT = frozenset("{}[]:,")
_OPENERS = frozenset("{[")
_CLOSERS = frozenset("}]")
_LITERALS = frozenset({"true", "false", "null"})
_NUMBER_RE = re.compile(r"^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$")
_IDENT_RE = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$.-]*$")


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


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
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
        tok = _Tok(kind, text[i:end])
        toks.append(tok)
        if kind not in ("ws", "comment"):
            last_sig = tok.text
        i = end
    return toks


def _join(toks: Sequence[_Tok]) -> str:
    return "".join(t.text for t in toks)


def _is_sig(tok: _Tok) -> bool:
    return tok.kind not in ("ws", "comment")


def _next_sig(toks: Sequence[_Tok], i: int) -> int | None:
    for j in range(i + 1, len(toks)):
        if _is_sig(toks[j]):
            return j
    return None


def _prev_sig(toks: Sequence[_Tok], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if _is_sig(toks[j]):
            return j
    return None


def _is_punct(toks: Sequence[_Tok], i: int | None, chars: str) -> bool:
    return i is not None and toks[i].kind == "punct" and toks[i].text in chars


def _first_value_end(toks: Sequence[_Tok]) -> int | None:
    """Index of the bracket closing the value opened by the first token, or None if it never closes."""
    depth = 0
    for i, tok in enumerate(toks):
        if tok.kind != "punct":
            continue
        if tok.text in _OPENERS:
            depth += 1
        elif tok.text in _CLOSERS:
            depth -= 1
            if depth == 0:
                return i
    return None


# --------------------------------------------------------------------------------------------------
# Repairs: each takes the token list and returns a new one; unchanged output means "not needed".


def _drop_comments(toks: Sequence[_Tok]) -> list[_Tok]:
    # A block comment keeps its newlines so that error line numbers stay right.
    return [_Tok("ws", "\n" * t.text.count("\n")) if t.kind == "comment" else t for t in toks]


def _drop_ellipses(toks: Sequence[_Tok]) -> list[_Tok]:
    """Remove ``...`` standing as an element (between separators), with one adjacent comma."""
    out = list(toks)
    i = 0
    while i < len(out):
        if out[i].kind != "ellipsis":
            i += 1
            continue
        prev, nxt = _prev_sig(out, i), _next_sig(out, i)
        # At the very end of a block, "..." marks a truncated example: nothing to remove there.
        if not (_is_punct(out, prev, "{[,") and _is_punct(out, nxt, ",}]")):
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


def _has_control_characters(toks: Sequence[_Tok]) -> bool:
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


def _convert_single_quotes(toks: Sequence[_Tok]) -> list[_Tok]:
    return [_Tok("str", _single_to_double(t.text)) if t.kind == "sq" else t for t in toks]


def _quote_keys(toks: Sequence[_Tok]) -> list[_Tok]:
    out = list(toks)
    for i, tok in enumerate(out):
        if tok.kind != "word" or tok.text in _LITERALS or not _IDENT_RE.match(tok.text):
            continue
        if _is_punct(out, _prev_sig(out, i), "{,") and _is_punct(out, _next_sig(out, i), ":"):
            out[i] = _Tok("str", json.dumps(tok.text))
    return out


def _is_value_end(toks: Sequence[_Tok], i: int) -> bool:
    tok = toks[i]
    if tok.kind == "punct":
        return tok.text in _CLOSERS
    if tok.kind == "str":
        return not _is_punct(toks, _next_sig(toks, i), ":")
    if tok.kind == "word":
        return tok.text in _LITERALS or bool(_NUMBER_RE.match(tok.text))
    return False


def _insert_missing_commas(toks: Sequence[_Tok]) -> list[_Tok]:
    """``"a": "x"`` NEWLINE ``"b": ...`` -> a comma after ``"x"``. Only across a line break."""
    out: list[_Tok] = []
    for i, tok in enumerate(toks):
        out.append(tok)
        if not _is_sig(tok) or not _is_value_end(toks, i):
            continue
        nxt = _next_sig(toks, i)
        if nxt is None or toks[nxt].kind != "str" or not _is_punct(toks, _next_sig(toks, nxt), ":"):
            continue
        if "\n" in _join(toks[i + 1 : nxt]):
            out.append(_Tok("punct", ","))
    return out


def _drop_trailing_commas(toks: Sequence[_Tok]) -> list[_Tok]:
    out: list[_Tok] = []
    for i, tok in enumerate(toks):
        if tok.kind == "punct" and tok.text == ",":
            j = _next_sig(toks, i)
            while j is not None and _is_punct(toks, j, ","):
                j = _next_sig(toks, j)
            if j is not None and _is_punct(toks, j, "}]"):
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


def _loads(text: str, strict: bool = True) -> Any:
    try:
        value = json.loads(text, strict=strict, parse_constant=_reject_constant, parse_float=_finite_float)
    except _Overflow as exc:
        found = re.search(rf"(?<![\w.+-]){re.escape(exc.literal)}(?![\w.])", text)
        raise _NoJsonValue(f"the number {exc.literal} is beyond a 64-bit float (it would be read as infinity)",
                           _line_of(text, found.start()) + 1 if found else 1) from None
    if _has_lone_surrogate(value):
        lone = next((m for m in _SURROGATE_ESCAPE_RE.finditer(text) if m.group(1)), None)
        escape = lone.group(1) if lone else "a \\uD800-\\uDFFF escape"
        raise _NoJsonValue(f"{escape} is one half of a UTF-16 surrogate pair, not a character "
                           "(no UTF-8 text can hold it)", _line_of(text, lone.start()) + 1 if lone else 1)
    return value


def _describe(exc: ValueError, line_offset: int) -> str:
    if isinstance(exc, json.JSONDecodeError | _NoJsonValue):
        return f"line {line_offset + exc.lineno}: {exc.msg}"
    return str(exc)


@dataclass(frozen=True)
class _Loaded:
    value: Any
    has_json: bool
    repairs: tuple[str, ...]
    error: str | None


def _load_body(body: str, line_offset: int, repairs: Sequence[str] = ()) -> _Loaded:
    """Load a JSON body that starts with ``{`` or ``[``; `line_offset` maps body lines to block lines."""
    applied = list(repairs)
    try:
        return _Loaded(_loads(body), True, tuple(applied), None)
    except ValueError:
        pass
    toks = _tokenize(body)
    end = _first_value_end(toks)
    unbalanced = end is None
    if end is not None:
        rest = toks[end + 1 :]
        if any(_is_sig(t) for t in rest):
            first = rest[_next_sig(rest, -1) or 0]
            # Structural tokens after the value mean a bracket went astray: do not cut there.
            if not (first.kind == "str" or (first.kind == "punct" and first.text in ",:}]")):
                rest_text = _join(rest)
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
        return _Loaded(_loads(_join(toks), strict=strict), True, ordered, None)
    except ValueError as exc:
        error = _describe(exc, line_offset)
        if unbalanced:
            error += " (brackets never balance: truncated example?)"
        return _Loaded(None, False, ordered, error)


# --------------------------------------------------------------------------------------------------
# curl


@dataclass(frozen=True)
class _Word:
    """A shell word; `parts` keeps each piece with whether it was quoted."""

    parts: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(p for p, _ in self.parts)


def _shell_words(line: str) -> Iterator[_Word]:
    """Split like a POSIX shell, leniently: an unterminated quote runs to the end of the line."""
    parts: list[tuple[str, bool]] = []
    buf: list[str] = []
    i = 0
    n = len(line)

    def flush_buf(quoted: bool) -> None:
        if buf:
            parts.append(("".join(buf), quoted))
            buf.clear()

    while i < n:
        ch = line[i]
        if ch.isspace():
            flush_buf(False)
            if parts:
                yield _Word(tuple(parts))
                parts = []
            i += 1
        elif ch == "'":
            flush_buf(False)
            close = line.find("'", i + 1)
            close = n if close < 0 else close
            parts.append((line[i + 1 : close], True))
            i = close + 1
        elif ch == '"':
            flush_buf(False)
            j = i + 1
            chunk: list[str] = []
            while j < n and line[j] != '"':
                if line[j] == "\\" and j + 1 < n and line[j + 1] in '"\\$`':
                    j += 1
                chunk.append(line[j])
                j += 1
            parts.append(("".join(chunk), True))
            i = j + 1
        elif ch == "\\" and i + 1 < n:
            buf.append(line[i + 1])
            i += 2
        else:
            buf.append(ch)
            i += 1
    flush_buf(False)
    if parts:
        yield _Word(tuple(parts))


_CURL_DATA_OPTS = ("--data-binary", "--data-raw", "--data-ascii", "--data-urlencode", "--data", "-d")
_CURL_ARG_OPTS = frozenset(
    {
        "-H", "--header", "-F", "--form", "-u", "--user", "-o", "--output", "-A", "--user-agent", "-e",
        "--referer", "-b", "--cookie", "-c", "--cookie-jar", "--cacert", "--cert", "--key", "-T",
        "--upload-file", "-w", "--write-out", "-m", "--max-time", "--connect-timeout", "-x", "--proxy",
        "-E", "-K", "--config", "-r", "--range",
    }
)  # fmt: skip
_URLISH_RE = re.compile(r"^(?:https?://|/|\{)")


def _curl_split_data(word: _Word, prefix_len: int) -> tuple[str, str | None]:
    """Payload of a data word, and a URL glued onto it without a space (``-d '{...}'https://...``)."""
    parts = list(word.parts)
    head, quoted = parts[0]
    parts[0] = (head[prefix_len:], quoted)
    parts = [p for p in parts if p[0]]
    if len(parts) >= 2 and parts[-2][1] and not parts[-1][1] and _URLISH_RE.match(parts[-1][0]):
        return "".join(p for p, _ in parts[:-1]), parts[-1][0]
    return "".join(p for p, _ in parts), None


def _sniff_curl(text: str, first_line: int) -> SniffedBlock:
    lines = text.split("\n")
    command = lines[first_line]
    k = first_line
    while command.endswith("\\") and k + 1 < len(lines):
        k += 1
        command = command[:-1] + " " + lines[k]
    words = list(_shell_words(command.strip().removeprefix("$").strip()))
    method: str | None = None
    implied: str | None = None
    url: str | None = None
    data: str | None = None
    i = 1
    while i < len(words):
        word = words[i]
        arg = word.text
        nxt = words[i + 1] if i + 1 < len(words) else None
        data_opt = next((o for o in _CURL_DATA_OPTS if arg.startswith(o)), None)
        if arg in ("-X", "--request") and nxt is not None:
            if nxt.text.upper() in _METHODS:
                method = nxt.text.upper()
            i += 2
            continue
        if arg.startswith("-X") and arg[2:].upper() in _METHODS:
            method = arg[2:].upper()
        elif data_opt is not None and (arg == data_opt or data_opt == "-d" or arg.startswith(data_opt + "=")):
            if arg == data_opt:
                if nxt is None:
                    break
                data, glued = _curl_split_data(nxt, 0)
                i += 1
            else:  # attached: -d'{...}' or --data='{...}'
                data, glued = _curl_split_data(word, len(data_opt) + (data_opt != "-d"))
            url = url or glued
        elif arg in ("-I", "--head"):
            implied = "HEAD"
        elif arg in ("-G", "--get"):
            implied = "GET"
        elif arg == "--url" and nxt is not None:
            url = url or nxt.text
            i += 1
        elif arg in _CURL_ARG_OPTS:
            if arg in ("-F", "--form") and implied is None:
                implied = "POST"
            i += 1
        elif not arg.startswith("-") and url is None:
            url = arg
        i += 1
    if method is None:
        method = implied or ("POST" if data is not None else "GET")
    request_line = (method, url) if url else None
    payload = (data or "").strip()
    if payload[:1] in ("{", "["):
        at = text.find(payload)
        offset = _line_of(text, at) if at >= 0 else first_line
        loaded = _load_body(payload, offset)
        return SniffedBlock("curl", loaded.value, loaded.has_json, loaded.repairs, loaded.error, request_line, None)
    return SniffedBlock("curl", None, False, (), None, request_line, None)


# --------------------------------------------------------------------------------------------------
# Entry point


def sniff_block(text: str) -> SniffedBlock:
    """Classify one code block and load its JSON body if it has one. Pure and deterministic."""
    stripped = text.strip()
    if not stripped:
        return SniffedBlock("empty", None, False, (), None, None, None)
    try:
        return SniffedBlock("json", _loads(stripped), True, (), None, None, None)
    except ValueError:
        pass

    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    if _CURL_RE.match(lines[first].strip()):
        return _sniff_curl(text, first)
    if stripped.startswith("<"):
        return SniffedBlock("xml", None, False, (), None, None, None, stripped)

    request_line: tuple[str, str] | None = None
    status: str | None = None
    envelope = False  # saw request, status or header lines
    seen_status = False  # saw a status line, possibly a templated one without a code
    prose = 0
    for index in range(first, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        if line[0] == "[" and envelope and _DATA_PLACEHOLDER_RE.match(line) and not any(
                rest.strip() for rest in lines[index + 1:]):
            break  # `[1024 Byte data content]` after the headers: the data of an object, not a JSON array
        if line[0] in "{[":
            body = "\n".join(lines[index:])
            loaded = _load_body(body, index, ("prose-lines",) if prose else ())
            return SniffedBlock(
                "json", loaded.value, loaded.has_json, loaded.repairs, loaded.error, request_line, status
            )
        if line[0] == "<" and (envelope or prose):
            return SniffedBlock("xml", None, False, (), None, request_line, status, "\n".join(lines[index:]).strip())
        if _FRAGMENT_RE.match(line) and not prose:
            error = f"line {index + 1}: fragment: an object member without the enclosing braces"
            return SniffedBlock("json", None, False, (), error, request_line, status)
        parsed = _parse_request_line(line)
        if parsed is not None:
            request_line = request_line or parsed
            envelope = True
            continue
        code = _parse_status_line(line)
        if code is not None:
            status = status or code or None
            seen_status = True
            envelope = True
            continue
        if _is_header_line(line):
            envelope = True
            continue
        prose += 1
        if prose > _MAX_PROSE_LINES or not _is_prose_line(line):
            break
    if request_line is not None or seen_status or (envelope and not prose):
        return SniffedBlock("http", None, False, (), None, request_line, status)
    return SniffedBlock("text", None, False, (), None, None, None)
