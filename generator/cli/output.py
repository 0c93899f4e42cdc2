"""Diagnostics as text, JSON, GitHub workflow commands or SARIF 2.1.0: each format a function of the values.

`located(diagnostics, root)` first makes every path relative to the working directory (a stage's `Loc.path` is
relative to the docs root), so a terminal, an editor opened on the project folder, a GitHub annotation and a
SARIF viewer all open the file the diagnostic names.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

from generator.diagnostics import CODES, Diagnostic, Severity

__all__ = ["FORMATS", "located", "render"]

FORMATS = ("text", "json", "github", "sarif")

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def located(diagnostics: Sequence[Diagnostic], root: Path | None, cwd: Path | None = None) -> list[Diagnostic]:
    """`diagnostics` with each path relative to `cwd` (default: the working directory) instead of the docs `root`;
    a path that names no place in the docs (`<spec>`) is kept as it is."""
    if root is None:
        return list(diagnostics)
    base = Path.cwd() if cwd is None else cwd
    out = []
    for d in diagnostics:
        if not d.loc.path or d.loc.path.startswith("<"):
            out.append(d)
            continue
        path = Path(os.path.relpath((root / d.loc.path).absolute(), base.absolute())).as_posix()
        out.append(replace(d, loc=replace(d.loc, path=path)))
    return out


def render(fmt: str, diagnostics: Sequence[Diagnostic], version: str) -> str:
    """The whole output of `diagnostics` in `fmt` (one of FORMATS), ending with a newline unless it is empty."""
    if fmt == "json":
        return json.dumps([_as_dict(d) for d in diagnostics], indent=2, ensure_ascii=False) + "\n"
    if fmt == "github":
        return "".join(_github(d) + "\n" for d in diagnostics)
    if fmt == "sarif":
        return json.dumps(sarif(diagnostics, version), indent=2, ensure_ascii=False) + "\n"
    return "".join(f"{d}\n" for d in diagnostics)


def _as_dict(d: Diagnostic) -> dict[str, object]:
    return {"path": d.loc.path, "line": d.loc.line, "severity": str(d.severity), "code": d.code,
            "message": d.message}


# --- GitHub workflow commands ---------------------------------------------------------------------------------------
# https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
# `::error file={name},line={line},title={title}::{message}`; escaped as actions/toolkit's command.ts does: the
# message `%`, CR, LF; a property also `:` and `,`.

_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _github(d: Diagnostic) -> str:
    props = [f"file={_escape_property(d.loc.path)}"] if d.loc.path and not d.loc.path.startswith("<") else []
    if props and d.loc.line > 0:
        props.append(f"line={d.loc.line}")
    props.append(f"title={_escape_property(f'rst2openapi {d.code}')}")
    return f"::{_GITHUB_LEVEL[d.severity]} {','.join(props)}::{_escape_data(d.message)}"


# --- SARIF 2.1.0 -----------------------------------------------------------------------------------------------------

_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def sarif(diagnostics: Sequence[Diagnostic], version: str) -> dict[str, object]:
    """One run of the tool: every code of CODES a rule (its meaning and default level), every diagnostic a result."""
    codes = list(CODES)
    rules = [{"id": code, "shortDescription": {"text": text},
              "defaultConfiguration": {"level": _SARIF_LEVEL[severity]}}
             for code, (severity, text) in CODES.items()]
    results = []
    for d in diagnostics:
        result: dict[str, object] = {"ruleId": d.code, "level": _SARIF_LEVEL[d.severity],
                                     "message": {"text": d.message}}
        if d.code in CODES:
            result["ruleIndex"] = codes.index(d.code)
        if d.loc.path and not d.loc.path.startswith("<"):
            physical: dict[str, object] = {"artifactLocation": {"uri": quote(d.loc.path)}}
            if d.loc.line > 0:
                physical["region"] = {"startLine": d.loc.line}
            result["locations"] = [{"physicalLocation": physical}]
        results.append(result)
    driver = {"name": "rst2openapi", "version": version, "rules": rules}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [{"tool": {"driver": driver}, "results": results}]}
