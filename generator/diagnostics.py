"""Diagnostics are values: a stable code, a severity, a location and a message.

Stages return them; only the CLI prints them and decides the exit code.
"""

from __future__ import annotations

import enum
import traceback
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CODES", "Diagnostic", "Loc", "Severity", "internal_error"]


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Loc:
    """A place in the docs: path relative to the docs root (`api-ref/source`), 1-based line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, order=True)
class Diagnostic:
    loc: Loc
    code: str
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.loc}: {self.severity}[{self.code}] {self.message}"


# Every code a stage may emit, with its severity and what it means. Tests check that stages
# only use codes listed here, so the list doubles as documentation for doc writers.
CODES: dict[str, tuple[Severity, str]] = {
    "page-unreadable": (Severity.ERROR, "the page could not be read or parsed; the rest of the service still builds"),
    "table-unparsed": (Severity.ERROR, "docutils could not parse a table (a misaligned border, ...): none of its "
                                       "rows is read, and a label in front of it names no table"),
    "rst-error": (Severity.ERROR, "docutils reported an error (level ERROR or SEVERE): the markup it could not read "
                                  "is missing from the page as read"),
    "code-block-no-blank-line": (Severity.WARNING, "a code-block has no blank line before its content, which "
                                                   "docutils and Sphinx drop; read as its content"),
    "literal-no-blank-line": (Severity.WARNING, "`::` with no blank line before the indented lines after it: "
                                                "docutils and Sphinx read them as a definition list, not a literal "
                                                "block"),
    "internal-error": (Severity.ERROR, "a bug of the tool, caught at the smallest unit (a rule on a cell, a row, a "
                                       "table, a page, an operation, an example): that unit is left out, the rest "
                                       "of the service builds; please report it"),
    "cache-ignored": (Severity.WARNING, "an entry of the build cache was corrupt, from another version of the tool, or "
                                        "could not be read or written (a full or read-only disk): it is ignored and "
                                        "the page read anew; the output is the same. Printed, not part of the report "
                                        "or the exit code"),
    "no-operation": (Severity.WARNING, "a URI section with no readable METHOD+path"),
    "path-template-repaired": (Severity.WARNING, "a METHOD+path was read after a repair: an invisible character "
                                                "removed, a placeholder's missing brace put back"),
    "path-template-invalid": (Severity.WARNING, "a METHOD+path whose path is no template (an empty `{}`, a brace "
                                                "that matches none); no operation is made of it"),
    "uri-example": (Severity.INFO, "a concrete request line instantiates a templated METHOD+path of the page: its "
                                   "example, not an operation"),
    "service-no-operation": (Severity.ERROR, "no page of the docs tree states a METHOD+path: the spec would have no "
                                             "paths (not an API reference?)"),
    "unknown-type": (Severity.WARNING, "the Type cell holds a spelling that is not in the type vocabulary"),
    "type-from-example": (Severity.INFO, "no Type column; the type is read from the page's documented example"),
    "missing-type": (Severity.INFO, "the table has no Type column and the row's type could not be inferred"),
    "row-no-name": (Severity.WARNING, "a parameter table row has an empty or placeholder name"),
    "duplicate-property": (Severity.WARNING, "two rows of one object define the same name; the first is kept"),
    "xml-parent-unknown": (Severity.INFO, "an XML element row that no Parent line, Child line or XML block places; "
                                          "read as a child of the root element"),
    "unresolved-ref": (Severity.WARNING, "a :ref: target names no label in the docs tree"),
    "unlinked-object": (Severity.INFO, "an object or array-of-objects row has no linked child table"),
    "ref-not-table": (Severity.WARNING, "an object row links to a label that is not followed by a parameter table"),
    "ref-cycle": (Severity.WARNING, "nested tables refer to each other in a cycle; the cycle is cut"),
    "orphan-table": (Severity.WARNING, "a parameter table on an operation page is not reachable from any operation"),
    "table-outside-operation": (Severity.INFO, "a table under a heading that is none of the operation's parts, linked "
                                               "from nothing: it documents something else; its rows are not "
                                               "parameter rows"),
    "swapped-columns": (Severity.INFO, "the Mandatory and Type cells are swapped in this row; read as swapped"),
    "mandatory-unclear": (Severity.INFO, "the Mandatory cell is a sentence; read as required when it starts with Yes"),
    "example-not-json": (Severity.INFO, "a code block is not JSON (raw HTTP, XML, curl, ...); not attached"),
    "example-repaired": (Severity.WARNING, "a JSON example needed repair (trailing comma, comment, ...) to load"),
    "example-invalid": (Severity.WARNING, "a JSON-looking example could not be loaded even after repair"),
    "example-unplaced": (Severity.INFO, "an example could not be tied to a request or a response"),
    "status-unparsed": (Severity.INFO, "a status code cell could not be read as an HTTP status"),
    "constraint-unrecognised": (Severity.INFO, "a sentence reads like a constraint but no rule understood it"),
    "constraint-ambiguous": (Severity.INFO, "a sentence states a constraint the schema cannot hold as a keyword "
                                            "(under a condition, per case, about a part of the value, explaining an "
                                            "example); no keyword, kept in x-constraint-ambiguous"),
    "default-outside-schema": (Severity.WARNING, "a stated default is not a value the field's own keywords (format "
                                                 "included) allow; kept as x-default"),
    "keywords-contradict": (Severity.WARNING, "keywords read for one field admit no value together (minimum above "
                            "maximum, minLength above maxLength); none of them is written"),
    "enum-outside-schema": (Severity.WARNING, "a listed value is not one the field's own keywords (pattern, length, "
                                              "format) allow; dropped from enum, kept in x-enum-outside-schema"),
    "example-wrong-type": (Severity.WARNING, "a documented example sends a value of another type than the table says"),
    "example-missing-required": (Severity.WARNING, "a documented example leaves out a field the tables make mandatory"),
    "example-undocumented-field": (Severity.WARNING, "a documented example has a field that no table documents"),
    "example-forbidden-value": (Severity.WARNING, "a documented example sends a value the description forbids"),
    "example-schema-mismatch": (Severity.WARNING, "a documented example does not match its schema otherwise"),
    "variant-merged": (Severity.INFO, "several pages document one METHOD+path; merged as oneOf (or anyOf) variants"),
    "variants-overlap": (Severity.INFO, "a body may match several alternative bodies (the tables do not tell them "
                                        "apart; the prose may): anyOf instead of oneOf"),
    "operation-id-collision": (Severity.INFO, "two pages derive the same operationId; a suffix keeps them apart"),
    "path-normalised": (Severity.INFO, "a documented path is written as OpenAPI takes it (no trailing slash; the "
                                       "parameter names of the same path on another page)"),
    "path-param-undocumented": (Severity.INFO, "a {placeholder} in the path has no row in a parameter table"),
    "spec-value-replaced": (Severity.WARNING, "a value JSON cannot hold (a non-finite number, a lone surrogate) "
                                              "is written replaced"),
    "client-generator-failed": (Severity.ERROR, "openapi-python-client failed; no client was generated"),
    "client-generator-warning": (Severity.ERROR, "openapi-python-client warned (run with --fail-on-warning)"),
    "client-operation-missing": (Severity.ERROR, "an operation of the spec has no function in the generated client"),
    "client-model-missing": (Severity.ERROR, "a schema with properties has no model class in the generated client"),
    "client-property-untyped": (Severity.ERROR, "a schema property has no typed attribute in its generated model"),
    "client-postprocess-failed": (Severity.ERROR, "the generated code has not the shape the post-processing expects"),
    "client-lint-failed": (Severity.ERROR, "ruff check fails on the generated client package"),
    "client-module-invalid": (Severity.ERROR, "a generated module is not valid Python (the client is not installed)"),
    "client-enum-incomplete": (Severity.ERROR,
                               "an enum of the spec has no enum class with all its values in the client"),
    "client-paging-ambiguous": (Severity.INFO, "a list operation looks paged but its scheme is not clear: no "
                                               "iterator is generated for it"),
    "client-enum-strict": (Severity.ERROR, "generated code parses an enum value strictly (an unlisted response value "
                                           "would raise): not through the shipped `open_enum`"),
    "contract-defect-new": (Severity.WARNING, "a documented example breaks its schema and is not in the reviewed "
                                              "doc-defect list (the suite fails on it; --accept-defects lists it)"),
    "contract-defect-fixed": (Severity.WARNING, "a listed doc defect's example now validates (the suite fails on it; "
                                                "--accept-defects unlists it)"),
    "contract-defect-changed": (Severity.WARNING, "a listed doc defect's example breaks other rules or places than "
                                                  "listed (the suite fails on it; --accept-defects relists it)"),
}


_PACKAGE = Path(__file__).resolve().parent


def internal_error(loc: Loc, stage: str, unit: str, exc: BaseException) -> Diagnostic:
    """An exception caught at the smallest unit of a stage, as a value: the docs place of the unit, the stage, the
    unit (`rule `length` on `name``, `row `x``, `page`, `operation GET /v1/x`, `request example ...`), the
    exception's type and message, and the line of this package that raised (so the bug can be found)."""
    text = " ".join(str(exc).split())
    if len(text) > 200:
        text = text[:199] + "…"
    return Diagnostic(loc, "internal-error", CODES["internal-error"][0],
                      f"{stage}: {unit}: {type(exc).__name__}: {text}{_raised_at(exc)}; left out, the rest builds")


def _raised_at(exc: BaseException) -> str:
    """` (at generator/x.py:12)`: the innermost frame in this package (library frames say less about the bug)."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        path = Path(frame.filename).resolve()
        if path.is_relative_to(_PACKAGE):
            return f" (at {path.relative_to(_PACKAGE.parent).as_posix()}:{frame.lineno})"
    return ""
