"""Parse one RST page with docutils, with stand-ins for the Sphinx-only markup.

This is the only place that touches docutils' role and directive registries. Registration is
idempotent (`ensure_registered`), so importing or calling it twice changes nothing.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Sequence
from typing import Any

import docutils.core
import docutils.nodes as nodes
import docutils.utils
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Directive, Parser, directives, roles
from docutils.readers.standalone import Reader

__all__ = ["DOC_CLASS", "REF_CLASS", "ensure_registered", "parse_rst"]

REF_CLASS = "xref-ref"
DOC_CLASS = "xref-doc"

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
    _registered = True


_SETTINGS: dict[str, Any] = {
    "report_level": 4,  # INFO/WARNING system messages would be inserted into table cells
    "halt_level": 5,
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


def parse_rst(text: str, source_path: str) -> nodes.document:
    """Parse RST text into a docutils doctree. Raises on docutils severe errors only."""
    ensure_registered()
    doc = docutils.core.publish_doctree(text, source_path=source_path, settings=_settings())
    assert isinstance(doc, nodes.document)
    return doc
