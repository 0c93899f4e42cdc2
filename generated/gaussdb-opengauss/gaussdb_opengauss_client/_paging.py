"""Iterating over pages, shipped in every generated client that has a paged list operation as `_paging.py`.

A generated `iterate_<operation>(...)` takes the operation's arguments but the cursor (offset, marker or page
number), asks for one page after the other with `sync_detailed` and yields the items; it stops as the scheme says
(`generator/client/paging.py` reads it from the docs): at an empty page, at the response's total, or when the
links name no next page. A response that is not the documented page (an error status) raises `PageError` with it.
A service that gives the same marker twice ends the iteration instead of looping.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

from .types import UNSET, Response, Unset

T = TypeVar("T")
P = TypeVar("P")

__all__ = ["PageError", "by_marker", "by_offset", "by_page", "expect_page", "last_id", "marker_of_links",
           "marker_of_url"]


class PageError(Exception):
    """A page request answered with something else than a page (its `response` tells what)."""

    def __init__(self, response: Response[Any]) -> None:
        super().__init__(f"a page request answered status {int(response.status_code)}")
        self.response = response


def expect_page(response: Response[Any], cls: type[P]) -> P:
    """The parsed page of `response`, or PageError."""
    if not isinstance(response.parsed, cls):
        raise PageError(response)
    return response.parsed


def _listed(items: list[T] | Unset | None) -> list[T]:
    return [] if items is None or isinstance(items, Unset) else items


def by_offset(fetch: Callable[[int], tuple[list[T] | Unset | None, int | Unset | None]]) -> Iterator[T]:
    """offset/limit: `fetch(offset)` gives (items, total); the offset moves by the items received."""
    offset = 0
    while True:
        items, total = fetch(offset)
        page = _listed(items)
        yield from page
        offset += len(page)
        if not page or (isinstance(total, int) and offset >= total):
            return


def by_page(fetch: Callable[[int], tuple[list[T] | Unset | None, int | Unset | None]], first: int) -> Iterator[T]:
    """page/size with a total: `fetch(page)` gives (items, total); pages from `first` on."""
    number, seen = first, 0
    while True:
        items, total = fetch(number)
        page = _listed(items)
        yield from page
        seen += len(page)
        if not page or not isinstance(total, int) or seen >= total:
            return
        number += 1


def by_marker(fetch: Callable[[str | Unset], tuple[list[T] | Unset | None, str | None]]) -> Iterator[T]:
    """marker/limit: `fetch(marker)` gives (items, the next marker or None)."""
    marker: str | Unset = UNSET
    seen: set[str] = set()
    while True:
        items, following = fetch(marker)
        page = _listed(items)
        yield from page
        if not page or following is None or following in seen:
            return
        seen.add(following)
        marker = following


def marker_of_url(url: Any) -> str | None:
    """The `marker` query value of a next-page URL."""
    if not isinstance(url, str) or not url:
        return None
    values = parse_qs(urlsplit(url).query).get("marker")
    return values[0] if values else None


def marker_of_links(links: Iterable[Any] | Unset | None) -> str | None:
    """The `marker` of the `rel: next` link of a links array (models or dicts with `rel` and `href`)."""
    listed: list[Any] = [] if links is None or isinstance(links, Unset) else list(links)
    for link in listed:
        data = link.to_dict() if hasattr(link, "to_dict") else link
        if isinstance(data, dict) and data.get("rel") == "next":
            return marker_of_url(data.get("href"))
    return None


def last_id(items: list[Any] | Unset | None, attribute: str) -> str | None:
    """The `attribute` (the item's id) of the last item, as the next marker."""
    page = _listed(items)
    value = getattr(page[-1], attribute, None) if page else None
    return None if value is None or isinstance(value, Unset) else str(value)
