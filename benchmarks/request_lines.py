"""The query values of the concrete request lines a page documents (`https://host/v3/0549.../jobs?id=5cbb...`), for
the refusal audit: each is a documented request the generated client must accept as the docs write it.

The build reads no query or path values (a concrete line is an example, not an operation), so they are read here from
the page's doctree: every `http(s)://...?...` token in its text (paragraphs, literal blocks, bullets) outside a
section whose title names a response (`Example Response`: links the server returns). A token is the example of the
page's operation whose path template its path ends with (the method before it, when written, must agree; the most
literal template wins). A token with a `{placeholder}` in its query is a template, not an example; one in its host
or path (`https://{Endpoint}/v3/{project_id}/...`) is no query value. Values are percent-decoded, `+` kept as
written (the docs write time zones as `+0800`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from docutils import nodes

from generator.client.view import HTTP_METHODS
from generator.rst.parse import parse_rst

__all__ = ["query_examples"]

_URL = re.compile(r"(?:\b(?P<method>GET|POST|PUT|DELETE|PATCH|HEAD)\s+)?(?P<url>https?://[^\s\"'<>`]+\?[^\s\"'<>`]+)")
_BLOCKS = (nodes.paragraph, nodes.literal_block, nodes.line, nodes.doctest_block)
_RESPONSE_TITLE = re.compile(r"\bresponses?\b", re.I)

JSON = dict[str, Any]


def _template(path: str) -> re.Pattern[str]:
    """A spec path as a pattern a concrete path ends with (`{x}` one segment)."""
    return re.compile("(?:^|/)" + re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(path.lstrip("/"))) + "/?$")


def _line(node: nodes.Node) -> int:
    while node is not None and getattr(node, "line", None) is None:
        node = node.parent
    return int(node.line) if node is not None and node.line else 0


def _in_response(node: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.section):
            title = parent.next_node(nodes.title)
            if title is not None and _RESPONSE_TITLE.search(title.astext()):
                return True
        parent = parent.parent
    return False


def _tokens(doc: nodes.document) -> Iterator[tuple[int, str | None, str]]:
    """(line, method or None, url) of each concrete request line with a query, in document order, once each."""
    seen: set[tuple[int, str]] = set()
    for block in doc.findall(lambda n: isinstance(n, _BLOCKS)):
        if _in_response(block):
            continue
        line = _line(block)
        for m in _URL.finditer(block.astext()):
            url = m["url"].rstrip(".,;)")
            if "{" in url.partition("?")[2] or (line, url) in seen:
                continue
            seen.add((line, url))
            yield line, m["method"], url


def query_examples(spec: JSON, root: Path, renamed: Mapping[str, str]
                   ) -> Iterator[tuple[str, str, dict[str, str]]]:
    """(client operationId, `page:line`, {query name: value as written}) for every concrete request line with a
    query on the page of an operation of `spec` (its `x-doc-source`)."""
    pages: dict[str, list[tuple[str, str, re.Pattern[str], str]]] = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict) and isinstance(op.get("x-doc-source"), str):
                page = op["x-doc-source"].rsplit(":", 1)[0]
                op_id = str(op.get("operationId"))
                pages.setdefault(page, []).append((method, path, _template(path), renamed.get(op_id, op_id)))
    for page in sorted(pages):
        file = root / page
        try:
            doc = parse_rst(file.read_text(encoding="utf-8", errors="replace"), str(file))
        except Exception:  # a page the build refused has no examples to read here
            continue
        for line, said, url in _tokens(doc):
            parts = urlsplit(url)
            concrete = unquote(parts.path)
            matches = [(path.count("{"), op_id) for m, path, template, op_id in pages[page]
                       if (said is None or m == said.lower()) and template.search(concrete)]
            if not matches:
                continue
            values = {unquote(k): unquote(v) for k, _, v in
                      (pair.partition("=") for pair in parts.query.split("&") if "=" in pair)}
            yield min(matches)[1], f"{page}:{line}", values
