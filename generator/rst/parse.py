"""Parse one RST page with docutils, with stand-ins for the Sphinx-only markup.

This is the only place that touches docutils' role and directive registries. Registration is
idempotent (`ensure_registered`), so importing or calling it twice changes nothing.

Nothing docutils reports is thrown away: every system message of level ERROR or above (docutils could not read a
piece of markup, and what it held is missing from the doctree) becomes a diagnostic with file and line, collected
by an observer on the page's reporter. The doctree keeps those messages where the lost markup was (the reader
skips them when it renders text, and a lost table breaks its label chain). Two cases are recovered: a `code-block`
written without the blank line before its content (read, with a warning) and lines longer than docutils' default
`line_length_limit` (read up to `LINE_LENGTH_LIMIT`; a longer line refuses the page with `PageRefused`).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import docutils.core
import docutils.nodes as nodes
import docutils.parsers.rst.states
import docutils.parsers.rst.tableparser
import docutils.statemachine
import docutils.utils
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Directive, Parser, directives, roles
from docutils.parsers.rst.directives.body import CodeBlock
from docutils.parsers.rst.directives.tables import RSTTable
from docutils.readers.standalone import Reader

from generator.diagnostics import CODES, Diagnostic, Loc

__all__ = ["DOC_CLASS", "LINE_LENGTH_LIMIT", "LOST_TABLE_CLASS", "NO_BLANK_LINE_CLASS", "REF_CLASS", "PageRefused",
           "ParsedPage", "ensure_registered", "message_diagnostics", "parse_page", "parse_rst"]

REF_CLASS = "xref-ref"
DOC_CLASS = "xref-doc"
LOST_TABLE_CLASS = "lost-table"  # on the system message that stands where a table docutils could not parse was
NO_BLANK_LINE_CLASS = "no-blank-line"  # on a code block read from a directive with no blank line before it
_CAUSE_CLASS = "told-with-lost-table"  # on a message raised inside a table directive and told with its error

# docutils refuses a page with a line longer than its `line_length_limit` (10,000 by default) and parses nothing of
# it. A grid table row carrying a long cell is one such line; 1,000,000 characters keeps the longest cells a page
# may hold (reading a 100 kB row takes about a second, a 1 MB one about half a minute, as the inliner's regexes grow
# faster than the line) and still bounds the time one line can take.
LINE_LENGTH_LIMIT = 1_000_000

_registered = False


def _split_target(text: str) -> tuple[str, str]:
    """`Title <label>` -> (Title, label); `label` -> (label, label)."""
    text = docutils.utils.unescape(text)
    if text.endswith(">") and "<" in text:
        title, _, target = text[:-1].rpartition("<")
        title = title.strip()
        target = target.strip()
        return (title or target), target
    return text.strip(), text.strip()


def _xref_role(css_class: str) -> Any:
    def role(
        name: str,
        rawtext: str,
        text: str,
        lineno: int,
        inliner: Any,
        options: dict[str, Any] | None = None,
        content: Sequence[str] | None = None,
    ) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        title, target = _split_target(text)
        node = nodes.inline(rawtext, title, classes=[css_class])
        node["reftarget"] = nodes.fully_normalize_name(target)
        node.line = lineno
        return [node], []

    return role


def _literal_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: dict[str, Any] | None = None,
    content: Sequence[str] | None = None,
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    title, _target = _split_target(text)
    return [nodes.literal(rawtext, title)], []


class _NoOp(Directive):
    """Stand-in for Sphinx directives that carry no API content (toctree and friends)."""

    has_content = True
    optional_arguments = 10
    final_argument_whitespace = True
    option_spec = None

    def run(self) -> list[nodes.Node]:
        return []


def _said(message: nodes.system_message) -> str:
    """What docutils said, without the markup it quotes."""
    para = message.next_node(nodes.paragraph)
    return " ".join((para.astext() if para is not None else message.astext()).split())


class _CodeBlock(CodeBlock):
    """docutils' `code` directive (`code-block`, `sourcecode`), which also reads a block written without the blank
    line between the directive and its content.

    docutils (and Sphinx) take every line up to the first blank one as the directive's arguments, so such a block
    fails ("maximum 1 argument(s) allowed", or "Content block expected" for a one-word block) and the example is
    gone. When docutils would fail that way, the lines after the directive's own line, up to the blank line, are read
    as the content (with what follows the blank line), the language being the word on the directive's line; the
    block is marked `NO_BLANK_LINE_CLASS` so the reader reports it. Whatever docutils reads without an error (a
    language alone on the next line, the content after a blank line) is read as docutils reads it.
    """

    final_argument_whitespace = True  # the whole argument block reaches `run` as one argument

    def run(self) -> list[nodes.Node]:
        first = self.block_text.split("\n", 1)[0].partition("::")[2].split()
        argument = self.arguments[0] if self.arguments else ""
        language_line, _, rest = argument.partition("\n") if first else ("", "", argument)
        words = argument.split()
        if not rest or (len(words) <= 1 and self.content):
            # as docutils reads it: the arguments on the directive's line, or a language alone on the next line
            # with the content after a blank line; docutils' own checks and messages
            if len(words) > 1:
                raise self.error(f'Error in "{self.name}" directive:\nmaximum 1 argument(s) allowed, '
                                 f"{len(words)} supplied.")
            return self._docutils_run()
        if len(language_line.split()) > 1:
            raise self.error(f'Error in "{self.name}" directive: the language "{language_line}" is more than one '
                             "word, and the content starts on the next line with no blank line before it.")
        lines = rest.split("\n")  # the lines right after the directive's own line
        if self.content:  # after a blank line: `content_offset` is its 0-based line, the blank lines come between
            lines += [""] * max(self.content_offset - self.lineno - len(lines), 1) + list(self.content)
        self.arguments = language_line.split()
        self.content = docutils.statemachine.StringList(lines)
        out = self._docutils_run()
        for node in out:
            if isinstance(node, nodes.literal_block):
                node["classes"].append(NO_BLANK_LINE_CLASS)
                node.line = self.lineno + 1  # the content's first line, right under the directive
        return out

    def _docutils_run(self) -> list[nodes.Node]:
        out: list[nodes.Node] = super().run()  # type: ignore[no-untyped-call]
        return out


class _Table(RSTTable):
    """docutils' `table` directive. When its content is not one readable table, docutils reports only "exactly one
    table expected" and drops what the content parse said (where the table is broken and how). This keeps those
    messages on the error as its `causes` and marks the error `LOST_TABLE_CLASS`."""

    def run(self) -> Sequence[nodes.table | nodes.system_message]:
        raised: list[nodes.system_message] = []
        self.reporter.attach_observer(raised.append)
        try:
            out = super().run()
        finally:
            self.reporter.detach_observer(raised.append)
        if out and isinstance(out[0], nodes.system_message) and out[0]["level"] >= _ERROR:
            causes = [m for m in raised if m is not out[0] and m["level"] >= _ERROR]
            for cause in causes:
                cause["classes"].append(_CAUSE_CLASS)
            out[0]["classes"].append(LOST_TABLE_CLASS)
            out[0]["causes"] = [f"line {m.get('line') or self.lineno}: {_said(m)}" for m in causes]
        return out


def ensure_registered() -> None:
    """Register the Sphinx stand-ins once. Safe to call any number of times."""
    global _registered
    if _registered:
        return
    roles.register_local_role("ref", _xref_role(REF_CLASS))
    roles.register_local_role("doc", _xref_role(DOC_CLASS))
    roles.register_local_role("download", _literal_role)  # type: ignore[arg-type]
    for name in ("toctree", "only", "index", "tabularcolumns", "highlight"):
        directives.register_directive(name, _NoOp)
    for name in ("code", "code-block", "sourcecode"):
        directives.register_directive(name, _CodeBlock)
    directives.register_directive("table", _Table)
    _registered = True


_ERROR = 3  # docutils' system message levels: 1 INFO, 2 WARNING, 3 ERROR, 4 SEVERE

_SETTINGS: dict[str, Any] = {
    "report_level": 4,  # nothing is written to a stream (see `warning_stream`); messages are observed instead
    "halt_level": 5,
    "line_length_limit": LINE_LENGTH_LIMIT,
    "syntax_highlight": "none",
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "input_encoding": "utf-8",
    "warning_stream": False,
    "traceback": True,
}


@functools.cache
def _default_settings() -> Any:
    """The components' default settings, built once: docutils builds them with an OptionParser it deprecates,
    silencing that warning in a way that is not thread-safe."""
    settings = get_default_settings(Parser, Reader)
    for key, value in _SETTINGS.items():
        setattr(settings, key, value)
    return settings


def _settings() -> Any:
    """A fresh copy per page: docutils records per-document state on the settings object."""
    return copy.deepcopy(_default_settings())


class PageRefused(Exception):
    """docutils would parse nothing of the page (a line longer than `LINE_LENGTH_LIMIT`)."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


