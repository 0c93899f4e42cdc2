"""Prose -> JSON Schema keywords: a table of rules, one small function per keyword family, one module per family.

Each rule reads one description cell (Markdown-ish text from the reader: `**x**` is bold, `- x` a bullet) in the
context of its property (type, siblings) and returns `Finding`s: a keyword, its value and the sentence that
said so. Rules never invent: an ambiguous sentence gives no keyword (the engine reports it as unrecognised).
"""

from __future__ import annotations

from dataclasses import replace

from generator.constraints.rules.default import rule_default
from generator.constraints.rules.deprecated import rule_deprecated
from generator.constraints.rules.enum import rule_enum
from generator.constraints.rules.format import rule_format
from generator.constraints.rules.length import rule_length
from generator.constraints.rules.not_enum import rule_not_enum
from generator.constraints.rules.numeric import range_pattern, rule_range
from generator.constraints.rules.pattern import rule_pattern
from generator.constraints.rules.prose import looks_like_constraint, normalise_labelled
from generator.constraints.rules.required_when import rule_required_when
from generator.constraints.rules.revise import revise
from generator.constraints.rules.text import AMBIGUOUS, Cell, Finding, Rule, clean_text, sentences
from generator.constraints.rules.unit import rule_unit

__all__ = [
    "AMBIGUOUS",
    "RULES",
    "Cell",
    "Finding",
    "Rule",
    "clean_text",
    "constrain_cell",
    "looks_like_constraint",
    "normalise_labelled",
    "range_pattern",
    "revise",
    "rule_default",
    "rule_deprecated",
    "rule_enum",
    "rule_format",
    "rule_length",
    "rule_not_enum",
    "rule_pattern",
    "rule_range",
    "rule_required_when",
    "rule_unit",
    "run_rules",
    "sentences",
]

RULES: dict[str, Rule] = {
    "length": rule_length,
    "range": rule_range,
    "enum": rule_enum,
    "not_enum": rule_not_enum,
    "pattern": rule_pattern,
    "default": rule_default,
    "format": rule_format,
    "deprecated": rule_deprecated,
    "required_when": rule_required_when,
    "unit": rule_unit,
}


def constrain_cell(cell: Cell) -> list[Finding]:
    """Every rule of the table on one cell, in table order; a rule that raises raises (tests, the score)."""
    findings, failures = run_rules(cell)
    if failures:
        raise failures[0][1]
    return findings


def run_rules(cell: Cell) -> tuple[list[Finding], list[tuple[str, Exception]]]:
    """Every rule of the table on one cell, each on its own: a rule that raises loses only its own findings, and
    is returned with its exception (the engine reports it as an `internal-error` and carries on)."""
    failures: list[tuple[str, Exception]] = []
    try:
        cell = replace(cell, text=normalise_labelled(cell.text))
    except Exception as exc:
        failures.append(("normalise_labelled", exc))  # the rules read the text as written
    out: list[Finding] = []
    for name, rule in RULES.items():
        try:
            out.extend(rule(cell))
        except Exception as exc:
            failures.append((name, exc))
    try:
        out = revise(cell, out)
    except Exception as exc:
        failures.append(("revise", exc))  # the findings as the rules gave them
    return out, failures
