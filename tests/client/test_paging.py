"""Pages as iterators (issue 15): the paging scheme read from parameters and response (`paging.detect`), and the
generated `iterate_<operation>` of each scheme run against a paged stand-in on 127.0.0.1: every item exactly once.

The client is generated once from a small spec with one list operation per scheme (offset/limit with a total,
marker/limit with `links`, marker/limit with the last id, page/per_page with a total) and one ambiguous one; the
offset scheme is also run on the gaussdb-opengauss client (its `query_backups`)."""

from __future__ import annotations

import copy
import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.client import GenerateResult, generate_client
from generator.client.paging import detect
from tests.client.conftest import PACKAGE as GAUSS
from tests.client.loopback import Answer, Received, serve
from tests.modules import importable

PACKAGE = "paged_client"
ITEMS = [{"id": f"i{n:02d}", "name": f"item {n}"} for n in range(23)]


def _query(name: str, schema: dict[str, Any], description: str = "") -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


def _page(items: str, **extra: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {items: {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                                             **extra}}


def _op(op_id: str, params: list[dict[str, Any]], page: str) -> dict[str, Any]:
    return {"get": {"operationId": op_id, "tags": ["items"], "parameters": params, "x-doc-source": f"{op_id}.rst:1",
                    "responses": {"200": {"description": "ok", "content": {"application/json": {
                        "schema": {"$ref": f"#/components/schemas/{page}"}}}}}}}


INT = {"type": "integer"}
STR = {"type": "string"}
LINKS = {"type": "array", "items": {"type": "object", "properties": {"rel": STR, "href": STR}}}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "paged", "version": "1.0.0"},
    "paths": {
        "/offset": _op("list_by_offset", [_query("offset", {**INT, "default": 0}), _query("limit", INT)], "OffsetPage"),
        "/links": _op("list_by_links", [_query("marker", STR), _query("limit", INT)], "LinksPage"),
        "/last": _op("list_by_last_id", [_query("marker", STR), _query("limit", INT)], "LastPage"),
        "/pages": _op("list_by_page", [_query("page", {**STR, "default": "1"}), _query("per_page", INT)],
                      "NumberedPage"),  # a page number the docs type String
        "/both": _op("list_both_ways", [_query("offset", INT), _query("marker", STR), _query("limit", INT)],
                     "OffsetPage"),
    },
    "components": {"schemas": {
        "Item": {"type": "object", "properties": {"id": STR, "name": STR}},
        "OffsetPage": _page("items", total_count=INT),
        "LinksPage": _page("servers", servers_links=LINKS),
        "LastPage": _page("records"),
        "NumberedPage": _page("roles", total_number=INT),
    }},
}


def _args(got: Received) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(got.path).query).items()}


def stand_in(cap: int = 10) -> Any:
    """A paged service over ITEMS for every scheme; it gives at most `cap` items a page whatever the limit asked."""

    def handler(got: Received) -> Answer:
        path, args = urlsplit(got.path).path, _args(got)
        size = min(int(args.get("limit", args.get("per_page", "5"))), cap)
        if path == "/offset":
            start = int(args.get("offset", "0"))
            return 200, {}, {"items": ITEMS[start:start + size], "total_count": len(ITEMS)}
        if path == "/pages":
            start = (int(args["page"]) - 1) * size
            return 200, {}, {"roles": ITEMS[start:start + size], "total_number": len(ITEMS)}
        after = [i["id"] for i in ITEMS].index(args["marker"]) + 1 if "marker" in args else 0
        page = ITEMS[after:after + size]
        if path == "/links":
            more = after + size < len(ITEMS)
            links = [{"rel": "self", "href": "http://x/links"}] + (
                [{"rel": "next", "href": f"http://x/links?limit={size}&marker={page[-1]['id']}"}] if more else [])
            return 200, {}, {"servers": page, "servers_links": links}
        return 200, {}, {"records": page}
    return handler


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GenerateResult]:
    out = tmp_path_factory.mktemp("paged") / "paged"
    result = generate_client(copy.deepcopy(SPEC), out, PACKAGE)
    with importable(out, PACKAGE):
        yield result


def test_iterators_written_for_each_scheme_and_none_when_ambiguous(paged: GenerateResult) -> None:
    assert paged.ok, [str(d) for d in paged.diagnostics]
    assert paged.iterators == {"list_by_offset": "offset", "list_by_links": "marker", "list_by_last_id": "marker",
                               "list_by_page": "page"}
    [note] = paged.paging_notes
    assert note.code == "client-paging-ambiguous" and "list_both_ways" in note.message
    assert str(note.loc.path) == "list_both_ways.rst" and note.loc.line == 1
    assert paged.package_dir is not None
    both = (paged.package_dir / "api" / "items" / "list_both_ways.py").read_text(encoding="utf-8")
    assert "def iterate_" not in both


@pytest.mark.parametrize("op", ["list_by_offset", "list_by_links", "list_by_last_id", "list_by_page"])
@pytest.mark.parametrize("limit", [4, 10, 50])  # 50: the service gives 10 a page, fewer than asked
def test_every_item_exactly_once(paged: GenerateResult, op: str, limit: int) -> None:
    module = importlib.import_module(f"{PACKAGE}.api.items.{op}")
    client_mod = importlib.import_module(f"{PACKAGE}.client")
    size = {"per_page": limit} if op == "list_by_page" else {"limit": limit}
    with serve(stand_in()) as server:
        client = client_mod.Client(base_url=server.url)
        got = [item.to_dict() for item in getattr(module, f"iterate_{op}")(client=client, **size)]
    assert got == ITEMS
    if op == "list_by_page" and limit > 10:
        return  # pages of 10 numbered as if 50: the stand-in's cap breaks page numbering, checked below
    assert len(server.received) <= len(ITEMS) // min(limit, 10) + 2


