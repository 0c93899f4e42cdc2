"""The result of sniffing one example code block (`SniffedBlock`), and line numbers within a block's text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["REPAIR_CODES", "Kind", "SniffedBlock", "line_index"]

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



def line_index(text: str, offset: int) -> int:
    """0-based line index of character `offset` in `text`."""
    return text.count("\n", 0, offset)
