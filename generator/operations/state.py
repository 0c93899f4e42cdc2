"""The per-page scratch state (`PageBuild`) that linking, row typing and page assembly pass to each other, and the
small vocabulary they share: table keys, the part of an operation a table belongs to, diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.diagnostics import CODES, Diagnostic, Loc
from generator.model import RawBlock, RawPage, RawTable, Schema
from generator.operations.examples import block_target, collect_types
from generator.rst.examples.block import SniffedBlock
from generator.rst.examples.sniff import sniff_block

__all__ = ["PageBuild", "Part", "TableKey", "TitleIndex", "diag", "part_of"]

TableKey = tuple[str, int]  # (page path, table index)
Part = Literal["params", "request", "response", "other"]
TitleIndex = dict[Part, list[tuple[TableKey, set[str]]]]  # part -> (table, title words) of the unlinked tables


def diag(loc: Loc, code: str, message: str) -> Diagnostic:
    return Diagnostic(loc, code, CODES[code][0], message)


def part_of(table: RawTable) -> Part:
    s = table.section
    if s in ("uri", "path", "query", "header", "request-syntax"):
        return "params"
    if s == "request":
        return "request"
    if s in ("response",):
        return "response"
    if s in ("request-example", "example") and "header" in table.title.lower():
        return "params"
    return "other"


@dataclass
class PageBuild:
    """Mutable scratch state while one page is turned into operations."""

    page: RawPage
    diagnostics: list[Diagnostic] = field(default_factory=list)
    used_tables: set[TableKey] = field(default_factory=set)
    row_outcomes: dict[tuple[str, int, int], bool] = field(default_factory=dict)  # True: typed property
    schema_cache: dict[TableKey, Schema] = field(default_factory=dict)
    sniffed: list[tuple[RawBlock, SniffedBlock]] = field(default_factory=list)
    example_types: dict[str, dict[str, str]] = field(default_factory=dict)  # part -> key -> JSON type

    def __post_init__(self) -> None:
        for block in self.page.blocks:
            sniffed = sniff_block(block.text)
            self.sniffed.append((block, sniffed))
            if sniffed.has_json:
                target = "request" if sniffed.request_line is not None else block_target(block)
                collect_types(sniffed.value, self.example_types.setdefault(target, {}))
