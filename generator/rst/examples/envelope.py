"""The lines of an HTTP envelope in front of an example body: request lines (``POST https://{endpoint}/v3/...``,
``GET /v2/x HTTP/1.1``, a bare URL), status lines (``HTTP/1.1 200 OK``, ``Status code: 200``), header lines
(``Content-Type: ...``), and the few prose lines a block may start with."""

from __future__ import annotations

import re

__all__ = ["METHODS", "is_header_line", "is_prose_line", "parse_request_line", "parse_status_line"]

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT")
_METHOD_ALT = "|".join(METHODS)
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
_MAX_PROSE_LENGTH = 300
_CODE_LINE_ENDINGS = ("{", "[", "(", "=", "\\", ",", ";")


def parse_request_line(line: str) -> tuple[str, str] | None:
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


def parse_status_line(line: str) -> str | None:
    """The three-digit code of a status line, ``""`` for a templated one (``HTTP/1.1 status_code``)."""
    for pattern in _STATUS_RES:
        match = pattern.match(line)
        if match:
            return match.group(1)
    if _STATUS_TEMPLATE_RE.match(line):
        return ""
    return None


def is_header_line(line: str) -> bool:
    match = _HEADER_RE.match(line)
    if not match:
        return False
    name = match.group("name")
    return "-" in name or name.lower() in _ONE_WORD_HEADERS


def is_prose_line(line: str) -> bool:
    return len(line) <= _MAX_PROSE_LENGTH and not line.endswith(_CODE_LINE_ENDINGS)
