"""Raw HTTP request lines (S3 style, `PUT /ObjectName?acl HTTP/1.1`): what in them is a placeholder, what is a
sub-resource, and how a page signs its requests. Runs over the whole docs tree before the pages are built.

- A path segment of a request-syntax line is a placeholder (`/ObjectName` -> `/{ObjectName}`) when a sample request
  of the page puts another value at that place (`PUT /object01`), or when the same word (any case) is a placeholder
  by that rule on another page of the tree (`/objectname` on a page whose sample repeats the template). The docs
  write these placeholders as plain words; only raw HTTP request lines are read this way.
- A query key written with no value is a sub-resource (`?acl`): part of the operation's address, never a parameter
  (the reader records them). A page whose URI shows no query (`PUT /`) but whose sample request shows a bare key
  (`PUT /?sfsacl HTTP/1.1`) that a parameter table makes mandatory has that sub-resource too.
- `Authorization: OBS AK:signature` in a request block: the page signs requests with an access key. A page that
  shows only `Authorization: authorization string` signs too, with the scheme the other pages of the tree name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from generator.model import RawPage, UriLine
from generator.rst.types import parse_mandatory
from generator.rst.uri import find_uris

__all__ = ["normalise_request_lines", "placeholder_words", "signature_scheme"]

_SAMPLE_SECTIONS = ("request-example", "example")


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _samples(page: RawPage, method: str) -> list[str]:
    """The paths of the page's sample requests of one method."""
    return [m.path for b in page.blocks if b.section in _SAMPLE_SECTIONS
            for m in find_uris(b.text) if m.method == method]


def placeholder_words(pages: Sequence[RawPage]) -> frozenset[str]:
    """Lower-cased words that a raw request-syntax line of some page uses as a placeholder path segment: a sample
    request of the same page has another value there (same number of segments)."""
    words: set[str] = set()
    for page in pages:
        for uri in page.uris:
            if not uri.http:
                continue
            mine = _segments(uri.path)
            for sample in _samples(page, uri.method):
                theirs = _segments(sample)
                if len(theirs) != len(mine):
                    continue
                words.update(a.lower() for a, b in zip(mine, theirs, strict=True)
                             if a != b and "{" not in a and "{" not in b)
    return frozenset(words)


def signature_scheme(pages: Sequence[RawPage]) -> str:
    """The scheme word of the tree's signed requests (`OBS`), the one most pages name; empty when none does."""
    named = Counter(p.signature_auth for p in pages if p.signature_auth not in ("", "?"))
    return sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if named else ""


def _mandatory_rows(page: RawPage) -> set[str]:
    return {r.name.strip() for t in page.tables if t.kind == "param" for r in t.rows
            if parse_mandatory(r.mandatory_text or "")[0] is True}


def _sample_subresources(page: RawPage, uri: UriLine) -> tuple[str, ...]:
    """Bare query keys of the page's sample requests to this method and path that a table makes mandatory."""
    mandatory = _mandatory_rows(page)
    found: list[str] = []
    for b in page.blocks:
        if b.section not in _SAMPLE_SECTIONS:
            continue
        for m in find_uris(b.text):
            if m.http and m.method == uri.method and _segments(m.path) == _segments(uri.path):
                found.extend(k for k in m.subresources if k in mandatory and k not in found)
    return tuple(found)


def normalise_request_lines(page: RawPage, words: frozenset[str], scheme: str) -> RawPage:
    """The page with the placeholders of its raw request lines in braces, the sub-resources its samples add, and
    its signature scheme resolved (`?` -> the tree's scheme)."""
    uris: list[UriLine] = []
    for uri in page.uris:
        if uri.http:
            segments = uri.path.split("/")
            path = "/".join(f"{{{s}}}" if s and "{" not in s and s.lower() in words else s for s in segments)
            uri = replace(uri, path=path)
        elif not uri.subresources:
            extra = _sample_subresources(page, uri)
            if extra:
                uri = replace(uri, subresources=extra, query=(*uri.query, *(k for k in extra if k not in uri.query)))
        uris.append(uri)
    signed = scheme if page.signature_auth == "?" else page.signature_auth
    return replace(page, uris=tuple(uris), signature_auth=signed)