# docutils checks every character of a grid table's lines for combining (`strip_combining_chars`, `column_indices`)
# and East Asian wide characters (`StringList.pad_double_width`), one Python call per character: about a fifth of
# parsing these pages. An ASCII line holds neither, so these give it back as it is and hand any other line to
# docutils: the same results for every line.
_STRIP_COMBINING = docutils.utils.strip_combining_chars
_COLUMN_INDICES = docutils.utils.column_indices
_PAD_DOUBLE_WIDTH = docutils.statemachine.StringList.pad_double_width


def _strip_combining_chars(text: str) -> str:
    return text if text.isascii() else _STRIP_COMBINING(text)


def _column_indices(text: str) -> list[int]:
    return list(range(len(text))) if text.isascii() else _COLUMN_INDICES(text)


def _pad_double_width(self: docutils.statemachine.StringList, pad_char: str) -> None:
    if not all(isinstance(line, str) and line.isascii() for line in self.data):
        _PAD_DOUBLE_WIDTH(self, pad_char)


# docutils makes every state of a state machine (the RST parser's 15, each building its transitions from its patterns)
# whenever it makes a machine: one per nested parse (each list, list item, table...), which uses one or two of them.
# These make a state when the machine first uses it, and initialise it then if the machine has started: a quarter
# of parsing these pages (after the ASCII shortcuts). What the states do is unchanged; a machine given states twice,
# or two of one name, gets docutils' own `add_states`.
_ADD_STATES = docutils.statemachine.StateMachine.add_states
_RUNTIME_INIT = docutils.statemachine.StateMachine.runtime_init