def test_page_numbers_start_where_the_docs_say(paged: GenerateResult) -> None:
    module = importlib.import_module(f"{PACKAGE}.api.items.list_by_page")
    client_mod = importlib.import_module(f"{PACKAGE}.client")
    with serve(stand_in()) as server:
        list(module.iterate_list_by_page(client=client_mod.Client(base_url=server.url), per_page=10))
    assert [_args(r)["page"] for r in server.received] == ["1", "2", "3"]  # stops at the total: no 4th request
    assert "page=str(page)" in Path(module.__file__ or "").read_text(encoding="utf-8")  # typed String: sent as text


def test_an_error_page_raises(paged: GenerateResult) -> None:
    module = importlib.import_module(f"{PACKAGE}.api.items.list_by_offset")
    client_mod = importlib.import_module(f"{PACKAGE}.client")
    paging = importlib.import_module(f"{PACKAGE}._paging")
    with serve(lambda got: (404, {}, {"error": "gone"})) as server, pytest.raises(paging.PageError, match="404"):
        list(module.iterate_list_by_offset(client=client_mod.Client(base_url=server.url, retry=None), limit=5))


def test_paged_client_is_mypy_strict_clean(paged: GenerateResult, mypy_cache: Path) -> None:
    assert paged.package_dir is not None
    run = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), PACKAGE],
                         cwd=paged.package_dir.parent, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout[-3000:]


def test_gaussdb_backups_by_offset(opengauss_client: GenerateResult) -> None:
    module = importlib.import_module(f"{GAUSS}.api.backup_management.query_backups")
    client_mod = importlib.import_module(f"{GAUSS}.client")
    backups = [{"id": f"b{n}", "name": f"backup {n}"} for n in range(7)]

    def handler(got: Received) -> Answer:
        args = _args(got)
        start, size = int(args["offset"]), int(args["limit"])
        return 200, {}, {"backups": backups[start:start + size], "total_count": len(backups)}

    with serve(handler) as server:
        client = client_mod.AuthenticatedClient(base_url=server.url, token="t", prefix="",
                                                auth_header_name="X-Auth-Token")
        got = [b.to_dict() for b in module.iterate_query_backups("p1", client=client, limit=3)]
    assert got == backups
    assert [_args(r)["offset"] for r in server.received] == ["0", "3", "6"]


# -- the scheme read from the docs ---------------------------------------------------------------------------------

def _detect(params: list[dict[str, Any]], page: dict[str, Any]) -> tuple[Any, str | None]:
    spec = {"components": {"schemas": {"Item": {"type": "object", "properties": {"id": STR}}}}}
    op = {"parameters": params, "responses": {"200": {"content": {"application/json": {"schema": page}}}}}
    return detect(spec, "op", op)


def test_detect_reads_each_scheme_and_refuses_ambiguity() -> None:
    offset = [_query("offset", INT), _query("limit", INT)]
    scheme, _ = _detect(offset, _page("items", count=INT))
    assert (scheme.kind, scheme.items, scheme.total) == ("offset", "items", "count")
    as_page = [_query("offset", INT, "Page offset, which starts from 0 (page number minus 1)."), _query("limit", INT)]
    assert _detect(as_page, _page("items"))[0] is None
    assert "page number" in str(_detect(as_page, _page("items"))[1])
    two = _page("items", others={"type": "array", "items": STR})
    assert "2 item arrays" in str(_detect(offset, two)[1])
    marker = [_query("marker", STR), _query("limit", INT)]
    scheme, _ = _detect(marker, _page("servers", servers_links=LINKS))
    assert (scheme.kind, scheme.links) == ("marker", "servers_links")
    assert _detect(marker, _page("servers"))[0].links is None  # items have an `id`: the last one is the marker
    no_id = {"type": "object", "properties": {"tags": {"type": "array", "items": STR}}}
    assert "neither a next link" in str(_detect(marker, no_id)[1])
    pages = [_query("currentPage", {**INT, "default": 1}), _query("pageSize", INT)]
    scheme, _ = _detect(pages, _page("rows", total=INT))
    assert (scheme.kind, scheme.cursor, scheme.size, scheme.first) == ("page", "currentPage", "pageSize", 1)
    assert "no total" in str(_detect(pages, _page("rows"))[1])
    unnumbered = [_query("page", INT), _query("per_page", INT)]
    assert "first page number" in str(_detect(unnumbered, _page("rows", total=INT))[1])
    assert "several paging schemes" in str(_detect([*offset, _query("marker", STR)], _page("items"))[1])
    assert _detect([_query("limit", INT)], _page("items")) == (None, None)  # no cursor: no paging
    assert json.dumps(SPEC)  # the module's spec stays plain JSON


def test_generated_docstring_escapes_wire_names(tmp_path: Path) -> None:
    from generator.client.iterators import _doc

    assert _doc('a"""b\\') == 'a\\"\\"\\"b\\\\'
