"""One page from its bytes: the page as read and its diagnostics, or why it could not be read (`PageEntry`). This is
what a worker returns for a page and what the build cache keeps under the page's path and bytes.

Reading a page depends on this module's imports only (the parser, the reader, the model, the diagnostics): the build
cache's page entries are fingerprinted by them (`generator/cache.py`), so that an edit of a later stage keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.diagnostics import CODES, Diagnostic, Loc, internal_error
from generator.model import PageResult, RawPage
from generator.rst.parse import PageRefused, parse_page
from generator.rst.reader import read_page

__all__ = ["PageEntry", "read_page_bytes", "unreadable"]


@dataclass(frozen=True)
class PageEntry:
    """What reading one page gave (what a worker returns): the page, or why it failed, and its diagnostics."""

    page: RawPage | None
    failure: PageResult | None
    diagnostics: tuple[Diagnostic, ...]


class _Unreadable(Exception):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def _decode(data: bytes) -> str:
    """A page's text. Raises `_Unreadable` (with the line of the first bad byte) for a page that is not UTF-8 text:
    latin-1 or another encoding, or a binary file (a NUL byte, which no text page holds)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _Unreadable(f"not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line} ({exc.reason}); "
                          "the page is not read", line) from exc
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise _Unreadable(f"a NUL byte at line {line}: a binary file, not a text page; the page is not read", line)
    return text


def unreadable(rel: str, message: str, line: int) -> PageEntry:
    return PageEntry(None, PageResult(path=rel, status="failed", reason=f"unreadable: {message}"), (
        Diagnostic(Loc(rel, line), "page-unreadable", CODES["page-unreadable"][0], message),))


def read_page_bytes(rel: str, data: bytes) -> PageEntry:
    """One page from its bytes: the page and its diagnostics, or the reason it failed. Depends on nothing but `rel`
    and `data` (what the build cache keys it by). Runs in a worker process with --jobs."""
    try:
        text = _decode(data)
    except _Unreadable as exc:
        return unreadable(rel, str(exc), exc.line)
    try:
        parsed = parse_page(text, rel)
        page, diags = read_page(parsed.doc, rel, text, parsed.messages)
    except PageRefused as exc:  # docutils would read nothing of the page (a line past its length limit)
        return unreadable(rel, str(exc), exc.line)
    except Exception as exc:  # the parser never halts on doc text (halt_level 5): this is a bug of the reader
        line = getattr(exc, "line", None)
        error = internal_error(Loc(rel, line if isinstance(line, int) and line > 0 else 1), "read", "page", exc)
        return PageEntry(None, PageResult(path=rel, status="failed", reason=error.message), (error,))
    return PageEntry(page, None, tuple(diags))
