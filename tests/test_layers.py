"""Layers point one way: read -> operations -> constraints -> OpenAPI -> files. Checked on the imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "generator"

# module prefix -> prefixes it must not import
FORBIDDEN = {
    "generator.rst": ("generator.operations", "generator.constraints", "generator.openapi", "generator.lint",
                      "generator.pipeline", "generator.writer", "generator.cli", "generator.client"),
    "generator.operations": ("generator.constraints", "generator.openapi", "generator.lint", "generator.pipeline",
                             "generator.writer", "generator.cli"),
    "generator.constraints": ("generator.openapi", "generator.lint", "generator.pipeline", "generator.writer",
                              "generator.cli"),
    "generator.openapi": ("generator.lint", "generator.pipeline", "generator.writer", "generator.cli"),
    # the report site: built from pipeline results, written only by the writer (through the cli)
    "generator.report": ("generator.cli", "generator.writer", "generator.client"),
    "generator.model": ("generator.rst", "generator.operations", "generator.constraints", "generator.openapi"),
    # copied into every generated client as `_formats.py`: it cannot import the project
    "generator.formats": ("generator",),
    "generator.openapi.secrets": ("generator",),  # copied into every generated client as `_secrets.py`
}


def _imports(file: Path) -> set[str]:
    tree = ast.parse(file.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


@pytest.mark.parametrize("file", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layers_point_one_way(file: Path) -> None:
    module = "generator." + ".".join(file.relative_to(PACKAGE).with_suffix("").parts)
    for prefix, forbidden in FORBIDDEN.items():
        if module == prefix or module.startswith(prefix + "."):
            bad = {m for m in _imports(file) if m.startswith(forbidden)}
            assert not bad, f"{module} imports {bad}"


WRITES = (".write_text(", ".write_bytes(", "os.write(", "os.replace(", "os.rename(", "shutil.copy")


def test_only_the_writer_writes_files() -> None:
    writers = []
    for file in PACKAGE.rglob("*.py"):
        text = file.read_text(encoding="utf-8")
        if any(call in text for call in WRITES):
            writers.append(file.relative_to(PACKAGE).as_posix())
    # the client generator writes the package it generates and its suite: the one other output stage
    assert {w for w in writers if not w.startswith("client/")} == {"writer.py"}
