"""What a finding points at in the docs: the lines of a page, the example block a defect is in (and the line of the
field it names), and the sentence a rule comes from. Reads the docs tree; writes nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["ExampleLines", "Sources", "constraint_entries", "constraint_sentences", "pointer_lines", "pointers_of",
           "rule_of", "rule_source"]

# what lint.py writes into an example defect's message: `... (op_id): /a/0/b: <what> (rule `type`); rule from
# path.rst:107`, or `... (op_id): field(s) x, y at /a documented by no table; rule from path.rst:29`
_RULE = re.compile(r"\(rule `(?P<rule>[^`]+)`\)")
_RULE_FROM = re.compile(r"; rule from (?P<path>\S+?):(?P<line>\d+)$")
_POINTER = re.compile(r"\(\S+\): (?P<pointer>/[^:]*): ")
_FIELDS_AT = re.compile(r"\(\S+\): field\(s\) (?P<fields>.+?) at (?P<at>/\S*) documented by no table")
_SOURCE = re.compile(r"^(?P<keyword>[^:]+): (?P<path>.+?):(?P<line>\d+): (?P<sentence>.*)$", re.S)


@dataclass(frozen=True)
class ExampleLines:
    """A code block of a page: its lines (number, text) and the numbers of the lines a defect names."""

    lines: tuple[tuple[int, str], ...]
    marked: tuple[int, ...]


def rule_of(message: str) -> str:
    """The schema keyword an example defect's message says it breaks, or ""."""
    match = _RULE.search(message)
    return match["rule"] if match else ""


def rule_source(message: str) -> tuple[str, int] | None:
    """The place (path, line) the broken rule comes from, as an example defect's message states it."""
    match = _RULE_FROM.search(message)
    return (match["path"], int(match["line"])) if match else None


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def pointers_of(message: str) -> tuple[str, ...]:
    """The JSON pointers of the example's values an example defect's message names."""
    match = _POINTER.search(message)
    if match:
        return (match["pointer"],)
    fields = _FIELDS_AT.search(message)
    if fields:
        at = fields["at"].rstrip("/")
        return tuple(f"{at}/{_escape(name.strip())}" for name in fields["fields"].split(", "))
    return ()


def constraint_entries(spec: Any) -> Iterator[tuple[dict[str, Any], str, str, int, str]]:
    """Every `x-constraint-source` entry of the spec (`keyword: path:line: sentence`), in document order, with the
    schema it sits on: (schema, keyword, path, line, sentence)."""
    if isinstance(spec, dict):
        sources = spec.get("x-constraint-source")
        for entry in sources if isinstance(sources, list) else []:
            match = _SOURCE.match(entry) if isinstance(entry, str) else None
            if match:
                yield spec, match["keyword"], match["path"], int(match["line"]), match["sentence"]
        for value in spec.values():
            yield from constraint_entries(value)
    elif isinstance(spec, list):
        for value in spec:
            yield from constraint_entries(value)


def constraint_sentences(spec: Any) -> dict[tuple[str, int], list[tuple[str, str]]]:
    """Every `x-constraint-source` entry of the spec by its place: (path, line) -> [(keyword, sentence)], in the
    order found, without repeats."""
    out: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for _, keyword, path, line, sentence in constraint_entries(spec):
        place = out.setdefault((path, line), [])
        if (keyword, sentence) not in place:
            place.append((keyword, sentence))
    return out


# --- where a JSON pointer sits in an example's text ---------------------------------------------------------------

_TOKEN = re.compile(r'\s+|//[^\n]*|/\*.*?\*/|#[^\n]*|"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+', re.S)


def _tokens(text: str) -> Iterator[tuple[str, int]]:
    """JSON tokens with their 1-based line; comments and white space skipped (examples may carry both)."""
    line = 1
    for match in _TOKEN.finditer(text):
        token = match.group()
        if not (token.isspace() or token.startswith(("//", "/*", "#"))):
            yield token, line
        line += token.count("\n")


def pointer_lines(text: str) -> dict[str, int]:
    """JSON pointer -> the line (1-based, in `text`) where its member or item starts. Tolerates what repaired
    examples hold (trailing commas, comments); a text that is no JSON gives what could be read before it broke."""
    tokens = list(_tokens(text))
    out: dict[str, int] = {}
    pos = 0

    def value(pointer: str, line: int) -> None:
        nonlocal pos
        out.setdefault(pointer, line)
        if pos >= len(tokens):
            return
        token = tokens[pos][0]
        pos += 1
        if token == "{":
            while pos < len(tokens) and tokens[pos][0] != "}":
                key, key_line = tokens[pos]
                pos += 1
                if key == ",":
                    continue
                name = key[1:-1] if key.startswith('"') else key
                if pos < len(tokens) and tokens[pos][0] == ":":
                    pos += 1
                value(f"{pointer}/{_escape(name)}", key_line)
            pos += 1
        elif token == "[":
            index = 0
            while pos < len(tokens) and tokens[pos][0] != "]":
                if tokens[pos][0] == ",":
                    pos += 1
                    continue
                value(f"{pointer}/{index}", tokens[pos][1])
                index += 1
            pos += 1

    if tokens:
        value("", tokens[0][1])
    return out


class Sources:
    """The docs tree's pages as lines, read once each (a page that cannot be read as UTF-8 has no lines)."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._pages: dict[str, tuple[str, ...]] = {}

    def lines(self, path: str) -> tuple[str, ...]:
        if path not in self._pages:
            try:
                text = (self._root / path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError, ValueError):
                text = ""
            self._pages[path] = tuple(text.splitlines())
        return self._pages[path]

    def line(self, path: str, line: int) -> str:
        """The text of one line, table borders and cell padding taken off (`| name | String | Text |` ->
        `name | String | Text`)."""
        lines = self.lines(path)
        if not 1 <= line <= len(lines):
            return ""
        return " | ".join(cell.strip() for cell in lines[line - 1].strip().strip("|").split("|") if cell.strip())

    def example(self, path: str, line: int, pointers: tuple[str, ...]) -> ExampleLines | None:
        """The code block whose content starts at `line` (the place of an example), up to the first line indented
        less; the lines of `pointers` marked."""
        lines = self.lines(path)
        if not 1 <= line <= len(lines) or not lines[line - 1].strip():
            return None
        indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
        content: list[tuple[int, str]] = []
        for number in range(line, len(lines) + 1):
            text = lines[number - 1]
            if text.strip() and len(text) - len(text.lstrip()) < indent:
                break
            content.append((number, text))
        while content and not content[-1][1].strip():
            content.pop()
        places = pointer_lines("\n".join(t for _, t in content)) if pointers else {}
        marked = tuple(sorted({line + places[p] - 1 for p in pointers if p in places}))
        return ExampleLines(lines=tuple((n, t[indent:]) for n, t in content), marked=marked)
