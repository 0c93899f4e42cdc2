"""Table-aware edits of RST source lines, so that a mutation meant for a cell reaches the reader as a cell.

A grid table (`+---+` borders, `|` separators) or a simple table (`===  ===` borders) is found from its borders;
its column bounds are display columns (`docutils.utils.column_width`: an emoji or a CJK character is two
columns, a combining mark none), as docutils measures them after padding wide characters. Replacing text inside a
cell keeps the table well formed: the cell is re-padded, and when the new text needs more room the column is
widened in every line of the table (border runs grow with `-`/`=`, text lines with spaces).

Pure functions on `list[str]` (lines without line ends); nothing here knows about docutils beyond the width rule.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, replace
from typing import Literal

from docutils.utils import column_width

__all__ = [
    "Table",
    "cell_text",
    "column_index",
    "fill_cell",
    "find_tables",
    "replace_span",
    "row_lines",
    "set_cell",
    "swap_columns",
    "table_at",
    "widen",
]

_GRID_BORDER = re.compile(r"^(?P<indent>[ \t]*)\+(?:[-=]+\+)+[ \t]*$")
_SIMPLE_BORDER = re.compile(r"^(?P<indent>[ \t]*)=+(?:[ \t]+=+)+[ \t]*$")


@dataclass(frozen=True)
class Table:
    """One table in a list of lines. `bounds` are display columns: for a grid table the `+` of the top border;
    for a simple table the (start, end) of every `=` run flattened (start0, end0, start1, end1, ...)."""

    kind: Literal["grid", "simple"]
    start: int  # index of the top border line
    end: int  # one past the last line
    bounds: tuple[int, ...]
    header_end: int  # index of the header separator (`+===+` or the second `===` border); -1 when none

    @property
    def columns(self) -> int:
        return len(self.bounds) - 1 if self.kind == "grid" else len(self.bounds) // 2

    def span(self, k: int) -> tuple[int, int]:
        """Display columns [from, to) of column k's content (inside the separators of a grid table)."""
        if self.kind == "grid":
            return self.bounds[k] + 1, self.bounds[k + 1]
        return self.bounds[2 * k], self.bounds[2 * k + 1]


def _index_at(line: str, col: int) -> int:
    """The character index at display column `col` (the first index whose prefix is at least that wide)."""
    if line.isascii():  # every ASCII character is one column wide (docutils' column_width)
        return col
    width = 0
    for i, ch in enumerate(line):
        if width >= col:
            return i
        width += column_width(ch)
    return len(line) if width >= col else len(line) + (col - width)


def _col_of(line: str, index: int) -> int:
    return column_width(line[:index])


def _pad_to(line: str, col: int) -> str:
    """The line padded with spaces to at least display column `col`."""
    width = column_width(line)
    return line + " " * (col - width) if width < col else line


def find_tables(lines: list[str]) -> list[Table]:
    """Every grid and simple table in the lines, in order."""
    tables: list[Table] = []
    i = 0
    n = len(lines)
    while i < n:
        grid = _GRID_BORDER.match(lines[i])
        simple = _SIMPLE_BORDER.match(lines[i]) if grid is None else None
        if grid is not None:
            indent = grid.group("indent")
            j = i + 1
            header = -1
            while j < n and lines[j].startswith(indent) and lines[j][len(indent):len(indent) + 1] in ("+", "|"):
                if header < 0 and "=" in lines[j] and _GRID_BORDER.match(lines[j]):
                    header = j
                j += 1
            line = lines[i]
            bounds = tuple(_col_of(line, m.start()) for m in re.finditer(r"\+", line))
            if j - i >= 3:
                tables.append(Table("grid", i, j, bounds, header))
            i = j
            continue
        if simple is not None:
            indent = simple.group("indent")
            borders = [i]
            j = i + 1
            while j < n:
                line = lines[j]
                if line.strip() and not line.startswith(indent):
                    break
                if _SIMPLE_BORDER.match(line):
                    borders.append(j)
                    after = lines[j + 1] if j + 1 < n else ""
                    if not after.strip() and len(borders) >= 2:
                        break
                j += 1
            if len(borders) >= 2:
                line = lines[i]
                bounds = tuple(c for m in re.finditer(r"=+", line)
                               for c in (_col_of(line, m.start()), _col_of(line, m.end())))
                header = borders[1] if len(borders) >= 3 else -1
                tables.append(Table("simple", i, borders[-1] + 1, bounds, header))
                i = borders[-1] + 1
                continue
        i += 1
    return tables