class _States(dict[str, Any]):
    """A machine's states by name, each made when first asked for."""

    def __init__(self, machine: docutils.statemachine.StateMachine[Any], classes: dict[str, Any]) -> None:
        super().__init__()
        self.machine = machine
        self.classes = classes
        self.started = False

    def __missing__(self, name: str) -> Any:
        state = self[name] = self.classes[name](self.machine, self.machine.debug)  # KeyError: an unknown state
        if self.started:
            state.runtime_init()
        return state


def _add_states(self: docutils.statemachine.StateMachine[Any], state_classes: Sequence[Any]) -> None:
    classes = {state_class.__name__: state_class for state_class in state_classes}
    if type(self.states) is not dict or self.states or len(classes) != len(state_classes):
        _ADD_STATES(self, state_classes)  # states added to a machine that has some, or a duplicate: docutils' way
        return
    self.states = _States(self, classes)


def _runtime_init(self: docutils.statemachine.StateMachine[Any]) -> None:
    if isinstance(self.states, _States):
        self.states.started = True
    _RUNTIME_INIT(self)


_FAST: tuple[tuple[Any, str, Any], ...] = (
    (docutils.statemachine.StateMachine, "add_states", _add_states),
    (docutils.statemachine.StateMachine, "runtime_init", _runtime_init),
    (docutils.parsers.rst.states, "strip_combining_chars", _strip_combining_chars),
    (docutils.parsers.rst.tableparser, "strip_combining_chars", _strip_combining_chars),
    (docutils.utils, "column_indices", _column_indices),
    (docutils.statemachine.StringList, "pad_double_width", _pad_double_width),
)


class _Patches:
    """The fast path's patches, in place while at least one parse is in it: parses in threads (a test builds two
    services at once) share one docutils, and each saving and restoring its own would leave the patches in place when
    the one that began second ended last. The lock and the count are the only state; docutils is as it was whenever
    no parse is in the fast path."""

    def __init__(self, patches: Sequence[tuple[Any, str, Any]]) -> None:
        self.patches = patches
        self.lock = threading.Lock()
        self.depth = 0
        self.saved: list[tuple[Any, str, Any]] = []

    @contextlib.contextmanager
    def applied(self) -> Iterator[None]:
        with self.lock:
            if self.depth == 0:
                self.saved = [(owner, name, getattr(owner, name)) for owner, name, _ in self.patches
                              if hasattr(owner, name)]
                for owner, name, fast in self.patches:
                    if hasattr(owner, name):
                        setattr(owner, name, fast)
            self.depth += 1
        try:
            yield
        finally:
            with self.lock:
                self.depth -= 1
                if self.depth == 0:
                    for owner, name, value in self.saved:
                        setattr(owner, name, value)


_FAST_PATH = _Patches(_FAST)


