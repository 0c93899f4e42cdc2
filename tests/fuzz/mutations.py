"""Mutations of an RST page, each a small named function, and the hypothesis strategies that draw them.

A mutation is a value (`Mutation(name, args)`): its arguments are small integers that pick *which* line, table,
row, word or number it acts on (taken modulo what the page has, so any integer is valid on any page and
hypothesis shrinks towards the first one) and *how* (an index into a fixed list of styles or characters). The
same `Mutation` applied to the same text always gives the same text, so a failure is reproduced from the seed's
name and the mutation list alone.

Edits inside a table go through `tests.fuzz.tables` and keep the table well formed (a number rewritten, a
character inserted or a 100 kB cell reach the reader as cell text); `break_border` and the line mutations break
structure on purpose.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hypothesis import strategies as st

from tests.fuzz.tables import (
    Table,
    cell_text,
    column_index,
    fill_cell,
    find_tables,
    replace_span,
    row_lines,
    set_cell,
    swap_columns,
)

__all__ = [
    "ARITY",
    "MUTATIONS",
    "NUMBER_STYLES",
    "ODD_CHARACTERS",
    "Mutation",
    "apply_all",
    "mutated",
    "mutation_lists",
    "mutations",
]

# zero-width and joiners, byte order mark, bidi marks and overrides, NUL and other controls, a line separator
# (str.splitlines breaks there), odd spaces, emoji (a ZWJ sequence, a flag, a keycap), a combining mark alone,
# non-ASCII digits and letters, a tab (docutils expands it in tables)
ODD_CHARACTERS: tuple[str, ...] = (
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
    "\u200e", "\u200f", "\u202e", "\u2067", "\u202c",
    "\x00", "\x01", "\x1b", "\x7f", "\x85", "\u2028", "\x0c",
    "\u00a0", "\u3000", "\u202f",
    "\U0001f600", "\U0001f469\u200d\U0001f4bb", "\U0001f1e9\U0001f1ea", "1\ufe0f\u20e3",
    "\u0301", "\u0663", "\uff58", "\U0001d7d9", "\ufdfd", "\t",
)

_DIGIT_SETS = {"arabic-indic": 0x0660, "devanagari": 0x0966, "fullwidth": 0xFF10, "bold-math": 0x1D7CE}


def _digits(number: str, zero: int) -> str:
    return "".join(chr(zero + int(c)) if c.isascii() and c.isdigit() else c for c in number)


def _as_int(number: str) -> int:
    """The integer part of an ASCII number, at most 18 digits of it (0 for anything else)."""
    head = number.split(".")[0].lstrip("-")[:18]
    return int(head) if head.isascii() and head.isdigit() else 0


# How a number is written instead: each style is one of the forms the issue lists, or found in the docs.
NUMBER_STYLES: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("thousands", lambda n: f"{max(_as_int(n), 1) * (1 if _as_int(n) >= 1000 else 1024):,}"),
    ("exponent", lambda n: f"{n}e9"),
    ("one-e-nine", lambda n: "1e9"),
    ("minus-zero", lambda n: "-0"),
    ("negative", lambda n: f"-{n}"),
    ("arabic-indic", lambda n: _digits(n, _DIGIT_SETS["arabic-indic"])),
    ("devanagari", lambda n: _digits(n, _DIGIT_SETS["devanagari"])),
    ("fullwidth", lambda n: _digits(n, _DIGIT_SETS["fullwidth"])),
    ("bold-math", lambda n: _digits(n, _DIGIT_SETS["bold-math"])),
    ("float-infinity", lambda n: "1" + "0" * 400),  # float() gives inf
    ("many-digits", lambda n: "9" * 5000),  # beyond int()'s 4,300-digit limit
    ("1e999", lambda n: "1e999"),
    ("decimal", lambda n: f"{n}.5"),
    ("leading-zeros", lambda n: f"00{n}"),
    ("hex", lambda n: f"0x{_as_int(n):x}"),
    ("narrow-nbsp-thousands", lambda n: f"{max(_as_int(n), 1) * 1024:,}".replace(",", "\u202f")),
    ("decimal-comma", lambda n: f"{n},5"),
)

_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])")
_WORD = re.compile(r"\w+")
_METHOD_PATH = re.compile(r"\b(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)[ \t]*(?:https?://\S*?)?(/\S*)")
_DIRECTIVE = re.compile(r"^[ \t]*\.\. table::")

# fixed texts for a 100 kB cell: prose, a constraint-like sentence repeated, numbers, one unbroken word
BIG_TEXTS: tuple[str, ...] = (
    "The widget keeps its settings until the next restart of the service. ",
    "The value contains 1 to 64 characters. Value range: 1 to 65535. Default value: 10. ",
    "Enumerated values: **alpha**, **beta**, **gamma**. The value can be **a** or **b**. ",
    "1,024 ",
    "x",
)
BIG_SIZE = 100_000

# names a row may be given: placeholders the reader knows, JSON oddities, a name that is too long
ROW_NAMES: tuple[str, ...] = ("None", "null", "NULL", "-", "N/A", "/", "", "__proto__", "$ref", "a.b", "{id}",
                              "naïve", "名前", "x" * 300, "0", "true")

# how a METHOD+path line is broken
PATH_EDITS: tuple[str, ...] = ("drop-close", "drop-open", "empty-braces", "nested-open", "space", "double-slash",
                               "stray-close", "odd-char")


@dataclass(frozen=True)
class Mutation:
    """One named mutation and its integer arguments (see the function of the same name)."""

    name: str
    args: tuple[int, ...]

    def apply(self, text: str) -> str:
        return MUTATIONS[self.name](text, *self.args)

    def __str__(self) -> str:
        return f"{self.name}({', '.join(map(str, self.args))})"


def apply_all(text: str, mutations: Sequence[Mutation]) -> str:
    for m in mutations:
        text = m.apply(text)
    return text


# --------------------------------------------------------------------------------------------------------------
# helpers


def _lines(text: str) -> tuple[list[str], str]:
    """The lines and the line end to join them with (the text's own, `\\n` when it has none)."""
    end = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(end)
    return lines, end


def _join(lines: list[str], end: str) -> str:
    return end.join(lines)


def _pick(seq: Sequence[Table], i: int) -> Table | None:
    return seq[i % len(seq)] if seq else None


def _occurrence(lines: list[str], pattern: re.Pattern[str], k: int, group: int = 0) -> tuple[int, int, int] | None:
    """(line, start, end) of the k-th match (modulo the count) of `pattern` in the lines."""
    spots = [(i, m.start(group), m.end(group)) for i, line in enumerate(lines) for m in pattern.finditer(line)]
    return spots[k % len(spots)] if spots else None


# --------------------------------------------------------------------------------------------------------------
# the mutations: (text, *ints) -> text


def delete_lines(text: str, at: int, count: int) -> str:
    """Lines `at` .. `at + count` (1 to 8 lines) removed."""
    lines, end = _lines(text)
    i = at % len(lines)
    del lines[i : i + 1 + count % 8]
    return _join(lines, end)


def duplicate_lines(text: str, at: int, count: int) -> str:
    """Lines `at` .. `at + count` (1 to 8 lines) repeated right after themselves."""
    lines, end = _lines(text)
    i = at % len(lines)
    block = lines[i : i + 1 + count % 8]
    lines[i:i] = block
    return _join(lines, end)


def truncate(text: str, at: int, column: int) -> str:
    """The page cut off in line `at`, after `column` characters of it."""
    lines, end = _lines(text)
    i = at % len(lines)
    line = lines[i]
    return _join([*lines[:i], line[: column % (len(line) + 1)]], end)


def break_border(text: str, table: int, how: int, position: int) -> str:
    """A table's structure broken: a border character dropped, a border cut short, a `+` turned into `-`, a
    separator line removed, a text line shifted by a space, a `|` removed."""
    lines, end = _lines(text)
    t = _pick(find_tables(lines), table)
    if t is None:
        return text
    borders = [i for i in range(t.start, t.end) if set(lines[i].strip()) <= set("+-= ") and lines[i].strip()]
    texts = [i for i in range(t.start, t.end) if i not in borders and lines[i].strip()]
    kind = how % 6
    if kind in (0, 1, 2, 3) or not texts:
        i = borders[position % len(borders)]
        line = lines[i]
        stripped = len(line) - len(line.lstrip())
        body = range(stripped, len(line.rstrip()))
        j = body[position % len(body)] if body else stripped
        if kind == 0:
            lines[i] = line[:j] + line[j + 1 :]
        elif kind == 1:
            lines[i] = line.rstrip()[: -1 - position % 5]
        elif kind == 2:
            pluses = [m.start() for m in re.finditer(r"\+", line)]
            if pluses:
                p = pluses[position % len(pluses)]
                lines[i] = line[:p] + "-" + line[p + 1 :]
        else:
            del lines[i]
    else:
        i = texts[position % len(texts)]
        line = lines[i]
        if kind == 4:
            lines[i] = " " + line
        else:
            bars = [m.start() for m in re.finditer(r"\|", line)]
            if bars:
                p = bars[position % len(bars)]
                lines[i] = line[:p] + " " + line[p + 1 :]
    return _join(lines, end)


def odd_unicode(text: str, word: int, char: int, where: int) -> str:
    """An odd character (zero-width, bidi mark, NUL, emoji, ... see ODD_CHARACTERS) put before, inside or after
    the `word`-th word of the page, or replacing the word."""
    lines, end = _lines(text)
    spot = _occurrence(lines, _WORD, word)
    if spot is None:
        return text
    i, a, b = spot
    c = ODD_CHARACTERS[char % len(ODD_CHARACTERS)]
    mode = where % 4
    if mode == 0:
        lines = replace_span(lines, i, a, a, c)
    elif mode == 1:
        mid = (a + b) // 2
        lines = replace_span(lines, i, mid, mid, c)
    elif mode == 2:
        lines = replace_span(lines, i, b, b, c)
    else:
        lines = replace_span(lines, i, a, b, c)
    return _join(lines, end)


def rewrite_number(text: str, number: int, style: int) -> str:
    """The `number`-th number of the page written another way (see NUMBER_STYLES: `1,024`, `1e9`, `-0`,
    non-ASCII digits, a number float() makes infinite, 5,000 digits, ...)."""
    lines, end = _lines(text)
    spot = _occurrence(lines, _NUMBER, number)
    if spot is None:
        return text
    i, a, b = spot
    _name, rewrite = NUMBER_STYLES[style % len(NUMBER_STYLES)]
    lines = replace_span(lines, i, a, b, rewrite(lines[i][a:b]))
    return _join(lines, end)


def big_cell(text: str, table: int, row: int, which: int) -> str:
    """A cell of about 100 kB: the last column (the description, as a rule) of a body row given one of BIG_TEXTS
    repeated; on a page with no table, a paragraph of that size after the title."""
    lines, end = _lines(text)
    filler = BIG_TEXTS[which % len(BIG_TEXTS)]
    big = (filler * (BIG_SIZE // len(filler) + 1))[:BIG_SIZE]
    t = _pick(find_tables(lines), table)
    rows = row_lines(lines, t) if t is not None else []
    if t is None or not rows:
        at = min(len(lines), 3)
        return _join([*lines[:at], "", *textwrap.wrap(big, 80), "", *lines[at:]], end)
    return _join(fill_cell(lines, t, rows[row % len(rows)], t.columns - 1, big), end)


def long_line(text: str, at: int, which: int) -> str:
    """One line made longer than 10,000 characters (text appended to it)."""
    lines, end = _lines(text)
    i = at % len(lines)
    filler = BIG_TEXTS[which % len(BIG_TEXTS)]
    lines[i] = lines[i] + " " + (filler * (12_000 // len(filler) + 1))[:12_000]
    return _join(lines, end)


def _label_before(lines: list[str], t: Table, label: str) -> tuple[list[str], int]:
    """`.. _label:` put before a table (before its `.. table::` directive when it has one); returns the new lines
    and how many lines were inserted before the table."""
    at = t.start
    j = at - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j >= 0 and _DIRECTIVE.match(lines[j]):
        at = j
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    return [*lines[:at], f"{indent}.. _{label}:", "", *lines[at:]], 2


def _ref_row(lines: list[str], t: Table, row: list[int], label: str) -> list[str]:
    """A body row made an object whose child table is `label`: Type `Object` and a `:ref:` in the description."""
    type_col = column_index(lines, t, ("type",))
    desc_col = column_index(lines, t, ("desc",))
    if desc_col is None:
        desc_col = t.columns - 1
    if type_col is not None:
        lines, t = set_cell(lines, t, row[0], type_col, "Object")
    old = cell_text(lines[row[0]], t, desc_col).strip(" |")
    new = f"{old} For details, see :ref:`Table <{label}>`.".strip()
    lines, t = set_cell(lines, t, row[0], desc_col, new)
    return lines


def self_ref(text: str, table: int, row: int) -> str:
    """A table made to nest itself: a label before it, and one of its rows an object pointing at that label."""
    lines, end = _lines(text)
    tables = [t for t in find_tables(lines) if row_lines(lines, t)]
    t = _pick(tables, table)
    if t is None:
        return text
    label = f"fuzz_self_ref_{table % len(tables)}"
    lines, shift = _label_before(lines, t, label)
    t = find_tables(lines)[[x.start for x in find_tables(lines)].index(t.start + shift)]
    rows = row_lines(lines, t)
    return _join(_ref_row(lines, t, rows[row % len(rows)], label), end)


def ref_cycle(text: str, first: int, second: int, row: int) -> str:
    """Two tables made to nest each other: a row of each an object pointing at the other's label."""
    lines, end = _lines(text)
    tables = [t for t in find_tables(lines) if row_lines(lines, t)]
    if len(tables) < 2:
        return self_ref(text, first, row)
    a = first % len(tables)
    b = (a + 1 + second % (len(tables) - 1)) % len(tables)
    for k, target in ((a, b), (b, a)):
        current = [t for t in find_tables(lines) if row_lines(lines, t)]
        lines, _ = _label_before(lines, current[target], f"fuzz_cycle_{target}")
        current = [t for t in find_tables(lines) if row_lines(lines, t)]
        rows = row_lines(lines, current[k])
        lines = _ref_row(lines, current[k], rows[row % len(rows)], f"fuzz_cycle_{target}")
    return _join(lines, end)


def swap_table_columns(text: str, table: int, first: int, second: int, body_only: int) -> str:
    """Two columns of a table swapped: with their headers (a column order the reader must map by name) or in the
    body rows only (the Mandatory and Type cells swapped under unchanged headers)."""
    lines, end = _lines(text)
    t = _pick(find_tables(lines), table)
    if t is None or t.columns < 2:
        return text
    i = first % t.columns
    j = (i + 1 + second % (t.columns - 1)) % t.columns
    return _join(swap_columns(lines, t, i, j, bool(body_only % 2)), end)


def rename_row(text: str, table: int, row: int, name: int) -> str:
    """A body row's first cell (the name, as a rule) replaced by one of ROW_NAMES (`None`, `null`, `-`, ...)."""
    lines, end = _lines(text)
    tables = [t for t in find_tables(lines) if row_lines(lines, t)]
    t = _pick(tables, table)
    if t is None:
        return text
    rows = row_lines(lines, t)
    r = rows[row % len(rows)]
    lines, _ = set_cell(lines, t, r[0], 0, ROW_NAMES[name % len(ROW_NAMES)])
    for i in r[1:]:
        lines, _ = set_cell(lines, t, i, 0, "")
    return _join(lines, end)


def break_path(text: str, occurrence: int, how: int, position: int) -> str:
    """A METHOD+path line broken (see PATH_EDITS): a `}` or `{` dropped, a placeholder emptied (`{}`), a
    nested `{`, a space or `//` inserted, a stray `}`, an odd character in the path."""
    lines, end = _lines(text)
    spot = _occurrence(lines, _METHOD_PATH, occurrence, group=1)
    if spot is None:
        return text
    i, a, b = spot
    path = lines[i][a:b]
    edit = PATH_EDITS[how % len(PATH_EDITS)]
    opens = [m.start() for m in re.finditer(r"\{", path)]
    closes = [m.start() for m in re.finditer(r"\}", path)]
    slashes = [m.start() for m in re.finditer("/", path)] or [0]
    if edit == "drop-close" and closes:
        p = closes[position % len(closes)]
        path = path[:p] + path[p + 1 :]
    elif edit == "drop-open" and opens:
        p = opens[position % len(opens)]
        path = path[:p] + path[p + 1 :]
    elif edit == "empty-braces":
        holders = list(re.finditer(r"\{[^{}]*\}", path))
        if holders:
            m = holders[position % len(holders)]
            path = path[: m.start()] + "{}" + path[m.end() :]
        else:
            path = path.rstrip("/") + "/{}"
    elif edit == "nested-open" and opens:
        p = opens[position % len(opens)]
        path = path[: p + 1] + "x{" + path[p + 1 :]
    elif edit == "space":
        p = slashes[position % len(slashes)] + 1
        path = path[:p] + " " + path[p:]
    elif edit == "double-slash":
        p = slashes[position % len(slashes)]
        path = path[:p] + "/" + path[p:]
    elif edit == "stray-close":
        p = slashes[position % len(slashes)] + 1
        path = path[:p] + "}" + path[p:]
    else:
        c = ODD_CHARACTERS[position % len(ODD_CHARACTERS)]
        p = slashes[position % len(slashes)] + 1
        path = path[:p] + c + path[p:]
    return _join(replace_span(lines, i, a, b, path), end)


MUTATIONS: dict[str, Callable[..., str]] = {
    "delete_lines": delete_lines,
    "duplicate_lines": duplicate_lines,
    "truncate": truncate,
    "break_border": break_border,
    "odd_unicode": odd_unicode,
    "rewrite_number": rewrite_number,
    "big_cell": big_cell,
    "long_line": long_line,
    "self_ref": self_ref,
    "ref_cycle": ref_cycle,
    "swap_columns": swap_table_columns,
    "rename_row": rename_row,
    "break_path": break_path,
}

ARITY: dict[str, int] = {  # how many integer arguments each mutation takes

    "delete_lines": 2, "duplicate_lines": 2, "truncate": 2, "break_border": 3, "odd_unicode": 3,
    "rewrite_number": 2, "big_cell": 3, "long_line": 2, "self_ref": 2, "ref_cycle": 3, "swap_columns": 4,
    "rename_row": 3, "break_path": 3,
}


# --------------------------------------------------------------------------------------------------------------
# strategies

_INDEX = st.integers(min_value=0, max_value=(1 << 16) - 1)


def mutations(names: Sequence[str] = tuple(MUTATIONS)) -> st.SearchStrategy[Mutation]:
    """One mutation of one of `names`, its arguments drawn (indexes shrink towards the first target)."""
    def of(name: str) -> st.SearchStrategy[Mutation]:
        return st.lists(_INDEX, min_size=ARITY[name], max_size=ARITY[name]).map(
            lambda args: Mutation(name, tuple(args)))

    return st.one_of(*(of(name) for name in names))


def mutation_lists(names: Sequence[str] = tuple(MUTATIONS), max_size: int = 3) -> st.SearchStrategy[
        tuple[Mutation, ...]]:
    """One to `max_size` mutations, applied in order."""
    return st.lists(mutations(names), min_size=1, max_size=max_size).map(tuple)


def mutated(page: str, names: Sequence[str] = tuple(MUTATIONS), max_size: int = 3) -> st.SearchStrategy[
        tuple[str, tuple[Mutation, ...]]]:
    """A page (RST text) with one to `max_size` mutations applied: (mutated text, the mutations)."""
    return mutation_lists(names, max_size).map(lambda ms: (apply_all(page, ms), ms))