def table_at(lines: list[str], index: int) -> Table | None:
    """The table holding line `index`, if any."""
    for t in find_tables(lines):
        if t.start <= index < t.end:
            return t
    return None


def _is_border(table: Table, line: str) -> bool:
    pattern = _GRID_BORDER if table.kind == "grid" else _SIMPLE_BORDER
    return bool(pattern.match(line))


def widen(lines: list[str], table: Table, k: int, n: int) -> tuple[list[str], Table]:
    """Column k made `n` display columns wider in every line of the table."""
    if n <= 0:
        return lines, table
    at = table.bounds[k + 1] if table.kind == "grid" else table.bounds[2 * k + 1]
    out = list(lines)
    for i in range(table.start, table.end):
        line = out[i]
        if not line.strip():
            continue
        border = _is_border(table, line)
        if table.kind == "simple" and not border and column_width(line) <= at:
            continue
        idx = _index_at(line, at)
        if idx > len(line):
            line = _pad_to(line, at)
            idx = len(line)
        if border:
            prev = line[idx - 1] if idx > 0 else "-"
            fill = prev if prev in "-=" else ("=" if table.kind == "simple" else "-")
        else:
            fill = " "
        out[i] = line[:idx] + fill * n + line[idx:]
    if table.kind == "grid":
        bounds = tuple(b + n if j > k else b for j, b in enumerate(table.bounds))
    else:
        bounds = tuple(b + n if j > 2 * k else b for j, b in enumerate(table.bounds))
    return out, replace(table, bounds=bounds)


def cell_text(line: str, table: Table, k: int) -> str:
    """The raw text of column k in one line (for the last column of a simple table: everything to the line end)."""
    lo, hi = table.span(k)
    a = _index_at(line, lo)
    if table.kind == "simple" and k == table.columns - 1:
        return line[a:] if a < len(line) else ""
    b = _index_at(line, hi)
    return line[a:b] if a < len(line) else ""


def _room(table: Table, k: int) -> int | None:
    """Display columns a cell's text may use (None: unbounded, the last column of a simple table)."""
    lo, hi = table.span(k)
    if table.kind == "simple" and k == table.columns - 1:
        return None
    return hi - lo


def set_cell(lines: list[str], table: Table, index: int, k: int, text: str) -> tuple[list[str], Table]:
    """Line `index`, column k, holds `text` (padded; the column widened when it needs the room)."""
    room = _room(table, k)
    need = column_width(text) + (2 if table.kind == "grid" else 0)
    if room is not None and need > room:
        lines, table = widen(lines, table, k, need - room)
    lo, hi = table.span(k)
    line = _pad_to(lines[index], hi if table.kind == "grid" else lo)
    a = _index_at(line, lo)
    if table.kind == "simple" and k == table.columns - 1:
        new = line[:a] + text
    else:
        b = _index_at(line, hi)
        body = (" " + text) if table.kind == "grid" else text
        new = line[:a] + body + " " * max(0, (hi - lo) - column_width(body)) + line[b:]
    out = list(lines)
    out[index] = new
    return out, table


def replace_span(lines: list[str], index: int, start: int, end: int, new: str) -> list[str]:
    """`lines[index][start:end]` replaced by `new`; inside a table cell the table stays well formed."""
    line = lines[index]
    table = table_at(lines, index)
    if table is None or _is_border(table, line):
        out = list(lines)
        out[index] = line[:start] + new + line[end:]
        return out
    for k in range(table.columns):
        lo, hi = table.span(k)
        a = _index_at(line, lo)
        b = len(line) if table.kind == "simple" and k == table.columns - 1 else _index_at(line, hi)
        if a <= start and end <= b:
            cell = line[a:b]
            text = (cell[: start - a] + new + cell[end - a:]).rstrip()
            if table.kind == "grid" and text.startswith(" "):
                text = text[1:]  # set_cell puts back the one space after the separator
            return set_cell(lines, table, index, k, text)[0]
    out = list(lines)
    out[index] = line[:start] + new + line[end:]
    return out


