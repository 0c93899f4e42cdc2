"""Build the operation model of a few small RST pages written in a test (read in memory, nothing on disk)."""

from __future__ import annotations

from generator.diagnostics import Diagnostic
from generator.model import Operation, PageResult, Schema
from generator.operations import ServiceModel, build_service
from generator.rst.parse import parse_rst
from generator.rst.reader import read_page


def table(rows: list[list[str]], title: str = "", indent: int = 0) -> str:
    """A simple RST table (first row the header), optionally with a `.. table::` title, indented."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    rule = " ".join("=" * w for w in widths)
    lines = [rule, " ".join(c.ljust(w) for c, w in zip(rows[0], widths, strict=True)).rstrip(), rule,
             *(" ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows[1:]), rule]
    if title:
        lines = [f".. table:: {title}", "", *("   " + ln for ln in lines)]
    pad = " " * indent
    return "\n".join(pad + ln if ln else ln for ln in lines) + "\n"


def page(title: str, sections: dict[str, str]) -> str:
    """A page: its title, then one section per (title, body)."""
    out = [title, "=" * len(title), ""]
    for name, body in sections.items():
        out += [name, "-" * len(name), "", body, ""]
    return "\n".join(out)


def build(**pages: str) -> ServiceModel:
    """`name=text` pairs -> the model of a docs tree holding pages `name.rst`."""
    read = []
    for name, text in pages.items():
        path = f"{name}.rst"
        page, _diags = read_page(parse_rst(text, path), path, text)
        read.append(page)
    return build_service(read)


def build_tree(pages: dict[str, str]) -> ServiceModel:
    """`path: text` pairs (paths with folders, `apis/widgets/index.rst`) -> the model of that docs tree."""
    return build_service([read_page(parse_rst(text, path), path, text)[0] for path, text in pages.items()])


def only_operation(model: ServiceModel) -> Operation:
    ops = [op for r in model.pages for op in r.operations]
    assert len(ops) == 1, ops
    return ops[0]


def result(model: ServiceModel, name: str) -> PageResult:
    return next(r for r in model.pages if r.path == f"{name}.rst")


def params(op: Operation) -> list[str]:
    return [f"{p.location}:{p.name}" for p in op.parameters]


def codes(model: ServiceModel) -> list[str]:
    return [d.code for d in model.diagnostics]


def shape(s: Schema | None) -> object:
    """A schema as kinds only: `{"name": kind or nested shape}`, `[items]` for arrays."""
    if s is None:
        return None
    if s.kind == "array":
        return [shape(s.items)]
    if s.kind == "object" and s.properties:
        return {p.name: shape(p.schema) for p in s.properties}
    return s.kind


def diagnostics_of(model: ServiceModel, code: str) -> list[Diagnostic]:
    return [d for d in model.diagnostics if d.code == code]


__all__ = ["build", "codes", "diagnostics_of", "only_operation", "page", "params", "result", "shape",
           "table"]
