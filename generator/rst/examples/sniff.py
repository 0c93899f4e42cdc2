"""Sniff what one example code block holds: JSON, a raw HTTP request, XML, a curl command or text.

An HTTP envelope in front of the body (request, status and header lines: `envelope`) is normal documentation
style, not a defect: it is stripped and reported in `SniffedBlock.request_line` / `SniffedBlock.status`, never in
`repairs`. Genuine document defects in a JSON body are repaired conservatively (`json_body`). Members without the
enclosing braces stay a failure, with `SniffedBlock.error` naming the reason and the 1-based line within the block.
"""

from __future__ import annotations

import re

from generator.rst.examples.block import SniffedBlock
from generator.rst.examples.curl import sniff_curl
from generator.rst.examples.envelope import is_header_line, is_prose_line, parse_request_line, parse_status_line
from generator.rst.examples.json_body import load_body, loads

__all__ = ["sniff_block"]

_FRAGMENT_RE = re.compile(r'^"[^"\n]*"\s*:')
_DATA_PLACEHOLDER_RE = re.compile(r"^\[[^\[\]{}\"':,]*[A-Za-z]{2,}[^\[\]{}\"':,]*\]$")
_CURL_RE = re.compile(r"^(?:\$\s*)?curl(?:\s|$)")
_MAX_PROSE_LINES = 3


def sniff_block(text: str) -> SniffedBlock:
    """Classify one code block and load its JSON body if it has one. Pure and deterministic."""
    stripped = text.strip()
    if not stripped:
        return SniffedBlock("empty", None, False, (), None, None, None)
    try:
        return SniffedBlock("json", loads(stripped), True, (), None, None, None)
    except ValueError:
        pass

    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    if _CURL_RE.match(lines[first].strip()):
        return sniff_curl(text, first)
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
            loaded = load_body(body, index, ("prose-lines",) if prose else ())
            return SniffedBlock(
                "json", loaded.value, loaded.has_json, loaded.repairs, loaded.error, request_line, status
            )
        if line[0] == "<" and (envelope or prose):
            return SniffedBlock("xml", None, False, (), None, request_line, status, "\n".join(lines[index:]).strip())
        if _FRAGMENT_RE.match(line) and not prose:
            error = f"line {index + 1}: fragment: an object member without the enclosing braces"
            return SniffedBlock("json", None, False, (), error, request_line, status)
        parsed = parse_request_line(line)
        if parsed is not None:
            request_line = request_line or parsed
            envelope = True
            continue
        code = parse_status_line(line)
        if code is not None:
            status = status or code or None
            seen_status = True
            envelope = True
            continue
        if is_header_line(line):
            envelope = True
            continue
        prose += 1
        if prose > _MAX_PROSE_LINES or not is_prose_line(line):
            break
    if request_line is not None or seen_status or (envelope and not prose):
        return SniffedBlock("http", None, False, (), None, request_line, status)
    return SniffedBlock("text", None, False, (), None, None, None)