def row_lines(lines: list[str], table: Table) -> list[list[int]]:
    """The body rows of a table (after the header separator, if any), each as the indexes of its text lines."""
    rows: list[list[int]] = []
    first = (table.header_end if table.header_end >= 0 else table.start) + 1
    current: list[int] = []
    for i in range(first, table.end):
        line = lines[i]
        if _is_border(table, line) or not line.strip():
            if current:
                rows.append(current)
            current = []
            continue
        if table.kind == "simple" and current and not cell_text(line, table, 0).strip():
            current.append(i)  # a continuation line: nothing in the first column
            continue
        if table.kind == "simple" and current:
            rows.append(current)
            current = []
        current.append(i)
    if current:
        rows.append(current)
    return rows


def column_index(lines: list[str], table: Table, words: tuple[str, ...]) -> int | None:
    """The column whose header starts with one of `words` (case-insensitive), if the table has a header."""
    if table.header_end < 0:
        return None
    for k in range(table.columns):
        header = " ".join(cell_text(lines[i], table, k).strip(" |") for i in range(table.start + 1, table.header_end))
        head = header.strip().lower()
        if any(head.startswith(w) for w in words):
            return k
    return None


def fill_cell(lines: list[str], table: Table, row: list[int], k: int, text: str) -> list[str]:
    """A body row's column k given `text` as well, wrapped on continuation lines added to the row (the other
    cells of those lines blank), so a cell of any size keeps the table well formed. In a grid table the column is
    widened to 40 first if narrower; in a simple table the text goes to the open last column, whatever k."""
    if table.kind == "simple":
        # continuation lines of a simple table leave the first column blank: the text goes to the last column
        k = table.columns - 1
        lo = table.span(k)[0]
        if k == 0:
            old = cell_text(lines[row[0]], table, k).rstrip()
            return set_cell(lines, table, row[0], k, (old + " " + text).strip())[0]
        indent = lines[table.start][: len(lines[table.start]) - len(lines[table.start].lstrip())]
        lead = indent + " " * (lo - column_width(indent))
        added = [lead + chunk for chunk in textwrap.wrap(text, 80, break_on_hyphens=False)]
        return [*lines[: row[-1] + 1], *added, *lines[row[-1] + 1:]]
    room = _room(table, k) or 0
    if room < 42:
        lines, table = widen(lines, table, k, 42 - room)
        room = 42
    chunks = textwrap.wrap(text, room - 2, break_long_words=True, break_on_hyphens=False) or [""]
    blank = lines[row[-1]]
    for j in range(table.columns):
        blank = set_cell([blank], table, 0, j, "")[0][0]
    added = [set_cell([blank], table, 0, k, chunk)[0][0] for chunk in chunks]
    return [*lines[: row[-1] + 1], *added, *lines[row[-1] + 1:]]


def _close_last_column(lines: list[str], table: Table) -> tuple[list[str], Table]:
    """A simple table's open last column given a border as wide as its widest text, so it has a width."""
    k = table.columns - 1
    lo, hi = table.span(k)
    widest = max([hi, *(lo + column_width(cell_text(lines[n], table, k).rstrip())
                        for n in range(table.start, table.end) if not _is_border(table, lines[n]))])
    out = list(lines)
    for n in range(table.start, table.end):
        if _is_border(table, out[n]):
            out[n] = out[n].rstrip() + "=" * (widest - hi)
    return out, replace(table, bounds=(*table.bounds[:-1], widest))


def swap_columns(lines: list[str], table: Table, i: int, j: int, body_only: bool) -> list[str]:
    """Columns i and j swapped (both widened to the wider first), in every line or only in the body rows."""
    if i == j:
        return lines
    if table.kind == "simple" and table.columns - 1 in (i, j):
        lines, table = _close_last_column(lines, table)
    wi = table.span(i)[1] - table.span(i)[0]
    wj = table.span(j)[1] - table.span(j)[0]
    lines, table = widen(lines, table, i, wj - wi)
    lines, table = widen(lines, table, j, wi - wj)
    a, b = sorted((i, j))
    (alo, ahi), (blo, bhi) = table.span(a), table.span(b)
    first = table.header_end + 1 if body_only and table.header_end >= 0 else table.start
    out = list(lines)
    for n in range(first, table.end):
        line = _pad_to(out[n], bhi)
        if not line.strip() or _is_border(table, line):
            continue
        ia, ja, ib, jb = (_index_at(line, c) for c in (alo, ahi, blo, bhi))
        out[n] = (line[:ia] + line[ib:jb] + line[ja:ib] + line[ia:ja] + line[jb:]).rstrip()
    return out
