"""A curl command in an example block: its shell words, the method, URL and data payload (loaded as a JSON body)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.rst.examples.block import SniffedBlock, line_index
from generator.rst.examples.envelope import METHODS
from generator.rst.examples.json_body import load_body

__all__ = ["sniff_curl"]


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


def sniff_curl(text: str, first_line: int) -> SniffedBlock:
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
            if nxt.text.upper() in METHODS:
                method = nxt.text.upper()
            i += 2
            continue
        if arg.startswith("-X") and arg[2:].upper() in METHODS:
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
        offset = line_index(text, at) if at >= 0 else first_line
        loaded = load_body(payload, offset)
        return SniffedBlock("curl", loaded.value, loaded.has_json, loaded.repairs, loaded.error, request_line, None)
    return SniffedBlock("curl", None, False, (), None, request_line, None)