class _Parser(Parser):
    """The RST parser, with an observer on the page's reporter: it sees every system message docutils raises while
    parsing and while applying its transforms (which run with the same reporter), whatever the report level."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[nodes.system_message] = []

    def parse(self, inputstring: str, document: nodes.document) -> None:
        document.reporter.attach_observer(self.messages.append)
        super().parse(inputstring, document)


@dataclass(frozen=True)
class ParsedPage:
    doc: nodes.document
    # every message of level ERROR or above docutils raised, in order, and the INFO that a `::` literal block
    # has no blank line before it (`_literal_no_blank_line`)
    messages: tuple[nodes.system_message, ...]


def _literal_no_blank_line(message: nodes.system_message) -> bool:
    """docutils' INFO for `Text::` followed by indented lines with no blank line between: the lines are read (and
    published) as a definition list, not as the literal block the `::` asks for."""
    return _said(message).startswith("Blank line missing before literal block")


def message_diagnostics(path: str, doc: nodes.document, messages: Sequence[nodes.system_message],
                        cut_labels: Mapping[int, Sequence[str]]) -> list[Diagnostic]:
    """A diagnostic per docutils error (a lost table told once, with what its content parse said), and one per code
    block `_CodeBlock` recovered. `cut_labels`: id(message) -> the labels in front of the markup it stands for."""
    out: list[Diagnostic] = []
    for m in messages:
        line = int(m.get("line") or 1)
        if _literal_no_blank_line(m):
            code = "literal-no-blank-line"
            out.append(Diagnostic(Loc(path, line), code, CODES[code][0],
                                  "no blank line between `::` and the indented lines after it: docutils and Sphinx "
                                  "read them as a definition list, not as a literal block (an example there is "
                                  "not read as one)"))
            continue
        if _CAUSE_CLASS in m["classes"] or m["level"] < _ERROR:
            continue  # told with the lost table it belongs to
        said = _said(m)
        labels = cut_labels.get(id(m), ())
        named = (f" The label{'s' if len(labels) > 1 else ''} {', '.join(labels)} in front of it name"
                 f"{'' if len(labels) > 1 else 's'} no table.") if labels else ""
        if LOST_TABLE_CLASS in m["classes"] or said.startswith("Malformed table."):
            causes: list[str] = m.get("causes", [])
            why = "; ".join(causes)
            code = "table-unparsed"
            text = f"docutils could not parse this table, so none of its rows is read: {why or said}{named}"
        else:
            code = "rst-error"
            text = f"docutils could not read this markup, so what it holds is not read: {said}{named}"
        out.append(Diagnostic(Loc(path, line), code, CODES[code][0], text))
    for block in doc.findall(nodes.literal_block):
        if NO_BLANK_LINE_CLASS in block["classes"]:
            code = "code-block-no-blank-line"
            out.append(Diagnostic(Loc(path, int(block.line or 1)), code, CODES[code][0],
                                  "no blank line between the directive and its content: docutils and Sphinx take "
                                  "the content for arguments and drop the block (the published page shows an "
                                  "error); read as the block's content"))
    return out


def _refuse_long_lines(text: str, settings: Any) -> None:
    """docutils checks every line against `line_length_limit` before parsing and, past it, parses nothing: the page
    is refused here with its line, rather than read as an empty page."""
    lines = docutils.statemachine.string2lines(text, tab_width=getattr(settings, "tab_width", 8),
                                                convert_whitespace=True)
    for i, line in enumerate(lines, start=1):
        if len(line) > settings.line_length_limit:
            raise PageRefused(f"line {i} has {len(line)} characters, more than the {settings.line_length_limit} "
                              "docutils reads in one line; the page is not read", i)


def parse_page(text: str, source_path: str, fast_path: bool = True) -> ParsedPage:
    """Parse RST text into a docutils doctree, with every error docutils reported (`message_diagnostics` makes
    them diagnostics). Raises `PageRefused` when docutils would read nothing of the page. `fast_path=False`:
    docutils' own character checks and all of a state machine's states made with it (the same doctree, slower;
    `benchmarks.build`'s plain parsing)."""
    ensure_registered()
    settings = _settings()
    _refuse_long_lines(text, settings)
    parser = _Parser()
    with _FAST_PATH.applied() if fast_path else contextlib.nullcontext():
        doc = docutils.core.publish_doctree(text, source_path=source_path, settings=settings, parser=parser)
    assert isinstance(doc, nodes.document)
    return ParsedPage(doc, tuple(m for m in parser.messages if m["level"] >= _ERROR or _literal_no_blank_line(m)))


def parse_rst(text: str, source_path: str, fast_path: bool = True) -> nodes.document:
    """Parse RST text into a docutils doctree (`parse_page` without the messages)."""
    return parse_page(text, source_path, fast_path).doc
